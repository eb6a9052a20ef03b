package tables

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet/file"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"

	"github.com/tonalhq/tonal/pipeline/article"
	"github.com/tonalhq/tonal/pipeline/segment"
	"github.com/tonalhq/tonal/scoring"
)

var testScores = []scoring.Column{
	{Name: "compound", Doc: "c", Get: func(s *scoring.Scores) float64 { return s.Compound }},
	{Name: "pos", Doc: "p", Get: func(s *scoring.Scores) float64 { return s.Pos }},
}

// testArticle is one article with a heading, a body paragraph with two
// sentences and a quote, in text with multi-byte characters.
func testArticle(id string, published time.Time) *article.Article {
	text := "Café talks\n\nThe envoy said: “Zürich was good.” Then she left."
	open := strings.Index(text, "“") + len("“")
	closeQ := strings.Index(text, "”")
	p1 := strings.Index(text, "The")
	s2 := strings.Index(text, "Then")
	a := &article.Article{
		ID: id, Source: "Meridian Wire", URL: "https://m.example/" + id, Title: "Talks", Published: published,
		Input: "in.jsonl", Record: 3, Raw: text, Text: text,
		Doc: segment.Document{
			Paragraphs: []segment.Paragraph{{Span: segment.Span{Start: 0, End: 10}, Kind: segment.Heading}, {Span: segment.Span{Start: p1, End: len(text)}}},
			Sentences: []segment.Sentence{
				{Span: segment.Span{Start: 0, End: 10}, Paragraph: 0, Quote: -1},
				{Span: segment.Span{Start: p1, End: s2 - 1}, Paragraph: 1, Quote: 0},
				{Span: segment.Span{Start: s2, End: len(text)}, Paragraph: 1, Quote: -1},
			},
			Quotes: []segment.Quote{{Span: segment.Span{Start: open, End: closeQ}, Paragraph: 1, Speaker: "Ana Velez",
				Mention: segment.Span{Start: p1, End: p1 + len("The envoy")}, Cue: segment.Span{Start: p1 + len("The envoy "), End: p1 + len("The envoy said")}}},
		},
		Scores:          scoring.Scores{Valence: scoring.Valence{Compound: 0.5}, Words: 12},
		ParagraphScores: make([]scoring.Scores, 2),
		SentenceScores:  make([]scoring.Scores, 3),
		QuoteScores:     []scoring.Scores{{Valence: scoring.Valence{Compound: 0.44, Pos: 0.3}, Words: 3}},
	}
	return a
}

func readTable(t *testing.T, path string) arrow.Table {
	t.Helper()
	rdr, err := file.OpenParquetFile(path, false)
	if err != nil {
		t.Fatal(err)
	}
	defer rdr.Close()
	fr, err := pqarrow.NewFileReader(rdr, pqarrow.ArrowReadProperties{}, memory.DefaultAllocator)
	if err != nil {
		t.Fatal(err)
	}
	tbl, err := fr.ReadTable(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return tbl
}

func TestWriterRoundTrip(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	dir := filepath.Join(t.TempDir(), "out")
	w, err := Create(dir, testScores, WithAllocator(mem), WithRowGroupBytes(200), WithMetadata(map[string]string{"tonal.version": "test"}))
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2026, 3, 2, 10, 30, 0, 0, time.UTC)
	for i := range 5 {
		if err := w.Write(testArticle(string(rune('a'+i)), pub)); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Write(&article.Article{Input: "in.jsonl", Record: 9, Reject: &article.Reject{Reason: article.MalformedJSON, Detail: "bad", Excerpt: "{"}}); err != nil {
		t.Fatal(err)
	}
	// Before Close nothing a reader would load exists.
	if m, _ := filepath.Glob(filepath.Join(dir, "*", "*.parquet")); len(m) != 0 {
		t.Fatalf("parquet files before Close: %v", m)
	}
	counts, err := w.Close()
	if err != nil {
		t.Fatal(err)
	}
	want := Counts{Articles: 5, Paragraphs: 10, Sentences: 15, Quotes: 5, Rejects: 1}
	for k, v := range want {
		if counts[k] != v {
			t.Errorf("%s: %d rows, want %d", k, counts[k], v)
		}
	}
	q := readTable(t, filepath.Join(dir, Quotes, "part-00000.parquet"))
	defer q.Release()
	if q.NumRows() != 5 {
		t.Fatalf("quotes rows %d", q.NumRows())
	}
	col := func(name string) arrow.Array {
		idx := q.Schema().FieldIndices(name)
		if len(idx) != 1 {
			t.Fatalf("no column %s", name)
		}
		return q.Column(idx[0]).Data().Chunk(0)
	}
	if got := col("text").(*array.String).Value(0); got != "Zürich was good." {
		t.Errorf("quote text %q", got)
	}
	// Code points: "Café talks\n\nThe envoy said: “" is 29 code points,
	// "Zürich was good." 16.
	if s, e := col("start").(*array.Int32).Value(0), col("end").(*array.Int32).Value(0); s != 29 || e != 45 {
		t.Errorf("quote span [%d,%d), want [29,45)", s, e)
	}
	if got := col("speaker_mention").(*array.String).Value(0); got != "The envoy" {
		t.Errorf("mention %q", got)
	}
	if got := col("cue").(*array.String).Value(0); got != "said" {
		t.Errorf("cue %q", got)
	}
	ts := col("published")
	if tt, ok := ts.DataType().(*arrow.TimestampType); !ok || tt.TimeZone != "UTC" || tt.Unit != arrow.Microsecond {
		t.Errorf("published type %v", ts.DataType())
	}
	if got := ts.(*array.Timestamp).Value(0).ToTime(arrow.Microsecond); !got.Equal(pub) {
		t.Errorf("published %v", got)
	}
	if got := col("compound").(*array.Float64).Value(0); got != 0.44 {
		t.Errorf("compound %v", got)
	}
	pf, err := file.OpenParquetFile(filepath.Join(dir, Quotes, "part-00000.parquet"), false)
	if err != nil {
		t.Fatal(err)
	}
	if v := pf.MetaData().KeyValueMetadata().FindValue("tonal.version"); v == nil || *v != "test" {
		t.Errorf("Parquet key-value metadata tonal.version = %v", v)
	}
	pf.Close()
	s := readTable(t, filepath.Join(dir, Sentences, "part-00000.parquet"))
	defer s.Release()
	sp := s.Column(s.Schema().FieldIndices("speaker")[0]).Data().Chunk(0)
	if !sp.IsNull(0) || sp.(*array.String).Value(1) != "Ana Velez" || !sp.IsNull(2) {
		t.Errorf("sentence speakers: %v", sp)
	}
	leftovers, _ := filepath.Glob(filepath.Join(dir, "*", ".*"))
	if len(leftovers) != 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}
}

func TestWriterAbortLeavesNoParquet(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	dir := t.TempDir()
	w, err := Create(dir, testScores, WithAllocator(mem), WithRowGroupBytes(100))
	if err != nil {
		t.Fatal(err)
	}
	for i := range 20 {
		if err := w.Write(testArticle(string(rune('a'+i)), time.Time{})); err != nil {
			t.Fatal(err)
		}
	}
	w.Abort()
	var files []string
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			files = append(files, p)
		}
		return nil
	})
	if len(files) != 0 {
		t.Errorf("files after Abort: %v", files)
	}
}

func TestCreateRefusesNonEmpty(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "keep.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Create(dir, testScores); err == nil || !strings.Contains(err.Error(), "not empty") {
		t.Fatalf("Create in non-empty dir: %v", err)
	}
	w, err := Create(dir, testScores, WithOverwrite(true))
	if err != nil {
		t.Fatal(err)
	}
	w.Abort()
	if _, err := os.Stat(filepath.Join(dir, "keep.txt")); err != nil {
		t.Errorf("--overwrite removed a file that is not tonal's: %v", err)
	}
}

func TestFileRolling(t *testing.T) {
	dir := t.TempDir()
	w, err := Create(dir, testScores, WithRowGroupBytes(50), WithFileBytes(1))
	if err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		if err := w.Write(testArticle(string(rune('a'+i)), time.Time{})); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := w.Close(); err != nil {
		t.Fatal(err)
	}
	parts, _ := filepath.Glob(filepath.Join(dir, Articles, "*.parquet"))
	if len(parts) != 3 {
		t.Errorf("article parts %v, want 3", parts)
	}
	total := int64(0)
	for _, p := range parts {
		tbl := readTable(t, p)
		total += tbl.NumRows()
		tbl.Release()
	}
	if total != 3 {
		t.Errorf("rows over parts %d", total)
	}
}

func TestCPIndex(t *testing.T) {
	for _, text := range []string{"", "ascii only", "é", "a€b😀c", "\u201cq\u201d"} {
		var c cpIndex
		c.reset(text)
		for b := 0; b <= len(text); b++ {
			if b < len(text) && !isRuneStart(text, b) {
				continue
			}
			if got, want := c.at(b), len([]rune(text[:b])); got != want {
				t.Errorf("%q at %d = %d, want %d", text, b, got, want)
			}
		}
	}
}

func isRuneStart(s string, i int) bool { return s[i]&0xC0 != 0x80 }

func TestCatalogSchema(t *testing.T) {
	cat := Catalog(testScores)
	for _, tbl := range cat {
		seen := map[string]bool{}
		for _, c := range tbl.Columns {
			if seen[c.Name] {
				t.Errorf("%s: column %s twice", tbl.Name, c.Name)
			}
			seen[c.Name] = true
			if c.Doc == "" {
				t.Errorf("%s.%s has no doc", tbl.Name, c.Name)
			}
		}
		if tbl.Name != Rejects {
			for _, need := range []string{"article_id", "published", "source", "text", "word_count", "compound", "pos"} {
				if !seen[need] {
					t.Errorf("%s lacks %s", tbl.Name, need)
				}
			}
		}
	}
	var b strings.Builder
	tbl, _ := Find(cat, Quotes)
	if err := WriteSchema(&b, tbl); err != nil || !strings.Contains(b.String(), "timestamp(us, UTC) nullable") {
		t.Errorf("WriteSchema: %v\n%s", err, b.String())
	}
}
