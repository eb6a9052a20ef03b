package scoring

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// token is one whitespace-separated token of a unit. All scorers of a unit
// (valence, tone, dimensions) read the same token stream, built once per
// unit by tokenize.
//
// Offsets are int32 to keep the struct small; units are sentences or
// paragraphs, far below 2 GiB.
type token struct {
	// [vs, ve) is the VADER form of the token in the unit's text: the raw
	// token stripped of leading and trailing ASCII punctuation unless that
	// leaves fewer than 3 bytes, in which case the raw token (VADER's rule).
	vs, ve int32
	// [ls, le) is the lower-cased VADER form in scratch.low.
	ls, le int32
	// [ws, we) is the lower-cased word form in scratch.low: the raw token
	// stripped of all leading and trailing ASCII punctuation.
	ws, we int32

	// word is the vocabulary entry of the lower-cased VADER form, or nil.
	word *vocabEntry
	// form is the vocabulary entry of the lower-cased word form, or nil.
	form *vocabEntry

	// flags are tok* bits.
	flags uint8
}

const (
	// tokUpper: the VADER form is ALL CAPS (an ASCII capital, no ASCII
	// lower-case letter; Python's str.isupper restricted to ASCII as in
	// govader).
	tokUpper uint8 = 1 << iota
	// tokOrigInLex: the VADER form, in its original case, is a key of the
	// VADER lexicon.
	tokOrigInLex
	// tokLowered: lower-casing changed the VADER form.
	tokLowered
	// tokNT: the lower-cased VADER form contains "n't".
	tokNT
	// tokWord: the token contains a letter or digit; only such tokens
	// count as words for Words, tone and dimensions.
	tokWord
	// tokClauseEnd: the raw token ends in , ; : . ! or ?, which ends the
	// scope of a dimension negator.
	tokClauseEnd
)

// scratch holds the buffers one Score call needs. A Scorer keeps them in a
// sync.Pool, so scoring allocates nothing once the buffers have grown to
// the size of the largest unit seen.
type scratch struct {
	text  []byte     // the unit rewritten when emoji or quotes need it
	low   []byte     // lower-cased token forms
	toks  []token    // all tokens, including empty ones
	words []int32    // indices into toks of word tokens
	sent  []float64  // VADER valence per token
	pats  []int32    // wildcard pattern ids, per word (see wordPats)
	patAt []patRange // per word, its range in pats
	free  []int32    // per dimension, the first word not yet consumed
	sums  []float64  // per dimension, the sum of matched weights
}

type patRange struct{ lo, hi int32 }

// isSep reports whether b separates tokens. govader splits on ' ' only; we
// also split on the other ASCII white space so that a sentence broken over
// lines tokenizes the same as on one line (no snippet of the VADER
// datasets contains such a character).
func isSep(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\v' || b == '\f'
}

// asciiPunct is Python's string.punctuation, the characters VADER strips
// from the ends of a token.
const asciiPunct = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"

// isPunct reports whether b is in Python's string.punctuation.
func isPunct(b byte) bool { return strings.IndexByte(asciiPunct, b) >= 0 }

// prepare returns the text the tokens are cut from: text itself when it is
// plain, else a rewrite in sc.text in which
//   - each emoji of the VADER emoji lexicon is replaced by its description
//     separated by spaces from its neighbours (govader, like vaderSentiment,
//     puts no space after the description, so "😀good" became
//     "grinning facegood"; we fix that);
//   - typographic quotes ‘ ’ ‚ ‛ “ ” „ are replaced by ASCII ' and " so
//     that "don’t" negates and "‘good’" is found in the lexicon (govader
//     does neither; news text uses these quotes throughout);
//   - invalid UTF-8 is replaced by U+FFFD, as govader does.
//
// The result is trimmed of Unicode white space like govader's input.
func (v *vader) prepare(text string, sc *scratch) string {
	i := 0
	for i < len(text) && text[i] < utf8.RuneSelf {
		i++
	}
	if i == len(text) {
		return strings.TrimSpace(text)
	}
	out := sc.text[:0]
	changed := false
	prevSpace := true
	needSpace := false
	for j, r := range text {
		var repl string
		size := utf8.RuneLen(r)
		invalid := r == utf8.RuneError && !strings.HasPrefix(text[j:], "\uFFFD")
		if invalid {
			size = 1
		}
		switch {
		case r < utf8.RuneSelf:
		case invalid:
			repl = "\uFFFD"
		case r == '‘' || r == '’' || r == '‚' || r == '‛':
			repl = "'"
		case r == '“' || r == '”' || r == '„':
			repl = `"`
		default:
			if d, ok := v.emoji[r]; ok {
				if !changed {
					out = append(out, text[:j]...)
					changed = true
				}
				if !prevSpace {
					out = append(out, ' ')
				}
				out = append(out, d...)
				prevSpace = false
				needSpace = true
				continue
			}
		}
		if repl != "" && !changed {
			out = append(out, text[:j]...)
			changed = true
		}
		if needSpace && r != ' ' {
			out = append(out, ' ')
		}
		needSpace = false
		if changed {
			if repl != "" {
				out = append(out, repl...)
			} else {
				out = append(out, text[j:j+size]...)
			}
		}
		prevSpace = r == ' '
	}
	sc.text = out
	if !changed {
		return strings.TrimSpace(text)
	}
	if len(out) == 0 {
		return ""
	}
	// The string aliases sc.text, which is not written again until the
	// scratch goes back to the pool at the end of the Score call.
	return strings.TrimSpace(unsafe.String(&out[0], len(out)))
}

// Byte classes for the tokenizer.
const (
	cSep   uint8 = 1 << iota // ASCII white space: separates tokens
	cPunct                   // Python's string.punctuation
	cUpper                   // A-Z
	cLower                   // a-z
	cDigit                   // 0-9
	cHigh                    // a byte of a multi-byte UTF-8 sequence
	cApos                    // '
)

// byteTables returns the class and the lower-case of each byte; New
// stores them in the Scorer.
func byteTables() (cls, low [256]uint8) {
	for i := range 256 {
		c := byte(i)
		low[i] = c
		switch {
		case c >= utf8.RuneSelf:
			cls[i] = cHigh
		case isSep(c):
			cls[i] = cSep
		case isPunct(c):
			cls[i] = cPunct
			if c == '\'' {
				cls[i] |= cApos
			}
		case 'A' <= c && c <= 'Z':
			cls[i] = cUpper
			low[i] = c + 'a' - 'A'
		case 'a' <= c && c <= 'z':
			cls[i] = cLower
		case '0' <= c && c <= '9':
			cls[i] = cDigit
		}
	}
	return cls, low
}

// tokenize cuts text into sc.toks and fills in each token's forms and
// vocabulary entries. Like govader it keeps the empty tokens between two
// adjacent separators: they count as neutral tokens in VADER's pos/neu/neg
// shares and in its three-token windows, and dropping them would change
// the scores of about 5 % of the VADER dataset snippets. Empty tokens are
// not words.
func (s *Scorer) tokenize(text string, sc *scratch) {
	toks := sc.toks[:0]
	words := sc.words[:0]
	// low holds the lower-cased text at the same offsets for ASCII
	// tokens; non-ASCII tokens are lowered rune by rune after len(text).
	low := sc.low[:0]
	if cap(low) < len(text) {
		low = make([]byte, len(text), 2*len(text)+16)
	}
	low = low[:len(text)]
	byteClass, lowerByte := &s.byteClass, &s.lowerByte
	start := 0
	var acc uint8
	for i := 0; i <= len(text); i++ {
		if i < len(text) {
			c := text[i]
			cl := byteClass[c]
			if cl&cSep == 0 {
				acc |= cl
				low[i] = lowerByte[c]
				continue
			}
			low[i] = c
		}
		raw := text[start:i]
		base := start
		start = i + 1
		cls := acc
		acc = 0

		var t token
		// Word form: strip all ASCII punctuation at both ends.
		a, b := 0, len(raw)
		if cls&cPunct != 0 {
			for a < b && byteClass[raw[a]]&cPunct != 0 {
				a++
			}
			for b > a && byteClass[raw[b-1]]&cPunct != 0 {
				b--
			}
			if b < len(raw) {
				switch raw[len(raw)-1] {
				case ',', ';', ':', '.', '!', '?':
					t.flags |= tokClauseEnd
				}
			}
		}
		// VADER form: the stripped token unless it is shorter than 3
		// bytes (govader measures bytes; vaderSentiment characters).
		va, vb := a, b
		if b-a < 3 {
			va, vb = 0, len(raw)
		}
		t.vs, t.ve = int32(base+va), int32(base+vb)
		// Letters are never stripped, so the case of the raw token is
		// the case of both forms.
		if cls&cUpper != 0 && cls&cLower == 0 {
			t.flags |= tokUpper
		}
		if cls&cUpper != 0 {
			t.flags |= tokLowered
		}
		if cls&(cUpper|cLower|cDigit) != 0 {
			t.flags |= tokWord
		}
		if cls&cHigh == 0 {
			t.ls, t.le = t.vs, t.ve
			t.ws, t.we = int32(base+a), int32(base+b)
		} else {
			low = s.lowerRunes(&t, raw, low, a, b, va, vb)
		}
		lf := low[t.ls:t.le]
		if len(lf) > 0 {
			t.word = s.vocab[string(lf)]
		}
		if t.flags&tokLowered == 0 {
			if t.word != nil && t.word.flags&vLex != 0 {
				t.flags |= tokOrigInLex
			}
		} else if t.word != nil && t.word.flags&vCasedKey != 0 {
			// Only the few lexicon keys with capitals (":D") can match
			// a token that lower-casing changed.
			if e := s.vocab[text[t.vs:t.ve]]; e != nil && e.flags&vLex != 0 {
				t.flags |= tokOrigInLex
			}
		}
		if cls&cApos != 0 && hasNT(lf) {
			t.flags |= tokNT
		}
		if t.ws == t.ls && t.we == t.le {
			t.form = t.word
		} else if t.we > t.ws {
			t.form = s.vocab[string(low[t.ws:t.we])]
		}
		if t.flags&tokWord != 0 {
			words = append(words, int32(len(toks)))
		}
		toks = append(toks, t)
	}
	sc.toks, sc.low, sc.words = toks, low, words
}

// lowerRunes lowers a token with non-ASCII bytes rune by rune, appending
// to low, and sets the token's form offsets in low. Stripping removes only
// ASCII punctuation, which no letter lowers to, so the forms are
// sub-ranges of the lowered token.
func (s *Scorer) lowerRunes(t *token, raw string, low []byte, a, b, va, vb int) []byte {
	offs := [4]int{a, b, va, vb}
	var at [4]int32
	set := func(k int) {
		for m, off := range offs {
			if k == off {
				at[m] = int32(len(low))
			}
		}
	}
	for k, r := range raw {
		set(k)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			t.flags |= tokWord
		}
		lr := unicode.ToLower(r)
		if lr != r {
			t.flags |= tokLowered
		}
		low = utf8.AppendRune(low, lr)
	}
	set(len(raw))
	t.ws, t.we, t.ls, t.le = at[0], at[1], at[2], at[3]
	return low
}

func hasNT(b []byte) bool {
	for i := 0; i+2 < len(b); i++ {
		if b[i] == 'n' && b[i+1] == '\'' && b[i+2] == 't' {
			return true
		}
	}
	return false
}
