package score

import (
	"context"

	"github.com/tonalhq/tonal/pipeline/article"
	"github.com/tonalhq/tonal/scoring"
)

// Stage is the score stage.
type Stage struct {
	Scorer *scoring.Scorer
}

// Process scores every article of the batch that is not rejected.
func (s Stage) Process(_ context.Context, batch []*article.Article) error {
	for _, a := range batch {
		if !a.Rejected() {
			s.Article(a)
		}
	}
	return nil
}

// Article scores the units of one segmented article.
func (s Stage) Article(a *article.Article) {
	d := &a.Doc
	a.SentenceScores = resize(a.SentenceScores, len(d.Sentences))
	for i, sen := range d.Sentences {
		s.Scorer.Score(a.Text[sen.Start:sen.End], &a.SentenceScores[i])
	}
	a.ParagraphScores = resize(a.ParagraphScores, len(d.Paragraphs))
	// Sentences are in paragraph order: walk them once.
	j := 0
	for i, p := range d.Paragraphs {
		k := j
		for k < len(d.Sentences) && d.Sentences[k].Paragraph == i {
			k++
		}
		if k > j {
			s.Scorer.Combine(&a.ParagraphScores[i], a.SentenceScores[j:k])
		} else {
			s.Scorer.Score(a.Text[p.Start:p.End], &a.ParagraphScores[i])
		}
		j = k
	}
	s.Scorer.Combine(&a.Scores, a.ParagraphScores)
	a.QuoteScores = resize(a.QuoteScores, len(d.Quotes))
	for i := range d.Quotes {
		s.Scorer.Score(a.QuoteText(i), &a.QuoteScores[i])
	}
}

func resize(s []scoring.Scores, n int) []scoring.Scores {
	if cap(s) >= n {
		return s[:n]
	}
	return make([]scoring.Scores, n)
}
