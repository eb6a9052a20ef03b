package segment

import (
	"fmt"
	"strings"
	"testing"
)

// TestWideSpaces checks that a no-break or thin space where a plain one
// belongs, as pages taken from HTML write them ("Mr.&nbsp;Ode",
// "WALLACE:&nbsp;If I may"), changes none of the quotes: the same spans,
// kinds and speakers as with plain spaces, and names written with one
// plain space.
func TestWideSpaces(t *testing.T) {
	seg := newTestSegmenter(t)
	texts := []string{
		"Budget\n\nCouncil member Loretta E. Vance said on Monday that the cuts were \"a mistake.\"\n\n\"We will not balance this on the backs of children,\" Ms. Vance said. \"Not this year.\"",
		"Debate\n\nThe host questioned the governor on Sunday.\n\nWALLACE: Let us start with the debate. Will you attend?\n\nPENCE: I will, and I look forward to it.\n\nWALLACE: And your running mate?\n\nPENCE: He will be there too.",
		"Harbour\n\n“The tide did this,” Harbour Master Ivo Lund said on Friday. “Not the dredging.”\n\nLund, 58, has run the port for 20 years.",
	}
	for _, space := range []string{"\u00a0", "\u2009", "\u202f"} {
		for _, in := range texts {
			// every space after a full stop, colon or title is a wide one
			wide := strings.NewReplacer(". ", "."+space, ": ", ":"+space, "Mr. ", "Mr."+space).Replace(in)
			want, got := seg.Segment(in), seg.Segment(wide)
			checkDoc(t, wide, got)
			if len(want.Quotes) == 0 {
				t.Fatalf("%q: no quotes with plain spaces", in)
			}
			// the texts differ in length: compare what each quote holds
			show := func(text string, d Document) string {
				var b strings.Builder
				for _, q := range d.Quotes {
					words := strings.Join(strings.Fields(strings.ReplaceAll(text[q.Start:q.End], space, " ")), " ")
					fmt.Fprintf(&b, "%s %q by %q (%q)\n", q.Kind, words, q.Speaker, q.Role)
				}
				return b.String()
			}
			if w, g := show(in, want), show(wide, got); w != g {
				t.Errorf("%U spaces in %q:\ngot\n%swant\n%s", []rune(space)[0], wide, g, w)
			}
		}
	}
}

// TestFoldWideSpaces checks that folding keeps every byte offset: each
// wide space becomes as many ASCII spaces as it has bytes, and nothing
// else changes.
func TestFoldWideSpaces(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Mr.\u00a0Ode", "Mr.  Ode"},
		{"10\u2009000 and\u202fso\u3000on", "10   000 and   so   on"},
		{"“quoted” — dash\u2014no", "“quoted” — dash\u2014no"}, // quote marks and dashes stay
		{"end\xc2", "end\xc2"},                                 // a cut rune is left alone
		{"\ufeffTitle\u200bline", "   Title   line"},           // a byte-order mark, a zero-width space
	} {
		got, wide := foldWideSpaces(tt.in)
		if got != tt.want || len(got) != len(tt.in) || wide != (tt.in != tt.want) {
			t.Errorf("foldWideSpaces(%q) = %q, %v; want %q", tt.in, got, wide, tt.want)
		}
	}
}

// TestConjunctionSpaces checks that “A,” X said, and “B.” is one quote
// however many spaces stand before the "and".
func TestConjunctionSpaces(t *testing.T) {
	seg := newTestSegmenter(t)
	for _, gap := range []string{" ", "  ", "   "} {
		in := "Studio\n\nThe studio's head wrote to a colleague. Oz is “smart as hell,” Steve Mosko wrote in an email to the network’s Rich Eisen," + gap + "and “full of it.” Nobody replied."
		d := seg.Segment(in)
		checkDoc(t, in, d)
		found := false
		for _, q := range d.Quotes {
			if q.Kind == Direct && len(q.Pieces) == 2 && strings.HasPrefix(in[q.Start:q.End], "smart") && strings.HasSuffix(in[q.Start:q.End], "full of it.") {
				found = q.Speaker == "Steve Mosko"
			}
		}
		if !found {
			t.Errorf("%d spaces before “and”: no direct quote in two pieces by Steve Mosko", len(gap))
		}
	}
}

// FuzzFoldWideSpaces checks on any input that folding keeps the length,
// changes only bytes of wide spaces, each to a space, and leaves none.
func FuzzFoldWideSpaces(f *testing.F) {
	for _, s := range []string{"", "Mr.\u00a0Ode", "a\u2009b\u202fc\u3000d\u205fe", "\xc2\xa0\xe2\x80", "“x”\u00a0—\u2003y", "\ufeffA\u200bb\xef\xbb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		got, wide := foldWideSpaces(in)
		if len(got) != len(in) {
			t.Fatalf("foldWideSpaces(%q) = %q: %d bytes, want %d", in, got, len(got), len(in))
		}
		changed := false
		for i := 0; i < len(in); i++ {
			if got[i] != in[i] {
				changed = true
				if got[i] != ' ' || in[i] < 0x80 {
					t.Fatalf("foldWideSpaces(%q) = %q: byte %d is %q, from %q", in, got, i, got[i], in[i])
				}
			}
		}
		if changed != wide {
			t.Fatalf("foldWideSpaces(%q) reports %v, changed %v", in, wide, changed)
		}
		for i := 0; i < len(got); i++ {
			if wideSpaceAt(got, i) > 0 {
				t.Fatalf("foldWideSpaces(%q) = %q leaves a wide space at %d", in, got, i)
			}
		}
	})
}

// TestRound19 checks the speakers the 2026-11-27 round found: a
// newspaper named with "The" and capitals that "it" stands for, and an
// "it" or "they" that opens the clause a participle or a gerund after
// "by" reports for.
func TestRound19(t *testing.T) {
	seg := newTestSegmenter(t)
	tests := []struct{ in, sub, want string }{
		// the whole name, not its "Daily", an org word alone
		{"Paper\n\nThe Daily Ledger endorsed Ana Ode. It said the port plan would fail.", "port plan", "Daily Ledger"},
		// a title with "The" and capitals, no org word in it
		{"Paper\n\nThe Morning Star endorsed Ana Ode. It said the port plan would fail.", "port plan", "Morning Star"},
		// "It <verb in the past> …, saying": the participle is its
		{"Paper\n\nThe Daily Ledger endorsed Ana Ode. It attacked Ivo Lund, saying he “has offended nurses.”", "offended", "Daily Ledger"},
		{"Paper\n\nThe Daily Ledger endorsed Ana Ode. Meanwhile, it attacked Ivo Lund, saying he “has offended nurses.”", "offended", "Daily Ledger"},
	}
	for _, tt := range tests {
		checkSpeaker(t, seg, tt.in, tt.sub, tt.want, Indirect)
	}
	// a "they" after an opening phrase with no comma: its mention
	in := "Check\n\nTwo fact-checkers at Verity Lab reviewed the claim. On Tuesday they published the results by announcing that the claim was “true.”"
	d := seg.Segment(in)
	checkDoc(t, in, d)
	found := false
	for _, q := range d.Quotes {
		if q.Kind == Indirect && strings.Contains(in[q.Start:q.End], "claim was") {
			found = true
			if m := in[q.Mention.Start:q.Mention.End]; m != "they" {
				t.Errorf("%q: mention %q, want they", in, m)
			}
		}
	}
	if !found {
		t.Errorf("%q: no indirect quote holding %q", in, "claim was")
	}
	// an "it" that reports nothing is no speaker
	wantNoQuotes(t, seg, "Storm\n\nThe storm passed. It flattened the town, saying nothing.", "Pool\n\nThe council met. It voted to close the pool, citing costs.")
}

// TestSingleNewline checks which texts singleNewline finds a line break
// of one newline in: not in blank lines, however many spaces they hold.
func TestSingleNewline(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"a\n\nb", false},
		{"a\n   \nb\n\n\nc", false}, // a line of spaces, as a blanked furniture line leaves
		{"a\n \t\r\n b", false},
		{"a\nb", true},
		{"a\n\nb\nc", true},
		{"a  \nb", true},
		{"a\n", false},
		{"\nb", false},
	} {
		if got := singleNewline(tt.in); got != tt.want {
			t.Errorf("singleNewline(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
