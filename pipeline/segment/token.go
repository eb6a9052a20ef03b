package segment

import (
	"math/bits"
	"slices"
	"strings"
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
// name finder, reported speech and attribution need not look again. Whether
// a word is a reporting verb or starts a title costs a hash lookup, so it
// is looked up only for the words that are asked about (state.bits).
type tokFlag uint32

const (
	fCap    tokFlag = 1 << iota // starts with an upper-case letter
	fJoin                       // holds an inner . ' or - (U.S, Iran's, ex-President)
	fDot                        // a word that ends in a full stop
	fAccord                     // "according" or "According" (any case of its first letter)
	fShape                      // length and first two letters of some reporting-verb form
	fTShape                     // length and first two letters of the first word of some title
	// set by state.bits when first asked for, not by the tokenizer
	fVerb  // a reporting-verb form
	fTitle // the first word of a title phrase
	fBits  // fVerb and fTitle are known
)

// With fBits, state.bits keeps in the flags' top bits 1 + the index of
// the word's entry in lexicon.words (0 when it has none), so that
// matchTitle finds a title's first word without looking it up again. A
// fifth field would cost more: the compiler keeps structs of up to four
// fields in registers.
const wordShift = 16

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
// ASCII words (with their inner joiners), ASCII punctuation and the
// non-ASCII spaces and punctuation of latin1Class and punctClass take a
// fast path; anything else (a non-ASCII letter, an abbreviation's full
// stop after a joined word) is read by tokenAt, so the result is always
// that of calling tokenAt in a loop (FuzzTokens checks this).
func (lx *lexicon) tokenize(text string, s, e int, dst []tok) []tok {
	var buf [64]int // the keys, dropped: room for those of most ranges
	dst, _ = lx.tokenizeKeys(text, s, e, dst, buf[:0])
	return dst
}

// tokenizeKeys is tokenize that also appends to keys the indexes in dst of
// the tokens keyTok accepts: the few that splitSentences and scanMarks
// read, found here where they are made, off the words' path.
//
// Most tokens are read by plainRun, a loop that grows nothing and calls
// nothing on the path of a word of letters; the token it stops at is read
// here, where the rare cases are handled out of line, and so are the last
// few of the range.
func (lx *lexicon) tokenizeKeys(text string, s, e int, dst []tok, keys []int) ([]tok, []int) {
	e = min(e, len(text))
	i := max(s, 0)
	if i >= e {
		return dst, keys
	}
	t := text[:e] // indexing t below e needs no bounds checks
	// u is what plainRun reads. When a space follows the range, u runs on
	// seven bytes past it, so that plainRun also reads the range's last
	// tokens: it starts none at or after e, and none it reads ends past
	// that space
	u := t
	if e+7 <= len(text) && spaceByte[text[e]] {
		u = text[:e+7]
	}
	for i < len(t) {
		// wend: where plainRun found the letters and digits of the word
		// at i to end, or 0
		wend := 0
		if len(u)-i >= 8 { // else plainRun would read nothing
			if cap(dst)-len(dst) < minRoom {
				dst = slices.Grow(dst, (len(t)-i)/bytesPerTok+minRoom)
			}
			if room := cap(dst) - len(dst); cap(keys)-len(keys) < room {
				keys = slices.Grow(keys, room) // so that plainRun fills dst
			}
			if i, wend, dst, keys = lx.plainRun(u, i, dst, keys); i >= len(t) {
				break
			}
		}
		c := t[i]
		if cl := byteClass[c]; cl != clWord {
			if (c == '\'' || c == 0xE2) && decadeAt(text, i, e) > i {
				// "the ’90s": a word, which tokenAt reads
				tk, after := lx.tokenAt(text, i, e)
				dst = append(dst, tk)
				i = after
				continue
			}
			switch cl {
			case clSpace:
				i++
			case clPunct:
				n := 1
				if c == '-' && i+1 < len(t) && t[i+1] == '-' {
					n = 2
				}
				k := asciiKind[c&0x7F]
				dst = append(dst, tok{s: i, e: i + n, k: k})
				if k == tStop || k == tQuote {
					keys = append(keys, len(dst)-1)
				}
				i += n
			default:
				n := len(dst)
				if dst, i = lx.nonASCII(text, i, e, dst); i < 0 {
					return dst, keys
				}
				if len(dst) > n && keyTok(&dst[n]) {
					keys = append(keys, n)
				}
			}
			continue
		}
		// an ASCII word: it starts with a letter or digit
		j := wend
		if j == 0 {
			j = wordEnd(t, i+1)
		}
		var f tokFlag
		if j < len(t) && joinByte[t[j]] {
			var ok bool
			if j, f, ok = lx.joinedEnd(text, t, i, j); !ok {
				tk, after := lx.tokenAt(text, i, e)
				dst = append(dst, tk)
				if keyTok(&tk) {
					keys = append(keys, len(dst)-1)
				}
				i = after
				continue
			}
			if f&fJoin != 0 && (c == 'a' || c == 'e') && arabicArticle(t[i:j]) {
				f |= fCap // "al-Mansouri"
			}
		}
		var c2 byte // the word's second byte, if any
		if j-i > 1 {
			c2 = t[i+1]
		}
		f |= shapeFlags(&lx.shapes, uint64(c)|uint64(c2)<<8, min(j-i, 63))
		if f&fAccord != 0 && t[i+1:j] != "ccording" {
			f &^= fAccord // only of the shape of "according"
		}
		if f&fDot != 0 && j-i == len("A.M.") && timeOfDay(t[i:j]) {
			f &^= fCap // "shortly after 2 A.M. praising": no name
		}
		dst = append(dst, tok{s: i, e: j, k: tWord, f: f})
		if f&fDot != 0 {
			keys = append(keys, len(dst)-1)
		}
		i = j
	}
	return dst, keys
}

// minRoom is the least room tokenizeKeys makes in dst before plainRun
// fills it.
const minRoom = 16

// plainRun appends to dst the tokens of t from i on, and to keys the
// indexes of its stops and quote marks, while they are plain: space, ASCII
// punctuation but --, the punctuation of U+2000–U+203F (dashes, curly
// quotes), and ASCII words of fewer than 56 bytes that end at neither a
// joiner nor a non-ASCII byte, or at a full stop that is not theirs (no
// initial, no abbreviation). It returns where it stopped: at the first
// token that is not plain, at the last eight bytes of t, or where dst has
// no more room or keys might have none (a token may add a key); and, when
// it stopped at a word that a joiner or a full stop it does not read
// ends, where the word's letters and digits end (else 0), so that the
// caller need not look for it again. It calls only isAbbr, for a word
// before a full stop; it reads eight bytes at a time, finds the end of a
// word of letters in them (and reads on a word with a digit byte by
// byte), and steps over the space after a token at once.
func (lx *lexicon) plainRun(t string, i int, dst []tok, keys []int) (int, int, []tok, []int) {
	// the test of n guards keys too: it takes at most a key a token
	d, n := dst[:min(cap(dst), len(dst)+cap(keys)-len(keys))], len(dst)
	ks, nk := keys[:cap(keys)], len(keys)
	shapes := &lx.shapes // for shapeFlags
	for n < len(d) && i+8 <= len(t) {
		x := load8(t, i)
		c := byte(x)
		if cl := byteClass[c]; cl != clWord {
			if cl == clSpace {
				i++
				continue
			}
			var k tokKind
			w := 1
			if cl == clPunct {
				if c == '-' && byte(x>>8) == '-' || c == '\'' && decadeAt(t, i, len(t)) > i {
					break // and "the '90s", a word: tokenAt reads them
				}
				k = asciiKind[c&0x7F]
			} else if c == 0xE2 && byte(x>>8) == 0x80 && byte(x>>16)&0xC0 == 0x80 {
				if byte(x>>16) == 0x98 || byte(x>>16) == 0x99 {
					if decadeAt(t, i, len(t)) > i {
						return i, 0, d[:n], ks[:nk] // "the ’90s": tokenAt reads it
					}
				}
				switch r := punctClass[x>>16&0x3F]; r { // U+2000–U+203F
				case rcSpace:
					i += 3
					continue
				case rcSlow:
					return i, 0, d[:n], ks[:nk]
				default:
					k, w = tokKind(r-rcPunct), 3
				}
			} else {
				break // another non-ASCII rune
			}
			if k == tStop || k == tQuote {
				ks[nk] = n
				nk++
			}
			d[n] = tok{s: i, e: i + w, k: k}
			n++
			i += w
			if byte(x>>(8*w)) == ' ' {
				i++
			}
			continue
		}
		// an ASCII word: c is its first letter or digit
		j := i
		other := nonLetterBytes(x)
		for other == 0 { // eight letters or more
			if j += 8; j+8 > len(t) || j-i >= 48 {
				return i, 0, d[:n], ks[:nk]
			}
			other = nonLetterBytes(load8(t, j))
		}
		j += bits.TrailingZeros64(other) >> 3
		b := t[j]
		if b-'0' < 10 { // a digit: the word goes on over letters and digits
			for j++; j < len(t) && wordByte[t[j]]; j++ {
			}
			if j-i >= 56 || j >= len(t) {
				return i, 0, d[:n], ks[:nk]
			}
			b = t[j]
		}
		if joinByte[b] {
			// a full stop before an ASCII byte that is no letter or
			// digit, or before U+2000–U+203F (” …), ends the word,
			// unless the word takes it
			if b != '.' || j+2 >= len(t) || wordByte[t[j+1]] || t[j+1] >= utf8.RuneSelf && (t[j+1] != 0xE2 || t[j+2] != 0x80) ||
				j-i == 1 && c-'A' < 26 || lx.isAbbr(t[i:j+1]) {
				return i, j, d[:n], ks[:nk]
			}
		}
		w := j - i // below 56
		f := shapeFlags(shapes, x, w)
		if f&fAccord != 0 && t[i+1:j] != "ccording" {
			f &^= fAccord // only of the shape of "according"
		}
		d[n] = tok{s: i, e: j, k: tWord, f: f}
		n++
		i = j
		if b == ' ' {
			i++
		}
	}
	return i, 0, d[:n], ks[:nk]
}

// shapeFlags returns the flags an ASCII word has by its first two bytes,
// the low two of x, and its length n (63 for any longer word): fCap,
// fShape and fTShape, and fAccord when the word has the shape of
// "according" (the caller tells the rest). One lookup in shapes, the
// lexicon's table, answers all but fCap; as the word's first byte is a
// letter or digit, it is a capital when its 0x20 bit is clear. It takes
// the table rather than the lexicon, so that plainRun finds it in a
// local and does not load and test the lexicon's pointer for each word.
func shapeFlags(shapes *[1 << 16]uint8, x uint64, n int) tokFlag {
	sh := uint(x&31)<<5 | uint(x>>8&31) // shapeIndex, for n > 1
	return tokFlag(^x>>5&1)*fCap | tokFlag(shapes[uint16(sh<<6|uint(n)&63)])
}

// buildShapes fills lx.shapes from verbShape and titleShape: the entry
// shapeIndex(w)<<6 | min(len(w), 63) holds fShape when w may be a verb
// form, fTShape when it may start a title, and fAccord when it has the
// shape of "according". For a word of one byte (length 1) every second
// byte reads the entry of no second byte, so shapeFlags need not test n.
func (lx *lexicon) buildShapes() {
	for sh := range 1 << 10 {
		v, ti := lx.verbShape[sh], lx.titleShape[sh]
		v = v&^2 | lx.verbShape[sh&^31]&2 // a word of one byte has no second
		ti = ti&^2 | lx.titleShape[sh&^31]&2
		for m := sh << 6; v|ti != 0; m++ {
			lx.shapes[m] = uint8(tokFlag(v&1)*fShape | tokFlag(ti&1)*fTShape)
			v, ti = v>>1, ti>>1
		}
	}
	lx.shapes[shapeIndex("according")<<6|len("according")] |= uint8(fAccord)
}

// arabicArticle reports a surname that the Arabic article opens in lower
// case, as English news writes many: "al-Mansouri", "el-Sisi",
// "ash-Sharaa". It is a name's word as a capitalised one is.
func arabicArticle(w string) bool {
	i := strings.IndexByte(w, '-')
	if i < 2 || i > 3 || i+1 >= len(w) || w[i+1] < 'A' || w[i+1] > 'Z' {
		return false
	}
	switch w[:i] {
	case "al", "el", "ad", "ar", "as", "ash", "at", "az", "an":
		return true
	}
	return false
}

// keyTok reports a token where a sentence may end (a stop, a word that
// ends in a full stop) or a quote may open or close (a quote mark).
func keyTok(t *tok) bool {
	return t.k == tStop || t.k == tQuote || t.f&fDot != 0
}

// nonASCII appends the token, if any, that starts with the non-ASCII byte
// at i and returns the byte after it, or -1 when nothing more can be read.
// No-break and other spaces are skipped; the punctuation news text writes
// (dashes, curly quotes, guillemets, ellipsis) is a token on its own;
// anything else is read by tokenAt.
func (lx *lexicon) nonASCII(text string, i, e int, dst []tok) ([]tok, int) {
	var r rune
	var n int
	if i+2 < len(text) && text[i] == 0xE2 && text[i+1] == 0x80 && text[i+2]&0xC0 == 0x80 {
		r, n = 0x2000+rune(text[i+2]&0x3F), 3 // U+2000–U+203F: dashes, curly quotes…
	} else {
		r, n = utf8.DecodeRuneInString(text[i:])
	}
	cl := uint8(rcSlow)
	if r < 0x100 {
		cl = latin1Class[r]
	} else if r >= 0x2000 && r < 0x2080 {
		cl = punctClass[r-0x2000]
	}
	if cl == rcSpace {
		return dst, i + n
	}
	if cl >= rcPunct {
		return append(dst, tok{s: i, e: i + n, k: tokKind(cl - rcPunct)}), i + n
	}
	tk, next := lx.tokenAt(text, i, e)
	if next <= i {
		return dst, -1
	}
	if tk.e > tk.s {
		dst = append(dst, tk)
	}
	return dst, next
}

// joinedEnd reads on from the ASCII word t[i:j] when the byte at j may
// join it to more letters (U.S, Iran's, al-Sayed, Iran’s) or end it with a
// full stop (an initial or a listed abbreviation), as tokenAt would. It
// returns the word's end and its fJoin and fDot flags, or false when
// tokenAt must read the word.
func (lx *lexicon) joinedEnd(text, t string, i, j int) (int, tokFlag, bool) {
	var f tokFlag
	for j < len(t) && joinByte[t[j]] {
		if j+1 < len(t) && (t[j] == '.' || t[j] == '\'' || t[j] == '-') && byteClass[t[j+1]] == clWord {
			f = fJoin
			j = wordEnd(t, j+2)
		} else if j+3 < len(t) && t[j] == 0xE2 && t[j+1] == 0x80 && t[j+2] == 0x99 && byteClass[t[j+3]] == clWord {
			j = wordEnd(t, j+4)
		} else {
			break
		}
	}
	// wordEnds decides only for a word with no inner joiner
	if j < len(t) && joinByte[t[j]] && (f != 0 || !lx.wordEnds(text, i, &j, len(t))) {
		return 0, 0, false
	}
	if t[j-1] == '.' {
		if possessiveAfterDot(t, j, len(t)) > 0 {
			return 0, 0, false // "U.N.’s": tokenAt reads the possessive on
		}
		f |= fDot
	}
	return j, f, true
}

// possessiveAfterDot returns the length of a possessive 's or ’s at
// text[j:e] that follows an abbreviation's full stop and ends its word
// ("the U.N.’s chief", "the U.S.'s position"), or 0. The word's end is
// read in text, not only up to e.
func possessiveAfterDot(text string, j, e int) int {
	n := 0
	switch {
	case j+1 < e && text[j] == '\'':
		n = 1
	case j+3 < e && text[j] == 0xE2 && text[j+1] == 0x80 && text[j+2] == 0x99:
		n = 3
	default:
		return 0
	}
	if c := text[j+n]; c != 's' && c != 'S' {
		return 0
	}
	// what follows the s is read past e too, so that a range that ends
	// after it is tokenized as the whole text is ("A.'S0" is no possessive)
	if k := j + n + 1; k < len(text) {
		if r, _ := runeIn(text, k); isLetter(r) || isDigit(r) {
			return 0
		}
	}
	return n + 1
}

// wordEnd returns the first byte at or after j that is not an ASCII letter
// or digit, or len(t). It tests eight bytes at a time.
func wordEnd(t string, j int) int {
	for j+8 <= len(t) {
		if other := nonWordBytes(load8(t, j)); other != 0 {
			return j + bits.TrailingZeros64(other)>>3
		}
		j += 8
	}
	for j < len(t) && byteClass[t[j]] == clWord {
		j++
	}
	return j
}

// load8 reads the eight bytes of t at j, the first in the low byte. The
// compiler makes one load of the eight.
func load8(t string, j int) uint64 {
	t = t[j : j+8]
	return uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
		uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
}

// nonWordBytes returns x with the high bit set in each byte that is not an
// ASCII letter or digit, and no other bit set.
func nonWordBytes(x uint64) uint64 {
	const (
		ones = 0x0101010101010101
		high = 0x8080808080808080
	)
	// per byte, with no carry between bytes: y+k sets a byte's high bit
	// when y >= 0x80-k
	y := x &^ high
	l := y | 0x20*ones // ASCII letters in lower case
	letter := (l + (0x80-'a')*ones) &^ (l + (0x80-'z'-1)*ones)
	digit := (y + (0x80-'0')*ones) &^ (y + (0x80-'9'-1)*ones)
	return (^(letter | digit) | x) & high // as nonLetterBytes, an or
}

// nonLetterBytes returns, for x, a word whose lowest set bit is the high
// bit of the first byte of x that is not an ASCII letter, or 0 when all
// eight are letters. It has no bit but high bits; those of the bytes after
// that first one may be wrong, as a byte above 0xE0 carries into the
// next. It tests letters only, which takes fewer constants, so fewer
// registers, than nonWordBytes; the words' path reads on over a digit.
func nonLetterBytes(x uint64) uint64 {
	const (
		ones = 0x0101010101010101
		high = 0x8080808080808080
	)
	l := x | 0x20*ones // ASCII letters in lower case
	// a byte is no letter when l+(0x80-'a') leaves its high bit clear
	// (below 'a'), l+(0x80-'z'-1) sets it (above 'z') or x has it (not
	// ASCII): written as this or, it takes fewer instructions than the
	// negated and-not of the same tests
	return (^(l + (0x80-'a')*ones) | (l + (0x80-'z'-1)*ones) | x) & high
}

// Byte classes of the tokenizer's fast path.
const (
	clOther = iota // a non-ASCII byte: read by tokenAt
	clSpace        // ASCII space
	clWord         // ASCII letter or digit
	clPunct        // any other ASCII byte
)

// byteClass gives the class of each byte.
var byteClass = func() (t [256]uint8) {
	for c := range utf8.RuneSelf {
		switch {
		case spaceByte[c]:
			t[c] = clSpace
		case wordByte[c]:
			t[c] = clWord
		default:
			t[c] = clPunct
		}
	}
	return t
}()

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
		if n := next(); wordByte[n] {
			return false
		} else if n >= utf8.RuneSelf {
			// a full stop before a closing ” or » ends the word; before a
			// non-ASCII letter it joins it
			if r, _ := utf8.DecodeRuneInString(text[k+1:]); isLetter(r) || isDigit(r) {
				return false
			}
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

// timeOfDay reports "A.M." and "P.M.", which archives print in capitals
// after an hour: they start with a capital but name no one.
func timeOfDay(w string) bool {
	return w == "A.M." || w == "P.M."
}

// wordFlags computes the flags of the word w that every later step needs.
// Whether w is a reporting verb or starts a title is asked only of the few
// words attribution and name finding read (state.bits), not of every
// word of the article.
func (lx *lexicon) wordFlags(w string) tokFlag {
	var f tokFlag
	if c := w[0]; c < utf8.RuneSelf {
		if 'A' <= c && c <= 'Z' || arabicArticle(w) {
			f = fCap
		}
	} else if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
		f = fCap
	}
	if w[len(w)-1] == '.' {
		f |= fDot
		if timeOfDay(w) {
			f &^= fCap
		}
	}
	if len(w) == len("according") && w[1:] == "ccording" && w[0]|0x20 == 'a' {
		f |= fAccord
	}
	if len(w) <= maxVerbBytes && lx.verbShape[shapeIndex(w)]&(1<<len(w)) != 0 {
		f |= fShape
	}
	if lx.titleShape[shapeIndex(w)]&(1<<min(len(w), 63)) != 0 {
		f |= fTShape
	}
	return f
}

// tokenAt reads the token at or after byte i (skipping space) and returns
// it with the byte after it, reading no further than e (at most
// len(text)). At the end it returns an empty token.
func (lx *lexicon) tokenAt(text string, i, e int) (tok, int) {
	for i < e {
		r, n := runeIn(text, i)
		if !isSpaceRune(r) {
			break
		}
		i += n
	}
	if i >= e {
		return tok{}, e
	}
	r, n := runeIn(text, i)
	if d := decadeAt(text, i, e); d > i {
		return tok{s: i, e: d, k: tWord, f: lx.wordFlags(text[i:d])}, d // "the ’90s": a word, no quote mark
	}
	if isLetter(r) || isDigit(r) {
		var f tokFlag
		j := i + n
		for j < e {
			if c := text[j]; wordByte[c] {
				j++
				continue
			}
			r2, n2 := runeIn(text, j)
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
				j += possessiveAfterDot(text, j, e) // "the U.N.’s chief"
			}
		}
		return tok{s: i, e: j, k: tWord, f: f | lx.wordFlags(text[i:j])}, j
	}
	k := punctKind(r)
	if r == '-' && i+1 < e && text[i+1] == '-' {
		n = 2
	}
	return tok{s: i, e: i + n, k: k}, i + n
}

// decadeAt returns the end of a decade clipped to two digits that starts
// at text[i] ("'90s", "’60s", "‘80s"), its apostrophe no quote mark, and
// i when there is none. The decade ends by e; what follows it is read in
// the whole text, so that a range of the text is read as the text is.
func decadeAt(text string, i, e int) int {
	n := 1
	switch {
	case text[i] == '\'':
	case strings.HasPrefix(text[i:e], "’") || strings.HasPrefix(text[i:e], "‘"):
		n = len("’")
	default:
		return i
	}
	j := i + n
	if j+3 > e || !isDigit(rune(text[j])) || !isDigit(rune(text[j+1])) || text[j+2] != 's' {
		return i
	}
	if j+3 < len(text) && (wordByte[text[j+3]] || text[j+3] >= utf8.RuneSelf) {
		return i
	}
	return j + 3
}

// punctKind returns the kind of the token that the rune r, neither space
// nor letter nor digit, makes on its own.
func punctKind(r rune) tokKind {
	switch {
	case r == ',':
		return tComma
	case r == ':':
		return tColon
	case r == ';':
		return tSemi
	case isDash(r) || r == '-':
		return tDash
	case r == '.' || r == '!' || r == '?' || r == 0x2026 || fullWidthStop(r):
		return tStop
	case r == '(' || r == '[':
		return tOpen
	case r == ')' || r == ']':
		return tClose
	case isQuoteRune(r):
		return tQuote
	}
	return tOther
}

// fullWidthStop reports the sentence ends of Chinese and Japanese text
// (。！？), which no space follows.
func fullWidthStop(r rune) bool { return r == 0x3002 || r == 0xFF01 || r == 0xFF1F }

// What the tokenizer does with a non-ASCII rune that starts a token.
const (
	rcSlow  = iota // a letter or digit, or a rune not in the tables: tokenAt reads it
	rcSpace        // space: skipped
	rcPunct        // rcPunct+k: a token of kind k on its own
)

// latin1Class and punctClass give the rcX class of U+0080–U+00FF (no-break
// space, « », ©…) and of U+2000–U+207F (spaces, dashes, curly quotes,
// ellipsis): the runes news text writes between words.
var latin1Class, punctClass = func() (l [256]uint8, p [128]uint8) {
	class := func(r rune) uint8 {
		switch {
		case isSpaceRune(r):
			return rcSpace
		case isLetter(r) || isDigit(r):
			return rcSlow
		}
		return rcPunct + uint8(punctKind(r))
	}
	for r := range rune(256) {
		l[r] = class(r)
	}
	for r := range rune(128) {
		p[r] = class(0x2000 + r)
	}
	return l, p
}()

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
		"always", "usually", "sometimes", "flat-out", "long", "already",
		"could", "might", "may", "can", "should", "must",
		"cannot", "can't", "won't", "didn't", "doesn't", "don't", "wouldn't", "couldn't", "hasn't", "haven't",
		"can’t", "won’t", "didn’t", "doesn’t", "don’t", "wouldn’t", "couldn’t", "hasn’t", "haven’t":
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

// bits returns the flags of t with fVerb and fTitle, which the tokenizer
// leaves to be looked up for the few words that are asked about; the
// answer, with the word's lexicon.words entry (wordShift), is kept in t.f.
func (st *state) bits(t *tok) tokFlag {
	if t.f&fBits == 0 {
		t.f |= fBits
		if w := st.text[t.s:t.e]; t.k == tWord && len(w) > 0 {
			// most words asked about have no entry: the sieve tells them
			// here, without a call
			k := wordKey(w)
			if !st.lx.words.sieve.hasKey(k) {
				return t.f
			}
			f, i := st.lx.words.entry(w, k)
			if i >= 1<<(32-wordShift) {
				i = 0 // no room: matchTitle looks the word up
			}
			t.f |= f | tokFlag(i)<<wordShift
		}
	}
	return t.f
}

// tokensIn returns the tokens of text[s:e], as tokenize would, from the
// article's tokens (st.all, read once per paragraph) without reading the
// text again. The result may share memory with st.all or st.toks: callers
// read it and may reslice it, and write nothing to it but the flags
// state.bits keeps; it is valid only until the next call.
func (st *state) tokensIn(s, e int) []tok {
	all := st.all
	i := st.firstEndingAfter(s)
	if i < len(all) && all[i].s < s || s < len(st.text) && !utf8.RuneStart(st.text[s]) {
		// s cuts a token or a character: read the range on its own
		st.toks = st.lx.tokenize(st.text, s, e, st.toks[:0])
		return st.toks
	}
	// j: the first token that ends after e
	j := max(st.firstEndingAfter(e), i)
	if j < len(all) && all[j].s < e {
		// e cuts a token: it and what follows are read up to e
		st.toks = append(st.toks[:0], all[i:j]...)
		st.toks = st.lx.tokenize(st.text, all[j].s, e, st.toks)
		return st.toks
	}
	return all[i:j]
}

// firstEndingAfter returns the index of the first token of st.all that
// ends after byte pos, or len(st.all). It starts from the first token
// that ends after the start of pos's block (st.tokBlock) and steps over
// the few that end in the block at or before pos.
func (st *state) firstEndingAfter(pos int) int {
	if pos < 0 {
		return 0
	}
	b := pos >> blockShift
	if b >= len(st.tokBlock) {
		return len(st.all) // past the text: every token ends before
	}
	return stepAfter(st.all, st.tokBlock[b], pos)
}

// stepAfter returns the index of the first token of all[i:] that ends
// after byte pos, or len(all), when it lies a few tokens on: it steps
// four tokens at a time, then one.
func stepAfter(all []tok, i, pos int) int {
	for i+3 < len(all) && all[i+3].e <= pos {
		i += 4
	}
	for i < len(all) && all[i].e <= pos {
		i++
	}
	return i
}

// blockShift sets the size of the blocks of st.tokBlock: 64 bytes, about
// twelve tokens.
const blockShift = 6

// indexBlocks fills st.tokBlock, once st.all holds every token: its
// entry b is the index of the first token that ends after byte
// b<<blockShift. With it firstEndingAfter answers any position in a few
// steps, where a search from the previous answer would gallop over the
// article whenever a lookup goes back in the text.
func (st *state) indexBlocks() {
	all := st.all
	n := len(st.text)>>blockShift + 1
	tb := slices.Grow(st.tokBlock[:0], n)[:n]
	k := 0
	for b := range tb {
		k = stepAfter(all, k, b<<blockShift)
		tb[b] = k
	}
	st.tokBlock = tb
}

// bytesPerTok is about how many bytes of news text make a token and the
// space after it, rounded up: tokenizeKeys grows dst by the tokens of
// the bytes left at this rate.
const bytesPerTok = 6
