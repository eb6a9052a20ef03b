package clean

import (
	"strings"
	"unicode/utf8"
)

// cp1252 holds the characters Windows-1252 gives the bytes 0x80–0x9F,
// by byte; 0 where it gives none (a Latin-1 decoder gives those bytes
// the C1 control characters U+0080–U+009F instead).
var cp1252 = [32]rune{
	'€', 0, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0, 'Ž', 0,
	0, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0, 'ž', 'Ÿ',
}

// byteOf returns the byte that a Windows-1252 or Latin-1 decoder read as r,
// when r is one such a decoder gives a byte of 0x80 or more.
func byteOf(r rune) (byte, bool) {
	if r >= 0x80 && r <= 0xFF {
		return byte(r), true // Latin-1, the C1 controls of a Latin-1 decoder included
	}
	for i, c := range cp1252 {
		if c == r && c != 0 {
			return byte(0x80 + i), true
		}
	}
	return 0, false
}

// maxMojibakePasses is how many times FixMojibake decodes a text again:
// text encoded twice ("FranÃ\u0083Â§ois") needs two passes.
const maxMojibakePasses = 3

// FixMojibake repairs text that was UTF-8 but was read as Windows-1252 or
// Latin-1 on its way into an archive: "Ã©" is "é", "â€œ" is "“",
// "FranÃ\u0083Â§ois" (read wrongly twice) is "François". Only the runs
// that decode to a well-formed UTF-8 character of the kinds such damage
// hides change: a Latin letter or sign (U+0080–U+017F), general
// punctuation (U+2000–U+206F), the euro sign or the trade mark sign.
// Text in Latin-1 scripts that was never damaged ("São Paulo", "«ÉTÉ»",
// "CAFÉ”") stays as it is.
func FixMojibake(s string) string {
	for range maxMojibakePasses {
		t := fixOnce(s)
		if t == s {
			return s
		}
		s = t
	}
	return s
}

// fixOnce decodes the damaged runs of s once.
func fixOnce(s string) string {
	if !maybeMojibake(s) {
		return s
	}
	var b strings.Builder
	done := 0 // s[:done] is written to b, when b is in use
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		lead, ok := byteOf(r)
		if !ok || lead < 0xC2 || lead > 0xEF {
			i += n
			continue
		}
		want := 2 // bytes in the sequence lead starts
		if lead >= 0xE0 {
			want = 3
		}
		var buf [3]byte
		buf[0] = lead
		j, k := i+n, 1
		for k < want && j < len(s) {
			c, m := utf8.DecodeRuneInString(s[j:])
			if c == utf8.RuneError && m == 3 && k == 2 && lead == 0xE2 && buf[1] == 0x80 {
				c = 0x9D // "â€\ufffd": a decoder that lost the last byte of "”"
			}
			cb, ok := byteOf(c)
			if !ok || cb < 0x80 || cb > 0xBF {
				break
			}
			buf[k] = cb
			k++
			j += m
		}
		if k < want {
			i += n
			continue
		}
		fixed, size := utf8.DecodeRune(buf[:want])
		if size != want || !hidden(fixed) {
			i += n
			continue
		}
		if b.Len() == 0 && done == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[done:i])
		b.WriteRune(fixed)
		i, done = j, j
	}
	if done == 0 {
		return s
	}
	b.WriteString(s[done:])
	return b.String()
}

// hidden reports whether r is a character that reading its UTF-8 bytes as
// Windows-1252 or Latin-1 typically damages in news text.
func hidden(r rune) bool {
	return r >= 0x80 && r <= 0x17F || r >= 0x2000 && r <= 0x206F || r == '€' || r == '™'
}

// maybeMojibake reports whether s holds a character that may lead a
// damaged run: "Â" to "ï" (the bytes 0xC2–0xEF read as Latin-1). Most
// text holds none and is returned at once.
func maybeMojibake(s string) bool {
	for i := 0; i < len(s); i++ {
		// U+00C2–U+00EF are written 0xC3 0x82–0xAF, or 0xC3 0x80–0xAF
		// for "À"–"ï": look for 0xC3 and test the next byte
		if s[i] == 0xC3 && i+1 < len(s) && s[i+1] >= 0x82 && s[i+1] <= 0xAF {
			return true
		}
	}
	return false
}
