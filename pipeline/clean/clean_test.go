package clean

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/tonalhq/tonal/pipeline/article"
)

func newCleaner(t testing.TB) *Cleaner {
	t.Helper()
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestClean(t *testing.T) {
	c := newCleaner(t)
	tests := []struct {
		name, title, raw, want string
	}{
		{
			name:  "residue, repeated title, boilerplate",
			title: "Envoys Meet in Sandmere",
			raw:   "/head> Envoys Meet in Sandmere\n\nEnvoys met on Monday.\n\nAdvertisement\n\nThey will meet again.\n\nShare this article\n\nPost a Comment\n\nPrevious Post Next Post",
			want:  "Envoys met on Monday.\n\nThey will meet again.",
		},
		{
			name: "tags and entities",
			raw:  "<div class=\"body\"><p>Talks &amp; more talks</p></div>\n\n<!-- ad -->Second &quot;para&quot;.",
			want: "Talks & more talks\n\nSecond \"para\".",
		},
		{
			name: "white space folded, wrapped lines joined",
			raw:  "  One\t two\u00a0 three  \n  four  \n\n\n\n   five\u200b six",
			want: "One two three four\n\nfive six",
		},
		{
			name: "no blank lines: one paragraph per line",
			raw:  "First line.\nSecond line.\nRead more: Envoys return home",
			want: "First line.\n\nSecond line.",
		},
		{
			name: "one newline between long sentence lines, with blank lines elsewhere",
			raw:  "The council of Lirr met on Monday night and voted by a wide margin to keep the old island ferry running.\nThe mayor said the vote was close.\n\nShort wrapped\nline.",
			want: "The council of Lirr met on Monday night and voted by a wide margin to keep the old island ferry running.\n\nThe mayor said the vote was close.\n\nShort wrapped line.",
		},
		{
			name: "prefix boilerplate only when short",
			raw:  "Read more: " + strings.Repeat("word ", 40) + "\n\nBody.",
			want: "Read more: " + strings.TrimSpace(strings.Repeat("word ", 40)) + "\n\nBody.",
		},
		{
			name:  "title repeated late is kept",
			title: "Budget",
			raw:   "One.\n\nTwo.\n\nThree.\n\nBudget",
			want:  "One.\n\nTwo.\n\nThree.\n\nBudget",
		},
		{
			name: "a less-than sign is not a tag",
			raw:  "Inflation was < 3% and 2 < 5 > 1.",
			want: "Inflation was < 3% and 2 < 5 > 1.",
		},
		{
			name: "only boilerplate",
			raw:  "Advertisement\n\nPost a Comment",
			want: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := c.Clean(tt.title, tt.raw); got != tt.want {
				t.Errorf("Clean =\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func TestLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{"/head> Trump Confirms Talks", "Trump Confirms Talks"},
		{"head>Title", "Title"},
		{"<title>Title</title>", "Title"},
		{"a/b> c", "a/b> c"},
		{"AT&T; said", "AT&T; said"},
		{"caf&eacute;", "café"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Line(tt.in); got != tt.want {
				t.Errorf("Line(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestProcessRejectsEmpty(t *testing.T) {
	c := newCleaner(t)
	batch := []*article.Article{
		{Raw: "<p></p>\n\nAdvertisement"},
		{Raw: "Real text."},
		{Reject: &article.Reject{Reason: article.MalformedJSON}},
	}
	if err := c.Process(context.Background(), batch); err != nil {
		t.Fatal(err)
	}
	if !batch[0].Rejected() || batch[0].Reject.Reason != article.EmptyAfterClean {
		t.Errorf("first: %+v", batch[0].Reject)
	}
	if batch[1].Rejected() || batch[1].Text != "Real text." {
		t.Errorf("second: %+v", batch[1])
	}
	if batch[2].Reject.Reason != article.MalformedJSON {
		t.Errorf("third changed: %+v", batch[2].Reject)
	}
}

func TestLexiconErrors(t *testing.T) {
	_, err := New(WithLexicons(mapFS{"boilerplate.tsv": "# name: b\nadvertisement\tsometimes\n"}))
	if err == nil || !strings.Contains(err.Error(), "boilerplate.tsv:2:") {
		t.Errorf("err = %v, want boilerplate.tsv:2: …", err)
	}
	_, err = New(WithLexicons(mapFS{"boilerplate.tsv": "advertisement\n"}))
	if err == nil || !strings.Contains(err.Error(), "boilerplate.tsv:1:") {
		t.Errorf("err = %v, want boilerplate.tsv:1: …", err)
	}
}

func FuzzClean(f *testing.F) {
	f.Add("T", "/head> T\n\nBody <b>bold</b> &amp;\n\nAdvertisement")
	f.Add("", "a\r\nb\n\n\n\nc")
	f.Add("x", "<!-- unclosed")
	c := newCleaner(f)
	f.Fuzz(func(t *testing.T, title, raw string) {
		got := c.Clean(title, raw)
		if utf8.ValidString(raw) && !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8 out of valid in: %q", got)
		}
		if strings.Contains(got, "\n\n\n") || strings.HasPrefix(got, "\n") || strings.HasSuffix(got, "\n") {
			t.Fatalf("paragraphs not normalised: %q", got)
		}
		for _, p := range strings.Split(got, "\n\n") {
			if got != "" && strings.TrimSpace(p) == "" {
				t.Fatalf("empty paragraph in %q", got)
			}
		}
		// Entities are decoded once, so "&amp;lt;" becomes "&lt;" and
		// would change again: idempotence holds for text without them.
		if strings.Contains(raw, "&") {
			return
		}
		if again := c.Clean(title, got); again != got {
			t.Fatalf("not idempotent:\n%q\n%q", got, again)
		}
	})
}

// BenchmarkClean cleans the sample corpus's article texts.
func BenchmarkClean(b *testing.B) {
	data, err := os.ReadFile("../../datasets/sample/articles.jsonl")
	if err != nil {
		b.Skipf("sample corpus not readable: %v", err)
	}
	var texts, titles []string
	size := 0
	for _, line := range bytes.Split(data, []byte("\n")) {
		var rec struct{ Title, Text string }
		if json.Unmarshal(line, &rec) == nil && rec.Text != "" {
			texts = append(texts, rec.Text)
			titles = append(titles, rec.Title)
			size += len(rec.Text)
		}
	}
	c := newCleaner(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for i := range texts {
			c.Clean(titles[i], texts[i])
		}
	}
}

// TestCleanWrapped checks that text wrapped at a fixed width with one
// newline between paragraphs comes out one paragraph per paragraph: a
// line after which the next word would still have fitted, ending a
// sentence, ends its paragraph; the other lines are joined. (A last line
// the next word would not have fitted on is told from no other line.)
func TestCleanWrapped(t *testing.T) {
	c := newCleaner(t)
	paras := []string{
		"The talks in the capital were set to resume on Monday after a pause of three weeks, officials said, as both delegations returned with fresh proposals.",
		"“We are ready to talk tonight, tomorrow, at any hour,” the minister told reporters outside the ministry.",
		"Union leaders said they would study the offer before the strike committee meets again on Wednesday.",
	}
	var raw strings.Builder
	for _, p := range paras {
		// wrap each paragraph at 64 columns, one newline after its end
		line := ""
		for _, w := range strings.Fields(p) {
			if line != "" && len(line)+1+len(w) > 64 {
				raw.WriteString(line + "\n")
				line = ""
			}
			if line != "" {
				line += " "
			}
			line += w
		}
		raw.WriteString(line + "\n")
	}
	if got, want := c.Clean("", raw.String()), strings.Join(paras, "\n\n"); got != want {
		t.Errorf("Clean(wrapped) =\n%s\nwant\n%s", got, want)
	}
}
