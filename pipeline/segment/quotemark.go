package segment

import "unicode/utf8"

// Quote mark families. A quote opened by a mark of one family is closed by
// a mark of the same family; a mark of another family inside it opens a
// nested quote, which is not reported.
const (
	famDouble    uint8 = 1 // " '' “ ” „ (and `` as an opener)
	famSingle    uint8 = 2 // ' ‘ ’ ‚
	famGuillemet uint8 = 3 // « » ‹ ›
)

// Roles a mark can play, as bits.
const (
	canOpen  uint8 = 1
	canClose uint8 = 2
)

// mark is one quote mark found in a paragraph.
type mark struct {
	s, e int // byte span of the mark itself
	fam  uint8
	role uint8
}

// isQuoteRune reports whether r is a quote mark of any kind (apostrophes included).
func isQuoteRune(r rune) bool {
	switch r {
	case '"', '\'', 0x201C, 0x201D, 0x2018, 0x2019, 0x201E, 0x201A, 0xAB, 0xBB, 0x2039, 0x203A, '`':
		return true
	}
	return false
}

// leftSide reports whether the rune before a mark is a place where a quote
// can open: start of text, space, opening bracket, dash, slash or another
// opening mark.
func leftSide(text string, i, ps int) bool {
	return i <= ps || leftASCII[text[i-1]] || text[i-1] >= utf8.RuneSelf && leftRune(text, i)
}

// leftRune is leftSide for a non-ASCII rune before i, kept out of line so
// that leftSide inlines.
func leftRune(text string, i int) bool {
	r, _ := runeBefore(text, i)
	return opensAfter(r)
}

// opensAfter reports whether a quote can open after the rune r (leftSide).
func opensAfter(r rune) bool {
	return isSpaceRune(r) || r == '(' || r == '[' || r == '{' || isDash(r) || r == '/' || r == '-' ||
		r == 0x201C || r == 0x2018 || r == 0x201E || r == 0xAB || r == '"' || r == ':' || r == 0x2026
}

// rightSide reports whether the rune after a mark is a place where a quote
// can close: end of text, space, punctuation, closing bracket, dash or
// another closing mark.
func rightSide(text string, i, pe int) bool {
	return i >= pe || rightASCII[text[i]] || text[i] >= utf8.RuneSelf && rightRune(text, i)
}

// rightRune is rightSide for a non-ASCII rune at i, kept out of line so
// that rightSide inlines.
func rightRune(text string, i int) bool {
	r, _ := runeIn(text, i)
	return closesBefore(r)
}

// closesBefore reports whether a quote can close before the rune r
// (rightSide).
func closesBefore(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}', '"', '\'', 0x201D, 0x2019, 0xBB, 0x2026, '-', '/':
		return true
	}
	return isSpaceRune(r) || isDash(r)
}

// leftASCII and rightASCII hold opensAfter and closesBefore for the ASCII
// bytes (false for the others), so that leftSide and rightSide need not
// decode the common case.
var leftASCII, rightASCII = func() (l, r [256]bool) {
	for c := range rune(utf8.RuneSelf) {
		l[c], r[c] = opensAfter(c), closesBefore(c)
	}
	return l, r
}()

// scanMarks appends the quote marks of the paragraph [ps, pe) to dst,
// reading its quote tokens: keys are the indexes in all of the paragraph's
// tokens, or of any of them that hold all its quote tokens (state.keys).
// Apostrophes (don't, Iran's, the '90s, rock 'n' roll) are left out.
func scanMarks(text string, ps, pe int, all []tok, keys []int, dst []mark) []mark {
	for x := 0; x < len(keys); x++ {
		t := &all[keys[x]]
		if t.k != tQuote {
			continue
		}
		i := t.s
		switch text[i] {
		case '"':
			if inchMark(text, i, ps) {
				continue
			}
			dst = append(dst, asciiMark(text, i, i+1, ps, pe, famDouble))
		case '`':
			if i+1 < pe && text[i+1] == '`' {
				dst = append(dst, mark{s: i, e: i + 2, fam: famDouble, role: canOpen})
				x++ // the second ` is its own token
			}
		case '\'':
			if i+1 < pe && text[i+1] == '\'' {
				dst = append(dst, asciiMark(text, i, i+2, ps, pe, famDouble))
				x++
				continue
			}
			if m, ok := singleMark(text, i, i+1, ps, pe, false); ok {
				dst = append(dst, m)
			}
		case 0xC2:
			if i+1 < pe {
				switch text[i+1] {
				case 0xAB: // «
					m := mark{s: i, e: i + 2, fam: famGuillemet, role: canOpen}
					if !leftSide(text, i, ps) && rightSide(text, i+2, pe) {
						m.role |= canClose
					}
					dst = append(dst, m)
				case 0xBB: // »
					m := mark{s: i, e: i + 2, fam: famGuillemet, role: canClose}
					if leftSide(text, i, ps) && !rightSide(text, i+2, pe) {
						m.role |= canOpen
					}
					dst = append(dst, m)
				}
			}
		case 0xE2:
			if i+2 < pe && text[i+1] == 0x80 {
				switch text[i+2] {
				case 0x9C: // “
					m := mark{s: i, e: i + 3, fam: famDouble, role: canOpen}
					if !leftSide(text, i, ps) && rightSide(text, i+3, pe) {
						m.role = canClose
					} else if rightSide(text, i+3, pe) {
						m.role |= canClose // closes a „ quote
					}
					dst = append(dst, m)
				case 0x9D: // ”
					if inchMark(text, i, ps) {
						continue
					}
					m := mark{s: i, e: i + 3, fam: famDouble, role: canClose}
					if leftSide(text, i, ps) && !rightSide(text, i+3, pe) {
						m.role = canOpen
					}
					dst = append(dst, m)
				case 0x9E: // „
					dst = append(dst, mark{s: i, e: i + 3, fam: famDouble, role: canOpen})
				case 0x99: // ’’ closes a double quote, as '' does
					if i+5 < pe && text[i+3:i+6] == "’" && x+1 < len(keys) && all[keys[x+1]].s == i+3 {
						dst = append(dst, mark{s: i, e: i + 6, fam: famDouble, role: canClose})
						x++
						continue
					}
					if m, ok := singleMark(text, i, i+3, ps, pe, false); ok {
						dst = append(dst, m)
					}
				case 0x98, 0x9A: // ‘ ‚
					if m, ok := singleMark(text, i, i+3, ps, pe, text[i+2] != 0x99); ok {
						dst = append(dst, m)
					}
				case 0xB9, 0xBA: // ‹ ›
					role := canOpen
					if text[i+2] == 0xBA {
						role = canClose
					}
					dst = append(dst, mark{s: i, e: i + 3, fam: famGuillemet, role: role})
				}
			}
		}
	}
	return dst
}

// inchMark reports whether the double mark at i writes inches in a height
// (6’2”, 5'11"): digits before it, a foot mark before them and a digit
// before that.
func inchMark(text string, i, ps int) bool {
	j := i
	for j > ps && text[j-1] >= '0' && text[j-1] <= '9' {
		j--
	}
	if j == i || j <= ps {
		return false
	}
	k := j - 1 // the foot mark: ' or ’
	if text[k] != '\'' {
		if k < ps+2 || text[k-2:j] != "’" {
			return false
		}
		k -= 2
	}
	return k > ps && text[k-1] >= '0' && text[k-1] <= '9'
}

// asciiMark classifies a straight double mark (" or ”) by its neighbours.
func asciiMark(text string, s, e, ps, pe int, fam uint8) mark {
	l := leftSide(text, s, ps)
	r := rightSide(text, e, pe)
	m := mark{s: s, e: e, fam: fam}
	switch {
	case l && !r:
		m.role = canOpen
	case !l && r:
		m.role = canClose
	default:
		m.role = canOpen | canClose
	}
	return m
}

// singleMark classifies a single mark (' ‘ ’ ‚); ok is false for an
// apostrophe. opener is true for ‘ and ‚, which are written to open.
func singleMark(text string, s, e, ps, pe int, opener bool) (mark, bool) {
	pr, _ := runeBefore(text, s)
	nr, _ := runeAt(text, e)
	if s > ps && e < pe && (isLetter(pr) || isDigit(pr)) && (isLetter(nr) || isDigit(nr)) {
		return mark{}, false // don't, Iran's, rock'n'roll
	}
	l := leftSide(text, s, ps)
	r := rightSide(text, e, pe)
	if l && !r {
		if elision(text, e, pe) {
			return mark{}, false
		}
		return mark{s: s, e: e, fam: famSingle, role: canOpen}, true
	}
	if !l && r {
		if !opener && (pr == 's' || pr == 'S') && e < pe && isSpaceRune(nr) {
			// Jones' car: a possessive, unless a quote is open (decided later)
			return mark{s: s, e: e, fam: famSingle, role: canClose}, true
		}
		return mark{s: s, e: e, fam: famSingle, role: canClose}, true
	}
	if opener {
		return mark{s: s, e: e, fam: famSingle, role: canOpen}, true
	}
	return mark{s: s, e: e, fam: famSingle, role: canOpen | canClose}, true
}

// elision reports whether the word after an opening single mark at i is a
// clipped word ('90s, 'em, 'til, 'n', 'cause) rather than a quotation.
func elision(text string, i, pe int) bool {
	j := i
	for j < pe {
		r, n := runeIn(text, j)
		if !isLetter(r) && !isDigit(r) {
			break
		}
		j += n
	}
	w := text[i:j]
	if len(w) >= 2 && isDigit(rune(w[0])) && isDigit(rune(w[1])) && (len(w) == 2 || w[2:] == "s") {
		return true // '90s, '08
	}
	switch w {
	case "n", "N", "em", "til", "tis", "twas", "cause", "bout", "round", "nother", "ol", "cuz",
		"s", "S": // a possessive set off by a stray space: "NPR ’s reporter"
		return true
	}
	return false
}
