package scoring

// Column describes one score column of the tables: its name, a one-line
// description and how to read it from Scores.
type Column struct {
	Name, Doc string
	Get       func(*Scores) float64
}

// Columns lists the score columns in table order: the VADER valence, the
// GDELT-style tone fields, one dim_<name> per dimension (in the order of
// Dimensions) and cooperation_conflict.
func (s *Scorer) Columns() []Column { return append([]Column(nil), s.columns...) }

func (s *Scorer) buildColumns() []Column {
	cols := []Column{
		{"compound", "VADER compound valence in [-1, 1]", func(x *Scores) float64 { return x.Compound }},
		{"pos", "VADER share of positive sentiment", func(x *Scores) float64 { return x.Pos }},
		{"neu", "VADER share of neutral sentiment", func(x *Scores) float64 { return x.Neu }},
		{"neg", "VADER share of negative sentiment", func(x *Scores) float64 { return x.Neg }},
		{"tone", "positive_pct - negative_pct", func(x *Scores) float64 { return x.Tone.Tone }},
		{"positive_pct", "percent of words with positive VADER lexicon valence", func(x *Scores) float64 { return x.PositivePct }},
		{"negative_pct", "percent of words with negative VADER lexicon valence", func(x *Scores) float64 { return x.NegativePct }},
		{"polarity_pct", "percent of words in the tone dictionary (VADER lexicon)", func(x *Scores) float64 { return x.PolarityPct }},
		{"activity_pct", "percent of words that are active verbs (lexicons/activity.tsv)", func(x *Scores) float64 { return x.ActivityPct }},
		{"self_group_pct", "percent of words that are pronouns (lexicons/pronouns.tsv)", func(x *Scores) float64 { return x.SelfGroupPct }},
	}
	for i, d := range s.infos {
		cols = append(cols, Column{"dim_" + d.Name, "weighted " + d.Name + " terms per 100 words (lexicon version " + d.Version + ")", dimGetter(i)})
	}
	cols = append(cols,
		Column{"cooperation_conflict", "(cooperation - conflict) / (cooperation + conflict) in [-1, 1]; 0 when both are 0", func(x *Scores) float64 { return x.CooperationConflict }},
	)
	return cols
}

// dimGetter reads dimension i, or 0 from Scores of another Scorer that
// has fewer dimensions.
func dimGetter(i int) func(*Scores) float64 {
	return func(x *Scores) float64 {
		if i >= len(x.Dims) {
			return 0
		}
		return x.Dims[i]
	}
}
