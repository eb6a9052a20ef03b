package segment

// Span is a half-open byte range [Start, End) into the text that was
// segmented. Byte offsets keep segmentation allocation-free; the tables
// stage converts them to Unicode code points when it writes them out.
type Span struct {
	Start, End int
}

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Valid reports whether the span is set (a zero span is "no span").
func (s Span) Valid() bool { return s.End > s.Start }

// ParagraphKind tells a heading from a body paragraph.
type ParagraphKind uint8

// Paragraph kinds.
const (
	Body ParagraphKind = iota
	Heading
)

// String returns the kind as it is written in the tables.
func (k ParagraphKind) String() string {
	if k == Heading {
		return "heading"
	}
	return "body"
}

// Paragraph is one block of text separated from its neighbours by a blank line.
type Paragraph struct {
	Span
	Kind ParagraphKind
	// Dateline is the dateline that opens the paragraph with its dash and
	// the space after it ("WASHINGTON (Reuters) — "), or zero. It belongs to
	// no sentence: the paragraph's first sentence starts where it ends.
	Dateline Span
}

// Sentence is one sentence of a paragraph.
type Sentence struct {
	Span
	// Paragraph is the index of the paragraph the sentence belongs to.
	Paragraph int
	// Quote is the index into Document.Quotes of the direct or indirect quote
	// that holds this sentence, or -1.
	Quote int
}

// QuoteKind classifies a quote.
type QuoteKind uint8

// Quote kinds.
const (
	// Direct is a quoted statement attributed to a source.
	Direct QuoteKind = iota
	// Partial is a few quoted words inside a reported sentence.
	Partial
	// Indirect is reported speech without quote marks ("X said that ...").
	Indirect
)

// String returns the kind as it is written in the tables.
func (k QuoteKind) String() string {
	switch k {
	case Partial:
		return "partial"
	case Indirect:
		return "indirect"
	}
	return "direct"
}

// Quote is a direct, partial or indirect quote with its attribution.
type Quote struct {
	// Span covers the quoted words without the quote marks: from the start of
	// the first piece to the end of the last piece.
	Span
	// Pieces are the parts of a quote that is interrupted by its attribution
	// ("…,” she said, “…”) or runs over several paragraphs. A quote in one
	// piece has Pieces == nil.
	Pieces []Span
	// Paragraph is the index of the paragraph where the quote starts.
	Paragraph int
	Kind      QuoteKind
	// Speaker is the canonical name (titles stripped, resolved across the
	// article); empty when unknown.
	Speaker string
	// Role is the title or role stripped from the speaker ("Foreign Minister").
	Role string
	// Mention is where the speaker is named for this quote, as written
	// (a pronoun stays a pronoun here); for a quote with no attribution
	// of its own that takes the speaker of the quote or reported speech
	// before it (“A,” she said. “B.”), that one's mention, and for one
	// given the person its paragraph names before it, that name; zero
	// when there is none.
	Mention Span
	// Cue is the reporting verb as written; zero when there is none.
	Cue Span
}

// Document is the result of segmenting one article's text.
type Document struct {
	Paragraphs []Paragraph
	Sentences  []Sentence
	Quotes     []Quote
}
