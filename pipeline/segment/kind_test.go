package segment

import (
	"fmt"
	"strings"
	"testing"
)

func TestCommonCase(t *testing.T) {
	seg := newTestSegmenter(t)
	const text = "Officials met. Two officials left. Rivera spoke. Élan"
	tests := []struct {
		name   string
		phrase string
		want   string
	}{
		{"lower case elsewhere", "Officials", "officials"},
		{"name", "Rivera", "Rivera"},
		{"more capitals", "Officials Of Varnia", "Officials Of Varnia"},
		{"lower case first word", "officials", "officials"},
		{"apostrophe", "Officials'", "Officials'"},
		{"not elsewhere", "Élan", "Élan"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := state{text: text, lx: seg.lx}
			if got := st.commonCase(tt.phrase); got != tt.want {
				t.Errorf("commonCase(%q) = %q, want %q", tt.phrase, got, tt.want)
			}
		})
	}
}

// TestWrittenLower checks that writtenLower answers as a search of the
// text would, both while it remembers its searches and once it has
// indexed the text's words after maxLowerScans of them.
func TestWrittenLower(t *testing.T) {
	var sb strings.Builder
	for i := range 3 * maxLowerScans {
		fmt.Fprintf(&sb, "word%d Name%d\nx ", i, i)
	}
	sb.WriteString("tail end")
	text := sb.String()
	st := state{text: text}
	for round := range 2 {
		for i := range 4 * maxLowerScans {
			for _, w := range []string{fmt.Sprintf(" word%d ", i), fmt.Sprintf(" name%d ", i), " x ", " end ", " tail ", " nothing "} {
				if got, want := st.writtenLower([]byte(w)), strings.Contains(text, w); got != want {
					t.Fatalf("round %d: writtenLower(%q) = %v, want %v", round, w, got, want)
				}
			}
		}
	}
	if st.kind.words == nil {
		t.Errorf("no index after %d searches", 4*maxLowerScans)
	}
}

func TestTitleLike(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"one word", "Argo", true},
		{"small words", "Make the River Great", true},
		{"number", "2 Fast", true},
		{"accented capital", "Éire Rising", true},
		{"lower-case word", "Make it Great", false},
		{"sentence", "we stayed all night", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := titleLike(tt.in, 0, len(tt.in), countWordsMax(tt.in, 7)); got != tt.want {
				t.Errorf("titleLike(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestScareCue(t *testing.T) {
	tests := []struct {
		name   string
		before string
		title  bool // the quote reads as a title
		want   bool
	}{
		{"so-called", "the so-called", false, true},
		{"capitalised", "the Film", true, true},
		{"punctuation", "in the film,", true, true},
		{"a title noun before words that are no title", "called the H1-B program", false, false},
		{"other word", "Rivera said", true, false},
		{"empty", "", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := scareCue(tt.before, tt.title); got != tt.want {
				t.Errorf("scareCue(%q, %v) = %v, want %v", tt.before, tt.title, got, tt.want)
			}
		})
	}
}

func TestPlainSpaced(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"single spaces", "the harbour master", true},
		{"double space", "the  harbour", false},
		{"newline", "the\nharbour", false},
		{"no-break space", "the\u00a0harbour", false},
		{"leading space", " harbour", false},
		{"accented", "café owner", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := plainSpaced(tt.in); got != tt.want {
				t.Errorf("plainSpaced(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestHasLowerSuffix(t *testing.T) {
	tests := []struct {
		name      string
		s, suffix string
		want      bool
	}{
		{"ascii", "Deputy Minister", "minister", true},
		{"other word", "Deputy Minister", "spokesman", false},
		{"shorter than suffix", "Aide", "minister", false},
		{"non-ascii before the suffix", "Première Minister", "minister", true},
		{"non-ascii in the suffix", "Ministre Délégué", "délégué", true},
		{"kelvin sign folds to k", "Boo\u212A", "book", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := hasLowerSuffix(tt.s, tt.suffix); got != tt.want {
				t.Errorf("hasLowerSuffix(%q, %q) = %v, want %v", tt.s, tt.suffix, got, tt.want)
			}
		})
	}
}

// TestOutcry: an exclamation or a question in marks right after a verb
// of shouting is a direct quote; one after a noun of shouting stays in
// the writer's sentence.
func TestOutcry(t *testing.T) {
	seg := newTestSegmenter(t)
	for _, tt := range []struct {
		in, sub string
		want    QuoteKind
	}{
		{"Chamber\n\nAs the minister rose, Ivo Lund shouted ‘Shame!’ across the dispatch box.", "Shame!", Direct},
		{"Chamber\n\nMinutes later he called out ‘Fair shares for whom?’ and was ordered to leave.", "Fair shares for whom?", Direct},
		{"Chamber\n\nThe mayor was greeted with chants of “Bobby!” at a conference last month.", "Bobby!", Partial}, // or none
	} {
		d := seg.Segment(tt.in)
		checkDoc(t, tt.in, d)
		found := false
		for _, q := range d.Quotes {
			if q.Kind != Indirect && strings.Contains(tt.in[q.Start:q.End], tt.sub) {
				found = true
				if q.Kind != tt.want {
					t.Errorf("%q: %q is %s, want %s", tt.in, tt.sub, q.Kind, tt.want)
				}
			}
		}
		if !found && tt.want == Direct {
			t.Errorf("%q: no quote holding %q", tt.in, tt.sub)
		}
	}
}

// TestCasedHeadlineQuotes: in a headline where a capital opens every
// word, a quote's capitals open no sentence and a capitalised verb after
// a name is its attribution, not more of the name.
func TestCasedHeadlineQuotes(t *testing.T) {
	seg := newTestSegmenter(t)
	tests := []struct {
		in, speaker string
		kind        QuoteKind
	}{
		{"Dr. Ana Ode: Harbour Board ‘Not Fit To Run The Port Of The City.’\n\nPort candidate Ana Ode says the board is not fit to run the port.", "Ana Ode", Partial},
		{"‘We Will Not Run The Port Of The City,’ Ana Ode Says\n\nThe mayor spoke to the harbour board on Friday.", "Ana Ode", Direct},
	}
	for _, tc := range tests {
		d := seg.Segment(tc.in)
		checkDoc(t, tc.in, d)
		found := false
		for _, q := range d.Quotes {
			if q.Paragraph == 0 && q.Kind == tc.kind && q.Speaker == tc.speaker {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: got %+v, want a %s quote by %s in the headline", tc.in, d.Quotes, tc.kind, tc.speaker)
		}
	}
}

// TestRemarksAt: the one search for " made " finds the first of
// remarksPhrases where a search for each phrase would.
func TestRemarksAt(t *testing.T) {
	naive := func(text string, from, end int) int {
		at := -1
		for _, ph := range remarksPhrases {
			if k := strings.Index(text[from:end], ph); k >= 0 && (at < 0 || from+k < at) {
				at = from + k
			}
		}
		return at
	}
	for _, text := range []string{
		"", "He made the remarks.", "She made a cake and then made her comments in public.",
		"They made made the comment twice", "made the remarks", " made the comm", "Ode made his remarks; Lund made the remarks.",
		"The port made the comments x made the remarks", "x made the remarksmade the comments",
	} {
		for from := 0; from <= len(text); from++ {
			for end := from; end <= len(text); end++ {
				if got, want := remarksAt(text, from, end), naive(text, from, end); got != want {
					t.Fatalf("remarksAt(%q, %d, %d) = %d, want %d", text, from, end, got, want)
				}
			}
		}
	}
}

// TestFormOption: a form's option in quote marks is a label, no one's
// words.
func TestFormOption(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Census\n\nFor the first time the form also included the option “Spiritual, but not part of any religion”, which was chosen by 6 per cent."
	for _, q := range seg.Segment(in).Quotes {
		t.Errorf("%s quote %q by %q; want the option read as a label", q.Kind, in[q.Start:q.End], q.Speaker)
	}
}

// TestLongTitleSetOff: a long name in title case set off by commas after
// a work's noun ("A 2023 city study, “Short-Term Rentals and the Elm
// Prairie Housing Market,” counted") or after a verb of naming and an
// article ("which documents call the “Tamarack County Justice and
// Wellness Center,”") is a title, no one's words.
func TestLongTitleSetOff(t *testing.T) {
	seg := newTestSegmenter(t)
	checkTitlesOnly(t, seg,
		"Study\n\nA 2023 city study, “Short-Term Rentals and the Elm Prairie Housing Market,” counted 412 active listings citywide.",
		"Jail\n\nThe proposed building, which county planning documents call the “Tamarack County Justice and Wellness Center,” would hold 320 beds.",
	)
}

// checkTitlesOnly fails for any quote but a reported clause in each of ins:
// what they quote are titles, no one's words.
func checkTitlesOnly(t *testing.T, seg *Segmenter, ins ...string) {
	t.Helper()
	for _, in := range ins {
		for _, q := range seg.Segment(in).Quotes {
			if q.Kind != Indirect {
				t.Errorf("%q: %s quote %q by %q; want the title read as no one's", in, q.Kind, in[q.Start:q.End], q.Speaker)
			}
		}
	}
}

// TestLongTitleNoStop: a title of seven words or more in title case with
// no sentence's end inside its marks ("his role as a priest in «A
// Confession in the Month of August»", "sang “We Are the River, We Are
// the Gold”, the club’s anthem") is a title.
func TestLongTitleNoStop(t *testing.T) {
	seg := newTestSegmenter(t)
	checkTitlesOnly(t, seg,
		"Film\n\nJulien Maréchal won the award for his role as a priest in «A Confession in the Month of August». The jury praised him.",
		"Final\n\nInside the arena, supporters sang “We Are the River, We Are the Gold”, the club’s anthem, long after the players had left.",
	)
}
