package segment

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// tokensByTokenAt is the reference tokenizer: tokenAt called in a loop.
func tokensByTokenAt(lx *lexicon, text string, s, e int) []tok {
	var out []tok
	for i := s; i < e; {
		t, next := lx.tokenAt(text, i, e)
		if next <= i {
			break
		}
		if t.e > t.s {
			out = append(out, t)
		}
		i = next
	}
	return out
}

func TestTokenize(t *testing.T) {
	seg := newTestSegmenter(t)
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"words and marks", "“We won,” Rivera said.", []string{"“", "We", "won", ",", "”", "Rivera", "said", "."}},
		{"joiners", "U.S. al-Sayed Iran's Kestrel’s 3.2%", []string{"U.S.", "al-Sayed", "Iran's", "Kestrel’s", "3.2", "%"}},
		{"abbreviation and initial", "Mr. J. Ode and Gen. Rusk.", []string{"Mr.", "J.", "Ode", "and", "Gen.", "Rusk", "."}},
		{"the possessive of an abbreviation", "the U.N.’s chief, the U.S.'s aim, the U.S. ’s and the U.S.’sake", []string{"the", "U.N.’s", "chief", ",", "the", "U.S.'s", "aim", ",", "the", "U.S.", "’", "s", "and", "the", "U.S.", "’", "sake"}},
		{"dashes", "a -- b — c - d", []string{"a", "--", "b", "—", "c", "-", "d"}},
		{"non-ASCII", "Zoë Müller «x» naïve", []string{"Zoë", "Müller", "«", "x", "»", "naïve"}},
		{"decades clipped to two digits are words", "in the '90s and the ’60s, not ‘80s; '08 '90 '90sx", []string{"in", "the", "'90s", "and", "the", "’60s", ",", "not", "‘80s", ";", "'", "08", "'", "90", "'", "90sx"}},
		{"a decade at the end, past the fast path", "since the ’90s", []string{"since", "the", "’90s"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := seg.lx.tokenize(tc.in, 0, len(tc.in), nil)
			var got []string
			for _, tk := range toks {
				got = append(got, tc.in[tk.s:tk.e])
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
			if ref := tokensByTokenAt(seg.lx, tc.in, 0, len(tc.in)); !slices.Equal(toks, ref) {
				t.Errorf("fast path %v differs from tokenAt %v", toks, ref)
			}
		})
	}
}

// FuzzTokens checks that the fast tokenizer reads like tokenAt, that it
// keeps the tokens keyTok accepts, and that tokensIn serves any range of
// an article as tokenizing it would.
func FuzzTokens(f *testing.F) {
	seg := newTestSegmenter(f)
	addSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := seg.lx.tokenize(text, 0, len(text), nil), tokensByTokenAt(seg.lx, text, 0, len(text)); !slices.Equal(got, want) {
			t.Fatalf("tokenize = %v, tokenAt gives %v", got, want)
		}
		st := state{text: text, lx: seg.lx}
		st.split()
		for pi := range st.doc.Paragraphs {
			var keys []tok
			for _, tk := range st.paraToks(pi) {
				if keyTok(&tk) {
					keys = append(keys, tk)
				}
			}
			var got []tok
			for _, x := range st.keys[st.paraKey[pi]:st.paraKey[pi+1]] {
				got = append(got, st.all[x])
			}
			if !slices.Equal(got, keys) {
				t.Fatalf("%q: paragraph %d keeps %v, want %v", text, pi, got, keys)
			}
		}
		// the tokens split dropped (dropClassYears) are dropped from
		// both sides: a range that cuts a token is read again, with them
		// (and so are the pieces of them such a range reads)
		var dropped []tok
		for pi, p := range st.doc.Paragraphs {
			for _, tk := range seg.lx.tokenize(text, p.Start, p.End, nil) {
				if !slices.Contains(st.paraToks(pi), tk) {
					// only an apostrophe and two digits may go
					w := text[tk.s:tk.e]
					if !(w == "'" || w == "’") && !(len(w) == 2 && w[0] >= '0' && w[0] <= '9' && w[1] >= '0' && w[1] <= '9') {
						t.Fatalf("%q: split dropped %q, no class year", text, w)
					}
					dropped = append(dropped, tk)
				}
			}
		}
		kept := func(ts []tok) []tok {
			return slices.DeleteFunc(slices.Clone(ts), func(tk tok) bool {
				return slices.ContainsFunc(dropped, func(d tok) bool { return d.s <= tk.s && tk.e <= d.e })
			})
		}
		step := max(1, len(text)/23)
		for _, p := range st.doc.Paragraphs {
			for s := p.Start; s <= p.End; s += step {
				for e := s; e <= p.End; e += step {
					want := kept(seg.lx.tokenize(text, s, e, nil))
					if got := kept(st.tokensIn(s, e)); !slices.Equal(got, want) && !(len(got) == 0 && len(want) == 0) {
						t.Fatalf("%q: tokensIn(%d, %d) = %v, want %v", text, s, e, got, want)
					}
				}
			}
		}
	})
}

// TestSpaceTables checks that spaceFirst and spaceLast hold the first and
// last byte of every rune isSpaceRune accepts, and that spaceLen knows the
// length of each, so that trimSpan and skipSpace never pass over a space.
func TestSpaceTables(t *testing.T) {
	var buf [utf8.UTFMax]byte
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !isSpaceRune(r) {
			continue
		}
		n := utf8.EncodeRune(buf[:], r)
		if !spaceFirst[buf[0]] || !spaceLast[buf[n-1]] {
			t.Errorf("space %U: first byte %#x or last byte %#x not marked", r, buf[0], buf[n-1])
		}
		if s := string(buf[:n]); r >= utf8.RuneSelf && spaceLen(s, 0) != n {
			t.Errorf("spaceLen(%U) = %d, want %d", r, spaceLen(s, 0), n)
		}
	}
}

// TestRuneSet checks runeSet.in against strings.ContainsAny, which it
// replaces on hot paths, for ASCII and multi-byte members and texts.
func TestRuneSet(t *testing.T) {
	sets := []string{"“‘\"«„", "“”\"‘’«»,", "$£€%", "ab"}
	texts := []string{"", "plain words", "he said, then", "“Yes”", "‘no", "« bien »", "„Ja“", "£5", "€", "x%", "ü and é", "\xe2\x80", "\xe2", "a\"b", "’", "“", "ba"}
	for _, set := range sets {
		rs := newRuneSet(set)
		for _, s := range texts {
			if got, want := rs.in(s), strings.ContainsAny(s, set); got != want {
				t.Errorf("newRuneSet(%q).in(%q) = %v, want %v", set, s, got, want)
			}
		}
	}
}

// FuzzRuneSet compares runeSet.in with strings.ContainsAny on any text and
// any set of valid runes.
func FuzzRuneSet(f *testing.F) {
	f.Add("“‘\"«„", "he said “no”")
	f.Add("$£€%", "£5 or 5%")
	f.Fuzz(func(t *testing.T, set, s string) {
		if !utf8.ValidString(set) || strings.ContainsRune(set, utf8.RuneError) {
			t.Skip("a set of valid runes only: ContainsAny matches invalid bytes of s to U+FFFD in the set")
		}
		if got, want := newRuneSet(set).in(s), strings.ContainsAny(s, set); got != want {
			t.Errorf("newRuneSet(%q).in(%q) = %v, want %v", set, s, got, want)
		}
	})
}

// TestNameSieve checks that the people index's sieves never miss a word
// they were given: a clear bit must mean the word starts no name, or sits
// inside none, registered before.
func TestNameSieve(t *testing.T) {
	var x peopleIndex
	names := []string{"Wilmer Arévalo Castro", "Jang Eun-sook", "Ana Ode", "Kiki", "Maria de la Cruz Vega", "Corvane Holdings Ltd"}
	for _, n := range names {
		x.addName(n)
	}
	for _, w := range []string{"Wilmer", "Jang", "Ana", "Maria", "Corvane"} {
		if !x.firsts.may(w) {
			t.Errorf("firsts.may(%q) = false after adding a name that starts with it", w)
		}
	}
	for _, w := range []string{"Arévalo", "de", "la", "Cruz", "Holdings"} {
		if !x.middles.may(w) {
			t.Errorf("middles.may(%q) = false after adding a name that holds it", w)
		}
	}
	// a one-word name adds nothing; most other words miss
	miss := 0
	for _, w := range []string{"Kiki", "Castro", "Ode", "Vega", "Ltd", "Lund", "Bergstrom", "Okafor", "Varga", "Nakamura"} {
		if !x.firsts.may(w) && !x.middles.may(w) {
			miss++
		}
	}
	if miss < 5 {
		t.Errorf("only %d of 10 words not added miss both sieves: the sieves pass nearly everything", miss)
	}
}
