package segment

import (
	"unicode"
	"unicode/utf8"
)

// runeAt decodes the rune starting at byte i of s, with an ASCII fast path
// the compiler inlines.
func runeAt(s string, i int) (rune, int) {
	if uint(i) < uint(len(s)) && s[i] < utf8.RuneSelf {
		return rune(s[i]), 1
	}
	return runeAtSlow(s, i)
}

// runeAtSlow is runeAt for a non-ASCII byte or an index out of range. It
// is kept out of line so that runeAt stays within the inlining budget.
//
//go:noinline
func runeAtSlow(s string, i int) (rune, int) {
	if i >= len(s) || i < 0 {
		return utf8.RuneError, 0
	}
	return utf8.DecodeRuneInString(s[i:])
}

// runeBefore decodes the rune that ends at byte i of s.
func runeBefore(s string, i int) (rune, int) {
	if uint(i-1) < uint(len(s)) && s[i-1] < utf8.RuneSelf {
		return rune(s[i-1]), 1
	}
	return runeBeforeSlow(s, i)
}

// runeBeforeSlow is runeBefore for a non-ASCII byte or an index out of
// range, kept out of line so that runeBefore inlines.
//
//go:noinline
func runeBeforeSlow(s string, i int) (rune, int) {
	if i <= 0 || i > len(s) {
		return utf8.RuneError, 0
	}
	return utf8.DecodeLastRuneInString(s[:i])
}

// isSpaceRune reports whether r is white space (Unicode White_Space).
func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && spaceByte[r]
	}
	return isSpaceSlow(r)
}

// isSpaceSlow is isSpaceRune for a non-ASCII rune, kept out of line so
// that isSpaceRune inlines.
//
//go:noinline
func isSpaceSlow(r rune) bool {
	switch r {
	case 0xA0, 0x2009, 0x200A, 0x202F, 0x3000:
		return true
	}
	return unicode.IsSpace(r)
}

// isLetter reports whether r is a letter, with an ASCII fast path the
// compiler inlines.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return uint32(r|0x20)-'a' < 26
	}
	return isLetterSlow(r)
}

// isLetterSlow is isLetter for a non-ASCII rune, kept out of line so that
// isLetter inlines.
//
//go:noinline
func isLetterSlow(r rune) bool { return unicode.IsLetter(r) }

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

// isUpper reports whether r is an upper-case letter, with an ASCII fast
// path the compiler inlines.
func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return uint32(r)-'A' < 26
	}
	return isUpperSlow(r)
}

// isUpperSlow is isUpper for a non-ASCII rune, kept out of line so that
// isUpper inlines.
//
//go:noinline
func isUpperSlow(r rune) bool { return unicode.IsUpper(r) }

// isLower reports whether r is a lower-case letter, with an ASCII fast
// path the compiler inlines.
func isLower(r rune) bool {
	if r < utf8.RuneSelf {
		return uint32(r)-'a' < 26
	}
	return isLowerSlow(r)
}

// isLowerSlow is isLower for a non-ASCII rune, kept out of line so that
// isLower inlines.
//
//go:noinline
func isLowerSlow(r rune) bool { return unicode.IsLower(r) }

func isDash(r rune) bool {
	return r == 0x2014 || r == 0x2013 || r == 0x2012 || r == 0x2015
}

// spaceFirst and spaceLast mark the first and the last byte of the UTF-8
// form of each rune isSpaceRune accepts (the ASCII spaces, no-break space,
// the U+2000 spaces...), so that trimSpan and skipSpace decode a
// non-ASCII rune only when it may be a space: a closing ” or » is not.
var spaceFirst, spaceLast = func() (f, l [256]bool) {
	var buf [utf8.UTFMax]byte
	mark := func(r rune) {
		if isSpaceRune(r) {
			n := utf8.EncodeRune(buf[:], r)
			f[buf[0]], l[buf[n-1]] = true, true
		}
	}
	for r := range rune(utf8.RuneSelf) {
		mark(r)
	}
	// isSpaceSlow accepts White_Space and a few runes of its own
	for _, r := range unicode.White_Space.R16 {
		for c := rune(r.Lo); c <= rune(r.Hi); c += rune(r.Stride) {
			mark(c)
		}
	}
	for _, r := range unicode.White_Space.R32 {
		for c := rune(r.Lo); c <= rune(r.Hi); c += rune(r.Stride) {
			mark(c)
		}
	}
	for _, r := range []rune{0xA0, 0x2009, 0x200A, 0x202F, 0x3000} {
		mark(r)
	}
	return f, l
}()

// trimSpan shrinks [s, e) of text so it neither starts nor ends with space.
func trimSpan(text string, s, e int) (int, int) {
	for s < e && uint(s) < uint(len(text)) {
		c := text[s]
		if !spaceFirst[c] {
			break
		}
		if c < utf8.RuneSelf {
			s++
			continue
		}
		n := spaceLen(text, s)
		if n == 0 {
			break
		}
		s += n
	}
	for e > s && uint(e-1) < uint(len(text)) {
		c := text[e-1]
		if !spaceLast[c] {
			break
		}
		if c < utf8.RuneSelf {
			e--
			continue
		}
		r, n := runeBefore(text, e)
		if !isSpaceRune(r) {
			break
		}
		e -= n
	}
	return s, e
}

// skipSpace returns the first byte at or after i (below end) that is not space.
func skipSpace(text string, i, end int) int {
	for i < end {
		if uint(i) >= uint(len(text)) {
			return i
		}
		c := text[i]
		if !spaceFirst[c] {
			return i
		}
		if c < utf8.RuneSelf {
			i++
			continue
		}
		n := spaceLen(text, i)
		if n == 0 {
			return i
		}
		i += n
	}
	return end
}

// spaceLen returns the length of the space at byte i of text, whose first
// byte is non-ASCII and marked in spaceFirst, or 0 when it is no space.
// Every non-ASCII space takes two bytes (lead byte 0xC2) or three (0xE1 to
// 0xE3), so a last byte not marked in spaceLast settles it without
// decoding: “ and — start like the U+2000 spaces but end otherwise.
func spaceLen(text string, i int) int {
	n := 2 + int(text[i]>>5&1) // lead bytes 110xxxxx and 1110xxxx
	if i+n > len(text) || !spaceLast[text[i+n-1]] {
		return 0
	}
	if r, m := runeIn(text, i); isSpaceRune(r) {
		return m
	}
	return 0
}

// runeIn decodes the rune at byte i of s, which must lie below len(s):
// runeAt without its range check, small enough for the compiler to inline.
func runeIn(s string, i int) (r rune, n int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	r, n = runeAtSlow(s, i)
	return
}
