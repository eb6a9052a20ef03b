package quoteeval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tonalhq/tonal/pipeline/segment"
)

func TestEvaluateSmall(t *testing.T) {
	dir := t.TempDir()
	txt := "Héadline here\n\n“We will win,” Rivera said.\n\nThe plan, she said, was fine."
	// code points: “ at 15
	ann := "T1\tContent 15 30\t“We will win,”\nT2\tSource 31 37\tRivera\nE1\tAttribution:T1 Source:T2 Content:T1\n"
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(txt), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "a.ann"), []byte(ann), 0o644); err != nil {
		t.Fatal(err)
	}
	rep := evaluate(t, dir)
	if rep.Strict.Matched != 1 || rep.Strict.Precision != 1 || rep.SpeakerAccuracy != 1 {
		var b strings.Builder
		_ = rep.WriteText(&b)
		t.Fatalf("report:\n%s", b.String())
	}
}

// evaluate scores the .txt files of dir against the .ann files beside them.
func evaluate(t *testing.T, dir string) Report {
	t.Helper()
	seg, err := segment.New()
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Evaluate(dir, dir, seg)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func TestEvaluateNoFiles(t *testing.T) {
	seg, err := segment.New()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Evaluate(t.TempDir(), t.TempDir(), seg); err == nil {
		t.Fatal("want an error for an empty directory")
	}
}

// TestGoldReport prints the report on datasets/quotes-gold (or the
// directory in TONAL_QUOTES_GOLD); it skips when the directory is missing.
func TestGoldReport(t *testing.T) {
	dir := os.Getenv("TONAL_QUOTES_GOLD")
	if dir == "" {
		dir = filepath.Join("..", "..", "datasets", "quotes-gold")
	}
	if m, _ := filepath.Glob(filepath.Join(dir, "*.ann")); len(m) == 0 {
		t.Skipf("no gold annotations in %s", dir)
	}
	rep := evaluate(t, dir)
	var b strings.Builder
	if err := rep.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + b.String())
}

func TestSameSurname(t *testing.T) {
	tests := []struct {
		gold, pred string
		want       bool
	}{
		{"Graham", "Lindsey Graham", true},
		{"President Obama", "Barack Obama", true},
		{"Mr. Trump,", "Donald Trump", true},
		{"she", "Claire McCaskill", false},
		{"the senator", "Ana Graham", false},
		{"Graham", "Graham", false}, // equal names are matched before, not as surnames
		{"Ode", "Ana Rivera", false},
		{"President Obama", "Obama", true},
		{"House Speaker Paul Ryan, R-Wis.,", "Paul Ryan", true},
		{"Rep. G.K. Butterfield (D-N.C.), head of the caucus", "G.K. Butterfield", true},
	}
	for _, tc := range tests {
		if got := sameSurname(tc.gold, tc.pred); got != tc.want {
			t.Errorf("sameSurname(%q, %q) = %v, want %v", tc.gold, tc.pred, got, tc.want)
		}
	}
}

// TestWithoutArticle: a gold source that opens with an article names the
// canonical speaker written without it.
func TestWithoutArticle(t *testing.T) {
	for in, want := range map[string]string{
		"a career Army officer": "career Army officer",
		"The ministry":          "ministry",
		"Anna Ode":              "Anna Ode",
		"an aide":               "aide",
		"theatre staff":         "theatre staff",
	} {
		if got := withoutArticle(in); got != want {
			t.Errorf("withoutArticle(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestGoldFor(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a_7f.ann", "a_2c.ann", "b.ann", "b_1.ann", "c[1]_x.ann"} {
		if err := os.WriteFile(filepath.Join(dir, n), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct{ name, want string }{
		{"a", "a_2c.ann"}, // the first annotator's file, in name order
		{"b", "b.ann"},    // an exact name wins
		{"c[1]", "c[1]_x.ann"},
		{"d", ""},
	}
	for _, tc := range tests {
		p, ok := goldFor(dir, tc.name)
		if got := filepath.Base(p); ok != (tc.want != "") || ok && got != tc.want {
			t.Errorf("goldFor(%q) = %q, %v; want %q", tc.name, p, ok, tc.want)
		}
	}
}

func TestOpenedByMark(t *testing.T) {
	for _, tc := range []struct {
		text string
		at   int
		want bool
	}{
		{"“We stay”", len("“"), true},
		{"« We stay »", len("« "), true},
		{"ODE: We stay", len("ODE: "), false},
		{"We stay", 0, false},
	} {
		if got := openedByMark(tc.text, tc.at); got != tc.want {
			t.Errorf("openedByMark(%q, %d) = %v, want %v", tc.text, tc.at, got, tc.want)
		}
	}
}

func TestHasQuoteMark(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{`the plan was “a disaster” for the port`, true},
		{`the port was ''not ready'' for the storm`, true},
		{`the union called the plan 'a gift to landlords' on Friday`, true},
		{`the union called the plan ‘a gift to landlords,’ then left`, true},
		{`‘Not Ready’`, true},
		{`Iran's ministry said the dockers' union would not strike`, false},
		{`the '90s were different, he said`, false},
		{`the band whose rock 'n' roll defined the city`, false},
		{`he didn't say why the mayor's office hadn't answered`, false},
		{`the port will reopen next week`, false},
	} {
		if got := hasQuoteMark(tc.text); got != tc.want {
			t.Errorf("hasQuoteMark(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestMissNotes checks that a boundary error is told apart from a miss:
// the missed gold quote names the prediction that covers part of it.
func TestMissNotes(t *testing.T) {
	dir := t.TempDir()
	txt := "The mayor said the port was “ready for the storm” on Friday."
	// gold takes in the writer's words around the reported clause, which
	// the segmenter predicts: it covers 44 of the 59 code points
	ann := "T1\tContent 0 59\tThe mayor said the port was “ready for the storm” on Friday\nT2\tSource 4 9\tmayor\nE1\tAttribution:T1 Source:T2 Content:T1\n"
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(txt), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "a.ann"), []byte(ann), 0o644); err != nil {
		t.Fatal(err)
	}
	rep := evaluate(t, dir)
	var missed, spurious string
	for _, m := range rep.Misses {
		switch m.Kind {
		case "missed":
			missed = m.Note
		case "spurious":
			spurious = m.Note
		}
	}
	if rep.Strict.Matched != 0 {
		t.Fatalf("matched %d, want the gold quote missed at 0.8", rep.Strict.Matched)
	}
	if !strings.HasPrefix(missed, "covered 0.75") || !strings.Contains(missed, "ready for the storm") {
		t.Errorf("missed note = %q, want the covering prediction", missed)
	}
	if !strings.Contains(spurious, "overlaps gold direct") {
		t.Errorf("spurious note = %q, want the gold quote it overlaps", spurious)
	}
}

// TestPartialsOfOneCue checks that partial quotes one reporting verb
// governs are scored as one attribution, from the first mark to the last,
// and that partial quotes of two verbs, or of two sentences, are not.
func TestPartialsOfOneCue(t *testing.T) {
	text := "Lund accused the firm of being “duped” by “a con” and Ode called it “a scam” and “a farce.” Ode called it “a lie.”"
	// span returns the n-th (from 0) occurrence of s in text
	span := func(s string, n int) segment.Span {
		i := 0
		for ; n >= 0; n-- {
			i += strings.Index(text[i:], s) + len(s)
		}
		return segment.Span{Start: i - len(s), End: i}
	}
	partial := func(words string, cue segment.Span) segment.Quote {
		return segment.Quote{Span: span(words, 0), Kind: segment.Partial, Speaker: "x", Cue: cue}
	}
	accused, called, called2 := span("accused", 0), span("called", 0), span("called", 1)
	qs := []segment.Quote{
		partial("duped", accused), partial("a con", accused),
		partial("a scam", called), partial("a farce.", called),
		partial("a lie.", called2),
	}
	var got []string
	for _, a := range attributions(text, qs) {
		got = append(got, text[a.pieces[0].Start:a.pieces[len(a.pieces)-1].End])
	}
	want := []string{"“duped” by “a con”", "“a scam” and “a farce.”", "“a lie.”"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("attributions %q, want %q", got, want)
	}
}
