package segment

import (
	"cmp"
	"io/fs"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/tonalhq/tonal/lexicons"
)

// Segmenter splits article text into paragraphs, sentences and quotes and
// attributes the quotes. A Segmenter is immutable and safe for concurrent
// use; build it once with New.
type Segmenter struct {
	lx *lexicon
	// window is the longest text Segment reads as one (DefaultWindow)
	window int
	// scratch recycles the per-call buffers (marks, tokens, people); the
	// pool belongs to this Segmenter, so there is no package-level state.
	scratch *sync.Pool
}

// scratch holds the buffers one Segment call reuses.
type scratch struct {
	raw     []rawQuote
	pieces  []qpiece
	marks   []mark
	toks    []tok
	all     []tok
	people  []person
	ments   []pmention
	pt      []int
	order   []int32
	paras   []Paragraph
	sents   []Sentence
	sentTok []int
	qiv     []span32
	atoks   []tok
	keys    []int
	pk      []int
	memo    []mentionMemo
	lower   []lowerWord
	lowerB  []byte
	nls     []int
	runs    []runParse
	tb      []int
}

// Option configures a Segmenter.
type Option func(*config)

type config struct {
	fsys fs.FS
}

// WithLexicons reads the word lists (reporting_verbs.tsv, titles.tsv,
// abbreviations.tsv and, if there, first_names.tsv and boilerplate.tsv)
// from fsys instead of the embedded lexicons.FS.
func WithLexicons(fsys fs.FS) Option {
	return func(c *config) { c.fsys = fsys }
}

// New returns a Segmenter built from the lexicons, by default the ones
// embedded in package lexicons. It fails with ErrLexicon when a word list
// is missing or malformed.
func New(opts ...Option) (*Segmenter, error) {
	c := config{fsys: lexicons.FS}
	for _, o := range opts {
		o(&c)
	}
	lx, err := loadLexicon(c.fsys)
	if err != nil {
		return nil, err
	}
	return &Segmenter{lx: lx, window: DefaultWindow, scratch: &sync.Pool{New: func() any { return new(scratch) }}}, nil
}

// Lexicons names the word lists the Segmenter was built from, with their
// versions and content hashes.
func (s *Segmenter) Lexicons() []LexiconInfo {
	return append([]LexiconInfo(nil), s.lx.info...)
}

// state is the scratch space of one Segment call.
type state struct {
	text  string
	lx    *lexicon
	doc   Document
	marks []mark
	raw   []rawQuote
	// direct is how many of raw, the quotes found from their marks, are
	// in text order once reported speech is appended after them (0: all)
	direct int
	pieces []qpiece // backing store of the raw quotes' pieces
	toks   []tok
	// all holds the tokens of every paragraph, in text order; tokensIn
	// serves ranges of it.
	all    []tok
	people []person
	ments  []pmention
	// paraTok[pi] is the index in all of paragraph pi's first token;
	// paraTok[len(Paragraphs)] == len(all)
	paraTok []int
	// tokBlock[b] is the index in all of the first token that ends after
	// byte b<<blockShift (indexBlocks)
	tokBlock []int
	// keys holds the indexes in all of the tokens keyTok accepts, the only
	// ones splitSentences and scanMarks read; paraKey[pi] is the index in
	// it of paragraph pi's first one, paraKey[len(Paragraphs)] == len(keys)
	keys    []int
	paraKey []int
	// paraNL[pi] is where paragraph pi's first newline is, or noNewline or
	// unknownNewline (splitParagraphs)
	paraNL []int
	order  []int32 // kept raw quotes in output order
	paras  []Paragraph
	sents  []Sentence
	// sentTok[2*si] and sentTok[2*si+1] are the indexes in all of the
	// first tokens that end after sentence si's start and after its end
	sentTok []int
	qiv     []span32 // quote intervals, for scanPeople
	// qidx holds the pieces of the quotes in marks in order of their
	// start, and qmax[i] the furthest end among qidx[:i+1], while
	// reported reads its sentences (quotedOn); quoted looks pos up there,
	// once qidxDone says they are filled for this text.
	qidx     []pieceRef
	qmax     []int
	qidxDone bool
	quotedOn bool
	// verbReports tells reportedIn that a reporting verb's form is in
	// its sentence (mayReport): the phrases with none (putItTo,
	// perSourceAt) are looked for only where it is false
	verbReports bool
	atoks       []tok // a sentence's tokens outside quotes, for sentenceAttribution

	found peopleIndex // lookups into people and ments (people.go)
	kind  kindState   // what classify and resolveMention keep (kind.go)

	// given holds the paragraphs of a window of a longer text, found in
	// the whole text, and givenNL their first newlines (splitParagraphs);
	// nil for a text segmented whole. cont is true for every window but
	// the first: it opens with no headline.
	given   []Paragraph
	givenNL []int
	cont    bool
}

// DefaultWindow is the longest text Segment reads as one. A news article
// is far shorter (a long read runs to 60 KB); a longer text, such as an
// archive whose article breaks were lost, is read in windows of about
// this size cut at paragraph breaks, so that its cost grows with its
// length and not faster.
const DefaultWindow = 128 << 10

// Segment splits text into a Document: paragraphs (separated by blank
// lines, or by a single newline as LineEndsParagraph tells),
// sentences, direct and partial quotes and reported speech, each quote with
// its speaker. Offsets are bytes into text. Segment never panics; text
// that is not valid UTF-8 is segmented as well as it can be. No-break and
// other wide spaces are read as plain ones, and a speaker's name or role
// read across one holds a plain space.
//
// A text longer than DefaultWindow is read in windows of whole
// paragraphs: a pronoun, a role or a surname resolves to the people named
// in its own window, and a quote that runs over several paragraphs is
// never cut, as a window starts at no paragraph that opens with a quote
// mark unless it would grow to twice its size.
func (s *Segmenter) Segment(text string) Document {
	folded, wide := foldWideSpaces(text)
	folded = s.lx.blankFurniture(folded)
	folded = titleCaseHeadline(folded)
	var paras []Paragraph
	var nls []int
	if singleNewline(folded) {
		folded, paras, nls = foldWrappedLines(folded)
	}
	var d Document
	if len(folded) <= s.window {
		d = s.segment(folded, paras, nls, false)
	} else {
		d = s.segmentWindows(folded, paras, nls)
	}
	if wide {
		// a name or role read across a folded space holds two spaces or
		// more ("Loretta E.  Lynch"): one, as the name is written
		for i := range d.Quotes {
			q := &d.Quotes[i]
			q.Speaker, q.Role = singleSpaced(q.Speaker), singleSpaced(q.Role)
		}
	}
	return d
}

// foldWideSpaces returns text with every no-break, thin, en, em, zero-width
// or other wide space (U+00A0, U+2000–U+200B, U+202F, U+205F, U+3000) and
// every byte-order mark (U+FEFF, which files saved on Windows open with)
// replaced by as many ASCII spaces as it has bytes, so that every offset into the result
// is an offset into text, and whether there was any. Pages taken from HTML
// put no-break spaces where the words have plain ones ("Mr.&nbsp;Ode",
// "WALLACE:&nbsp;If I may"); the rules read them as plain spaces.
func foldWideSpaces(text string) (string, bool) {
	first := firstWideSpace(text)
	if first < 0 {
		return text, false
	}
	b := []byte(text)
	for i := first; i < len(b); {
		n := 1
		if b[i] >= 0xc2 {
			if w := wideSpaceAt(text, i); w > 0 {
				n = w
				copy(b[i:i+w], "   ")
			}
		}
		i += n
	}
	return ownString(b), true
}

// firstWideSpace returns the offset of the first wide space in text, or
// -1. Most texts hold none: each of its lead bytes is searched for with
// strings.IndexByte, and 0xE2, which curly quotes and dashes start with
// too, is looked at a few times a paragraph.
func firstWideSpace(text string) int {
	first := -1
	if i := strings.Index(text, "\u00a0"); i >= 0 {
		first = i
	}
	for _, sp := range [...]string{"\u3000", "\ufeff"} {
		if i := strings.Index(text, sp); i >= 0 && (first < 0 || i < first) {
			first = i
		}
	}
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], 0xe2)
		if j < 0 {
			break
		}
		if i += j; first >= 0 && i > first {
			break
		}
		if wideSpaceAt(text, i) > 0 {
			return i
		}
		i++
	}
	return first
}

// wideSpaceAt returns the length in bytes of the wide space foldWideSpaces
// folds that starts at byte i of s, or 0.
func wideSpaceAt(s string, i int) int {
	switch s[i] {
	case 0xc2:
		if i+1 < len(s) && s[i+1] == 0xa0 {
			return 2 // U+00A0
		}
	case 0xe2:
		if i+2 < len(s) {
			switch c1, c2 := s[i+1], s[i+2]; {
			case c1 == 0x80 && (0x80 <= c2 && c2 <= 0x8b || c2 == 0xaf), c1 == 0x81 && c2 == 0x9f:
				return 3 // U+2000–U+200B, U+202F, U+205F
			}
		}
	case 0xe3:
		if i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x80 {
			return 3 // U+3000
		}
	case 0xef:
		if i+2 < len(s) && s[i+1] == 0xbb && s[i+2] == 0xbf {
			return 3 // U+FEFF, a byte-order mark
		}
	}
	return 0
}

// blankFurniture returns text with each line that is a page's furniture
// ("Advertisement", "Continue reading", "Read more: …", as
// BoilerplateFile lists them) made spaces, the same bytes: scraped text
// puts such lines between a speaker's "said:" and the quote, or between
// the two paragraphs of one quote, and the rules read past them as the
// clean stage, which drops them, lets a run do. The line is then no
// paragraph of the Document.
func (lx *lexicon) blankFurniture(text string) string {
	if lx.furniture == nil {
		return text
	}
	var b []byte
	for s := 0; s < len(text); {
		e := strings.IndexByte(text[s:], '\n')
		if e < 0 {
			e = len(text)
		} else {
			e += s
		}
		if e-s <= maxFurnitureLine && lx.furniture.Match(text[s:e]) {
			if b == nil {
				b = []byte(text)
			}
			for k := s; k < e; k++ {
				b[k] = ' '
			}
		}
		s = e + 1
	}
	if b == nil {
		return text
	}
	return ownString(b)
}

// maxFurnitureLine is the longest line blankFurniture asks about: a
// furniture line is short, a "prefix" one of MaxBoilerplateWords words at
// most.
const maxFurnitureLine = 10 * lexicons.MaxBoilerplateWords

// titleCaseHeadline returns text with its first line written in title
// case when that line is a headline in capitals ("FLYNN SAYS TRUMP
// 'ABSOLUTELY RIGHT'" → "Flynn Says Trump 'Absolutely Right'"), as
// archives of wire copy write it: the rules read a headline's speaker and
// verb from title case, and a line in capitals as shouting. Only ASCII
// letters change, so every offset holds; small words go lower case, a
// word with a full stop ("U.S.") stays as it is, and an acronym is
// written as a word ("Fbi"). A line with a colon among its first words is
// left alone when the next line opens with a label in capitals too: a
// transcript's turns ("WALLACE: …", "PENCE: …"), not a headline's
// "SANDERS: CLINTON NEEDS TO …".
func titleCaseHeadline(text string) string {
	s := skipSpace(text, 0, len(text))
	e := strings.IndexByte(text[s:], '\n')
	if e < 0 {
		return text
	}
	e += s
	line := text[s:e]
	upper, ok := capitalsOnly(line)
	if !ok || upper < 8 {
		return text
	}
	fields := strings.Fields(line)
	words := len(fields)
	if words < 3 {
		return text
	}
	for _, w := range fields[:min(words, 4)] {
		if strings.HasSuffix(w, ":") && capsLabelAt(text, skipSpace(text, e, len(text))) {
			return text // a transcript's first turn, another after it
		}
	}
	b := []byte(text)
	first := true
	for i := s; i < e; {
		if b[i] == ' ' || b[i] == '\t' {
			i++
			continue
		}
		j := i
		for j < e && b[j] != ' ' && b[j] != '\t' {
			j++
		}
		titleCaseWord(b[i:j], first)
		first = false
		i = j
	}
	return ownString(b)
}

// capsLabelAt reports whether the line at byte i of text opens with a
// label in capitals and a colon ("WALLACE: ", "Q: ").
func capsLabelAt(text string, i int) bool {
	line := text[i:min(len(text), i+40)]
	c := strings.IndexByte(line, ':')
	if c <= 0 {
		return false
	}
	for j := 0; j < c; j++ {
		if ch := line[j]; 'a' <= ch && ch <= 'z' {
			return false
		}
	}
	return strings.Count(line[:c], " ") < 4
}

// titleCaseWord writes the word w, in capitals, in title case in place.
func titleCaseWord(w []byte, first bool) {
	var key [16]byte // the word's ASCII letters in lower case, for smallTitleWord
	k := 0
	for i, c := range w {
		if c == '.' && i > 0 && 'A' <= w[i-1] && w[i-1] <= 'Z' {
			return // "U.S.", "D.C.": left as written
		}
		if 'A' <= c && c <= 'Z' && k < len(key) {
			key[k] = c + 'a' - 'A'
			k++
		}
	}
	small := !first && smallTitleWord(string(key[:k]))
	start, prevLetter := true, false // start: the next letter opens a part of the word
	for i, c := range w {
		if 'A' <= c && c <= 'Z' {
			if !start || small {
				w[i] = c + 'a' - 'A'
			}
			start, prevLetter = false, true
			continue
		}
		// after a hyphen, a slash or an opening mark a part starts;
		// after an apostrophe that follows a letter ("TRUMP'S",
		// "IT’S") none does
		apos := c == '\'' || c == 0x99 && i >= 2 && w[i-2] == 0xe2 && w[i-1] == 0x80
		if !(apos && prevLetter) && c != 0x80 && c != 0xe2 {
			start = true
		}
		if c < 0x80 || c == 0x99 {
			prevLetter = false
		}
	}
}

// smallTitleWord reports the words title case writes in lower case inside
// a headline: articles, conjunctions and short prepositions.
func smallTitleWord(w string) bool {
	switch w {
	case "a", "an", "the", "and", "but", "or", "nor", "of", "in", "on", "at", "to", "by", "for", "as", "up", "via", "vs":
		return true
	}
	return false
}

// singleNewline reports whether text holds a newline that is not part of
// a blank line: a line break inside a paragraph, or a paragraph break of
// one newline. A line of spaces (a furniture line blankFurniture blanked)
// is a blank line.
func singleNewline(text string) bool {
	for i := 0; ; i++ {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			return false
		}
		i += j
		k := i + 1
		for k < len(text) && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r') {
			k++
		}
		if k < len(text) && text[k] == '\n' {
			i = k // a blank line: the newline after it is read next
			continue
		}
		h := i - 1
		for h >= 0 && (text[h] == ' ' || text[h] == '\t' || text[h] == '\r') {
			h--
		}
		if h >= 0 && text[h] != '\n' && k < len(text) {
			return true
		}
	}
}

// foldWrappedLines splits text into paragraphs and, when the text is
// wrapped at a fixed width ("…the talks\nwould resume…"), returns it with
// the line breaks inside its paragraphs made spaces, so that the rules
// read each paragraph as one line: the same bytes, so every offset holds.
//
// The text is wrapped when most of its lines that another line follows
// in the same paragraph are nearly as long as the longest of them
// (wrapWidth): a text whose lines are a list's items, an address or a
// recipe's steps is left as it is. In a wrapped text a line after which
// the next line's first word would still have fitted was ended on
// purpose: when it ends like a sentence, or is a short heading-like line,
// the next line starts a paragraph of its own (archives that wrap their
// text often end a paragraph with one newline), and when the next line
// opens with a speaker's label ("Q:", "WALLACE:") or a list's item, the
// line break stays. It returns the paragraphs and, for each, where its
// first line break left is (splitParagraphs's nls); for a text that is not
// wrapped, the text and no paragraphs, which Segment finds itself.
func foldWrappedLines(text string) (string, []Paragraph, []int) {
	paras, nls := splitParagraphs(text, nil, nil)
	width := wrapWidth(text, paras, nls)
	if width == 0 {
		return text, nil, nil // Segment splits it again, in its scratch space
	}
	var b []byte
	outP, outNL := make([]Paragraph, 0, len(paras)), make([]int, 0, len(nls))
	for pi, p := range paras {
		if nls[pi] == noNewline {
			outP, outNL = append(outP, p), append(outNL, nls[pi])
			continue
		}
		cur, first := p, noNewline // the paragraph being read and the first break it keeps
		line := p.Start
		for k := indexByteRange(text, p.Start, p.End, '\n'); k >= 0; k = indexByteRange(text, k+1, p.End, '\n') {
			ls := line
			next := skipSpace(text, k+1, p.End)
			line = k + 1
			if EndsWrappedParagraph(text[ls:k], text[next:p.End], width) {
				// a paragraph ends here: "…would resume.\nThe talks …"
				if e := cur.Start + len(strings.TrimRight(text[cur.Start:k], " \t\r")); e > cur.Start {
					cur.End = e
					outP, outNL = append(outP, finishParagraph(text, cur, outP, first)), append(outNL, first)
				}
				cur, first = Paragraph{Span: Span{next, p.End}}, noNewline
				continue
			}
			if listOrLabel(text[next:min(p.End, next+40)]) {
				if first == noNewline {
					first = k
				}
				continue
			}
			if b == nil {
				b = []byte(text)
			}
			b[k] = ' '
			if k > cur.Start && b[k-1] == '\r' {
				b[k-1] = ' '
			}
		}
		if cur.Start < cur.End {
			if cur.Start != p.Start {
				cur = finishParagraph(text, cur, outP, first)
			}
			outP, outNL = append(outP, cur), append(outNL, first)
		}
	}
	if b == nil {
		return text, outP, outNL
	}
	return ownString(b), outP, outNL
}

// finishParagraph gives paragraph p, split off from a wrapped one, the
// kind and the dateline splitParagraphs gives a paragraph: a one-line
// heading (first < 0) or a dateline that opens it.
func finishParagraph(text string, p Paragraph, before []Paragraph, first int) Paragraph {
	p.Kind, p.Dateline = Body, Span{}
	if ds, de, ok := dateline(text, p.Start, p.End); ok {
		p.Dateline = Span{ds, de}
	} else if de, ok := colonDateline(text, p.Start, p.End); ok && leadPosition(before) {
		p.Dateline = Span{p.Start, de}
	} else if first < 0 && indexByteRange(text, p.Start, p.End, '\n') < 0 && isHeading(text, p.Start, p.End) {
		p.Kind = Heading
	}
	return p
}

// WrapWidth returns the width, in characters, that text was wrapped at,
// or 0 when it is not text wrapped at a fixed width (wrapWidth). The
// clean stage reads paragraph ends with it (EndsWrappedParagraph).
func WrapWidth(text string) int {
	paras, nls := splitParagraphs(text, nil, nil)
	return wrapWidth(text, paras, nls)
}

// EndsWrappedParagraph reports whether, in text wrapped at width, line
// ends a paragraph before next, the text after it: the first word of
// next would still have fitted on the line, and the line ends like a
// sentence or is a heading. Archives that wrap their text often end a
// paragraph with one newline.
func EndsWrappedParagraph(line, next string, width int) bool {
	l := strings.TrimRight(line, " \t\r")
	return width > 0 && endedOnPurpose(l, strings.TrimLeft(next, " \t"), width) && (sentenceEnd(l) || isHeading(l, 0, len(l)))
}

// wrapWidth returns the width a wrapped text's lines were wrapped at, as
// the length in characters of its lines that another line follows in the same
// paragraph shows it, or 0 when the text is not wrapped: four such lines
// or more, two thirds of them within a quarter of the width, which is
// the ninth decile of their lengths and minWrapWidth or more.
func wrapWidth(text string, paras []Paragraph, nls []int) int {
	var buf [256]int
	lens := buf[:0] // most texts have fewer lines
	for pi, p := range paras {
		if nls[pi] == noNewline {
			continue
		}
		line := p.Start
		for k := indexByteRange(text, p.Start, p.End, '\n'); k >= 0; k = indexByteRange(text, k+1, p.End, '\n') {
			lens = append(lens, utf8.RuneCountInString(strings.TrimRight(text[line:k], " \t\r")))
			line = k + 1
		}
	}
	if len(lens) < 4 {
		return 0
	}
	slices.Sort(lens)
	width := lens[len(lens)*9/10]
	if width < minWrapWidth || width > maxWrapWidth {
		return 0
	}
	near := 0
	for _, n := range lens {
		if 4*n >= 3*width {
			near++
		}
	}
	if 3*near < 2*len(lens) {
		return 0
	}
	return width
}

// maxWrapWidth is the most characters a wrapped line has: longer lines are
// paragraphs of their own.
const maxWrapWidth = 120

// endedOnPurpose reports whether line, wrapped at width, was ended on
// purpose: the first word of next, the text after it, would have fitted.
func endedOnPurpose(line, next string, width int) bool {
	w := next
	if i := strings.IndexAny(next, " \n"); i >= 0 {
		w = next[:i]
	}
	return w != "" && utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) <= width
}

// sentenceEnd reports whether line ends like a sentence: a stop, a
// question or exclamation mark, a colon or a closing mark.
func sentenceEnd(line string) bool {
	last, _ := utf8.DecodeLastRuneInString(line)
	switch last {
	case '.', '!', '?', ':', '"', ')', '\'', 0x201D, 0x2019, 0x2026, 0xBB:
		return true
	}
	return false
}

// minWrapWidth is the narrowest width, in characters, that wrapWidth
// reads as text wrapped at a fixed width: archives wrap at 60 to 80.
const minWrapWidth = 50

// listOrLabel reports whether line (its first bytes) opens with a list's
// bullet or number ("- ", "• ", "2. ") or a speaker's label of up to four
// capitalised words and a colon ("Q: ", "WALLACE: ", "Mr. Ode: ").
func listOrLabel(line string) bool {
	if line == "" {
		return false
	}
	for _, b := range []string{"- ", "* ", "• ", "– ", "— ", "· "} {
		if strings.HasPrefix(line, b) {
			return true
		}
	}
	i := 0
	for i < len(line) && isDigit(rune(line[i])) {
		i++
	}
	if i > 0 && i+1 < len(line) && (line[i] == '.' || line[i] == ')') && line[i+1] == ' ' {
		return true
	}
	if r, _ := runeAt(line, 0); !isUpper(r) {
		return false
	}
	c := strings.IndexByte(line, ':')
	if c < 0 || c+1 < len(line) && line[c+1] != ' ' {
		return false
	}
	words := strings.Fields(line[:c])
	if len(words) > 4 {
		return false
	}
	for _, w := range words {
		if r, _ := runeAt(w, 0); !isUpper(r) {
			return false // "Ordanne sports hall: …" is a sentence's words
		}
	}
	return !strings.ContainsAny(line[:c], ",;\"“”")
}

// ownString returns b's bytes as a string without copying them: b is a
// copy of the text made for one fold, and no one writes to it after.
func ownString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// singleSpaced returns s with each run of spaces in it made one space.
func singleSpaced(s string) string {
	if !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// segmentWindows segments a long text window by window and joins the
// windows' Documents.
func (s *Segmenter) segmentWindows(text string, paras []Paragraph, nls []int) Document {
	if paras == nil {
		paras, nls = splitParagraphs(text, nil, nil)
	}
	var docs []Document
	wp, wn := []Paragraph(nil), []int(nil)
	for i := 0; i < len(paras); {
		j := windowEnd(text, paras, i, s.window)
		base, end := paras[i].Start, len(text)
		if j < len(paras) {
			end = paras[j].Start
		}
		wp, wn = wp[:0], wn[:0]
		for k := i; k < j; k++ {
			p := paras[k]
			p.Span = shift(p.Span, -base)
			p.Dateline = shift(p.Dateline, -base)
			wp = append(wp, p)
			nl := nls[k]
			if nl >= 0 {
				nl -= base
			}
			wn = append(wn, nl)
		}
		d := s.segment(text[base:end], wp, wn, i > 0)
		d.shift(base)
		docs = append(docs, d)
		i = j
	}
	return joinDocuments(docs)
}

// windowEnd returns the index of the paragraph after the last one of the
// window that starts with paragraph i: the first that starts window
// bytes or more after it and opens with no quote mark (it may go on with
// a quote the paragraph before opened), or, past twice that, any.
func windowEnd(text string, paras []Paragraph, i, window int) int {
	start := paras[i].Start
	for j := i + 1; j < len(paras); j++ {
		if n := paras[j].Start - start; n >= 2*window || n >= window && !opensWithMark(text[paras[j].Start:]) {
			return j
		}
	}
	return len(paras)
}

// shift moves a set span by d bytes; a zero span stays zero.
func shift(sp Span, d int) Span {
	if !sp.Valid() {
		return sp
	}
	return Span{sp.Start + d, sp.End + d}
}

// shift moves the offsets of the Document of a window that starts at
// byte base of a longer text to that text's.
func (d *Document) shift(base int) {
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		p.Span, p.Dateline = shift(p.Span, base), shift(p.Dateline, base)
	}
	for i := range d.Sentences {
		d.Sentences[i].Span = shift(d.Sentences[i].Span, base)
	}
	for i := range d.Quotes {
		q := &d.Quotes[i]
		q.Span, q.Mention, q.Cue = shift(q.Span, base), shift(q.Mention, base), shift(q.Cue, base)
		for k := range q.Pieces {
			q.Pieces[k] = shift(q.Pieces[k], base)
		}
	}
}

// joinDocuments joins the Documents of a text's windows, in order, into
// one, its indexes counted over all of them.
func joinDocuments(docs []Document) Document {
	var np, ns, nq int
	for _, d := range docs {
		np, ns, nq = np+len(d.Paragraphs), ns+len(d.Sentences), nq+len(d.Quotes)
	}
	out := Document{
		Paragraphs: make([]Paragraph, 0, np),
		Sentences:  make([]Sentence, 0, ns),
		Quotes:     make([]Quote, 0, nq),
	}
	for _, d := range docs {
		pb, qb := len(out.Paragraphs), len(out.Quotes)
		out.Paragraphs = append(out.Paragraphs, d.Paragraphs...)
		for _, sn := range d.Sentences {
			sn.Paragraph += pb
			if sn.Quote >= 0 {
				sn.Quote += qb
			}
			out.Sentences = append(out.Sentences, sn)
		}
		for _, q := range d.Quotes {
			q.Paragraph += pb
			out.Quotes = append(out.Quotes, q)
		}
	}
	return out
}

// segment segments text whole, or, with paras, as a window of a longer
// text whose paragraphs are paras and nls (segmentWindows).
func (s *Segmenter) segment(text string, paras []Paragraph, nls []int, cont bool) Document {
	sc := s.scratch.Get().(*scratch)
	// st is filled field by field: a composite literal of this size is
	// built in a temporary and copied
	var st state
	st.text, st.lx = text, s.lx
	st.given, st.givenNL, st.cont = paras, nls, cont
	st.raw, st.pieces, st.paraTok, st.order = sc.raw[:0], sc.pieces[:0], sc.pt[:0], sc.order[:0]
	st.paras, st.sents, st.qiv, st.sentTok, st.atoks = sc.paras[:0], sc.sents[:0], sc.qiv[:0], sc.sentTok[:0], sc.atoks[:0]
	st.marks, st.toks, st.all, st.people, st.ments = sc.marks[:0], sc.toks[:0], sc.all[:0], sc.people[:0], sc.ments[:0]
	st.keys, st.paraKey, st.paraNL = sc.keys[:0], sc.pk[:0], sc.nls[:0]
	st.kind.memo = sc.memo[:0]
	st.kind.lower, st.kind.lowerBytes = sc.lower[:0], sc.lowerB[:0]
	st.found.runs = sc.runs[:0]
	st.tokBlock = sc.tb[:0]
	defer func() {
		clear(st.people) // drop the strings they hold
		clear(st.kind.memo)
		sc.memo = st.kind.memo[:0]
		sc.lower, sc.lowerB = st.kind.lower[:0], st.kind.lowerBytes[:0]
		clear(st.found.runs)
		sc.runs = st.found.runs[:0]
		sc.tb = st.tokBlock[:0]
		clear(st.raw)
		sc.raw, sc.pieces, sc.pt, sc.order = st.raw[:0], st.pieces[:0], st.paraTok[:0], st.order[:0]
		sc.paras, sc.sents, sc.qiv, sc.sentTok, sc.atoks = st.paras[:0], st.sents[:0], st.qiv[:0], st.sentTok[:0], st.atoks[:0]
		sc.marks, sc.toks, sc.all, sc.people, sc.ments = st.marks[:0], st.toks[:0], st.all[:0], st.people[:0], st.ments[:0]
		sc.keys, sc.pk, sc.nls = st.keys[:0], st.paraKey[:0], st.paraNL[:0]
		s.scratch.Put(sc)
	}()
	st.split()
	st.pairQuotes()
	st.scanPeople()
	st.transcript()
	st.attributeAll()
	st.reported()
	st.finish()
	return st.doc
}

// split finds the paragraphs, reads their tokens (once, for every later
// step) and splits them into sentences.
func (st *state) split() {
	text := st.text
	// paragraphs and sentences are built in scratch buffers and copied
	// out at their final length: one allocation each, none wasted
	if st.given != nil {
		st.paras, st.paraNL = append(st.paras[:0], st.given...), append(st.paraNL[:0], st.givenNL...)
	} else {
		st.paras, st.paraNL = splitParagraphs(text, st.paras[:0], st.paraNL[:0])
	}
	st.sents, st.sentTok = st.sents[:0], st.sentTok[:0]
	st.paraTok = append(st.paraTok[:0], 0)
	st.paraKey = append(st.paraKey[:0], 0)
	for pi, p := range st.paras {
		k, a := len(st.keys), len(st.all)
		st.all, st.keys = st.lx.tokenizeKeys(text, p.Start, p.End, st.all, st.keys)
		st.dropClassYears(a, k)
		st.paraTok = append(st.paraTok, len(st.all))
		st.paraKey = append(st.paraKey, len(st.keys))
		st.splitSentences(p, pi, st.keys[k:])
	}
	st.indexBlocks()
	st.doc.Paragraphs = make([]Paragraph, len(st.paras))
	copy(st.doc.Paragraphs, st.paras)
	st.doc.Sentences = make([]Sentence, len(st.sents))
	copy(st.doc.Sentences, st.sents)
}

// dropClassYears drops from the tokens of a paragraph, st.all[a:] (whose
// keys are st.keys[k:]), the class years that US college papers write
// after a name: "Keisha Mbeki ’25 said", "Dana Ortiz '26, a senior": an
// apostrophe and two digits, which would read as the subject before the
// verb. The apostrophe is a key (keyTok): most paragraphs hold none that
// starts a class year and are passed over in a few steps.
func (st *state) dropClassYears(a, k int) {
	all := st.all
	drop := -1 // the first apostrophe that starts a class year
	for _, x := range st.keys[k:] {
		if st.classYear(x, a) {
			drop = x
			break
		}
	}
	if drop < 0 {
		return
	}
	// copy the tokens down over each class year, and the keys after them
	n, kn := drop, k
	for kn < len(st.keys) && st.keys[kn] < drop {
		kn++
	}
	for x := drop; x < len(all); x++ {
		if st.classYear(x, a) {
			x++ // and its digits
			continue
		}
		if keyTok(&all[x]) {
			st.keys[kn] = n
			kn++
		}
		all[n] = all[x]
		n++
	}
	st.all, st.keys = all[:n], st.keys[:kn]
}

// classYear reports whether st.all[x], a token of the paragraph whose
// tokens start at a, is the apostrophe of a class year after a name:
// a space before it, two digits right after it, and no letter or digit
// after those.
func (st *state) classYear(x, a int) bool {
	all, text := st.all, st.text
	t := all[x]
	if t.k != tQuote || x <= a || x+1 >= len(all) || t.s == 0 || text[t.s-1] != ' ' {
		return false
	}
	if c := text[t.s]; c != '\'' && !(c == 0xE2 && t.e-t.s == 3 && text[t.s+2] == 0x99) { // ' or ’
		return false
	}
	d, p := all[x+1], all[x-1]
	if d.s != t.e || d.e-d.s != 2 || d.f&fDot != 0 || text[d.s]-'0' > 9 || text[d.s+1]-'0' > 9 || d.e < len(text) && wordByte[text[d.e]] {
		return false
	}
	return p.k == tWord && p.e == t.s-1 && capitalised(p)
}

// sentenceToks returns the tokens of sentence si, as tokensIn would.
func (st *state) sentenceToks(si int) []tok {
	sn := st.doc.Sentences[si]
	all := st.all
	i, j := st.sentTok[2*si], st.sentTok[2*si+1]
	if i < len(all) && all[i].s < sn.Start || j < len(all) && all[j].s < sn.End ||
		sn.Start < len(st.text) && !utf8.RuneStart(st.text[sn.Start]) {
		return st.tokensIn(sn.Start, sn.End) // the sentence cuts a token
	}
	return all[i:j]
}

// paraToks returns the tokens of paragraph pi.
func (st *state) paraToks(pi int) []tok { return st.all[st.paraTok[pi]:st.paraTok[pi+1]] }

// finish turns the raw quotes into Document.Quotes, sorted by start, and
// links sentences to the quote that holds them.
func (st *state) finish() {
	// order the kept quotes by start (stable: ties keep their raw order)
	// by sorting their indices, so the large Quote values move only once
	order := st.order[:0]
	sorted := true
	for i := range st.raw {
		if st.raw[i].drop {
			continue
		}
		if n := len(order); n > 0 && st.raw[order[n-1]].start() > st.raw[i].start() {
			sorted = false
		}
		order = append(order, int32(i))
	}
	if !sorted {
		st.sortQuotes(order)
	}
	// a quote in marks that starts inside the one before (a mark paired
	// across nested, stray marks: "«b»Ode said "x" …") is dropped, so
	// that quotes in marks never overlap
	end, w := -1, 0
	for _, i := range order {
		if q := &st.raw[i]; q.kind != Indirect {
			if q.start() < end {
				q.drop = true
				continue
			}
			end = q.end()
		}
		order[w] = i
		w++
	}
	order = order[:w]
	st.order = order
	// the pieces of all quotes of several pieces share one allocation;
	// each quote's slice is capped, so appending to it copies
	np := 0
	for _, i := range order {
		if n := len(st.raw[i].pieces); n > 1 {
			np += n
		}
	}
	var spans []Span
	if np > 0 {
		spans = make([]Span, np)
	}
	// each Quote is filled in place, not built and copied in
	qs := make([]Quote, len(order))
	for k, i := range order {
		q, out := &st.raw[i], &qs[k]
		out.Span = Span{q.start(), q.end()}
		out.Paragraph, out.Kind = q.para, q.kind
		out.Speaker, out.Role = q.speaker, q.role
		out.Mention, out.Cue = q.att.mention, q.att.cue
		if q.speaker != "" && !out.Mention.Valid() {
			out.Mention = q.from // the speaker of the quote before
		}
		if n := len(q.pieces); n > 1 {
			out.Pieces, spans = spans[:n:n], spans[n:]
			for j, p := range q.pieces {
				out.Pieces[j] = Span{p.s, p.e}
			}
		}
	}
	st.takeThat(qs)
	st.doc.Quotes = qs
	if len(qs) == 0 {
		return
	}
	// Link sentences: a sentence belongs to the first quote that covers at
	// least half of it, or to the first indirect quote it holds; a direct
	// or partial quote wins over an indirect one (the sentences start with
	// Quote -1). The quotes come in order of start, so each reads on from
	// the first sentence that the one before reached, over the sentences it
	// overlaps, and no sentence is read for quotes far from it.
	sents := st.doc.Sentences
	si := 0
	for qi := range qs {
		q := &qs[qi]
		for si < len(sents) && sents[si].End <= q.Start {
			si++
		}
		for k := si; k < len(sents) && sents[k].Start < q.End; k++ {
			sn := &sents[k]
			inside := q.Kind == Indirect && q.Start >= sn.Start && q.End <= sn.End
			if !inside && covered(q, sn.Span)*2 < sn.Len() {
				continue
			}
			if sn.Quote < 0 || q.Kind != Indirect && qs[sn.Quote].Kind == Indirect {
				sn.Quote = qi
			}
		}
	}
}

// takeThat starts each indirect quote that follows the complementizer
// "that" at the "that": "said that the plan was dead" reports "that the
// plan was dead", as annotated news corpora mark reported content
// (PolNeAR's annotators take the "that" in 514 times of 520). The quote
// keeps clear of the indirect quote before it and of its own cue.
func (st *state) takeThat(qs []Quote) {
	end := 0 // of the indirect quote before
	for i := range qs {
		q := &qs[i]
		if q.Kind != Indirect {
			continue
		}
		// a clause read from just after "that," starts at its words:
		// "concluded that, using standard methods, …"
		limit := q.End
		if len(q.Pieces) > 0 {
			limit = q.Pieces[0].End
		}
		for q.Start+1 < limit && (st.text[q.Start] == ',' || st.text[q.Start] == ' ') {
			q.Start++
			if len(q.Pieces) > 0 {
				q.Pieces[0].Start = q.Start
			}
		}
		if b := thatBefore(st.text, q.Start); b >= 0 && b >= end && b >= q.Cue.End {
			q.Start = b
			if len(q.Pieces) > 0 {
				q.Pieces[0].Start = b
			}
		}
		end = q.End
	}
}

// thatBefore returns where the word "that" starts when it stands, as a
// word, just before byte i with one space between, else -1.
func thatBefore(text string, i int) int {
	if i < 6 || text[i-1] != ' ' {
		return -1
	}
	b := i - 5
	if w := text[b : i-1]; w != "that" && w != "That" {
		return -1
	}
	if c := text[b-1]; c != ' ' && c != '\n' && c != '(' {
		return -1
	}
	return b
}

// sortQuotes sorts order, indices of raw quotes in increasing order, by
// the quotes' starts, ties in index order, as a stable sort would. Most
// often order is two runs in order (the quotes in quote marks, then
// reported speech), which it merges. Else it sorts integers that hold a
// start in their high half and an index in their low half, so that no
// comparison reads the quotes.
func (st *state) sortQuotes(order []int32) {
	if st.mergeRuns(order) {
		return
	}
	if uint64(len(st.text)) > math.MaxUint32 { // a start needs more than the high half
		slices.SortStableFunc(order, func(a, b int32) int { return cmp.Compare(st.raw[a].start(), st.raw[b].start()) })
		return
	}
	var buf [64]uint64
	keys := buf[:0]
	for _, i := range order {
		keys = append(keys, uint64(st.raw[i].start())<<32|uint64(uint32(i)))
	}
	slices.Sort(keys)
	for k, key := range keys {
		order[k] = int32(uint32(key))
	}
}

// mergeRuns sorts order as sortQuotes does and reports true when order
// is two runs in order, of 64 quotes or fewer in all; else it leaves it
// as it is. On a tie the first run's quote, of the lower index, goes
// first.
func (st *state) mergeRuns(order []int32) bool {
	if len(order) > 64 {
		return false
	}
	var starts [64]int
	for k, i := range order {
		starts[k] = st.raw[i].start()
	}
	k := 1 // where the second run starts
	for k < len(order) && starts[k-1] <= starts[k] {
		k++
	}
	for m := k + 1; m < len(order); m++ {
		if starts[m-1] > starts[m] {
			return false // a third run
		}
	}
	// the merged quotes up to where the second run is left go to buf;
	// what is left of the second run is in place already
	var buf [64]int32
	a, b, m := 0, k, 0
	for ; a < k && b < len(order); m++ {
		if starts[b] < starts[a] {
			buf[m] = order[b]
			b++
		} else {
			buf[m] = order[a]
			a++
		}
	}
	copy(buf[m:], order[a:k])
	copy(order, buf[:b])
	return true
}

// covered returns how many bytes of sp the quote's pieces cover.
func covered(q *Quote, sp Span) int {
	if len(q.Pieces) == 0 {
		return overlap(q.Span, sp)
	}
	// the pieces are in order and apart: those that may overlap sp are
	// found by halves, so that a quote of thousands of pieces (an
	// unclosed mark at each of a page's lines) costs no walk over all of
	// them for each of its sentences
	ps := q.Pieces
	i := sort.Search(len(ps), func(i int) bool { return ps[i].End > sp.Start })
	n := 0
	for _, p := range ps[i:] {
		if p.Start >= sp.End {
			break
		}
		n += overlap(p, sp)
	}
	return n
}

func overlap(a, b Span) int {
	s, e := max(a.Start, b.Start), min(a.End, b.End)
	if e > s {
		return e - s
	}
	return 0
}
