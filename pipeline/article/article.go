package article

import (
	"time"
	"unicode/utf8"

	"github.com/tonalhq/tonal/pipeline/segment"
	"github.com/tonalhq/tonal/scoring"
)

// Article is one input record on its way through the pipeline. Ingest fills
// the metadata and Raw; clean sets Text; segment sets Doc; score sets the
// scores. A stage that cannot handle the record sets Reject and later stages
// pass it by.
type Article struct {
	// Input is the input path as the user gave it (for a file found in a
	// directory: the directory joined with its relative path), or "-".
	Input string
	// Record is the 1-based line number for JSONL input, 0 for a whole file.
	Record int64

	ID, URL, Source, Title string
	// Published is the publication time in UTC; zero when unknown.
	Published time.Time

	// Raw is the article text as read (valid UTF-8: invalid bytes are
	// replaced, and RepairedUTF8 says so).
	Raw          string
	RepairedUTF8 bool

	// Text is the cleaned body all offsets refer to.
	Text string
	// Doc is the segmentation of Text.
	Doc segment.Document

	// Scores of the article as a whole, and of each unit, parallel to
	// Doc.Paragraphs, Doc.Sentences and Doc.Quotes.
	Scores          scoring.Scores
	ParagraphScores []scoring.Scores
	SentenceScores  []scoring.Scores
	QuoteScores     []scoring.Scores

	// Reject is set when the record cannot become an article.
	Reject *Reject
}

// Rejected reports whether the article was rejected.
func (a *Article) Rejected() bool { return a.Reject != nil }

// Reject says why a record did not become an article.
type Reject struct {
	Reason Reason
	// Detail adds context to the reason, such as a parser's message.
	Detail string
	// Excerpt is the start of the offending input, at most 200 bytes of
	// valid UTF-8.
	Excerpt string
}

// Reason is a stable, machine-readable reject reason.
type Reason string

// Reject reasons.
const (
	MalformedJSON     Reason = "malformed_json"
	MissingText       Reason = "missing_text"
	EmptyFile         Reason = "empty_file"
	BinaryFile        Reason = "binary_file"
	LineTooLong       Reason = "line_too_long"
	UnsupportedFormat Reason = "unsupported_format"
	EmptyAfterClean   Reason = "empty_after_cleaning"
	ReadError         Reason = "read_error"
)

// MaxExcerpt is the longest excerpt a Reject carries, in bytes.
const MaxExcerpt = 200

// Excerpt returns the start of b as valid UTF-8 of at most MaxExcerpt bytes.
func Excerpt(b []byte) string {
	if len(b) > MaxExcerpt {
		b = b[:MaxExcerpt]
	}
	out := make([]byte, 0, len(b))
	for _, r := range string(b) { // invalid bytes come out as U+FFFD
		if len(out)+utf8.RuneLen(r) > MaxExcerpt {
			break
		}
		out = utf8.AppendRune(out, r)
	}
	return string(out)
}

// QuoteText returns the words of quote i: the text of its span, or of its
// pieces joined by one space.
func (a *Article) QuoteText(i int) string {
	q := &a.Doc.Quotes[i]
	if len(q.Pieces) == 0 {
		return a.Text[q.Start:q.End]
	}
	n := len(q.Pieces) - 1
	for _, p := range q.Pieces {
		n += p.Len()
	}
	b := make([]byte, 0, n)
	for i, p := range q.Pieces {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, a.Text[p.Start:p.End]...)
	}
	return string(b)
}
