package segment

import (
	"io/fs"
	"sort"
	"sync"

	"github.com/tonalhq/tonal/lexicons"
)

// Segmenter splits article text into paragraphs, sentences and quotes and
// attributes the quotes. A Segmenter is immutable and safe for concurrent
// use; build it once with New.
type Segmenter struct {
	lx *lexicon
	// scratch recycles the per-call buffers (marks, tokens, people); the
	// pool belongs to this Segmenter, so there is no package-level state.
	scratch *sync.Pool
}

// scratch holds the buffers one Segment call reuses.
type scratch struct {
	marks  []mark
	toks   []tok
	people []person
	ments  []pmention
}

// Option configures a Segmenter.
type Option func(*config)

type config struct {
	fsys fs.FS
}

// WithLexicons reads the word lists (reporting_verbs.tsv, titles.tsv,
// abbreviations.tsv) from fsys instead of the embedded lexicons.FS.
func WithLexicons(fsys fs.FS) Option {
	return func(c *config) { c.fsys = fsys }
}

// New returns a Segmenter built from the lexicons, by default the ones
// embedded in package lexicons. It fails with ErrLexicon when a word list
// is missing or malformed.
func New(opts ...Option) (*Segmenter, error) {
	c := config{fsys: lexicons.FS}
	for _, o := range opts {
		o(&c)
	}
	lx, err := loadLexicon(c.fsys)
	if err != nil {
		return nil, err
	}
	return &Segmenter{lx: lx, scratch: &sync.Pool{New: func() any { return new(scratch) }}}, nil
}

// Lexicons names the word lists the Segmenter was built from, with their
// versions and content hashes.
func (s *Segmenter) Lexicons() []LexiconInfo {
	return append([]LexiconInfo(nil), s.lx.info...)
}

// state is the scratch space of one Segment call.
type state struct {
	text   string
	lx     *lexicon
	doc    Document
	marks  []mark
	raw    []rawQuote
	toks   []tok
	people []person
	ments  []pmention
}

// Segment splits text into a Document: paragraphs (blank-line separated),
// sentences, direct and partial quotes and reported speech, each quote with
// its speaker. Offsets are bytes into text. Segment never panics; text
// that is not valid UTF-8 is segmented as well as it can be.
func (s *Segmenter) Segment(text string) Document {
	sc := s.scratch.Get().(*scratch)
	st := state{text: text, lx: s.lx, marks: sc.marks[:0], toks: sc.toks[:0], people: sc.people[:0], ments: sc.ments[:0]}
	defer func() {
		clear(st.people) // drop the strings they hold
		sc.marks, sc.toks, sc.people, sc.ments = st.marks[:0], st.toks[:0], st.people[:0], st.ments[:0]
		s.scratch.Put(sc)
	}()
	st.doc.Paragraphs = splitParagraphs(text, make([]Paragraph, 0, 16))
	st.doc.Sentences = make([]Sentence, 0, len(text)/100+4)
	for pi, p := range st.doc.Paragraphs {
		st.doc.Sentences = s.lx.splitSentences(text, p, pi, st.doc.Sentences)
	}
	st.pairQuotes()
	st.scanPeople()
	st.attributeAll()
	st.reported()
	st.finish()
	return st.doc
}

// finish turns the raw quotes into Document.Quotes, sorted by start, and
// links sentences to the quote that holds them.
func (st *state) finish() {
	qs := make([]Quote, 0, len(st.raw))
	for i := range st.raw {
		q := &st.raw[i]
		if q.drop {
			continue
		}
		out := Quote{
			Span:      Span{q.start(), q.end()},
			Paragraph: q.para,
			Kind:      q.kind,
			Speaker:   q.speaker,
			Role:      q.role,
			Mention:   q.att.mention,
			Cue:       q.att.cue,
		}
		if len(q.pieces) > 1 {
			out.Pieces = make([]Span, len(q.pieces))
			for j, p := range q.pieces {
				out.Pieces[j] = Span{p.s, p.e}
			}
		}
		qs = append(qs, out)
	}
	sort.SliceStable(qs, func(i, j int) bool { return qs[i].Start < qs[j].Start })
	st.doc.Quotes = qs
	if len(qs) == 0 {
		return
	}
	// Link sentences: a sentence belongs to the quote that covers at least
	// half of it, or to the indirect quote it holds; a direct or partial
	// quote wins over an indirect one.
	for si := range st.doc.Sentences {
		sn := &st.doc.Sentences[si]
		best, bestKind := -1, Indirect
		for qi := range qs {
			q := &qs[qi]
			if q.Start >= sn.End {
				break
			}
			if q.End <= sn.Start {
				continue
			}
			inside := q.Kind == Indirect && q.Start >= sn.Start && q.End <= sn.End
			if !inside && covered(q, sn.Span)*2 < sn.Len() {
				continue
			}
			if best < 0 || q.Kind != Indirect && bestKind == Indirect {
				best, bestKind = qi, q.Kind
			}
		}
		sn.Quote = best
	}
}

// covered returns how many bytes of sp the quote's pieces cover.
func covered(q *Quote, sp Span) int {
	if len(q.Pieces) == 0 {
		return overlap(q.Span, sp)
	}
	n := 0
	for _, p := range q.Pieces {
		n += overlap(p, sp)
	}
	return n
}

func overlap(a, b Span) int {
	s, e := max(a.Start, b.Start), min(a.End, b.End)
	if e > s {
		return e - s
	}
	return 0
}
