package segment

import (
	"strings"
	"unicode/utf8"
)

// rawQuote is a quote being built: its pieces and the marks around them.
type rawQuote struct {
	pieces []qpiece
	para   int
	fam    uint8
	closed bool
	// set by attribution
	att     attribution
	hasAtt  bool
	headAtt bool // the attribution came before the quote
	kind    QuoteKind
	drop    bool
	// weak marks a short partial quote dropped for want of an attribution
	// of its own, which a reported clause holding it takes back (reported)
	weak bool
	turn bool // a transcript turn, attributed by its label (transcript.go)
	// answers is 1 + the index in st.raw of the question, asked in the
	// paragraph before, that this quote answers (resolveExchange), or 0
	answers int32
	speaker string
	role    string
	// from is the mention of the quote or reported speech this quote,
	// which has no attribution of its own, takes its speaker from
	from Span
}

// mention returns where the quote's speaker is named: its attribution's
// mention, or the one it took its speaker from.
func (q *rawQuote) mention() Span {
	if q.att.mention.Valid() {
		return q.att.mention
	}
	return q.from
}

// qpiece is one piece of a quote: the words [s, e) and the marks around
// them, [os, ce) (ce == e when the piece was not closed).
type qpiece struct {
	s, e   int
	os, ce int
	para   int
}

// onePiece returns a one-piece slice for a new quote, cut from st.pieces so
// that most quotes need no allocation of their own. Its capacity is one:
// appending a second piece copies it.
func (st *state) onePiece(p qpiece) []qpiece {
	n := len(st.pieces)
	st.pieces = append(st.pieces, p)
	return st.pieces[n : n+1 : n+1]
}

func (q *rawQuote) start() int { return q.pieces[0].s }
func (q *rawQuote) end() int   { return q.pieces[len(q.pieces)-1].e }
func (q *rawQuote) last() *qpiece {
	return &q.pieces[len(q.pieces)-1]
}

// pairQuotes finds the quotes of every paragraph: it pairs opening and
// closing marks of one family, skips quotes nested inside them, continues
// a quote left open at the end of a paragraph when the next paragraph
// opens with a mark of the same family, and continues an open quote when a
// new opening mark follows a sentence end inside it ("…end. “Next…").
// An unclosed quote ends with its paragraph unless the next paragraph
// continues it, so an odd mark never pairs across the article.
func (st *state) pairQuotes() {
	text := st.text
	pending, skipped := -1, 0
	for pi := range st.doc.Paragraphs {
		p := st.doc.Paragraphs[pi]
		st.marks = scanMarks(text, p.Start, p.End, st.all, st.keys[st.paraKey[pi]:st.paraKey[pi+1]], st.marks[:0])
		marks := st.marks
		outer := -1
		var outerFam, innerFam uint8
		nested := false // a quote of the outer quote's own family inside it
		k := 0
		if pending >= 0 {
			q := &st.raw[pending]
			if len(marks) > 0 && marks[0].s == p.Start && marks[0].fam == q.fam && marks[0].role&canOpen != 0 && !(openedInClause(text, q.pieces[0].os, st.doc.Paragraphs[q.para].Start) && st.attributedOwn(pi, marks)) {
				m := marks[0]
				q.pieces = append(q.pieces, qpiece{s: m.e, e: p.End, os: m.s, ce: p.End, para: pi})
				outer, outerFam = pending, q.fam
				k = 1
			} else if len(marks) == 0 && skipped < 3 && furniture(text[p.Start:p.End]) {
				// "Club statement", "— Port Kell FC (@PortKellFC) May 2,
				// 2019": a line an embed leaves inside a statement that
				// goes on in the next paragraph
				skipped++
				continue
			}
			pending, skipped = -1, 0
		}
		for ; k < len(marks); k++ {
			m := marks[k]
			if outer < 0 {
				if m.role&canOpen != 0 && !(m.role == canOpen|canClose && k+1 >= len(marks)) {
					st.raw = append(st.raw, rawQuote{para: pi, fam: m.fam, pieces: st.onePiece(qpiece{s: m.e, e: p.End, os: m.s, ce: p.End, para: pi})})
					outer, outerFam, innerFam = len(st.raw)-1, m.fam, 0
				}
				continue
			}
			q := &st.raw[outer]
			if m.fam == outerFam {
				innerFam = 0
				if nested {
					nested = m.role&canClose == 0
					continue
				}
				if m.role == canOpen && nestedOpen(text, marks, k, p.Start, q.last().os) {
					nested = true // “… what he calls “hell” than …”
					continue
				}
				if m.role == canOpen {
					// a new opening mark inside an open quote: a continuation
					lp := q.last()
					lp.e, lp.ce = m.s, m.s
					q.pieces = append(q.pieces, qpiece{s: m.e, e: p.End, os: m.s, ce: p.End, para: pi})
					continue
				}
				if m.fam == famSingle && possessiveCloser(text, m, p.End) && laterCloser(marks[k+1:], famSingle) {
					continue
				}
				lp := q.last()
				lp.e, lp.ce = m.s, m.e
				q.closed = true
				outer = -1
				continue
			}
			if innerFam == 0 {
				if m.role&canOpen != 0 && m.role != canOpen|canClose || m.role == canOpen|canClose && leftSide(text, m.s, p.Start) {
					innerFam = m.fam
				}
				continue
			}
			if m.fam == innerFam && m.role&canClose != 0 {
				innerFam = 0
			}
		}
		if outer >= 0 {
			pending = outer
		}
	}
	// trim pieces and drop empty ones, in place: a quote is copied only
	// when one before it was dropped
	n := 0
	for qi := range st.raw {
		q := &st.raw[qi]
		ps := q.pieces[:0]
		for _, pc := range q.pieces {
			if pc.s < pc.e && (spaceFirst[text[pc.s]] || spaceLast[text[pc.e-1]]) {
				pc.s, pc.e = trimSpan(text, pc.s, pc.e) // most pieces need no trimming
			}
			if pc.s < pc.e {
				ps = append(ps, pc)
			}
		}
		if len(ps) == 0 {
			continue
		}
		q.pieces = ps
		if n < qi {
			st.raw[n] = *q
		}
		n++
	}
	st.raw = st.raw[:n]
}

// openedInClause reports whether the quote mark at byte os, in a
// paragraph that starts at ps, opens a few words inside a sentence, after
// a word in lower case: "Grayson said the plan is “really an amorphous
// position to have." A quote opened so and left open, before a paragraph
// whose quote has an attribution of its own (attributedOwn), is a closing
// mark forgotten, not a quote that goes on in the next paragraph.
func openedInClause(text string, os, ps int) bool {
	i := os
	for i > ps && text[i-1] == ' ' {
		i--
	}
	if i == os || i == ps {
		return false
	}
	c := text[i-1]
	return 'a' <= c && c <= 'z'
}

// attributedOwn reports whether the quote that opens paragraph pi, whose
// marks are marks, closes and has a reporting verb within three words
// after its closing mark: "“What we do here is, we legislate,” Grayson
// said."
func (st *state) attributedOwn(pi int, marks []mark) bool {
	close := -1
	for _, m := range marks[1:] {
		if m.fam == marks[0].fam && m.role&canClose != 0 {
			close = m.e
			break
		}
	}
	if close < 0 {
		return false
	}
	toks := st.paraToks(pi)
	for i := range toks {
		if toks[i].s < close {
			continue
		}
		for j := i; j < len(toks) && j < i+4; j++ {
			if t := &toks[j]; t.k == tWord && st.bits(t)&fVerb != 0 {
				return true
			}
		}
		return false
	}
	return false
}

// nestedOpen reports whether the opening mark marks[k], inside an open
// quote of its own family, opens a quote nested in it (“… what he calls
// “hell” than live …”) rather than going on with the open quote after a
// sentence end that merged paragraphs leave (“… end. “Next …”): no
// sentence end or mark comes before it, and two marks of its family that
// can close follow it, its own and the outer quote's. A mark written
// unlike the outer quote's opening mark, a curly one inside straight
// quotes or the other way round, around a term or title (termAfter: "…
// isn't about “Equal Justice Under Law” anymore.) needs only its own
// closing mark: the outer quote may go on into the next paragraph.
func nestedOpen(text string, marks []mark, k, ps, outerOs int) bool {
	m := marks[k]
	need := 2
	if (text[m.s] == '"') != (text[outerOs] == '"') && termAfter(text, marks, k) {
		need = 1
	}
	r, _ := runeBefore(text, m.s)
	for r == ' ' && m.s > ps {
		m.s--
		r, _ = runeBefore(text, m.s)
	}
	if m.s <= ps || r == '.' || r == '!' || r == '?' || r == '…' || isQuoteRune(r) {
		return false
	}
	closers := 0
	for _, n := range marks[k+1:] {
		if n.fam != m.fam {
			continue
		}
		if n.role&canClose == 0 {
			return false
		}
		if closers++; closers == need {
			return true
		}
	}
	return false
}

// termAfter reports whether the quote that marks[k] opens is closed by
// the next mark of its family with no comma, stop or other mark of speech
// just inside it, or holds a name in title case: a term or a title
// ("“Equal Justice Under Law”", "“Bathroom Bill,”"), not a statement
// ("“Here we go,”").
func termAfter(text string, marks []mark, k int) bool {
	for _, n := range marks[k+1:] {
		if n.fam != marks[k].fam {
			continue
		}
		if n.role&canClose == 0 {
			return false
		}
		r, _ := runeBefore(text, n.s)
		if !strings.ContainsRune(",.!?;:…—", r) {
			return true
		}
		if r != ',' && r != '.' {
			return false // "“U-S-A! U-S-A!”": a chant
		}
		// "for its “Bathroom Bill,” which": a name, its comma inside
		s, e := trimSpan(text, marks[k].e, n.s)
		e--
		return e > s && titleLike(text, s, e, countWordsMax(text[s:e], 7))
	}
	return false
}

// furniture reports whether paragraph text is a short line with no
// sentence end, such as an embed's credit or a caption.
func furniture(text string) bool {
	if len(text) > 80 || text == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text)
	return r != '.' && r != '!' && r != '?' && r != ':' && r != ','
}

// possessiveCloser reports a closing single mark that reads as a plural
// possessive ("the farmers’ union"): after an s, before a space and a
// lower-case word that may follow a possessive, not a preposition, a
// determiner or a verb of being ("for ‘more patrols’ in winter").
func possessiveCloser(text string, m mark, pe int) bool {
	pr, _ := runeBefore(text, m.s)
	if pr != 's' || m.e >= pe || text[m.e] != ' ' {
		return false
	}
	r, _ := runeAt(text, m.e+1)
	if !isLower(r) {
		return false
	}
	w := text[m.e+1:]
	if i := strings.IndexAny(w, " ,.;:!?"); i >= 0 {
		w = w[:i]
	}
	return !noPossessed(w)
}

// noPossessed reports the words that cannot follow a plural possessive
// ("the farmers’ union", "the boys’ and girls’ teams"), so a single mark
// before them closes a quote.
func noPossessed(w string) bool {
	if isPreposition(w) {
		return true
	}
	switch w {
	case "the", "a", "an", "is", "was", "are", "were", "has", "have", "had", "will", "would",
		"that", "which", "who", "as", "but", "he", "she", "it", "they", "we", "i":
		return true
	}
	return false
}

// laterCloser reports whether a mark of family fam that can close comes in
// ms before one that only opens: when a new quote opens first, the mark
// before ms closed the quote it belongs to.
func laterCloser(ms []mark, fam uint8) bool {
	for _, m := range ms {
		if m.fam != fam {
			continue
		}
		if m.role&canClose != 0 {
			return true
		}
		if m.role == canOpen {
			return false
		}
	}
	return false
}

// MarkedPieces returns the pieces of q widened to take in the quote marks
// around each piece, as gold annotations of quotes do. An indirect quote's
// pieces are returned as they are.
func MarkedPieces(text string, q Quote) []Span {
	ps := q.Pieces
	if len(ps) == 0 {
		ps = []Span{q.Span}
	}
	out := make([]Span, 0, len(ps))
	for _, p := range ps {
		if q.Kind == Indirect {
			out = append(out, p)
			continue
		}
		s, e := p.Start, p.End
		if r, n := runeBefore(text, s); isQuoteRune(r) {
			s -= n
			if r2, n2 := runeBefore(text, s); (r == '\'' && r2 == '\'') || (r == '`' && r2 == '`') || (r == 0x2019 && r2 == 0x2019) {
				s -= n2
			}
		}
		if r, n := runeAt(text, e); isQuoteRune(r) {
			e += n
			if r2, n2 := runeAt(text, e); (r == '\'' || r == 0x2019) && r2 == r {
				e += n2
			}
		}
		out = append(out, Span{s, e})
	}
	return out
}
