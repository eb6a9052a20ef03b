package segment

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

// tok is a word or punctuation token: a byte span and a kind.
type tok struct {
	s, e int
	k    tokKind
}

// tokenize appends the tokens of text[s:e] to dst. A word holds letters and
// digits joined by inner . ' ’ - (U.S, Iran's, al-Sayed); a final full stop
// joins the word when the word is an initial or a listed abbreviation.
func (lx *lexicon) tokenize(text string, s, e int, dst []tok) []tok {
	for i := s; i < e; {
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
		return tok{i, j, tWord}, j
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
	return tok{i, i + n, k}, i + n
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

func capitalised(text string, t tok) bool {
	r, _ := runeAt(text, t.s)
	return isUpper(r)
}
