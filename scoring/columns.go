package scoring

// Column describes one score column of the output tables: its name, what it
// means, and how to read it from Scores.
type Column struct {
	Name string
	Doc  string
	Get  func(*Scores) float64
}

// Columns lists the score columns in table order. Adding a score column is
// one line here.
func (s *Scorer) Columns() []Column {
	cols := []Column{
		{"compound", "VADER compound valence in [-1, 1]", func(x *Scores) float64 { return x.Compound }},
		{"pos", "VADER share of positive sentiment", func(x *Scores) float64 { return x.Pos }},
		{"neu", "VADER share of neutral sentiment", func(x *Scores) float64 { return x.Neu }},
		{"neg", "VADER share of negative sentiment", func(x *Scores) float64 { return x.Neg }},
	}
	for i, d := range s.Dimensions() {
		i := i
		cols = append(cols, Column{"dim_" + d.Name, "weighted " + d.Name + " matches per 100 words", func(x *Scores) float64 {
			if i < len(x.Dims) {
				return x.Dims[i]
			}
			return 0
		}})
	}
	return cols
}
