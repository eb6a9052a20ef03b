package segment

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitSentences appends the sentences of paragraph pi, whose tokens end
// st.all, to st.sents, and their token ranges to st.sentTok. keys are the
// indexes in st.all of the paragraph's tokens, or of any of them that hold
// all its stop tokens and words that end in a full stop (state.keys): a
// sentence can only end there, so the text is not read byte by byte, and
// the token range of a sentence is read on from the token it ends at.
//
// A sentence ends at . ! ? or an ellipsis, followed by any closing quote
// marks and brackets, then space, then something that can start a sentence
// (a capital, a digit, an opening quote or bracket) or the end of the
// paragraph. A full stop does not end a sentence after an initial ("J. R.
// Smith"), a title abbreviation ("Mr."), or another abbreviation unless a
// clear sentence start follows. The first line of a paragraph that reads as
// a heading (short, no final punctuation) is its own sentence. A dateline is
// left out of every sentence.
func (st *state) splitSentences(p Paragraph, pi int, keys []int) {
	text, all, lx := st.text, st.all, st.lx
	s, e := p.Start, p.End
	if p.Dateline.Valid() {
		s = p.Dateline.End
	}
	// y is the first token that ends after the previous sentence, none
	// before it after the next one's start
	y := st.paraTok[pi]
	// emit appends the sentence [a, b) trimmed; no token before z ends
	// after b
	emit := func(a, b, z int) {
		// most sentences neither start nor end with space
		if a < b && (spaceFirst[text[a]] || spaceLast[text[b-1]]) {
			a, b = trimSpan(text, a, b)
		}
		if a < b {
			for y < len(all) && all[y].e <= a {
				y++
			}
			z = max(z, y)
			for z < len(all) && all[z].e <= b {
				z++
			}
			st.sents = append(st.sents, Sentence{Span: Span{a, b}, Paragraph: pi, Quote: -1})
			st.sentTok = append(st.sentTok, y, z)
			y = z
		}
	}
	if p.Kind == Heading {
		emit(p.Start, p.End, len(all)) // all tokens of the paragraph end by p.End
		return
	}
	first := len(st.sents) // the paragraph's first sentence
	start := s
	// A heading-like first line ("Analysis\nThe talks ...").
	nl := st.paraNL[pi]
	if nl != noNewline && nl < s { // unknown, or before the dateline's end
		nl = indexByteRange(text, s, e, '\n')
	}
	if nl >= 0 && isHeading(text, s, nl) {
		if r, _ := runeAt(text, skipSpace(text, nl, e)); isUpper(r) {
			emit(s, nl, y)
			start = nl + 1
		}
	}
	pos := start // candidates before pos were read already
	for _, x := range keys {
		t := &all[x]
		var i int
		switch {
		case t.k == tStop:
			i = t.s
		case t.f&fDot != 0:
			i = t.e - 1
		default:
			continue
		}
		if i < pos || i >= e {
			continue
		}
		var end int // end of the terminal punctuation run
		switch c := text[i]; {
		case c == '.' || c == '!' || c == '?':
			end = i + 1
		case c == 0xE2 && i+2 < len(text) && text[i+1] == 0x80 && text[i+2] == 0xA6: // …
			end = i + 3
		case c >= 0xE3:
			if r, n := runeIn(text, i); fullWidthStop(r) {
				// 。！？ end a sentence with no space after them
				j := i + n
				for j < e {
					r, n := runeIn(text, j)
					if r != 0x300D && r != 0x300F && r != 0xFF09 && r != 0x201D && r != 0x2019 && !fullWidthStop(r) {
						break // 」』） and closing quotes stay with the sentence
					}
					j += n
				}
				k := skipSpace(text, j, e)
				if k < e && j > i+n && k == j {
					// 「…。」と述べた: a particle after the closing bracket
					// goes on with the sentence
					if r, _ := runeIn(text, k); r >= 0x3040 && r <= 0x309F {
						continue
					}
				}
				if k < e {
					emit(start, j, x+1)
					start, pos = k, k
				}
			}
			continue
		default:
			continue
		}
		// extend over more terminal punctuation, then closing marks
		j := end
		for j < e {
			if c := text[j]; c < utf8.RuneSelf {
				if !runCloser[c] {
					break
				}
				j++
				continue
			}
			r, n := runeIn(text, j)
			if r == 0x2026 || r == 0x201D || r == 0x2019 || r == 0xBB || r == 0x201C {
				j += n
				continue
			}
			break
		}
		if j < e {
			r, _ := runeIn(text, j)
			if !isSpaceRune(r) {
				pos = j
				if j == end {
					pos = end
				}
				continue
			}
		}
		// k: the next sentence's start; most often one space stands
		// before it
		k := j + 1
		if k >= e || text[j] != ' ' || spaceFirst[text[k]] {
			k = skipSpace(text, j, e)
		}
		// an abbreviation's stop that a closing quote mark follows before a
		// capital ends the sentence: "… allowing dockers in." Former …"
		closedAbbr := t.f&fDot != 0 && j > end && closingMark(text, end, j) && k < e && upperAt(text, k)
		if k < e && !closedAbbr && !lx.endsSentence(text, s, i, end, k, e, x > 0 && plainStop(text, s, t, &all[x-1])) {
			pos = j
			continue
		}
		if k < e && j > end && (text[i] == '?' || text[i] == '!') && closingMark(text, end, j) && lx.attributionAt(text, k, e) {
			// “Why is he attacking me?” Ode said.: the attribution is
			// part of the quote's sentence
			pos = j
			continue
		}
		emit(start, j, x+1) // the sentence ends after token x
		start = k
		pos = k
	}
	emit(start, e, len(all)) // the paragraph ends at e, after its tokens
	if e-s > maxSentence {
		st.cutLongSentences(first)
	}
}

// cutLongSentences cuts each of st.sents[first:] that is longer than
// maxSentence at spaces (cutAt), with its token range in st.sentTok. A
// run with no sentence end (a list, a page's debris) is cut so, that no
// sentence be longer than the rules that read a sentence once per quote
// or name in it can bear.
func (st *state) cutLongSentences(first int) {
	long := false
	for _, sn := range st.sents[first:] {
		long = long || sn.End-sn.Start > maxSentence
	}
	if !long {
		return
	}
	sents := slices.Clone(st.sents[first:])
	toks := slices.Clone(st.sentTok[2*first:])
	st.sents, st.sentTok = st.sents[:first], st.sentTok[:2*first]
	all := st.all
	for i, sn := range sents {
		a, b := sn.Start, sn.End
		y, z := toks[2*i], toks[2*i+1]
		for b-a > maxSentence {
			c := cutAt(st.text, a, b)
			if c < 0 {
				break
			}
			w := y
			for w < z && all[w].e <= c {
				w++
			}
			st.sents = append(st.sents, Sentence{Span: Span{a, c}, Paragraph: sn.Paragraph, Quote: -1})
			st.sentTok = append(st.sentTok, y, w)
			y = w
			a, _ = trimSpan(st.text, c, b)
		}
		sn.Start = a
		st.sents = append(st.sents, sn)
		st.sentTok = append(st.sentTok, y, z)
	}
}

// maxSentence is the most bytes a sentence holds: a longer run with no
// sentence end is cut at a space (cutAt). News sentences are far shorter
// (the longest in 437 real articles is about 1,600 bytes, a tour's
// dates run together).
const maxSentence = 2048

// cutAt returns where a sentence text[a:b], longer than maxSentence, is
// cut: after the last space of its first maxSentence bytes, the text
// before it trimmed, or after the first space past them; -1 when none
// leaves words on both sides.
func cutAt(text string, a, b int) int {
	lim := a + maxSentence
	i := strings.LastIndexByte(text[a+maxSentence/2:lim], ' ')
	if i >= 0 {
		i += a + maxSentence/2
	} else if i = strings.IndexByte(text[lim:b], ' '); i >= 0 {
		i += lim
	} else {
		return -1
	}
	if _, c := trimSpan(text, a, i); c > a {
		if d, _ := trimSpan(text, i, b); d < b {
			return c
		}
	}
	return -1
}

// closingMark reports whether text[i:j], the run after a full stop,
// holds a closing quote mark: " ” ’ ' or ».
func closingMark(text string, i, j int) bool {
	for i < j {
		r, n := runeIn(text, i)
		if r == '"' || r == '\'' || r == 0x201D || r == 0x2019 || r == 0xBB {
			return true
		}
		i += n
	}
	return false
}

// plainStop reports whether the stop token t follows the token w, a word
// that starts with an ASCII byte at or after s, after a byte where
// endsSentence's walk back stops (inWordBefore). The tokenizer kept the
// full stop out of w, so w with it is no listed abbreviation, no initial
// and no dotted letters, and endsSentence need not read w again.
func plainStop(text string, s int, t, w *tok) bool {
	return t.k == tStop && w.k == tWord && w.e == t.s && w.s >= s && text[w.s] < utf8.RuneSelf &&
		(w.s == 0 || text[w.s-1] < utf8.RuneSelf && !inWordBefore[text[w.s-1]])
}

// endsSentence decides a candidate boundary: punctuation at [p, pend) with
// the next sentence's first byte at k, below e, the paragraph's end. s is
// the start of the paragraph text. plain tells that the stop follows a
// word that cannot make it an abbreviation's or an initial's (plainStop):
// then a sentence ends when one can start at k.
func (lx *lexicon) endsSentence(text string, s, p, pend, k, e int, plain bool) bool {
	next, _ := runeIn(text, k)
	starter := isUpper(next) || isDigit(next) || isQuoteRune(next) || next == '(' || next == '[' || isDash(next) || next == 0x2026 ||
		next >= utf8.RuneSelf && caseless(next)
	if !starter {
		return false
	}
	if plain {
		return true
	}
	if text[p] != '.' || pend-p != 1 || (p+1 < len(text) && text[p+1] == '.') {
		return true
	}
	if p > s && text[p-1] == '.' { // the end of "..."
		return true
	}
	// the word before the full stop, with the stop
	ws := p
	for ws > s {
		if c := text[ws-1]; c < utf8.RuneSelf {
			if !inWordBefore[c] {
				break
			}
			ws--
			continue
		}
		r, n := runeBefore(text, ws)
		if isSpaceRune(r) || r == '(' || r == '"' || r == 0x201C || r == 0x2018 || isDash(r) || r == '/' {
			break
		}
		ws -= n
	}
	word := text[ws : p+1]
	if ws == p {
		return true
	}
	// a single capital: an initial, unless a word that opens sentences
	// follows ("… on the video. X.  Before Trump’s appearance, …")
	if r, n := runeIn(text, ws); ws+n == p && isUpper(r) {
		return isSentenceStarter(nextWord(text, k, e))
	}
	// most words are no abbreviation: the sieve turns them away, and the
	// table chained by the key it made answers the rest (lx.abbrs)
	cls := abbrNone
	if k := wordKey(word); lx.abbrSieve.hasKey(k) {
		cls, _ = lx.abbrs.get(word, k)
	}
	if cls == abbrNone {
		// dotted letters not in the list: "N.A.T.O.", "a.m."
		if dottedLetters(word) {
			cls = abbrFinal
		} else {
			return true
		}
	}
	switch cls {
	case abbrTitle:
		return false
	case abbrInner:
		// or a quote that opens with a capital: "…in Fort Mill, S.C. “It …"
		if isQuoteRune(next) {
			if j := k + utf8.RuneLen(next); j < e {
				r, _ := runeIn(text, j)
				return isUpper(r)
			}
			return false
		}
		return isSentenceStarter(nextWord(text, k, e)) || honorificNext(text, k, e)
	default: // abbrFinal
		return isSentenceStarter(nextWord(text, k, e)) || isQuoteRune(next) || honorificNext(text, k, e)
	}
}

// honorificNext reports whether the word at text[k:] is Mr., Mrs., Ms.
// or Dr. and a capitalised name follows: "… once the figures are in. Mr.
// Oyelaran said …" opens a sentence.
func honorificNext(text string, k, e int) bool {
	w := nextWord(text, k, e)
	switch w {
	case "Mr", "Mrs", "Ms", "Dr":
	default:
		return false
	}
	j := k + len(w)
	if j+2 >= e || text[j] != '.' || text[j+1] != ' ' {
		return false
	}
	r, _ := runeIn(text, j+2)
	return isUpper(r)
}

// runCloser marks the ASCII runes that splitSentences reads on over after
// a sentence's terminal punctuation: more of it, closing brackets and
// straight quote marks.
var runCloser = [utf8.RuneSelf]bool{'.': true, '!': true, '?': true, ')': true, ']': true, '"': true, '\'': true}

// inWordBefore marks the ASCII bytes that endsSentence takes into the word
// before a full stop: all but space and ( " /.
var inWordBefore = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = !spaceByte[c] && c != '(' && c != '"' && c != '/'
	}
	return t
}()

func dottedLetters(w string) bool {
	if len(w) < 4 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if i+1 >= len(w) || w[i+1] != '.' || !('a' <= w[i]|0x20 && w[i]|0x20 <= 'z') {
			return false
		}
	}
	return true
}

func nextWord(text string, k, e int) string {
	j := k
	for j < e {
		r, n := runeIn(text, j)
		if !isLetter(r) {
			break
		}
		j += n
	}
	return text[k:j]
}

// caseless reports whether r is a letter of a script without capitals
// (Hangul, Han, Kana, Arabic, Hebrew, Thai, …): any word of it may start a
// sentence.
func caseless(r rune) bool {
	return unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r) && !unicode.IsTitle(r)
}

// attributionAt reports whether the words at text[k:e] are a short
// attribution that closes the sentence of a quote before them: one to
// four capitalised words and a reporting verb that ends the sentence or
// is followed by a time or place ("Ode said.", "Mr. Ivo Lund asked on
// Friday.").
func (lx *lexicon) attributionAt(text string, k, e int) bool {
	for n := 0; n < 5 && k < e; n++ {
		w := nextWord(text, k, e)
		if w == "" {
			return false
		}
		j := k + len(w)
		if _, ok := lx.verb(w); ok && n > 0 {
			// the verb ends the sentence, or a time, a place or whom it
			// was said to follows ("Ode said on Friday."), not a clause
			// of its own ("Critics say the plan fails.")
			if j < e && (text[j] == ',' || text[j] == ':') {
				// not a head attribution of a quote after it: “…?” He
				// answered, “I have no idea.”
				q := skipSpace(text, j+1, e)
				if q >= e {
					return true
				}
				r, _ := runeIn(text, q)
				return !isQuoteRune(r)
			}
			if j == e || text[j] == '.' {
				return true
			}
			if text[j] != ' ' {
				return false
			}
			switch nw := nextWord(text, j+1, e); nw {
			case "in", "on", "at", "during", "after", "before", "from", "to", "with", "reporters", "later", "earlier", "then", "again",
				"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday":
				return true
			}
			return false
		}
		if r, _ := runeIn(text, k); !isUpper(r) {
			return false
		}
		if j < e && text[j] == '.' {
			j++ // "Mr."
		}
		if j >= e || text[j] != ' ' {
			return false
		}
		k = j + 1
	}
	return false
}

func indexByteRange(text string, s, e int, b byte) int {
	if i := strings.IndexByte(text[s:e], b); i >= 0 {
		return s + i
	}
	return -1
}

// notNameWord reports a capitalised word that starts no name: a sentence
// starter, or a hyphenated word whose second part is in lower case
// ("Day-by-day", "Sacramento-based").
func notNameWord(w string) bool {
	if isSentenceStarter(w) {
		return true
	}
	if len(w) > 4 && w[0] >= 'A' && w[0] <= 'Z' {
		if i := strings.IndexByte(w, '-'); i > 0 && i+1 < len(w) && w[i+1] >= 'a' && w[i+1] <= 'z' {
			return true
		}
	}
	return false
}

// isSentenceStarter reports whether w is a capitalised closed-class word
// that usually starts a sentence rather than continuing a name ("The",
// "He", "But"). The list is grammar, not vocabulary, so it lives in code.
func isSentenceStarter(w string) bool {
	switch w {
	case "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "Or", "So",
		"In", "On", "At", "This", "That", "These", "Those", "His", "Her", "Their", "Its", "Our", "My",
		"There", "Some", "Many", "Most", "Few", "If", "When", "While", "After", "Before", "Since",
		"As", "For", "With", "By", "From", "Of", "To", "Yet", "Still", "Then", "Now", "However",
		"Meanwhile", "Also", "Officials", "Other", "Others", "One", "Two", "No", "Not", "Both",
		"Each", "Every", "All", "Such", "What", "Who", "Why", "How", "Where", "Last", "Next",
		"Earlier", "Later", "According", "Under", "Despite", "Although", "Though", "Because",
		"Beyond", "Amid", "Among", "Against", "Behind", "Without", "Through", "During", "Toward", "Towards", "Upon", "Besides", "Alongside",
		"Outside", "Inside", "Near", "Across", "Around", "Along", "Beside", "Between", "Within", "Throughout", "Like", "Unlike",
		"Whatever", "Whoever", "Whichever", "Wherever", "Whenever", "Once", "Unless", "Until", "Whether",
		// adverbs that open a sentence before its subject: "Even Lindsey Graham said"
		"Even", "Only", "Perhaps", "Indeed", "Instead", "Here", "Today",
		// adverbs of place and time: "Backstage she described …"
		"Backstage", "Offstage", "Onstage", "Afterwards", "Afterward", "Elsewhere", "Overnight",
		// spans of time before "later" or "after": "Hours later he shared …"
		// and amounts: "More than 15 months ago, I argued" ("More" is a
		// surname, seldom in the news)
		"Hours", "Minutes", "Moments", "Seconds", "Days", "Weeks", "Months", "Years", "Decades", "Less", "Fewer", "More",
		// a time of day before a weekday: "Late Saturday, as her staff …"
		// ("Early" is a surname too: "says Early")
		"Late", "Shortly", "Yesterday", "Tomorrow", "Tonight",
		// adverbs that list points: "Finally, they …" ("First" opens "First Minister")
		"Firstly", "Secondly", "Thirdly", "Finally", "Lastly",
		// a question's verb: "Would Adam Schiff …?" ("Will" and "May" are names too)
		"Would", "Could", "Should", "Must", "Might", "Did", "Does", "Do", "Is", "Are", "Am", "Was", "Were", "Has", "Have", "Had",
		// imperatives of page furniture: "Learn more in our review, where …"
		"Learn", "Click", "Subscribe", "Sign", "Download", "Visit",
		// the writer's asides to the reader: "Wait, it gets better:"
		"Wait", "Look", "Listen", "Consider", "Imagine", "Remember", "Well", "Oh", "Yes",
		// participles that open a life's summary: "Born Theodora Pike in 1931, she …"
		"Born", "Raised", "Educated":
		return true
	}
	return false
}
