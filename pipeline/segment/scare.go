package segment

import (
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"
)

// This file holds the rules that tell quoted text that is nobody's words
// (a heading, a caption, a sign, a label, a word held at arm's length)
// from speech. Each rule looks only at the text around one quote.

// maxHeadingQuoteWords is the most words a quotation standing alone as a
// subheading may have.
const maxHeadingQuoteWords = 12

// maxHeadlineWords is the most words a headline that opens with a
// quotation may have.
const maxHeadlineWords = 20

// headingQuote reports whether the paragraph para is a subheading or a
// headline made of the quotation whose one piece is p: nothing but one
// short quotation, perhaps after a list number ("3. “Not my channel”"),
// with no sentence punctuation at its end inside or outside the marks
// unless all its words are capitalised ('All Bets Are Off.'); or
// one line that opens with a quotation and goes on without a reporting
// verb (cue, if any, lies elsewhere) and without a final stop (“Salt
// Road” wins top prize).
func headingQuote(text string, para *Paragraph, p *qpiece, cue Span) bool {
	ps, pe := para.Start, para.End
	if p.ce <= p.e || p.e <= p.s {
		return false
	}
	// most quotes have words before them: a first byte that is neither
	// space nor part of a list number settles it
	if ps < p.os {
		if c := text[ps]; c < utf8.RuneSelf && !spaceByte[c] && !isDigit(rune(c)) && c != '.' && c != ')' {
			return false
		}
	}
	s, e := trimSpan(text, ps, p.os)
	prefix := strings.TrimRight(text[s:e], ".)")
	for i := 0; i < len(prefix); i++ {
		if !isDigit(rune(prefix[i])) {
			return false
		}
	}
	s, e = trimSpan(text, p.ce, pe)
	rest := text[s:e]
	if rest == "" {
		n := countWordsMax(text[p.s:p.e], maxHeadingQuoteWords+1)
		if r, _ := runeBefore(text, p.e); sentenceEndRune(r) {
			// a full stop ends speech, unless every word is capitalised
			// as in a subheading: 'All Bets Are Off.'
			return n > 1 && n <= maxHeadingQuoteWords && titleLike(text, p.s, p.e, n)
		}
		return n <= maxHeadingQuoteWords
	}
	if r, _ := runeAt(rest, 0); r != ':' && !isLetter(r) {
		return false
	}
	if cue.Valid() && cue.Start >= p.ce && cue.End <= pe {
		return false
	}
	if r, _ := runeBefore(text, pe); sentenceEndRune(r) || isQuoteRune(r) || r == ')' {
		return false
	}
	if strings.IndexByte(text[ps:pe], '\n') >= 0 {
		return false
	}
	return countWordsMax(text[ps:pe], maxHeadlineWords+1) <= maxHeadlineWords
}

// titleOpening reports a capitalised title that opens its sentence and is
// followed by an apposition or a lower-case verb that reports nothing
// (“The Salt Road”, a quiet drama, …; “Argo” won …).
func (st *state) titleOpening(q *rawQuote) bool {
	p := q.pieces[0]
	text := st.text
	if len(q.pieces) > 1 || p.ce <= p.e {
		return false
	}
	// most quotes end with punctuation inside their marks: that is read
	// before the words
	if r, _ := runeBefore(text, p.e); sentenceEndRune(r) || !titleLike(text, p.s, p.e, countWordsMax(text[p.s:p.e], 7)) {
		return false
	}
	hi := st.doc.Paragraphs[p.para].End
	i := skipSpace(text, p.ce, hi)
	comma := i < hi && text[i] == ','
	if comma {
		i++
	}
	n := wordAfter(text, i, hi)
	if n == "" {
		return false
	}
	if r, _ := runeAt(n, 0); !isLower(r) || st.lx.wordFlags(n)&fVerb != 0 {
		return false
	}
	if comma {
		return n == "a" || n == "an" || n == "the"
	}
	return !nonNouns.has(n) || n == "is" || n == "was" || n == "has"
}

// sentenceEndRune reports the marks that end or continue a sentence.
func sentenceEndRune(r rune) bool {
	switch r {
	case '.', '!', '?', ',', ';', ':', 0x2026:
		return true
	}
	return isDash(r)
}

// prevWord returns the word that ends before byte i, not before lo, in
// lower case and without the punctuation around it, with its start and
// whether punctuation stood between it and i. ASCII bytes are classed by
// the prevClass table; only other runes are decoded.
func prevWord(text string, lo, i int) (w string, start int, punct bool) {
	if i <= lo {
		return "", i, false
	}
	t := text[lo:i] // j below counts from lo; a rune decoded across lo may take it below 0
	j := len(t)
	for j > 0 {
		k := prevClass[t[j-1]]
		if k&pcSpace != 0 {
			j--
			continue
		}
		if k&pcPunct != 0 {
			punct = true
			j--
			continue
		}
		if k&pcHigh == 0 {
			break
		}
		r, n := utf8.DecodeLastRuneInString(text[:lo+j])
		if isSpaceSlow(r) {
			j -= n
			continue
		}
		if isDash(r) {
			punct = true
			j -= n
			continue
		}
		break
	}
	e := j
	var seen uint8 // the classes of the word's ASCII bytes
	// the word's ASCII bytes, eight at once, back to the first byte below
	// '!' or not ASCII (most often the space before the word), which the
	// loop below reads
	for j >= 8 {
		x := load8(t, j-8)
		stop := (^(x&low7 + (0x80-'!')*ones8) | x) &^ low7
		n := bits.LeadingZeros64(stop) >> 3 // the word's bytes among the eight
		if upperOrHighBytes(x>>(64-8*n)) != 0 {
			seen |= pcUpper
		}
		j -= n
		if stop != 0 {
			break
		}
	}
	for j > 0 {
		k := prevClass[t[j-1]]
		if k&(pcSpace|pcHigh) == 0 {
			seen |= k
			j--
			continue
		}
		if k&pcSpace != 0 {
			break
		}
		r, n := utf8.DecodeLastRuneInString(text[:lo+j])
		if isSpaceSlow(r) {
			break
		}
		j -= n
	}
	w = text[lo+j : lo+e]
	if seen&pcUpper != 0 {
		w = lowerKeyword(w)
	}
	return w, lo + j, punct
}

// Classes of prevClass.
const (
	pcSpace = 1 << iota // an ASCII space
	pcPunct             // , ; : ? ! ( . which prevWord skips before a word
	pcUpper             // an ASCII capital
	pcHigh              // a byte of a non-ASCII rune
)

// prevClass gives the class of each byte for prevWord.
var prevClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = pcHigh
		case spaceByte[c]:
			t[c] = pcSpace
		case 'A' <= c && c <= 'Z':
			t[c] = pcUpper
		}
	}
	for _, c := range ",;:?!(." {
		t[c] = pcPunct
	}
	return t
}()

// scareKeywords maps the lower-case form of every word the scare-quote
// rules compare with to itself.
var scareKeywords = func() map[string]string {
	m := map[string]string{}
	for _, set := range []*wordSet{labelWords, signWords, determiners, calledSpeaker, nonNouns} {
		for w := range set.words {
			m[w] = w
		}
	}
	for _, w := range []string{"or", "and", "called", "named", "as", "known", "such", "read", "reads", "reading",
		"saying", "says", "said", "with", "bearing", "proclaiming", "showing", "that", "which"} {
		m[w] = w
	}
	for _, w := range dubWords {
		m[w] = w
	}
	return m
}()

// lowerKeyword returns w, which holds an ASCII capital, lower-cased when
// that is a word the rules look for, else w as it is: only keywords are
// ever compared, so no other word needs a lower-cased copy (which would
// allocate).
func lowerKeyword(w string) string {
	var buf [24]byte
	if len(w) > len(buf) {
		return w
	}
	lowerASCII(buf[:len(w)], w)
	if k, ok := scareKeywords[string(buf[:len(w)])]; ok {
		return k
	}
	return w
}

// wordAfter returns the word that starts at or after byte i (after spaces
// only), up to hi, as written, with the punctuation after it trimmed.
func wordAfter(text string, i, hi int) string {
	i = skipSpace(text, i, hi)
	j := i
	for j < hi {
		r, n := runeAt(text, j)
		if isSpaceRune(r) {
			break
		}
		j += n
	}
	return strings.TrimRight(text[i:j], ".,;:!?)”’\"'")
}

// wordSet is a set of words. has turns most other words away by their
// first byte and length, which is cheaper than hashing them.
type wordSet struct {
	lens  [256]uint64 // bit n of lens[c]: a word of n bytes starts with c
	words map[string]bool
}

// newWordSet returns the set of the words ws.
func newWordSet(ws ...string) *wordSet {
	s := &wordSet{words: make(map[string]bool, len(ws))}
	for _, w := range ws {
		s.lens[w[0]] |= 1 << len(w)
		s.words[w] = true
	}
	return s
}

// has reports whether w is in the set.
func (s *wordSet) has(w string) bool {
	if w == "" || len(w) >= 64 || s.lens[w[0]]&(1<<len(w)) == 0 {
		return false
	}
	return s.words[w]
}

// sentenceQuote reports whether the quote piece p holds a sentence: it
// ends with a sentence's mark, or runs to five words or more.
func (st *state) sentenceQuote(p *qpiece) bool {
	if r, _ := runeBefore(st.text, p.e); r == '.' || r == '!' || r == '?' {
		return true
	}
	return countWordsMax(st.text[p.s:p.e], 5) >= 5
}

// postedBefore reports whether the words before a caption tell that
// someone put it out on social media: "shared a photo on Instagram",
// "posted a picture".
func postedBefore(before string) bool {
	for _, w := range [...]string{" posted ", " shared ", " uploaded ", " tweeted ", "Instagram", "Facebook", "TikTok", " on X"} {
		if strings.Contains(before, w) {
			return true
		}
	}
	return false
}

// labelWords introduce a quoted caption, sign, name or slogan: what follows
// them is text shown or a name given, not speech.
var labelWords = newWordSet(
	"caption", "captioned", "tagline", "hashtag",
	"banner", "banners", "placard", "placards", "slogan", "slogans",
	"motto", "headline", "headlined", "headed", "titled", "entitled", "subtitled", "title", "subtitle", "codename",
	"nicknamed", "dubbed", "labelled", "labeled", "sayings", "inscription",
	// a form's choices: "the option “Spiritual, but not part of any religion”"
	"option", "options", "checkbox", "tickbox",
)

// signWords are things that carry written words; when they are followed by
// "read", "saying", "with" and the like, a quote after them is their text.
var signWords = newWordSet(
	"sign", "signs", "placard", "placards", "banner", "banners",
	"poster", "posters", "t-shirt", "t-shirts", "shirt", "shirts",
	"billboard", "billboards", "caption", "graffiti",
	"button", "buttons", "badge", "badges", "sticker", "stickers", "hat", "hats",
	"cap", "caps", "mug", "mugs", "flag", "flags", "sweatshirt", "sweatshirts",
	"heading", "headings", "label", "labels", "plaque", "plaques",
)

// determiners may stand before a quoted word that modifies a noun.
var determiners = newWordSet(
	"the", "a", "an", "this", "that", "these", "those",
	"its", "his", "her", "their", "our", "my", "your",
	"or", "and", "so-called", "supposed", "alleged", "new",
)

// calledSpeaker are the words before "called" or "named" that make it a
// person's speech act ("she called it …", "which Rivera had called …",
// "what it called …", an organisation's) rather than a name given
// ("what's called …", "a group called …").
var calledSpeaker = newWordSet(
	"he", "she", "they", "we", "i", "you", "who", "it",
	"has", "have", "had", "also", "and", "once",
	"repeatedly", "publicly", "previously", "then",
)

// nonNouns are lower-case words that, right after a quoted phrase, show it
// is not a modifier of a following noun.
var nonNouns = newWordSet(
	"and", "or", "but", "nor", "of", "in", "on", "at",
	"to", "for", "from", "by", "with", "as", "than",
	"that", "which", "who", "when", "while", "if", "because",
	"is", "was", "are", "were", "be", "been", "has",
	"had", "have", "will", "would", "could", "should", "can",
	"may", "might", "must", "do", "does", "did", "not",
	"he", "she", "they", "it", "we", "i", "you",
	"about", "after", "before", "over", "into", "during",
	"until", "since", "so", "then", "there", "here",
	"this", "the", "a", "an", "his", "her", "its",
	"their", "all", "both", "even", "only", "again",
	"too", "also", "now", "yet", "still", "instead",
	"against", "under", "between", "among", "per", "via",
	"whether", "where", "why", "how", "what", "though",
	"although", "unless", "like", "said", "says", "say",
)

// passiveAfterArticle reports whether the words before byte at, after
// adverbs such as "often", are a noun in lower case that "a", "an" or
// "the" opens: "a group often" before "described".
func passiveAfterArticle(text string, ss, at int) bool {
	w, s, p := prevWord(text, ss, at)
	for n := 0; n < 2 && !p && (w == "often" || w == "sometimes" || w == "widely" || w == "also"); n++ {
		w, s, p = prevWord(text, ss, s)
	}
	if p || w == "" || w[0] < 'a' || w[0] > 'z' || determiners.has(w) {
		return false
	}
	switch w {
	case "time", "moment", "day", "week", "month", "year", "weekend", "meeting", "hearing", "past":
		return false // "a problem that engineers at the time described as", "in the past described as": a time between subject and verb
	}
	d, _, p := prevWord(text, ss, s)
	return !p && (d == "a" || d == "an" || d == "the")
}

// labelQuote reports whether the quote q, whose first piece opens at os in
// a paragraph that starts at ps and a sentence that starts at ss, is a
// caption, a sign, a slogan or a name rather than anyone's words. sent is
// the index of the sentence that starts at ss, or -1.
func (st *state) labelQuote(q *rawQuote, ps, ss, sent int) bool {
	text := st.text
	first := &q.pieces[0]
	w1, s1, punct1 := prevWord(text, ps, first.os)
	if (w1 == "a" || w1 == "an" || w1 == "the") && !punct1 && len(q.pieces) == 1 && countWordsMax(text[first.s:first.e], 4) <= 3 {
		// "Speaking at a “town hall” in St. Paul": a few words named
		// where something happens, no one's speech
		switch w0, _, p0 := prevWord(text, ps, s1); w0 {
		case "at", "in", "on", "into", "during", "inside":
			if !p0 && !st.reportsBefore(ss, first.os) {
				return true // but "arguing that Trump was focused on a ‘geographic suspension’" quotes him
			}
		}
	}
	if ss < first.os && strings.Contains(text[ss:first.os], "caption") && !strings.Contains(text[ss:first.os], "with the caption") && postedBefore(text[ps:first.os]) && st.sentenceQuote(first) {
		// "Reddy posted a photograph of his cast. ¶ The caption read:
		// “…”": a post's own words are its poster's, a sentence of them
		return false
	}
	if determiners.has(w1) && !punct1 && w1 != "or" && w1 != "and" {
		w1, s1, punct1 = prevWord(text, ps, s1)
	} else if !punct1 && possessiveWord(w1) {
		// "often called the market’s “fear gauge”": the owner's words,
		// then the verb before them
		if w, s, p := prevWord(text, ps, s1); !p && (w == "the" || w == "a") {
			w1, s1, punct1 = prevWord(text, ps, s)
		}
	}
	if labelWords.has(w1) && !(w1 == "dubbed" && st.dubbedBySpeaker(ss, s1)) && !((w1 == "caption" || w1 == "captioned") && postedBefore(text[ss:s1]) && st.sentenceQuote(first)) {
		// but "Ode posted a photo with the caption: “Forever starts
		// now.”" is her own post's words, a sentence ("“Welcome Tomas”"
		// is a label)
		return true
	}
	// signBefore needs a sign word among the words before the quote: look
	// for one once, in the tokens, before walking back word by word
	var keys uint8
	if ss < first.os {
		keys = st.scareKeys(sent, ss, first.os)
	}
	signAhead := keys&keySign != 0
	if !punct1 && s1 >= ss {
		switch w1 {
		case "called", "named":
			w0, _, p0 := prevWord(text, ss, s1)
			if p0 || w0 == "" {
				return false
			}
			if calledSpeaker.has(w0) || startsUpper(text, ss, s1) || st.roleCalls(ss, s1) {
				return false
			}
			return true
		case "as":
			if w0, _, p0 := prevWord(text, ss, s1); !p0 && (w0 == "known" || w0 == "such") {
				return w0 == "known" || signAhead && st.signBefore(ss, s1)
			}
			// "known on the treasury desk as “the parking lot”": a few
			// words of place or time between
			object := false // a determiner or pronoun passed: "described the talks as", someone describes
			for i, n := s1, 0; n < 6 && i > ss; n++ {
				w, s, punct := prevWord(text, ss, i)
				if w == "" || punct || w == "by" {
					break // "known by some Republicans as a “hug”": they call it so
				}
				if w == "known" {
					return true
				}
				if w == "described" || w == "labelled" || w == "labeled" || w == "branded" {
					// "a group often described in headlines as a
					// “superbug”": a passive after a noun its article
					// opens, whose describer no one names
					return !object && passiveAfterArticle(text, ss, s) && !strings.Contains(text[ss:first.os], "ccording to")
				}
				object = object || determiners.has(w) || w == "them" || w == "it" || w == "him" || w == "her" || w == "us"
				i = s
			}
		case "read", "reads", "reading", "saying", "says", "said", "with", "bearing", "proclaiming", "showing":
			w0, s0, _ := prevWord(text, ss, s1)
			if signWords.has(w0) {
				return true
			}
			if w0 == "that" || w0 == "which" {
				// "beneath a heading that read “…”": the relative's noun
				if w00, _, _ := prevWord(text, ss, s0); signWords.has(w00) {
					return true
				}
			}
			if (w1 == "read" || w1 == "reads" || w1 == "reading") && len(q.pieces) == 1 && shouted(text[first.s:first.e]) {
				// "A hand-lettered board by the door read “BRAYSIDE
				// STRONG — COME IN, WE'RE OPEN”": words in capitals that
				// something reads are its lettering
				return true
			}
			if (w1 == "read" || w1 == "reads") && signAhead {
				// "a hand-lettered sign zip-tied to the fence outside the
				// fairgrounds read “…”": the sign is the subject, far back
				for i, n := s1, 0; n < 16 && i > ss; n++ {
					w, s, _ := prevWord(text, ss, i)
					if w == "" {
						break
					}
					if signWords.has(w) {
						return true
					}
					i = s
				}
			}
		}
	}
	if signAhead && st.signBefore(ss, first.os) {
		return true
	}
	// "dubbed" or "code-named" earlier in the sentence names what follows;
	// the word-by-word walk back runs only when one of them is there
	if keys&keyDub == 0 {
		return handleLike(text[first.s:first.e])
	}
	for i := first.os; i > ss; {
		w, s, _ := prevWord(text, ss, i)
		if w == "" || s >= i || strings.ContainsAny(text[s:i], "”\"»") {
			break // "described the drills, code-named “Iron Tide,” as “a rehearsal …”": the name is the quote before
		}
		if slices.Contains(dubWords[:], w) {
			return w != "dubbed" || !st.dubbedBySpeaker(ss, s)
		}
		if tk := st.lx.wordFlags(text[s:i]); tk&fVerb != 0 {
			break
		}
		i = s
	}
	return handleLike(text[first.s:first.e])
}

// shouted reports whether s has letters, two words or more, and no
// lower-case ASCII letter: lettering in capitals.
func shouted(s string) bool {
	letters, ok := capitalsOnly(s)
	return ok && letters >= 4 && strings.IndexByte(strings.TrimSpace(s), ' ') > 0
}

// capitalsOnly returns how many ASCII capital letters s holds, and false
// when it holds a lower-case ASCII letter.
func capitalsOnly(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'a' <= c && c <= 'z':
			return n, false
		case 'A' <= c && c <= 'Z':
			n++
		}
	}
	return n, true
}

// roleCalls reports whether the words before "called" at i, in a
// sentence that starts at ss, are a speaker's: "in what its chief
// executive called “…”", "the governor called …": a role after "the" or
// a possessive, or any subject after "what". "a man called “…”" and "a
// group called “…”" name.
func (st *state) roleCalls(ss, i int) bool {
	role := false
	skipped := 0 // adverbs and auxiliaries right before "called" ("later called", "have called")
	for n := 0; n < 5 && i > ss; n++ {
		w, s, punct := prevWord(st.text, ss, i)
		if w == "" || punct {
			return false
		}
		if w == "what" || w == "What" {
			return true
		}
		if n == 0 && skipped < 2 && (isAux(w) || isAdverb(w)) {
			skipped, n = skipped+1, -1
			i = s
			continue // "what investigators later called “…”"
		}
		if n == 0 && i > ss {
			// "what investigators called “…”": any subject after "what"
			if w2, _, p2 := prevWord(st.text, ss, s); !p2 && (w2 == "what" || w2 == "What") {
				return true
			}
		}
		if n == 0 {
			ti, ok := st.lx.title(strings.ToLower(w))
			if !ok || ti.kind != kindRole && ti.kind != kindTitle {
				return false
			}
			role = true
		}
		switch w {
		case "the", "The", "its", "Its", "his", "His", "her", "Her", "their", "Their":
			return role
		case "a", "A", "an", "An":
			return false
		}
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			return role
		}
		i = s
	}
	return false
}

// reportsBefore reports whether a reporting verb other than the one
// that opens the sentence ("Speaking at a …") stands in text[ss:os].
func (st *state) reportsBefore(ss, os int) bool {
	return st.cueFrom(st.tokensIn(ss, os), 1)
}

// dubbedBySpeaker reports whether "dubbed" at i has a subject before it,
// as "called" does when someone speaks: "who he dubbed “…”", "Lund dubbed
// the plan “…”", "critics have dubbed it “…”", not "an operation dubbed
// “…”", where it names.
func (st *state) dubbedBySpeaker(ss, i int) bool {
	return dubbedBy(st.text[ss:i])
}

// dubbedBy reports whether before, the words up to "dubbed", ends with
// its subject: a pronoun or word that calledSpeaker holds, or a
// capitalised word.
func dubbedBy(before string) bool {
	w0, s0, p0 := prevWord(before, 0, len(before))
	if p0 || w0 == "" {
		return false
	}
	r, _ := runeAt(before, s0)
	return calledSpeaker.has(strings.ToLower(w0)) || isUpper(r)
}

// startsUpper reports whether the last word of text[lo:i] starts with an
// upper-case letter (a name before "called": "which Rivera called …").
func startsUpper(text string, lo, i int) bool {
	_, s, _ := prevWord(text, lo, i)
	r, _ := runeAt(text, s)
	return isUpper(r) && s > lo
}

// signBefore reports "signs with sayings such as", "a banner reading" or
// the like among the six words before i in the sentence that starts at ss.
func (st *state) signBefore(ss, i int) bool {
	text := st.text
	next, after := "", ""
	for n := 0; n < 6 && i > ss; n++ {
		w, s, punct := prevWord(text, ss, i)
		if w == "" {
			break
		}
		if signWords.has(w) {
			switch next {
			case "read", "reads", "reading", "saying", "with", "bearing", "proclaiming", "such", "showing":
				return true
			case "that", "which":
				// "a sign that read …", not "a sign that the campaign was
				// …", where the sign is evidence and the quote someone's
				switch after {
				case "read", "reads", "said", "says", "proclaimed", "declared", "warned", "asked", "urged", "bore", "showed", "demanded":
					return true
				}
			}
		}
		if punct && n > 1 {
			break
		}
		next, after, i = w, next, s
	}
	return false
}

// Bits of scareKeys' result.
const (
	keySign = 1 << iota // a word of signWords
	keyDub              // a word of dubWords
)

// scareKeyWords lists the words scareKeys looks for, by their lower-case
// first letter, with the key bit each one sets.
var scareKeyWords = func() (t [26][]keyWord) {
	add := func(w string, bit uint8) { t[w[0]-'a'] = append(t[w[0]-'a'], keyWord{w, bit}) }
	for w := range signWords.words {
		add(w, keySign)
	}
	for _, w := range dubWords {
		add(w, keyDub)
	}
	return t
}()

// dubWords name what the quote after them is called, no one's words:
// "dubbed “the Admiral”", "code-named “Operation Iron Meadow”".
var dubWords = [...]string{"dubbed", "nicknamed", "code-named", "codenamed", "christened"}

// keyWord is a word scareKeys looks for and its key bit.
type keyWord struct {
	w   string
	bit uint8
}

// keyLens maps each byte to the set of token lengths (one bit a length)
// of the scareKeyWords that start with it in either ASCII case, with or
// without a full stop after them, so that most words are passed over
// without a comparison.
var keyLens = func() (t [256]uint16) {
	for i, ws := range scareKeyWords {
		for _, k := range ws {
			n := len(k.w)
			t['a'+i] |= 1<<n | 1<<(n+1)
			t['A'+i] |= 1<<n | 1<<(n+1)
		}
	}
	return t
}()

// keySeconds holds, for each lower-case first letter, the set of the
// second bytes (as c|0x20&31, one bit each) of the scareKeyWords that
// start with it: the words keyLens lets through ("said", "people") are
// mostly turned away by it.
var keySeconds = func() (t [26]uint32) {
	for i, ws := range scareKeyWords {
		for _, k := range ws {
			t[i] |= 1 << ((k.w[1] | 0x20) & 31)
		}
	}
	return t
}()

// scareKeys reports, as keySign and keyDub bits, whether a word of
// text[s:e] is a sign word or "dubbed" or "nicknamed", ignoring ASCII case
// (as lowerKeyword does): the word-by-word rules can only match when it
// is. It reads the article's tokens rather than the bytes: every word
// prevWord can return that equals one of these words is a token. When
// sentence si starts at s (si >= 0), the tokens are the head of the
// sentence's own, which need no search of st.all, and the loop that reads
// them stops at the first that ends after e.
func (st *state) scareKeys(si, s, e int) uint8 {
	var toks []tok
	if si >= 0 {
		toks = st.sentenceToks(si)
	} else {
		toks = st.tokensIn(s, e)
	}
	var got uint8
	text := st.text
	for x := range toks {
		t := &toks[x]
		if t.e > e {
			if t.s < e {
				return st.scareKeys(-1, s, e) // e cuts a token: read the range on its own
			}
			break // the tokens before t end by e
		}
		n := t.e - t.s
		if uint(n) >= 16 || keyLens[text[t.s]]>>n&1 == 0 || t.k != tWord {
			continue
		}
		w := text[t.s:t.e]
		c := w[0] | 0x20 - 'a' // a letter: keyLens has no other first byte
		if keySeconds[c]>>((w[1]|0x20)&31)&1 == 0 {
			continue
		}
		if t.f&fDot != 0 {
			w = w[:n-1] // an abbreviation's full stop, which prevWord drops
		}
		for _, k := range scareKeyWords[c] {
			if len(k.w) == len(w) && equalLowerASCII(w, k.w) {
				got |= k.bit
			}
		}
	}
	return got
}

// handleLike reports a quoted social-media handle or hashtag: one word that
// starts with @ or #, or that has a capital after a lower-case letter
// ("factcheckVN").
func handleLike(s string) bool {
	if s == "" {
		return false
	}
	// more than one word, as most quotes are: their first space is most
	// often among the first eight bytes, read at once
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if x := load8(s, i); spaceBytes(x) != 0 || sepBytes(x) != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if wordSep[s[i]] {
			return false
		}
	}
	if s[0] == '@' || s[0] == '#' {
		return true
	}
	lower := false
	for _, r := range s {
		if isUpper(r) && lower {
			return true
		}
		lower = isLower(r)
	}
	return false
}

// nounModifier reports a short quotation used as a modifier inside a noun
// phrase: after a determiner and right before a lower-case noun ("an
// “irregular” channel", "the “one country, two systems” formula"). Such a
// phrase is a label or a scare quote, whoever is said to use it.
func (st *state) nounModifier(q *rawQuote, ps, words int) bool {
	if len(q.pieces) > 1 || words > 4 {
		return false
	}
	text := st.text
	p := q.pieces[0]
	if p.ce <= p.e {
		return false
	}
	if r, _ := runeBefore(text, p.e); sentenceEndRune(r) {
		return false
	}
	w, s, punct := prevWord(text, ps, p.os)
	if !punct && s >= ps && modifierForm(w) && !determiners.has(w) {
		// "the much-discussed ‘blitz’ defence": an adjective between
		// the determiner and the label
		if d, ds, dp := prevWord(text, ps, s); !dp && ds >= ps && (determiners.has(d) || strings.HasSuffix(d, "'s") || strings.HasSuffix(d, "’s")) {
			w, s = d, ds // and "Tōtara Valley’s much-talked-about “Valley wall” defence"
		}
	}
	if punct || !(determiners.has(w) || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) || s < ps {
		return false
	}
	if p.ce < len(text) && !isSpaceRune(rune(text[p.ce])) {
		return false
	}
	hi := st.doc.Paragraphs[p.para].End
	n := wordAfter(text, p.ce, hi)
	if n == "" {
		return false
	}
	r, _ := runeAt(n, 0)
	if !isLower(r) || nonNouns.has(n) || strings.HasSuffix(n, "ly") {
		return false
	}
	if strings.HasSuffix(n, "ed") || strings.HasSuffix(n, "en") || irregularPast(n) {
		switch v, _, _ := prevWord(text, ps, s); v {
		case "called", "calls", "call", "dubbed", "termed", "labelled", "labeled", "branded":
			// "what Lund called a “five-year project” built around the
			// academy": what was called so, a participle's phrase after it
			return false
		}
	}
	if (strings.HasSuffix(n, "ed") || strings.HasSuffix(n, "en") || irregularPast(n)) && wordAfter(text, skipSpace(text, p.ce, hi)+len(n), hi) == "by" {
		// "what he called a “rush to judgment” driven by social media",
		// "the alert was a “precautionary and temporary measure” prompted
		// by …": a participle's phrase, not a noun; but a label of a word
		// or two names what the phrase describes ("the “national team”
		// led by Blue Origin")
		if words >= 3 {
			return false
		}
		switch v, _, _ := prevWord(text, ps, s); v {
		case "called", "calls", "call", "dubbed", "termed", "labelled", "labeled", "branded":
			return false
		}
	}
	if w == "that" && len(n) > 4 && strings.HasSuffix(n, "ed") && !strings.HasSuffix(n, "eed") {
		return false // "saying that “a handful of sentences” remained in dispute": the quote is the verb's subject
	}
	return st.lx.wordFlags(n)&fVerb == 0
}
