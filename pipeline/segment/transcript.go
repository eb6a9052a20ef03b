package segment

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"
)

// This file reads interview transcripts that articles print: paragraphs
// that open with the speaker's name in capitals and a colon,
//
//	WALLACE: Let's start with the debate.
//	"PENCE: Well, look, …
//
// Each such paragraph is a turn: one direct quote of the words after the
// colon, by the person the label names. Quote marks around the turns (one
// publisher opens every paragraph of a transcript with a mark it never
// closes) and quotes inside them are part of the turn.

// maxLabelWords is the most words a speaker label has ("SEN. ANA ODE").
const maxLabelWords = 3

// turn is one transcript paragraph: the label and the words after it.
type turn struct {
	para         int
	label        Span
	start, end   int  // the words of the turn
	openS, closE int  // the turn with the quote marks around it
	who          Span // an interview's answer: where its speaker is named
}

// minInterviewTurns is how many questions and how many answers make an
// interview.
const minInterviewTurns = 2

// minBareQuestions is how many "Q:" paragraphs make an interview whose
// answers have no "A:" label.
const minBareQuestions = 3

// opensWithMark reports whether paragraph text t opens with a quote mark.
func opensWithMark(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	switch r {
	case '"', '“', '‘', '«', '„', '\'':
		return true
	}
	return false
}

// interview reads a question-and-answer interview: paragraphs that open
// "Q:" and "A:", at least two of each. Each answer is a turn by the person
// the article names last before the first question (its introduction:
// "We asked Junior Gaspard, our new CEO, …"); questions are the
// interviewer's and give no quote. With no one named there, there are no
// turns.
func (st *state) interview() []turn {
	var qs, as int
	firstQ, firstQP := -1, -1
	var turns, bare, questions []turn
	lastQ := -1 // the paragraph of the latest question
	for pi, p := range st.doc.Paragraphs {
		t := st.text[p.Start:p.End]
		switch {
		case strings.HasPrefix(t, "Q: "):
			qs++
			if firstQ < 0 {
				firstQ, firstQP = p.Start, pi
			}
			lastQ = pi
			if e := trimRightSpace(st.text, p.Start+len("Q: "), p.End); e > p.Start+len("Q: ") {
				s := p.Start + len("Q: ")
				questions = append(questions, turn{para: pi, label: Span{p.Start, p.Start + 1}, start: s, end: e, openS: s, closE: e})
			}
		case strings.HasPrefix(t, "A: "):
			as++
			s := p.Start + len("A: ")
			for s < p.End && st.text[s] == ' ' {
				s++
			}
			e := p.End
			for e > s && (st.text[e-1] == ' ' || st.text[e-1] == '\n' || st.text[e-1] == '\r') {
				e--
			}
			if e > s {
				turns = append(turns, turn{para: pi, label: Span{p.Start, p.Start + 1}, start: s, end: e, openS: s, closE: e})
			}
		case lastQ >= 0 && p.Kind != Heading && !opensWithMark(t) && (pi == lastQ+1 || len(bare) > 0 && bare[len(bare)-1].para == pi-1):
			// an answer printed with no "A:": the paragraphs after a
			// question, up to the next one
			e := p.End
			for e > p.Start && (st.text[e-1] == ' ' || st.text[e-1] == '\n' || st.text[e-1] == '\r') {
				e--
			}
			if e > p.Start {
				bare = append(bare, turn{para: pi, label: Span{p.Start, p.Start}, start: p.Start, end: e, openS: p.Start, closE: e})
			}
		}
	}
	if as == 0 && qs >= minBareQuestions {
		// answers with no label: those after the last question are its
		// answer only up to the first paragraph, where the article may
		// go on in its own words
		for len(bare) > 1 && bare[len(bare)-2].para > lastQ {
			bare = bare[:len(bare)-1]
		}
		turns, as = bare, len(bare)
	}
	if qs < minInterviewTurns || as < minInterviewTurns || firstQ < 0 {
		return nil
	}
	intro := firstQP - 1
	who, ok := st.introSubject(intro)
	if !ok && intro > 0 && !st.namesSomeone(intro) {
		// "Part of the exchange, taken from the court record, is set out
		// below.": the paragraph before it introduces
		intro--
		who, ok = st.introSubject(intro)
	}
	if ok {
		for i := range turns {
			turns[i].who = who
		}
		// "Under questioning from Daniel Farragut, she recounted …": the
		// questions are his
		return st.withQuestions(turns, questions, intro)
	}
	// the person the introduction names most, the latest of those named
	// as often: the one interviewed ("Marguerite Osei-Lindqvist looks
	// back … For two decades Marguerite Osei-Lindqvist has run …"), not
	// someone quoted about them once
	at, best := -1, 0
	count := make([]int, len(st.people))
	for _, m := range st.ments {
		if m.pos >= firstQ || st.people[m.who].org || strings.IndexByte(st.people[m.who].name, ' ') < 0 {
			continue
		}
		count[m.who]++
		if st.interviewSentence(m.pos) {
			// "The union's branch secretary, Dr. Achieng Odhiambo, spoke
			// to the Sentinel …": the one the interview is with, however
			// often others were named
			count[m.who] += 2
		}
	}
	for _, m := range st.ments {
		if m.pos >= firstQ || st.people[m.who].org || strings.IndexByte(st.people[m.who].name, ' ') < 0 {
			continue
		}
		if c := count[m.who]; c > best || c == best && m.pos > at {
			at, best = m.pos, c
		}
	}
	if at < 0 {
		return nil
	}
	// the name as written there: its capitalised words
	toks := st.tokensIn(at, firstQ)
	n := 0
	for n < len(toks) && toks[n].k == tWord && capitalised(toks[n]) {
		n++
	}
	if n == 0 {
		return nil
	}
	who = Span{toks[0].s, toks[n-1].e}
	for i := range turns {
		turns[i].who = who
	}
	return st.withQuestions(turns, questions, firstQP-1)
}

// interviewSentence reports whether the words after byte pos in its
// sentence tell of an interview that the one named at pos gave: "spoke
// to", "talked to", "sat down with", "in an interview" (the one spoken
// to is named after the phrase).
func (st *state) interviewSentence(pos int) bool {
	si := st.sentenceAt(pos)
	if si < 0 {
		return false
	}
	t := st.text[pos:st.doc.Sentences[si].End]
	for _, p := range [...]string{"spoke to ", "spoke with ", "talked to ", "talked with ", "sat down with ", "in an interview", "was interviewed", "answered questions"} {
		if strings.Contains(t, p) {
			return true
		}
	}
	return false
}

// withQuestions adds to the answers turns the questions, as turns of the
// one paragraph pi (the interview's introduction) names as asking them
// ("took questions from reporters"), in paragraph order; with no one named
// asking, the questions give no quote.
func (st *state) withQuestions(turns, questions []turn, pi int) []turn {
	asker, ok := st.questioner(pi)
	if !ok || len(turns) == 0 {
		return turns
	}
	for i := range questions {
		questions[i].who = asker
	}
	turns = append(turns, questions...)
	slices.SortFunc(turns, func(a, b turn) int { return cmp.Compare(a.para, b.para) })
	return turns
}

// questioner returns the name after "questioning from", "questioned by",
// "asked by" or "spoke with" in paragraph pi, the one before an interview's first
// question: who asks its questions.
func (st *state) questioner(pi int) (Span, bool) {
	if pi < 0 {
		return Span{}, false
	}
	p := st.doc.Paragraphs[pi]
	toks := st.tokensIn(p.Start, p.End)
	for i := 0; i+2 < len(toks); i++ {
		switch st.word(toks[i]) {
		case "questioning", "questioned", "asked", "cross-examination", "cross-examined", "questions", "interviewed":
			if w := st.word(toks[i+1]); w != "from" && w != "by" {
				continue
			}
		case "spoke", "talked", "speaking", "talking", "interview":
			// "She spoke with Owen Marsh of The Valley Courier": the one
			// spoken with asks
			if w := st.word(toks[i+1]); w != "with" && w != "to" {
				continue
			}
		default:
			continue
		}
		b := i + 2
		for b < len(toks) && b < i+5 && toks[b].k == tWord && !capitalised(toks[b]) && (isDeterminer(st.word(toks[b])) || st.roleWord(toks[b])) {
			b++ // "the prosecutor Daniel Farragut"
		}
		j := b
		for j < len(toks) && toks[j].k == tWord && (capitalised(toks[j]) || abbrevStop(toks, j)) {
			j++
		}
		if j > b {
			return Span{toks[i+2].s, toks[j-1].e}, true
		}
		if b < len(toks) && toks[b].k == tWord && !capitalised(toks[b]) && (pluralPeople(st.word(toks[b])) || st.word(toks[b]) == "journalists" || st.word(toks[b]) == "reporters") {
			// "took questions from reporters": the reporters ask
			return Span{toks[i+2].s, toks[b].e}, true
		}
	}
	return Span{}, false
}

// trimRightSpace returns e moved back over the spaces and line breaks
// that end text[s:e].
func trimRightSpace(text string, s, e int) int {
	for e > s && (text[e-1] == ' ' || text[e-1] == '\n' || text[e-1] == '\r') {
		e--
	}
	return e
}

// introSubject returns the subject of paragraph pi, the one right before
// an interview's first question, when it is a pronoun or a role with
// "the" ("The coach faced a string of questions …", "She took questions
// from readers"), or the pronoun after the phrase that opens its last
// sentence ("Under questioning from Daniel Farragut, she recounted …"):
// the one who answers, whoever was named last before.
func (st *state) introSubject(pi int) (Span, bool) {
	if pi < 0 {
		return Span{}, false
	}
	p := st.doc.Paragraphs[pi]
	toks := st.tokensIn(p.Start, p.End)
	if len(toks) < 3 || toks[0].k != tWord || toks[1].k != tWord {
		return Span{}, false
	}
	switch w := st.word(toks[0]); w {
	case "He", "She":
		return Span{toks[0].s, toks[0].e}, true
	case "The":
		if ti, ok := st.lx.title(st.word(toks[1])); ok && (ti.kind == kindRole || ti.kind == kindTitle) && !capitalised(toks[1]) {
			return Span{toks[0].s, toks[1].e}, true
		}
	}
	// the paragraph's last sentence, led in by the questioner: "Under
	// questioning from the prosecutor, she recounted the conversation:"
	last := -1
	for si := range st.doc.Sentences {
		if st.doc.Sentences[si].Paragraph == pi {
			last = si
		}
	}
	if last < 0 {
		return Span{}, false
	}
	sn := st.doc.Sentences[last]
	toks = st.tokensIn(sn.Start, sn.End)
	if len(toks) < 3 || toks[0].k != tWord {
		return Span{}, false
	}
	for c := 1; c+1 < len(toks) && c < 16; c++ {
		if toks[c].k == tComma {
			if w := st.word(toks[c+1]); w == "he" || w == "she" {
				return Span{toks[c+1].s, toks[c+1].e}, true
			}
			// "Under questioning from prosecutor Leona Varga, Moreau said
			// …": a person named before, then the verb
			e := c + 1
			for e < len(toks) && e-c <= 3 && toks[e].k == tWord && capitalised(toks[e]) {
				e++
			}
			if e > c+1 && e < len(toks) && toks[e].k == tWord && !capitalised(toks[e]) && st.known(st.word(toks[e-1])) {
				return Span{toks[c+1].s, toks[e-1].e}, true
			}
			break
		}
	}
	return Span{}, false
}

// namesSomeone reports whether paragraph pi names a person.
func (st *state) namesSomeone(pi int) bool {
	p := st.doc.Paragraphs[pi]
	for _, m := range st.ments {
		if m.pos >= p.Start && m.pos < p.End && !st.people[m.who].org {
			return true
		}
	}
	return false
}

// transcript finds the turns of the article and makes each a direct quote
// of the person its label names, replacing the quotes in marks that lay in
// those paragraphs. A transcript has at least two turns by at least two
// labels; one labelled line ("UPDATE: …", "FTC: …") is not one.
func (st *state) transcript() {
	var turns []turn
	labels, qs, as := 0, 0, 0
	text := st.text
	for pi := range st.doc.Paragraphs {
		p := &st.doc.Paragraphs[pi]
		// most paragraphs open with a capital and a lower-case letter,
		// which open no turn (turnOpening): they are passed over here,
		// without a call
		if s := p.Start; s+1 < p.End && text[s]-'A' <= 'Z'-'A' && text[s+1]-'a' <= 'z'-'a' {
			continue
		}
		if !turnOpening(text[:p.End], p.Start) {
			continue // no turn, no question, no answer
		}
		if t := st.text[p.Start:p.End]; strings.HasPrefix(t, "Q: ") {
			qs++
		} else if strings.HasPrefix(t, "A: ") {
			as++
		}
		t, ok := st.turnAt(pi)
		if !ok {
			continue
		}
		if len(turns) == 0 || st.text[turns[len(turns)-1].label.Start:turns[len(turns)-1].label.End] != st.text[t.label.Start:t.label.End] {
			labels++
		}
		turns = append(turns, t)
	}
	if len(turns) >= 2 && !st.labelsSpeak(turns) {
		turns = turns[:0] // a notes column's headings: "WRIST WATCH: …", "FINED: …"
	}
	// one label, its turns between "Q:" paragraphs, is an interview
	// whose answers are labelled with the speaker's name ("Q: …" ¶
	// "DELAINE: …"); else a transcript needs two speakers
	if len(turns) < 2 || labels < 2 && qs < 2 {
		turns = st.namedTurns()
	}
	if len(turns) < 2 {
		// a question-and-answer interview: the answers are the words of
		// the person the introduction names
		if qs < minInterviewTurns || as < minInterviewTurns && qs < minBareQuestions {
			return // too few for one: interview would find none
		}
		if turns = st.interview(); len(turns) == 0 {
			return
		}
	}
	// the quotes in marks keep their pieces outside the turns
	in := func(pi int) bool {
		for _, t := range turns {
			if t.para == pi {
				return true
			}
		}
		return false
	}
	// a new slice: the turns added may outnumber the quotes read so far,
	// and would overwrite those not yet read in place
	out := make([]rawQuote, 0, len(st.raw)+len(turns))
	k := 0
	add := func(t turn) {
		q := rawQuote{para: t.para, kind: Direct, hasAtt: true, turn: true, closed: true,
			att: attribution{mention: t.label}}
		if t.who.Valid() {
			q.turn, q.att.mention = false, t.who // an answer: its speaker is named in the text
		}
		q.pieces = st.onePiece(qpiece{s: t.start, e: t.end, os: t.openS, ce: t.closE, para: t.para})
		out = append(out, q)
	}
	first, last := turns[0].para, turns[len(turns)-1].para
	for _, q := range st.raw {
		kept := q.pieces[:0:0]
		split := false
		for _, p := range q.pieces {
			if in(p.para) {
				split = true
			} else {
				kept = append(kept, p)
			}
		}
		if split {
			// what a quote that ran through the turns keeps between them
			// is the transcript's stage directions: "(CROSSTALK.)"
			n := 0
			for _, p := range kept {
				if (p.para < first || p.para > last) && !followLine(st.text[p.s:p.e]) {
					kept[n] = p
					n++
				}
			}
			kept = kept[:n]
		}
		if len(kept) == 0 {
			continue
		}
		for k < len(turns) && turns[k].openS < kept[0].os {
			add(turns[k])
			k++
		}
		q.pieces = kept
		q.para = kept[0].para
		out = append(out, q)
	}
	for ; k < len(turns); k++ {
		add(turns[k])
	}
	st.raw = out
}

// turnAt reads paragraph pi as a transcript turn: perhaps an opening quote
// mark, a label of one to three words in capitals, a colon and the words.
func (st *state) turnAt(pi int) (turn, bool) {
	p := &st.doc.Paragraphs[pi]
	text := st.text[:p.End]
	i := p.Start
	open := -1
	if !turnOpening(text, i) {
		return turn{}, false
	}
	if text[i] < 'A' || text[i] > 'Z' {
		_, n := utf8.DecodeRuneInString(text[i:])
		open, i = i, i+n // the opening quote mark
	}
	ls := i
	words, letters := 0, 0
	for i < len(text) && words < maxLabelWords {
		ws := i
		for i < len(text) && (text[i] >= 'A' && text[i] <= 'Z' || text[i] == '.' || text[i] == '\'' || text[i] == '-') {
			if text[i] >= 'A' && text[i] <= 'Z' {
				letters++
			}
			i++
		}
		if i == ws {
			return turn{}, false
		}
		words++
		if i < len(text) && text[i] == ' ' && i+1 < len(text) && text[i+1] >= 'A' && text[i+1] <= 'Z' {
			i++
			continue
		}
		break
	}
	le := i // the label's end
	if i+2 < len(text) && text[i] == ' ' && text[i+1] == '(' {
		// "MIRELA DANT (Halvorsund Post): …": the outlet or the party in
		// brackets between the name and the colon
		if c := strings.IndexByte(text[i+2:min(len(text), i+2+maxLabelBytes)], ')'); c > 0 && !strings.ContainsAny(text[i+2:i+2+c], ":\n(") {
			i += 2 + c + 1
		}
	}
	if letters < 2 || i+1 >= len(text) || text[i] != ':' || text[i+1] != ' ' {
		return turn{}, false
	}
	if notSpeakerLabel(text[ls:le]) {
		return turn{}, false
	}
	return st.turnFrom(pi, open, ls, le, i)
}

// turnFrom makes the turn of paragraph pi whose label is text[ls:le],
// the colon after it at i, and open the index of the quote mark the
// paragraph opens with (or -1).
func (st *state) turnFrom(pi, open, ls, le, i int) (turn, bool) {
	p := &st.doc.Paragraphs[pi]
	text := st.text[:p.End]
	label := Span{ls, le}
	s := i + 1
	for s < len(text) && text[s] == ' ' {
		s++
	}
	e := p.End
	for e > s && (text[e-1] == ' ' || text[e-1] == '\n' || text[e-1] == '\r') {
		e--
	}
	ce := e
	if r, n := utf8.DecodeLastRuneInString(text[s:e]); r == '"' || r == '”' || r == '»' {
		e -= n
	}
	if e <= s {
		return turn{}, false
	}
	os := s
	if open >= 0 {
		os = open
	}
	return turn{para: pi, label: label, start: s, end: e, openS: os, closE: ce}, true
}

// maxLabelBytes bounds where the colon after a label in title case may
// stand: two words of a name.
const maxLabelBytes = 40

// namedTurns reads a transcript whose labels are people's names in
// title case ("Pell: When you were lying on the pitch …", "Ode: Honestly?
// …"): paragraphs that open with one or two capitalised words and a colon,
// where the words are the surname or the name of a person the article
// names. Like transcript, it needs two turns by two labels, else it
// returns none; "Update: …" names no one and is no turn.
func (st *state) namedTurns() []turn {
	var turns []turn
	labels := 0
	text := st.text
	for pi := range st.doc.Paragraphs {
		p := &st.doc.Paragraphs[pi]
		if strings.IndexByte(text[p.Start:min(p.End, p.Start+maxLabelBytes)], ':') < 0 {
			continue // most paragraphs: no colon where a label would end
		}
		i, words := p.Start, 0
		for i < p.End && words < 2 && text[i]-'A' <= 'Z'-'A' {
			j := i + 1
			for j < p.End && (text[j]-'a' <= 'z'-'a' || text[j] == '-' || text[j] == '\'') {
				j++
			}
			if j == i+1 {
				break
			}
			words++
			if j < p.End && text[j] == ' ' && words < 2 {
				j++
			}
			i = j
		}
		if words == 0 || i+1 >= p.End || text[i] != ':' || text[i+1] != ' ' {
			continue
		}
		label := strings.TrimSpace(text[p.Start:i])
		if !st.labelNames(label) {
			continue
		}
		t, ok := st.turnFrom(pi, -1, p.Start, p.Start+len(label), p.Start+len(label))
		if !ok {
			continue
		}
		if len(turns) == 0 || text[turns[len(turns)-1].label.Start:turns[len(turns)-1].label.End] != label {
			labels++
		}
		turns = append(turns, t)
	}
	if len(turns) < 2 || labels < 2 {
		return nil
	}
	return turns
}

// labelNames reports whether label is the surname or the name of a
// person (no organisation) the article names.
func (st *state) labelNames(label string) bool {
	for i := range st.people {
		if p := &st.people[i]; !p.org && (p.surname == label || p.name == label) {
			return true
		}
	}
	return false
}

// turnOpening reports whether the paragraph that starts at byte i of text
// (which ends with it) opens as a turn or an interview's line can: with a
// capital that no lower-case letter follows, perhaps after an opening quote
// mark, or with a mark and a full stop, an apostrophe or a hyphen, which a
// label may hold too. Most paragraphs open with a capital and a lower-case
// letter, or a quote mark and those, and are passed over with no more
// reading; the quote marks are compared as bytes, not decoded.
func turnOpening(text string, i int) bool {
	if i+1 < len(text) && text[i] >= 'A' && text[i] <= 'Z' {
		return text[i+1] < 'a' || text[i+1] > 'z'
	}
	n := quoteOpening(text[i:])
	if i += n; n == 0 || i+1 >= len(text) {
		return n > 0 && i < len(text) && labelPunct(text[i])
	}
	if text[i] >= 'A' && text[i] <= 'Z' {
		return text[i+1] < 'a' || text[i+1] > 'z'
	}
	return labelPunct(text[i])
}

// labelPunct reports the bytes other than capitals that a turn's label
// may hold: a full stop, an apostrophe or a hyphen.
func labelPunct(c byte) bool { return c == '.' || c == '\'' || c == '-' }

// quoteOpening returns the length of the quote mark a turn may open with
// (" “ or «) that opens t, or 0.
func quoteOpening(t string) int {
	switch {
	case strings.HasPrefix(t, `"`):
		return 1
	case strings.HasPrefix(t, "“"):
		return len("“")
	case strings.HasPrefix(t, "«"):
		return len("«")
	}
	return 0
}

// followLine reports a writer's sign-off that a transcript's marks run on
// into: "Follow Pam Key on Twitter @pamkeyNEN."
func followLine(t string) bool {
	return strings.HasPrefix(t, "Follow ") && len(t) < 100 && (strings.Contains(t, "@") || strings.Contains(t, "Twitter"))
}

// notSpeakerLabel reports the labels in capitals that name no speaker:
// notes, questions and answers, page furniture.
func notSpeakerLabel(l string) bool {
	switch l {
	case "Q", "A", "UPDATE", "NOTE", "EDITOR'S NOTE", "CORRECTION", "CLARIFICATION", "WATCH", "READ MORE", "RELATED",
		"PHOTO", "PHOTOS", "VIDEO", "LISTEN", "SOURCE", "SOURCES", "BREAKING", "EXCLUSIVE", "WARNING", "FTC", "DISCLOSURE",
		"ADVERTISEMENT", "SEE ALSO", "MORE", "ALSO", "UPDATED", "EDITOR", "TRANSCRIPT", "SPOILER", "SPOILERS":
		return true
	}
	return strings.HasPrefix(l, "DEAR ")
}

// labelsSpeak reports whether turns, paragraphs that open with a label in
// capitals and a colon, are a transcript's: a label comes back (speakers
// take turns) or names a person of the article. A notes column's
// headings ("WRIST WATCH:", "NEW STARTER:", "FINED:") do neither.
func (st *state) labelsSpeak(turns []turn) bool {
	for i, t := range turns {
		label := st.text[t.label.Start:t.label.End]
		for _, u := range turns[:i] {
			if st.text[u.label.Start:u.label.End] == label {
				return true
			}
		}
		surname := label
		if i := strings.LastIndexByte(label, ' '); i > 0 {
			surname = label[i+1:]
		}
		for k := range st.people {
			if p := &st.people[k]; !p.org && (strings.EqualFold(p.surname, surname) || strings.EqualFold(p.name, label)) {
				return true
			}
		}
	}
	return false
}

// labelRoleHolder returns the person whose role, or the role set off before
// whose name, opens with the words role (in any case): "SPEAKER" for
// "The Speaker of the Assembly, Rosalind Akerman". Else -1.
func (st *state) labelRoleHolder(role string) int {
	for i := range st.people {
		p := &st.people[i]
		if p.org {
			continue
		}
		if r := p.role; len(r) >= len(role) && strings.EqualFold(r[:len(role)], role) && (len(r) == len(role) || r[len(role)] == ' ') {
			return i
		}
	}
	for _, m := range st.ments {
		// "The Speaker of the Assembly, Rosalind Akerman,": the role set
		// off before the name
		if m.pos < 2 || st.text[m.pos-2:m.pos] != ", " || st.people[m.who].org {
			continue
		}
		ps := st.doc.Paragraphs[st.doc.Sentences[max(0, st.sentenceAt(m.pos))].Paragraph].Start
		before := st.text[max(ps, m.pos-80) : m.pos-2]
		i := strings.LastIndex(before, "The ")
		if i < 0 {
			i = strings.LastIndex(before, "the ")
		}
		if i >= 0 && len(before)-i-4 >= len(role) && strings.EqualFold(before[i+4:i+4+len(role)], role) && !strings.Contains(before[i:], ",") {
			return m.who
		}
	}
	return -1
}

// turnSpeaker names the speaker of a transcript label: the person of the
// article whose surname it is ("PENCE" after "Gov. Mike Pence"), else the
// label in title case ("Wallace").
func (st *state) turnSpeaker(label string) string {
	surname := label
	if i := strings.LastIndexByte(label, ' '); i > 0 {
		if _, ok := st.lx.title(label[:i]); ok {
			surname = label[i+1:] // "MAYOR LIND", "SEN. ODE": a title, then the surname
		}
	}
	for i := range st.people {
		if p := &st.people[i]; !p.org && (strings.EqualFold(p.surname, surname) || strings.EqualFold(p.name, label)) {
			return p.name
		}
	}
	if role, ok := strings.CutPrefix(label, "THE "); ok {
		// "THE SPEAKER:" after "The Speaker of the Assembly, Rosalind
		// Akerman,": the one the article gave the role
		if w := st.labelRoleHolder(role); w >= 0 {
			return st.people[w].name
		}
	}
	var b strings.Builder
	for i, w := range strings.Fields(label) {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w[:1])
		b.WriteString(strings.ToLower(w[1:]))
	}
	return b.String()
}
