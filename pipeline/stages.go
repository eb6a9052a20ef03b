package pipeline

import (
	"context"

	"github.com/tonalhq/tonal/pipeline/article"
	"github.com/tonalhq/tonal/pipeline/segment"
)

// Segment is the segment stage: it splits each article's cleaned text into
// paragraphs, sentences and quotes.
type Segment struct {
	Segmenter *segment.Segmenter
}

// Process segments every article of the batch that is not rejected.
func (s Segment) Process(_ context.Context, batch []*article.Article) error {
	for _, a := range batch {
		if !a.Rejected() {
			a.Doc = s.Segmenter.Segment(a.Text)
		}
	}
	return nil
}
