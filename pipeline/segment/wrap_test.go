package segment

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// wrapText wraps each paragraph of text (paragraphs separated by blank
// lines) at width columns, as plain-text archives do: a space becomes a
// newline, so every offset holds.
func wrapText(text string, width int) string {
	b := []byte(text)
	col, lastSpace := 0, -1
	for i, r := range text {
		if r == '\n' {
			col, lastSpace = 0, -1
			continue
		}
		col++
		if r == ' ' {
			lastSpace = i
		}
		if col > width && lastSpace >= 0 {
			b[lastSpace] = '\n'
			col = len([]rune(text[lastSpace+1 : i+1]))
			lastSpace = -1
		}
	}
	return string(b)
}

// quoteList lists d's quotes as kind, words (of each piece) and speaker,
// for texts that differ only in their white space or in lines between
// the pieces.
func quoteList(text string, d Document) string {
	var b strings.Builder
	for _, q := range d.Quotes {
		pieces := q.Pieces
		if pieces == nil {
			pieces = []Span{q.Span}
		}
		var words []string
		for _, p := range pieces {
			words = append(words, strings.Fields(text[p.Start:p.End])...)
		}
		fmt.Fprintf(&b, "%s %q by %q (%q)\n", q.Kind, strings.Join(words, " "), q.Speaker, q.Role)
	}
	return b.String()
}

// goldArticles returns the texts of our gold set's articles.
func goldArticles(t *testing.T) []string {
	t.Helper()
	texts := readTexts(t, filepath.Join("..", "..", "datasets", "quotes-gold", "*.txt"))
	if len(texts) < 30 {
		t.Fatalf("%d articles found, want the gold set's", len(texts))
	}
	return texts
}

// readTexts returns the texts of the files pattern globs, in name order.
func readTexts(t testing.TB, pattern string) []string {
	t.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	return texts
}

// TestWrappedLines checks that our own articles wrapped at 72 and at 60
// columns, blank lines still between their paragraphs, give the quotes,
// speakers and roles they give unwrapped.
func TestWrappedLines(t *testing.T) {
	seg := newTestSegmenter(t)
	files, _ := filepath.Glob(filepath.Join("..", "..", "datasets", "quotes-gold", "*.txt"))
	more, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	files = append(files, more...)
	if len(files) < 30 {
		t.Fatalf("%d articles found, want the gold set's and testdata's", len(files))
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		want := quoteList(text, seg.Segment(text))
		for _, width := range []int{72, 60} {
			wrapped := wrapText(text, width)
			if wrapped == text {
				continue
			}
			d := seg.Segment(wrapped)
			checkDoc(t, wrapped, d)
			if got := quoteList(wrapped, d); got != want {
				t.Errorf("%s wrapped at %d:\ngot\n%swant\n%s", filepath.Base(f), width, got, want)
			}
		}
	}
}

// TestFoldWrappedLines checks which line breaks foldWrappedLines makes
// spaces and where it starts paragraphs: the breaks inside a wrapped
// text's paragraphs go; a short heading line, a line that ends a
// sentence with room left for the next word, and a speaker label's line
// start paragraphs of their own; a text that is not wrapped stays.
func TestFoldWrappedLines(t *testing.T) {
	body := "The talks in the capital were set to resume on Monday after a pause of\nthree weeks, officials said, as both delegations returned with fresh\nproposals on the border crossings and the release of prisoners."
	flat := strings.ReplaceAll(body, "\n", " ")
	tests := []struct {
		in, want string
		paras    []string
	}{
		// two wrapped paragraphs: every break inside them goes
		{body + "\n\n" + body, flat + "\n\n" + flat, []string{flat, flat}},
		// a heading line, and a sentence's end with room for "Q:" after
		// it, end paragraphs where there is no blank line
		{"Analysis\n" + body + "\n\n" + body + "\nQ: Will they meet?",
			"Analysis\n" + flat + "\n\n" + flat + "\nQ: Will they meet?",
			[]string{"Analysis", flat, flat, "Q: Will they meet?"}},
		// one newline between wrapped paragraphs: the last line's room
		{body + "\n" + body, flat + "\n" + flat, []string{flat, flat}},
		// a list's short lines and a text with one wrapped paragraph stay,
		// and no paragraphs come back for them
		{"Get it on Amazon for $169\nAlso at Walmart\nAlso at Target\n\nSend\nnow\nplease", "", nil},
		{body + "\n\nOne line.", "", nil},
	}
	for _, tt := range tests {
		if tt.want == "" {
			tt.want = tt.in
		}
		got, paras, _ := foldWrappedLines(tt.in)
		if got != tt.want {
			t.Errorf("foldWrappedLines(%q) =\n%q, want\n%q", tt.in, got, tt.want)
		}
		var texts []string
		for _, p := range paras {
			texts = append(texts, got[p.Start:p.End])
		}
		if fmt.Sprint(texts) != fmt.Sprint(tt.paras) {
			t.Errorf("foldWrappedLines(%q) paragraphs\n%q, want\n%q", tt.in, texts, tt.paras)
		}
	}
}

// FuzzFoldWrappedLines checks on any input that folding keeps the length,
// changes only line breaks (and a carriage return before one) to spaces,
// and returns paragraphs in order, trimmed, each inside one of
// splitParagraphs's, with each one's first break a newline inside it.
func FuzzFoldWrappedLines(f *testing.F) {
	f.Add("Analysis\nThe talks in the capital were set to resume on Monday after a pause of\nthree weeks.\n\nQ: x\nA: y")
	f.Add(wrapText(strings.Repeat("The talks in the capital were set to resume on Monday after a pause. ", 6)+"\n\n"+strings.Repeat("Both sides said the border crossings would open again soon enough. ", 5), 64))
	f.Add(wrapText(strings.Repeat("The talks were set to resume on Monday. ", 4)+"\n"+strings.Repeat("Both sides said the crossings would open. ", 4), 60))
	f.Add("a\r\nb\r\n\r\nc")
	f.Fuzz(func(t *testing.T, in string) {
		got, paras, nls := foldWrappedLines(in)
		if len(got) != len(in) {
			t.Fatalf("foldWrappedLines(%q) = %q: %d bytes, want %d", in, got, len(got), len(in))
		}
		for i := 0; i < len(in); i++ {
			if got[i] != in[i] && (got[i] != ' ' || in[i] != '\n' && in[i] != '\r') {
				t.Fatalf("foldWrappedLines(%q) = %q: byte %d is %q, from %q", in, got, i, got[i], in[i])
			}
		}
		if len(nls) != len(paras) {
			t.Fatalf("foldWrappedLines(%q): %d paragraphs, %d first breaks", in, len(paras), len(nls))
		}
		if paras == nil {
			if got != in {
				t.Fatalf("foldWrappedLines(%q) = %q with no paragraphs: changed", in, got)
			}
			return
		}
		orig, _ := splitParagraphs(in, nil, nil)
		end, o := 0, 0
		for pi, p := range paras {
			if p.Start < end || p.End <= p.Start || p.End > len(in) {
				t.Fatalf("foldWrappedLines(%q): paragraph %d %v out of order or empty", in, pi, p.Span)
			}
			end = p.End
			for o < len(orig) && orig[o].End < p.End {
				o++
			}
			if o == len(orig) || orig[o].Start > p.Start {
				t.Fatalf("foldWrappedLines(%q): paragraph %d %v inside none of %v", in, pi, p.Span, orig)
			}
			if nl := nls[pi]; nl >= 0 && (nl < p.Start || nl >= p.End || got[nl] != '\n') {
				t.Fatalf("foldWrappedLines(%q): paragraph %d's first break at %d is not a newline inside it", in, pi, nl)
			}
		}
	})
}

// TestFurnitureLines checks that our own articles with a page's furniture
// between their paragraphs ("Advertisement", "Continue reading", "Read
// more: …", as scraped pages hold them) give the quotes, speakers and
// roles they give without, and that no furniture line is a paragraph.
func TestFurnitureLines(t *testing.T) {
	seg := newTestSegmenter(t)
	furniture := []string{"Advertisement", "ADVERTISEMENT", "Continue reading", "Read more: Port strike enters its second week", "Share this article"}
	for _, text := range goldArticles(t) {
		want := quoteList(text, seg.Segment(text))
		paras := strings.Split(text, "\n\n")
		for i := 2; i < len(paras); i += 2 {
			paras[i] = furniture[i%len(furniture)] + "\n\n" + paras[i]
		}
		with := strings.Join(paras, "\n\n")
		d := seg.Segment(with)
		checkDoc(t, with, d)
		if got := quoteList(with, d); got != want {
			t.Errorf("%.40q… with furniture lines:\ngot\n%swant\n%s", text, got, want)
		}
		for _, p := range d.Paragraphs {
			for _, line := range furniture {
				if with[p.Start:p.End] == line {
					t.Errorf("%.40q…: furniture line %q is a paragraph", text, line)
				}
			}
		}
	}
}

// TestByteOrderMark checks that our own articles saved with a byte-order
// mark before their headline give the quotes they give without.
func TestByteOrderMark(t *testing.T) {
	seg := newTestSegmenter(t)
	texts := append([]string{
		// a headline's reported speech, and a quote that opens the text
		"Mayor Says Port Will ‘Never Close’\n\nThe mayor of Kell, Ana Ode, said on Monday that the port would stay open.",
		"Ode: ‘We Will Rebuild’\n\nAna Ode spoke on Monday.",
		"“We will rebuild,” Ana Ode said on Monday.\n\nShe spoke at the port.",
	}, goldArticles(t)...)
	for _, text := range texts {
		with := "\ufeff" + text
		d := seg.Segment(with)
		checkDoc(t, with, d)
		if got, want := quoteList(with, d), quoteList(text, seg.Segment(text)); got != want {
			t.Errorf("%.40q… after a byte-order mark:\ngot\n%swant\n%s", text, got, want)
		}
	}
}

// TestTitleCaseHeadline checks which first lines titleCaseHeadline
// writes in title case: a headline in capitals, not a line with a small
// letter, a short one, a text of one line or a transcript's first turn.
func TestTitleCaseHeadline(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"FLYNN SAYS TRUMP 'ABSOLUTELY RIGHT' IN SAYING GENERALS REDUCED TO RUBBLE\n\nBody.", "Flynn Says Trump 'Absolutely Right' in Saying Generals Reduced to Rubble\n\nBody."},
		{"SANDERS: CLINTON’S PLAN IS ‘A GIFT’ TO THE U.S. BANKS\n\nBody.", "Sanders: Clinton’s Plan Is ‘a Gift’ to the U.S. Banks\n\nBody."},
		{"FBI AGENTS RAID OFFICE OF AFRICAN-AMERICAN GROUP\nBody.", "Fbi Agents Raid Office of African-American Group\nBody."},
		{"Flynn Says Trump Right\n\nBody.", ""},                         // a small letter: as written
		{"BREAKING NEWS\n\nBody.", ""},                                  // two words
		{"FLYNN SAYS TRUMP IS RIGHT", ""},                               // no line after it
		{"WALLACE: LET US START WITH THE DEBATE\n\nPENCE: I WILL.", ""}, // a transcript
	} {
		if tt.want == "" {
			tt.want = tt.in
		}
		if got := titleCaseHeadline(tt.in); got != tt.want {
			t.Errorf("titleCaseHeadline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCapsHeadline checks that our own articles whose headline is in
// title case give, with it in capitals, the quotes and speakers they give
// with it as written, letter case aside.
func TestCapsHeadline(t *testing.T) {
	seg := newTestSegmenter(t)
	texts := append([]string{
		"Ode Says Port Will ‘Never Close’\n\nThe mayor of Kell, Ana Ode, said on Monday that the port would stay open for good.",
		"Harbour Chief Calls Dredging Plan ‘A Disgrace’\n\nHarbour master Ivo Lund said on Friday that the dredging plan would ruin the bay.",
		"Minister Says Talks Will Resume Next Week\n\nForeign Minister Petra Vasch said on Monday that negotiators would meet again in Geneva.",
		"Union: Strike Will Go On Until Pay Offer Improves\n\nThe Harbour Workers' Union said on Tuesday that the stoppage would continue.",
		"Ode Vows to ‘Fight On’ After Narrow Defeat\n\nAna Ode told supporters on Sunday night that she would stand again.",
	}, goldArticles(t)...)
	n := 0
	for _, text := range texts {
		nl := strings.IndexByte(text, '\n')
		caps := strings.ToUpper(text[:nl]) + text[nl:]
		if len(caps) != len(text) || !titleCase(text[:nl]) {
			continue // an upper case of another length, or a headline in sentence case, which capitals hide
		}
		n++
		d := seg.Segment(caps)
		checkDoc(t, caps, d)
		if got, want := strings.ToLower(quoteList(caps, d)), strings.ToLower(quoteList(text, seg.Segment(text))); got != want {
			t.Errorf("%.40q… with its headline in capitals:\ngot\n%swant\n%s", text, got, want)
		}
	}
	if n < 3 {
		t.Errorf("only %d articles with a headline in title case", n)
	}
}

// FuzzTitleCaseHeadline checks on any input that only the letter case of
// ASCII letters of the first line with text on it changes.
func FuzzTitleCaseHeadline(f *testing.F) {
	f.Add("FLYNN SAYS TRUMP 'ABSOLUTELY RIGHT'\n\nx")
	f.Add("SANDERS: IT’S ‘A GIFT’ TO U.S. BANKS\nx")
	f.Add("WALLACE: A B C D E F\nPENCE: G")
	f.Fuzz(func(t *testing.T, in string) {
		got := titleCaseHeadline(in)
		if len(got) != len(in) {
			t.Fatalf("titleCaseHeadline(%q) = %q: %d bytes, want %d", in, got, len(got), len(in))
		}
		// the first line with text on it, after any blank ones
		start := len(in) - len(strings.TrimLeft(in, " \t\r\n"))
		nl := strings.IndexByte(in[start:], '\n')
		if nl >= 0 {
			nl += start
		}
		for i := 0; i < len(in); i++ {
			if got[i] != in[i] && (i < start || nl >= 0 && i > nl || got[i]|0x20 != in[i]|0x20 || got[i]|0x20 < 'a' || got[i]|0x20 > 'z') {
				t.Fatalf("titleCaseHeadline(%q) = %q: byte %d is %q, from %q", in, got, i, got[i], in[i])
			}
		}
	})
}
