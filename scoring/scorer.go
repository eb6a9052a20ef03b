package scoring

import (
	"io/fs"
	"strings"

	"github.com/jonreiter/govader"
)

type Scorer struct {
	sia *govader.SentimentIntensityAnalyzer
}
type Option func(*config)
type config struct{}
type DimensionInfo struct {
	Name, Version, Hash string
	Entries             int
}

func WithUserLexicons(fsys fs.FS) Option { return func(*config) {} }
func New(opts ...Option) (*Scorer, error) {
	return &Scorer{sia: govader.NewSentimentIntensityAnalyzer()}, nil
}
func (s *Scorer) Dimensions() []DimensionInfo { return nil }
func (s *Scorer) Score(text string, dst *Scores) {
	v := s.sia.PolarityScores(text)
	*dst = Scores{Valence: Valence{Compound: v.Compound, Pos: v.Positive, Neu: v.Neutral, Neg: v.Negative}, Words: len(strings.Fields(text)), Dims: dst.Dims[:0]}
}
func (s *Scorer) Combine(dst *Scores, parts []Scores) {
	var out Scores
	for _, p := range parts {
		w := float64(p.Words)
		out.Words += p.Words
		out.Compound += w * p.Compound
	}
	if out.Words > 0 {
		out.Compound /= float64(out.Words)
	}
	*dst = out
}
