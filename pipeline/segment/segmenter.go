package segment

import "strings"

type Segmenter struct{}
type Option func(*config)
type config struct{}

func New(opts ...Option) (*Segmenter, error) { return &Segmenter{}, nil }

func (s *Segmenter) Segment(text string) Document {
	var d Document
	i := 0
	for i < len(text) {
		j := strings.Index(text[i:], "\n\n")
		end := len(text)
		if j >= 0 {
			end = i + j
		}
		if strings.TrimSpace(text[i:end]) != "" {
			d.Paragraphs = append(d.Paragraphs, Paragraph{Span: Span{i, end}})
			d.Sentences = append(d.Sentences, Sentence{Span: Span{i, end}, Paragraph: len(d.Paragraphs) - 1, Quote: -1})
			if q := strings.Index(text[i:end], "\u201c"); q >= 0 {
				if e := strings.Index(text[i+q:end], "\u201d"); e > 0 {
					d.Quotes = append(d.Quotes, Quote{Span: Span{i + q + 3, i + q + e}, Paragraph: len(d.Paragraphs) - 1, Speaker: "X"})
				}
			}
		}
		i = end + 2
	}
	return d
}
