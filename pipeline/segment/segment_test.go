package segment

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json")

func newTestSegmenter(t testing.TB) *Segmenter {
	t.Helper()
	s, err := New(WithLexicons(os.DirFS(filepath.Join("..", "..", "lexicons"))))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// goldenQuote is a quote as written to a golden file: spans with their text.
type goldenQuote struct {
	Kind    string   `json:"kind"`
	Text    string   `json:"text"`
	Pieces  []string `json:"pieces,omitempty"`
	Speaker string   `json:"speaker,omitempty"`
	Role    string   `json:"role,omitempty"`
	Mention string   `json:"mention,omitempty"`
	Cue     string   `json:"cue,omitempty"`
}

type goldenDoc struct {
	Paragraphs []string      `json:"paragraphs"`
	Headings   []int         `json:"headings,omitempty"`
	Datelines  []string      `json:"datelines,omitempty"`
	Sentences  []string      `json:"sentences"`
	Quotes     []goldenQuote `json:"quotes"`
}

func toGolden(text string, d Document) goldenDoc {
	g := goldenDoc{Quotes: []goldenQuote{}}
	at := func(s Span) string { return text[s.Start:s.End] }
	for i, p := range d.Paragraphs {
		g.Paragraphs = append(g.Paragraphs, at(p.Span))
		if p.Kind == Heading {
			g.Headings = append(g.Headings, i)
		}
		if p.Dateline.Valid() {
			g.Datelines = append(g.Datelines, at(p.Dateline))
		}
	}
	for _, s := range d.Sentences {
		q := ""
		if s.Quote >= 0 {
			q = "[q" + string(rune('0'+s.Quote%10)) + "] "
		}
		g.Sentences = append(g.Sentences, q+at(s.Span))
	}
	for _, q := range d.Quotes {
		gq := goldenQuote{Kind: q.Kind.String(), Text: at(q.Span), Speaker: q.Speaker, Role: q.Role, Mention: at(q.Mention), Cue: at(q.Cue)}
		for _, p := range q.Pieces {
			gq.Pieces = append(gq.Pieces, at(p))
		}
		g.Quotes = append(g.Quotes, gq)
	}
	return g
}

func TestGolden(t *testing.T) {
	seg := newTestSegmenter(t)
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			text := string(b)
			d := seg.Segment(text)
			checkDoc(t, text, d)
			got, err := json.MarshalIndent(toGolden(text, d), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			gp := filepath.Join("testdata", name+".golden.json")
			if *update {
				if err := os.WriteFile(gp, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(gp)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if string(got) != string(want) {
				t.Errorf("%s differs from the golden file; run go test ./pipeline/segment -update and review the diff\ngot:\n%s", name, got)
			}
		})
	}
}

// checkDoc checks the invariants every Document must keep.
func checkDoc(t testing.TB, text string, d Document) {
	t.Helper()
	valid := utf8.ValidString(text) // boundaries are only defined for valid UTF-8
	inText := func(what string, s Span) {
		t.Helper()
		if s.Start < 0 || s.End > len(text) || s.Start > s.End {
			t.Fatalf("%s %v outside text of %d bytes", what, s, len(text))
		}
		if valid && (s.Start < len(text) && !utf8.RuneStart(text[s.Start]) || s.End < len(text) && !utf8.RuneStart(text[s.End])) {
			t.Fatalf("%s %v not on a UTF-8 boundary", what, s)
		}
	}
	ordered := func(what string, spans []Span) {
		t.Helper()
		for i, s := range spans {
			inText(what, s)
			if !s.Valid() {
				t.Fatalf("%s %d is empty: %v", what, i, s)
			}
			if i > 0 && s.Start < spans[i-1].End {
				t.Fatalf("%s %d %v overlaps or precedes %v", what, i, s, spans[i-1])
			}
		}
	}
	var ps, ss, direct, indirect []Span
	for _, p := range d.Paragraphs {
		ps = append(ps, p.Span)
		if p.Dateline.Valid() {
			inText("dateline", p.Dateline)
			if p.Dateline.Start < p.Start || p.Dateline.End > p.End {
				t.Fatalf("dateline %v outside paragraph %v", p.Dateline, p.Span)
			}
		}
	}
	ordered("paragraph", ps)
	for _, s := range d.Sentences {
		ss = append(ss, s.Span)
		if s.Paragraph < 0 || s.Paragraph >= len(d.Paragraphs) {
			t.Fatalf("sentence %v has paragraph %d", s.Span, s.Paragraph)
		}
		p := d.Paragraphs[s.Paragraph]
		if s.Start < p.Start || s.End > p.End {
			t.Fatalf("sentence %v crosses paragraph %v", s.Span, p.Span)
		}
		if s.Quote < -1 || s.Quote >= len(d.Quotes) {
			t.Fatalf("sentence %v has quote %d of %d", s.Span, s.Quote, len(d.Quotes))
		}
	}
	ordered("sentence", ss)
	for _, q := range d.Quotes {
		inText("quote", q.Span)
		if !q.Valid() {
			t.Fatalf("empty quote %v", q.Span)
		}
		if q.Mention != (Span{}) {
			inText("mention", q.Mention)
		}
		if q.Cue != (Span{}) {
			inText("cue", q.Cue)
		}
		for i, p := range q.Pieces {
			inText("piece", p)
			if p.Start < q.Start || p.End > q.End || !p.Valid() || i > 0 && p.Start < q.Pieces[i-1].End {
				t.Fatalf("piece %v bad in quote %v (%v)", p, q.Span, q.Pieces)
			}
		}
		if len(q.Pieces) == 1 {
			t.Fatalf("quote %v has a single piece", q.Span)
		}
		if q.Kind == Indirect {
			indirect = append(indirect, q.Span)
		} else {
			direct = append(direct, q.Span)
		}
	}
	ordered("direct quote", direct)
	ordered("indirect quote", indirect)
}

func FuzzSegment(f *testing.F) {
	seg := newTestSegmenter(f)
	addSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		checkDoc(t, text, seg.Segment(text))
	})
}

func addSeeds(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	for _, s := range []string{
		"", "\n\n", "\"", "''", "“a”", "He said \"x\n\n\"y", "‘’’‘", "« a » b „c“", "U.S. Mr. J. R. Smith... 3.2%",
		"WASHINGTON (Reuters) — x", "“a,” he said, “b”", "'90s rock 'n' roll Jones' \"x'", "\xff\xfe“\xe2\x80",
		"A spokesman for\n\n“x,” he said.", "“a,” said Liam “Tank” Fairbrother.", "the Workers’ Union and Power & Light said", "Q: a?\n\nA: b\n\nQ: c?\n\nA: d",
		"Bea, 81, said. ‘x,’ she said.", "Those who were aboard say", "Ana Ode ’25 said “x” Bo '26.", "KELL, Nov. 2 (A): “x”", "The Mayor of Kell, Ana Ode, said", "the AHWU said", "WALLACE:\u00a0Mr.\u00a0Ode,\u2009“x,” he said,  and “y.”",
	} {
		f.Add(s)
	}
}

func BenchmarkSegment(b *testing.B) {
	seg := newTestSegmenter(b)
	texts, n := benchTexts(b)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, t := range texts {
			seg.Segment(t)
		}
	}
}

// BenchmarkSegmentLong segments the benchmark's articles run together into
// one text, 16 times over, as an archive that lost its article breaks
// would give them: its MB/s next to BenchmarkSegment's shows how the cost
// grows with a text's length.
func BenchmarkSegmentLong(b *testing.B) {
	seg := newTestSegmenter(b)
	texts, _ := benchTexts(b)
	long := strings.Repeat(strings.Join(texts, "\n\n")+"\n\n", 16)
	b.SetBytes(int64(len(long)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		seg.Segment(long)
	}
}

// BenchmarkSegmentMerged segments the benchmark's articles run together
// into one line, 16 times over, as an archive that lost every paragraph
// break would give them: cut into paragraphs of at most maxParagraph bytes
// and read in windows, it costs about what BenchmarkSegmentLong does.
func BenchmarkSegmentMerged(b *testing.B) {
	seg := newTestSegmenter(b)
	texts, _ := benchTexts(b)
	one := strings.Join(strings.Fields(strings.Join(texts, " ")), " ")
	long := strings.Repeat(one+" ", 16)
	b.SetBytes(int64(len(long)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		seg.Segment(long)
	}
}

// benchTexts returns the articles the benchmarks segment and their total
// size: the sample corpus, or the files TONAL_BENCH_ARTICLES globs.
func benchTexts(b *testing.B) ([]string, int) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if p := os.Getenv("TONAL_BENCH_ARTICLES"); p != "" {
		files, _ = filepath.Glob(p)
	}
	var texts []string
	n := 0
	if data, err := os.ReadFile(filepath.Join("..", "..", "datasets", "sample", "articles.jsonl")); err == nil && os.Getenv("TONAL_BENCH_ARTICLES") == "" {
		for _, line := range strings.Split(string(data), "\n") {
			var a struct {
				Text string `json:"text"`
			}
			if json.Unmarshal([]byte(line), &a) == nil && a.Text != "" {
				texts = append(texts, a.Text)
				n += len(a.Text)
			}
		}
		files = nil
	} else {
		b.Log("datasets/sample/articles.jsonl not found; benchmarking testdata/*.txt")
	}
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
		n += len(data)
	}
	if len(texts) == 0 {
		b.Skip("no articles to benchmark")
	}
	return texts, n
}
