package segment

import (
	"math/bits"
	"strings"
	"unicode/utf8"
)

// maxHeadingWords is the most words a heading line may have.
const maxHeadingWords = 12

// splitParagraphs appends the paragraphs of text to dst. Paragraphs are
// separated by a blank line ("\n\n", or a line of spaces), or by a single
// newline that LineEndsParagraph accepts, or by every newline of a text
// with one paragraph per line (linePerParagraph); each span is trimmed of
// surrounding space and empty paragraphs are dropped.
//
// For each paragraph it appends to nls where its first newline is (-1 for
// none, noNewline), found on the way to its end, so that splitSentences
// need not search it again; -2 (unknownNewline) when a newline before the
// trimmed paragraph hides that.
func splitParagraphs(text string, dst []Paragraph, nls []int) ([]Paragraph, []int) {
	i := 0
	perLine := linePerParagraph(text)
	for i < len(text) {
		// the paragraph ends at the first newline that another follows
		end, next, nl := len(text), len(text), noNewline
		line := i             // where the current line starts
		head := len(dst) == 0 // the lines so far may be a headline in title case
		for k := i; ; k++ {
			j := strings.IndexByte(text[k:], '\n')
			if j < 0 {
				break
			}
			k += j
			if k+1 < len(text) && text[k+1] == '\n' {
				end, next = k, k+2
				break
			}
			if b := blankLineEnd(text, k+1); b > 0 {
				end, next = k, b // a line of spaces is a blank line too
				break
			}
			if perLine || (k-line >= minParagraphLine || k-line < 120 && subheadingLine(text[line:k], text[k+1:]) || subheadingLine(lineAt(text, k+1), text[min(k+1+len(lineAt(text, k+1))+1, len(text)):])) && LineEndsParagraph(text[line:k], text[k+1:]) {
				end, next = k, k+1
				break
			}
			if head {
				if line == i && headlineLine(text[line:k]) {
					// "Ryan calls Trump line 'racist,' but backs him;" and on
					// the next line "Criticism within party …": an archive's
					// headline, then its deck
					end, next = k, k+1
					break
				}
				if head = titleLine(text[line:k]); head && headlineEnds(text[i:k], text[k+1:]) {
					// a headline in title case, on one line or more,
					// before the first line of the text, however short
					end, next = k, k+1
					break
				}
			}
			line = k + 1
			if nl == noNewline {
				nl = k
			}
		}
		s, e := i, end
		if s < e && (spaceFirst[text[s]] || spaceLast[text[e-1]]) {
			s, e = trimSpan(text, s, e) // most paragraphs need no trimming
		}
		if s < e {
			switch {
			case nl >= e:
				nl = noNewline // it was in the space after the paragraph
			case nl >= 0 && nl < s:
				nl = unknownNewline
			}
			if e-s > maxParagraph {
				// an archive that lost its paragraph breaks: cut the run
				// at sentences' ends, so that the text can be read in
				// windows of whole paragraphs (segmentWindows)
				dst, nls, s, nl = cutParagraphs(text, s, e, nl, dst, nls)
			}
			p := Paragraph{Span: Span{s, e}}
			if ds, de, ok := dateline(text, s, e); ok {
				p.Dateline = Span{ds, de}
			} else if de, ok := colonDateline(text, s, e); ok && leadPosition(dst) {
				p.Dateline = Span{s, de}
			} else if nl < 0 && isHeading(text, s, e) { // a heading is one line
				p.Kind = Heading
			}
			dst = append(dst, p)
			nls = append(nls, nl)
		}
		i = next
	}
	return dst, nls
}

// cutParagraphs appends to dst and nls the paragraphs a run text[s:e]
// longer than maxParagraph is cut into, all but the last, and returns
// them with the last one's start and first newline. nl is the run's
// first newline.
func cutParagraphs(text string, s, e, nl int, dst []Paragraph, nls []int) ([]Paragraph, []int, int, int) {
	for e-s > maxParagraph {
		c := cutParagraph(text, s, e)
		if c < 0 {
			break
		}
		_, ce := trimSpan(text, s, c)
		p := Paragraph{Span: Span{s, ce}}
		if ds, de, ok := dateline(text, s, ce); ok {
			p.Dateline = Span{ds, de} // "… the end of one story. WASHINGTON (AP) — The next"
		}
		pnl := nl
		if pnl >= c {
			pnl = noNewline
		}
		dst = append(dst, p)
		nls = append(nls, pnl)
		s, _ = trimSpan(text, c, e)
		nl = unknownNewline
	}
	return dst, nls, s, nl
}

// maxParagraph is the most bytes a paragraph holds: a longer run with no
// blank line or paragraph end in it, as an archive that lost its breaks
// writes, is cut at a sentence's end (cutParagraph). News paragraphs are
// far shorter (the longest in 437 real articles is under 4 KB).
const maxParagraph = 8192

// cutParagraph returns where a paragraph text[s:e], longer than
// maxParagraph, is cut: after the last sentence end in the second half of
// its first maxParagraph bytes (a full stop, question or exclamation mark,
// perhaps a closing quote mark, then a space and a capital or an opening
// mark), else after the last space there; -1 when there is none.
func cutParagraph(text string, s, e int) int {
	lo, hi := s+maxParagraph/2, s+maxParagraph
	space := -1
	for i := hi - 1; i > lo; i-- {
		if text[i] != ' ' {
			continue
		}
		if space < 0 {
			space = i
		}
		if i+1 >= e || !(text[i+1] >= 'A' && text[i+1] <= 'Z' || text[i+1] == '"' || strings.HasPrefix(text[i+1:], "“")) {
			continue
		}
		j := i
		for j > lo && (text[j-1] == '"' || text[j-1] == '\'') {
			j--
		}
		if j-3 > lo && (text[j-3:j] == "”" || text[j-3:j] == "’") {
			j -= 3
		}
		if c := text[j-1]; c == '.' || c == '!' || c == '?' {
			return i
		}
	}
	return space
}

// leadPosition reports whether a paragraph after paras would be an
// article's first paragraph of text: every one before it is a heading.
func leadPosition(paras []Paragraph) bool {
	for _, p := range paras {
		if p.Kind != Heading {
			return false
		}
	}
	return true
}

// colonDateline finds a dateline as South Asian and some Gulf papers
// write it at the start of an article's first paragraph [s, e): one to
// three words in capitals, perhaps a date after a comma and an agency in
// brackets, then a colon: "ISLAMABAD: ", "NEW DELHI, Nov 26: ",
// "KARACHI (APP): ". It returns the end of the colon and the spaces after
// it. A transcript's label ("PENCE: ") reads the same; transcript reads
// its turns from the paragraph's start all the same.
func colonDateline(text string, s, e int) (int, bool) {
	e = min(e, s+80)
	i := s
	for words := 0; ; words++ {
		if words == 3 || i >= e || text[i] < 'A' || text[i] > 'Z' {
			return 0, false
		}
		j := i
		for j < e && ('A' <= text[j] && text[j] <= 'Z' || text[j] == '.' || text[j] == '-' || text[j] == '\'') {
			j++
		}
		if j-i < 2 || j < e && 'a' <= text[j] && text[j] <= 'z' {
			return 0, false // a lone capital ("Q:", "A:") or a word in lower case
		}
		i = j
		if i+1 < e && text[i] == ' ' && 'A' <= text[i+1] && text[i+1] <= 'Z' {
			i++
			continue
		}
		break
	}
	if i+1 < e && text[i] == ',' && text[i+1] == ' ' {
		// ", Nov 26" or ", November 26": a month's name and a day
		j := i + 2
		k := j
		for k < e && ('a' <= text[k]|0x20 && text[k]|0x20 <= 'z') {
			k++
		}
		if k == j || text[j] < 'A' || text[j] > 'Z' {
			return 0, false
		}
		if k < e && text[k] == '.' {
			k++
		}
		if k+1 >= e || text[k] != ' ' || text[k+1] < '0' || text[k+1] > '9' {
			return 0, false
		}
		for k++; k < e && '0' <= text[k] && text[k] <= '9'; k++ {
		}
		i = k
	}
	if i+1 < e && text[i] == ' ' && text[i+1] == '(' {
		// "(APP)": an agency in brackets
		j := strings.IndexByte(text[i+2:e], ')')
		if j < 1 || j > 30 {
			return 0, false
		}
		i += 2 + j + 1
	}
	if i+1 >= e || text[i] != ':' || text[i+1] != ' ' {
		return 0, false
	}
	return skipSpace(text, i+1, e), true
}

// headlineLine reports the first line of a text written as some archives
// write a headline before its deck: 16 words at most, ending in a
// semicolon.
func headlineLine(l string) bool {
	l = strings.TrimRight(l, " \t\r")
	return strings.HasSuffix(l, ";") && countWordsMax(l, 17) <= 16
}

// titleLine reports whether l, a line of a text's first paragraph, may be
// (more of) a headline in title case: every word capitalised but the
// small words titles leave in lower case.
func titleLine(l string) bool {
	words := 0
	for w := range strings.FieldsSeq(l) {
		w = strings.TrimLeft(w, "\"'‘’“”([")
		if w == "" {
			continue
		}
		words++
		if r, _ := utf8.DecodeRuneInString(w); !isUpper(r) && !isDigit(r) && !smallWord(w, 0, len(w)) {
			return false
		}
	}
	return words > 0
}

// headlineEnds reports whether head, the title-case lines that open a
// text, end its headline: 20 words at most, and the text after, next,
// starts like a sentence on a line that is no more of the headline
// ("Ode: Dockers Who Can’t ‘Handle’ Storms ‘Don’t Belong On The Quay.’",
// then the first line of the article).
func headlineEnds(head, next string) bool {
	next = strings.TrimLeft(next, " \t")
	r, _ := utf8.DecodeRuneInString(next)
	if !(isUpper(r) || isDigit(r) || isQuoteRune(r)) || countWordsMax(head, 21) > 20 {
		return false
	}
	if strings.IndexByte(head, '\n') >= 0 {
		head = strings.ReplaceAll(head, "\n", " ") // once a text, at most
	}
	if !titleCase(strings.TrimRight(head, " \t\r")) {
		return false // a capital on every word, but no small word in capitals to tell
	}
	return !titleLine(lineAt(next, 0))
}

// blankLineEnd returns the index after the newline that ends a line of
// spaces and tabs starting at i, or 0 when the line at i holds anything
// else (or is empty: a newline right at i is found by the caller).
func blankLineEnd(text string, i int) int {
	j := i
	for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
		j++
	}
	if j > i && j < len(text) && text[j] == '\n' {
		return j + 1
	}
	return 0
}

// linePerParagraph reports whether each line of text is a paragraph: no
// blank line stands between two lines of text, and one line at least is
// longer than text wrapped at a fixed width has them (so its newlines are
// no wrapping). Archives that keep one paragraph per line write short
// paragraphs and headings on lines of their own too.
func linePerParagraph(text string) bool {
	if strings.IndexByte(text, '\n') < 0 {
		return false
	}
	long, seenText, blank := false, false, false
	for start := 0; start < len(text); {
		end := len(text)
		if j := strings.IndexByte(text[start:], '\n'); j >= 0 {
			end = start + j
		}
		if isBlank(text[start:end]) {
			blank = blank || seenText
		} else {
			if blank {
				return false
			}
			seenText = true
			long = long || end-start >= 2*minParagraphLine
		}
		start = end + 1
	}
	return long
}

func isBlank(line string) bool {
	for i := 0; i < len(line); i++ {
		if c := line[i]; c != ' ' && c != '\t' && c != '\r' {
			return false
		}
	}
	return true
}

// minParagraphLine is the shortest line that a single newline ends as a
// paragraph. Text wrapped at a fixed width has shorter lines, whose
// newlines are not breaks.
const minParagraphLine = 100

// LineEndsParagraph reports whether a single newline between line and the
// text after it, next, ends a paragraph: some archives separate paragraphs
// by one newline, often mixed with blank lines. It does when line is
// longer than wrapped text's lines and ends like a sentence, and next
// starts like one. The clean stage and Segment read newlines by this rule.
func LineEndsParagraph(line, next string) bool {
	caps := subheadingLine(line, next)
	if len(line) < minParagraphLine && !caps && !subheadingLine(lineAt(next, 0), next[min(len(lineAt(next, 0))+1, len(next)):]) {
		return false
	}
	line = strings.TrimRight(line, " \t\r")
	last, _ := utf8.DecodeLastRuneInString(line)
	switch {
	case caps && isUpper(last):
		// a subheading in capitals without a stop ("GARLAND STEPS ASIDE")
	case last == '.', last == '!', last == '?', last == ':', last == '"', last == ')', last == 0x201D, last == 0x2019, last == 0x2026, last == 0xBB:
	case last == '\'':
		// a closing mark, not a word's apostrophe: ".''", "?'"
		body := strings.TrimRight(line, "'")
		if r, _ := utf8.DecodeLastRuneInString(body); r != '.' && r != '!' && r != '?' && r != ',' {
			return false
		}
	default:
		return false
	}
	next = strings.TrimLeft(next, " \t")
	r, _ := utf8.DecodeRuneInString(next)
	return isUpper(r) || isDigit(r) || isQuoteRune(r) || isDash(r)
}

// lineAt returns the line of s that starts at byte i, without its newline.
func lineAt(s string, i int) string {
	if i >= len(s) {
		return ""
	}
	if j := strings.IndexByte(s[i:], '\n'); j >= 0 {
		return s[i : i+j]
	}
	return s[i:]
}

// subheadingLine reports whether line is a subheading in capitals, a line of
// its own however short the lines around it: a phrase in capitals in
// quote marks (capsQuoteLine), or two words or more in capitals that next,
// the text after the line, does not go on with ("OBAMA FOCUSED “ON HIS
// GOLF GAME”", then "On Russia, …"). A text written all in capitals has
// no such line.
func subheadingLine(line, next string) bool {
	if capsQuoteLine(line) {
		return true
	}
	line = strings.TrimSpace(line)
	if len(line) < 6 || len(line) > 80 || strings.IndexByte(line, ' ') < 0 {
		return false
	}
	letters := 0
	for _, r := range line {
		if isLower(r) {
			return false
		}
		if isUpper(r) {
			letters++
		}
	}
	if letters < 6 {
		return false
	}
	switch last, _ := utf8.DecodeLastRuneInString(line); last {
	case ',', ':', ';', '-', 0x2013, 0x2014:
		return false // a dateline or a label that the next line goes on with
	}
	// the next line is written in lower case: its first word
	next = strings.TrimLeft(next, " \t")
	first, n := utf8.DecodeRuneInString(next)
	second, _ := utf8.DecodeRuneInString(next[n:])
	return isUpper(first) && isLower(second)
}

// capsQuoteLine reports whether line is a phrase in capitals in quote
// marks and nothing else, as subheadings are written (“DIVISIVE, STUPID
// AND WRONG”): a line of its own however short the lines around it.
func capsQuoteLine(line string) bool {
	line = strings.TrimSpace(line)
	first, n := utf8.DecodeRuneInString(line)
	last, m := utf8.DecodeLastRuneInString(line)
	if len(line) < 6 || !isQuoteRune(first) || !isQuoteRune(last) {
		return false
	}
	letters := 0
	for _, r := range line[n : len(line)-m] {
		if isQuoteRune(r) || isLower(r) {
			return false
		}
		if isUpper(r) {
			letters++
		}
	}
	return letters >= 3
}

// What splitParagraphs notes of a paragraph with no newline, or whose
// first newline it does not know.
const (
	noNewline      = -1
	unknownNewline = -2
)

// isHeading reports whether the paragraph [s, e) is a short standalone line:
// one line of at most maxHeadingWords words that does not end like a
// sentence or a quote and does not start with a quote mark.
//
// Most paragraphs end like a sentence, so the last rune is read first, by
// its bytes when it is ASCII or in U+2000–U+203F.
func isHeading(text string, s, e int) bool {
	if uint(e-1) < uint(len(text)) {
		switch c := text[e-1]; {
		case c < utf8.RuneSelf:
			if endsText[c] {
				return false
			}
		case e >= 3 && text[e-3] == 0xE2 && text[e-2] == 0x80:
			switch c {
			case 0x9D, 0x99, 0xA6, 0x9C: // ” ’ … “
				return false
			}
		default:
			if last, _ := runeBefore(text, e); last == 0xBB || fullWidthStop(last) || last == 0x300D {
				return false // » 。！？ 」
			}
		}
	}
	r, _ := runeAt(text, s)
	if isQuoteRune(r) || !(isUpper(r) || isDigit(r) || isLetter(r)) {
		return false
	}
	if strings.IndexByte(text[s:e], '\n') >= 0 {
		return false
	}
	return countWordsMax(text[s:e], maxHeadingWords+1) <= maxHeadingWords
}

// countWordsMax counts the words of s separated by ' ', '\t' or '\n', but
// stops counting at limit. It counts the word starts of eight bytes at a
// time: a byte that is no separator after one that is.
func countWordsMax(s string, limit int) int {
	n := 0
	var prev uint64 = 0x80 // the separator flag of the byte before, in byte 0's high bit
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := load8(s, i)
		var sep uint64
		if (x-'\v'*ones8)&^x&^low7 == 0 { // no byte below '\v': spaces only
			sep = spaceBytes(x)
		} else {
			sep = sepBytes(x)
		}
		n += bits.OnesCount64(^sep & (sep<<8 | prev) & 0x8080808080808080)
		if n >= limit {
			return limit
		}
		prev = sep >> 56
	}
	after := prev != 0
	for ; i < len(s); i++ {
		sp := wordSep[s[i]]
		if after && !sp {
			if n++; n >= limit {
				return limit
			}
		}
		after = sp
	}
	return n
}

// sepBytes returns x with the high bit set in each byte that is ' ', '\t'
// or '\n' (wordSep), and no other bit set.
func sepBytes(x uint64) uint64 {
	return ^(nonZeroBytes(x^' '*ones8) & nonZeroBytes(x^'\t'*ones8) & nonZeroBytes(x^'\n'*ones8)) &^ low7
}

// spaceBytes is sepBytes for eight bytes with none below '\v', as most
// are: only ' ' can be a separator among them.
func spaceBytes(x uint64) uint64 { return ^nonZeroBytes(x^' '*ones8) &^ low7 }

// nonZeroBytes returns a word whose bytes have their high bit set exactly
// where the bytes of v are not zero; their low bits mean nothing.
func nonZeroBytes(v uint64) uint64 { return (v&low7 + low7) | v }

// ones8 has a one in each byte, and low7 the low seven bits of each.
const (
	ones8 = 0x0101010101010101
	low7  = 0x7F7F7F7F7F7F7F7F
)

// endsText marks the ASCII runes a heading may not end with: sentence
// punctuation and straight quote marks.
var endsText = [utf8.RuneSelf]bool{'.': true, '!': true, '?': true, ':': true, ';': true, ',': true, '"': true, '\'': true}

// wordSep marks the bytes countWordsMax separates words with.
var wordSep = [256]bool{' ': true, '\t': true, '\n': true}

// capsWordEnd returns the end of the ASCII letters of text[j:e], which
// follow a word's capital, and whether one of them is in lower case. It
// reads eight bytes at once when it can: most words are shorter.
func capsWordEnd(text string, j, e int) (int, bool) {
	if j+8 <= e {
		x := load8(text, j)
		if other := nonLetterBytes(x); other != 0 {
			n := bits.TrailingZeros64(other) >> 3 // the letters, below 8
			return j + n, x&(1<<(8*n)-1)&(0x20*0x0101010101010101) != 0
		}
	}
	lower := false
	for ; j < e && ('a' <= text[j]|0x20 && text[j]|0x20 <= 'z'); j++ {
		lower = lower || 'a' <= text[j]
	}
	return j, lower
}

// datelineOpen marks the ASCII bytes dateline reads on past at a
// paragraph's start: the capitals, brackets, the comma and space.
var datelineOpen = func() (t [utf8.RuneSelf]bool) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = true
	}
	t['('], t[')'], t[','] = true, true, true
	for c := range t {
		t[c] = t[c] || spaceByte[c]
	}
	return t
}()

// dateline finds a dateline at the start of the paragraph [s, e):
// "WASHINGTON (Reuters) — ", "ASHFORD, Varnia — ", "LONDON, March 3 (AP) - ",
// or an agency in brackets and no dash: "DEHRAPUR, Aug 22 (PTI) ".
// It returns the span from the paragraph start to the end of the dash and
// the space after it. The first word must be in capitals, or an agency in
// brackets must come before the dash; the words before the dash hold no
// sentence punctuation, no quote marks and at most 8 words.
func dateline(text string, s, e int) (int, int, bool) {
	limit := min(e, s+120)
	if s >= e {
		return 0, 0, false
	}
	// The loop below goes on past the first rune only when it is a
	// capital, a bracket, a comma or space: a paragraph that opens with a
	// quote mark, a dash, a digit or a lower-case letter has no dateline.
	switch c := text[s]; {
	case c < utf8.RuneSelf:
		if !datelineOpen[c] {
			return 0, 0, false
		}
	case c == 0xE2 && s+2 < len(text) && text[s+1] == 0x80 && text[s+2]&0xC0 == 0x80: // U+2000–U+203F
		if punctClass[text[s+2]&0x3F] != rcSpace {
			return 0, 0, false
		}
	}
	// Most paragraphs open with a word in lower or mixed case (or a lone
	// capital) and a space: the loop below would stop at that space.
	if j := s; j < e && 'A' <= text[j] && text[j] <= 'Z' {
		var lower bool
		j, lower = capsWordEnd(text, j+1, e)
		if j < e && text[j] == ' ' && (lower || j-s < 2) && !(j+1 < e && text[j+1] == '(') {
			return 0, 0, false
		}
		// A first word with a lower-case letter ("Still,", "Kestrel's")
		// clears firstCaps below, after which only an agency in brackets
		// lets a dash end a dateline.
		if lower && strings.IndexByte(text[s:limit], '(') < 0 {
			return 0, 0, false
		}
	}
	words := 0
	inWord := false
	firstCaps := true
	firstDone := false
	paren := false
	lowerWords := 0
	firstLetters := 0
	for i := s; i < limit; {
		r, n := runeIn(text, i)
		switch {
		case isDash(r) || (r == '-' && i > s && text[i-1] == ' ' && i+n < e && (text[i+n] == ' ' || text[i+n] == '-')):
			if words == 0 || !(i > s && text[i-1] == ' ') {
				return 0, 0, false
			}
			if (!firstCaps || firstLetters < 2) && !paren {
				return 0, 0, false
			}
			if lowerWords > 1 {
				return 0, 0, false
			}
			j := i + n
			for j < e && text[j] == '-' {
				j++
			}
			j = skipSpace(text, j, e)
			if j >= e {
				return 0, 0, false
			}
			return s, j, true
		case r == '(':
			paren = true
			inWord = false
		case r == ')':
			inWord = false
			if j := i + n; paren && firstCaps && firstLetters >= 2 && lowerWords <= 1 && j+1 < e && text[j] == ' ' && 'A' <= text[j+1] && text[j+1] <= 'Z' {
				// "DEHRAPUR, Aug 22 (PTI) Former chief minister …": the
				// agency in brackets ends it, with no dash after
				return s, j + 1, true
			}
		case isSpaceRune(r):
			if r == '\n' {
				return 0, 0, false
			}
			if inWord {
				firstDone = true
				if (!firstCaps || firstLetters < 2) && !paren && !(i+n < e && text[i+n] == '(') {
					return 0, 0, false // but "Washington (AFP) – ": the agency may follow
				}
			}
			inWord = false
		case r == ',':
			if inWord {
				firstDone = true
			}
			inWord = false
		case isLetter(r) || isDigit(r) || r == '.' || r == '\'' || r == 0x2019 || r == '-' || r == '/':
			if !inWord {
				words++
				if words > 8 {
					return 0, 0, false
				}
				if words == 1 && !isUpper(r) {
					return 0, 0, false
				}
				if isLower(r) {
					lowerWords++
					if lowerWords > 1 {
						return 0, 0, false
					}
				}
			}
			inWord = true
			if !firstDone && isLetter(r) {
				firstLetters++
			}
			if !firstDone && isLower(r) {
				firstCaps = false
			}
			if r == '.' && i+1 < e && text[i+1] == ' ' {
				// allow abbreviations such as "D.C." or "Jan." but not a sentence end
				p, _ := runeBefore(text, i)
				if !isUpper(p) && !isLower(p) {
					return 0, 0, false
				}
			}
		default:
			return 0, 0, false
		}
		i += n
	}
	return 0, 0, false
}
