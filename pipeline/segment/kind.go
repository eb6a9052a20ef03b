package segment

import (
	"cmp"
	"math"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxLead is how many bytes of its sentence before a quote's opening mark
// classify reads at most: news sentences are far shorter.
const maxLead = 1024

// leadStart returns where the last maxLead bytes before os begin, moved
// on to the start of a word.
func leadStart(text string, os int) int {
	s := os - maxLead
	if i := strings.IndexByte(text[s:os], ' '); i >= 0 {
		return s + i + 1
	}
	return os
}

// classify decides whether quote qi is Direct or Partial, and drops scare
// quotes and titles ("the film “Argo”", the so-called “deal”): they are not
// anyone's words, so they are not returned at all.
func (st *state) classify(qi int) {
	q := &st.raw[qi]
	if q.turn {
		return // a transcript turn is a direct quote
	}
	text := st.text
	first := &q.pieces[0]
	// what comes before the opening mark in its sentence
	para := &st.doc.Paragraphs[first.para]
	hs := para.Start
	if d := para.Dateline; d.Valid() {
		hs = d.End
	}
	ps := hs
	sent := -1 // the sentence that starts at hs, if one does
	if si := st.quoteSentence(first.os); si >= 0 && st.doc.Sentences[si].Start <= first.os {
		hs = max(hs, st.doc.Sentences[si].Start)
		if hs == st.doc.Sentences[si].Start {
			sent = si
		}
	}
	if first.os-hs > maxLead {
		// a run-on "sentence" of a page's debris: read only its last
		// words, so that a paragraph of many quotes costs what its length
		// does, not its length times its quotes
		hs, sent = leadStart(text, first.os), -1
	}
	if len(q.pieces) == 1 && headingQuote(text, para, first, q.att.cue) {
		q.drop = true
		return
	}
	if st.labelQuote(q, ps, hs, sent) {
		if len(q.pieces) == 2 && q.hasAtt && q.att.cue.Start >= first.ce && q.att.cue.End <= q.pieces[1].os && st.sentenceQuote(&q.pieces[1]) {
			// "placards reading “No Deal Is Better Than a Bad Deal”, he
			// said: “They told us …”": a sign's words, then the speaker's
			q.pieces = q.pieces[1:]
			q.para = q.pieces[0].para
			st.classify(qi)
			return
		}
		q.drop = true
		return
	}
	if len(q.pieces) == 1 && st.nickname(first) && countWordsMax(text[first.s:first.e], 3) <= 2 {
		q.drop = true // Gov. C.L. “Butch” Otter: part of a name
		return
	}
	bs, be := trimSpan(text, min(hs, first.os), first.os)
	before := text[bs:be]
	if before == "" && st.titleOpening(q) || len(q.pieces) == 1 && titleWithSubtitle(text, first.s, first.e) {
		// "Lost Tycoon: The Many Lives of Ivo Lund": a book's title
		q.drop = true
		return
	}
	// Direct: a quote that opens its sentence or follows a colon, a dash,
	// an ellipsis or its own attribution and a comma; one of several
	// pieces; or a capitalised sentence of six words or more. Else Partial.
	q.kind = Direct
	lb, _ := runeBefore(before, len(before))
	// "…, saying, “…”": the reporting verb and a comma just before it
	// after a comma, a quote the writer's words go on from is partial
	afterComma := lb == ',' && !st.writerGoesOn(q)
	cueComma := afterComma && q.hasAtt && q.att.cue.Valid() && q.att.cue.End == be-1
	if before == "" && st.continuesSentence(q) {
		// “Trump exaggerates” the level of …, the site said: the quote
		// opens a sentence that goes on in the writer's words
		before = " "
	}
	if afterComma && len(q.pieces) == 1 && !st.cueObjectBefore(q, be) && st.appositiveTitle(first, before) {
		// "its winter appeal, “Light the Way”, would go ahead": a name
		// set off after its noun, which the sentence goes on past (not
		// after a verb's object: "told reporters, “We Will Win,” and")
		q.drop = true
		return
	}
	if afterComma && len(q.pieces) == 1 && st.workAppositive(first, before) {
		// "in the agency’s 2020 report, ‘Fuel Management on Crown Land’.":
		// a work's title set off after the noun that names its kind, at
		// the end of the sentence too
		q.drop = true
		return
	}
	if lb == ':' && first.para == 0 && st.continuesHeadline(q) {
		// "Ode: ‘Of Course’ the Port Will Stay Open": the headline's
		// words go on after the quote, which is part of what it reports
		before, lb = " ", ' '
	}
	if lb == ':' && len(q.pieces) == 1 && first.para == 0 && len(before) > 2 && headlineLabel(strings.TrimSpace(before[:len(before)-1])) && titleLike(text, first.s, first.e, countWordsMax(text[first.s:first.e], 7)) {
		// "Review: “The Salt Orchard” finds grief …": a work's title
		// after a label
		q.drop = true
		return
	}
	if afterComma && q.hasAtt && q.headAtt && hs < first.os && q.att.cue.End <= first.os {
		// "Fans will hope for a repeat or, as one supporter put it, “…”":
		// the nearer speaker set off before the quote
		if att, ok := st.asPutIt(hs, first.os); ok && att.cue.Start > q.att.cue.End {
			q.att = att
		}
	}
	if before == "" || lb == ':' || lb == 0x2026 || isDash(lb) || afterComma && q.hasAtt && q.headAtt || cueComma {
		return
	}
	// the rules below only ask whether there are fewer than 5, at least 6
	// or more than 6 words, so counting stops at 7; the quotes that are
	// direct by what stands before them, most of them, need no count
	words := quoteWords(text, q)
	lastR, _ := runeBefore(text, q.end())
	terminal := lastR == '.' || lastR == '!' || lastR == '?' || lastR == ',' || lastR == 0x2026 || isDash(lastR)
	if len(q.pieces) > 1 || words >= 6 && terminal && upperAt(text, first.s) && !st.inCasedHeadline(first) && !((titleListOrOutlet(before) || titleBefore(before, words) || afterThe(before) && describedAfter(text, q.last().ce)) && titleLike(text, first.s, q.end(), words)) &&
		!(titleWorkNoun(lastWordOf(before)) && q.end()-first.s < 80 && titleLike(text, first.s, q.end(), 6)) && // "its pamphlet “Know Your Rights on the Warehouse Floor,”": a long title after its noun
		!((lb == ',' && titleWorkNoun(strings.TrimSuffix(lastWordOf(before), ",")) || nameGivenBefore(before) || namedThe(before)) && q.end()-first.s < 80 && titleLike(text, first.s, q.end(), 6) && lastR == ',') { // "A 2023 city study, “Short-Term Rentals and the Elm Prairie Housing Market,” counted", "which documents call the “Tamarack County Justice and Wellness Center,”": a title or a name set off
		return // but “The View” and “The Late Show With Stephen Colbert,” is a list of titles
	}
	if (lastR == '!' || lastR == '?') && upperAt(text, first.s) && outcry(before) {
		return // "shouted ‘Shame!’", "cries of ‘Sit down!’": a whole utterance
	}
	q.kind = Partial
	if !q.hasAtt {
		if att, ok := st.inOwnWords(hs, first.os); ok {
			q.att, q.hasAtt = att, true // "is, in his own words, “boring on purpose”": not the scare quote's "words"
			return
		}
	}
	// a work's title after its noun ("the film “Argo”"); two words in
	// lower case that an article opens describe ("called the final play
	// “a gift”")
	titleNoun := upperAt(text, first.s) || words < 3 && !opensWithVerb(text[first.s:first.e]) && !opensWithArticle(text[first.s:first.e])
	if len(q.pieces) == 1 && words >= 2 && (words <= 6 || q.end()-first.s < 80 && lastR == ',') && (nameGivenBefore(before) || namedThe(before)) && (upperAt(text, first.s) || opensWithArticle(text[first.s:first.e])) && titleLike(text, first.s, first.e, min(words, 6)) && !(first.para == 0 && st.titleHeadline()) {
		// "promoted himself as “The Retirement Coach,”", "billed as
		// “Modern Living on the Harbor,”", "a brick hulk neighbors call
		// “the Old Mill”": a name in title case, given to someone or
		// something, not words anyone spoke (a title-case headline
		// writes every quote so)
		q.drop = true
		return
	}
	if scareCue(before, titleNoun) || st.nounModifier(q, ps, words) || words <= 3 && calledName(text, before, first.s, first.e, first.ce) {
		q.drop = true
		return
	}
	if len(q.pieces) == 1 && words <= 6 && upperAt(text, first.s) && titleLike(text, first.s, first.e, words) && workNamedAfter(text, q.last().ce) {
		// "pointed to “Common Sense,” the 1776 pamphlet that …": a work's
		// title that the appositive after it names as one
		q.drop = true
		return
	}
	if len(q.pieces) == 1 && words <= 6 && upperAt(text, first.s) && titleLike(text, first.s, first.e, words) && (afterThe(before) || afterA(before) && !st.reportsBefore(hs, first.os)) && describedAfter(text, q.last().ce) {
		// "known for the “Mustang Mile,” a punishing run", "the next
		// edition of the “Global Assessment of Sea Level Change,” an
		// international report", "circulated a “Good Neighbour
		// Agreement,” a 12-page document": a name that the words after
		// it describe
		q.drop = true
		return
	}
	// a title in a list: "from Ostra Films, “Long Quay,” Tide Studios and …",
	// or after a possessive, where a sentence may end inside its marks:
	// "on Harbour Radio’s “Morning Line.”"
	if !terminal && words > 6 && len(q.pieces) == 1 && q.end()-first.s <= 80 && titleLike(text, first.s, q.end(), 6) {
		// a long title, no sentence's end inside its marks: "his role as a
		// priest in «A Confession in the Month of August»"
		q.drop = true
		return
	}
	if titleLike(text, q.pieces[0].s, q.end(), words) && (!terminal || lb == ',' && lastR == ',' || titleBefore(before, words) || titleListOrOutlet(before) || byAuthor(text, q.last().ce)) {
		q.drop = true
		return
	}
	if !q.hasAtt && hs < first.os {
		if att, ok := st.characterization(hs, first.os); ok {
			q.att, q.hasAtt = att, true
		} else if att, ok := st.asPutIt(hs, first.os); ok {
			q.att, q.hasAtt = att, true
		} else if att, ok := st.putItAttribution(first.os); ok {
			q.att, q.hasAtt = att, true
		}
	}
	if !q.hasAtt && words < 5 {
		// a few words in lower case may still be a reported clause's
		// (reported); capitalised ones are a title or a cry
		q.drop, q.weak = true, !upperAt(text, first.s)
	}
}

// cueObjectBefore reports whether the words between q's cue and be are
// one or two words without a determiner, the cue's object: "told
// reporters," but not "said its new album,".
func (st *state) cueObjectBefore(q *rawQuote, be int) bool {
	if !q.hasAtt || !q.att.cue.Valid() || q.att.cue.End > be {
		return false
	}
	n := 0
	for w := range strings.FieldsSeq(st.text[q.att.cue.End:be]) {
		w = strings.TrimRight(w, ",")
		if n++; n > 2 || isDeterminer(w) || possessiveWord(w) {
			return false
		}
	}
	return n > 0
}

// appositiveTitle reports whether the quote p, after before (which ends
// with a comma), is a title-case name of six words at most set off after
// a noun in lower case, and the sentence goes on in lower case after the
// comma that closes it: "its annual appeal, “Light the Way”, would go
// ahead", "the new album, “Salt and Iron,” is due in May".
func (st *state) appositiveTitle(p *qpiece, before string) bool {
	text := st.text
	if !titleLike(text, p.s, p.e, countWordsMax(text[p.s:p.e], 7)) || !upperAt(text, p.s) {
		return false
	}
	w, _, _ := prevWord(before, 0, len(before)-1)
	if len(w) < 3 || w[0] < 'a' || w[0] > 'z' || isPreposition(w) || isClauseBoundary(w) {
		return false
	}
	if _, ok := st.lx.verb(w); ok {
		return false // "said, “Light the Way,” and left": the quote is what was said
	}
	i := p.ce
	if r, _ := runeBefore(text, p.e); r != ',' {
		if i >= len(text) || text[i] != ',' {
			return false
		}
		i++
	}
	i = skipSpace(text, i, len(text))
	return i < len(text) && text[i] >= 'a' && text[i] <= 'z'
}

// workAppositive reports whether the quote p, after before (which ends
// with a comma), is a title-case name of six words at most set off after
// a noun for a work or a document that a determiner, a possessive or a
// year goes before: "a 2021 report, “Coastal Resilience in the West”",
// "her memoir, ‘Salt Roads’".
func (st *state) workAppositive(p *qpiece, before string) bool {
	text := st.text
	// a study's or a report's title may be long: up to 12 words
	n := countWordsMax(text[p.s:p.e], 13)
	if n > 12 || !upperAt(text, p.s) {
		return false
	}
	w, ws, punct := prevWord(before, 0, len(before)-1)
	if punct {
		return false
	}
	if !titleLike(text, p.s, p.e, min(n, 6)) && !(researchNoun(w) && !sentenceEndInText(text[p.s:p.e])) {
		// a paper's title may be in sentence case: "Their paper,
		// “Catch-up sleep and cardiometabolic risk in working adults”,"
		return false
	}
	if !workNoun(w) {
		// "a self-published book Pell wrote in 2016, “Retire Rich,
		// Sleep Easy,”": the noun before a short clause that tells who
		// made the work
		made := false
		for n := 0; n < 6 && !workNoun(w); n++ {
			made = made || makingVerb(w) || w == "about" // "a short book about the experience, “…,”": what it is about
			if w, ws, punct = prevWord(before, 0, ws); punct || w == "" {
				return false
			}
		}
		if !made || !workNoun(w) {
			return false
		}
	}
	pw, ps, punct := prevWord(before, 0, ws)
	if !punct && (modifier(pw) || adjectiveLike(pw)) {
		pw, _, punct = prevWord(before, 0, ps) // "a self-published book", "a short book"
	}
	return !punct && (isDeterminer(pw) || possessiveWord(pw) && !pronounIs(pw) || yearWord(pw) || len(pw) == 5 && pw[4] == 's' && yearWord(pw[:4]) || // "a 1970s handbook"
		pw == "new" || pw == "latest" || pw == "annual" || pw == "final" || pw == "interim" || pw == "draft" || pw == "first" || pw == "debut")
}

// makingVerb reports the past tense of verbs that tell who made a work:
// "the book he wrote", "the report it released".
func makingVerb(w string) bool {
	switch w {
	case "wrote", "co-wrote", "published", "self-published", "released", "issued", "produced", "recorded", "made", "directed",
		"filmed", "commissioned", "authored", "co-authored", "compiled", "edited", "composed", "painted", "designed":
		return true
	}
	return false
}

// researchNoun reports the nouns of research whose titles are often in
// sentence case: paper, study, report, article, survey, review.
func researchNoun(w string) bool {
	switch w {
	case "paper", "study", "report", "article", "survey", "review":
		return true
	}
	return false
}

// sentenceEndInText reports a full stop, question or exclamation mark that
// ends a sentence inside s (one followed by a space or ending s).
func sentenceEndInText(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c == '.' || c == '?' || c == '!') && (i+1 == len(s) || s[i+1] == ' ') {
			return true
		}
	}
	return false
}

// workNoun reports nouns for a work or a document whose title may be set
// off after them.
func workNoun(w string) bool {
	switch w {
	case "report", "study", "book", "album", "film", "documentary", "paper", "review", "memoir", "novel", "song", "single", "play", "debut", "sequel", "anthology", "article",
		"podcast", "series", "exhibition", "strategy", "document", "pamphlet", "manifesto", "submission", "guide", "survey", "audit",
		"poem", "essay", "column", "programme", "program", "leaflet", "booklet", "handbook", "musical", "opera", "collection", "biography":
		return true
	}
	return false
}

// inCasedHeadline reports whether p is in the article's headline and the
// headline is written in title case or capitals, where a capital opens
// every word and no sentence: "Ode: Board ‘Not Fit To Run The Port.’"
func (st *state) inCasedHeadline(p *qpiece) bool {
	return p.para == 0 && st.isHeadline() && st.casedHeadline()
}

// quoteWords returns the number of words in q's pieces, counted up to 7.
func quoteWords(text string, q *rawQuote) int {
	words := 0
	for _, p := range q.pieces {
		if words >= 7 {
			break
		}
		words += countWordsMax(text[p.s:p.e], 7-words)
	}
	return words
}

// titleWithSubtitle reports whether text[s:e] is a title and its
// subtitle, both in title case, of 14 words at most: "Yuge!: 30 Years of
// Harbour Life", "Lost Tycoon: The Many Lives of Ivo Lund".
func titleWithSubtitle(text string, s, e int) bool {
	c := colonSpace(text[s:e])
	if c <= 0 || countWordsMax(text[s:e], 15) > 14 {
		return false
	}
	c += s
	t := c + 2
	if t >= e || !upperAt(text, t) && (text[t] < '0' || text[t] > '9') {
		return false
	}
	return titleCaseSpan(text, s, c) && titleCaseSpan(text, t, e)
}

// colonSpace returns strings.Index(s, ": "), found by looking for each
// colon, a rare byte, and the space after it.
func colonSpace(s string) int {
	for i := 0; ; {
		j := strings.IndexByte(s[i:], ':')
		if j < 0 {
			return -1
		}
		if i += j + 1; i < len(s) && s[i] == ' ' {
			return i - 1
		}
	}
}

// titleCaseSpan reports whether every word of text[s:e] starts with a
// capital or a digit, or is one of the small words titles leave in lower
// case.
func titleCaseSpan(text string, s, e int) bool {
	for s < e && text[s] == ' ' {
		s++
	}
	if s >= e {
		return false
	}
	return titleLike(text, s, e, 0)
}

// titleListOrOutlet reports whether the writer's words before a title-case
// quote make it a name: a title after another one ("starred in “Port
// Life” and “Harbour Nights,”") or the programme someone told something
// to or spoke on or with ("told “Morning Line,”", "an interview with
// “Port Sunday.”").
func titleListOrOutlet(before string) bool {
	w, rest := lastWord(before)
	switch w {
	case "and", "or":
		r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(rest, " "))
		return r == '”' || r == '"' || r == '\''
	case "told", "with", "on":
		// "told “Morning Line,”", "in an interview with “Port Sunday.”",
		// "said on “Harbour Tonight”"
		return true
	}
	return false
}

// byAuthor reports whether "by" and a capitalised name follow byte i, the
// end of a quote: a work's author ("“The Making of Ivo Lund,” by the
// Pulitzer Prize-winning …" or "by Ana Ode").
func byAuthor(text string, i int) bool {
	rest := strings.TrimLeft(text[i:min(len(text), i+40)], " ")
	if !strings.HasPrefix(rest, "by ") {
		return false
	}
	rest = strings.TrimPrefix(strings.TrimPrefix(rest[3:], "the "), "a ")
	return upperAt(rest, 0)
}

// lastWord returns the last word of s, after a space, and what comes
// before it.
func lastWord(s string) (string, string) {
	i := strings.LastIndexByte(s, ' ')
	return s[i+1:], s[:max(i, 0)]
}

// lastWordOf returns the last word of before, the words before a quote.
func lastWordOf(before string) string {
	w, _ := lastWord(strings.TrimRight(before, " "))
	return w
}

// nameGivenBefore reports whether before, the words before a quote, ends
// with "as" or "call" after a word: what follows may be a name given.
func nameGivenBefore(before string) bool {
	w, rest := lastWord(before)
	if w != "as" && w != "call" && w != "calls" || rest == "" {
		return false
	}
	c := rest[len(rest)-1]
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// namedThe reports whether before, the words before a quote, end with a
// verb of naming and an article: "which documents call the", "what the
// firm has named the".
func namedThe(before string) bool {
	a, rest := lastWord(strings.TrimRight(before, " "))
	if a != "the" && a != "a" {
		return false
	}
	switch v, _ := lastWord(rest); v {
	case "call", "calls", "called", "calling", "named", "dubbed", "dub", "dubs", "christened", "branded", "brand", "brands", "renamed":
		return true
	}
	return false
}

// opensWithVerb reports whether the quoted words open with a lower-case
// finite verb, perhaps negated: "the report “wasn’t good”" reports what
// someone said of the report; a title would not open that way.
func opensWithVerb(q string) bool {
	w, _, _ := strings.Cut(q, " ")
	for _, n := range []string{"n’t", "n't"} {
		w = strings.TrimSuffix(w, n)
	}
	if w == "ca" || w == "wo" { // can't, won't
		return true
	}
	return finite(w)
}

// quoteSentence returns sentenceAt(pos) for the opening mark pos of the
// quote classify reads. The quotes come in text order, so it reads on from
// the previous one's sentence instead of searching them all.
func (st *state) quoteSentence(pos int) int {
	ss := st.doc.Sentences
	next := st.kind.next
	if next > 0 && ss[next-1].End > pos {
		next = 0 // out of order: read from the start
	}
	for next < len(ss) && ss[next].End <= pos {
		next++
	}
	st.kind.next = next
	return st.sentenceHolding(next, pos)
}

// upperAt reports whether the rune at byte i of text is an upper-case
// letter.
func upperAt(text string, i int) bool {
	r, _ := runeAt(text, i)
	return isUpper(r)
}

// continuesSentence reports whether the writer's own words go on after a
// one-piece quote that opens its sentence: the closing mark is followed by
// a lower-case word that does not begin the quote's attribution.
func (st *state) continuesSentence(q *rawQuote) bool {
	lp := q.last()
	if len(q.pieces) > 1 || lp.ce == lp.e {
		return false
	}
	i := skipSpace(st.text, lp.ce, len(st.text))
	if i == lp.ce || i >= len(st.text) || st.text[i] < 'a' || st.text[i] > 'z' {
		return false
	}
	// the cheap test first: most such quotes have their attribution right
	// after them (“…,” she said)
	if q.hasAtt && !q.headAtt && !(min(q.att.mention.Start, q.att.cue.Start) > i+1 && q.att.mention.Valid()) {
		return false
	}
	if r, _ := runeBefore(st.text, lp.e); r == ',' && q.hasAtt && !q.headAtt {
		return false // “…,” on Tuesday, Rivera said: the comma hands over to the attribution
	}
	w := st.text[lp.s:lp.e]
	return !strings.Contains(w, ". ") && !strings.Contains(w, "? ") && !strings.Contains(w, "! ") // a quote of several sentences is speech, whatever follows it
}

// continuesHeadline reports whether q, a quote after a colon in the
// article's first paragraph, is followed by more words of a title-case
// headline.
func (st *state) continuesHeadline(q *rawQuote) bool {
	lp := q.last()
	if len(q.pieces) > 1 || lp.ce == lp.e || !st.titleHeadline() {
		return false
	}
	end := st.doc.Paragraphs[lp.para].End
	if i := skipSpace(st.text, lp.ce, end); i < end {
		r, _ := runeAt(st.text, i)
		return isLetter(r)
	}
	return false // the headline ends with the quote; the next paragraph is no more of it
}

// writerGoesOn reports whether the writer's words go on after the one
// piece of q, which ends without punctuation inside its marks: in Tyler
// said, “We have three weeks to go” until the caucuses. the quote is part
// of the reported sentence.
func (st *state) writerGoesOn(q *rawQuote) bool {
	lp := q.last()
	if len(q.pieces) > 1 || lp.ce == lp.e {
		return false
	}
	if r, _ := runeBefore(st.text, lp.e); !isLetter(r) && !isDigit(r) {
		return false
	}
	i := skipSpace(st.text, lp.ce, len(st.text))
	if i == lp.ce || i >= len(st.text) || st.text[i] < 'a' || st.text[i] > 'z' {
		return false
	}
	w := wordAfter(st.text, i, len(st.text))
	return w != "and" && w != "but" && w != "or"
}

// scareCue reports whether the words before a quote mark it as a name, a
// title or a word held at arm's length rather than someone's words. A
// noun of a work or a programme ("the program", "the report") does so
// only when the quote reads as a title (titleNoun): the H1-B program
// “worse than amnesty” is what someone called it.
func scareCue(before string, titleNoun bool) bool {
	i := len(before)
	for i > 0 && !wordSep[before[i-1]] {
		i--
	}
	w := before[i:] // the last word, as strings.Trim(w, ",;:(") would leave it
	for len(w) > 0 && cueTrim[w[0]] {
		w = w[1:]
	}
	for len(w) > 0 && cueTrim[w[len(w)-1]] {
		w = w[:len(w)-1]
	}
	for j := 0; j < len(w); j++ {
		if c := w[j]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			w = strings.ToLower(w) // rare: most words are in lower case
			break
		}
	}
	if w == "dubbed" && dubbedBy(before[:i]) {
		return false // "who he dubbed “…”": a speaker's words, as after "called"
	}
	switch w {
	case "so-called", "dubbed", "titled", "entitled", "headed", "subtitled", "nicknamed", "named", "word", "words", "term", "phrase",
		"slogan", "hashtag", "label", "motto":
		return true
	case "branded", "rebranded", "renamed", "marketed":
		return titleNoun
	}
	return titleNoun && titleWorkNoun(w)
}

// titleWorkNoun reports the nouns of a work, a programme or a document
// whose title may follow them in marks: "the film “Argo”", "its pamphlet
// “Know Your Rights”", "the report".
func titleWorkNoun(w string) bool {
	switch w {
	case "film", "book", "song", "album", "novel", "movie", "play", "show", "series",
		"documentary", "operation", "programme", "program", "campaign", "headline",
		"brand", "newsletter", "podcast", "exhibition", "opera", "poem", "painting", "report", "bill", "act",
		"thriller", "comedy", "drama", "memoir", "musical", "sitcom", "ballet", "symphony", "single", "anthem", "sculpture", "essay", "column", "episode",
		"commentary", "op-ed", "editorial", "article", "lecture", "sermon",
		"pamphlet", "leaflet", "brochure", "booklet", "handbook", "manual", "guidebook", "magazine", "blog", "website", "survey", "study":
		return true
	}
	return false
}

// opensWithArticle reports whether the quoted words q open with "a", "an"
// or "the".
func opensWithArticle(q string) bool {
	w, _, _ := strings.Cut(q, " ")
	return w == "a" || w == "an" || w == "the"
}

// afterThe reports whether before ends with the word "the".
func afterThe(before string) bool {
	before = strings.TrimRight(before, " ")
	return before == "the" || strings.HasSuffix(before, " the")
}

// afterA reports whether before, the words before a quote, end with "a"
// or "an".
func afterA(before string) bool {
	before = strings.TrimRight(before, " ")
	return strings.HasSuffix(before, " a") || strings.HasSuffix(before, " an") || before == "a" || before == "an"
}

// workNamedAfter reports whether an appositive after the closing mark
// that ends at i, after a comma inside or outside it, names a work: "the
// 1776 pamphlet", "a 2019 documentary".
func workNamedAfter(text string, i int) bool {
	i, ok := afterSetOffComma(text, i)
	if !ok {
		return false
	}
	rest := text[i:min(len(text), i+48)]
	for _, d := range [...]string{" the ", " a ", " an ", " his ", " her ", " their ", " its "} {
		if r, ok := strings.CutPrefix(rest, d); ok {
			for n, w := range strings.Fields(r) {
				if n >= 3 {
					break
				}
				if workNoun(strings.TrimRight(w, ",.;")) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// describedAfter reports whether an appositive with "a" or "an" follows
// the closing mark that ends at i, after a comma inside or outside it.
func describedAfter(text string, i int) bool {
	i, ok := afterSetOffComma(text, i)
	if !ok {
		return false
	}
	rest := text[i:min(len(text), i+4)]
	return strings.HasPrefix(rest, " a ") || strings.HasPrefix(rest, " an ")
}

// afterSetOffComma returns where the words after the closing mark that
// ends at i start, when a comma sets them off, right after the mark or
// just inside it (,” or ,"); ok is false when none does.
func afterSetOffComma(text string, i int) (int, bool) {
	if i < len(text) && text[i] == ',' {
		return i + 1, true
	}
	if i < 4 || text[i-4] != ',' && text[i-2] != ',' {
		return i, false
	}
	return i, true
}

// calledName reports whether the quoted words text[s:e], after before,
// are a name that people habitually call someone or something by
// (namingCall): three words at most, capitalised ("call him “Coach V”")
// or after "the" ("call the “drunk tank”"), not a judgement ("call the
// plan “a giveaway”").
func calledName(text, before string, s, e, ce int) bool {
	if countWordsMax(text[s:e], 4) > 3 || !namingCall(before) {
		return false
	}
	// the name ends its phrase: "call the “drunk tank,”", not a word
	// that goes before a noun ("call the “rigged” economy")
	last, _ := runeBefore(text, e)
	next, _ := runeAt(text, ce)
	if last != ',' && last != '.' && next != ',' && next != '.' && next != ';' && next != ':' && next != ')' && ce < len(text) {
		return false
	}
	return upperAt(text, s) || afterThe(before)
}

// namingCall reports whether before, the words before a short quote,
// end with "call" or "calls" in the present (or "taken to calling",
// "started calling") and at most two words of its object: what people habitually call someone or something is a name, not
// words anyone said ("Players and fans call him “Coach V,”", "whom nearly
// everyone in town calls “Hal,”", "a holding cell that inmates call the
// “drunk tank,”").
func namingCall(before string) bool {
	// the last six words, the last first, read without allocating
	var f [6]string
	n := 0
	for e := len(before); n < len(f); {
		for e > 0 && (before[e-1] == ' ' || before[e-1] == '\n' || before[e-1] == '\t') {
			e--
		}
		if e == 0 {
			break
		}
		b := e
		for b > 0 && before[b-1] != ' ' && before[b-1] != '\n' && before[b-1] != '\t' {
			b--
		}
		f[n], n, e = before[b:e], n+1, b
	}
	for k := 0; k < n && k < 4; k++ {
		switch strings.TrimRight(f[k], ",") {
		case "call", "calls":
			if k == 3 {
				return false
			}
			for b := k + 1; b < n && b <= k+3; b++ {
				if f[b] == "what" || f[b] == "What" {
					return false // "what he calls the “Washington cartel”": his judgement
				}
			}
			if k+1 < n {
				switch f[k+1] {
				case "to", "would", "will", "did", "does", "do":
					return false // "to call it “a win”", "would call him “reckless”"
				}
			}
			return true
		case "calling":
			// "have taken to calling the outbreak the “Carrow cough”",
			// "started calling him “Bertie”": a habit of naming
			if k+1 < n && (f[k+1] == "started" || f[k+1] == "began" || f[k+1] == "begun" || f[k+1] == "to" && k+2 < n && (f[k+2] == "taken" || f[k+2] == "took" || f[k+2] == "taking")) {
				return true
			}
		}
		if strings.ContainsAny(f[k], ".;:!?") {
			return false
		}
	}
	return false
}

// titleBefore reports whether the last word of before, the text before a
// capitalised quoted phrase, is a possessive: a work or a programme named
// after its owner ("the network’s “Morning Line.”").
//
// With several words, a preposition does as well ("an episode of “The
// Harbour Hour,”", "talking about “Collapse: How Towns Fail,”"): speech is
// not quoted after "of" or "about" in title case.
func titleBefore(before string, words int) bool {
	i := len(before)
	for i > 0 && !wordSep[before[i-1]] {
		i--
	}
	w := before[i:]
	if words > 1 {
		switch w {
		case "of", "in", "on", "about", "from",
			"perform", "performs", "performed", "performing", "sang", "sing", "sings", "singing", "sung", "encore":
			return true // and a song's title after singing it: "to perform “Takin’ It to the Streets.”"
		case "to":
			// "began the intro to “Takin’ It to the Streets.”", "the
			// sequel to “Harbour Nights”"
			switch p, _ := lastWord(strings.TrimRight(before[:i], " ")); p {
			case "intro", "introduction", "sequel", "prequel", "lyrics", "follow-up", "soundtrack":
				return true
			}
		}
	}
	// "its pamphlet “Know Your Rights on the Warehouse Floor,”": a work
	// after its noun, however long
	return len(w) > 2 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) || titleWorkNoun(w)
}

// cueTrim marks the bytes scareCue trims from the word before a quote.
var cueTrim = [256]bool{',': true, ';': true, ':': true, '(': true}

// titleLike reports a short phrase whose words are all capitalised, except
// small words: "Argo", "Operation Blue Harbour", "Make the River Great".
// Only a word's first rune is tested; the rest of the word is passed over
// to the next space, ASCII bytes eight at once and then by one table test
// each (prevClass), and only other runes are decoded.
func titleLike(text string, s, e, words int) bool {
	if words > 6 {
		return false
	}
	for i := s; i < e; {
		// at a space, or at the first rune of a word
		if c := text[i]; c < utf8.RuneSelf {
			if spaceByte[c] {
				i++
				continue
			}
			if !('A' <= c && c <= 'Z' || '0' <= c && c <= '9') && !smallWord(text, i, e) {
				return false
			}
			i++
		} else {
			r, n := utf8.DecodeRuneInString(text[i:])
			if isSpaceSlow(r) {
				i += n
				continue
			}
			if !unicode.IsUpper(r) && !smallWord(text, i, e) {
				return false
			}
			i += n
		}
		// the rest of the word, up to the space after it: eight bytes at
		// once while they are ASCII and none is below '!'
		for i+8 <= e {
			x := load8(text, i)
			if stop := (^(x&low7 + (0x80-'!')*ones8) | x) &^ low7; stop != 0 {
				i += bits.TrailingZeros64(stop) >> 3
				break
			}
			i += 8
		}
		for i < e {
			if prevClass[text[i]]&(pcSpace|pcHigh) == 0 {
				i++
				continue
			}
			if text[i] < utf8.RuneSelf {
				break // a space
			}
			r, n := utf8.DecodeRuneInString(text[i:])
			if isSpaceSlow(r) {
				break
			}
			i += n
		}
	}
	return true
}

// smallWord reports whether the word at byte i, which ends at a space or
// at e, is one that titles leave in lower case ("of", "the").
func smallWord(text string, i, e int) bool {
	j := i
	for j < e && text[j] != ' ' {
		j++
	}
	switch text[i:j] {
	case "of", "the", "and", "a", "an", "in", "on", "to", "for", "at", "or", "with":
		return true
	}
	return false
}

// resolveSpeakers gives every kept quote its canonical speaker and role,
// in text order, and lets a quote with no attribution of its own take the
// speaker of the quote before it in the paragraph, or of the previous
// paragraph's last quote when it opens its paragraph.
func (st *state) resolveSpeakers() {
	lastKept := -1
	for i := range st.raw {
		q := &st.raw[i]
		if q.drop {
			continue
		}
		if q.turn {
			q.speaker = st.turnSpeaker(st.text[q.att.mention.Start:q.att.mention.End])
			if strings.IndexByte(q.speaker, ' ') < 0 {
				// "LUND:" after "IVO LUND (Kell Post):": the full name an
				// earlier label gave
				for j := i - 1; j >= 0; j-- {
					if o := &st.raw[j]; o.turn && !o.drop && strings.HasSuffix(o.speaker, " "+q.speaker) {
						q.speaker = o.speaker
						break
					}
				}
			}
		} else if q.hasAtt && (q.att.mention.Valid() || !strings.HasSuffix(st.text[q.att.cue.Start:q.att.cue.End], "ing")) {
			q.speaker, q.role = st.speakerOf(q.att)
		} else if lastKept >= 0 {
			// no attribution, or a participle with no subject of its own
			// (“A,” Ode said on “Morning Line,” adding, “B.”): the
			// speaker of the quote before
			pq := &st.raw[lastKept]
			first := q.pieces[0]
			samePara := pq.last().para == first.para
			opensPara := first.os == st.doc.Paragraphs[first.para].Start && pq.last().para < first.para && st.furnitureBetween(pq.last().para, first.para)
			if (samePara || opensPara) && pq.speaker != "" {
				q.speaker, q.role, q.from = pq.speaker, pq.role, pq.mention()
			}
		}
		st.subjectBefore(q)
		lastKept = i
	}
}

// furnitureBetween reports whether the paragraphs between a and b, if
// any, are at most three lines of page furniture that an embed or a
// caption leaves in a statement ("Club statement", "— Port Kell FC
// (@PortKellFC) May 2, 2019"): short, with no quote mark and no sentence
// end.
func (st *state) furnitureBetween(a, b int) bool {
	if b-a-1 > 3 {
		return false
	}
	for pi := a + 1; pi < b; pi++ {
		p := st.doc.Paragraphs[pi]
		if t := strings.TrimSpace(st.text[p.Start:p.End]); !furniture(t) || strings.ContainsAny(t, "\"“”«»„") {
			return false
		}
	}
	return true
}

// afterPreposition reports whether the word before byte pos, in its
// sentence, is a preposition: "later that month on CNN:" names where it
// was said, not who said it.
func (st *state) afterPreposition(pos int) bool {
	i := st.firstEndingAfter(pos)
	if i == 0 || i > len(st.all) || st.all[i-1].k != tWord {
		return false
	}
	return isPrepositionAnyCase(st.word(st.all[i-1]))
}

// subjectBefore gives an unattributed direct quote with no speaker the
// person named last before it in its paragraph: "Garrow was blunt. “…”".
// It runs again once reported speech is read, which names more people
// ("At current rates, Bridenstine said, … Bridenstine expects three
// rockets. “…”"). It is asked of every quote, and most have a speaker or
// an attribution: the test is small enough to inline, and only the few
// quotes it lets through call speakerBefore.
func (st *state) subjectBefore(q *rawQuote) {
	if !q.drop && q.speaker == "" && !q.hasAtt && q.kind == Direct {
		st.speakerBefore(q)
	}
}

// speakerBefore is subjectBefore for a quote it applies to.
func (st *state) speakerBefore(q *rawQuote) {
	first := q.pieces[0]
	ps := st.doc.Paragraphs[first.para].Start
	if head := strings.TrimRight(st.text[ps:first.os], " "); strings.HasSuffix(head, ":") {
		// "Rep. Ivo Lund, Republican of New Varnia, gave the idea a whirl:
		// “…”": the line's subject, the first person it names, speaks
		if si := st.sentenceAt(len(head) + ps - 1); si >= 0 && st.doc.Sentences[si].Start >= ps && !st.longOpening(si) {
			ss := st.subjectStart(si)
			firstPos := -1
			for _, m := range st.ments {
				if m.pos >= ss && m.pos < first.os && (firstPos < 0 || m.pos < firstPos) && !st.people[m.who].org && !st.afterPreposition(m.pos) {
					firstPos = m.pos
					q.speaker, q.role = st.people[m.who].name, st.people[m.who].role
				}
			}
			if firstPos >= 0 {
				q.from = st.nameSpanAt(firstPos, first.os)
				return
			}
			// "But she struck a more cautious note on the outlook: “…”":
			// the pronoun that is the line's subject
			toks := st.sentenceToks(si)
			b := 0
			for b+1 < len(toks) && toks[b].k == tWord && (connective(st.word(toks[b])) || st.word(toks[b]) == "But" || st.word(toks[b]) == "And" || st.word(toks[b]) == "Yet") {
				b++
			}
			if b+1 < len(toks) && toks[b].k == tWord && toks[b+1].k == tWord {
				if g, ok := isPronoun(st.word(toks[b])); ok && g != genderPlural {
					if name, role := st.pronounSpeaker(toks[b].s, g); name != "" {
						q.speaker, q.role, q.from = name, role, Span{toks[b].s, toks[b].e}
						return
					}
				}
			}
		}
	}
	if si := st.sentenceAt(first.os); si >= 0 && st.doc.Sentences[si].Start < first.os && st.doc.Sentences[si].Start >= ps {
		// "Ode, the port's lawyer, has egged on the dockers with talks
		// like “…”": the subject of the quote's own sentence
		toks := st.sentenceToks(si)
		h := 0
		for h < len(toks) && toks[h].e <= first.os {
			h++
		}
		if b, e := st.openingSubject(toks[:h]); e > b {
			for _, m := range st.ments {
				if m.pos == toks[b].s && !st.people[m.who].org {
					q.speaker, q.role = st.people[m.who].name, st.people[m.who].role
					q.from = st.nameSpanAt(m.pos, first.os)
					return
				}
			}
		}
	}
	if si := st.sentenceAt(first.os); si > 0 && st.doc.Sentences[si-1].Start >= ps && st.doc.Sentences[si].Start >= first.os-1 {
		// "She is not sentimental. “Some things are built to die.”": the
		// pronoun that opens the sentence before, in the paragraph
		if toks := st.sentenceToks(si - 1); len(toks) > 1 {
			p := 0
			if _, ok := isPronoun(st.word(toks[0])); !ok || !capitalised(toks[0]) {
				// "In the letter, she also acknowledged mistakes. “…”":
				// the pronoun after an opening phrase
				if b, e := st.openingSubject(toks); b > 0 && e == b+1 {
					p = b
				}
			}
			if g, ok := isPronoun(st.word(toks[p])); ok && g != genderPlural && (p > 0 || capitalised(toks[0])) {
				if name, role := st.pronounSpeaker(toks[p].s, g); name != "" {
					q.speaker, q.role, q.from = name, role, Span{toks[p].s, toks[p].e}
					return
				}
			}
		}
		// "Asked about his nickname, he laughed. ‘My mum …’": the one
		// the sentence before has react or speak
		if name, role, from, ok := st.speakingSubject(si - 1); ok {
			q.speaker, q.role, q.from = name, role, from
			return
		}
	}
	bestPos := -1
	for _, m := range st.ments {
		if m.pos < first.os && m.pos >= ps && m.pos > bestPos && !st.people[m.who].org && !st.afterPreposition(m.pos) {
			bestPos = m.pos
			q.speaker, q.role = st.people[m.who].name, st.people[m.who].role
		}
	}
	if bestPos >= 0 {
		q.from = st.nameSpanAt(bestPos, first.os)
		return
	}
	if first.os == ps && first.para > 0 {
		// "The DNC issued a statement apologizing to Sanders …¶“On
		// behalf of everyone …”": whoever issued the document the
		// paragraph before ends on
		if si := st.sentenceAt(st.doc.Paragraphs[first.para-1].End - 1); si >= 0 {
			if m, ok := st.issuerIn(st.sentenceToks(si)); ok {
				q.speaker, q.role = st.resolveMention(m)
				if q.speaker != "" {
					q.from = m
					return
				}
			}
		}
	}
	if first.os == ps && first.para > 0 && q.last().ce >= st.doc.Paragraphs[q.last().para].End {
		// “I fixed it in four minutes.”¶“That’s when I understood …”:
		// a quote that fills the paragraph before goes on in one that it
		// fills too
		for i := range st.raw {
			o := &st.raw[i]
			if o != q && !o.drop && o.kind == Direct && o.speaker != "" && o.last().para == first.para-1 &&
				o.pieces[0].os == st.doc.Paragraphs[first.para-1].Start && o.last().ce >= st.doc.Paragraphs[first.para-1].End {
				q.speaker, q.role = o.speaker, o.role
				return
			}
		}
	}
	if first.os == ps && first.para > 0 && st.doc.Paragraphs[first.para-1].Kind != Heading {
		// "Leaning on a cane, she addressed the council.¶“I learned to
		// read in that building.”": the speaker the paragraph before
		// ends on, as its last sentence has them speak
		if si := st.sentenceAt(st.doc.Paragraphs[first.para-1].End - 1); si >= 0 {
			if name, role, from, ok := st.speakingSubject(si); ok {
				q.speaker, q.role, q.from = name, role, from
				return
			}
		}
	}
	if att, ok := st.introducedBefore(q); ok {
		// "Jonah Pike, 16, spent the afternoon unloading water.¶“…”"
		if name, role := st.resolveMention(att.mention); name != "" {
			q.speaker, q.role, q.from = name, role, att.mention
			return
		}
	}
	// a sentence of the paragraph that opens with the surname of someone
	// named before, whom the name finder does not take on its own
	for si := st.sentenceAt(first.os) - 1; si >= 0 && st.doc.Sentences[si].Start >= ps; si-- {
		sn := st.doc.Sentences[si]
		w, _, _ := strings.Cut(st.text[sn.Start:sn.End], " ")
		if w == "" || !isUpper(rune(w[0])) || isSentenceStarter(w) {
			continue
		}
		for i := st.found.bySurname[wordKey(w)%indexSlots]; i != 0; i = st.people[i-1].nextSurname {
			if p := &st.people[i-1]; p.surname == w && !p.org {
				q.speaker, q.role = p.name, p.role
				return
			}
		}
	}
}

// keptQuoteAt reports whether a quote that is kept (not a title's, a
// nickname's or a scare quote's marks) opens or closes at byte pos.
func (st *state) keptQuoteAt(pos int) bool {
	for i := range st.raw {
		if q := &st.raw[i]; !q.drop && q.pieces[0].os <= pos && pos < q.last().ce {
			return true
		}
	}
	return false
}

// speakingSubject returns the person sentence si has speak: its verb is
// one of speaking ("addressed the council", "rose to speak", "told the
// crowd") and its subject a person, named or a pronoun. A sentence with a
// quote mark in it is a quote's, not one that leads into the next.
func (st *state) speakingSubject(si int) (string, string, Span, bool) {
	toks := st.sentenceToks(si)
	v := -1
	for j := range toks {
		if toks[j].k == tQuote {
			if !st.keptQuoteAt(toks[j].s) {
				continue // a nickname's or a title's marks: "Asked about the ‘Postman’ nickname, he laughed."
			}
			return "", "", Span{}, false
		}
		if toks[j].k != tWord || v >= 0 {
			continue
		}
		switch st.word(toks[j]) {
		case "addressed", "spoke", "speak", "speaks", "talks", "talked", "told", "testified", "pleaded", "declared", "recalled", "recalls", "remembers", "explained", "began",
			"speaking", "shrugged", "smiled", "laughed", "sighed", "nodded", "paused", "grinned", "bristled", "appeared", "seemed", "sounded",
			"dismissed", "defended", "rejected", "asked", "reacted", "conceded":
			// and the way someone reacted or looked before the words
			// that follow: "Asked about it, Tervik shrugged."
			v = j
		}
	}
	if v < 1 {
		return "", "", Span{}, false
	}
	ss := st.subjectStart(si)
	if w := st.word(toks[0]); strings.HasSuffix(w, "ing") && capitalised(toks[0]) {
		// "Leaning on a cane, she addressed …": after the opening phrase
		for j := 1; j < v; j++ {
			if toks[j].k == tComma {
				ss = toks[j].e
				break
			}
		}
	}
	for j := range toks[:v] {
		if toks[j].s < ss || toks[j].k != tWord {
			continue
		}
		w := st.word(toks[j])
		if g, ok := isPronoun(w); ok && g != genderPlural {
			name, role := st.pronounSpeaker(toks[j].s, g)
			return name, role, Span{toks[j].s, toks[j].e}, name != ""
		}
		for _, m := range st.ments[:st.found.scanned] {
			if m.pos == toks[j].s && !st.people[m.who].org {
				p := &st.people[m.who]
				return p.name, p.role, st.nameSpanAt(m.pos, toks[v].s), true
			}
		}
		if capitalised(toks[j]) && !isSentenceStarter(w) && !isOpener(w) && !st.roleWord(toks[j]) && (j+1 >= v || !capitalised(toks[j+1])) {
			return "", "", Span{}, false // a subject that is no person (but "Vessland Chancellor Bertrand Moska" reads on)
		}
	}
	return "", "", Span{}, false
}

// nameSpanAt returns the span of the name that starts at pos, before
// end: its capitalised words and particles ("Lee Zeldin", "Abu Bakr
// al-Baghdadi").
func (st *state) nameSpanAt(pos, end int) Span {
	toks := st.tokensIn(pos, min(end, pos+120))
	n := 0
	for n < len(toks) && toks[n].k == tWord && (capitalised(toks[n]) || n > 0 && isParticle(st.word(toks[n]))) {
		n++
	}
	for n > 0 && !capitalised(toks[n-1]) {
		n--
	}
	if n == 0 {
		return Span{}
	}
	return Span{toks[0].s, trimPossessiveEnd(st.text, toks[n-1].s, toks[n-1].e)}
}

// trimPossessiveEnd returns e less a possessive 's or ’s that ends the
// word text[s:e].
func trimPossessiveEnd(text string, s, e int) int {
	w := text[s:e]
	if t := trimPossessive(w); len(t) < len(w) {
		return s + len(t)
	}
	return e
}

// issuerIn returns the subject of a verb of issuing a document in the
// sentence toks: "the DNC issued a statement apologizing to …", "the
// firm released a letter on Monday".
func (st *state) issuerIn(toks []tok) (Span, bool) {
	for v := 1; v+1 < len(toks); v++ {
		if toks[v].k != tWord {
			continue
		}
		if !issuingVerb(st.word(toks[v])) {
			continue
		}
		d := v + 1
		for d < len(toks) && d <= v+3 && toks[d].k == tWord && st.lx.noun(st.word(toks[d])) != kindDocument {
			d++
		}
		if d >= len(toks) || d > v+3 || toks[d].k != tWord {
			continue
		}
		if s, ok := st.npBackward(toks, v, 0); ok {
			if e, ok := st.subjectEnd(toks, s, v); ok {
				return Span{toks[s].s, toks[e].e}, true
			}
		}
		return Span{}, false
	}
	return Span{}, false
}

// mentionMemo holds what resolveMention learns of a mention that does not
// depend on the people found so far: its tokens, how they parse and, for
// a phrase that names no one, the name of the group it stands for. The
// same mention is often resolved twice, for a quote and for the reported
// clause around it; the second time only the lookups among the people
// are made again.
type mentionMemo struct {
	m       Span
	toks    []tok // a slice of st.all
	np      nameParse
	tail    string // commonName's answer
	parsed  bool   // np is set
	hasTail bool   // tail is set
}

// openingSubjectBefore returns the person whose mention opens the
// writer's sentence before the one at pos (sentences that open with a
// quote mark, the quote's own, are passed over), or -1.
func (st *state) openingSubjectBefore(pos int) int {
	si := st.sentenceAt(pos)
	for k, n := si-1, 0; k >= 0 && n < 3; k, n = k-1, n+1 {
		sn := st.doc.Sentences[k]
		if opensWithMark(st.text[sn.Start:sn.End]) {
			continue
		}
		i := st.mentionsBefore(sn.Start)
		if i < st.found.scanned && st.ments[i].pos == sn.Start {
			return st.ments[i].who
		}
		// "The goalkeeper later admitted …": the one the role stands for
		return st.roleSubjectIn(k, pos, genderUnknown, -1)
	}
	return -1
}

// kinMentioned returns the person mention m, a possessive and a kin noun
// ("her son", "His daughter"), stands for: the latest named before it
// after the same words set off ("Her son, Robert Ellery, said"), else the
// kin of the one the possessive stands for, who shares that one's
// surname. Else -1.
func (st *state) kinMentioned(m Span) int {
	t := st.text[m.Start:m.End]
	det, noun, ok := strings.Cut(t, " ")
	if !ok || !kinNoun(noun) || noun == "sons" || noun == "daughters" {
		return -1
	}
	og := genderUnknown
	switch det {
	case "his", "His":
		og = genderMale
	case "her", "Her":
		og = genderFemale
	default:
		return -1
	}
	for i := st.mentionsBefore(m.Start) - 1; i >= 0; i-- {
		pm := st.ments[i]
		p := &st.people[pm.who]
		if !p.kin || pm.pos < 2 || st.text[pm.pos-2:pm.pos] != ", " {
			continue
		}
		w, ws, _ := prevWord(st.text, max(0, pm.pos-42), pm.pos-2)
		d, _, _ := prevWord(st.text, max(0, ws-40), ws)
		if w == noun && strings.EqualFold(d, det) {
			return pm.who
		}
	}
	if owner := st.resolvePronoun(m.Start, og); owner >= 0 {
		return st.kinOf(owner, kinGender(noun), m.Start)
	}
	return -1
}

// resolveMention turns a mention into a canonical speaker name and role.
// For a mention resolved before, only the lookups among the people found
// so far are made again; its tokens and their parse come from its memo.
func (st *state) resolveMention(m Span) (string, string) {
	if !m.Valid() {
		return "", ""
	}
	// a pronoun, the commonest mention, is one token: the rules for one
	// below resolve it without reading its token or keeping a memo
	switch st.text[m.Start:m.End] {
	case "he", "He", "his", "His", "him":
		return st.pronounSpeaker(m.Start, genderMale)
	case "she", "She", "her", "Her":
		return st.pronounSpeaker(m.Start, genderFemale)
	case "they", "They", "their", "Their", "them", "it", "It", "its", "Its", "One", "Another":
		return "", "" // resolved once all quotes are known (resolveGroups)
	}
	if sp := strings.LastIndexByte(st.text[m.Start:m.End], ' '); sp > 0 && teamNoun(st.text[m.Start+sp+1:m.End]) {
		for _, and := range [...]string{" and his ", " and her ", " and their "} {
			// "Dr. Ana Ode and her colleagues": the lead, who speaks for them
			if i := strings.LastIndex(st.text[m.Start:m.End], and); i > 0 && m.Start+i+len(and)+len(st.text[m.Start+sp+1:m.End]) == m.End {
				return st.resolveMention(Span{m.Start, m.Start + i})
			}
		}
	}
	if name := st.nameGivenAfter(m.End); name != "" {
		return name, ""
	}
	if first, _, _ := strings.Cut(st.text[m.Start:m.End], " "); (first == "his" || first == "her" || first == "their" || possessiveWord(first)) && strings.HasPrefix(st.text[m.End:], ", ") {
		// "Simon Quayle, Deborah’s brother-in-law, who lives at number
		// 22, said", "Ana Ode, his sister, said": the name the
		// possessive's description is set off after
		if w := st.appositiveOf(m.Start); w >= 0 {
			return st.people[w].name, st.people[w].role
		}
	}
	if w := st.kinMentioned(m); w >= 0 {
		// "Her son, Robert Ellery, said …. According to her son, …": the
		// one the kin noun named before
		st.ments = append(st.ments, pmention{pos: m.Start, who: w})
		return st.people[w].name, st.people[w].role
	}
	switch st.text[m.Start:m.End] {
	case "the spokesperson", "The spokesperson", "the spokesman", "The spokesman", "the spokeswoman", "The spokeswoman":
		// "A spokesperson for Kell Power said … “…,” the spokesperson
		// said": the body the spokesperson spoke for before
		if b := st.spokespersonFor(m.Start); b.Valid() {
			return st.resolveMention(b)
		}
	case "One of them", "one of them", "One of those", "one of those":
		// "One of them, a ward sister who asked not to be named, said":
		// the role set off after it
		if rest := st.text[m.End:min(len(st.text), m.End+80)]; strings.HasPrefix(rest, ", a ") || strings.HasPrefix(rest, ", an ") {
			toks := st.tokensIn(m.End+2, min(len(st.text), m.End+80))
			if j := st.npForward(toks, 0); j > 1 && toks[j-1].k == tWord && !capitalised(toks[j-1]) && st.roleWord(toks[j-1]) {
				return st.resolveMention(Span{toks[0].s, toks[j-1].e})
			}
		} else if strings.HasPrefix(rest, ", ") {
			// "One of them, former Kestrel Bay North candidate Wes
			// Dunmore, wrote": the name set off after it
			toks := st.tokensIn(m.End+2, min(len(st.text), m.End+80))
			c := 0
			for c < len(toks) && toks[c].k == tWord {
				c++
			}
			if c > 1 && c < len(toks) && toks[c].k == tComma {
				e := c
				for k := c - 2; k > 1 && k >= c-3; k-- {
					if st.word(toks[k]) == "of" && capitalised(toks[k+1]) {
						e = k // "One of them, Senator Frank DiLorenzo of Eastbrook, said": the name before its place
						break
					}
				}
				if r := nameAtEnd(toks[:e]); e < c && r >= 0 && r < e-1 {
					if st.roleWord(toks[r]) {
						r++ // "Senator Frank DiLorenzo": the title before the name
					}
					if r < e-1 && (st.givenName(toks[r]) || r > 0 && st.roleWord(toks[r-1])) {
						return st.resolveMention(Span{toks[r].s, toks[e-1].e})
					}
				}
				if r := nameAtEnd(toks[:c]); r >= 0 && r < c-1 && (st.givenName(toks[r]) || r > 0 && st.roleWord(toks[r-1])) {
					return st.resolveMention(Span{toks[r].s, toks[c-1].e})
				}
			}
		}
	}
	first, _, _ := strings.Cut(st.text[m.Start:m.End], " ")
	if questionWord(first) {
		return "", "" // a question's words name no one: "why would any rational person believe …"
	} else if first == "the" || first == "The" {
		if t := st.text[min(m.Start+4, m.End):m.End]; t == "witness" || t == "eyewitness" {
			// trial copy's "the witness": who testified last
			if w := st.witnessBefore(m.Start); w >= 0 {
				st.ments = append(st.ments, pmention{pos: m.Start, who: w})
				return st.people[w].name, st.people[w].role
			}
		}
	}
	if first == "the" {
		// a description set off by commas right after a name: "Reuben
		// Clarke, the MP for Kowhai Bay, who spoke against the bill,
		// said" is Clarke, not the place his role is for
		if w := st.appositiveOf(m.Start); w >= 0 && m.End < len(st.text) && st.text[m.End] == ',' {
			return st.people[w].name, st.people[w].role
		}
	} else if first == "a" || first == "an" {
		// "His daughter, Ingrid Aldergrove-Moss, a marine surveyor who
		// lives on the mainland, … calls": the name the role follows
		// (and "…, a teacher, who lives at number 22, said")
		if w := st.appositiveOf(m.Start); w >= 0 && (strings.HasPrefix(st.text[m.End:], " who ") || strings.HasPrefix(st.text[m.End:], ", who ")) {
			return st.people[w].name, st.people[w].role
		}
	}
	if name := st.joinedOrgAtEnd(m); name != "" {
		// "according to the Securities and Exchange Commission": the
		// body's whole name, which the name parser would cut at its "and"
		return name, ""
	}
	if s := st.joinedOrgStart(m); s < m.Start {
		if p, ok := st.memberBefore(s); ok {
			// "Bea Lund of the Department of Health and Human Services
			// said": the person, whom the body's "and" cut off
			return st.resolveMention(p)
		}
		// "Immigration and Customs Enforcement": the body's whole name,
		// which the name parser would cut at its "and"
		return st.text[s:m.End], ""
	}
	if w, ok := st.givenNameAfter(m); ok {
		// "A woman in the next tent, who gave her name only as Leyla,"
		return st.resolveMention(w)
	}
	if n, ok := st.nameSetOffAfter(m); ok {
		// "the Principal Secretary for Petroleum, Dr Anne Kosgei,
		// defended the review, saying": the name set off after the role
		return st.resolveMention(n)
	}
	mm := st.memoOf(m)
	if mm == nil {
		toks := st.tokensIn(m.Start, m.End)
		if len(toks) == 0 {
			return "", ""
		}
		if len(st.toks) > 0 && &toks[0] == &st.toks[0] {
			// read apart into st.toks, which the next lookup reuses: not kept
			mm = &mentionMemo{m: m, toks: toks}
		} else {
			st.kind.memo = append(st.kind.memo, mentionMemo{})
			st.kind.seen |= 1 << (m.Start & 63)
			mm = &st.kind.memo[len(st.kind.memo)-1]
			mm.m, mm.toks = m, toks
		}
	}
	toks := mm.toks
	for j := 1; j+3 < len(toks); j++ {
		if k := quotedNickname(toks, j); k > j && capitalised(toks[j-1]) {
			// Dean “Squid” Kowalczyk: the name without the nickname
			name, role := st.resolveMention(Span{toks[k].s, m.End})
			if strings.IndexByte(name, ' ') < 0 {
				// the given names before the nickname, not a title
				// before them ("state Del. Marcia “Cia” Price")
				b := j - 1
				for b > 0 && toks[b-1].k == tWord && capitalised(toks[b-1]) {
					if n, _ := st.matchTitle(toks[b-1 : j-1]); n > 0 {
						break
					}
					b--
				}
				name = st.text[toks[b].s:toks[j-1].e] + " " + name
			}
			return name, role
		}
	}
	if len(toks) == 1 && toks[0].k == tWord && capitalised(toks[0]) && st.roleWord(toks[0]) && st.known(st.word(toks[0])) {
		// "says Doctor." after "analyst Ken Doctor": the surname, not the role
		for i := len(st.people) - 1; i >= 0; i-- {
			if p := &st.people[i]; !p.org && p.surname == st.word(toks[0]) {
				st.ments = append(st.ments, pmention{pos: m.Start, who: i})
				return p.name, p.role
			}
		}
	}
	for i := 1; i+1 < len(toks) && i <= 3; i++ {
		if w := st.word(toks[i]); (w == "from" || w == "by") && speechEvent(st.word(toks[i-1])) {
			// "a lecture from the harbour master": who gave it
			return st.resolveMention(Span{toks[i+1].s, m.End})
		}
	}
	for i := 1; i+2 < len(toks); i++ {
		if st.word(toks[i]) != "of" || !capitalised(toks[i-1]) {
			continue
		}
		// "Concord of Nations Secretary-General Ingrid Tamsell": a body's
		// name with "of" inside, then a title and the name; the person
		// is the title and what follows it
		for j := i + 2; j+1 < len(toks) && j <= i+4; j++ {
			if !capitalised(toks[j]) || toks[j].k != tWord {
				break
			}
			if st.roleWord(toks[j]) && capitalised(toks[j+1]) && !st.roleWord(toks[j+1]) && !st.orgWord(&toks[len(toks)-1]) { // not "… of the Kell Police Department"
				all := true
				for k := j + 1; k < len(toks); k++ {
					all = all && toks[k].k == tWord && capitalised(toks[k])
				}
				if all {
					return st.resolveMention(Span{toks[j].s, m.End})
				}
			}
		}
		break
	}
	if h := st.peopleOfPlace(toks); h >= 0 {
		// "Residents of Marsh End": the people, not their place
		return st.resolveMention(Span{m.Start, toks[h].e})
	}
	if o := st.roleOfPlace(toks); o > 0 {
		// "The Chief Electoral Officer of Sahyagiri", "The Mayor of
		// Kell": the person named with that office before, else the
		// office, not its place
		head := strings.ToLower(st.word(toks[o-1]))
		for w := len(st.people) - 1; w >= 0; w-- {
			if p := &st.people[w]; !p.org && p.role != "" && roleHas(p.role, head) {
				st.ments = append(st.ments, pmention{pos: m.Start, who: w})
				return p.name, p.role
			}
		}
		return st.text[toks[1].s:m.End], ""
	}
	for i := 1; i+1 < len(toks); i++ {
		if w := st.word(toks[i]); (w == "On" || w == "About") && capitalised(toks[i+1]) {
			// a headline's "CNN President On Trump: ‘…’": who speaks,
			// then on what
			return st.resolveMention(Span{m.Start, toks[i-1].e})
		}
	}
	if len(toks) >= 2 && len(toks) <= 4 && st.word(toks[len(toks)-1]) == "counterpart" {
		// "his counterpart replied", "her Estrenian counterpart": of
		// two people named, the one who is not the owner the pronoun
		// stands for
		var g gender
		switch st.word(toks[0]) {
		case "his", "His":
			g = genderMale
		case "her", "Her":
			g = genderFemale
		}
		if g != genderUnknown {
			if owner, _ := st.pronounSpeaker(m.Start, g); owner != "" {
				for i := st.mentionsBefore(m.Start) - 1; i >= 0; i-- {
					if p := &st.people[st.ments[i].who]; !p.org && p.name != owner && strings.IndexByte(p.name, ' ') > 0 {
						return p.name, p.role
					}
				}
			}
		}
	}
	if len(toks) > 3 && toks[1].k == tOther && isNumber(st.word(toks[0])) && isNumber(st.word(toks[2])) {
		return st.resolveMention(Span{toks[3].s, m.End}) // "9/11 widow Tara Vance"
	}
	if len(toks) >= 3 && capitalised(toks[0]) && possessiveWord(st.word(toks[0])) && st.nameUpTo(toks, 1, len(toks)) && capitalised(toks[len(toks)-1]) && st.givenName(toks[1]) {
		// "Kestrel’s Tomas Reyke": a person's name, which a given name
		// opens, after its country's or organisation's possessive (not
		// "Kestrel’s Foreign Ministry", which is Kestrel's and no other's)
		name, role := st.resolveMention(Span{toks[1].s, m.End})
		if role == "" {
			role = st.text[toks[0].s:toks[0].e]
		}
		return name, role
	}
	if len(toks) >= 4 && toks[1].k == tQuote && capitalised(toks[0]) && st.pluralApostrophe(toks, 1) {
		// "Thalos’ Foreign Minister Ivo Brandt": the owner's plural-style
		// possessive, then the person
		return st.resolveMention(Span{toks[2].s, m.End})
	}
	if r := st.nameAfterOwnedRole(toks); r > 0 {
		// "the Post’s senior politics editor Steven Ginsberg": the name
		// after the role that an organisation's possessive leads into
		name, _ := st.resolveMention(Span{toks[r].s, m.End})
		return name, st.text[toks[r-1].s:toks[r-1].e]
	}
	if len(toks) == 1 {
		w := st.word(toks[0])
		switch w {
		case "their", "Their":
			return "", "" // a group's: resolved with they (resolveGroups)
		case "his", "His":
			return st.pronounSpeaker(m.Start, genderMale) // a possessor: "his claim that …"
		case "her", "Her":
			return st.pronounSpeaker(m.Start, genderFemale)
		}
		if n := len(w); n > 3 && capitalised(toks[0]) && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) {
			// "Trump’s claim that …": the name without its 's
			cut := 2
			if strings.HasSuffix(w, "’s") {
				cut = len("’s")
			}
			return st.resolveMention(Span{m.Start, m.End - cut})
		}
		if w == "it" || w == "It" || w == "One" || w == "Another" {
			return "", "" // resolved once all quotes are known (resolveGroups)
		}
		if stem, ok := uncontract(w); ok {
			// "he’d", "they’d" (no group is looked for after them)
			if g, ok := isPronoun(stem); ok && g != genderPlural {
				return st.pronounSpeaker(m.Start, g)
			} else if ok {
				return "", ""
			}
		}
		if g, ok := isPronoun(st.word(toks[0])); ok {
			if g == genderPlural {
				return "", "" // resolved once all quotes are known (resolveGroups)
			}
			return st.pronounSpeaker(m.Start, g)
		}
	}
	if len(toks) >= 2 && (st.word(toks[0]) == "the" || st.word(toks[0]) == "The") && (len(toks) <= 5 && yearOld(st.word(toks[1])) && lowerWordsOnly(toks[2:]) || yearVeteran(st, toks) || st.demonymPhrase(toks)) {
		// "The 56-year-old said", "said the 34-year-old right-hander",
		// "the 41-year-old former school principal told":
		// the person named last, as a pronoun
		// of either gender would be, when a given name, a title or a
		// quote shows that it is a person (not "Manchester United")
		if w := st.agedBefore(m.Start, st.word(toks[1])); w >= 0 {
			// "Fenwick Obi, 27, …" before: the one of that age
			p := &st.people[w]
			st.ments = append(st.ments, pmention{pos: m.Start, who: w})
			return p.name, p.role
		}
		person := func(w int) bool {
			p := &st.people[w]
			return !p.org && (st.givenFirst(p.name) || p.strong || p.g == genderMale || p.g == genderFemale)
		}
		if w := st.openingSubjectBefore(m.Start); w >= 0 && !st.people[w].org {
			// "Okafor, who joined on loan in January, was mobbed …¶“…,” the
			// 21-year-old told reporters": the person the sentence before
			// opens with, whom the epithet describes
			p := &st.people[w]
			st.ments = append(st.ments, pmention{pos: m.Start, who: w})
			return p.name, p.role
		}
		w := st.resolvePronoun(m.Start, genderUnknown)
		if w < 0 || !person(w) {
			// the latest one named before who is a person: not "the East
			// Stand" or "Dunmore Town" named since
			w = -1
			for i, n := st.mentionsBefore(m.Start)-1, 0; i >= 0 && n < 12; i, n = i-1, n+1 {
				if person(st.ments[i].who) {
					w = st.ments[i].who
					break
				}
			}
		}
		if w >= 0 {
			p := &st.people[w]
			st.ments = append(st.ments, pmention{pos: m.Start, who: w})
			return p.name, p.role
		}
	}
	if n := len(toks); n >= 3 && n <= 5 && isDeterminer(st.word(toks[0])) && st.lx.noun(st.word(toks[n-2])) == kindDocument {
		// "A text message she sent to a deputy …, read:": the one who
		// sent the document, its relative clause's subject
		if g, ok := isPronoun(st.word(toks[n-1])); ok {
			return st.pronounSpeaker(toks[n-1].s, g)
		}
	}
	for j := 2; j+1 < len(toks) && j < 5; j++ {
		if sawDocument(st.word(toks[j])) && st.word(toks[j+1]) == "by" && st.lx.noun(st.word(toks[j-1])) == kindDocument {
			// "A memo seen by the Guardian": the paper read it, the memo
			// speaks for whoever wrote it, whom it does not name
			return strings.ToLower(st.word(toks[j-1])), ""
		}
	}
	if r := st.roleOfAt(toks); r > 0 && capitalised(toks[len(toks)-1]) {
		switch st.word(toks[0]) {
		case "A", "a", "An", "an", "One", "one", "Another", "another":
			// "A member of the House who did not want to be named told":
			// one member, who does not speak for the body named
			return st.phraseName(st.text[m.Start:m.End]), ""
		}
	}
	if k := st.roleFromPlace(toks); k > 0 {
		// "a doctor from Lagos", "one firefighter with a strike team
		// from Fresno": the person, whom the place names not
		return st.phraseName(st.text[m.Start:toks[k-1].e]), ""
	}
	if len(toks) >= 4 && (st.word(toks[0]) == "the" || st.word(toks[0]) == "The") {
		// "the former software tester from Brennan Hills": the one the
		// phrase before the place describes
		for k := 2; k+1 < len(toks) && k <= 5; k++ {
			if st.word(toks[k]) == "from" && capitalised(toks[k+1]) && st.nounPhraseFrom(toks, k-1, 0) == 0 {
				if name, role := st.resolveMention(Span{m.Start, toks[k-1].e}); name != "" {
					return name, role
				}
				break
			}
		}
	}
	if w := st.seatHolder(toks, m.Start); w >= 0 {
		p := &st.people[w]
		st.ments = append(st.ments, pmention{pos: m.Start, who: w})
		return p.name, p.role
	}
	if !mm.parsed {
		st.parseInto(toks, &mm.np) // in place: mm.np is still zero
		mm.parsed = true
	}
	np := &mm.np
	modifier := len(np.name) > 0 && st.nameModifies(toks, np)
	if modifier {
		if r := nameAtEnd(toks); r > 0 && !capitalised(toks[r-1]) {
			// "NASA administrator Jim Bridenstine": the name after the
			// role that the first name modifies
			name, _ := st.resolveMention(Span{toks[r].s, m.End})
			b := 0
			if isDeterminer(st.word(toks[0])) {
				b = 1
			}
			return name, st.text[toks[b].s:toks[r-1].e]
		}
		if d := st.word(toks[0]); (d == "The" || d == "the") && len(toks) > 2 && toks[len(toks)-1].k == tWord && candidacy(st.word(toks[len(toks)-1])) {
			// "The Democratic presidential candidate said": the subject of
			// the sentence before, as with "the candidate" below
			if w := st.previousSubject(m.Start); w >= 0 {
				st.ments = append(st.ments, pmention{pos: m.Start, who: w})
				return st.people[w].name, st.people[w].role
			}
		}
	}
	if w := st.clubRoleHolder(toks, m.Start); w >= 0 {
		// "The Kell Rovers midfielder" after "footballer Dario Fenn": a
		// body's name before the role, the role's holder named before
		st.ments = append(st.ments, pmention{pos: m.Start, who: w})
		return st.people[w].name, st.people[w].role
	}
	if w := st.capitalisedRoleHolder(toks, m.Start); w >= 0 {
		// "the Foreign Minister said" after "Ana Ode, the Foreign
		// Minister,": the person the role was set off after
		st.ments = append(st.ments, pmention{pos: m.Start, who: w})
		return st.people[w].name, st.people[w].role
	}
	if len(np.name) > 0 && !np.possessive && !modifier && !st.commonPhrase(toks) && !st.documentPhrase(toks, np) && !st.pluralRoleAlone(toks) {
		named := *np
		named.titled = true // a speaker is a person or an organisation
		w := st.register(named)
		if w >= 0 {
			st.ments = append(st.ments, pmention{pos: m.Start, who: w})
			p := &st.people[w]
			role := p.role
			return p.name, role
		}
	}
	// a role phrase: "the minister", "a spokesman for the ministry"
	if np.roleHead != "" && np.hasDet && !st.roleOfOther(m, np.roleHead) {
		head := strings.ToLower(np.roleHead)
		if phrase := st.text[m.Start:m.End]; strings.Contains(phrase, " and ") {
			// "the Vermont senator and presidential candidate": the first
			// role, which the article is likelier to have given the person
			before := phrase[:strings.Index(phrase, " and ")]
			head = strings.ToLower(before[strings.LastIndexByte(before, ' ')+1:])
		}
		// an indefinite one is someone else: "One ambassador from a
		// country that voted in favour said" after "Ambassador Teodora
		// Lind" spoke
		indefinite := false
		switch st.word(toks[0]) {
		case "One", "one", "A", "a", "An", "an", "Another", "another":
			indefinite = true
		}
		if best := st.roleHolder(m.Start, head); best >= 0 && !indefinite {
			if d := st.word(toks[0]); (d == "the" || d == "The") && len(toks) == 2 {
				if ind := st.indefiniteBefore(head, m.Start); ind.Valid() && ind.Start > st.lastMention(best, m.Start) {
					// "One negotiator described the mood as “poisonous.”
					// “…,” the negotiator said.": the one brought in
					// since, unnamed, not the negotiator named before
					return st.commonName(ind, st.tokensIn(ind.Start, ind.End)), ""
				}
			}
			// the role is a mention of its holder, whom a pronoun after it
			// may stand for ("the judge said: ‘…’ ¶ She said …")
			st.ments = append(st.ments, pmention{pos: m.Start, who: best})
			return st.people[best].name, st.people[best].role
		}
		if d := st.word(toks[0]); (d == "the" || d == "The" || d == "His" || d == "his" || d == "Her" || d == "her") && (len(toks) == 2 || len(toks) == 3 && toks[1].k == tWord && !capitalised(toks[1])) {
			// "the commissioner": the person set off after that role, and
			// "his daughter" after "His daughter, Clara Salomir,"; "the
			// chief executive" after "The city’s chief executive, Ana Ode,"
			full := head
			if len(toks) == 3 {
				full = strings.ToLower(st.word(toks[1])) + " " + head
			}
			w := st.appositiveHolder(full, m.Start, false)
			if w < 0 {
				// "the student": the person described so after the name
				// ("Niamh Garvey, 20, a second-year student of Italian,")
				w = st.describedBefore(head, m.Start)
			}
			if ind := st.indefiniteBefore(head, m.Start); w >= 0 && ind.Valid() && ind.Start > st.lastMention(w, m.Start) {
				// "A Western diplomat briefed on the talks said …" after
				// "Margit Solberg, a former Norwegian diplomat,": the one
				// the article brought in since, who has no name
				return st.commonName(ind, st.tokensIn(ind.Start, ind.End)), ""
			}
			if w >= 0 {
				st.ments = append(st.ments, pmention{pos: m.Start, who: w})
				return st.people[w].name, st.people[w].role
			}
		}
		if d := st.word(toks[0]); (d == "The" || d == "the") && candidacy(head) {
			// "Bernie Sanders met the pope. The Democratic presidential
			// candidate said …": a candidacy given to no one stands for
			// the subject of the sentence before
			if w := st.previousSubject(m.Start); w >= 0 {
				st.ments = append(st.ments, pmention{pos: m.Start, who: w})
				return st.people[w].name, st.people[w].role
			}
		}
		if d := st.word(toks[0]); d == "The" && len(toks) <= 4 && lowerWordsOnly(toks[1:]) {
			// "Emeric Salas keeps a telescope …. The retired astronaut,
			// who flew three missions, says": a role no one was given,
			// opening its sentence, describes the person the sentence
			// before opens with, when that sentence holds no such role
			if w := st.previousSubject(m.Start); w >= 0 && !st.roleInSentenceBefore(m.Start, head) && st.people[w].role == "" {
				st.ments = append(st.ments, pmention{pos: m.Start, who: w})
				return st.people[w].name, st.people[w].role
			}
		}
		if d := st.word(toks[0]); (d == "The" || d == "the") && personaNoun(head) {
			// "said the actor" after "Van Der Beek said": an artist's
			// trade given to no one stands for the person named last
			if w := st.personJustBefore(m.Start); w >= 0 {
				st.ments = append(st.ments, pmention{pos: m.Start, who: w})
				return st.people[w].name, st.people[w].role
			}
		}
	}
	if len(toks) == 2 && np.roleHead == "" && toks[1].k == tWord && !capitalised(toks[1]) && st.lx.noun(st.word(toks[1])) == 0 {
		if d := st.word(toks[0]); d == "the" || d == "The" {
			// "the hydrologist", a noun no list holds (not "the poll",
			// a document, nor a thing): the person
			// described so after the name ("Fenna Solberg, a hydrologist
			// at …")
			w := -1
			if nounKind(st.word(toks[1])) == orgNone {
				w = st.appositiveHolder(strings.ToLower(st.word(toks[1])), m.Start, true) // "The vice-chancellor, Professor Alison Kerr,"
			}
			if w < 0 {
				w = st.describedBefore(st.word(toks[1]), m.Start)
			}
			if w >= 0 {
				st.ments = append(st.ments, pmention{pos: m.Start, who: w})
				return st.people[w].name, st.people[w].role
			}
		}
	}
	if len(toks) >= 2 && (st.word(toks[0]) == "its" || st.word(toks[0]) == "Its") && st.documentAfter(toks, 1) {
		// "according to its filing with the district court": the
		// organisation named last, whose document it is
		if name, role := st.orgNamedBefore(m.Start, 0); name != "" {
			return name, role
		}
	}
	if len(toks) >= 2 && st.lx.noun(st.word(toks[len(toks)-1])) == kindDocument {
		// "Her 2015 essay described …": the document of the woman the
		// pronoun stands for
		switch st.word(toks[0]) {
		case "His", "his": // and "…,’ her statement said."
			return st.pronounSpeaker(toks[0].s, genderMale)
		case "Her", "her":
			return st.pronounSpeaker(toks[0].s, genderFemale)
		}
		// "the panel's written judgement", "Ana Ode's letter": the
		// document's owner, the possessive's words
		// (the last possessive: "the sheriff's office's annual report")
		p := -1
		for k := 0; k < len(toks)-1 && k <= 5 && !isPreposition(st.word(toks[k])); k++ {
			if possessiveWord(st.word(toks[k])) {
				p = k // not "A document on the port's website", whose words are the port's
			}
		}
		if w := st.word(toks[max(p, 0)]); p >= 0 && st.documentAfter(toks, p+1) && !(p == 1 && isDeterminer(st.word(toks[0])) && st.lx.noun(trimPossessive(w)) == kindDocument) { // not "the report's findings"
			return st.resolveMention(Span{toks[0].s, toks[p].e - (len(w) - len(trimPossessive(w)))})
		}
	}
	if len(toks) <= 3 && isIndefinite(st.word(toks[0])) && st.lx.noun(st.word(toks[len(toks)-1])) == kindDocument {
		// "A report released by the Housing Authority said": the issuer
		// that the words after the mention name
		if b := st.issuedBy(m.End); b.Valid() {
			return st.resolveMention(b)
		}
	}
	if j := st.issuedAt(toks); j > 0 {
		// "A news report published Wednesday", "data released Thursday
		// by Nova Scotia Health": the issuer the words after the
		// participle name, else the document before it
		if b := st.issuedBy(toks[j-1].e); b.Valid() {
			if i := strings.LastIndex(st.text[b.Start:b.End], " and "); i > 0 {
				// "the Securities and Exchange Commission": its last words,
				// as a subject is met, which the name reads back from
				b.Start += i + len(" and ")
			}
			return st.resolveMention(b)
		}
		if !mm.hasTail {
			mm.tail, mm.hasTail = st.commonName(Span{m.Start, toks[j-1].e}, toks[:j]), true
		}
		return mm.tail, ""
	}
	if !mm.hasTail {
		mm.tail, mm.hasTail = st.commonName(m, toks), true
	}
	return mm.tail, ""
}

// issuedAt returns the index of the participle of issuing that follows a
// document's noun in a mention's tokens ("a news report published
// Wednesday", "data released by …"), or 0.
func (st *state) issuedAt(toks []tok) int {
	for j := 1; j < len(toks) && j <= 4; j++ {
		if toks[j].k != tWord || capitalised(toks[j]) {
			return 0
		}
		if issuingParticiple(st.word(toks[j])) {
			if n := st.word(toks[j-1]); st.lx.noun(n) == kindDocument || n == "data" || n == "figures" || n == "statistics" {
				return j
			}
			return 0
		}
	}
	return 0
}

// issuingParticiple reports the participles that tell who issued a
// document: "released", "published by", "filed".
func issuingParticiple(w string) bool {
	switch w {
	case "released", "published", "issued", "prepared", "submitted", "commissioned", "written", "compiled", "produced", "filed", "circulated", "sent", "drafted", "signed", "conducted", "posted":
		return true
	}
	return false
}

// issuedBy returns the name after "<participle> … by" that follows a
// document's mention ending at byte e ("released Monday by the
// nonpartisan Legislative Fiscal Office", "published by Harbour Watch"),
// or an invalid span.
func (st *state) issuedBy(e int) Span {
	rest := st.text[e:min(len(st.text), e+160)]
	first, after, ok := strings.Cut(strings.TrimLeft(rest, " "), " ")
	if !ok {
		return Span{}
	}
	if !issuingParticiple(first) {
		return Span{}
	}
	// "by" within four words: "released Monday by", "issued late on Friday by"
	b := strings.Index(after, " by ")
	if strings.HasPrefix(after, "by ") {
		b = -1
	} else if b < 0 || strings.Count(after[:b], " ") > 3 {
		return st.siteOwner(e+len(rest)-len(after), after)
	}
	i := len(rest) - len(after) + b + len(" by ")
	// the name: its capitalised words, after "the" and up to three
	// lower-case words ("the nonpartisan Legislative Fiscal Office")
	start, end := -1, -1
	for n := 0; i < len(rest); n++ {
		j := i
		for j < len(rest) && rest[j] != ' ' && rest[j] != ',' && rest[j] != '.' && rest[j] != ';' && rest[j] != '\n' {
			j++
		}
		if j == i {
			break
		}
		w := rest[i:j]
		if capByte[rest[i]] {
			if start < 0 {
				start = i
			}
			end = j
			if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
				return Span{} // "by voters in Saturday's primary": a possessive names no issuer
			}
		} else if start >= 0 && (w == "and" || w == "of" || w == "for") {
			// "the Securities and Exchange Commission", "the Office for
			// National Statistics": a capital must follow
		} else if start >= 0 || n > 3 || isPreposition(w) {
			break
		}
		if j >= len(rest) || rest[j] != ' ' {
			break
		}
		i = j + 1
	}
	if start < 0 {
		return Span{}
	}
	return Span{e + start, e + end}
}

// siteOwner returns the name whose website, page or account a document
// was posted on, in after, the words that follow its participle, which
// start at byte at of the text: "posted on the ministry's website" gives
// "ministry", "published on Ode's Facebook page" "Ode". Else an invalid
// span.
func (st *state) siteOwner(at int, after string) Span {
	rest, ok := strings.CutPrefix(after, "on ")
	if !ok {
		return Span{}
	}
	if r, ok := strings.CutPrefix(rest, "behalf of "); ok {
		// "issued on behalf of Mr Hollis": the capitalised words after it
		r = strings.TrimPrefix(r, "the ")
		start := at + len(after) - len(r) // where r starts in the text
		n := 0
		for w := range strings.FieldsSeq(r) {
			if !capByte[w[0]] {
				break
			}
			n += len(w) + 1
			if strings.ContainsAny(w, ",.;:") {
				break
			}
		}
		name := strings.TrimRight(r[:max(n-1, 0)], ",.;:")
		if name == "" {
			return Span{}
		}
		return Span{start, start + len(name)}
	}
	rest = strings.TrimPrefix(rest, "the ")
	for n, i := 0, 0; n < 5 && i < len(rest); n++ {
		j := strings.IndexByte(rest[i:], ' ')
		if j < 0 {
			return Span{}
		}
		w := rest[i : i+j]
		name, possessive := strings.CutSuffix(w, "’s")
		if !possessive {
			name, possessive = strings.CutSuffix(w, "'s")
		}
		if !possessive && len(w) > len("s’") {
			// "on Mr Hollis’ behalf": the mark alone after an s
			if name, possessive = strings.CutSuffix(w, "s’"); !possessive {
				name, possessive = strings.CutSuffix(w, "s'")
			}
			if possessive {
				name += "s"
			}
		}
		if possessive {
			next := rest[i+j+1:]
			for _, site := range [...]string{"website", "web site", "site", "page", "account", "Facebook", "Twitter", "channel", "feed", "blog", "behalf"} {
				if strings.HasPrefix(next, site) {
					// the whole name before the possessive, from the first word
					start := at + len(after) - len(rest)
					return Span{start, start + i + len(name)}
				}
			}
			return Span{}
		}
		i += j + 1
	}
	return Span{}
}

// describedBefore returns the person named last before pos (of the 30
// latest named) whose name is followed by an appositive with "a", "an" or
// "the" that holds the role head ("Niamh Garvey, 20, a second-year
// student of Italian,", "Dr. Maren Solvik, a marine ecologist at …",
// "Mirek Dalca, the dam’s chief engineer,"), or -1. Only a person
// described so is taken, not any person named since.
func (st *state) describedBefore(head string, pos int) int {
	n := st.mentionsBefore(pos)
	for i := n - 1; i >= 0 && i >= n-30; i-- {
		m := st.ments[i]
		p := &st.people[m.who]
		if p.org {
			continue
		}
		after := st.text[m.pos:min(len(st.text), m.pos+140)]
		c := strings.Index(after, ", ")
		if c < 0 || c > len(p.name)+12 {
			continue
		}
		r := after[c+2:]
		if j := strings.Index(r, ", "); j > 0 && j <= 3 && isNumber(r[:j]) {
			r = r[j+2:] // an age: "20, "
		}
		rest, ok := strings.CutPrefix(r, "a ")
		if !ok {
			rest, ok = strings.CutPrefix(r, "an ")
		}
		if !ok {
			rest, ok = strings.CutPrefix(r, "the ") // "Mirek Dalca, the dam’s chief engineer,"
		}
		owned := false
		if !ok {
			// "Naveed Cheema, Qasimabad’s minister for water resources,"
			if sp := strings.IndexByte(r, ' '); sp > 0 && possessiveWord(r[:sp]) {
				rest, ok, owned = r[sp+1:], true, true
			}
		}
		if !ok {
			continue
		}
		if j := strings.IndexAny(rest, ",.;"); j > 0 {
			rest = rest[:j]
		}
		if r[0] == 't' || owned {
			// after "the", an appositive holds no verb of saying and no
			// finite verb: not "Trask, the source said, signalled", "…,
			// the 43-year-old man had suffered"
			cue := false
			for w := range strings.FieldsSeq(rest) {
				_, v := st.lx.verb(w)
				cue = cue || v || finite(w)
			}
			if cue {
				continue
			}
		}
		words := 0
		for w := range strings.FieldsSeq(rest) {
			if words++; words > 6 || w == "of" || w == "at" || w == "and" || w == "who" || w == "for" || w == "with" || w == "from" { // not "a glaciologist with the Polar Survey Institute" for "the institute"
				break
			}
			if strings.EqualFold(w, head) || scholar(head) && scholar(w) {
				return m.who // and "Ana Ode, the Transport Secretary," is "the secretary"
			}
		}
	}
	return -1
}

// scholar reports the nouns of people who study something, which stand
// for one another: "the researcher" after "a marine ecologist".
func scholar(w string) bool {
	switch w {
	case "researcher", "scientist", "academic", "scholar", "professor", "physicist", "chemist", "economist", "historian", "linguist":
		return true
	}
	return strings.HasSuffix(w, "ologist")
}

// roleOfOther reports whether the role head of mention m stands after
// of, to or for ("A supporter of the former governor", "an aide to the
// minister"): the mention is someone close to the role's holder, not the
// holder.
func (st *state) roleOfOther(m Span, head string) bool {
	phrase := st.text[m.Start:m.End]
	i := strings.LastIndex(phrase, head)
	if i < 0 {
		return false
	}
	before := phrase[:i]
	return strings.Contains(before, " of ") || strings.Contains(before, " to ") || strings.Contains(before, " for ")
}

// indefiniteBefore returns the span of the latest noun phrase with "a",
// "an" or "another" and up to two words between it and the role head
// before pos, within 1,500 bytes ("A Western diplomat"), not set off
// after a comma as an appositive is, or an invalid span.
func (st *state) indefiniteBefore(head string, pos int) Span {
	text := st.text
	lo := max(0, pos-1500)
	for e := pos; e > lo; {
		i := strings.LastIndex(text[lo:e], head)
		if i < 0 {
			break
		}
		i += lo
		e = i
		end := i + len(head)
		if i > 0 && wordByte[text[i-1]] || end < len(text) && wordByte[text[end]] {
			continue // inside a longer word
		}
		if a := indefiniteArticle(text, lo, i); a >= 0 {
			return Span{a, end}
		}
	}
	return Span{}
}

// indefiniteArticle returns where "a", "an" or "another" stands within
// the three words before byte i (not before lo), with no "the", no
// possessive and no comma between, and no comma before it (an appositive:
// "Margit Solberg, a former Norwegian diplomat,"); else -1.
func indefiniteArticle(text string, lo, i int) int {
	for range 3 {
		w, ws, punct := prevWord(text, lo, i)
		switch {
		case punct || w == "" || w == "the" || w == "The" || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"):
			return -1
		case w == "a" || w == "an" || w == "A" || w == "An" || w == "another" || w == "Another" || w == "One":
			if strings.HasSuffix(strings.TrimRight(text[lo:ws], " "), ",") {
				return -1
			}
			return ws
		}
		i = ws
	}
	return -1
}

// lastMention returns where person w is mentioned last before pos, or -1.
func (st *state) lastMention(w, pos int) int {
	last := -1
	for _, m := range st.ments {
		if m.who == w && m.pos < pos && m.pos > last {
			last = m.pos
		}
	}
	return last
}

// appositiveHolder returns the person named last before pos right after
// a phrase of the role head and a comma ("the Commissioner for Health,
// Dr. Ana Ode, said"), whose role the name finder did not record, or -1.
func (st *state) appositiveHolder(head string, pos int, last bool) int {
	ms := st.ments[:st.found.scanned]
	for i := st.mentionsBefore(pos) - 1; i >= 0 && i >= st.mentionsBefore(pos)-30; i-- {
		m := ms[i]
		if st.people[m.who].org {
			continue
		}
		before := st.text[max(0, m.pos-100):m.pos]
		// the last ", " when it ends at most 18 bytes before the name
		// ("Dr. (Mrs.) ", "Prof. (Mrs.) "): only the last 20 bytes are
		// searched
		tail := max(0, len(before)-20)
		c := strings.LastIndex(before[tail:], ", ")
		if c < 0 {
			continue // the name is not set off right after a comma (an honorific may stand between)
		}
		c += tail
		phrase := before[:c]
		if d := strings.LastIndexAny(phrase, ",.:;\n"); d >= 0 {
			// and the closing mark of a quote before: "“…,” Ettrea’s
			// Minister of the Interior, Ana Ode,"
			phrase = strings.TrimLeft(phrase[d+1:], " ”’\"'")
		}
		for _, dash := range [...]string{" - ", " — ", " – "} {
			if d := strings.LastIndex(phrase, dash); d >= 0 {
				phrase = phrase[d+len(dash):] // after a dateline: "ABUJA - The National Chairman of …"
			}
		}
		// the set-off phrase is the role: "the Commissioner for Health",
		// "The United Nations special envoy for the Great Lakes region",
		// a kin of someone's: "His daughter, Clara Salomir,", or a
		// place's or body's: "Kell's fire brigade captain, Graham Otway,"
		first, _, _ := strings.Cut(phrase, " ")
		if !strings.HasPrefix(phrase, "the ") && !strings.HasPrefix(phrase, "The ") && !strings.HasPrefix(phrase, "His ") && !strings.HasPrefix(phrase, "Her ") &&
			!strings.HasPrefix(phrase, "his ") && !strings.HasPrefix(phrase, "her ") && !possessiveWord(first) && !st.titleOpensSentence(phrase, m.pos-len(before)+c-len(phrase)) {
			// "… is led by its ambassador to Pelloria, Rafael Ondreko":
			// the role after a verb and its preposition
			d := max(strings.LastIndex(phrase, " by its "), strings.LastIndex(phrase, " by the "), strings.LastIndex(phrase, " by his "), strings.LastIndex(phrase, " by her "))
			if d < 0 || strings.Count(phrase[d+4:], " ") > 5 {
				continue
			}
			phrase = phrase[d+4:]
		}
		if strings.Count(phrase, " ") > 10 {
			continue
		}
		if strings.IndexByte(head, ' ') > 0 {
			// a role of two words: "chief executive"
			if strings.Contains(strings.ToLower(phrase), head) {
				return m.who
			}
			continue
		}
		if last {
			// only the phrase's own noun: "The vice-chancellor,", not
			// "The company’s chief financial officer," for "the company"
			if strings.EqualFold(phrase[strings.LastIndexByte(phrase, ' ')+1:], head) {
				return m.who
			}
			continue
		}
		for w := range strings.FieldsSeq(phrase) {
			if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
				continue // an owner: "the Mayor's chief of staff" is no mayor
			}
			if strings.EqualFold(strings.Trim(w, ",’'s"), head) {
				return m.who
			}
		}
	}
	return -1
}

// nameGivenAfter returns the name a relative clause right after byte e
// gives the one described: "A 16-year-old junior, who gave her name only
// as Priya, told", "a driver who gave only his first name, Carlos,
// said"; else "".
func (st *state) nameGivenAfter(e int) string {
	rest := st.text[e:min(len(st.text), e+120)]
	rest = strings.TrimPrefix(rest, ",")
	rest, ok := strings.CutPrefix(rest, " who gave ")
	if !ok {
		// "One adviser, a woman in her fifties who asked to be
		// identified only as Carol, said": the name a relative clause in
		// the appositive gives
		if !strings.HasPrefix(rest, " a ") && !strings.HasPrefix(rest, " an ") {
			return ""
		}
		w, o := strings.Index(rest, " who "), strings.Index(rest, " identified only as ")
		if w < 0 || o < w || strings.ContainsAny(rest[:o], ".;,") {
			return ""
		}
		rest = rest[o+len(" identified"):]
	} else {
		i := strings.Index(rest, "name")
		if i < 0 || i > 20 {
			return ""
		}
		rest = rest[i+len("name"):]
	}
	for _, p := range [...]string{" only as ", " as ", ", ", " only, "} {
		if after, ok := strings.CutPrefix(rest, p); ok {
			j := 0
			for j < len(after) && (after[j] >= 'A' && after[j] <= 'Z' || j > 0 && (after[j] >= 'a' && after[j] <= 'z' || after[j] == '-' || after[j] == ' ' && j+1 < len(after) && after[j+1] >= 'A' && after[j+1] <= 'Z')) {
				j++
			}
			if j > 1 && j < len(after) && (after[j] == ',' || after[j] == '.') {
				return after[:j]
			}
			return ""
		}
	}
	return ""
}

// questionWord reports the words that open a question: a mention that
// starts with one is a question's inverted subject, no speaker.
func questionWord(w string) bool {
	switch w {
	case "why", "Why", "how", "How", "what", "What", "when", "When", "where", "Where":
		return true
	}
	return false
}

// roleHolder returns the person with the role head (or a role it stands
// for: roleSynonym, an abbreviated title) named last before byte pos, or
// -1. The mentions attribution added are not in text order, so all are
// read.
func (st *state) roleHolder(pos int, head string) int {
	var other uint64 // bit w: person w's role does not end in head
	best, bestPos := -1, -1
	for i := len(st.ments) - 1; i >= 0; i-- {
		w := st.ments[i].who
		if at := st.ments[i].pos; at >= pos || at <= bestPos || w < 64 && other&(1<<w) != 0 {
			continue
		}
		p := &st.people[w]
		if p.role != "" && (roleHas(p.role, head) || hasLowerSuffix(orgHead(p.role), head) && !affiliated(p.role) || roleSynonym(p.role, head)) || p.hon != "" && abbreviatedRole(p.hon, head) {
			// and "the chief" for a "Chief of Police", not "the institute"
			// for "a glaciologist with the Polar Survey Institute"
			best, bestPos = w, st.ments[i].pos
		} else if w < 64 {
			other |= 1 << w
		}
	}
	return best
}

// affiliated reports whether role names the body its holder works at
// after a preposition: "glaciologist with the Polar Survey Institute",
// "analyst at Kestrel Bank".
func affiliated(role string) bool {
	return strings.Contains(role, " with ") || strings.Contains(role, " at ") || strings.Contains(role, " from ")
}

// clubRoleHolder returns the person a role after a body's name stands
// for ("The Kell Rovers midfielder", toks the mention's tokens, at byte
// pos): "the", capitalised words the last of which is a body's word, and
// a role in lower case; else -1.
func (st *state) clubRoleHolder(toks []tok, pos int) int {
	n := len(toks)
	if n < 3 || n > 6 {
		return -1
	}
	if d := st.word(toks[0]); d != "the" && d != "The" {
		return -1
	}
	for _, t := range toks[1 : n-1] {
		if t.k != tWord || !capitalised(t) {
			return -1
		}
	}
	last := toks[n-1]
	if last.k != tWord || capitalised(last) || !st.orgWord(&toks[n-2]) || !st.roleWord(last) {
		return -1
	}
	return st.roleHolder(pos, st.word(last))
}

// capitalisedRoleHolder returns the person a role written in capitals
// after "the" stands for ("the Transport Secretary", toks the mention's
// tokens, at byte pos): the one it was set off after or before
// (describedBefore, appositiveHolder), or -1.
func (st *state) capitalisedRoleHolder(toks []tok, pos int) int {
	if len(toks) < 2 || len(toks) > 4 {
		return -1
	}
	if d := st.word(toks[0]); d != "the" && d != "The" {
		return -1
	}
	for _, t := range toks[1:] {
		if t.k != tWord || !capitalised(t) {
			return -1
		}
	}
	last := st.word(toks[len(toks)-1])
	if ti, ok := st.lx.title(last); !ok || ti.kind != kindRole && ti.kind != kindTitle {
		return -1
	}
	if w := st.describedBefore(last, pos); w >= 0 {
		return w
	}
	return st.appositiveHolder(last, pos, false)
}

// titleOpensSentence reports whether phrase, which starts at byte at,
// is a title in capitals that opens its sentence with no article, as
// papers in India, Pakistan and Nigeria write it: "Federal Minister for
// Power", "Principal Secretary (Health)".
func (st *state) titleOpensSentence(phrase string, at int) bool {
	if phrase == "" || phrase[0] < 'A' || phrase[0] > 'Z' || at < 0 || at > len(st.text) {
		return false
	}
	title := false
	for w := range strings.FieldsSeq(phrase) {
		w = strings.Trim(w, "()")
		switch {
		case w == "of" || w == "for" || w == "and" || w == "the" || w == "&":
		case w == "" || w[0] < 'A' || w[0] > 'Z':
			return false // a phrase in words, not a title: "According to a Varnian official briefed on the call"
		default:
			if ti, ok := st.lx.title(w); ok && (ti.kind == kindTitle || ti.kind == kindRole) {
				title = true
			}
		}
	}
	if !title {
		return false
	}
	si := st.sentenceAt(at)
	return si >= 0 && st.doc.Sentences[si].Start == at
}

// previousSubject returns the person who is the subject of the sentence
// before the one that opens at byte pos, in the same paragraph or the one
// before, or -1: the one a definite description that opens the next
// sentence stands for.
func (st *state) previousSubject(pos int) int {
	si := st.sentenceAt(pos)
	if si < 1 || st.doc.Sentences[si].Start != pos {
		return -1 // only a description that opens its sentence, as a subject
	}
	prev := st.doc.Sentences[si-1]
	if prev.Paragraph < st.doc.Sentences[si].Paragraph-1 {
		return -1
	}
	toks := st.sentenceToks(si - 1)
	b, e := st.openingSubject(toks)
	if e <= b {
		return -1
	}
	for _, m := range st.ments {
		if m.pos == toks[b].s && !st.people[m.who].org {
			return m.who
		}
	}
	return -1
}

// roleInSentenceBefore reports whether the sentence before the one at pos
// holds the role noun head ("Ana Ode met the mayor. The mayor said"): the
// role there is someone else's.
func (st *state) roleInSentenceBefore(pos int, head string) bool {
	si := st.sentenceAt(pos)
	if si < 1 {
		return true
	}
	prev := st.doc.Sentences[si-1]
	return strings.Contains(strings.ToLower(st.text[prev.Start:prev.End]), head)
}

// gendered reports whether the person named name is known to be a man
// or a woman.
func (st *state) gendered(name string) bool {
	for i := range st.people {
		if p := &st.people[i]; p.name == name {
			return p.g == genderMale || p.g == genderFemale
		}
	}
	return false
}

// nameSubjectBefore returns the person or body whose name, in capitals
// only, is the subject that opens the sentence before the one holding
// byte pos, in its paragraph or the one before, with its role; else "".
func (st *state) nameSubjectBefore(pos int) (string, string) {
	si := st.sentenceAt(pos)
	if si < 1 || st.doc.Sentences[si-1].Paragraph < st.doc.Sentences[si].Paragraph-1 {
		return "", ""
	}
	toks := st.sentenceToks(si - 1)
	b, e := st.openingSubject(toks)
	if e <= b {
		return "", ""
	}
	for _, t := range toks[b:e] {
		if t.k != tWord || !capitalised(t) {
			return "", ""
		}
	}
	for _, m := range st.ments {
		if m.pos == toks[b].s {
			return st.people[m.who].name, st.people[m.who].role
		}
	}
	if st.orgWord(&toks[e-1]) {
		return st.resolveMention(Span{toks[b].s, toks[e-1].e}) // "Kell Records have …", a body no one registered
	}
	if e-b >= 3 && st.word(toks[b]) == "The" {
		return st.resolveMention(Span{toks[b].s, toks[e-1].e}) // "The Morning Star endorsed …", a title's name
	}
	return "", ""
}

// roleFromPlace returns the index of the preposition when toks are an
// indefinite role phrase and a place: "a doctor from Lagos", "one
// firefighter with a strike team from Fresno", "a resident of Marsh End"
// (the article, lower-case words the first of which after it is a role,
// from, in, at or of, then capitalised words only); else 0.
func (st *state) roleFromPlace(toks []tok) int {
	if len(toks) < 4 || toks[0].k != tWord {
		return 0
	}
	switch st.word(toks[0]) {
	case "a", "A", "an", "An", "one", "One", "another", "Another":
	default:
		return 0
	}
	if toks[1].k != tWord || capitalised(toks[1]) || !st.roleWord(toks[1]) {
		return 0
	}
	for k := 2; k < len(toks)-1 && k <= 7; k++ {
		if toks[k].k != tWord || capitalised(toks[k]) {
			return 0
		}
		switch st.word(toks[k]) {
		case "from", "in", "at", "of":
			for _, t := range toks[k+1:] {
				if t.k != tWord || !capitalised(t) {
					return 0
				}
			}
			return k
		}
	}
	return 0
}

// seatHolder returns the person that "the <place> <member>" stands for
// ("the Dublin South-Central TD", "the Wexmoor MP"): the latest person
// named before pos whose role is that member's, else the latest person
// named before pos, as a pronoun would be; -1 when toks are no such phrase.
// News calls a member of a parliament by the seat just after naming them.
func (st *state) seatHolder(toks []tok, pos int) int {
	n := len(toks)
	if n < 3 || n > 5 || toks[0].k != tWord || st.word(toks[0]) != "the" && st.word(toks[0]) != "The" || toks[n-1].k != tWord {
		return -1
	}
	switch st.word(toks[n-1]) {
	case "TD", "MP", "MEP", "MLA", "MSP", "MPP", "MNA", "senator", "congressman", "congresswoman", "lawmaker", "legislator", "councillor", "councilor", "assemblyman", "assemblywoman":
	default:
		return -1
	}
	for _, t := range toks[1 : n-1] {
		if t.k != tWord || !capitalised(t) || st.givenName(t) {
			return -1
		}
		if _, ok := st.wordTitle(t); ok {
			return -1 // "the Labour MP": a party, which the role reading takes
		}
	}
	head := strings.ToLower(st.word(toks[n-1]))
	for i := st.mentionsBefore(pos) - 1; i >= 0; i-- {
		if p := &st.people[st.ments[i].who]; !p.org && p.role != "" && roleHas(p.role, head) {
			return st.ments[i].who
		}
	}
	w := st.resolvePronoun(pos, genderUnknown)
	if w < 0 || st.people[w].org {
		return -1
	}
	return w
}

// appositiveOf returns the person, not an organisation, whose name ends
// right before the ", " that ends at pos, or -1.
func (st *state) appositiveOf(pos int) int {
	if pos < 4 || st.text[pos-2:pos] != ", " {
		return -1
	}
	i := st.mentionsBefore(pos) - 1 // the latest mention: the name must be the last words before the comma
	if i < 0 || pos-st.ments[i].pos > 60 {
		return -1
	}
	m := st.ments[i]
	name := st.text[m.pos : pos-2]
	for _, r := range name {
		if r == ',' || r == '.' && !strings.Contains(name, ". ") || r == '\n' {
			return -1
		}
	}
	if p := &st.people[m.who]; !p.org && strings.HasSuffix(name, p.name[strings.LastIndexByte(p.name, ' ')+1:]) {
		return m.who
	}
	return -1
}

// personaNoun reports the trades of artists and entertainers, which
// news uses for the person it is about ("said the actor") when it gives
// them to no one by name.
func personaNoun(head string) bool {
	switch head {
	case "actor", "actress", "singer", "rapper", "musician", "guitarist", "drummer", "bassist", "pianist",
		"songwriter", "singer-songwriter", "comedian", "star", "novelist", "author", "poet", "filmmaker",
		"artist", "dancer", "chef", "designer", "entertainer", "frontman", "frontwoman":
		return true
	}
	return false
}

// personJustBefore returns the person, not an organisation, named last
// before pos outside quotes, in pos's paragraph or the one before it, when
// that mention is a subject that opens its sentence or names a quote's
// speaker; else -1. ("One ad stars an impersonator who promises that
// Johnson won't …" leaves "the Lincoln actor" to no one.)
func (st *state) personJustBefore(pos int) int {
	si := st.sentenceAt(pos)
	if si < 0 {
		return -1
	}
	para := st.doc.Sentences[si].Paragraph
	for i := st.mentionsBefore(pos) - 1; i >= 0; i-- {
		m := st.ments[i]
		ps := st.sentenceAt(m.pos)
		if ps < 0 || st.doc.Sentences[ps].Paragraph < para-1 {
			return -1
		}
		if st.people[m.who].org {
			continue
		}
		if m.pos == st.subjectStart(ps) {
			return m.who
		}
		for k := range st.raw {
			if q := &st.raw[k]; q.hasAtt && q.att.mention.Start == m.pos {
				return m.who
			}
		}
		return -1
	}
	return -1
}

// roleOfAt returns the index of the role noun that "of" follows after the
// determiner and up to two modifiers that open toks ("A member of",
// "One senior member of"), but not a spokesperson's, or 0.
func (st *state) roleOfAt(toks []tok) int {
	for r := 1; r <= 3 && r+2 < len(toks); r++ {
		if toks[r].k != tWord || capitalised(toks[r]) {
			return 0
		}
		if st.word(toks[r+1]) == "of" {
			if spokesperson(st.word(toks[r])) || !st.roleWord(toks[r]) {
				return 0
			}
			return r
		}
	}
	return 0
}

// candidacy reports the role nouns of someone running for office, which
// news uses for the person just named ("the Republican front-runner").
func candidacy(head string) bool {
	switch head {
	case "candidate", "nominee", "front-runner", "frontrunner", "hopeful", "challenger":
		return true
	}
	return false
}

// roleSynonym reports whether a person with the title role is the one a
// role noun head of another word names: "Justice Ana Ode" is "the
// judge", "Councilwoman Ana Ode" is "the council member".
func roleSynonym(role, head string) bool {
	switch head {
	case "judge":
		return hasLowerSuffix(role, "justice")
	case "lawmaker", "legislator":
		return hasLowerSuffix(role, "senator") || hasLowerSuffix(role, "congressman") || hasLowerSuffix(role, "congresswoman") || hasLowerSuffix(role, "representative")
	case "councillor", "councilor", "councilwoman", "councilman", "councilmember":
		// "the councilwoman" after "Councilmember Rosa Delgado"
		return hasLowerSuffix(role, "councilman") || hasLowerSuffix(role, "councilwoman") || hasLowerSuffix(role, "councilmember") || hasLowerSuffix(role, "councillor") || hasLowerSuffix(role, "councilor")
	case "minister":
		// "the minister said" after "Education Secretary Miriam Oakes":
		// a portfolio's secretary is a minister, a press or general
		// secretary is not
		r := strings.ToLower(role)
		if r != "secretary" && !strings.HasSuffix(r, " secretary") && !strings.HasPrefix(r, "secretary of state") {
			return false
		}
		for _, not := range [...]string{"press", "general", "permanent", "private", "executive", "party", "company", "assistant", "deputy general"} {
			if strings.HasSuffix(r, not+" secretary") {
				return false
			}
		}
		return true
	case "skipper":
		// "the skipper" after "Captain Niklas Vogt"
		return hasLowerSuffix(role, "captain")
	case "boss", "gaffer":
		// "the Killie boss" after "Kilmarnock manager Derek McAusland"
		return hasLowerSuffix(role, "manager") || hasLowerSuffix(role, "head coach")
	case "midfielder", "defender", "striker", "forward", "winger", "goalkeeper", "keeper", "centre-back", "fullback", "full-back":
		// "the Brackenford Rovers midfielder" after "footballer Dario Fenn"
		return hasLowerSuffix(role, "footballer") || hasLowerSuffix(role, "player")
	case "cm", "CM":
		// "the CM said" after "Chief Minister Smt Hemlata Bhardwaj", as
		// Indian papers shorten the title
		return hasLowerSuffix(role, "chief minister")
	case "cs", "CS":
		// "the CS said" after "Agriculture Cabinet Secretary Joseph
		// Kariuki", as Kenyan papers shorten the title
		return hasLowerSuffix(role, "cabinet secretary")
	case "spokesman", "spokeswoman", "spokesperson":
		// "the spokesman added" after "The command's spokesperson, SP
		// Ahmed Lawal,"
		return hasLowerSuffix(role, "spokesman") || hasLowerSuffix(role, "spokeswoman") || hasLowerSuffix(role, "spokesperson")
	case "chairman", "chairwoman", "chairperson", "chair":
		return hasLowerSuffix(role, "chairman") || hasLowerSuffix(role, "chairwoman") || hasLowerSuffix(role, "chairperson") || hasLowerSuffix(role, "chair")
	case "monarch", "ruler":
		// "the monarch said" after "The Amanyanabo of Esuama, King Boma
		// Ofori-Pepple,": a traditional ruler's titles
		r := strings.ToLower(role)
		for _, t := range [...]string{"king", "queen", "emir", "oba", "sultan", "amanyanabo", "ooni", "asantehene", "emperor", "monarch"} {
			if r == t || strings.HasPrefix(r, t+" ") || strings.HasSuffix(r, " "+t) {
				return true
			}
		}
		return false
	case "actress", "actor":
		// "the Harbour Lane actress" after "soap star Kiki Langmore"
		return hasLowerSuffix(role, "star") || hasLowerSuffix(role, "actress") || hasLowerSuffix(role, "actor")
	case "singer", "singer-songwriter", "rapper", "musician":
		// "the singer" after "pop star Kiki Ambrose"
		return hasLowerSuffix(role, "star") || hasLowerSuffix(role, "singer") || hasLowerSuffix(role, "rapper") || hasLowerSuffix(role, "musician")
	}
	return false
}

// abbreviatedRole reports whether hon, an honorific, is the abbreviation
// of the role noun head: "Sen." for "the senator", "Gov." for "the
// governor".
func abbreviatedRole(hon, head string) bool {
	var abbr string
	switch head {
	case "senator":
		abbr = "Sen."
	case "governor":
		abbr = "Gov."
	case "representative", "congressman", "congresswoman", "lawmaker":
		abbr = "Rep."
	case "general":
		abbr = "Gen."
	case "admiral":
		abbr = "Adm."
	case "colonel":
		abbr = "Col."
	case "captain":
		abbr = "Capt."
	case "sergeant":
		abbr = "Sgt."
	case "private":
		abbr = "Pvt."
	case "corporal":
		abbr = "Cpl."
	case "major":
		abbr = "Maj."
	case "detective":
		abbr = "Det."
	case "lieutenant":
		abbr = "Lt."
	case "president":
		abbr = "Pres."
	case "secretary":
		abbr = "Sec."
	case "ambassador":
		abbr = "Amb."
	case "attorney":
		abbr = "Atty."
	case "professor":
		abbr = "Prof."
	case "superintendent":
		abbr = "Supt."
	case "councillor", "councilor":
		return hon == "Cllr" || hon == "Cllr."
	case "inspector":
		return hon == "Insp." || hon == "DCI"
	default:
		return false
	}
	return hon == abbr
}

// givenName reports whether t is a listed given name.
func (st *state) givenName(t tok) bool {
	_, ok := st.lx.firstName(st.text[t.s:t.e])
	return ok
}

// possessiveWord reports a word that ends in 's or ’s.
func possessiveWord(w string) bool {
	return len(w) > 3 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"))
}

// nameModifies reports whether the name np read from the mention toks
// is only a modifier of lower-case words after it: "The Democratic
// presidential candidate", "the British capital's new mayor". The mention
// names whoever the phrase does, not the name's bearer.
func (st *state) nameModifies(toks []tok, np *nameParse) bool {
	last := np.name[len(np.name)-1]
	for i := range toks {
		if toks[i].s != last.s {
			continue
		}
		if i+1 >= len(toks) || toks[i+1].k != tWord || capitalised(toks[i+1]) {
			return false
		}
		w := st.word(toks[i+1])
		return !isClauseBoundary(w) && !isPreposition(w) && !isAux(w) && !strings.HasSuffix(w, "self")
	}
	return false
}

// nameAtEnd returns the index of the first of the capitalised words that
// end toks, or -1 when the last token is not one.
func nameAtEnd(toks []tok) int {
	r := len(toks)
	for r > 0 && toks[r-1].k == tWord && capitalised(toks[r-1]) {
		r--
	}
	if r == len(toks) {
		return -1
	}
	return r
}

// nameAfterOwnedRole returns the index of the name that ends toks when
// a capitalised possessive, lower-case words and a role lead into it
// ("the Post’s senior politics editor Steven Ginsberg"), else 0.
func (st *state) nameAfterOwnedRole(toks []tok) int {
	if len(toks) < 3 || !capitalised(toks[len(toks)-1]) {
		return 0 // no room for an owner, a role and a name, or no name at the end
	}
	r := len(toks)
	for r > 0 && toks[r-1].k == tWord && capitalised(toks[r-1]) {
		r--
	}
	if r < 2 || r == len(toks) || toks[r-1].k != tWord {
		return 0
	}
	if ti, ok := st.lx.title(st.word(toks[r-1])); !ok || ti.kind != kindRole && ti.kind != kindTitle {
		return 0
	}
	for k := r - 2; k >= 0 && r-k <= 5; k-- {
		w := st.word(toks[k])
		if capitalised(toks[k]) && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) {
			return r
		}
		if toks[k].k != tWord || capitalised(toks[k]) {
			return 0
		}
	}
	return 0
}

// documentPhrase reports whether a mention that holds a name is a
// document rather than its issuer or author: "a report from Kotak
// Equities", "Summary Studies".
func (st *state) documentPhrase(toks []tok, np *nameParse) bool {
	last := np.name[len(np.name)-1]
	if st.lx.noun(st.text[last.s:last.e]) == kindDocument {
		return true
	}
	return isDeterminer(st.word(toks[0])) && st.headKind(toks, 0, len(toks)-1) == kindDocument
}

// knownOrg reports whether name is that of an organisation the name
// finder registered as one.
func (st *state) knownOrg(name string) bool {
	for i := range st.people {
		if p := &st.people[i]; p.name == name {
			return p.org
		}
	}
	return false
}

// isOrg reports whether name is that of a person the name finder took
// for an organisation, or of a name nothing tells is a person's: no given
// name, title or gender ("Fennick").
func (st *state) isOrg(name string) bool {
	for i := range st.people {
		if p := &st.people[i]; p.name == name {
			return p.org || p.g == genderUnknown && p.hon == "" && p.role == "" && !st.givenFirst(name)
		}
	}
	return false
}

// resolveOrgs gives the quotes attributed to "the <noun>" to the
// organisation orgBefore finds. It runs once all quotes are read, as an
// organisation named in reported speech is known only then.
func (st *state) resolveOrgs() {
	for i := range st.raw {
		q := &st.raw[i]
		m := q.att.mention
		if q.drop || q.speaker == "" || m.Len() < len("the x") || q.speaker[0] < 'a' || q.speaker[0] > 'z' {
			continue
		}
		for _, pre := range [...]string{"spokesman for the ", "spokeswoman for the ", "spokesperson for the "} {
			// "a spokesman for the company, who asked not to be named,
			// said": the company named before, for which they speak
			if noun, ok := strings.CutPrefix(q.speaker, pre); ok && noun != "" && strings.IndexByte(noun, ' ') < 0 {
				if name := st.orgBefore(m.Start, noun); name != "" {
					q.speaker, q.role = name, ""
				}
				break
			}
		}
		if q.speaker[0] < 'a' || q.speaker[0] > 'z' {
			continue
		}
		noun := q.speaker
		if sp := strings.LastIndexByte(noun, ' '); sp >= 0 {
			// "the production company said": a business, after the words
			// that tell what it does
			if noun = noun[sp+1:]; noun != "company" && noun != "firm" || strings.IndexByte(q.speaker[:sp], ' ') >= 0 || strings.ContainsAny(q.speaker, "’'") {
				continue
			}
		}
		rest := st.text[m.Start+4 : m.End]
		if r, ok := strings.CutPrefix(rest, q.speaker); ok && (strings.HasPrefix(r, "’s ") || strings.HasPrefix(r, "'s ")) {
			rest = q.speaker // "according to the regulator’s final notice": the regulator's
		}
		if w := st.text[m.Start : m.Start+4]; (w == "the " || w == "The ") && rest == q.speaker {
			if name := st.orgBefore(m.Start, noun); name != "" {
				q.speaker = name
			} else if k := nounKind(q.speaker); k != orgNone {
				// "Anti-Doping Norway said …¶“…,” the agency said", "The
				// Social Democratic Alliance … said … “…,” the party
				// said": the body that spoke just before, whose name tells
				// no kind
				own := q.speaker
				q.speaker = "" // not the quote's own speaker
				if name, _ := st.groupBefore(q, true); name != "" && name[0] >= 'A' && name[0] <= 'Z' && st.isOrg(name) &&
					(k == orgPublic || k == orgBusiness || st.knownOrg(name) && strings.IndexByte(name, ' ') > 0 && (k != orgBody || st.membersHead(name))) {
					// a club, a body or an outlet only by a name of
					// several words the name finder took for one
					own = name
				}
				q.speaker = own
			}
		}
	}
}

// resolveStaffOf gives the quotes of a group no one names, working at a
// body that is named ("Analysts at Brenholt Bank wrote", "Officials at
// the Harbour Authority said", "Economists from Castellan Bank said"), to
// the body, which their note or statement speaks for; and so the
// pronouns and documents after it that took the group ("…,” they
// wrote.", "the note said").
func (st *state) resolveStaffOf() {
	for i := range st.raw {
		q := &st.raw[i]
		m := q.att.mention
		if q.drop || !m.Valid() || q.speaker == "" || !staffNoun(q.speaker) {
			continue
		}
		name := ""
		switch t := st.text[m.Start:m.End]; {
		case strings.EqualFold(t, q.speaker):
			name = st.orgAfterAt(m.End)
		case bodyPronoun(t) || (strings.HasPrefix(t, "the ") || strings.HasPrefix(t, "The ")) && st.lx.noun(t[4:]) == kindDocument:
			// "They wrote that …", "…,” the note said.": the group the
			// pronoun or the document took, named just before
			lo := max(0, m.Start-600)
			if ps := st.sentenceAt(m.Start); ps >= 0 {
				lo = max(lo, st.doc.Paragraphs[max(0, st.doc.Sentences[ps].Paragraph-2)].Start)
			}
			before := st.text[lo:m.Start]
			for _, w := range [...]string{q.speaker, strings.ToUpper(q.speaker[:1]) + q.speaker[1:]} {
				if k := strings.LastIndex(before, w+" "); k >= 0 && (k == 0 || before[k-1] == ' ' || before[k-1] == '\n') {
					if n := st.orgAfterAt(lo + k + len(w)); n != "" {
						name = n
						break
					}
				}
			}
		}
		if name != "" {
			q.speaker, q.role = name, ""
		}
	}
}

// staffNoun reports the plural nouns for people who speak for the body
// they work at: analysts, economists, officials.
func staffNoun(w string) bool {
	switch w {
	case "analysts", "economists", "strategists", "officials", "researchers", "executives", "scientists", "engineers", "lawyers", "spokespeople":
		return true
	}
	return false
}

// orgAfterAt returns the organisation's name after " at ", " from " or
// " with " at byte e (and "the"): capitalised words, "of", "and" and "&"
// inside them, whose words tell an organisation ("Brenholt Bank",
// "the Harbour Authority"). Else "".
func (st *state) orgAfterAt(e int) string {
	rest, ok := cutAnyPrefix(st.text[e:min(len(st.text), e+80)], " at ", " from ", " with ")
	if !ok {
		return ""
	}
	rest = strings.TrimPrefix(rest, "the ")
	// "Analysts at the consultancy Brightwater Metrics": the body's kind
	// before its name
	rest, _ = cutAnyPrefix(rest, "consultancy ", "firm ", "bank ", "broker ", "brokerage ", "lender ", "company ", "agency ", "research firm ", "think tank ", "think-tank ")
	end, last := 0, 0
	for i := 0; i < len(rest); {
		j := i
		for j < len(rest) && rest[j] != ' ' && rest[j] != ',' && rest[j] != '.' && rest[j] != '\n' && rest[j] != ';' {
			j++
		}
		w := rest[i:j]
		if w == "" {
			break
		}
		if capByte[w[0]] {
			end, last = j, j
		} else if w != "of" && w != "and" && w != "&" || end == 0 {
			break
		}
		if j >= len(rest) || rest[j] != ' ' {
			break
		}
		i = j + 1
	}
	name := rest[:last]
	if name == "" || nameKind(name) == orgNone && !st.isOrg(name) && !researchFirm(name) {
		return ""
	}
	return name
}

// researchFirm reports whether name ends in a word that names a firm of
// analysts or advisers ("Greyfield Research", "Penwick Consulting"),
// which "the company" seldom stands for.
func researchFirm(name string) bool {
	if strings.IndexByte(name, ' ') < 0 {
		return false
	}
	switch name[strings.LastIndexByte(name, ' ')+1:] {
	case "Research", "Consulting", "Consultants", "Advisory", "Analytics", "Economics", "Markets", "Insights", "Intelligence", "Metrics":
		return true
	}
	return false
}

// resolvePoliceDocuments gives a quote of "a police report" or "police
// records" to the police force or sheriff's office named last before it
// ("Lt. Gregory Samuels of the Fenwick Police Department said …. The
// robbery happened at 2:40 p.m., according to a police report."): the
// force whose report it is.
func (st *state) resolvePoliceDocuments() {
	for i := range st.raw {
		q := &st.raw[i]
		if q.drop || !strings.HasPrefix(q.speaker, "police ") || st.lx.noun(q.speaker[len("police "):]) != kindDocument {
			continue
		}
		pos := q.att.mention.Start
		if !q.att.mention.Valid() {
			pos = q.start()
		}
		name, at := "", -1
		for _, m := range st.ments {
			if p := &st.people[m.who]; m.pos < pos && m.pos > at && p.org && policeBody(p.name) {
				name, at = p.name, m.pos
			}
		}
		for k := range st.found.runs {
			if r := &st.found.runs[k]; r.e <= pos && r.s > at && r.np.org {
				if n := strings.TrimPrefix(st.text[r.s:r.e], "The "); policeBody(n) {
					name, at = n, r.s
				}
			}
		}
		if name != "" {
			q.speaker, q.role = name, ""
		}
	}
}

// policeBody reports whether name is a police force's or a sheriff's
// office's: "Fenwick Police Department", "Arbor County Sheriff’s Office".
func policeBody(name string) bool {
	return strings.IndexByte(name, ' ') > 0 && (strings.Contains(name, "Police") || strings.Contains(name, "Sheriff") || strings.Contains(name, "Constabulary"))
}

// resolveSelfNamed gives the quotes of a body the text describes and then
// names as it names itself ("The armed group, which calls itself the
// Serrin Valley Defence Front, said") that name, and the pronouns after
// the mention that stand for the same body ("It described the release
// as …").
func (st *state) resolveSelfNamed() {
	for i := range st.raw {
		q := &st.raw[i]
		m := q.att.mention
		if q.drop || q.speaker == "" || q.speaker[0] < 'a' || q.speaker[0] > 'z' || m.Len() < len("the x") {
			continue
		}
		if w := st.text[m.Start : m.Start+4]; w != "The " && w != "the " {
			continue
		}
		name := selfNamedAfter(st.text, m.End)
		if name == "" {
			continue
		}
		old := q.speaker
		q.speaker, q.role = name, ""
		for j := range st.raw {
			o := &st.raw[j]
			if om := o.att.mention; !o.drop && o.speaker == old && om.Start > m.Start && bodyPronoun(st.text[om.Start:om.End]) {
				o.speaker, o.role = name, ""
			}
		}
	}
}

// cutAnyPrefix returns s without the first of prefixes it starts with,
// and whether it started with one.
func cutAnyPrefix(s string, prefixes ...string) (string, bool) {
	for _, p := range prefixes {
		if r, ok := strings.CutPrefix(s, p); ok {
			return r, true
		}
	}
	return s, false
}

// bodyPronoun reports whether w is a pronoun a body is named by.
func bodyPronoun(w string) bool {
	switch w {
	case "it", "It", "they", "They":
		return true
	}
	return false
}

// selfNamedAfter returns the name a clause set off after byte e gives the
// body before it: ", which calls itself the Highland Front," or ", known
// as the Highland Front,", perhaps after a clause of "that" ("that held
// the workers"): capitalised words, "of", "for" and "and" inside
// them, up to the comma that closes the clause. Else "".
func selfNamedAfter(text string, e int) string {
	rest := text[e:min(len(text), e+160)]
	if strings.HasPrefix(rest, " that ") {
		// "The group that held the workers, which calls itself …": past
		// the restrictive clause, to its comma
		c := strings.IndexAny(rest, ",.;:!?\n")
		if c < 0 || rest[c] != ',' {
			return ""
		}
		rest = rest[c:]
	}
	rest, ok := cutAnyPrefix(rest, ", which calls itself ", ", which call themselves ", ", known as ")
	if !ok {
		return ""
	}
	rest = strings.TrimPrefix(rest, "the ")
	end := strings.IndexByte(rest, ',')
	if end <= 0 {
		return ""
	}
	name := rest[:end]
	words := strings.Fields(name)
	if len(words) > 8 || len(words[len(words)-1]) == 0 || !capByte[words[len(words)-1][0]] {
		return ""
	}
	for _, w := range words {
		if !capByte[w[0]] && w != "of" && w != "for" && w != "and" && w != "the" {
			return ""
		}
	}
	return name
}

// joinedOrgAtEnd returns the organisation's name that ends mention m and
// holds "and" between its capitalised words ("the Securities and Exchange
// Commission", "a spokesman for the Department of Health and Human
// Services"): its last word an organisation's, the words before it
// capitalised or "and", "of", "for" or "&". Else "".
func (st *state) joinedOrgAtEnd(m Span) string {
	t := st.text[m.Start:m.End]
	if !strings.Contains(t, " and ") && !strings.Contains(t, " & ") {
		return ""
	}
	last := t[strings.LastIndexByte(t, ' ')+1:]
	if ti, ok := st.lx.title(last); !ok || ti.kind != kindOrg || !capByte[last[0]] {
		return ""
	}
	b, and := len(t), false
	for b > 0 {
		i := strings.LastIndexByte(t[:b-1], ' ') + 1
		w := t[i : b-1]
		if b == len(t) {
			w = t[i:]
		}
		switch {
		case w == "and" || w == "&":
			and = true
		case w == "of" || w == "for":
		case w != "" && capByte[w[0]]:
		default:
			i = b // a lower-case word ends the name
		}
		if i == b {
			break
		}
		b = i
	}
	name := strings.TrimSpace(t[b:])
	for _, j := range [...]string{"and ", "of ", "for ", "& "} {
		if strings.HasPrefix(name, j) {
			return "" // the name cannot open with a joiner
		}
	}
	if !and || strings.HasPrefix(name, "The ") || !strings.Contains(name, " and ") && !strings.Contains(name, " & ") {
		return ""
	}
	return name
}

// membersHead reports whether name, a body's that "the union" or "the
// party" may stand for, ends in no organisation word or in one for a
// body of members ("Social Democratic Alliance", "Dock Workers' Union"):
// not "Harbour Trust", "Kell Foundation" or "Port Hospital", which the
// noun does not stand for.
func (st *state) membersHead(name string) bool {
	last := name[strings.LastIndexByte(name, ' ')+1:]
	if ti, ok := st.lx.title(last); !ok || ti.kind != kindOrg {
		return true
	}
	switch last {
	case "Union", "Federation", "Confederation", "Association", "Congress", "Guild", "Alliance", "Coalition",
		"Front", "Movement", "League", "Bloc", "Party", "Network", "Forum", "Society":
		return true
	}
	return false
}

// resolveEntries gives the quotes attributed to an entry or a page of a
// diary, a logbook, a journal or a notebook ("reads the entry for January
// 14, 1991", "says one entry from 1997") to its keeper, whom the quote's
// paragraph or the one before names: "Her diary from that winter …",
// "She has kept a logbook of every training swim …". An entry speaks for
// the one who wrote it, as a letter does.
func (st *state) resolveEntries() {
	for i := range st.raw {
		q := &st.raw[i]
		m := q.att.mention
		if q.drop || !m.Valid() || !entryMention(st.text[m.Start:m.End]) {
			continue
		}
		lo := st.doc.Paragraphs[max(0, q.pieces[0].para-1)].Start
		if k := st.diaryKeeper(lo, min(m.Start, q.start())); k.Valid() {
			if name, role := st.resolveMention(k); name != "" {
				q.speaker, q.role = name, role
			}
		}
	}
}

// entryMention reports a mention that is an entry or a page: "the entry
// for January 14", "one entry from 1997", "A page from a 1994 expedition".
func entryMention(m string) bool {
	w, rest, _ := strings.Cut(m, " ")
	switch w {
	case "the", "The", "one", "One", "another", "Another", "a", "A", "an", "An", "her", "Her", "his", "His":
		w, _, _ = strings.Cut(rest, " ")
	}
	switch w {
	case "entry", "entries", "page", "pages":
		return true
	}
	return false
}

// diaryKeeper returns the mention of the one who keeps the diary (or
// logbook, journal, notebook) named last in text[lo:hi]: the possessive
// before it ("Her diary", "Ode's notebooks"), or the pronoun or name that
// is the subject of "kept"/"keeps"/"has kept" before it ("She has kept a
// logbook"). Else an invalid Span.
func (st *state) diaryKeeper(lo, hi int) Span {
	if lo >= hi {
		return Span{}
	}
	toks := st.tokensIn(lo, hi)
	for j := len(toks) - 1; j > 0; j-- {
		switch st.word(toks[j]) {
		case "diary", "diaries", "logbook", "logbooks", "journal", "journals", "notebook", "notebooks":
		default:
			continue
		}
		p := j - 1
		for p > 0 && toks[p].k == tWord && !capitalised(toks[p]) && !possessiveWord(st.word(toks[p])) && !isDeterminer(st.word(toks[p])) && j-p < 3 {
			p-- // "Her field notebooks", "his old diary"
		}
		switch w := st.word(toks[p]); {
		case w == "her" || w == "Her" || w == "his" || w == "His":
			return Span{toks[p].s, toks[p].e}
		case possessiveWord(w) && capitalised(toks[p]):
			return Span{toks[p].s, toks[p].e - len("’s")}
		case w == "a" || w == "an":
			// "She has kept a logbook": the subject of the verb of keeping
			for k := p - 1; k >= 0 && k >= p-3; k-- {
				switch st.word(toks[k]) {
				case "kept", "keeps", "keep":
					if k > 0 {
						b := k - 1
						if w := st.word(toks[b]); (w == "has" || w == "had") && b > 0 {
							b--
						}
						if _, ok := isPronoun(st.word(toks[b])); ok || capitalised(toks[b]) {
							return Span{toks[b].s, toks[b].e}
						}
					}
					return Span{}
				}
			}
		}
		return Span{}
	}
	return Span{}
}

// resolveDocuments gives the quotes attributed to "the statement" (or
// another document: "the letter", "according to the statement") the one
// who put it out, as the text said just before: "a statement on behalf
// of Mrs Ellery's family" is the family's; "President Oskar Tamm said in
// a statement …" is Tamm's. The document must be named in the quote's
// paragraph or the two before it.
func (st *state) resolveDocuments() {
	for i := range st.raw {
		q := &st.raw[i]
		m := q.att.mention
		if q.drop || m.Len() < len("the x") {
			continue
		}
		if w := st.text[m.Start : m.Start+4]; w != "the " && w != "The " {
			continue
		}
		noun := st.text[m.Start+4 : m.End]
		part := ""
		if i := strings.LastIndex(noun, " of the "); i > 0 && textPart(noun[strings.LastIndexByte(noun[:i], ' ')+1:i]) {
			// "The final paragraph of the communique read:": the
			// communique's, read as "the communique"
			part, noun = q.speaker, noun[i+len(" of the "):]
		}
		if strings.IndexByte(noun, ' ') >= 0 || st.lx.noun(noun) != kindDocument {
			continue
		}
		ms := st.sentenceAt(m.Start)
		if ms < 0 {
			continue
		}
		if part != "" {
			q.speaker = noun // restored below if no one's is found
		}
		lo := st.doc.Paragraphs[max(0, st.doc.Sentences[ms].Paragraph-2)].Start
		at := strings.LastIndex(st.text[lo:m.Start], " "+noun)
		if at < 0 && lo > 0 {
			// "Norrland said in a filing to the exchange that …" eight
			// paragraphs before "…, the filing said": the one naming of
			// the document further back
			if far := strings.LastIndex(st.text[:lo], " "+noun); far >= 0 {
				lo, at = 0, far
			}
		}
		if at < 0 {
			if noun == "caption" || noun == "post" || noun == "tweet" {
				// "Reddy posted a photograph of his cast. “…,” the caption
				// read.": the one who posted it
				if w := st.posterBefore(st.doc.Paragraphs[max(0, st.doc.Sentences[ms].Paragraph-1)].Start, m.Start); w.Valid() {
					if name, role := st.resolveMention(w); name != "" {
						q.speaker, q.role = name, role
					}
				}
			}
			if part != "" && q.speaker == noun {
				q.speaker = part
			}
			continue
		}
		// the latest naming of the document that tells whose it is: "the
		// Office said in its annual report …. The report, titled …, runs
		// to 240 pages. According to the report, …" reads past the second
		for at >= 0 {
			at += lo + 1
			if st.documentAt(q, at, noun) {
				break
			}
			at = strings.LastIndex(st.text[lo:at], " "+noun)
		}
		if part != "" && q.speaker == noun {
			q.speaker = part // no one's: the part's words as they were
		}
	}
}

// textPart reports the nouns for a part of a text: "the final paragraph
// of the communique", "a passage of the report".
func textPart(w string) bool {
	switch w {
	case "paragraph", "paragraphs", "passage", "passages", "section", "sentence", "line", "lines", "page", "part", "clause", "wording", "text", "preamble", "conclusion":
		return true
	}
	return false
}

// documentAt gives q, attributed to the document noun, the speaker that
// the document's naming at byte at tells of: its issuer after "from" or
// "by", its writer, or whoever speaks in the sentence that names it ("…,
// the Office said in its annual report"). It reports whether it did.
func (st *state) documentAt(q *rawQuote, at int, noun string) bool {
	m := q.att.mention
	end := at + len(noun)
	rest := st.text[end:min(len(st.text), end+120)]
	// "a statement on behalf of Mrs Ellery's family", "a statement
	// from the ministry"
	found := false
	for _, by := range [...]string{" on behalf of ", " from ", " by ", " released by ", " issued by "} {
		if r, ok := strings.CutPrefix(rest, by); ok {
			toks := st.tokensIn(end+len(by), end+len(by)+min(len(r), 80))
			j := st.npForward(toks, 0)
			for k := 1; k < j; k++ {
				// not a verb after it: "from the finance department
				// placed on the table", "by the agency’s Office of
				// Internal Review found a backlog"
				if w := st.word(toks[k]); !capitalised(toks[k]) && (strings.HasSuffix(w, "ed") || irregularPast(w) || finite(w) || isPreposition(w) && w != "of") {
					j = k
					break
				}
			}
			b := 0
			for k := 0; k+1 < j && k < 3; k++ {
				if possessiveWord(st.word(toks[k])) && !capitalised(toks[k]) && capitalised(toks[k+1]) {
					b = k + 1 // "the agency’s Office of Internal Review": the office
				}
			}
			if j > b {
				if name, role := st.resolveMention(Span{toks[b].s, toks[j-1].e}); name != "" {
					q.speaker, q.role, found = name, role, true
				}
			}
			break
		}
	}
	if !found && (q.speaker == "" || q.speaker == noun) {
		// "she wrote a letter to every member of the board", "a letter
		// her mother had written to her": the one who wrote it
		if w := st.documentWriter(at, end); w.Valid() {
			if name, role := st.resolveMention(w); name != "" {
				q.speaker, q.role, found = name, role, true
			}
		}
	}
	if found || q.speaker != "" && q.speaker != noun {
		return true
	}
	// "In a statement …, campaign spokeswoman Tessa Morrow said …",
	// "Valdane wrote in the memo": whoever speaks in it, in the
	// sentence that names it ("The complaint alleges that Tull told
	// staff …" is not Tull's complaint)
	if !inDocument(st.text[max(0, at-32):at]) {
		return false
	}
	si := st.sentenceAt(at)
	for j := range st.raw {
		if o := &st.raw[j]; o != q && !o.drop && o.speaker != "" && o.speaker != noun && o.att.mention.Valid() && o.att.mention.End <= m.Start && st.sentenceAt(o.att.mention.Start) == si {
			q.speaker, q.role = o.speaker, o.role
			return true
		}
	}
	return false
}

// documentWriter returns the mention of whoever wrote the document whose
// noun is text[at:end]: the subject just before a verb of writing and
// the document's article ("she wrote a letter", "Ode sent a memo"), or
// the subject of a relative clause after the noun ("a letter her mother
// had written"). Else a zero span.
func (st *state) documentWriter(at, end int) Span {
	t := st.text
	if d, ds, p := prevWord(t, max(0, at-40), at); !p && (d == "a" || d == "an" || d == "the") {
		if v, vs, p2 := prevWord(t, max(0, ds-40), ds); !p2 && writingVerb(v) {
			// "Big Machine Records issued a statement", "she wrote a letter"
			return st.subjectOfVerbAt(vs)
		}
	}
	// "a letter her mother had written": a possessive and a noun, then
	// the verb
	after := t[end:min(len(t), end+48)]
	f := strings.Fields(after)
	if len(f) < 3 || f[0] != "her" && f[0] != "his" && f[0] != "their" {
		return Span{}
	}
	v := 2
	if f[2] == "had" || f[2] == "has" {
		v = 3
	}
	if v >= len(f) || !writingVerb(f[v]) {
		return Span{}
	}
	b := end + strings.Index(after, f[0])
	return Span{b, b + len(f[0]) + 1 + len(f[1])}
}

// posterBefore returns the subject of the latest "posted", "shared",
// "tweeted" or "uploaded" in text[lo:hi], outside quotes, or a zero span.
func (st *state) posterBefore(lo, hi int) Span {
	best := -1
	for _, v := range [...]string{" posted ", " shared ", " tweeted ", " uploaded "} {
		if i := strings.LastIndex(st.text[lo:hi], v); i >= 0 && lo+i+1 > best {
			best = lo + i + 1
		}
	}
	if best < 0 {
		return Span{}
	}
	return st.subjectOfVerbAt(best)
}

// subjectOfVerbAt returns the mention of the subject of the verb that
// starts at byte pos, its name alone when a role is set off after it
// ("Kwan, the band's drummer, posted") and with no day before it ("On
// Sunday Callum Reddy posted"), or a zero span.
func (st *state) subjectOfVerbAt(pos int) Span {
	si := st.sentenceAt(pos)
	if si < 0 {
		return Span{}
	}
	toks := st.sentenceToks(si)
	for v := 1; v < len(toks); v++ {
		if toks[v].s != pos {
			continue
		}
		var j int
		s, ok := st.npFrom(toks, v, 0, &j)
		if !ok {
			return Span{}
		}
		for s < v && toks[s].k == tWord && timeName(st.word(toks[s])) {
			s++
		}
		e := st.mentionAt(toks, s, v, 0, j)
		for k := s + 1; k <= e; k++ {
			if toks[k].k == tComma {
				e = k - 1
				break
			}
		}
		if e < s {
			return Span{}
		}
		return Span{toks[s].s, toks[e].e}
	}
	return Span{}
}

// writingVerb reports the past forms of verbs of writing or sending a
// document.
func writingVerb(w string) bool {
	switch w {
	case "wrote", "written", "sent", "penned", "signed", "issued", "published", "posted", "drafted", "emailed", "faxed", "mailed":
		return true
	}
	return false
}

// inDocument reports whether before, the words before a document's noun,
// end with "in" and its determiner, perhaps with a word or two between:
// "in a statement", "in a brief written statement", "in the memo".
func inDocument(before string) bool {
	var f [4]string // the last four words, latest first
	n := 0
	for rest := strings.TrimRight(before, " \n\t"); n < len(f) && rest != ""; n++ {
		i := strings.LastIndexAny(rest, " \n\t")
		f[n], rest = rest[i+1:], strings.TrimRight(rest[:max(i, 0)], " \n\t")
	}
	for k := 0; k < n; k++ {
		if f[k] == "in" || f[k] == "In" {
			d := ""
			if k > 0 {
				d = f[k-1]
			}
			return isDeterminer(d) || possessiveWord(d) || d == "his" || d == "her" || d == "its" || d == "their"
		}
	}
	return false
}

// orgBefore returns the organisation that "the <noun>" at pos stands for:
// the latest named before pos whose name ends in the noun ("the ministry"
// after "the Foreign Ministry"), or, for a noun any organisation is
// ("the group", "the organisation"), the latest named; else "".
func (st *state) orgBefore(pos int, noun string) string {
	generic := false
	switch noun {
	case "group", "organisation", "organization":
		generic = true
	case "company", "firm", "label", "studio":
		// a business's: "the company" after "the Safety Office said" is
		// still the firm recalling its fryers; "the label" after "Fennick
		// Music Group"
		return st.orgOfKind(pos, noun)
	}
	best, bestPos := -1, -1
	for _, m := range st.ments {
		if m.pos >= pos || m.pos <= bestPos {
			continue
		}
		if p := &st.people[m.who]; p.org && (generic || hasLowerSuffix(orgHead(p.name), noun) && len(p.name) > len(noun)) {
			best, bestPos = m.who, m.pos
		}
	}
	if best < 0 {
		if name := st.orgRunBefore(pos, noun, generic); name != "" {
			return name
		}
		if name := st.orgOfKind(pos, noun); name != "" {
			return name // "the group" after "Members of the Organisation of …"
		}
		if generic {
			return st.groupSubjectBefore(pos)
		}
		return ""
	}
	return st.people[best].name
}

// groupSubjectBefore returns the name that opens the sentence before the
// one holding pos, in its paragraph, as its subject, when nothing tells
// it is a person's (no title, no gender): "Ansar al-Wadi blamed the
// government. “…,” the group said." Else "".
func (st *state) groupSubjectBefore(pos int) string {
	si := st.sentenceAt(pos)
	if si < 1 || st.doc.Sentences[si-1].Paragraph != st.doc.Sentences[si].Paragraph {
		return ""
	}
	prev := st.doc.Sentences[si-1]
	i := st.mentionsBefore(prev.Start) // the first mention in it, which must open it
	if i >= st.mentionsBefore(prev.End) || st.ments[i].pos != prev.Start && (st.ments[i].pos != prev.Start+len("The ") || !strings.HasPrefix(st.text[prev.Start:], "The ")) {
		return ""
	}
	if p := &st.people[st.ments[i].who]; p.org || !p.strong && p.g == genderUnknown && p.role == "" {
		return p.name
	}
	return ""
}

// orgKind sorts organisations, and the nouns that stand for them, into
// public bodies, sports clubs, businesses, news media and bodies of
// members.
type orgKind uint8

const (
	orgNone orgKind = iota
	orgPublic
	orgClub
	orgBusiness
	orgMedia
	orgBody // a group of members: an alliance, a union, an association
	orgCare // a hospital or a clinic
	orgArts // an orchestra, a choir, a theatre company
)

// outcry reports whether the words before a quote end with a verb of
// shouting ("shouted", "called out"), after which an exclamation or a
// question in marks is what was shouted. A noun ("chants of ‘Bobby!’")
// leaves the quote inside the writer's sentence.
func outcry(before string) bool {
	before = strings.TrimRight(before, " ")
	i := strings.LastIndexByte(before, ' ')
	w := before[i+1:]
	if w == "out" {
		if i < 0 {
			return false
		}
		j := strings.LastIndexByte(before[:i], ' ')
		w = before[j+1 : i]
	}
	switch w {
	case "shouted", "shouting", "shouts", "yelled", "yelling", "yells", "cried", "screamed", "screaming",
		"chanted", "chanting", "called", "calling", "bellowed", "heckled", "asked", "asking":
		return true
	}
	return false
}

// nounKind returns the kind of organisation a noun after "the" stands for
// ("the agency", "the club", "the airline"), or orgNone.
func nounKind(noun string) orgKind {
	switch noun {
	case "agency", "regulator", "watchdog", "administration", "inspectorate", "bureau", "force":
		return orgPublic // and "the force" for a police force
	case "club", "team":
		return orgClub
	case "company", "firm", "airline", "carrier", "manufacturer", "maker", "retailer", "lender", "insurer", "chain", "brand", "automaker", "carmaker", "developer", "operator", "utility", "label", "studio":
		return orgBusiness
	case "broadcaster", "newspaper", "paper", "publisher", "outlet":
		return orgMedia
	case "group", "organisation", "organization", "alliance", "coalition", "association", "federation", "bloc", "movement", "union", "party", "league":
		return orgBody
	case "hospital", "clinic", "infirmary", "hospice":
		return orgCare
	case "orchestra", "choir", "ensemble", "philharmonic":
		return orgArts
	}
	return orgNone
}

// nameKind returns the kind of organisation a name is by its words: a
// public body's (Office, Agency, Authority, …), a club's last word (City,
// United, Rovers, FC, …), or else a business's.
func nameKind(name string) orgKind {
	if strings.IndexByte(name, ' ') < 0 {
		return orgNone // a word alone, of a longer name cut at its "and": "Transport"
	}
	for w := range strings.FieldsSeq(name) {
		switch w {
		case "Orchestra", "Philharmonic", "Sinfonia", "Choir":
			return orgArts // "Calderbrook Philharmonic"
		case "Hospital", "Infirmary", "Clinic", "Hospice":
			return orgCare // "Kell General Hospital"
		case "Medical":
			if last := name[strings.LastIndexByte(name, ' ')+1:]; last == "Center" || last == "Centre" {
				return orgCare // "St. Brendan’s Regional Medical Center", not "National Medical Devices Authority"
			}
		}
	}
	for w := range strings.FieldsSeq(name) {
		switch w {
		case "News", "Press", "Radio", "Television", "TV", "Times", "Post", "Herald", "Gazette", "Journal", "Tribune", "Chronicle", "Courier", "Daily",
			"Sentinel", "Globe", "Telegraph", "Observer", "Inquirer", "Examiner", "Dispatch", "Bulletin", "Reuters", "AP", "AFP", "Bloomberg":
			return orgMedia // "Xinhua News Agency" reports, it regulates nothing; "the company" is seldom the paper
		}
	}
	for w := range strings.FieldsSeq(name) {
		switch w {
		case "Office", "Agency", "Authority", "Commission", "Ministry", "Department", "Bureau", "Board", "Council", "Administration",
			"Inspectorate", "Regulator", "Court", "Tribunal", "Parliament", "Government", "Police", "Service", "Directorate", "Secretariat",
			"Investigations", "Enforcement", "Protection", "Patrol", "Guard", "Army", "Navy", "Forces":
			return orgPublic
		}
	}
	switch name[strings.LastIndexByte(name, ' ')+1:] {
	case "City", "United", "Rovers", "FC", "Athletic", "Wanderers", "Albion", "Town", "Rangers", "Celtic":
		return orgClub
	}
	switch first, rest, _ := strings.Cut(name, " "); first {
	case "FC", "AC", "AS", "SC", "CF", "SV", "VfB", "VfL", "TSV", "Real", "Deportivo", "Sporting", "Sportivo", "Atlético", "Atletico", "Club", "Olympique", "Dynamo", "Dinamo", "Racing", "Borussia", "Unión", "Independiente":
		// "Deportivo San Aurelio", "FC Hafenberg 1897": clubs as Europe
		// and Latin America name them
		return orgClub
	case "Liga", "Lega":
		if rest != "" {
			return orgBody // "Liga Pampeana": a league
		}
	}
	for w := range strings.FieldsSeq(name) {
		switch w {
		case "Organisation", "Organization", "Alliance", "Coalition", "Association", "Federation", "Union", "Movement", "Front", "League",
			"Network", "Forum", "Society", "Foundation", "Confederation", "Congress", "Bloc",
			"Workers", "Employees", "Teamsters", "Machinists": // "United Logistics Workers": a union, whatever trade it names
			return orgBody
		}
	}
	for w := range strings.FieldsSeq(name) {
		if businessWord(w) {
			return orgBusiness
		}
	}
	if strings.Contains(name, " & ") {
		return orgBusiness // "Kessler & Roan", "Western Ridge Power & Light"
	}
	return orgNone // a place ("Port Ellery") or a body of no kind told
}

// businessWord reports the words that make a name a business's: "Home
// Appliances", "Coastline Air", "Varn Holdings".
func businessWord(w string) bool {
	switch w {
	case "Company", "Co.", "Corporation", "Corp.", "Inc.", "Inc", "Ltd.", "Ltd", "LLC", "PLC", "plc", "AG", "SA", "Group", "Holdings",
		"Airlines", "Airways", "Air", "Motors", "Automotive", "Aerospace", "Bank", "Bancorp", "Financial", "Securities", "Investments", "Capital",
		"Partners", "Associates", "Insurance", "Assurance", "Foods", "Beverages", "Brewery", "Bakery", "Energy", "Petroleum", "Oil", "Gas",
		"Electric", "Utilities", "Systems", "Technologies", "Software", "Networks", "Robotics", "Electronics", "Appliances",
		"Industries", "Manufacturing", "Products", "Brands", "Retail", "Stores", "Pharmaceuticals", "Pharma", "Therapeutics", "Biotech",
		"Logistics", "Shipping", "Lines", "Ferries", "Railways", "Telecom", "Communications", "Media", "Entertainment", "Studios", "Pictures",
		"Records", "Productions", "Films", "Interactive", "Broadcasting", "Publishers", "Publishing", "Books", "Steel", "Mining", "Minerals", "Resources", "Chemicals", "Chemical", "Construction", "Developments", "Developers",
		"Buses", "Transport", "Trains", "Freight", "Cargo", "Couriers", "Haulage", "Devices", "Semiconductor", "Semiconductors", "Supermarkets", "Apparel",
		"Properties", "Estates", "Homes", "Hotels", "Resorts", "Ventures", "Enterprises", "Solutions", "Labs", "Laboratories",
		"Engineering", "Contractors", "Builders", "Water", "Power", "Telecoms", "Metals",
		"Dairies", "Dairy", "Creamery", "Creameries", "Farms", "Mills", "Bakeries", "Breweries", "Distillery", "Distilleries", "Vineyards", "Wines", "Fisheries", "Seafoods", "Meats", "Poultry", "Textiles", "Garments":
		return true
	}
	return false
}

// orgOfKind returns the latest organisation named before pos, as a
// mention or a name run, of the kind the noun stands for ("the agency"
// after "the National Product Safety Office said"), or "".
func (st *state) orgOfKind(pos int, noun string) string {
	k := nounKind(noun)
	if k == orgNone {
		return ""
	}
	fits := func(n string) bool {
		// "the group" is a body of members or a firm called a group
		if nameKind(n) == k || noun == "group" && strings.HasSuffix(n, " Group") {
			return true
		}
		// "Big Machine" after "Big Machine Records": the firm's short name
		for i := range st.people {
			if p := &st.people[i]; p.org && len(p.name) > len(n)+1 && p.name[len(n)] == ' ' && strings.HasPrefix(p.name, n) && nameKind(p.name) == k {
				return true
			}
		}
		return false
	}
	// an opponent or a former club ("a defeat by Real Cantera", "arrived
	// from Uruguayan side Atlético Bañados") is not "the club" the
	// article is about
	other := func(at int) bool {
		if k != orgClub {
			return false
		}
		w := lastWordOf(st.text[max(0, at-16):at])
		return isPreposition(w) || w == "side" || w == "rivals" || w == "champions" || w == "over" || w == "against"
	}
	name, at := "", -1
	for _, m := range st.ments {
		if p := &st.people[m.who]; m.pos < pos && m.pos > at && p.org && (fits(p.name) || st.orgKindBefore(m.pos) == k || st.appositiveKindAt(m.pos, p.name) == k) && !st.affiliation(m.pos) && !other(m.pos) {
			name, at = p.name, m.pos
		}
	}
	for i := range st.found.runs {
		r := &st.found.runs[i]
		if r.e > pos || r.s <= at || !r.np.org || len(r.np.name) == 0 || other(r.s) {
			continue
		}
		// the run whole: an organisation's parse may keep fewer words
		if n := strings.TrimPrefix(st.text[r.s:r.e], "The "); fits(n) && (k == orgCare || !st.affiliation(r.s)) { // "in fair condition at St. Brendan’s …": where, not who one works for
			name, at = n, r.s
		}
	}
	return name
}

// appositiveKindAt is the kind of organisation the appositive after the
// mention of name at pos calls it ("Arden Dynamics, a privately held
// manufacturer,"), or orgNone.
func (st *state) appositiveKindAt(pos int, name string) orgKind {
	if !strings.HasPrefix(st.text[pos:], name) {
		return orgNone
	}
	_, k := st.orgAppositiveNoun(pos + len(name))
	return k
}

// affiliation reports whether the organisation named at byte pos is
// where someone works or who owns something ("an analyst at Tilden
// Partners", "owned by the equity firm Pellworth Capital"), which "the
// company" does not stand for: the word before it, past "the" and a
// lower-case noun or two, is at, or with after a noun of no meeting or
// deal ("analyst with", not "talks with" nor "jointly with"), or by after
// owned, backed and the like.
func (st *state) affiliation(pos int) bool {
	t := st.text
	j := pos
	for range 6 {
		for j > 0 && t[j-1] == ' ' {
			j--
		}
		i := j
		for i > 0 && t[i-1] != ' ' && t[i-1] != '\n' {
			i--
		}
		switch w := t[i:j]; w {
		case "at":
			return true
		case "with":
			// "an analyst with Tilden Partners", not "announced jointly
			// with the Safety Commission" nor "talks with the union"
			switch p, _, _ := prevWord(t, 0, i); p {
			case "together", "along", "talks", "meeting", "meetings", "agreement", "deal", "partnership", "cooperation", "consultation", "coordination":
				return false
			default:
				return !isAdverb(p)
			}
		case "by":
			// "owned by", "backed by"; not "announced by Northsound Ferries"
			switch p, _, _ := prevWord(t, 0, i); p {
			case "owned", "backed", "acquired", "bought", "controlled", "funded", "financed":
				return true
			}
			return false
		case "the", "private", "equity", "firm", "investment", "group", "fund", "bank":
			j = i // "by the private equity firm"
			continue
		}
		return false
	}
	return false
}

// orgRunBefore is orgBefore for an organisation the article names but
// no quote has credited yet ("the Illinois Board of Elections ruled … the
// board said"): the latest name run read as an organisation before pos
// whose name ends in the noun. A generic noun ("the company") is left
// alone: the firm an article is about is often named by one word that
// reads as no organisation, and another firm named later would be taken.
func (st *state) orgRunBefore(pos int, noun string, generic bool) string {
	name := ""
	near := 0 // a generic noun ("the group") stands for a body named in its paragraph or the one before
	if generic {
		if si := st.sentenceAt(pos); si >= 0 {
			pi := st.doc.Sentences[si].Paragraph
			near = st.doc.Paragraphs[max(pi-1, 0)].Start
		}
	}
	for i := range st.found.runs {
		r := &st.found.runs[i]
		if r.e > pos || !r.np.org || len(r.np.name) == 0 {
			continue
		}
		n := st.text[r.np.name[0].s:r.np.name[len(r.np.name)-1].e]
		if !generic && hasLowerSuffix(orgHead(n), noun) && len(n) > len(noun) || generic && r.s >= near && nameKind(n) != orgMedia {
			name = n
		}
	}
	return name
}

// orgHead returns an organisation's name up to what it goes on with after
// of, for or on: "Foreign Ministry" of "Foreign Ministry of Varnia".
func orgHead(name string) string {
	for _, sep := range [...]string{" of ", " for ", " on "} {
		if i := strings.Index(name, sep); i > 0 {
			name = name[:i]
		}
	}
	return name
}

// resolveGroups gives the quotes attributed to "they" the group that
// groupBefore finds, once reported speech has been found too.
func (st *state) resolveGroups() {
	for i := range st.raw {
		q := &st.raw[i]
		if q.drop || !q.hasAtt || q.speaker != "" || !q.att.mention.Valid() {
			continue
		}
		m := st.text[q.att.mention.Start:q.att.mention.End]
		w, ok := strings.CutPrefix(m, "the ")
		if !ok {
			w, ok = strings.CutPrefix(m, "The ") // "The statement went on: “…”"
		}
		if ok && st.lx.noun(w) == kindDocument {
			// "“…,” the statement said": the statement of whoever spoke
			// last, or of whoever a sentence just before says put it out
			// ("The firm denied the claims in a statement.")
			if q.speaker, q.role = st.groupBefore(q, true); q.speaker == "" {
				q.speaker, q.role = st.documentIssuer(q, w)
			}
			continue
		}
		switch m {
		case "they", "They", "their", "Their":
			if q.speaker, q.role = st.groupBefore(q, false); q.speaker == "" && q.kind == Direct {
				// "Big Machine have twice denied it. ¶ “…,” they said in
				// a statement": with no group before, the name that opens
				// the sentence before, a firm written in the plural or a
				// person who goes by "they"
				q.speaker, q.role = st.nameSubjectBefore(q.pieces[0].os)
			}
		case "One", "Another":
			// "Western diplomats said … One described it as “…”": one
			// of the group, a plural common noun
			if sp, role := st.groupBefore(q, false); strings.HasSuffix(sp, "s") && !unicode.IsUpper(rune(sp[strings.LastIndexByte(sp, ' ')+1])) {
				q.speaker, q.role = sp, role
			}
		case "it", "It", "its", "Its":
			// "it feels like", "it confirms the firm is slow": an "it"
			// that stands for no organisation reports no one's words
			if si := st.sentenceAt(q.att.mention.Start); si >= 0 && st.doc.Sentences[si].Start == q.att.mention.Start {
				// "Under the law, the union must give Carrow Freight 14
				// days' notice. It said …": the body the sentence before
				// has as its subject, before one named later in it
				q.speaker, q.role = st.bodySubjectBefore(q.att.mention.Start)
				if sp := q.speaker; sp != "" && sp[0] >= 'a' && sp[0] <= 'z' && strings.IndexByte(sp, ' ') < 0 {
					if name := st.orgBefore(q.att.mention.Start, sp); name != "" {
						q.speaker = name // "the union": the one named before
					}
				}
			}
			if q.speaker == "" {
				q.speaker, q.role = st.groupBefore(q, true)
			}
			if q.speaker == "" {
				// "…,'' the report says. ¶ It also points out that …": the
				// document the quote before is attributed to
				q.speaker = st.documentQuotedBefore(q)
			}
			if q.speaker == "" {
				// "Solm's memo is unusually frank. It describes the tests
				// as …": the document the sentence before opens with
				q.speaker = st.documentBefore(q.att.mention.Start)
			}
			if q.speaker == "" {
				// "the Veltaran ministry released a statement of its own.
				// “…,” it said.": the body the sentence before opens with
				q.speaker, q.role = st.bodySubjectBefore(q.att.mention.Start)
			}
			if q.speaker == "" {
				// "The council on Friday spoke of what it called “…”": the
				// body its own sentence opens with
				q.speaker, q.role = st.bodySubjectOwn(q.att.mention.Start)
			}
			if q.speaker == "" {
				// "Boeing is one of the bidders … In a statement, it said
				// …": the name the sentence before opens with, when it is
				// no man's or woman's
				if name, role := st.nameSubjectBefore(q.pieces[0].os); name != "" && !st.gendered(name) {
					q.speaker, q.role = name, role
				}
			}
			if q.speaker == "" && q.kind == Indirect && q.att.mention.Start >= q.end() {
				// "The strike cost Vantor about 180 million crowns, it said
				// in a filing": the body the reported clause names, by its
				// name or its first word
				q.speaker = st.orgNamedIn(q.start(), q.end())
			}
			if q.speaker == "" {
				// "… driven by the Verde Basin Authority, the wholesaler
				// that supplies water. It said …": the body named last in
				// the sentence before, in its paragraph, as no subject
				q.speaker = st.bodyInSentenceBefore(q.att.mention.Start)
			}
			if q.speaker == "" && q.kind != Direct {
				q.drop = true
			}
		}
	}
}

// bodyInSentenceBefore returns the name of the body named last in the
// sentence before the one holding pos, in its paragraph, unless it is a
// news outlet (a dateline's agency), or "".
func (st *state) bodyInSentenceBefore(pos int) string {
	si := st.sentenceAt(pos)
	if si < 1 || st.doc.Sentences[si-1].Paragraph != st.doc.Sentences[si].Paragraph {
		return ""
	}
	if r := st.lastOrgRun(st.doc.Sentences[si-1].Start, st.doc.Sentences[si-1].End); r.Valid() {
		if name, _ := st.resolveMention(r); name != "" && nameKind(name) != orgMedia {
			return name
		}
	}
	return ""
}

// orgNamedIn returns the organisation the text between s and e names,
// the first of them, by its whole name or the first word of a name of
// several ("Vantor" for "Vantor Motors"); else "".
func (st *state) orgNamedIn(s, e int) string {
	t := st.text[s:e]
	best, at := "", len(t)
	try := func(name string) {
		for _, n := range [...]string{name, name[:max(0, strings.IndexByte(name, ' '))]} {
			if len(n) < 3 {
				continue
			}
			if k := strings.Index(t, n); k >= 0 && k < at && (k+len(n) == len(t) || !isLetter(rune(t[k+len(n)]))) && (k == 0 || t[k-1] == ' ') {
				best, at = name, k
			}
		}
	}
	for i := range st.people {
		if p := &st.people[i]; p.org && len(p.name) >= 3 {
			try(p.name)
		}
	}
	for i := range st.found.runs {
		// a body's name read as a run but registered as no one
		// ("Workers at Vantor Motors will return")
		if r := &st.found.runs[i]; r.np.org && r.s < s {
			try(strings.TrimPrefix(st.text[r.s:r.e], "The "))
		}
	}
	return best
}

// bodySubjectBefore returns the organisation that the subject of the
// sentence before the one at pos names with a determiner and a body's
// noun ("the Veltaran ministry", "The company"), perhaps after an
// opening phrase, or "".
func (st *state) bodySubjectBefore(pos int) (string, string) {
	si := st.sentenceAt(pos)
	if si < 1 || st.doc.Sentences[si-1].Paragraph < st.doc.Sentences[si].Paragraph-1 {
		return "", ""
	}
	return st.bodySubject(si-1, st.doc.Sentences[si-1].End)
}

// bodySubjectOwn returns the organisation that the subject of the
// sentence holding pos names, before pos, with a determiner and a body's
// noun: "The council on Friday spoke of what it called “…”". Else "".
func (st *state) bodySubjectOwn(pos int) (string, string) {
	si := st.sentenceAt(pos)
	if si < 0 {
		return "", ""
	}
	return st.bodySubject(si, pos)
}

// bodySubject returns the organisation that the subject of sentence si
// names with a determiner and a body's noun, ending before byte end, or
// "".
func (st *state) bodySubject(si, end int) (string, string) {
	toks := st.sentenceToks(si)
	b := 0
	if start := st.subjectStart(si); start > st.doc.Sentences[si].Start {
		for b < len(toks) && toks[b].s < start {
			b++
		}
	}
	if b == 0 && len(toks) > 0 && !isDeterminer(strings.ToLower(st.word(toks[0]))) {
		for c := 1; c < len(toks) && c < 8; c++ {
			if toks[c].k == tComma {
				b = c + 1 // "Late on Tuesday, the ministry …"
				break
			}
		}
	}
	if b+1 >= len(toks) || !isDeterminer(strings.ToLower(st.word(toks[b]))) {
		return "", ""
	}
	for e := b + 1; e < len(toks) && e <= b+6 && (toks[e].k == tWord || st.nameJoint(toks, e)); e++ {
		if toks[e].k != tWord {
			continue // "the Kell Teachers’ Union"
		}
		if st.orgHead(strings.ToLower(st.word(toks[e]))) {
			for capitalised(toks[e]) && e+1 < len(toks) && toks[e+1].k == tWord && capitalised(toks[e+1]) {
				e++ // "The Daily Ledger": the whole name, not its "Daily"
			}
			if !capitalised(toks[e]) && e+1 < len(toks) && toks[e+1].k == tWord && !capitalised(toks[e+1]) && st.orgHead(st.word(toks[e+1])) {
				e++ // "the harbour board": its head, not "harbour"
			}
			if toks[e].e > end {
				return "", ""
			}
			if k := e + 1; k+2 < len(toks) && toks[k].k == tComma {
				// "The Calverian counter-intelligence agency, the State
				// Security Service, later released …": the name set off
				// after the noun
				if st.word(toks[k+1]) == "the" {
					k++
				}
				n := k + 1
				for n < len(toks) && toks[n].k == tWord && capitalised(toks[n]) {
					n++
				}
				if n-(k+1) >= 2 && n < len(toks) && toks[n].k == tComma && toks[n-1].e <= end {
					return st.text[toks[k+1].s:toks[n-1].e], ""
				}
			}
			return st.resolveMention(Span{toks[b].s, toks[e].e})
		}
	}
	return "", ""
}

// orgHead reports whether the lower-case word w names a body: a title of
// the organisation kind ("ministry") or an organisation's noun ("board").
func (st *state) orgHead(w string) bool {
	ti, ok := st.lx.title(w)
	return ok && ti.kind == kindOrg || nounKind(w) != orgNone || w == "campaign" // "The Haldane campaign"
}

// documentBefore returns the document noun ("memo", "report") that one of
// the two sentences before the one at pos opens with, within its first
// four words ("The memo", "Solm's memo"), or "".
// documentQuotedBefore returns the speaker of the quote that ends last
// before q, in q's paragraph or the one before, when that speaker is a
// document ("report", "study"); else "".
func (st *state) documentQuotedBefore(q *rawQuote) string {
	best, end := -1, -1
	for i := range st.raw {
		p := &st.raw[i]
		if p.drop || p.end() > q.start() || p.end() <= end || p.para < q.para-1 || p.speaker == "" && !p.att.mention.Valid() {
			continue
		}
		best, end = i, p.end()
	}
	if best < 0 {
		return ""
	}
	p := &st.raw[best]
	w := p.speaker
	if w == "" {
		// "the report says", not yet given its speaker (documentsSpeak)
		m := st.text[p.att.mention.Start:p.att.mention.End]
		if w, _ = strings.CutPrefix(m, "the "); w == m {
			w, _ = strings.CutPrefix(m, "The ")
		}
	}
	if strings.IndexByte(w, ' ') >= 0 || st.lx.noun(w) != kindDocument {
		return ""
	}
	return strings.ToLower(w)
}

func (st *state) documentBefore(pos int) string {
	si := st.sentenceAt(pos)
	for k := si - 1; k >= 0 && k >= si-2; k-- {
		if st.doc.Paragraphs[st.doc.Sentences[k].Paragraph].Kind == Heading {
			break
		}
		toks := st.sentenceToks(k)
		for j := 0; j < len(toks) && j < 4 && toks[j].k == tWord; j++ {
			w := st.word(toks[j])
			if isPreposition(w) {
				break // "In the memo, Solm …": not the subject
			}
			if st.lx.noun(w) == kindDocument {
				return strings.ToLower(w)
			}
		}
	}
	return ""
}

// resolveDescribed gives "he" or "she" the speaker of the quote just
// before it when that speaker is someone described, not named ("One
// witness, who asked not to be named, said she had been queueing …
// “Two of them were pushing,” she said."), and no one is named between
// the two: the pronoun is that witness, not the person named last.
func (st *state) resolveDescribed() {
	// an article that gives no quote to he or she is not sorted and walked
	pronoun := false
	for i := range st.raw {
		q := &st.raw[i]
		if q.drop || !q.hasAtt || !q.att.mention.Valid() {
			continue
		}
		if g, ok := isPronoun(st.text[q.att.mention.Start:q.att.mention.End]); ok && g != genderPlural {
			pronoun = true
			break
		}
	}
	if !pronoun {
		return
	}
	order := st.order[:0] // scratch: finish fills it anew
	for i := range st.raw {
		if q := &st.raw[i]; !q.drop && q.hasAtt && q.att.mention.Valid() {
			order = append(order, int32(i))
		}
	}
	st.order = order
	st.sortByMention(order)
	// described is the index in st.raw of the latest quote by someone
	// described; whether the latest other quote, last, is one is asked
	// only when a he or she follows it
	described, last := int32(-1), int32(-1)
	for _, i := range order {
		q := &st.raw[i]
		m := q.att.mention
		switch st.text[m.Start:m.End] {
		case "he", "He", "she", "She":
			if last >= 0 {
				if l := &st.raw[last]; st.describedSpeaker(l, st.text[l.att.mention.Start:l.att.mention.End]) {
					described = last
				}
				last = -1
			}
			if described >= 0 {
				d := &st.raw[described]
				dm := d.att.mention
				g, _ := isPronoun(st.text[m.Start:m.End])
				if q.pieces[0].para-d.pieces[0].para <= 1 && st.mentionsBefore(m.Start) == st.mentionsBefore(dm.End) && st.genderFits(d.speaker, st.text[m.Start:m.End]) &&
					st.roleSubjectBefore(m.Start, g, -1) < 0 { // not after "…, the singer laughed.", whose role is someone named
					q.speaker, q.role = d.speaker, d.role
					continue
				}
			}
			described = -1
		default:
			described, last = -1, i
		}
	}
}

// sortByMention sorts order, indices of quotes in st.raw in increasing
// order, by where their mentions start, ties in index order. st.raw holds
// the quotes in text order, then the reported speech in text order: an
// insertion sort merges a few of them fast, on keys that hold a start in
// their high half and an index in their low half, so that no comparison
// reads the quotes; many are sorted in n log n.
func (st *state) sortByMention(order []int32) {
	byStart := func(a, b int32) int { return cmp.Compare(st.raw[a].att.mention.Start, st.raw[b].att.mention.Start) }
	if len(order) > 64 {
		slices.SortFunc(order, byStart)
		return
	}
	if uint64(len(st.text)) > math.MaxUint32 { // a start needs more than the high half
		slices.SortStableFunc(order, byStart)
		return
	}
	var buf [64]uint64
	keys := buf[:len(order)]
	for i, x := range order {
		k := uint64(st.raw[x].att.mention.Start)<<32 | uint64(x)
		j := i
		for j > 0 && keys[j-1] > k {
			keys[j] = keys[j-1]
			j--
		}
		keys[j] = k
	}
	for i, k := range keys {
		order[i] = int32(uint32(k))
	}
}

// describedSpeaker reports whether the quote q, whose mention mt is no
// pronoun, is by someone described and not named ("One witness", "The
// mayor" when no one is named just before), or named by one word that is
// no name the name finder met ("Teodor"): a he or she after it may stand
// for that speaker (resolveDescribed). It reads no speaker resolveDescribed
// sets, so the walk may ask it late, once a he or she follows q.
func (st *state) describedSpeaker(q *rawQuote, mt string) bool {
	if q.speaker == "" {
		return false
	}
	if c := mt[0] | 0x20; c == 'o' || c == 'a' || c == 't' || c == 'h' { // One, A, An, Another, The, His, Her; a, an, one after the words
		if st.describedPerson(mt, strings.HasPrefix(mt, "The ") && st.namedJustBefore(q)) && (!st.namedPerson(q.speaker) || c == 'h' || !st.scannedPerson(q.speaker)) {
			// "His daughter said …" stands for the one named so before
			// ("His daughter, Clara Salomir,"), and she for her after it;
			// so does "A woman, who gave her name only as Leyla," for a
			// name the name finder did not meet
			return true
		}
	}
	return mt == q.speaker && loneCapital(mt) && !st.scannedPerson(q.speaker) && !st.orgNamed(q.speaker)
}

// joinedOrgStart returns where a body's name starts when mention m is the
// part of it after an "and" ("Customs Enforcement" of "Immigration and
// Customs Enforcement", "Human Services" of "Health and Human
// Services"): m is capitalised words that name a public body, a business
// or a body of members, and one to three capitalised words stand before
// the "and". Else it returns m.Start.
func (st *state) joinedOrgStart(m Span) int {
	t := st.text
	if m.Start < 6 || t[m.Start-5:m.Start] != " and " || !capByte[t[m.Start]] {
		return m.Start
	}
	name := t[m.Start:m.End]
	if strings.IndexByte(name, ' ') < 0 {
		return st.linkedOrgStart(m.Start)
	}
	switch k := nameKind(name); {
	case k == orgClub:
		return m.Start
	case k == orgNone:
		switch name[strings.LastIndexByte(name, ' ')+1:] {
		case "Services", "Affairs", "Security", "Development":
		default:
			return m.Start
		}
	}
	for w := range strings.FieldsSeq(name) {
		if !capByte[w[0]] {
			return m.Start
		}
	}
	s, start := m.Start-5, m.Start // s: the space before the word read next
	for n := 0; n < 3; {
		b := strings.LastIndexAny(t[:s], " \n\t") + 1
		w := t[b:s]
		if w == "of" && start < m.Start && b > 1 && t[b-1] == ' ' {
			// "Department of Health": read on when a capital stands before "of"
			if p := strings.LastIndexAny(t[:b-1], " \n\t") + 1; p < b-1 && capByte[t[p]] {
				s = b - 1
				continue
			}
		}
		if w == "" || !capByte[w[0]] || w == "The" || strings.ContainsAny(w, ",.;:\"“”") {
			break
		}
		if _, given := st.lx.firstName(w); given || st.known(w) {
			return m.Start // "Ode met Lund and Varn Holdings said": a person first
		}
		start, n = b, n+1
		if b == 0 || t[b-1] != ' ' {
			break
		}
		s = b - 1
	}
	if start == m.Start {
		return m.Start
	}
	if before := t[start : m.Start-5]; nameKind(before) != orgNone && nameKind(name) != orgNone || st.orgNamed(before) || strings.HasSuffix(before, "Nations") {
		// "United Nations and European Union", "Ministry of Defence and
		// Coast Guard Command": two bodies, each named whole
		return m.Start
	}
	return start
}

// nameSetOffAfter returns the name set off between commas right after
// the mention m of "the" and a role, past a portfolio of capitalised
// words after "for" or "of": "the minister for petroleum, Bea Lund,",
// "the Vice-Chancellor, Prof. (Mrs.) Theodora Mensah,". The name is two
// to four capitalised words after honorifics, and opens with no role.
func (st *state) nameSetOffAfter(m Span) (Span, bool) {
	t := st.text
	if m.End-m.Start < len("the x") || m.End+4 >= len(t) || t[m.Start]|0x20 != 't' && t[m.Start]|0x20 != 'h' {
		return Span{}, false
	}
	switch mt := t[m.Start:m.End]; {
	case strings.HasPrefix(mt[1:], "he "), strings.HasPrefix(mt[1:], "is "), strings.HasPrefix(mt[1:], "er "), strings.HasPrefix(mt[1:], "heir "):
		// "the …", and "his lawyer, Jocelyn Tremaine, said"
	default:
		return Span{}, false
	}
	i := m.End
	if strings.HasPrefix(t[i:], " for ") || strings.HasPrefix(t[i:], " of ") {
		// the portfolio, up to six words: "for Petroleum", "for Health
		// and Human Services", "for petroleum"
		i = strings.IndexByte(t[i+1:], ' ') + i + 2
		for n := 0; n < 6 && i < len(t) && t[i] != '\n'; n++ {
			j := strings.IndexAny(t[i:], " ,")
			if j < 0 {
				return Span{}, false
			}
			i += j
			if t[i] == ',' {
				break
			}
			i++
		}
	}
	if !strings.HasPrefix(t[i:], ", ") {
		return Span{}, false
	}
	s := i + 2
	e := strings.IndexByte(t[s:min(len(t), s+70)], ',')
	if e < 0 {
		return Span{}, false
	}
	e += s
	end := e // where the name ends: before "of" and the body it is with ("Jocelyn Tremaine of the Immigrant Rights Center")
	if o := strings.Index(t[s:e], " of "); o > 0 {
		end = s + o
	}
	words, names := 0, 0
	for f := range strings.FieldsSeq(t[s:end]) {
		words++
		if ti, ok := st.lx.title(strings.Trim(f, "()")); ok && (ti.kind == kindHonorific || ti.kind == kindTitle) && names == 0 {
			continue // "Dr", "Prof.", "(Mrs.)", "Senator"
		}
		if r, _ := utf8.DecodeRuneInString(f); !isUpper(r) || strings.ContainsAny(f, "“”\"") {
			return Span{}, false
		}
		if ti, ok := st.lx.title(f); ok && names == 0 && ti.kind != kindHonorific {
			return Span{}, false // "the minister, Deputy Premier …": read elsewhere
		}
		names++
	}
	if names < 2 || names > 4 || words > 7 {
		return Span{}, false
	}
	// the sentence goes on with the role's verb ("…, Bea Lund, defended")
	// or a relative clause; after "according to" only a relative clause
	// tells that the name is the role's ("According to the police, Ana
	// Ode, a teacher, was arrested" names the one arrested)
	if e+2 >= len(t) || t[e+1] != ' ' || t[e+2] < 'a' || t[e+2] > 'z' {
		return Span{}, false
	}
	if w, _, _ := prevWord(t, max(0, m.Start-30), m.Start); isPrepositionAnyCase(w) && w != "of" && !strings.HasPrefix(t[e+2:], "who ") {
		return Span{}, false
	}
	return Span{s, end}, true
}

// memberBefore returns the name of a person that stands before "of the",
// "for the", "at the" or "from the" and the body's name at pos ("Bea Lund
// of the Department of …"): capitalised words that a given name opens
// or whose last is a surname named before.
func (st *state) memberBefore(pos int) (Span, bool) {
	t := st.text
	b := pos
	for _, w := range [...]string{"the ", "The "} {
		if strings.HasSuffix(t[:b], w) {
			b -= len(w)
			break
		}
	}
	if b == pos || b < 2 || t[b-1] != ' ' {
		return Span{}, false
	}
	j := strings.LastIndexByte(t[:b-1], ' ') + 1
	switch t[j : b-1] {
	case "of", "for", "at", "from":
	default:
		return Span{}, false
	}
	e := j - 1
	if e < 1 || t[e] != ' ' {
		return Span{}, false
	}
	s, at := e, e // at: where the name read so far starts
	for range 4 {
		k := strings.LastIndexAny(t[:s], " \n\t") + 1
		if w := t[k:s]; w == "" || !capByte[w[0]] || strings.ContainsAny(w, ",;:\"“”") {
			break
		}
		at = k
		if k == 0 || t[k-1] != ' ' {
			break
		}
		s = k - 1
	}
	if at >= e {
		return Span{}, false
	}
	first, _, _ := strings.Cut(t[at:e], " ")
	last := t[strings.LastIndexByte(t[at:e], ' ')+1+at : e]
	if _, given := st.lx.firstName(first); !given && !st.known(last) {
		return Span{}, false
	}
	return Span{at, e}, true
}

// linkedOrgStart returns where a body's name starts when the one word at
// pos, after " and ", ends a name whose body's word and "of" or "for"
// stand before the "and" ("Fisheries" of "Ministry of Agriculture and
// Fisheries", "Residence" of "Department for Borders and Residence"),
// reading back up to three capitalised words on each side of the link.
// Else it returns pos.
func (st *state) linkedOrgStart(pos int) int {
	t := st.text
	s := pos - 5 // the space before the word read next
	word := func() (string, int) {
		b := strings.LastIndexAny(t[:s], " \n\t") + 1
		return t[b:s], b
	}
	linked, start := false, pos
	for n := 0; n < 7 && s > 0; n++ {
		w, b := word()
		if !linked && (w == "of" || w == "for") && start < pos {
			linked = true
		} else if w == "" || !capByte[w[0]] || w == "The" || strings.ContainsAny(w, ",.;:\"“”’'") {
			break
		} else if linked {
			if ti, ok := st.lx.title(w); ok && ti.kind == kindOrg {
				start = b // the body's word: "Ministry", "Department"
			}
		} else {
			if _, given := st.lx.firstName(w); given || st.known(w) {
				return pos // "Ode met Lund and Varn said": a person first
			}
			start = b
		}
		if b == 0 || t[b-1] != ' ' {
			break
		}
		s = b - 1
	}
	if !linked || start >= pos {
		return pos
	}
	if w, _, _ := strings.Cut(t[start:], " "); w == "of" || w == "for" {
		return pos // no body's word before the link
	} else if ti, ok := st.lx.title(w); !ok || ti.kind != kindOrg {
		return pos // "Lund of Agriculture and Fisheries"
	}
	return start
}

// genderFits reports whether the pronoun he or she may stand for the
// speaker name: a name whose given name tells the other gender does not
// fit; a described speaker ("One witness") or a name that tells none does.
func (st *state) genderFits(name, pronoun string) bool {
	want, _ := isPronoun(pronoun)
	// a description's head before its phrase: "man near the back of the
	// hall" is a man
	for w := range strings.FieldsSeq(name) {
		if isPreposition(w) {
			break
		}
		if ti, ok := st.lx.title(w); ok && (ti.kind == kindRole || ti.kind == kindTitle) && ti.gender != genderUnknown && ti.gender != want {
			return false
		}
	}
	given, _, full := strings.Cut(name, " ")
	if !full {
		return true
	}
	g, _ := st.lx.firstName(given)
	return g == genderUnknown || g == want
}

// givenNameAfter returns the name that a relative clause set off right
// after mention m gives the person it describes: ", who gave her name
// only as Leyla,", ", who was identified only as Lina,". m opens with
// "A" or "An".
func (st *state) givenNameAfter(m Span) (Span, bool) {
	t := st.text
	// "A woman …, who gave her name only as Leyla,", "said a retired
	// teacher who gave her name only as Monika"
	who := ", who "
	if !strings.HasPrefix(t[m.End:], who) {
		who = " who "
	}
	if m.End-m.Start < 4 || !strings.HasPrefix(t[m.End:], who) {
		return Span{}, false
	}
	if t[m.Start] != 'A' && t[m.Start] != 'a' {
		// "A commander of the Sulvan Defence Council, who gave his name
		// only as Abu Karim,": the body the person is of
		before := t[max(0, m.Start-40):m.Start]
		i := strings.LastIndex(before, "A ")
		if i < 0 || !strings.HasSuffix(before, " of ") || strings.ContainsAny(before[i:], ",.;") {
			return Span{}, false
		}
	}
	rest := t[m.End:min(len(t), m.End+90)]
	i := -1
	for _, k := range [...]string{" name only as ", " name as ", " identified only as ", " identified as ", " only his surname, ", " only her surname, ", " only his first name, ", " only her first name, ", " his surname, ", " her surname, "} {
		if j := strings.Index(rest, k); j > 0 && !strings.ContainsAny(rest[len(who):j], ",.;") {
			i = j + len(k)
			break
		}
	}
	if i < 0 || i >= len(rest) || !capByte[rest[i]] {
		return Span{}, false
	}
	e := i
	for e < len(rest) && (wordByte[rest[e]] || rest[e] >= 0x80) {
		e++
	}
	return Span{m.End + i, m.End + e}, true
}

// roleOfPlace returns the index of "of" when a mention is "The", a
// capitalised title or role, "of" and a place that opens with no given
// name ("The Chief Electoral Officer of Sahyagiri", not "The Chief of
// Police Ana Ode"), else -1.
func (st *state) roleOfPlace(toks []tok) int {
	if len(toks) < 4 || st.word(toks[0]) != "The" {
		return -1
	}
	o := 1
	for o < len(toks) && toks[o].k == tWord && capitalised(toks[o]) {
		o++
	}
	if o == 1 || o+1 >= len(toks) || st.word(toks[o]) != "of" || !st.roleWord(toks[o-1]) {
		return -1
	}
	for _, t := range toks[o+1:] {
		if t.k != tWord || !capitalised(t) {
			return -1
		}
	}
	if len(toks)-o-1 > 2 || st.givenName(toks[o+1]) || st.roleWord(toks[o+1]) {
		return -1
	}
	return o
}

// peopleOfPlace returns the index of the head of a mention that names a
// group of people by a plural role and then their place ("Residents of
// Marsh End", "Two villagers from Tarn"), or -1: the place is no
// speaker.
func (st *state) peopleOfPlace(toks []tok) int {
	h := 0
	if len(toks) > 0 && (isNumber(st.word(toks[0])) || isDeterminer(st.word(toks[0]))) {
		h = 1
	}
	if h+2 >= len(toks) || toks[h].k != tWord || toks[h+1].k != tWord || !st.roleWord(toks[h]) {
		return -1
	}
	if w := st.word(toks[h]); len(w) < 4 || w[len(w)-1] != 's' {
		return -1
	}
	switch st.word(toks[h+1]) {
	case "of", "from", "in", "near":
	default:
		return -1
	}
	for _, t := range toks[h+2:] {
		if t.k != tWord || !capitalised(t) && st.word(t) != "the" {
			return -1
		}
	}
	return h
}

// orgNamed reports whether name is the canonical name of an organisation
// the article names ("Hoppa, the ride-hailing company,").
func (st *state) orgNamed(name string) bool { return st.namedOfKind(name, true) }

// namedOfKind reports whether name is the canonical name of someone the
// article names who is an organisation (org) or a person (!org).
func (st *state) namedOfKind(name string, org bool) bool {
	for i := range st.people {
		if p := &st.people[i]; p.org == org && p.name == name {
			return true
		}
	}
	return false
}

// resolveNamedLater gives the quotes of a role that the article names
// only later their person: "The mayor said …" before "Mayor Ana Ode, who
// is in her second term, said …" is Ana Ode's, when one person named after
// it holds that role.
func (st *state) resolveNamedLater() {
	st.resolveNameIs()
	st.resolveDelayedLede()
	st.resolveRestated()
	st.resolveMadeRemarks()
	for i := range st.raw {
		q := &st.raw[i]
		if q.drop || q.speaker == "" || !q.att.mention.Valid() {
			continue
		}
		mt := st.text[q.att.mention.Start:q.att.mention.End]
		det := "The "
		for _, d := range [...]string{"A ", "the ", "a ", "its ", "Its "} {
			if strings.HasPrefix(mt, d) {
				det = d // "A shift supervisor at the plant told …", "after a judge told him"
			}
		}
		pre := det
		switch det {
		case "its ":
			det = "the " // "with its governor saying …": the body's role, its holder named soon after
		case "Its ":
			det = "The "
		}
		if !strings.HasPrefix(mt, pre) {
			// "Varnia's housing minister", "Port Selwyn mayor": a place
			// or its possessive before a role in lower case
			sp := strings.LastIndexByte(mt, ' ')
			if c := mt[0]; sp < 0 && (!strings.EqualFold(q.speaker, mt) || !st.roleAlone(mt)) || sp >= 0 && (c < 'A' || c > 'Z' || mt[sp+1] < 'a' || mt[sp+1] > 'z') {
				continue // but a headline's "Minister hits back at …" is a role alone
			}
			switch first, _, _ := strings.Cut(mt, " "); first { // capitalised: mt[0] is
			case "One", "Another", "Two", "Three", "Four", "Some", "Several", "Many", "Most", "Both", "Each", "Other", "All", "Few", "No":
				continue // "One source": someone left unnamed on purpose
			}
			if strings.Contains(mt, " close to ") || strings.Contains(mt, " familiar with ") || strings.Contains(mt, " of ") || strings.Contains(mt, " for ") {
				continue // "Sources close to the minister" are not the minister
			}
			if ti, ok := st.lx.title(mt[sp+1:]); sp >= 0 && (!ok || ti.kind != kindRole && ti.kind != kindTitle) {
				continue // the role is the last word: "Varnia's housing minister"
			}
			det, pre = "", ""
		}
		if st.namedPerson(q.speaker) {
			continue
		}
		head := ""
		for w := range strings.FieldsSeq(mt[len(pre):]) {
			if w == "of" || w == "at" || w == "for" {
				break
			}
			if ti, ok := st.lx.title(w); ok && (ti.kind == kindRole || ti.kind == kindTitle) {
				head = w
			} else {
				head = "" // the role is the phrase's last word: not "the police report"
			}
		}
		if head == "" {
			continue
		}
		if (det == "the " || det == "The ") && st.indefiniteBefore(head, q.att.mention.Start).Valid() {
			continue // "One negotiator described …¶“…,” the negotiator said": the one brought in before, unnamed
		}
		who := -1
		later := st.ments[st.mentionsBefore(q.att.mention.End):st.found.scanned]
		if det == "the " || det == "a " {
			later = later[:min(len(later), 40)] // inside a sentence: named soon after, if at all
		} else {
			// an article names the role's holder within its next few
			// hundred mentions; the bound keeps a text of many articles
			// run together from reading to its end for every quote
			later = later[:min(len(later), maxLaterMentions)]
		}
		for _, m := range later {
			p := &st.people[m.who]
			// a role set off next to the name counts only for a mention
			// that opens its sentence: "According to the police, Ana Ode,
			// 34, was arrested" sets off no role of hers
			// the role's own noun, its last word before any "of": "Police
			// Chief Ana Ode" and "Chief of Police Ana Ode" hold the role
			// "chief", not "police"
			role, _, _ := strings.Cut(p.role, " of ")
			holds := strings.EqualFold(role[strings.LastIndexByte(role, ' ')+1:], head) || p.hon != "" && abbreviatedRole(p.hon, strings.ToLower(head)) // "Cllr Fairweather" is a councillor
			// "the" role's holder set off with the role in a sentence of its
			// own ("Isolde Varga, the chief executive, said"); in the
			// quote's sentence the set-off name is someone else
			if p.org || !holds && (det == "a " || det == "the " && st.sentenceAt(m.pos) == st.sentenceAt(q.att.mention.Start) || !st.appositiveRole(m.pos, head)) {
				continue
			}
			if (det == "A " || det == "a ") && st.namedBefore(m.who, q.att.mention.Start) {
				continue // "A spokesman for the Whitcomb campaign": someone new, not a spokesman named before
			}
			if who >= 0 && who != m.who {
				who = -2 // two people hold it
				break
			}
			who = m.who
		}
		if who < 0 {
			continue
		}
		p := &st.people[who]
		st.renameSpeaker(q.speaker, p.name, p.role, nil)
	}
}

// maxLaterMentions is how many of the mentions after a role's quote
// resolveNamedLater reads for the person who holds the role.
const maxLaterMentions = 400

// resolveDelayedLede gives the quotes of a role that opens an article's
// first paragraph ("The chief executive of the app Lumora faced three
// hours of questions, conceding that …", "A property developer who is
// suing a newspaper told a jury that …") the person whose name opens the
// next paragraph for the first time ("Kieran Astbury-Vale, who founded
// the company, appeared …"): news names the subject of its lede so.
func (st *state) resolveDelayedLede() {
	if st.cont {
		return // a window of a longer text opens mid-article
	}
	ps := st.doc.Paragraphs
	first := 0
	if st.isHeadline() {
		first = 1
	}
	for first < len(ps) && ps[first].Kind == Heading {
		first++
	}
	if first+1 >= len(ps) {
		return
	}
	lede, next := ps[first], ps[first+1]
	from := ""
	var keep func(o *rawQuote) bool // all of from's quotes, or only those of the lede's mention
	for i := range st.raw {
		q := &st.raw[i]
		m := q.att.mention
		if q.drop || q.speaker == "" || m.Start != lede.Start && !(lede.Dateline.Valid() && m.Start == lede.Dateline.End) {
			continue
		}
		mt := st.text[m.Start:m.End]
		first, rest, _ := strings.Cut(mt, " ")
		if first != "The" && first != "A" && first != "An" && !(possessiveWord(first) && rest != "" && rest[0] >= 'a' && rest[0] <= 'z') {
			continue // "The chief executive of …", "A property developer who …", "Scotland's finance secretary"
		}
		if c := q.speaker[0]; (c < 'a' || c > 'z') && !(possessiveWord(first) && q.speaker == mt) {
			// a name or a body, resolved already; but "The leader of
			// Glanteifi County Council" is the leader, whom the body's
			// name stood for
			sp := strings.IndexByte(rest, ' ')
			if sp < 0 || !strings.HasPrefix(rest[sp:], " of ") || rest[0] < 'a' || rest[0] > 'z' {
				return // not "The Court of Appeal"
			}
			if ti, ok := st.lx.title(rest[:sp]); !ok || ti.kind != kindRole && ti.kind != kindTitle {
				return
			}
			lm := m
			keep = func(o *rawQuote) bool { return o.att.mention == lm }
		}
		from = q.speaker
		break
	}
	if from == "" {
		return
	}
	// the name that opens the next paragraph, named there first (after
	// an honorific: "Cllr Gareth Lloyd-Rees, who has led …")
	who := -1
	for _, m := range st.ments {
		if m.pos >= next.Start && m.pos <= next.Start+len("Prof. ") && !st.people[m.who].org {
			if hon := strings.TrimSpace(st.text[next.Start:m.pos]); hon == "" || st.honorificWord(hon) {
				who = m.who
				break
			}
		}
	}
	if who < 0 {
		return
	}
	for _, m := range st.ments {
		if m.who == who && m.pos < next.Start {
			return // named before: not the lede's subject told late
		}
	}
	p := &st.people[who]
	if strings.IndexByte(p.name, ' ') < 0 {
		return
	}
	if head := lastWordOf(from); head != "" && head[0] >= 'a' && head[0] <= 'z' && !(p.role != "" && (roleHas(p.role, head) || roleSynonym(p.role, head))) {
		// "A coroner has ruled …" and next "Daniel Okoro, 34, a
		// teacher, died …": the one the article gives the lede's role,
		// when it names one later ("Senior Coroner Elaine Faraday"), not
		// the one named first
		for i := range st.people {
			if o := &st.people[i]; i != who && !o.org && o.role != "" && strings.IndexByte(o.name, ' ') > 0 && (roleHas(o.role, head) || roleSynonym(o.role, head)) {
				st.renameSpeaker(from, o.name, o.role, keep)
				return
			}
		}
	}
	st.renameSpeaker(from, p.name, p.role, keep)
}

// resolveRestated gives the quotes of someone described ("A man in a
// faded union jacket, third in line, said …", "“…,” one woman said") the
// name the article gives them when it comes back to them within three
// paragraphs: "said the man, Walt Brennan, 72", "The woman, Loretta
// Vance, 66, said".
func (st *state) resolveRestated() {
	for i := range st.raw {
		q := &st.raw[i]
		m := q.att.mention
		if q.drop || q.speaker == "" || !m.Valid() || q.speaker[0] < 'a' || q.speaker[0] > 'z' {
			continue
		}
		mt := st.text[m.Start:m.End]
		var rest string
		ok := false
		for _, d := range [...]string{"A ", "An ", "a ", "an ", "one ", "One "} {
			if rest, ok = strings.CutPrefix(mt, d); ok {
				break
			}
		}
		from := m.End
		if g, pron := isPronoun(mt); !ok && pron && (g == genderMale || g == genderFemale) {
			// "…,” he said." after "an elderly man in a fishing club
			// jacket stood": the description the pronoun took
			rest, ok, from = q.speaker, true, q.end()
		}
		if !ok {
			continue
		}
		// the head: the last word before a preposition
		head := ""
		for w := range strings.FieldsSeq(rest) {
			if isPreposition(w) || w == "who" || w == "wearing" {
				break
			}
			head = strings.TrimRight(w, ",")
		}
		if head == "" {
			continue
		}
		para := q.pieces[0].para
		end := st.doc.Paragraphs[min(para+3, len(st.doc.Paragraphs)-1)].End
		if from >= end {
			continue
		}
		key := "the " + head + ", "
		at := strings.Index(st.text[from:end], key)
		if at < 0 {
			key = "The " + head + ", " // "The woman, Kayla Osei, 29, is a nurse"
			at = strings.Index(st.text[from:end], key)
		}
		if at < 0 && st.roleGenderFits(head, genderMale) && st.roleGenderFits(head, genderFemale) {
			// "one neighbor said" before "The woman, Darlene Pickett, 52,
			// has lived across the road": a role of no gender, restated
			// as a woman or a man
			for _, k := range [...]string{"The woman, ", "The man, "} {
				if a := strings.Index(st.text[from:end], k); a >= 0 {
					if at >= 0 {
						at = -1 // both: no telling which
						break
					}
					key, at = k, a
				}
			}
		}
		if at < 0 {
			continue
		}
		pos := from + at + len(key)
		who := -1
		for _, pm := range st.ments {
			if st.people[pm.who].org || pm.pos < pos || pm.pos > pos+40 {
				continue
			}
			// the name, an honorific before it ("The scientist, Dr.
			// Tomasz Wielgat, …") or a role in lower case ("The man,
			// retired cray fisherman Ron Tilley, 78, …")
			if hon := strings.TrimSpace(st.text[pos:pm.pos]); hon == "" || st.text[pm.pos-1] == ' ' && (st.honorificWord(hon) || lowerWords(hon)) {
				who = pm.who
				break
			}
		}
		if who < 0 {
			continue
		}
		p := &st.people[who]
		st.renameSpeaker(q.speaker, p.name, p.role, func(o *rawQuote) bool { return o.att.mention == m })
	}
}

// lowerWordsOnly reports whether toks are words in lower case: "former
// school principal" after "the 41-year-old".
func lowerWordsOnly(toks []tok) bool {
	for _, t := range toks {
		if t.k != tWord || capitalised(t) {
			return false
		}
	}
	return true
}

// lowerWords reports whether s holds only words in lower case, with
// hyphens, and single spaces: "retired cray fisherman".
func lowerWords(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < 'a' || c > 'z') && c != ' ' && c != '-' {
			return false
		}
	}
	return s != ""
}

// renameSpeaker gives the quotes attributed to from, not dropped and
// kept by keep (all when keep is nil), the speaker name and role: a
// person described before being named takes the name for all of them.
func (st *state) renameSpeaker(from, name, role string, keep func(o *rawQuote) bool) {
	for j := range st.raw {
		if o := &st.raw[j]; o.speaker == from && !o.drop && (keep == nil || keep(o)) {
			o.speaker, o.role = name, role
		}
	}
}

// honorificWord reports whether w is an honorific ("Dr.", "Prof.").
func (st *state) honorificWord(w string) bool {
	ti, ok := st.lx.title(w)
	return ok && ti.kind == kindHonorific
}

// remarksPhrases are the words that tell, after a quote of someone not
// yet named, who spoke: "Brigadier General Hossein Dariush, who heads
// the division, made the remarks in an interview".
var remarksPhrases = [...]string{" made the remarks", " made the comments", " made his remarks", " made her remarks", " made his comments", " made her comments", " made the comment"}

// remarksAt returns where the first of remarksPhrases stands in
// text[from:end], or -1: one search for " made ", whose every phrase
// opens with it, rather than one search a phrase.
func remarksAt(text string, from, end int) int {
	for i := from; i < end; {
		k := strings.Index(text[i:end], " made ")
		if k < 0 {
			return -1
		}
		for _, ph := range remarksPhrases {
			if strings.HasPrefix(text[i+k:end], ph) {
				return i + k
			}
		}
		i += k + 1
	}
	return -1
}

// resolveMadeRemarks gives the quotes of a speaker described, not named
// ("A senior commander in Kashvan's Guardian Corps warned …") the name
// of the person who "made the remarks" in one of the two paragraphs
// after the quote's: the first person named in that sentence, before
// the phrase.
func (st *state) resolveMadeRemarks() {
	for i := range st.raw {
		q := &st.raw[i]
		if q.drop || q.speaker == "" || !q.att.mention.Valid() || q.speaker[0] < 'a' || q.speaker[0] > 'z' {
			continue
		}
		mt := st.text[q.att.mention.Start:q.att.mention.End]
		if !st.describedPerson(mt, false) && !st.describedPerson(mt, true) {
			continue
		}
		last := min(q.last().para+2, len(st.doc.Paragraphs)-1)
		from, end := q.end(), st.doc.Paragraphs[last].End
		at := remarksAt(st.text, from, end)
		if at < 0 {
			continue
		}
		si := st.sentenceAt(at)
		if si < 0 {
			continue
		}
		who := -1
		for _, m := range st.ments[st.mentionsBefore(st.doc.Sentences[si].Start):st.found.scanned] {
			if m.pos >= at {
				break
			}
			if !st.people[m.who].org {
				who = m.who
				break
			}
		}
		if who < 0 {
			continue
		}
		p := &st.people[who]
		st.renameSpeaker(q.speaker, p.name, p.role, func(o *rawQuote) bool { return o.start() < at })
	}
}

// pluralRoleAlone reports whether toks are one capitalised word that is
// a plural of people, as a sentence opens with it: "Officers urged …",
// "Residents said". A group, not a person a "he" may stand for.
func (st *state) pluralRoleAlone(toks []tok) bool {
	if len(toks) != 1 || !capitalised(toks[0]) {
		return false
	}
	// the word is capitalised: its first letter is compared in lower
	// case, the rest as it is, so that no lower-case copy is made
	w := st.word(toks[0])
	if w[0] < 'A' || w[0] > 'Z' || len(w) < 4 {
		return false
	}
	if w[0] == 'P' && (w[1:] == "olice" || w[1:] == "eople") {
		return true
	}
	if w[len(w)-1] != 's' {
		return false
	}
	for _, p := range [...]string{"critics", "experts", "analysts", "residents", "officials", "engineers", "scientists", "researchers", "witnesses", "fans", "voters"} {
		if p[0] == w[0]|0x20 && p[1:] == w[1:] {
			return true
		}
	}
	ti, ok := st.lx.title(w[:len(w)-1]) // matched in any case
	return ok && ti.kind == kindRole
}

// roleAlone reports whether mention mt is one capitalised role word, as a
// headline writes its subject: "Minister", "Mayor".
func (st *state) roleAlone(mt string) bool {
	if mt == "" || mt[0] < 'A' || mt[0] > 'Z' {
		return false
	}
	ti, ok := st.lx.title(mt)
	return ok && (ti.kind == kindRole || ti.kind == kindTitle)
}

// nameIsAt returns where "His name is " and "Her name is " start in text,
// in order.
func nameIsAt(text string) []int {
	var at []int
	for i := 0; ; {
		k := strings.Index(text[i:], " name is ")
		if k < 0 {
			return at
		}
		i += k
		if i >= 3 && (text[i-3:i] == "His" || text[i-3:i] == "Her") {
			at = append(at, i-3)
		}
		i += len(" name is ")
	}
}

// spokespersonPronoun returns what spokespersonFor does for the he or
// she at pos, the one of that gender the spokesman or spokeswoman named
// last is, in the pronoun's paragraph or the one before, when no person
// is named between them. Else a zero span.
func (st *state) spokespersonPronoun(pos int, g gender) Span {
	si := st.sentenceAt(pos)
	if si < 0 {
		return Span{}
	}
	lo := st.doc.Paragraphs[max(0, st.doc.Sentences[si].Paragraph-1)].Start
	role := "spokesman for "
	if g == genderFemale {
		role = "spokeswoman for "
	}
	i := strings.LastIndex(st.text[lo:pos], role)
	if i < 0 {
		return Span{}
	}
	for _, m := range st.ments {
		if m.pos > lo+i && m.pos < pos && !st.people[m.who].org {
			return Span{} // someone named since
		}
	}
	b := st.spokespersonFor(pos)
	if b.Start >= 4 && st.text[b.Start-4:b.Start] == "the " {
		b.Start -= 4 // the body's mention as the attribution gave it: "the Taxpayers’ Justice Alliance"
	}
	return b
}

// spokespersonFor returns the name of the body that the spokesperson
// named last before pos, within the 3,000 bytes before it, speaks for:
// "a spokesperson for", "a spokesman for" or "a spokeswoman for" and
// capitalised words ("the" before them allowed; "of", "for" and "and"
// between them), or the name set off after the body ("a spokeswoman for
// Kell Ports, Lena Hart,"). A spokesperson named last with no body, or
// with a name before ("Rosa Quint, a spokeswoman for …"), gives a zero
// span: the role's own rules find that one.
func (st *state) spokespersonFor(pos int) Span {
	lo := max(0, pos-3000)
	// the latest spokesperson named before, who must be one "for" a body
	i := strings.LastIndex(st.text[lo:pos], "spokes")
	if i < 0 {
		return Span{}
	}
	if b, ok := strings.CutSuffix(strings.TrimRight(st.text[max(lo, lo+i-30):lo+i], "abcdefghijklmnopqrstuvwxyz "), ","); ok && upperAt(b, strings.LastIndexByte(b, ' ')+1) {
		// "Rosa Quint, a spokeswoman for Vale Water,": a named one,
		// whom the role's own rules find
		return Span{}
	}
	best := -1
	rest := st.text[lo+i+len("spokes") : pos]
	for _, p := range [...]string{"person for ", "man for ", "woman for "} {
		if strings.HasPrefix(rest, p) {
			best = lo + i + len("spokes") + len(p)
		}
	}
	if best < 0 {
		return Span{}
	}
	toks := st.tokensIn(best, min(len(st.text), best+120))
	k := 0
	if k < len(toks) && toks[k].k == tWord && (st.word(toks[k]) == "the" || st.word(toks[k]) == "The") {
		k++
	}
	e := k
	for e < len(toks) && (toks[e].k == tWord || e > k && st.nameJoint(toks, e)) {
		if toks[e].k != tWord {
			e++ // "the Taxpayers’ Justice Alliance"
			continue
		}
		if w := st.word(toks[e]); !capitalised(toks[e]) && !(e > k && (w == "of" || w == "for" || w == "and") && e+1 < len(toks) && toks[e+1].k == tWord && capitalised(toks[e+1])) {
			break // and "Department of Transportation"
		}
		e++
	}
	if e == k {
		return Span{}
	}
	if e+1 < len(toks) && toks[e].k == tComma && toks[e+1].k == tWord && capitalised(toks[e+1]) {
		// "a spokeswoman for Kell Ports, Lena Hart,": the one named after
		f := e + 1
		for f < len(toks) && toks[f].k == tWord && capitalised(toks[f]) {
			f++
		}
		return Span{toks[e+1].s, toks[f-1].e}
	}
	return Span{toks[k].s, toks[e-1].e}
}

// resolveNameIs gives the quotes of someone described in a feature's
// opening ("“…,” the old boatbuilder says", "“…,” she shouts" after "A
// woman in a white hard hat leans close") the name the writer gives them
// next: "His name is Anselm Roke." or "Her name is …" within the two
// paragraphs after the quote's, or a paragraph among them that opens with
// "She is Ingrid Solberg-Mensah, 46, …" or "The man is …".
func (st *state) resolveNameIs() {
	var at []int // where "His name is " and "Her name is " start, once found
	found := false
	for i := range st.raw {
		q := &st.raw[i]
		if q.drop || !q.att.mention.Valid() {
			continue
		}
		mt := st.text[q.att.mention.Start:q.att.mention.End]
		pronoun := mt == "she" || mt == "he"
		if q.speaker == "" && !pronoun || !pronoun && !strings.HasPrefix(mt, "the ") && !strings.HasPrefix(mt, "The ") {
			continue
		}
		if q.speaker != "" && (st.namedPerson(q.speaker) || pronoun && q.speaker[0] >= 'A' && q.speaker[0] <= 'Z') {
			continue
		}
		last := min(q.last().para+2, len(st.doc.Paragraphs)-1)
		end := st.doc.Paragraphs[last].End
		pos := -1
		if end-q.att.mention.End < 4096 {
			rest := st.text[q.att.mention.End:end]
			k := strings.Index(rest, "His name is ")
			if h := strings.Index(rest, "Her name is "); h >= 0 && (k < 0 || h < k) {
				k = h
			}
			if k >= 0 {
				pos = q.att.mention.End + k + len("His name is ")
			}
		} else {
			if !found {
				// one search of the text for the quotes of long
				// paragraphs: a search from each made a paragraph of many
				// quotes cost its length times its quotes
				at, found = nameIsAt(st.text), true
			}
			if k, _ := slices.BinarySearch(at, q.att.mention.End); k < len(at) && at[k]+len("His name is ") <= end {
				pos = at[k] + len("His name is ")
			}
		}
		for pi := q.last().para + 1; pos < 0 && pi <= last; pi++ {
			pt := st.text[st.doc.Paragraphs[pi].Start:st.doc.Paragraphs[pi].End]
			for _, lead := range [...]string{"She is ", "He is ", "The woman is ", "The man is "} {
				if strings.HasPrefix(pt, lead) && (lead[0] == 'T' || mt == strings.ToLower(lead[:len(lead)-4])) {
					pos = st.doc.Paragraphs[pi].Start + len(lead)
					break
				}
			}
		}
		if pos < 0 {
			continue
		}
		name := ""
		for pi := range st.people {
			p := &st.people[pi]
			if !p.org && strings.HasPrefix(st.text[pos:], p.name) && len(p.name) > len(name) {
				name = p.name
			}
		}
		if name == "" {
			continue
		}
		from := q.speaker
		if from == "" {
			q.speaker, q.role = name, "" // a pronoun no one was found for: this quote alone
			continue
		}
		st.renameSpeaker(from, name, "", nil)
	}
}

// namedBefore reports whether person w is mentioned before byte pos.
func (st *state) namedBefore(w, pos int) bool {
	for _, m := range st.ments[:st.mentionsBefore(pos)] {
		if m.who == w {
			return true
		}
	}
	return false
}

// appositiveRole reports whether the name mentioned at pos is set off
// with a role that holds head, after it ("Paul Rennick, the engineer,")
// or before it ("the supervisor, Clara Ode,").
func (st *state) appositiveRole(pos int, head string) bool {
	after := st.text[pos:min(len(st.text), pos+160)]
	if i := strings.IndexByte(after[:min(len(after), 41)], ','); i > 0 {
		if r, ok := strings.CutPrefix(after[i+1:], " the "); ok {
			if j := strings.IndexAny(r, ",.;"); j > 0 && j <= 32 && hasWord(r[:j], head) {
				return true
			}
		}
	}
	before := st.text[max(0, pos-80):pos]
	if b, ok := strings.CutSuffix(before, ", "); ok {
		i := strings.LastIndex(b, "the ")
		if j := strings.LastIndex(b, "The "); j > i {
			i = j // "The minister, Annika Strand, has made six trips"
		}
		if i >= 0 && len(b)-i <= 36 && !strings.ContainsAny(b[i:], ",.;") && hasWord(b[i:], head) {
			return true
		}
	}
	return false
}

// speechEvent reports the nouns of something said that a speaker gives:
// "a lecture from the harbour master", "a letter by the mayor".
func speechEvent(w string) bool {
	switch w {
	case "lecture", "speech", "letter", "statement", "remarks", "address", "interview", "message", "warning", "rebuke", "tirade", "plea", "note", "memo":
		return true
	}
	return false
}

// hasWord reports whether s holds the word w, in any case.
func hasWord(s, w string) bool {
	for f := range strings.FieldsSeq(s) {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

// describedPerson reports whether mention describes a person without
// naming one: a capitalised determiner (the subject opens its sentence),
// then words of which one is a role ("One witness", "A second witness",
// "The city's chief engineer", "The mayor").
//
// A definite description ("The mayor") counts only when named is false:
// after a person named just before, "the actor" is most often that person.
func (st *state) describedPerson(mention string, named bool) bool {
	first, rest, ok := strings.Cut(mention, " ")
	if !ok {
		return false
	}
	switch first { // the subject that opens its sentence, or one after the words
	case "One", "A", "An", "Another", "one", "a", "an", "another":
	case "The", "His", "Her", "Their":
		if named {
			return false // and "His daughter said …": one of his, unnamed
		}
	default:
		return false
	}
	lower := first[0] >= 'a'
	for w := range strings.FieldsSeq(rest) {
		w = strings.TrimRight(w, ",")
		if ti, ok := st.lx.title(w); ok && (ti.kind == kindRole || ti.kind == kindTitle) {
			// after the words, one person: "a spokeswoman for the port",
			// not "a gesture aides described as …"
			return !lower || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss")
		}
	}
	return false
}

// namedJustBefore reports whether a person is named outside quotes
// between the start of the paragraph before q's and q's mention.
func (st *state) namedJustBefore(q *rawQuote) bool {
	para := max(q.pieces[0].para-1, 0)
	from := st.doc.Paragraphs[para].Start
	return st.mentionsBefore(q.att.mention.Start) > st.mentionsBefore(from)
}

// loneCapital reports a mention that is one capitalised word and no
// pronoun: "a fisherman who gave his name only as Teodor said …".
func loneCapital(m string) bool {
	if len(m) < 2 || strings.IndexByte(m, ' ') >= 0 || !isUpper(rune(m[0])) || isUpper(rune(m[1])) {
		return false // not "EDGE", an acronym
	}
	_, pron := isPronoun(m)
	return !pron && m != "It" && m != "They" && m != "We" && m != "I"
}

// scannedPerson reports whether name is the canonical name of a person
// the name finder met outside quotes, whom pronouns resolve to anyway.
func (st *state) scannedPerson(name string) bool {
	for _, m := range st.ments[:st.found.scanned] {
		if st.people[m.who].name == name {
			return true
		}
	}
	return false
}

// namedPerson reports whether name is the canonical name of a person the
// article names.
func (st *state) namedPerson(name string) bool {
	for i := range st.people {
		if st.people[i].name == name {
			return true
		}
	}
	return false
}

// witnessBefore returns the person "the witness" at pos stands for in
// trial copy: the one named last before "testified" (or "took the stand",
// "gave evidence"), or first after an opening "Giving evidence" or
// "Cross-examined by" (but the lawyer after "by"), in the latest of the
// dozen sentences before pos that holds one ("That
// clerk, Hector Almonte, testified last week …" then "“I have kids,” the
// witness told the jury"), or -1. Recency alone would often pick the
// lawyer who questioned the witness.
func (st *state) witnessBefore(pos int) int {
	si := st.sentenceAt(pos)
	for k := si - 1; k >= 0 && k >= si-12; k-- {
		sn := st.doc.Sentences[k]
		t := st.text[sn.Start:sn.End]
		v := strings.Index(t, " testified")
		if v < 0 {
			v = strings.Index(t, " took the stand")
		}
		if v < 0 {
			v = strings.Index(t, " gave evidence")
		}
		if v < 0 {
			v = strings.Index(t, " giving evidence") // "Lorna Eadie, 52, was giving evidence"
		}
		if v < 0 {
			// "Giving evidence on Tuesday, the scaffolder, Lee Cottam,
			// 31, said", "Cross-examined by Nadia Farouk KC, defending,
			// Mrs Eadie agreed": the first named after the phrase but
			// the lawyer after "by" and the party after "for"
			if strings.HasPrefix(t, "Giving evidence") || strings.HasPrefix(t, "Cross-examined by") || strings.HasPrefix(t, "Under cross-examination") {
				for _, m := range st.ments[st.mentionsBefore(sn.Start):st.mentionsBefore(sn.End)] {
					if before := st.text[sn.Start:m.pos]; !st.people[m.who].org && !strings.HasSuffix(before, " by ") && !strings.HasSuffix(before, " for ") {
						return m.who
					}
				}
			}
			continue
		}
		best := -1
		for _, m := range st.ments[st.mentionsBefore(sn.Start):st.mentionsBefore(sn.Start+v)] {
			if !st.people[m.who].org {
				best = m.who
			}
		}
		return best
	}
	return -1
}

// pronounSpeaker returns the speaker and role a pronoun of gender g at pos
// stands for (resolvePronoun), and notes the mention.
func (st *state) pronounSpeaker(pos int, g gender) (string, string) {
	if g == genderMale || g == genderFemale {
		// "A former colleague at the bank, who asked not to be named, is
		// more generous. ‘…,’ he says.": the one the sentence before
		// brings in, not a man named earlier
		if d := st.indefiniteRoleBefore(pos, g); d != "" {
			return d, ""
		}
	}
	if b := st.spokespersonPronoun(pos, g); b.Valid() {
		// "A spokeswoman for the Fairholme Trust said …. ¶ She added:
		// “…”": the body she speaks for, as before
		if name, role := st.resolveMention(b); name != "" {
			return name, role
		}
	}
	w := st.resolvePronoun(pos, g)
	if w < 0 {
		// "The mayor was blunt. “…,” she said.": the role, named nowhere
		if g == genderMale || g == genderFemale {
			if d := st.unnamedRoleBefore(pos, false); d != "" && st.roleGenderFits(d, g) {
				return d, ""
			}
		}
		return "", ""
	}
	p := &st.people[w]
	if p.g == genderUnknown {
		p.g = g
	}
	st.ments = append(st.ments, pmention{pos: pos, who: w})
	return p.name, p.role
}

// groupBefore resolves the "they" (or, with one, the "it") that q is
// attributed to: the speaker of the latest quote that ends before it, in
// its paragraph (or at the end of the one before, when q or the pronoun
// opens its paragraph), when that speaker is a group or an organisation
// ("officials", "port officials", "Harbour Workers Coalition") rather than
// one person. "It" takes no plural group, but a name that is not a
// person's ("Big Machine").
func (st *state) groupBefore(q *rawQuote, one bool) (string, string) {
	pos := q.att.mention.Start
	para := q.pieces[0].para
	ps := st.doc.Paragraphs[para].Start
	lo := para
	if q.pieces[0].os == ps || pos == ps {
		lo = para - 1
	}
	best, bestKey := -1, 0
	for i := range st.raw {
		o := &st.raw[i]
		if o.drop || o.speaker == "" || o.last().para < lo {
			continue
		}
		key := o.end()
		if key >= pos {
			// reported speech that holds the quote, its speaker named
			// before "it": "The council condemned what it called “…”"
			if m := o.att.mention; o == q || !m.Valid() || m.End > pos || o.start() > pos {
				continue
			}
			key = o.att.mention.End
		}
		if best < 0 || key > bestKey {
			best, bestKey = i, key
		}
	}
	if best < 0 {
		if one {
			// from the paragraph before when the quote opens its own:
			// "Mrs Varley's statement was read out.¶“…,” it said."
			return st.orgNamedBefore(pos, st.doc.Paragraphs[max(lo, 0)].Start)
		}
		return st.pluralSubjectBefore(pos, para), ""
	}
	o := &st.raw[best]
	last := o.speaker[strings.LastIndexByte(o.speaker, ' ')+1:]
	if r, _ := utf8.DecodeRuneInString(last); !unicode.IsUpper(r) {
		if one && strings.HasSuffix(last, "s") {
			return "", "" // "it" is not "officials"
		}
		return o.speaker, o.role // a common noun: "officials", "port officials", "the ministry"
	}
	known := false
	for i := range st.people {
		if p := &st.people[i]; p.name == o.speaker {
			if p.org || one && p.g == genderUnknown && p.role == "" {
				return o.speaker, o.role
			}
			known = true
			break
		}
	}
	if one && !known {
		// an organisation "the agency" was resolved to from a name the
		// article read (resolveOrgs), which no one registered
		return o.speaker, o.role
	}
	if !one {
		return st.pluralSubjectBefore(pos, para), "" // they is no one person
	}
	return "", ""
}

// pluralSubjectBefore returns the subject of the sentence just before
// the one at byte pos, in paragraph para or the one before it, when that
// subject is plural: two names joined by "and" ("Ana Ode and Ivo Lund
// met the strikers. They said …") or a common noun in the plural ("The
// two firms filed papers on Friday. “…,” they said."). Else "". It is
// what "they" stands for when no group has spoken before.
func (st *state) pluralSubjectBefore(pos, para int) string {
	si := st.sentenceAt(pos)
	if si < 0 {
		return ""
	}
	if sn := st.doc.Sentences[si]; sn.Start < pos {
		// "Residents complained about contractors who, they said, …":
		// the plural that opens the pronoun's own sentence
		if toks := st.tokensIn(sn.Start, pos); len(toks) > 3 && toks[0].k == tWord && !opensWithMark(st.text[sn.Start:pos]) {
			if name := st.pluralSubject(toks); name != "" {
				return name
			}
		}
	}
	if si < 1 {
		return ""
	}
	prev := st.doc.Sentences[si-1]
	if prev.Paragraph < para-1 || st.doc.Paragraphs[prev.Paragraph].Kind == Heading {
		return ""
	}
	return st.pluralSubject(st.sentenceToks(si - 1))
}

// pluralRole reports whether w, in any case, is a plural role noun the
// titles lexicon holds ("residents", "officials").
func (st *state) pluralRole(w string) bool {
	if len(w) < 4 || w[len(w)-1] != 's' {
		return false
	}
	ti, ok := st.lx.title(strings.ToLower(w))
	return ok && ti.kind == kindRole
}

// pluralSubject returns the plural subject that opens a sentence's tokens
// ("Port officials", "Ana Ode and Ivo Lund"), or "".
func (st *state) pluralSubject(toks []tok) string {
	for len(toks) > 0 && toks[0].k == tWord && (connective(st.word(toks[0])) || subordinating(st.word(toks[0])) || st.word(toks[0]) == "As" || st.word(toks[0]) == "But" || st.word(toks[0]) == "And") {
		toks = toks[1:] // "But Ode and Lund …"
	}
	if w := st.word(toks[0]); len(toks) > 4 && toks[0].k == tWord && (isPrepositionAnyCase(w) || w == "Outside" || w == "Beyond" || w == "Behind" || w == "Among") {
		// "Outside the arena on Tuesday evening, a group of fans …": the
		// subject after the opening phrase
		for c := 1; c+2 < len(toks) && c <= 10; c++ {
			if toks[c].k == tComma {
				toks = toks[c+1:]
				break
			}
			if toks[c].k != tWord {
				break
			}
		}
	}
	if len(toks) > 3 && toks[2].k == tWord && st.word(toks[2]) == "of" {
		switch st.word(toks[0]) + " " + st.word(toks[1]) {
		case "a group", "A group", "a crowd", "A crowd", "a handful", "A handful", "a number", "A number":
			toks = toks[3:] // "a group of fans were in no mood"
		}
	}
	if len(toks) > 2 && toks[1].k == tWord && st.word(toks[1]) == "of" {
		switch st.word(toks[0]) {
		case "Hundreds", "Thousands", "Dozens", "Scores", "Many", "Some", "Most":
			toks = toks[2:] // "Hundreds of dockers walked out"
		}
	}
	// the subject: up to six words before the first lower-case verb
	j := 0
	for j < len(toks) && j < 7 && toks[j].k == tWord {
		w := st.word(toks[j])
		if j > 0 && !capitalised(toks[j]) && (st.isVerb(&toks[j]) || finite(w) || strings.HasSuffix(w, "ed") || irregularPast(w) ||
			capitalised(toks[j-1]) && !isDeterminer(strings.ToLower(st.word(toks[j-1]))) && w != "and" && w != "of" && !st.commonOpening(toks, j-1) ||
			w != "of" && isPreposition(w) && (!capitalised(toks[j-1]) || st.commonOpening(toks, j-1)) && strings.HasSuffix(st.word(toks[j-1]), "s")) { // "fans in Kowalczyk jerseys were"
			break // "walked", "said", or the word after a name ("Ivo Lund met")
		}
		j++
	}
	if j == 0 || j == 7 || j >= len(toks) || toks[j].k != tWord {
		return ""
	}
	plural := false
	if last := toks[j-1]; capitalised(last) && j == 1 && st.pluralRole(st.word(last)) {
		plural = true // "Residents met the board": a plural role that opens the sentence
	} else if w := st.word(last); capitalised(last) && j == 1 && st.commonOpening(toks, 0) {
		// "Fans in club jerseys were …": a plural that is no known thing
		plural = len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && st.lx.noun(strings.ToLower(w)) == 0
	} else if capitalised(last) {
		// "Ana Ode and Ivo Lund met …": names joined by and
		for k := 1; k+1 < j; k++ {
			if st.word(toks[k]) == "and" && capitalised(toks[k-1]) && capitalised(toks[k+1]) {
				plural = true
			}
		}
	} else {
		// a plural that is no known thing ("the talks", "the remarks")
		w := st.word(last)
		plural = len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") &&
			st.lx.noun(w) == 0
	}
	if !plural {
		return ""
	}
	name := st.phraseName(st.text[toks[0].s:toks[j-1].e])
	if st.commonOpening(toks, 0) && name != "" && name[0] >= 'A' && name[0] <= 'Z' {
		name = string(name[0]+'a'-'A') + name[1:] // "Fans …", "Dairy cooperatives …": capitals only for the sentence
	}
	return name
}

// commonOpening reports whether toks[i] is the first word of the
// sentence, capitalised only for that, and no given name or surname the
// article has given anyone: "Dairy" in "Dairy cooperatives met the
// minister".
func (st *state) commonOpening(toks []tok, i int) bool {
	return i == 0 && !st.givenName(toks[0]) && !st.known(st.word(toks[0])) && !st.orgWord(&toks[0])
}

// orgNamedBefore returns the organisation named last between lo and pos,
// for an "it" that no speaker before it stands for: "The Security Council
// pledged sanctions against what it called “a clear threat”".
func (st *state) orgNamedBefore(pos, lo int) (string, string) {
	hi := pos
	if si := st.sentenceAt(pos); si >= 0 {
		// "The ministry rejected it. In a statement read out on the
		// state broadcaster Halvary One, it said …": a body inside the
		// phrase that opens the pronoun's sentence is not what it stands
		// for
		if ss := st.doc.Sentences[si].Start; ss >= lo && ss < pos && strings.HasSuffix(strings.TrimRight(st.text[ss:pos], " "), ",") {
			if w, _, _ := strings.Cut(st.text[ss:pos], " "); isPrepositionAnyCase(w) {
				hi = ss
			}
		}
	}
	best := -1
	for i, m := range st.ments {
		if m.pos >= lo && m.pos < hi && st.people[m.who].org && (best < 0 || m.pos > st.ments[best].pos) {
			best = i
		}
	}
	if best >= 0 {
		p := &st.people[st.ments[best].who]
		return p.name, p.role
	}
	// the organisation whose name opens the sentence, or the one before
	// it: "The United Nations Security Council on Friday pledged … what
	// it called “…”", "Kestrel's Foreign Ministry rejected the deadline.
	// “…,” it said."
	si := st.sentenceAt(pos)
	j := pos
	for j > 0 && st.text[j-1] == ' ' {
		j--
	}
	if o := st.quoteOpenedBefore(j); o >= 0 && si >= 0 && o < st.doc.Sentences[si].Start {
		si = st.sentenceAt(o) // “A. B,” it said: the sentence A opens
	}
	for k := si; k >= 0 && k >= si-1 && st.doc.Sentences[k].Start >= lo; k-- {
		toks := st.sentenceToks(k)
		b := 0
		if len(toks) > 0 && (st.word(toks[0]) == "The" || st.word(toks[0]) == "the") {
			b = 1
		}
		e := b
		for e < len(toks) && toks[e].k == tWord && capitalised(toks[e]) && toks[e].e <= pos {
			e++
		}
		if e > b && st.orgWord(&toks[e-1]) {
			return st.resolveMention(Span{toks[b].s, toks[e-1].e})
		}
		if e > b && e < len(toks) && toks[e].e <= pos && possessiveWord(st.word(toks[e-1])) && st.bodyNoun(st.word(toks[e])) {
			// "Donald Trump’s campaign is defending … It’s denouncing
			// what it calls “…”": a name's body
			return st.resolveMention(Span{toks[b].s, toks[e].e})
		}
		if e > b && k < si && possessiveWord(st.word(toks[e-1])) && st.documentAfter(toks, e) {
			// "Mrs Varley's victim personal statement was read to the
			// court. “…,” it said.": the statement's writer
			w := st.word(toks[e-1])
			return st.resolveMention(Span{toks[b].s, toks[e-1].e - (len(w) - len(trimPossessive(w)))})
		}
	}
	return "", ""
}

// documentAfter reports whether a document's noun follows toks[e], after
// up to three lower-case words: "victim personal statement", "letter".
func (st *state) documentAfter(toks []tok, e int) bool {
	for k := e; k < len(toks) && k <= e+3 && toks[k].k == tWord && !capitalised(toks[k]); k++ {
		if st.lx.noun(st.word(toks[k])) == kindDocument {
			return true
		}
	}
	return false
}

// bodyNoun reports a lower-case singular noun for a body of people that
// "it" can stand for: "campaign", "government", "ministry".
func (st *state) bodyNoun(w string) bool {
	if w == "" || w[0] < 'a' || w[0] > 'z' || strings.HasSuffix(w, "s") {
		return false
	}
	return w == "campaign" || st.orgNoun(w)
}

// agedBefore returns the person whose name an age set off by commas
// follows before byte pos, the age of age ("27-year-old"): "Fenwick Obi,
// 27, …" for "the 27-year-old". Else -1.
func (st *state) agedBefore(pos int, age string) int {
	n, _ := strings.CutSuffix(age, "-year-old")
	i := strings.LastIndex(st.text[:pos], ", "+n+",")
	if i < 0 {
		return -1
	}
	who := -1
	for _, m := range st.ments {
		if m.pos < i && i-m.pos <= 40 && !st.people[m.who].org {
			who = m.who // the latest mention that ends at the age
		}
	}
	return who
}

// yearOld reports an age used as a noun: "56-year-old".
func yearOld(w string) bool {
	n, ok := strings.CutSuffix(w, "-year-old")
	return ok && n != "" && strings.Trim(n, "0123456789") == ""
}

// demonymPhrase reports whether toks, after "the", are a nationality
// alone ("the Italian", "the South African"): sports and foreign copy
// call the person it has just told of so, as it does "the 21-year-old".
func (st *state) demonymPhrase(toks []tok) bool {
	switch len(toks) {
	case 2:
		return toks[1].k == tWord && demonym(st.word(toks[1]))
	case 3:
		return toks[1].k == tWord && toks[2].k == tWord && demonym(st.word(toks[1])+" "+st.word(toks[2]))
	}
	return false
}

// demonym reports the nationalities news calls a person by.
func demonym(w string) bool {
	switch w {
	case "American", "Briton", "Englishman", "Englishwoman", "Scot", "Welshman", "Welshwoman", "Irishman", "Irishwoman",
		"Frenchman", "Frenchwoman", "German", "Italian", "Spaniard", "Portuguese", "Dutchman", "Dutchwoman", "Belgian",
		"Swiss", "Austrian", "Swede", "Norwegian", "Dane", "Finn", "Pole", "Czech", "Slovak", "Hungarian", "Romanian",
		"Bulgarian", "Serb", "Croat", "Slovenian", "Greek", "Turk", "Russian", "Ukrainian", "Georgian", "Armenian",
		"Israeli", "Iranian", "Iraqi", "Egyptian", "Moroccan", "Algerian", "Tunisian", "Nigerian", "Ghanaian", "Kenyan",
		"Ethiopian", "Cameroonian", "Senegalese", "Zimbabwean", "Brazilian", "Argentine", "Argentinian", "Chilean",
		"Colombian", "Peruvian", "Uruguayan", "Mexican", "Canadian", "Cuban", "Jamaican", "Venezuelan", "Ecuadorian",
		"Australian", "Kiwi", "Indian", "Pakistani", "Bangladeshi", "Afghan", "Japanese", "Korean", "Vietnamese", "Thai",
		"Filipino", "Filipina", "Indonesian", "Malaysian", "Singaporean",
		"South African", "New Zealander", "South Korean", "Sri Lankan", "North Korean":
		return true
	}
	return false
}

// yearVeteran reports a description by years of service after "the": "the
// 22-year veteran of the force", "the 30-year veteran". The person it
// stands for is the one named last, as for "the 56-year-old".
func yearVeteran(st *state, toks []tok) bool {
	if len(toks) < 3 || toks[2].k != tWord || st.word(toks[2]) != "veteran" {
		return false
	}
	n, ok := strings.CutSuffix(st.word(toks[1]), "-year")
	return ok && n != "" && strings.Trim(n, "0123456789") == ""
}

// documentIssuer returns who put out the document noun that a quote is
// attributed to ("“…,” the statement read"): the opening subject of the
// latest of the three sentences before the quote that names such a
// document ("The company denied the claims in a statement shared on its
// website."), or "".
func (st *state) documentIssuer(q *rawQuote, noun string) (string, string) {
	if name, role, ok := st.documentIssuerOf(q, noun, false); ok {
		return name, role
	}
	// "In its annual report filed with the regulator, the company set
	// out the risk. The filing stated: …": another document noun
	name, role, _ := st.documentIssuerOf(q, noun, true)
	return name, role
}

// documentIssuerOf is documentIssuer for the sentences that name the
// noun itself, or with any, those that name any document. ok tells that
// such a sentence was found.
func (st *state) documentIssuerOf(q *rawQuote, noun string, any bool) (string, string, bool) {
	si := st.sentenceAt(q.pieces[0].os)
	for k := si - 1; k >= 0 && k >= si-3; k-- {
		sn := st.doc.Sentences[k]
		toks := st.sentenceToks(k)
		for i, t := range toks {
			if t.k != tWord || st.word(t) != noun && (!any || capitalised(t) || st.lx.noun(st.word(t)) != kindDocument) {
				continue
			}
			if st.word(t) != noun && (st.word(toks[0]) != "In" || i > 4) {
				break // another document only in an opening "In its annual report …,"
			}
			k := i + 1
			if k < len(toks) && toks[k].k == tWord && strings.HasSuffix(st.word(toks[k]), "ed") {
				k = st.settingPhrase(toks, k+1) // "a report released in May by …"
			}
			if k+2 < len(toks) && (st.word(toks[k]) == "from" || st.word(toks[k]) == "by") {
				// "a handwritten note from Ivo Lund", "a report released in May
				// by the city's Department of Housing Planning": its author
				b := k + 1
				for b < len(toks) && b <= k+3 && toks[b].k == tWord && !capitalised(toks[b]) {
					b++ // "the", "the city's"
				}
				if b < len(toks) && capitalised(toks[b]) {
					j := b
					for j < len(toks) && toks[j].k == tWord && (capitalised(toks[j]) || j > b && j+1 < len(toks) && (st.word(toks[j]) == "of" || st.word(toks[j]) == "for") && capitalised(toks[j+1])) {
						j++
					}
					name, role := st.resolveMention(Span{toks[b].s, toks[j-1].e})
					return name, role, true
				}
			}
			if i > 1 && st.word(toks[i-2]) == "in" {
				// "“…,” Nadia Korhonen wrote in the memo": the speaker of
				// the quote that sentence credits
				for j := range st.raw {
					if o := &st.raw[j]; !o.drop && o.speaker != "" && o.att.mention.Start >= sn.Start && o.att.mention.End <= t.s {
						return o.speaker, o.role, true
					}
				}
			}
			for a := max(0, i-4); a < i; a++ {
				if toks[a].f&fAccord != 0 {
					// "According to the criminal complaint, Henning was
					// fired": the subject is what it tells of, not its issuer
					return "", "", true
				}
			}
			if b, e := st.openingSubject(toks); e > b {
				if st.headKind(toks, b, e-1) == kindDocument {
					break // "The 84-page report, based on …, documents …": the report again; its issuer may be named before
				}
				name, role := st.resolveMention(Span{toks[b].s, toks[e-1].e})
				return name, role, true
			}
			return "", "", true
		}
		if st.doc.Paragraphs[sn.Paragraph].Kind == Heading {
			break
		}
	}
	return "", "", false
}

// kindState is what classify and resolveMention keep during one Segment
// call.
type kindState struct {
	// memo holds the mentionMemo of each mention resolveMention has kept,
	// in the order it met them; seen has bit Start%64 of each one's Span
	memo []mentionMemo
	seen uint64
	// next is the first sentence that ends after the opening mark of the
	// quote classify read last
	next int
	// lower memoises writtenLower's answers by word; past maxLowerScans
	// searches of the text, words, every word of the text between two
	// spaces, answers them all, so that a long text full of names is
	// read a bounded number of times
	lower      []lowerWord
	lowerBytes []byte // the words lower holds, one after another
	words      map[string]struct{}
}

// lowerWord is one answer of writtenLower: whether the word at
// lowerBytes[s:e] is in the text.
type lowerWord struct {
	s, e int32
	in   bool
}

// maxLowerScans is how many times writtenLower reads the whole text
// before it indexes the text's words instead.
const maxLowerScans = 32

// memoOf returns the mentionMemo of m, or nil when m has none yet. Most
// mentions are new, and seen turns most of those away without a search;
// a repeated one comes soon after the first, so the list is searched from
// the latest back.
func (st *state) memoOf(m Span) *mentionMemo {
	if st.kind.seen&(1<<(m.Start&63)) == 0 {
		return nil
	}
	list := st.kind.memo
	for i := len(list) - 1; i >= 0; i-- {
		if list[i].m == m {
			return &list[i]
		}
	}
	return nil
}

// commonName returns the speaker that the mention m, whose tokens are
// toks, names when it is neither a pronoun, a name nor a role phrase: the
// issuer of a document ("the ministry's statement"), else the phrase as a
// group's name ("Analysts"), or no one. It reads only the text and the
// lexicon, so its answer can be kept.
func (st *state) commonName(m Span, toks []tok) string {
	if k := st.headKind(toks, 0, len(toks)-1); k == kindDocument || k == kindThing {
		// "the ministry's statement", "a Varn Post report": the issuer
		// when the phrase names one, else no one
		for j, t := range toks {
			if w := st.word(t); j > 0 && capitalised(t) || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
				s := j
				for s > 0 && capitalised(toks[s-1]) && !isSentenceStarter(st.word(toks[s-1])) {
					s--
				}
				e := j
				for e+1 < len(toks) && capitalised(toks[e+1]) && !strings.HasSuffix(st.word(toks[e]), "s") {
					e++
				}
				return st.commonCase(st.joinName(toks[s : e+1]))
			}
		}
		return ""
	}
	phrase := st.text[m.Start:m.End]
	if strings.HasSuffix(phrase, "'s") || strings.HasSuffix(phrase, "’s") {
		return "" // a possessive is not a speaker: "Rivera’s “plan”"
	}
	return st.phraseName(phrase)
}

// sawDocument reports the participles of coming to read a document
// someone else wrote: "seen by", "obtained by".
func sawDocument(w string) bool {
	switch w {
	case "seen", "obtained", "reviewed", "viewed", "examined", "read", "leaked":
		return true
	}
	return false
}

// phraseName names a group or a source by its common-noun phrase as
// written: without an article, its spaces single, its first letter in the
// case commonCase gives ("Analysts" → "analysts").
func (st *state) phraseName(phrase string) string {
	if c := phrase[0] | 0x20; c == 't' || c == 'a' {
		for _, d := range []string{"the ", "The ", "a ", "A ", "an ", "An "} {
			phrase = strings.TrimPrefix(phrase, d)
		}
	}
	if !plainSpaced(phrase) {
		phrase = strings.Join(strings.Fields(phrase), " ")
	}
	return st.commonCase(phrase)
}

// commonPhrase reports whether the mention's tokens are a common-noun
// phrase that only mentions a name ("critics of Ms Jones' plan",
// "Rivera's spokesman"): more than one word, the last in lower case and
// not a title. The title lookup comes last, as it costs the most.
func (st *state) commonPhrase(toks []tok) bool {
	last := toks[len(toks)-1]
	if len(toks) == 1 || last.k != tWord || capitalised(last) {
		return false
	}
	ti, title := st.lx.title(st.word(last))
	return !title || ti.kind == kindOrg // "the Obama administration" is no person's
}

// hasLowerSuffix reports strings.HasSuffix(strings.ToLower(s), suffix)
// without building the lower-case copy when the end of s that the suffix
// would cover is ASCII: ToLower maps rune by rune, and an ASCII rune to
// one byte, so only that end needs reading.
// roleHas reports whether role ends with head, or its part before " and "
// does: "captain and center back" is a captain.
func roleHas(role, head string) bool {
	if hasLowerSuffix(role, head) {
		return true
	}
	i := strings.Index(role, " and ")
	return i > 0 && hasLowerSuffix(role[:i], head)
}

func hasLowerSuffix(s, suffix string) bool {
	n := len(s) - len(suffix)
	for i := max(n, 0); i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return strings.HasSuffix(strings.ToLower(s), suffix)
		}
	}
	return n >= 0 && equalLowerASCII(s[n:], suffix)
}

// commonCase lower-cases the first letter of a common-noun phrase
// capitalised only because it opens a sentence ("Officials", "Analysts
// said"), so that one group has one canonical name. The first word counts
// as common when it is a listed role or noun or is written in lower case
// elsewhere in the article; names and acronyms are kept as written.
func (st *state) commonCase(phrase string) string {
	r, n := runeAt(phrase, 0)
	if !isUpper(r) || hasUpper(phrase[n:]) {
		return phrase
	}
	first, _, _ := strings.Cut(phrase, " ")
	if strings.IndexByte(first, '\'') >= 0 || strings.IndexByte(first, '.') >= 0 || strings.Contains(first, "’") {
		return phrase
	}
	// " "+the first word with its first letter in lower case+" ", built
	// on the stack: most phrases turn out to be names and need no copy
	var buf [32]byte
	spaced := utf8.AppendRune(append(buf[:0], ' '), unicode.ToLower(r))
	head := len(spaced) // spaced[1:head] is the lower-case letter
	spaced = append(append(spaced, first[n:]...), ' ')
	ti, ok := st.lx.title(first)
	if ok && ti.kind == kindOrg && first == phrase {
		return phrase // "the Post": the paper, though "post" is a document
	}
	if ok && ti.kind == kindRole || st.lx.noun(first) != 0 || st.writtenLower(spaced) {
		return string(spaced[1:head]) + phrase[n:]
	}
	return phrase
}

// writtenLower reports whether spaced, a word between two spaces
// (" officials "), is in the text. Each word is searched for once; a text
// that asks about more than maxLowerScans words has its words indexed.
func (st *state) writtenLower(spaced []byte) bool {
	ks := &st.kind
	if ks.words != nil {
		_, ok := ks.words[string(spaced[1:len(spaced)-1])]
		return ok
	}
	for _, lw := range ks.lower {
		if string(ks.lowerBytes[lw.s:lw.e]) == string(spaced) {
			return lw.in
		}
	}
	if len(ks.lower) == maxLowerScans {
		ks.words = spacedWords(st.text)
		_, ok := ks.words[string(spaced[1:len(spaced)-1])]
		return ok
	}
	in := containsByRare(st.text, string(spaced))
	n := len(ks.lowerBytes)
	ks.lowerBytes = append(ks.lowerBytes, spaced...)
	ks.lower = append(ks.lower, lowerWord{int32(n), int32(len(ks.lowerBytes)), in})
	return in
}

// spacedWords returns the set of the text's pieces that stand between
// two spaces, each a key of the map: " w " is in text just when w is a key
// and holds no space.
func spacedWords(text string) map[string]struct{} {
	words := make(map[string]struct{})
	i := strings.IndexByte(text, ' ')
	for i >= 0 {
		j := strings.IndexByte(text[i+1:], ' ')
		if j < 0 {
			break
		}
		if j > 0 {
			words[text[i+1:i+1+j]] = struct{}{}
		}
		i += 1 + j
	}
	return words
}

// rareLetters are the lower-case letters rarest in English text, the
// rarest first.
const rareLetters = "zqxjkvbpygfwmuc"

// letterRarity ranks each byte by rareLetters (0 the rarest); every other
// byte ranks last.
var letterRarity = func() (t [256]uint8) {
	for i := range t {
		t[i] = uint8(len(rareLetters))
	}
	for i := range len(rareLetters) {
		t[rareLetters[i]] = uint8(i)
	}
	return t
}()

// containsByRare reports strings.Contains(text, w) for w, a word between
// two spaces. A search for w itself stops at nearly every word, as w opens
// with a space; this one jumps (IndexByte) from one place of w's rarest
// letter to the next and compares w there. A word with none of
// rareLetters is searched for as it is.
func containsByRare(text, w string) bool {
	k := 0
	for i := 1; i < len(w)-1; i++ {
		if letterRarity[w[i]] < letterRarity[w[k]] {
			k = i
		}
	}
	if int(letterRarity[w[k]]) == len(rareLetters) {
		return strings.Contains(text, w)
	}
	c := w[k]
	for i := k; i < len(text); {
		j := strings.IndexByte(text[i:], c)
		if j < 0 {
			return false
		}
		// the spaces at w's ends turn most places away before the
		// comparison, which is a call
		if p := i + j - k; p+len(w) <= len(text) && text[p] == ' ' && text[p+len(w)-1] == ' ' && text[p:p+len(w)] == w {
			return true
		}
		i += j + 1
	}
	return false
}

// hasUpper reports whether s holds an upper-case letter, as
// strings.ContainsFunc(s, isUpper) does, reading ASCII bytes directly,
// eight at once up to the first capital or non-ASCII byte among them.
func hasUpper(s string) bool {
	i := 0
	for i+8 <= len(s) && upperOrHighBytes(load8(s, i)) == 0 {
		i += 8
	}
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsUpper(r) {
			return true
		}
		i += n
	}
	return false
}

// upperOrHighBytes returns x with the high bit set in each byte that is an
// ASCII capital or not ASCII, and no other bit set.
func upperOrHighBytes(x uint64) uint64 {
	// per byte, with no carry between bytes: y+k sets a byte's high bit
	// when y >= 0x80-k
	y := x & low7
	return ((y+(0x80-'A')*ones8)&^(y+(0x80-'Z'-1)*ones8) | x) &^ low7
}

// plainSpaced reports whether the words of s are set apart by single ASCII
// spaces and by no other space, so that strings.Fields and strings.Join
// would give s back. It reads eight bytes at once while they are ASCII
// with no byte below '!' but a space, as most are.
func plainSpaced(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := load8(s, i)
		if x&^low7 != 0 {
			break // a non-ASCII byte: read on byte by byte
		}
		sp := ^nonZeroBytes(x^' '*ones8) &^ low7 // the spaces
		if ^(x+(0x80-'!')*ones8)&^low7&^sp != 0 {
			break // a byte below '!' that is no space: read on byte by byte
		}
		// two spaces in a row, within the eight or at their end (a
		// space ends no s, so a byte follows the eight then)
		if sp&(sp>>8) != 0 || sp>>63 != 0 && s[i+8] == ' ' {
			return false
		}
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += n - 1
		} else if spaceByte[c] && (c != ' ' || s[i+1] == ' ') {
			return false // not a space, or two spaces
		}
	}
	return true
}

// nickname reports whether the quote p is a nickname inside a person's
// name: one or two capitalised words in marks between a given name or
// initials and a surname, with a space on each side (Marcia “Cia” Price,
// C.L. “Butch” Otter).
func (st *state) nickname(p *qpiece) bool {
	text := st.text
	// the capital after the quote, which few quotes have, is asked first,
	// and a lower-case ASCII letter there ("said") turns one away at once
	if p.ce+1 >= len(text) || text[p.ce] != ' ' || 'a' <= text[p.ce+1] && text[p.ce+1] <= 'z' || !upperAt(text, p.ce+1) || p.os < 2 || text[p.os-1] != ' ' ||
		!upperAt(text, p.s) && !(strings.HasPrefix(text[p.s:p.e], "the ") && upperAt(text, p.s+len("the "))) { // and Marcus “the Cat” Delaney
		return false
	}
	// the word before: capitalised, its letters and full stops only
	i := p.os - 1
	for i > 0 && (text[i-1] >= 'a' && text[i-1] <= 'z' || text[i-1] >= 'A' && text[i-1] <= 'Z' || text[i-1] == '.') {
		i--
	}
	if i == p.os-1 || !upperAt(text, i) || i > 0 && text[i-1] != ' ' && text[i-1] != '\n' {
		return false
	}
	w := text[i : p.os-1]
	if strings.HasSuffix(w, ".") && !strings.Contains(w[:len(w)-1], ".") && len(w) > 2 {
		return false // a title's abbreviation ("Gov.") or a sentence's end
	}
	return !isSentenceStarter(w) && !notNameWord(w)
}
