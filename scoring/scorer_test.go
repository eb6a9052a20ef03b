package scoring

import (
	"math"
	"os"
	"slices"
	"strings"
	"testing"
)

func fixtureScorer(t testing.TB, user bool) *Scorer {
	opts := []Option{WithLexicons(os.DirFS("testdata/fixture"))}
	if user {
		opts = append(opts, WithUserLexicons(os.DirFS("testdata/fixture-user")))
	}
	return newTestScorer(t, opts...)
}

// dimScores scores text and returns dimension name -> matched weight sum
// (dim × words / 100).
func dimSums(s *Scorer, text string) map[string]float64 {
	var sc Scores
	s.Score(text, &sc)
	out := map[string]float64{}
	for i, d := range s.Dimensions() {
		out[d.Name] = math.Round(sc.Dims[i]*float64(sc.Words)) / 100
	}
	return out
}

func TestDimensionMatching(t *testing.T) {
	s := fixtureScorer(t, false)
	tests := []struct {
		name, text        string
		cooperation, conf float64
	}{
		{"single word", "The talks went on.", 1, 0},
		{"multi-word before its parts", "Peace talks went on.", 2, 0},
		{"longest first", "They will resume peace talks.", 3, 0},
		{"each word once", "Peace talks, talks and more talks.", 4, 0},
		{"wildcard", "They agreed, and agreement followed; they are agreeable.", 3, 0},
		{"wildcard matches the bare prefix", "Agree or not.", 1, 0},
		{"wildcard is a prefix only", "They disagree.", 0, 0},
		{"case-insensitive", "PEACE TALKS resumed.", 2, 0},
		{"punctuation stripped", "\"Talks\" (again).", 1, 0},
		{"curly quotes stripped", "‘Talks’ again.", 1, 0},
		{"two dimensions", "Rebels clashed during the talks.", 1, 1},
		{"weights", "New sanctions and more sanctions.", 0, 1},
		{"negated by not", "There were not any talks.", 0, 0},
		{"negated by no", "No talks are planned.", 0, 0},
		{"negated by n't", "They didn't agree.", 0, 0},
		{"negated by curly n't", "They didn’t agree.", 0, 0},
		{"negated by without", "Weeks passed without any talks.", 0, 0},
		{"negated by lack of", "The lack of talks worried them.", 0, 0},
		{"negated by little", "There was little cooperation.", 0, 0},
		{"a little is not negation", "There was a little cooperation.", 1, 0},
		{"negator too far back", "No one expected that the talks would start.", 1, 0},
		{"negation stops at a clause end", "No, the talks will go ahead.", 1, 0},
		{"negated multi-word", "There will be no peace talks.", 0, 0},
		{"term containing a negator word", "A lack of trust grew.", 1, 0},
		{"multi-word not across a clause end", "They want peace. Talks follow.", 1, 0},
		{"multi-word across double space", "Peace  talks resumed.", 2, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := dimSums(s, tc.text)
			if got["cooperation"] != tc.cooperation || got["conflict"] != tc.conf {
				t.Errorf("%q: cooperation %.2f conflict %.2f, want %.2f %.2f", tc.text, got["cooperation"], got["conflict"], tc.cooperation, tc.conf)
			}
		})
	}
}

func TestUserLexicons(t *testing.T) {
	s := fixtureScorer(t, true)
	var names []string
	for _, d := range s.Dimensions() {
		names = append(names, d.Name+"@"+d.Version)
	}
	if want := []string{"conflict@7", "cooperation@3", "alarm@1"}; !slices.Equal(names, want) {
		t.Fatalf("dimensions %v, want %v", names, want)
	}
	got := dimSums(s, "The feud over sanctions made them sound the alarm.")
	if got["conflict"] != 2 || got["alarm"] != 2 {
		t.Errorf("got %v; want conflict 2 (user replaced sanctions by feud), alarm 2", got)
	}
	var cols []string
	for _, c := range s.Columns() {
		cols = append(cols, c.Name)
	}
	want := "compound pos neu neg tone positive_pct negative_pct polarity_pct activity_pct self_group_pct " +
		"dim_conflict dim_cooperation dim_alarm cooperation_conflict"
	if strings.Join(cols, " ") != want {
		t.Errorf("columns %v, want %s", cols, want)
	}
}

func TestCooperationConflict(t *testing.T) {
	s := fixtureScorer(t, false)
	tests := []struct {
		name, text string
		want       float64
	}{
		{"neither", "The weather was fine.", 0},
		{"only cooperation", "The talks went on.", 1},
		{"only conflict", "Troops clashed.", -1},
		{"balanced", "Troops clashed before the talks.", 0},
		{"more cooperation", "Troops clashed before the peace talks.", (2 - 1) / 3.0},
	}
	var sc Scores
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s.Score(tc.text, &sc)
			if math.Abs(sc.CooperationConflict-tc.want) > 1e-12 {
				t.Errorf("%q: cooperation_conflict %.4f, want %.4f", tc.text, sc.CooperationConflict, tc.want)
			}
		})
	}
	// Without a conflict dimension the index is 0.
	only := newTestScorer(t, WithLexicons(os.DirFS("testdata/fixture-user")))
	only.Score("The feud and the alarm.", &sc)
	if sc.CooperationConflict != 0 {
		t.Errorf("scorer without both dimensions: %v", sc.CooperationConflict)
	}
}

func TestTone(t *testing.T) {
	s := fixtureScorer(t, false)
	tests := []struct {
		name, text          string
		words               int
		pos, neg, act, pron float64 // counts
	}{
		{"positive and negative", "The good plan met bad news.", 6, 1, 1, 1, 0},
		{"active verbs", "Police arrested two men and seized weapons.", 7, 0, 2, 2, 0},
		{"pronouns", "We said they would help us.", 6, 1, 0, 0, 3},
		{"US is not a pronoun", "The US said it would help.", 6, 1, 0, 0, 1},
		{"punctuation is not a word", "Good - very good !", 3, 2, 0, 0, 0},
		{"empty", "", 0, 0, 0, 0, 0},
	}
	var sc Scores
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s.Score(tc.text, &sc)
			if sc.Words != tc.words {
				t.Fatalf("%q: %d words, want %d", tc.text, sc.Words, tc.words)
			}
			pct := func(k float64) float64 {
				if tc.words == 0 {
					return 0
				}
				return 100 * k / float64(tc.words)
			}
			want := Tone{Tone: pct(tc.pos) - pct(tc.neg), PositivePct: pct(tc.pos), NegativePct: pct(tc.neg),
				PolarityPct: pct(tc.pos + tc.neg), ActivityPct: pct(tc.act), SelfGroupPct: pct(tc.pron)}
			if sc.Tone != want {
				t.Errorf("%q: tone %+v, want %+v", tc.text, sc.Tone, want)
			}
		})
	}
}

func TestCombine(t *testing.T) {
	s := fixtureScorer(t, false)
	sents := []string{"Troops clashed near the border.", "Peace talks resumed on Monday and went well.", ""}
	parts := make([]Scores, len(sents))
	for i, x := range sents {
		s.Score(x, &parts[i])
	}
	var c Scores
	s.Combine(&c, parts)
	if c.Words != parts[0].Words+parts[1].Words {
		t.Errorf("words %d", c.Words)
	}
	w0, w1 := float64(parts[0].Words), float64(parts[1].Words)
	mean := func(a, b float64) float64 { return (w0*a + w1*b) / (w0 + w1) }
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-12 }
	if !near(c.Compound, mean(parts[0].Compound, parts[1].Compound)) || !near(c.ActivityPct, mean(parts[0].ActivityPct, parts[1].ActivityPct)) {
		t.Errorf("combined %+v from %+v", c, parts)
	}
	// Dimensions and percentages combine exactly: as if scored whole.
	var whole Scores
	s.Score(strings.Join(sents, " "), &whole)
	for d := range c.Dims {
		if !near(c.Dims[d], whole.Dims[d]) {
			t.Errorf("dim %d: combined %v, whole %v", d, c.Dims[d], whole.Dims[d])
		}
	}
	if !near(c.PositivePct, whole.PositivePct) || !near(c.CooperationConflict, whole.CooperationConflict) {
		t.Errorf("combined %+v, whole %+v", c.Tone, whole.Tone)
	}
	if want := (2.0 - 1) / 3; !near(c.CooperationConflict, want) {
		t.Errorf("cooperation_conflict %v, want %v (recomputed, not averaged)", c.CooperationConflict, want)
	}
	s.Combine(&c, nil)
	if c.Words != 0 || len(c.Dims) != len(s.Dimensions()) || c.Compound != 0 {
		t.Errorf("Combine(nil) = %+v", c)
	}
}

func TestScoreReusesDims(t *testing.T) {
	s := newTestScorer(t)
	sc := Scores{Dims: make([]float64, 0, 16)}
	p := &sc.Dims[:1][0]
	s.Score("The talks were encouraging.", &sc)
	if len(sc.Dims) != len(s.Dimensions()) || &sc.Dims[0] != p {
		t.Errorf("Dims not reused: len %d", len(sc.Dims))
	}
	if raceEnabled {
		t.Skip("skipping the allocation check: sync.Pool drops items under -race")
	}
	if n := testing.AllocsPerRun(100, func() { s.Score("Rebels threatened to attack, but talks may resume.", &sc) }); n != 0 {
		t.Errorf("Score allocates %v times per call", n)
	}
}

func FuzzScore(f *testing.F) {
	for _, x := range []string{"", "   ", "The plan is not good!!", "VADER is VERY SMART, but FUNNY??",
		"😀good ❤️ ‘news’", "no no no never without", "\xff\xfe bad", "Peace  talks,\tclashed\nthreat*", ":) :( :D"} {
		f.Add(x)
	}
	s := fixtureScorer(f, true)
	f.Fuzz(func(t *testing.T, text string) {
		var sc Scores
		s.Score(text, &sc)
		vals := []float64{sc.Compound, sc.Pos, sc.Neu, sc.Neg, sc.CooperationConflict}
		for _, c := range s.Columns() {
			vals = append(vals, c.Get(&sc))
		}
		for _, v := range vals {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				t.Fatalf("%q: non-finite score in %+v", text, sc)
			}
		}
		if sc.Compound < -1 || sc.Compound > 1 || sc.CooperationConflict < -1 || sc.CooperationConflict > 1 {
			t.Fatalf("%q: out of range %+v", text, sc)
		}
		sum := sc.Pos + sc.Neu + sc.Neg
		if math.Abs(sum-1) > 1e-9 && sum != 0 {
			t.Fatalf("%q: pos+neu+neg = %v", text, sum)
		}
		if len(sc.Dims) != len(s.Dimensions()) {
			t.Fatalf("%q: %d dims", text, len(sc.Dims))
		}
	})
}

// newsParagraphs are fictional news paragraphs written for the benchmark.
var newsParagraphs = []string{
	`Negotiators from Arvenia and Korvath agreed on Tuesday to resume peace talks in Quilmar next month, ` +
		`ending a three-week pause that followed clashes along the disputed border. "We are cautiously optimistic," ` +
		`said the mediator, Lena Marsh, adding that both delegations had shown a willingness to compromise on the ` +
		`exchange of prisoners. Officials in Korvath, however, warned that any new incursion would be met with force.`,
	`The central bank raised its key rate by half a point, its fourth increase this year, and signalled that ` +
		`further hikes may follow if inflation does not ease. Analysts said the decision was largely expected, ` +
		`although some suggested the bank could pause in the spring. Shares in Pelmark fell slightly after the ` +
		`announcement, while the currency rose to its strongest level in two years.`,
	`Rescue crews worked through the night to reach villagers stranded by the floods, which have destroyed ` +
		`hundreds of homes and killed at least twelve people. The governor praised the volunteers' courage but ` +
		`criticised the slow arrival of federal aid. "We cannot wait any longer," she told reporters. Forecasters ` +
		`expect more heavy rain over the weekend, and it is unclear whether the dams will hold.`,
	`The opposition accused the government of hiding the true cost of the stadium project and threatened to ` +
		`block the budget unless an independent audit is ordered. Ministers rejected the claims as baseless. ` +
		`The dispute comes as both parties prepare for elections in May, with polls suggesting a close race.`,
}

func BenchmarkScoreParagraph(b *testing.B) {
	s := newTestScorer(b)
	if len(s.Dimensions()) == 0 {
		b.Skip("skipping: no dimension lexicons in lexicons/dimensions")
	}
	size := 0
	for _, p := range newsParagraphs {
		size += len(p)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var sc Scores
	for b.Loop() {
		for _, p := range newsParagraphs {
			s.Score(p, &sc)
		}
	}
}
