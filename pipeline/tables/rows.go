package tables

import (
	"unicode/utf8"

	"github.com/apache/arrow-go/v18/arrow/array"

	"github.com/tonalhq/tonal/pipeline/article"
	"github.com/tonalhq/tonal/pipeline/segment"
	"github.com/tonalhq/tonal/scoring"
)

// rowWriter appends one row field by field, in column order.
type rowWriter struct {
	b    *array.RecordBuilder
	i    int
	size int
}

func (r *rowWriter) str(s string) {
	r.b.Field(r.i).(*array.StringBuilder).Append(s)
	r.i++
	r.size += len(s) + 4
}

// strDict appends a string to a dictionary-encoded column (no different in
// Arrow; kept apart to show which columns are low-cardinality).
func (r *rowWriter) strDict(s string) { r.str(s) }

func (r *rowWriter) strOrNull(s string) {
	if s == "" {
		r.b.Field(r.i).AppendNull()
		r.i++
		r.size++
		return
	}
	r.str(s)
}

func (r *rowWriter) i32(v int) {
	r.b.Field(r.i).(*array.Int32Builder).Append(int32(v))
	r.i++
	r.size += 4
}

func (r *rowWriter) i32OrNull(v int, ok bool) {
	if !ok {
		r.b.Field(r.i).AppendNull()
		r.i++
		return
	}
	r.i32(v)
}

func (r *rowWriter) i64(v int64) {
	r.b.Field(r.i).(*array.Int64Builder).Append(v)
	r.i++
	r.size += 8
}

func (r *rowWriter) boolean(v bool) {
	r.b.Field(r.i).(*array.BooleanBuilder).Append(v)
	r.i++
	r.size++
}

func (r *rowWriter) unitHead(a *article.Article) {
	r.str(a.ID)
	r.strDict(a.Source)
	pb := r.b.Field(r.i).(*array.TimestampBuilder)
	if a.Published.IsZero() {
		pb.AppendNull()
	} else {
		pb.Append(timestampOf(a.Published))
	}
	r.i++
	r.size += 8
}

func (r *rowWriter) scores(cols []scoring.Column, s *scoring.Scores) {
	for _, c := range cols {
		r.b.Field(r.i).(*array.Float64Builder).Append(c.Get(s))
		r.i++
	}
	r.size += 8 * len(cols)
}

func (w *Writer) start(table string) (*tableWriter, rowWriter) {
	t := w.byName[table]
	return t, rowWriter{b: t.builder}
}

func (w *Writer) writeReject(a *article.Article) error {
	t, r := w.start(Rejects)
	r.strDict(a.Input)
	r.i64(a.Record)
	r.strDict(string(a.Reject.Reason))
	r.str(a.Reject.Detail)
	r.str(a.Reject.Excerpt)
	return t.row(r.size)
}

func (w *Writer) writeArticle(a *article.Article) error {
	t, r := w.start(Articles)
	r.unitHead(a)
	r.str(a.URL)
	r.str(a.Title)
	w.span(&r, segment.Span{Start: 0, End: len(a.Text)})
	r.str(a.Text)
	r.strDict(a.Input)
	r.i64(a.Record)
	r.i32(a.Scores.Words)
	r.i32(len(a.Doc.Paragraphs))
	r.i32(len(a.Doc.Sentences))
	r.i32(len(a.Doc.Quotes))
	r.boolean(a.RepairedUTF8)
	r.scores(w.scores, &a.Scores)
	return t.row(r.size)
}

func (w *Writer) writeParagraph(a *article.Article, i int) error {
	p := a.Doc.Paragraphs[i]
	t, r := w.start(Paragraphs)
	r.unitHead(a)
	r.i32(i)
	r.strDict(p.Kind.String())
	w.span(&r, p.Span)
	r.str(a.Text[p.Start:p.End])
	r.i32(a.ParagraphScores[i].Words)
	r.scores(w.scores, &a.ParagraphScores[i])
	return t.row(r.size)
}

func (w *Writer) writeSentence(a *article.Article, i int) error {
	s := a.Doc.Sentences[i]
	t, r := w.start(Sentences)
	r.unitHead(a)
	r.i32(s.Paragraph)
	r.i32(i)
	w.span(&r, s.Span)
	r.str(a.Text[s.Start:s.End])
	r.i32(a.SentenceScores[i].Words)
	inQuote := s.Quote >= 0 && s.Quote < len(a.Doc.Quotes)
	r.i32OrNull(s.Quote, inQuote)
	speaker := ""
	if inQuote {
		speaker = a.Doc.Quotes[s.Quote].Speaker
	}
	r.strOrNull(speaker)
	r.scores(w.scores, &a.SentenceScores[i])
	return t.row(r.size)
}

func (w *Writer) writeQuote(a *article.Article, i int) error {
	q := &a.Doc.Quotes[i]
	t, r := w.start(Quotes)
	r.unitHead(a)
	r.i32(i)
	r.i32(q.Paragraph)
	r.strDict(q.Kind.String())
	w.span(&r, q.Span)
	r.str(a.QuoteText(i))
	r.i32(a.QuoteScores[i].Words)
	r.i32(max(1, len(q.Pieces)))
	r.strOrNull(q.Speaker)
	r.strOrNull(q.Role)
	if q.Mention.Valid() {
		r.str(a.Text[q.Mention.Start:q.Mention.End])
		r.i32(w.cp.at(q.Mention.Start))
		r.i32(w.cp.at(q.Mention.End))
	} else {
		r.strOrNull("")
		r.i32OrNull(0, false)
		r.i32OrNull(0, false)
	}
	cue := ""
	if q.Cue.Valid() {
		cue = a.Text[q.Cue.Start:q.Cue.End]
	}
	r.strOrNull(cue)
	r.scores(w.scores, &a.QuoteScores[i])
	return t.row(r.size)
}

func (w *Writer) span(r *rowWriter, s segment.Span) {
	r.i32(w.cp.at(s.Start))
	r.i32(w.cp.at(s.End))
}

// cpIndex converts byte offsets into one text to code-point offsets. For
// ASCII text the two are the same and nothing is stored.
type cpIndex struct {
	ascii bool
	pos   []int32 // pos[b] = code points before byte b
}

func (c *cpIndex) reset(text string) {
	c.ascii = true
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			c.ascii = false
			break
		}
	}
	if c.ascii {
		return
	}
	if cap(c.pos) < len(text)+1 {
		c.pos = make([]int32, len(text)+1)
	}
	c.pos = c.pos[:len(text)+1]
	n := int32(0)
	for i := 0; i < len(text); i++ {
		c.pos[i] = n
		if !utf8.RuneStart(text[i]) {
			continue // a continuation byte maps to its rune's offset
		}
		n++
		c.pos[i] = n - 1
	}
	c.pos[len(text)] = n
}

// at returns the code-point offset of byte offset b.
func (c *cpIndex) at(b int) int {
	if c.ascii {
		return b
	}
	return int(c.pos[b])
}
