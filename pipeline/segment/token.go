package segment

import (
	"unicode"
	"unicode/utf8"
)

// tokKind is the kind of a token used by attribution and reported speech.
type tokKind uint8

const (
	tWord tokKind = iota
	tComma
	tColon
	tSemi
	tDash
	tStop // . ! ? …
	tOpen // ( [
	tClose
	tQuote
	tOther
)

// tokFlag holds what the tokenizer learned about a word once, so that the
// name finder, reported speech and attribution need not look again.
type tokFlag uint8

const (
	fCap   tokFlag = 1 << iota // starts with an upper-case letter
	fVerb                      // a reporting-verb form
	fJoin                      // holds an inner . ' or - (U.S, Iran's, ex-President)
	fTitle                     // may start a title phrase (the title sieve passes)
)

// tok is a word or punctuation token: a byte span, a kind and, for a word,
// its flags.
type tok struct {
	s, e int
	k    tokKind
	f    tokFlag
}

// asciiKind gives the token kind of each ASCII punctuation byte; letters,
// digits and space are told apart by wordByte and spaceByte.
var asciiKind = func() (t [utf8.RuneSelf]tokKind) {
	for i := range t {
		t[i] = tOther
	}
	t[','], t[':'], t[';'], t['-'] = tComma, tColon, tSemi, tDash
	t['.'], t['!'], t['?'] = tStop, tStop, tStop
	t['('], t['['], t[')'], t[']'] = tOpen, tOpen, tClose, tClose
	t['"'], t['\''], t['`'] = tQuote, tQuote, tQuote
	return t
}()

// spaceByte marks the ASCII bytes isSpaceRune accepts.
var spaceByte = [256]bool{' ': true, '\t': true, '\n': true, '\r': true, '\v': true, '\f': true}

// tokenize appends the tokens of text[s:e] to dst. A word holds letters and
// digits joined by inner . ' ’ - (U.S, Iran's, al-Sayed); a final full stop
// joins the word when the word is an initial or a listed abbreviation.
//
// Plain ASCII words and punctuation take a fast path; anything else (a
// joiner after a word, a non-ASCII byte) is read by tokenAt, so the result
// is always that of calling tokenAt in a loop.
func (lx *lexicon) tokenize(text string, s, e int, dst []tok) []tok {
	e = min(e, len(text))
	for i := max(s, 0); i < e; {
		c := text[i]
		if spaceByte[c] {
			i++
			continue
		}
		if wordByte[c] {
			j := i + 1
			for j < e && wordByte[text[j]] {
				j++
			}
			if j < e && joinByte[text[j]] && !lx.wordEnds(text, i, &j, e) {
				t, next := lx.tokenAt(text, i, e)
				dst = append(dst, t)
				i = next
				continue
			}
			dst = append(dst, tok{s: i, e: j, k: tWord, f: lx.wordFlags(text[i:j])})
			i = j
			continue
		}
		if c < utf8.RuneSelf {
			k, n := asciiKind[c], 1
			if c == '-' && i+1 < e && text[i+1] == '-' {
				n = 2
			}
			dst = append(dst, tok{s: i, e: i + n, k: k})
			i += n
			continue
		}
		t, next := lx.tokenAt(text, i, e)
		if next <= i {
			break
		}
		if t.e > t.s {
			dst = append(dst, t)
		}
		i = next
	}
	return dst
}

// wordEnds decides, for the common cases, how the ASCII word text[i:*j]
// ends when the byte at *j (below e) is a joiner or non-ASCII: it may take
// a final full stop (*j is moved past it). It returns false when tokenAt
// must read the word.
func (lx *lexicon) wordEnds(text string, i int, j *int, e int) bool {
	k := *j
	next := func() byte { // the byte after the one at k, or 0 at e
		if k+1 < e {
			return text[k+1]
		}
		return 0
	}
	switch c := text[k]; c {
	case '.':
		if n := next(); wordByte[n] || n >= utf8.RuneSelf {
			return false
		}
		// a final full stop joins an initial or a listed abbreviation; the
		// word has no inner stop, so it is not dotted letters
		if k-i == 1 && 'A' <= text[i] && text[i] <= 'Z' || lx.isAbbr(text[i:k+1]) {
			*j = k + 1
		}
		return true
	case '\'', '-':
		n := next()
		return !wordByte[n] && n < utf8.RuneSelf
	case 0xE2:
		// general punctuation (U+2000–U+203F) other than ’ ends a word
		return k+2 < len(text) && text[k+1] == 0x80 && text[k+2] != 0x99 && text[k+2] >= 0x80 && text[k+2] <= 0xBF
	case 0xC2:
		// no-break space, « and »
		return k+1 < len(text) && (text[k+1] == 0xA0 || text[k+1] == 0xAB || text[k+1] == 0xBB)
	}
	return false
}

// wordByte marks ASCII letters and digits.
var wordByte = func() (t [256]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	return t
}()

// joinByte marks the bytes after an ASCII word that may continue it: an
// inner joiner or the start of a non-ASCII letter.
var joinByte = func() (t [256]bool) {
	t['.'], t['\''], t['-'] = true, true, true
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = true
	}
	return t
}()

// wordFlags computes the flags of the word w.
func (lx *lexicon) wordFlags(w string) tokFlag {
	var f tokFlag
	if c := w[0]; c < utf8.RuneSelf {
		if 'A' <= c && c <= 'Z' {
			f = fCap
		}
	} else if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
		f = fCap
	}
	k := wordKey(w)
	if lx.titleSieve.hasKey(k) {
		f |= fTitle
	}
	if lx.verbSieve.hasKey(k) && len(w) >= lx.minVerbLen && len(w) <= lx.maxVerbLen {
		if _, ok := lx.verb(w); ok {
			f |= fVerb
		}
	}
	return f
}

// tokenAt reads the token at or after byte i (skipping space) and returns
// it with the byte after it. At the end it returns an empty token.
func (lx *lexicon) tokenAt(text string, i, e int) (tok, int) {
	for i < e {
		r, n := runeAt(text, i)
		if !isSpaceRune(r) {
			break
		}
		i += n
	}
	if i >= e {
		return tok{}, e
	}
	r, n := runeAt(text, i)
	if isLetter(r) || isDigit(r) {
		var f tokFlag
		j := i + n
		for j < e {
			if c := text[j]; wordByte[c] {
				j++
				continue
			}
			r2, n2 := runeAt(text, j)
			if isLetter(r2) || isDigit(r2) {
				j += n2
				continue
			}
			if r2 == '.' || r2 == '\'' || r2 == 0x2019 || r2 == '-' {
				r3, _ := runeAt(text, j+n2)
				if j+n2 < e && (isLetter(r3) || isDigit(r3)) {
					if r2 != 0x2019 {
						f = fJoin
					}
					j += n2
					continue
				}
			}
			break
		}
		if j < e && text[j] == '.' {
			w := text[i : j+1]
			if _, ok := lx.abbr[w]; ok || (j-i == 1 && isUpper(r)) || dottedLetters(w) {
				j++
			}
		}
		return tok{i, j, tWord, f | lx.wordFlags(text[i:j])}, j
	}
	k := tOther
	switch {
	case r == ',':
		k = tComma
	case r == ':':
		k = tColon
	case r == ';':
		k = tSemi
	case isDash(r):
		k = tDash
	case r == '-' && i+1 < e && text[i+1] == '-':
		k = tDash
		n = 2
	case r == '-':
		k = tDash
	case r == '.' || r == '!' || r == '?' || r == 0x2026:
		k = tStop
	case r == '(' || r == '[':
		k = tOpen
	case r == ')' || r == ']':
		k = tClose
	case isQuoteRune(r):
		k = tQuote
	}
	return tok{i, i + n, k, 0}, i + n
}

// closed-class words used by the attribution rules. These are grammar, not
// vocabulary, so they live in code rather than in a lexicon file.

func isPronoun(w string) (gender, bool) {
	switch w {
	case "he", "He":
		return genderMale, true
	case "she", "She":
		return genderFemale, true
	case "they", "They":
		return genderPlural, true
	}
	return genderUnknown, false
}

func isDeterminer(w string) bool {
	switch w {
	case "the", "The", "a", "A", "an", "An", "his", "His", "her", "Her", "their", "Their", "its", "Its",
		"one", "One", "another", "Another", "two", "Two", "three", "Three", "several", "Several",
		"some", "Some", "many", "Many", "other", "Other", "most", "Most", "both", "Both", "these", "These", "those", "Those", "this", "This", "that", "That":
		return true
	}
	return false
}

// isAux reports words that may stand between a subject and its reporting
// verb: "Rivera later said", "he has repeatedly warned".
func isAux(w string) bool {
	switch w {
	case "later", "also", "again", "then", "has", "had", "have", "was", "were", "is", "are", "would", "will",
		"previously", "once", "repeatedly", "publicly", "privately", "separately", "earlier", "recently",
		"flatly", "just", "only", "simply", "been", "did", "does", "do", "not", "never",
		"firmly", "bluntly", "quietly", "openly", "often", "frequently", "subsequently", "further",
		"could", "might", "may", "can", "should", "must":
		return true
	}
	return false
}

// isClauseBoundary reports words that start a new clause, where a subject
// noun phrase read backwards from its verb must stop.
func isClauseBoundary(w string) bool {
	switch w {
	case "and", "but", "that", "while", "as", "when", "because", "after", "before", "who", "which",
		"where", "if", "so", "though", "although", "whereas", "since", "until", "or", "nor", "yet",
		"said", "says", "than", "what", "whom", "whose", "whether", "unless", "once":
		return true
	}
	return false
}

func isPreposition(w string) bool {
	switch w {
	case "of", "for", "at", "with", "from", "in", "on", "to", "by", "about", "within", "across", "inside", "near":
		return true
	}
	return false
}

func isParticle(w string) bool {
	switch w {
	case "de", "van", "von", "der", "den", "al", "bin", "ibn", "da", "di", "le", "la", "du", "del", "dos", "das", "ter", "ten", "y", "St.":
		return true
	}
	return false
}

// capitalised reports whether the token is a word that starts with an
// upper-case letter.
func capitalised(t tok) bool { return t.f&fCap != 0 }

// tokensIn returns the tokens of text[s:e], as tokenize would, from the
// article's tokens (st.all, read once per paragraph) without reading the
// text again. The result may share memory with st.all or st.toks: callers
// read it and may reslice it, but never write to it, and it is valid only
// until the next call.
func (st *state) tokensIn(s, e int) []tok {
	all := st.all
	i := st.firstEndingAfter(s)
	if i < len(all) && all[i].s < s || s < len(st.text) && !utf8.RuneStart(st.text[s]) {
		// s cuts a token or a character: read the range on its own
		st.toks = st.lx.tokenize(st.text, s, e, st.toks[:0])
		return st.toks
	}
	// j: the first token that ends after e
	j, hi := i, len(all)
	for j < hi {
		m := int(uint(j+hi) >> 1)
		if all[m].e <= e {
			j = m + 1
		} else {
			hi = m
		}
	}
	if j < len(all) && all[j].s < e {
		// e cuts a token: it and what follows are read up to e
		st.toks = append(st.toks[:0], all[i:j]...)
		st.toks = st.lx.tokenize(st.text, all[j].s, e, st.toks)
		return st.toks
	}
	return all[i:j]
}

// firstEndingAfter returns the index of the first token of st.all that
// ends after byte pos, or len(st.all).
// Lookups come mostly in text order, so it starts from the answer to the
// previous one.
func (st *state) firstEndingAfter(pos int) int {
	all := st.all
	h := min(st.hint, len(all))
	if (h == len(all) || all[h].e > pos) && (h == 0 || all[h-1].e <= pos) {
		return h
	}
	if h < len(all) && all[h].e <= pos && (h+1 == len(all) || all[h+1].e > pos) {
		st.hint = h + 1
		return h + 1
	}
	i, hi := 0, len(all)
	for i < hi {
		m := int(uint(i+hi) >> 1)
		if all[m].e <= pos {
			i = m + 1
		} else {
			hi = m
		}
	}
	st.hint = i
	return i
}
