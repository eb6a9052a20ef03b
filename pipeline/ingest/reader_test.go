package ingest

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tonalhq/tonal/pipeline/article"
)

// readAll drains a Reader.
func readAll(t *testing.T, r *Reader) []*article.Article {
	t.Helper()
	var out []*article.Article
	for {
		a, err := r.Next()
		if errors.Is(err, io.EOF) {
			return out
		}
		if err != nil {
			t.Fatalf("Next: %v", err)
		}
		out = append(out, a)
	}
}

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func gz(t *testing.T, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	if _, err := w.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestJSONL(t *testing.T) {
	tests := []struct {
		name    string
		data    string
		ids     []string // accepted articles' ids
		rejects []article.Reason
		records []int64 // record numbers of every output, in order
	}{
		{
			name:    "good lines",
			data:    `{"id":"a","text":"One."}` + "\n" + `{"id":"b","text":"Two."}` + "\n",
			ids:     []string{"a", "b"},
			records: []int64{1, 2},
		},
		{
			name:    "malformed line is rejected, the rest read",
			data:    `{"id":"a","text":"One."}` + "\n" + `{"id":"b","text":` + "\n" + `{"id":"c","text":"Three."}`,
			ids:     []string{"a", "c"},
			rejects: []article.Reason{article.MalformedJSON},
			records: []int64{1, 2, 3},
		},
		{
			name:    "missing and empty text",
			data:    `{"id":"a"}` + "\n" + `{"id":"b","text":"  "}` + "\n" + `{"id":"c","text":null}` + "\n",
			rejects: []article.Reason{article.MissingText, article.MissingText, article.MissingText},
			records: []int64{1, 2, 3},
		},
		{
			name:    "blank lines are not records but count as lines",
			data:    "\n" + `{"id":"a","text":"One."}` + "\n\n\n" + `{"id":"b","text":"Two."}` + "\n\n",
			ids:     []string{"a", "b"},
			records: []int64{2, 5},
		},
		{
			name:    "CRLF and byte-order mark",
			data:    "\uFEFF" + `{"id":"a","text":"One."}` + "\r\n" + `{"id":"b","text":"Two."}` + "\r\n",
			ids:     []string{"a", "b"},
			records: []int64{1, 2},
		},
		{
			name:    "numeric id, unknown fields ignored",
			data:    `{"id":42,"extra":{"x":[1,2]},"text":"One."}`,
			ids:     []string{"42"},
			records: []int64{1},
		},
		{
			name:    "metadata of other types, text must be a string",
			data:    `{"id":"a","title":7,"source":null,"url":["x"],"text":"One."}` + "\n" + `{"id":"b","text":5}` + "\n",
			ids:     []string{"a"},
			rejects: []article.Reason{article.MalformedJSON},
			records: []int64{1, 2},
		},
		{
			name:    "not an object",
			data:    `["a","b"]` + "\n" + `"text"` + "\n",
			rejects: []article.Reason{article.MalformedJSON, article.MalformedJSON},
			records: []int64{1, 2},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeFile(t, t.TempDir(), "in.jsonl", []byte(tt.data))
			r, err := Open([]string{p})
			if err != nil {
				t.Fatal(err)
			}
			got := readAll(t, r)
			var ids []string
			var rejects []article.Reason
			var records []int64
			for _, a := range got {
				records = append(records, a.Record)
				if a.Input != p {
					t.Errorf("Input = %q, want %q", a.Input, p)
				}
				if a.Rejected() {
					rejects = append(rejects, a.Reject.Reason)
					continue
				}
				ids = append(ids, a.ID)
			}
			if strings.Join(ids, ",") != strings.Join(tt.ids, ",") {
				t.Errorf("ids = %v, want %v", ids, tt.ids)
			}
			if len(rejects) != len(tt.rejects) {
				t.Fatalf("rejects = %v, want %v", rejects, tt.rejects)
			}
			for i := range rejects {
				if rejects[i] != tt.rejects[i] {
					t.Errorf("reject %d = %s, want %s", i, rejects[i], tt.rejects[i])
				}
			}
			if len(records) != len(tt.records) {
				t.Fatalf("records = %v, want %v", records, tt.records)
			}
			for i := range records {
				if records[i] != tt.records[i] {
					t.Errorf("records = %v, want %v", records, tt.records)
					break
				}
			}
		})
	}
}

func TestJSONLFields(t *testing.T) {
	line := `{"id":"x1","url":" https://n.example/a ","source":"Meridian Wire","title":"Talks","published":"2026-03-02T14:00:00+03:30","text":"Body."}`
	p := writeFile(t, t.TempDir(), "in.jsonl.gz", gz(t, []byte(line)))
	r, err := Open([]string{p})
	if err != nil {
		t.Fatal(err)
	}
	got := readAll(t, r)
	if len(got) != 1 || got[0].Rejected() {
		t.Fatalf("got %+v", got)
	}
	a := got[0]
	want := time.Date(2026, 3, 2, 10, 30, 0, 0, time.UTC)
	if a.ID != "x1" || a.URL != "https://n.example/a" || a.Source != "Meridian Wire" || a.Title != "Talks" || a.Raw != "Body." || !a.Published.Equal(want) {
		t.Errorf("got %+v", a)
	}
	if a.Published.Location() != time.UTC {
		t.Errorf("published not in UTC: %v", a.Published)
	}
	if r.BytesRead() != r.TotalBytes() || r.TotalBytes() == 0 {
		t.Errorf("BytesRead %d, TotalBytes %d", r.BytesRead(), r.TotalBytes())
	}
}

func TestInvalidUTF8IsRepaired(t *testing.T) {
	data := []byte(`{"id":"a","text":"caf` + "\xe9" + ` au lait"}`)
	p := writeFile(t, t.TempDir(), "in.jsonl", data)
	r, err := Open([]string{p})
	if err != nil {
		t.Fatal(err)
	}
	got := readAll(t, r)
	if len(got) != 1 || got[0].Rejected() {
		t.Fatalf("got %+v", got)
	}
	if !got[0].RepairedUTF8 || got[0].Raw != "caf\uFFFD au lait" {
		t.Errorf("Raw %q repaired %v", got[0].Raw, got[0].RepairedUTF8)
	}
}

func TestLineTooLong(t *testing.T) {
	long := `{"id":"a","text":"` + strings.Repeat("x", 5000) + `"}`
	data := long + "\n" + `{"id":"b","text":"ok"}` + "\n"
	p := writeFile(t, t.TempDir(), "in.jsonl", []byte(data))
	r, err := Open([]string{p}, WithMaxRecordBytes(1000))
	if err != nil {
		t.Fatal(err)
	}
	got := readAll(t, r)
	if len(got) != 2 {
		t.Fatalf("got %d records", len(got))
	}
	if !got[0].Rejected() || got[0].Reject.Reason != article.LineTooLong || len(got[0].Reject.Excerpt) > article.MaxExcerpt {
		t.Errorf("first = %+v", got[0].Reject)
	}
	if got[1].Rejected() || got[1].ID != "b" || got[1].Record != 2 {
		t.Errorf("second = %+v", got[1])
	}
}

func TestDirectory(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "b/second.txt", []byte("Second title\n\nBody two."))
	writeFile(t, dir, "a.txt", []byte("---\ntitle: First\npublished: 2026-01-05\nsource: Harbor Ledger\nurl: https://h.example/1\n---\n\nBody one.\n"))
	writeFile(t, dir, "c.jsonl", []byte(`{"id":"j1","text":"J."}`+"\n"))
	writeFile(t, dir, "d.pdf", []byte("%PDF-1.4 not really"))
	writeFile(t, dir, "e.txt", nil)
	writeFile(t, dir, "f.txt", []byte("bin\x00ary"))
	writeFile(t, dir, ".hidden.txt", []byte("skipped"))
	r, err := Open([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	got := readAll(t, r)
	type row struct {
		id, input string
		reason    article.Reason
	}
	var rows []row
	for _, a := range got {
		x := row{id: a.ID, input: a.Input}
		if a.Rejected() {
			x.reason = a.Reject.Reason
		}
		rows = append(rows, x)
	}
	want := []row{
		{id: "a", input: filepath.Join(dir, "a.txt")},
		{id: "b/second", input: filepath.Join(dir, "b/second.txt")},
		{id: "j1", input: filepath.Join(dir, "c.jsonl")},
		{input: filepath.Join(dir, "d.pdf"), reason: article.UnsupportedFormat},
		{input: filepath.Join(dir, "e.txt"), reason: article.EmptyFile},
		{input: filepath.Join(dir, "f.txt"), reason: article.BinaryFile},
	}
	if len(rows) != len(want) {
		t.Fatalf("got %+v\nwant %+v", rows, want)
	}
	for i := range want {
		if rows[i] != want[i] {
			t.Errorf("record %d = %+v, want %+v", i, rows[i], want[i])
		}
	}
	first := got[0]
	if first.Title != "First" || first.Source != "Harbor Ledger" || first.URL != "https://h.example/1" ||
		!first.Published.Equal(time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC)) || strings.TrimSpace(first.Raw) != "Body one." {
		t.Errorf("front matter article = %+v", first)
	}
	if got[1].Title != "Second title" || strings.TrimSpace(got[1].Raw) != "Body two." {
		t.Errorf("plain article = %+v", got[1])
	}
	if len(r.Inputs()) != 1 || r.Inputs()[0].Files != 6 {
		t.Errorf("Inputs = %+v", r.Inputs())
	}
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "nope.jsonl")
	_, err := Open([]string{missing})
	if !errors.Is(err, ErrInput) || !strings.Contains(err.Error(), missing) {
		t.Errorf("missing path: %v", err)
	}
	if _, err := Open(nil); !errors.Is(err, ErrInput) {
		t.Errorf("no paths: %v", err)
	}
	if os.Geteuid() != 0 { // root reads everything
		p := writeFile(t, dir, "locked.txt", []byte("x"))
		if err := os.Chmod(p, 0); err != nil {
			t.Fatal(err)
		}
		if _, err := Open([]string{p}); !errors.Is(err, ErrInput) {
			t.Errorf("unreadable: %v", err)
		}
	}
}

func TestStdin(t *testing.T) {
	tests := []struct {
		name   string
		format Format
		in     string
		ids    int
		title  string
	}{
		{"sniffed jsonl", Auto, `{"id":"a","text":"x"}` + "\n" + `{"id":"b","text":"y"}`, 2, ""},
		{"sniffed text", Auto, "A title\n\nA body.", 1, "A title"},
		{"forced text", Text, `{"id":"a","text":"x"}` + "\n\nBody.", 1, `{"id":"a","text":"x"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Open([]string{"-"}, WithStdin(strings.NewReader(tt.in)), WithFormat(tt.format))
			if err != nil {
				t.Fatal(err)
			}
			got := readAll(t, r)
			if len(got) != tt.ids {
				t.Fatalf("got %d articles", len(got))
			}
			if tt.title != "" && got[0].Title != tt.title {
				t.Errorf("title %q, want %q", got[0].Title, tt.title)
			}
			for _, a := range got {
				if a.Rejected() || a.ID == "" || a.Input != "-" {
					t.Errorf("article %+v", a)
				}
			}
		})
	}
}

func TestParseTime(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"2026-02-03T04:05:06Z", time.Date(2026, 2, 3, 4, 5, 6, 0, time.UTC), true},
		{"2026-02-03T04:05:06-05:00", time.Date(2026, 2, 3, 9, 5, 6, 0, time.UTC), true},
		{"2026-02-03", time.Date(2026, 2, 3, 0, 0, 0, 0, time.UTC), true},
		{"2026-02-03 04:05:06", time.Date(2026, 2, 3, 4, 5, 6, 0, time.UTC), true},
		{"Tue, 03 Feb 2026 04:05:06 +0000", time.Date(2026, 2, 3, 4, 5, 6, 0, time.UTC), true},
		{"February 3, 2026", time.Date(2026, 2, 3, 0, 0, 0, 0, time.UTC), true},
		{"20260203040506", time.Date(2026, 2, 3, 4, 5, 6, 0, time.UTC), true},
		{"1770000000", time.Unix(1770000000, 0).UTC(), true},
		{"yesterday", time.Time{}, false},
		{"", time.Time{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := ParseTime(tt.in)
			if ok != tt.ok || !got.Equal(tt.want) {
				t.Errorf("ParseTime(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestParseText(t *testing.T) {
	tests := []struct {
		name, in, title, raw string
	}{
		{"front matter", "---\ntitle: \"Quoted: title\"\n---\nBody.", "Quoted: title", "Body."},
		{"no front matter", "\n\n  Headline here  \n\nPara one.\n\nPara two.", "Headline here", "\nPara one.\n\nPara two."},
		{"dashes that are not front matter", "---\nno key value here\n---\nBody", "---", "no key value here\n---\nBody"},
		{"front matter without title", "---\nsource: X\n---\nHeadline\n\nBody", "Headline", "\nBody"},
		{"CRLF", "Title\r\n\r\nBody\r\n", "Title", "\nBody\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := ParseText([]byte(tt.in))
			if a.Title != tt.title || a.Raw != tt.raw {
				t.Errorf("ParseText = title %q raw %q; want %q %q", a.Title, a.Raw, tt.title, tt.raw)
			}
		})
	}
}

func FuzzParseText(f *testing.F) {
	f.Add([]byte("---\ntitle: T\npublished: 2026-01-01\n---\nBody"))
	f.Add([]byte("Title\n\nBody\n\n"))
	f.Add([]byte("---\n---"))
	f.Add([]byte("\xff\xfe---\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a := ParseText(data)
		if !utf8Valid(a.Title) || !utf8Valid(a.Raw) {
			t.Fatalf("invalid UTF-8 out: %q %q", a.Title, a.Raw)
		}
	})
}

func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"x"}` + "\n" + `{"id":`))
	f.Add([]byte("\n\n{}\n"))
	f.Add([]byte(`{"text":"` + "\xff" + `"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		jr := &jsonlReader{br: bufioReader(data), input: "f", max: 256}
		lines := int64(bytes.Count(data, []byte("\n")) + 1)
		prev := int64(0)
		for {
			a, err := jr.next()
			if errors.Is(err, io.EOF) {
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if a.Record <= prev || a.Record > lines {
				t.Fatalf("record %d after %d (lines %d)", a.Record, prev, lines)
			}
			prev = a.Record
			if a.Rejected() {
				if len(a.Reject.Excerpt) > article.MaxExcerpt || !utf8Valid(a.Reject.Excerpt) {
					t.Fatalf("bad excerpt %q", a.Reject.Excerpt)
				}
			} else if !utf8Valid(a.Raw) || a.ID == "" {
				t.Fatalf("bad article %+v", a)
			}
		}
	})
}

func FuzzParseTime(f *testing.F) {
	for _, s := range []string{"2026-02-03T04:05:06Z", "Tue, 03 Feb 2026 04:05:06 +0000", "1770000000", "February 3, 2026", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := ParseTime(s)
		if ok && got.Location() != time.UTC {
			t.Fatalf("ParseTime(%q) = %v, not UTC", s, got)
		}
		if !ok && !got.IsZero() {
			t.Fatalf("ParseTime(%q) failed but returned %v", s, got)
		}
	})
}
