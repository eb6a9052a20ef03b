package segment

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// attribution is where a quote's speaker and reporting verb are written.
type attribution struct {
	mention Span
	cue     Span
	// refers is the antecedent a relative pronoun mention stands for
	// ("the mayor, who said": mention "who", refers "the mayor"), which
	// names the speaker; else not Valid.
	refers Span
}

// speakerOf resolves the speaker an attribution names: its mention's, or
// its relative pronoun's antecedent's.
func (st *state) speakerOf(a attribution) (string, string) {
	if a.refers.Valid() {
		return st.resolveMention(a.refers)
	}
	name, role := st.resolveMention(a.mention)
	if mt := st.text[a.mention.Start:a.mention.End]; len(mt) > 8 && strings.Contains(mt, " of ") {
		if strings.HasSuffix(name, mt[len(mt)-3:]) {
			// "Council Member Ana Ode of District 5": the name before the
			// district that ends the mention
			if i := strings.LastIndex(mt, " of "); i > 0 && districtNumbered(mt[i+4:]) {
				name, role = st.resolveMention(Span{a.mention.Start, a.mention.Start + i})
			}
		}
		if strings.HasSuffix(mt, " of hers") || strings.HasSuffix(mt, " of his") {
			// "A single paragraph of hers once described …": hers is whose
			g := genderFemale
			if strings.HasSuffix(mt, " of his") {
				g = genderMale
			}
			if n, r := st.pronounSpeaker(a.mention.End-len("his"), g); n != "" {
				name, role = n, r
			}
		}
	} else if name != "" && len(mt) > len(name) && strings.HasPrefix(mt, name) && strings.HasPrefix(mt[len(name):], "–") && strings.IndexByte(mt, ' ') < 0 {
		name = mt // a name joined by an en dash, as teams are: "Lumena–Brabo"
	}
	if r := strings.TrimSuffix(strings.TrimSuffix(role, " the"), " a"); strings.HasSuffix(r, " by") || strings.HasSuffix(r, " from") || r == "by" || r == "from" {
		// "modelling by the Rural Policy Institute", "the Facts report
		// from InfoNation": what the body made is no role of it
		role = ""
	}
	if strings.IndexByte(name, '"') >= 0 || strings.Contains(name, "“") {
		// "the “Pose” actor": the role without the title inside it
		m := st.text[a.mention.Start:a.mention.End]
		if c := strings.LastIndexAny(m, "”\""); c > 0 {
			_, n := utf8.DecodeRuneInString(m[c:])
			if r := strings.TrimSpace(m[c+n:]); r != "" && r[0] >= 'a' && r[0] <= 'z' {
				return r, ""
			}
		}
	}
	return name, role
}

// districtNumbered reports whether s is a capitalised word and a number,
// as districts and wards are named: "District 5", "Ward 12".
func districtNumbered(s string) bool {
	w, n, ok := strings.Cut(s, " ")
	return ok && w != "" && w[0] >= 'A' && w[0] <= 'Z' && isNumber(n)
}

// viaRelative makes the mention of att the "who" that stands between the
// subject toks[...e] it names and the verb toks[v] ("McConnell, now the
// leader, who said"): the mention is the word as written, as a pronoun's
// is, and the subject is what it refers to.
func (st *state) viaRelative(toks []tok, att attribution, e, v int) attribution {
	// "who" is the verb's own subject: only auxiliaries and adverbs stand
	// between them ("who has long said"), not a clause of its own ("Ode,
	// who runs Varncorp, said")
	k := v - 1
	for k > e && toks[k].k == tWord && st.beforeVerb(toks, k, e+1) {
		k--
	}
	if k > e && toks[k].k == tWord && st.word(toks[k]) == "who" {
		if e >= 2 && att.mention.Start == toks[e].s && isNumber(st.word(toks[e])) && toks[e-1].k == tComma && toks[e-2].k == tWord && capitalised(toks[e-2]) {
			// "Bev Hollander, 70, who said": the name before the age
			b := e - 2
			for b > 0 && toks[b-1].k == tWord && capitalised(toks[b-1]) {
				b--
			}
			att.mention = Span{toks[b].s, toks[e-2].e}
		} else if b, e2 := st.nameBeforeRoleOf(toks, att.mention.Start); e2 > b {
			// "Gloria Estrand, president of the Ohio Federation of
			// Classroom Teachers, who predicted": the person, not the body
			att.mention = Span{toks[b].s, toks[e2-1].e}
		}
		att.refers, att.mention = att.mention, Span{toks[k].s, toks[k].e}
	}
	return att
}

// objectOfPhrase returns the index of the first word after the last
// "from", "by", "with", "among" or "against" inside the mention m, which
// ends at toks[e], when a word in lower case that is no role comes before
// that preposition: in "The rule drew scrutiny from consumer advocates, who
// argue", who is the advocates, not the whole run of words a backward read
// took for a subject ("a spokesman for the union" keeps its role). Else 0.
func (st *state) objectOfPhrase(toks []tok, m Span, e int) int {
	for p := e - 1; p > 1 && toks[p].s > m.Start; p-- {
		if toks[p].k != tWord {
			return 0
		}
		switch st.word(toks[p]) {
		case "from", "by", "with", "among", "against":
			if q := toks[p-1]; q.k == tWord && !capitalised(q) && !st.roleWord(q) && q.s >= m.Start && p+1 <= e {
				return p + 1
			}
			return 0
		}
	}
	return 0
}

// nameBeforeRoleOf returns the bounds [b, e) of the name that a role and
// "of", "at" or "for" set off after it lead into the body at byte pos:
// "Gloria Estrand, president of the Ohio Federation …". Else b == e.
func (st *state) nameBeforeRoleOf(toks []tok, pos int) (int, int) {
	s := 0
	for s < len(toks) && toks[s].s < pos {
		s++
	}
	if s >= len(toks) || toks[s].s != pos || s < 4 {
		return 0, 0
	}
	if st.word(toks[s-1]) == "the" {
		s--
	}
	switch st.word(toks[s-1]) {
	case "of", "at", "for":
	default:
		return 0, 0
	}
	r := s - 2
	if toks[r].k != tWord || capitalised(toks[r]) || !st.roleWord(toks[r]) {
		return 0, 0
	}
	c := r - 1
	for c > 0 && r-c <= 3 && toks[c].k == tWord && !capitalised(toks[c]) {
		c-- // "the union's president", "a former president"
	}
	if c < 1 || toks[c].k != tComma || toks[c-1].k != tWord || !capitalised(toks[c-1]) {
		return 0, 0
	}
	b := c - 1
	for b > 0 && toks[b-1].k == tWord && capitalised(toks[b-1]) {
		b--
	}
	if c-b < 2 {
		return 0, 0 // a name of two words or more
	}
	return b, c
}

// maxTailTokens bounds how far after a quote its attribution is looked for.
const maxTailTokens = 40

// sentenceAt returns the index of the sentence that holds byte pos, or -1.
func (st *state) sentenceAt(pos int) int {
	ss := st.doc.Sentences
	// the first sentence that ends after pos (sort.Search, by hand)
	i, hi := 0, len(ss)
	for i < hi {
		m := int(uint(i+hi) >> 1)
		if ss[m].End <= pos {
			i = m + 1
		} else {
			hi = m
		}
	}
	return st.sentenceHolding(i, pos)
}

// sentenceHolding returns sentenceAt(pos), given i, the index of the first
// sentence that ends after pos.
func (st *state) sentenceHolding(i, pos int) int {
	ss := st.doc.Sentences
	if i < len(ss) && ss[i].Start <= pos {
		return i
	}
	if i < len(ss) && i > 0 && ss[i-1].Paragraph == ss[i].Paragraph {
		return i // pos between two sentences of one paragraph
	}
	return -1
}

func (st *state) word(t tok) string { return st.text[t.s:t.e] }

// isVerb reports whether t is a reporting-verb form.
func (st *state) isVerb(t *tok) bool {
	if t.k != tWord {
		return false
	}
	// most words are too short, too long or start with the wrong letter
	// to be a verb form (fShape is clear): no need to look them up
	return t.f&fShape != 0 && st.bits(t)&fVerb != 0
}

// cueAt reports whether toks[v] is a reporting verb in its place: a
// capitalised form right after a word is part of a name or a headline
// ("United States", "Rivera Says Talks Stalled"), and a form after "being"
// or "having" is an idiom ("That being said,"), not a cue.
//
// Most tokens are ruled out by their flags alone, so that test is kept
// small enough to be inlined at every call and the lookup is left to
// verbAt.
func (st *state) cueAt(toks []tok, v int) bool {
	return toks[v].f&fShape != 0 && st.verbAt(toks, v)
}

// mediaNoun reports the nouns of recordings and posts that a participle
// such as "posted" describes: "a video posted to social media".
func mediaNoun(w string) bool {
	switch w {
	case "video", "videos", "clip", "recording", "photo", "photograph", "image", "message", "post", "tweet", "podcast":
		return true
	}
	return false
}

// verbAt is cueAt for a token that has a verb form's shape. The flag tests
// come before the lexicon lookup: a capitalised word after a word is never
// a cue, whatever it is, and a word asked about before has the answer in
// its flags (fBits), so only a word's first test calls state.bits.
func (st *state) verbAt(toks []tok, v int) bool {
	t := &toks[v]
	afterWord := v > 0 && toks[v-1].k == tWord
	if afterWord && capitalised(*t) || t.k != tWord {
		return false
	}
	if capitalised(*t) && v > 0 && toks[v-1].k == tComma && v+1 < len(toks) && (toks[v+1].k == tComma || toks[v+1].k == tWord && capitalised(toks[v+1])) {
		// a name in a list: "Disney, Pixar, Marvel, and …", "including
		// Mayor Ruth Okonkwo-Haines, State Representative Hal Brisco"
		return false
	}
	f := t.f
	if f&fBits == 0 {
		f = st.bits(t) // asked for the first time: look the word up
	}
	if f&fVerb == 0 {
		return false
	}
	if afterWord && issuingParticiple(st.word(*t)) && (st.lx.noun(st.word(toks[v-1])) == kindDocument || mediaNoun(st.word(toks[v-1]))) {
		return false // "a statement posted on the ministry's website said", "in a video posted to social media:": the participle describes the document
	}
	// the words around the verb are told by their length before their text
	if afterWord && v >= 2 && toks[v-2].k == tWord && ordinalLike(st.word(toks[v-1])) && isDeterminer(st.word(toks[v-2])) {
		return false // a noun after a determiner and an ordinal: "in his first term, but …", "its latest report"
	}
	if afterWord && toks[v-1].e-toks[v-1].s <= 2 && v+1 < len(toks) && toks[v+1].k == tWord && !capitalised(toks[v+1]) {
		if w := st.word(toks[v-1]); w == "a" || w == "A" {
			// "a state police spokesman": a noun that modifies the next
			// after "a", no verb
			return false
		}
	}
	if afterWord {
		if p := toks[v-1]; uint(p.e-p.s-len("being")) <= 1 {
			if w := st.word(p); w == "being" || w == "Having" || w == "having" {
				return false // "That being said,", "Having said that,"
			}
		}
	}
	if v+1 < len(toks) && toks[v+1].k == tWord && toks[v+1].e-toks[v+1].s == len("like") && st.word(toks[v+1]) == "like" {
		if w := st.word(*t); len(w) >= 4 && (w[:4] == "feel" || w == "felt") {
			// "the router feels like a step": a likeness, no report; but
			// "she felt like she had no choice" reports a feeling
			_, pron := isPronoun(st.word(toks[min(v+2, len(toks)-1)]))
			return v+2 < len(toks) && pron
		}
	}
	if w := st.word(*t); w[0]|0x20 == 'f' || w[0]|0x20 == 's' || w[0]|0x20 == 'h' || w[0]|0x20 == 'p' || w[0]|0x20 == 'a' || w[0]|0x20 == 'r' || w[0]|0x20 == 'g' || w[0]|0x20 == 'w' || w[0] == 't' {
		switch w {
		case "terms":
			// "laid out the problem in blunt terms:": a noun
			return !st.inTerms(toks, v)
		case "go", "goes", "went", "Go", "Goes", "Went":
			// "“…?” Trump went on, as if …": speech goes on only with
			// on right after and nothing after on but punctuation ("the
			// meeting went on for hours" reports nothing)
			return v+1 < len(toks) && toks[v+1].k == tWord && st.word(toks[v+1]) == "on" && (v+2 >= len(toks) || toks[v+2].k != tWord)
		case "find", "finds", "found", "show", "shows", "showed", "accept", "accepts", "accepted", "ruled", "ruling", "hold", "holds", "held", "holding":
			// "the survey found that …", "polls show that …", "he
			// accepted that …", "the judge ruled that …", "the court
			// held that …": a report only with that right after ("found
			// the keys", "shows no sign of", "ruled out a deal", "held
			// talks" report nothing), or a time and that ("ruled on
			// Wednesday that")
			k := v + 1
			if k+1 < len(toks) && toks[k].k == tWord && toks[k+1].k == tWord {
				switch w := st.word(toks[k]); {
				case timeName(w) || relativeDay(w):
					k++
				case w == "on" || w == "last" || w == "this" || w == "earlier":
					if n := st.word(toks[k+1]); timeName(n) || relativeDay(n) || n == "week" || n == "month" || n == "year" {
						k += 2
					}
				}
			}
			if e := toks[v].e; k >= len(toks) && v > 1 && e < len(st.text) && (st.text[e] == '.' || st.text[e] == ';') {
				// "…, the figures showed.", "…, a survey by the
				// institute found.": the clause before the comma is what
				// the data show, when the verb ends the sentence
				switch st.word(toks[v]) {
				case "show", "shows", "showed", "find", "finds", "found":
					return true
				}
			}
			return k < len(toks) && toks[k].k == tWord && st.word(toks[k]) == "that"
		case "refer", "refers", "referred", "referring":
			// "referred to the strikers as “saboteurs”": a naming only
			// with to right after and as within a few words ("referred
			// the case to a judge", "referred to the report" name nothing)
			if v+1 >= len(toks) || toks[v+1].k != tWord || st.word(toks[v+1]) != "to" {
				return false
			}
			for j := v + 2; j < len(toks) && j <= v+8; j++ {
				if toks[j].k != tWord {
					return false
				}
				if st.word(toks[j]) == "as" {
					return true
				}
			}
			return false
		case "add", "adds", "added", "adding":
			// "“…,” she added", not "the delays add up" nor "adding to
			// fears that …": a sum or a heap, no speech; but "added to
			// People", "added to reporters" say something to someone
			if v+1 < len(toks) && toks[v+1].k == tWord {
				if n := st.word(toks[v+1]); n == "up" || countWord(n) && !colonWithin(toks, v+2, v+5) {
					return false // and "Marchand added three assists", "the index added 0.5 percent" (not "added two conditions: …")
				} else if n == "to" && v+2 < len(toks) && toks[v+2].k == tWord && !capitalised(toks[v+2]) && !audience(st.word(toks[v+2])) {
					return false
				}
			}
		case "written":
			// "Ashby had written: “…”", "she has written that …", "“…,”
			// he had written.", not "who had written it", "a song
			// written by Ode" (a work's author)
			if v+1 >= len(toks) {
				return true
			}
			switch toks[v+1].k {
			case tColon, tComma, tQuote, tStop:
				return true
			case tWord:
				return st.word(toks[v+1]) == "that"
			}
			return false
		case "points":
			// "she points out that …", not "3.4 percentage points" nor
			// "points to the figures"
			return v+1 < len(toks) && toks[v+1].k == tWord && st.word(toks[v+1]) == "out"
		case "state":
			// "The law's sponsor, state Sen. Ana Ode, told": a state's
			// office before a name, no verb
			if v+1 < len(toks) && toks[v+1].k == tWord && capitalised(toks[v+1]) {
				if _, ok := st.wordTitle(toks[v+1]); ok {
					return false
				}
			}
		case "read", "reads":
			// "a change analysts read as a hawkish tilt": how it was
			// understood, not words read out ("read as follows" is)
			if v+2 < len(toks) && toks[v+1].k == tWord && st.word(toks[v+1]) == "as" && st.word(toks[v+2]) != "follows" {
				return false
			}
		case "shoots", "shot", "fires", "fired", "hits", "hit", "pushes", "pushed":
			// "Lund shot back, “…”", "fired back at critics": a reply
			// only with back right after, and no object after back
			// ("pushing back the date")
			if v+1 >= len(toks) || toks[v+1].k != tWord || st.word(toks[v+1]) != "back" {
				return false
			}
			if v+2 >= len(toks) || toks[v+2].k != tWord {
				return true
			}
			switch st.word(toks[v+2]) {
			case "at", "against", "on", "that", "with", "in", "by", "after", "during":
				return true
			}
			return false
		}
	}
	if afterWord && (v+1 == len(toks) || toks[v+1].k == tComma || toks[v+1].k == tQuote || toks[v+1].k == tWord && toks[v+1].e-toks[v+1].s <= 3 && (st.word(toks[v+1]) == "for" || st.word(toks[v+1]) == "of")) && st.ownedNoun(toks, v) {
		return false // "the city’s fiscal report, “…,” showed", "their report": a noun a possessive owns
	}
	return true
}

// ownedNoun reports whether toks[v], a verb's base form ("report",
// "claim"), is a noun that a possessive owns, right before it or before
// up to three lower-case words that are no plurals, or months and days:
// "Ode’s report", "the city’s February fiscal report", "their final
// statement". After a plural the
// form is a verb ("Ode’s lawyers claim that"). verbAt asks only when a
// comma, a quote mark or the end follows, where the noun's title or
// appositive goes ("the city’s fiscal report, “Kell at the Crossroads,”
// showed"), or "for" or "of" ("the union’s separate demand for a rise"):
// before other words, "the city’s police say" is a verb.
func (st *state) ownedNoun(toks []tok, v int) bool {
	w := st.word(toks[v])
	if w == "" || st.lemmaOf(toks[v]) != w {
		return false // "says", "said": no base form
	}
	k := v - 1
	for m := 0; m < 3 && k > 0 && toks[k].k == tWord && (!capitalised(toks[k]) || timeName(st.word(toks[k]))); m++ {
		p := st.word(toks[k])
		if possessiveWord(p) || ownerPronoun(p) || strings.HasSuffix(p, "s") || isDeterminer(p) || isPreposition(p) {
			break
		}
		k--
	}
	if toks[k].k != tWord {
		return false
	}
	p := st.word(toks[k])
	return possessiveWord(p) || ownerPronoun(p)
}

// ownerPronoun reports a possessive determiner: his, her, its, their,
// our, my, your.
func ownerPronoun(w string) bool {
	switch w {
	case "his", "His", "her", "Her", "its", "Its", "their", "Their", "our", "Our", "my", "My", "your", "Your":
		return true
	}
	return false
}

// colonWithin reports a colon among toks[i:j].
func colonWithin(toks []tok, i, j int) bool {
	for k := i; k < j && k < len(toks); k++ {
		if toks[k].k == tColon {
			return true
		}
	}
	return false
}

// countWord reports a number, in digits or in words: what is added is
// then a count, no words ("added three assists", "added 12 points").
func countWord(w string) bool {
	if w != "" && w[0] >= '0' && w[0] <= '9' {
		return true
	}
	switch w {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "another":
		return true
	}
	return false
}

// findingCue reports a cue that tells what something shows, not what
// someone says: "polling shows that", "the survey found that".
func (st *state) findingCue(c Span) bool {
	toks := st.tokensIn(c.Start, c.End)
	if len(toks) != 1 || toks[0].k != tWord {
		return false
	}
	switch st.verbLemma(toks[0]) {
	case "show", "find", "suggest", "indicate", "reveal":
		return true
	}
	return false
}

// audience reports the words for whom something is said to: "added to
// reporters", "added to them".
func audience(w string) bool {
	switch w {
	case "reporters", "journalists", "supporters", "him", "her", "them", "us", "me", "you", "listeners", "viewers":
		return true
	}
	return false
}

// numberComma reports whether toks[c] is the comma inside a number,
// between digits with no space: "40,000".
func (st *state) numberComma(toks []tok, c int) bool {
	return c > 0 && c+1 < len(toks) && toks[c].k == tComma && toks[c-1].e == toks[c].s && toks[c+1].s == toks[c].e &&
		isDigit(rune(st.text[toks[c].s-1])) && isDigit(rune(st.text[toks[c].e]))
}

// listPoint reports a sentence that opens with an ordinal and a comma, a
// point in a list: "First, they were meant to show that …" ("First
// Minister Ana Ode" is a role and a name).
func (st *state) listPoint(toks []tok) bool {
	return len(toks) > 1 && toks[1].k == tComma && listOrdinal(st.word(toks[0]))
}

// listOrdinal reports the capitalised ordinals that open the points of a
// list.
func listOrdinal(w string) bool {
	switch w {
	case "First", "Second", "Third", "Fourth", "Fifth":
		return true
	}
	return false
}

// framingVerb reports the forms of the verbs of opening and closing
// that "with" and someone speaking may follow: "the ad ends with a
// narrator saying", "the hearing opened with the chair warning".
func framingVerb(w string) bool {
	switch w {
	case "ends", "ended", "closes", "closed", "opens", "opened", "begins", "began", "starts", "started", "concludes", "concluded", "wrapped", "wraps":
		return true
	}
	return false
}

// ordinalLike reports the adjectives that stand between a determiner and
// its noun and never close a subject before its verb: "his first term",
// "the latest report", "her own account".
func ordinalLike(w string) bool {
	switch w {
	case "first", "second", "third", "final", "last", "next", "latest", "own", "new", "previous", "initial":
		return true
	}
	return false
}

// subjectEnd returns the last token of the subject that starts at toks[s]
// before the reporting verb toks[v]: auxiliaries and punctuation before the
// verb dropped, an appositive ("Lamrani, an analyst at Stratfor,") cut
// off. ok is false when the subject is a thing that cannot speak ("the
// decision", "his remarks").
func (st *state) subjectEnd(toks []tok, s, v int) (e int, ok bool) {
	return st.subjectAt(toks, s, v, 0, -1)
}

// subjectAt is subjectEnd given what mentionAt takes: j, the tail npFrom
// read back to from the verb, not before toks[lo], or j < s when there is
// none.
func (st *state) subjectAt(toks []tok, s, v, lo, j int) (e int, ok bool) {
	e = st.mentionAt(toks, s, v, lo, j)
	// one pass cuts off the appositive (appositiveEnd) and a phrase of how
	// the subject spoke: "A port official speaking on condition of
	// anonymity said"
	for k := s + 1; k <= e; k++ {
		if t := toks[k]; t.k == tComma && !st.numberComma(toks, k) || t.k == tDash || t.e-t.s >= len("talking") && st.text[t.e-1] == 'g' && speakingAside(st.word(t)) {
			e = k - 1
			break
		}
	}
	if e == s {
		switch st.word(toks[s]) {
		case "But", "And", "Or", "So", "Yet", "Nor":
			return e, false // an imperative after a conjunction: "But don't expect …"
		}
	}
	return e, st.headKind(toks, s, e) != kindThing
}

// speakingAside reports the participles of a phrase that follows a
// subject and tells how it spoke: "speaking to Harbour Radio", "talking
// on condition of anonymity".
func speakingAside(w string) bool {
	switch w {
	case "speaking", "talking", "writing", "testifying", "appearing":
		return true
	}
	return false
}

// prepositionBefore reports whether the "and" at toks[a] joins the
// object of a preposition inside a subject: "of", "on", "for" or "from"
// up to four words before it, after a word, with only words between
// ("Experts on Varnia and …", "the ministers of trade and …").
func (st *state) prepositionBefore(toks []tok, a, lo int) bool {
	for p := a - 1; p > lo && a-p <= 4; p-- {
		if toks[p].k != tWord {
			return false
		}
		switch w := st.word(toks[p]); w {
		case "of", "on", "for", "from":
			return toks[p-1].k == tWord && !isPreposition(st.word(toks[p-1]))
		default:
			if isClauseBoundary(w) || isPreposition(w) {
				return false
			}
		}
	}
	return false
}

// beforeVerb reports whether toks[j] is a word that may stand between a
// subject and its verb and belongs to neither: an auxiliary or adverb
// ("Ode later said"), "first" after a noun ("The employee first said",
// not "The first said"), or a day or month after a word ("a statement
// Tuesday saying"; "on Tuesday" is skipTimePlace's). lo is the first
// token the subject may start at.
//
// Of these words only the days and months start with a capital, and they
// all do: a word's first byte tells which tests can hold.
func (st *state) beforeVerb(toks []tok, j, lo int) bool {
	if toks[j].k != tWord {
		return false
	}
	w := st.word(toks[j])
	if w != "" && 'A' <= w[0] && w[0] <= 'Z' {
		return timeName(w) && j > lo && toks[j-1].k == tWord && !isPreposition(st.word(toks[j-1]))
	}
	return isAux(w) || isAdverb(w) ||
		// "Falk now says", "Ode still insists"
		(w == "now" || w == "still") && j > lo && toks[j-1].k == tWord && !isPreposition(st.word(toks[j-1])) && j+1 < len(toks) && presentThird(st.word(toks[j+1])) ||
		// "Mr. Costa himself described", "the minister herself said"
		(w == "himself" || w == "herself" || w == "themselves" || w == "itself") && j > lo && toks[j-1].k == tWord ||
		// "Lund and Ode both said", "officials all said"
		(w == "both" || w == "all" || w == "each") && j > lo && toks[j-1].k == tWord && !isPreposition(st.word(toks[j-1])) && !isDeterminer(st.word(toks[j-1])) ||
		w == "first" && j > lo && toks[j-1].k == tWord && !isPreposition(st.word(toks[j-1])) && (capitalised(toks[j-1]) || !isDeterminer(st.word(toks[j-1]))) ||
		// "officials have begun calling it …"
		j+1 < len(toks) && catenative(w) && strings.HasSuffix(st.word(toks[j+1]), "ing")
}

// presentThird reports a verb in the present's third person singular:
// "says", "insists", "argues".
func presentThird(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && w[0] >= 'a' && w[0] <= 'z'
}

// catenative reports the verbs that take a participle and leave the
// speaking to it: "have begun calling", "kept saying", "started warning".
func catenative(w string) bool {
	switch w {
	case "begun", "began", "begin", "begins", "started", "start", "starts", "kept", "keep", "keeps",
		"continued", "continue", "continues", "stopped":
		return true
	}
	return false
}

// mentionAt returns the index of the last word of the subject that starts
// at toks[s] and stands before the verb toks[v]: auxiliaries, adverbs,
// punctuation and a tag in brackets ("Ana Ode (D-Wis.) said") are left
// out. j is the tail npFrom read back to from the verb, not before
// toks[lo], or j < s when there is none: the walk back from the verb is
// not made again. The words it passes over are
// told apart without regard to where they may start once they are past
// the subject's start, so for lo <= s <= j it would stop at j too.
func (st *state) mentionAt(toks []tok, s, v, lo, j int) int {
	e := j
	if s < lo || s > j {
		e = v - 1
		for e > s && st.beforeVerb(toks, e, s) {
			e--
		}
		if v < len(toks) && toks[v].k == tWord {
			if k := max(st.skipTimePlace(toks, e, s), s); k < e {
				for e = k; e > s && st.beforeVerb(toks, e, s); e-- {
				}
			}
		}
	}
	for e > s {
		if toks[e].k == tClose {
			o := e - 1
			for o > s && toks[o].k != tOpen && e-o <= 8 {
				o--
			}
			if toks[o].k == tOpen {
				e = o - 1
				continue
			}
		}
		if w := st.word(toks[e]); toks[e].k == tWord && !isAux(w) && !isAdverb(w) && (w != "who" || e == s) {
			break
		}
		e--
	}
	return e
}

// attributeAll merges interrupted quotes, finds each quote's attribution,
// decides its kind and resolves its speaker.
func (st *state) attributeAll() {
	st.mergeInterrupted()
	// the quotes are in text order, so the sentence of each one's opening
	// mark is found by reading on from the previous one's, not by a search
	ss := st.doc.Sentences
	next := 0 // the first sentence that ends after the previous opening mark
	for i := range st.raw {
		pos := st.raw[i].pieces[0].os
		if next > 0 && ss[next-1].End > pos {
			next = 0 // out of order: read from the start
		}
		for next < len(ss) && ss[next].End <= pos {
			next++
		}
		st.attribute(i, st.sentenceHolding(next, pos))
	}
	for i := range st.raw {
		st.classify(i)
	}
	st.resolveSpeakers()
	st.joinFollowOns()
}

// joinFollowOns makes one quote of an attributed direct quote and the
// unattributed direct quotes that follow it in its paragraph: in “A,”
// Rivera said. “B.” the attribution is written once, after the first
// sentence, and B is the rest of the same statement (news attribution
// corpora such as PolNeAR annotate it as one Content in two pieces). A
// follow-on is joined only when nothing but the attribution's own sentence,
// or nothing at all, stands between it and the quote before it.
func (st *state) joinFollowOns() {
	prev := -1 // the quote the next unattributed one may join, or -1
	run := -1  // the unattributed quote the next one may join with nothing between them, or -1
	for i := range st.raw {
		q := &st.raw[i]
		if q.drop {
			continue
		}
		if prev >= 0 && q.kind == Direct && !q.hasAtt && (st.answersQuestion(&st.raw[prev], q) || st.dialogueReply(&st.raw[prev], q)) {
			// “Did anyone walk through it?” Dell asked.¶“Yes. Our team
			// did.”: the answer of the person asked, not more of Dell's
			q.answers = int32(prev) + 1
			prev = -1
		}
		if prev >= 0 && !q.hasAtt && (q.kind == Direct || q.kind == Partial && st.opensSentence(q)) && st.followsOn(&st.raw[prev], q) && !st.creditedAfter(q) {
			st.appendPieces(&st.raw[prev], q)
			q.drop = true
			continue
		}
		if run >= 0 && q.kind == Direct && !q.hasAtt && st.bareRun(&st.raw[run], q) {
			// “A.” “B.” “C.” on their own, with nothing between them:
			// one statement whose speaker is found for the whole
			st.appendPieces(&st.raw[run], q)
			q.drop = true
			continue
		}
		run = -1
		if q.kind == Direct && !q.hasAtt {
			run = i
		}
		prev = -1
		if q.hasAtt && (q.kind == Direct || q.kind == Partial && (!q.headAtt || st.endsParagraph(q))) {
			// a partial quote that the attribution after it closes goes on
			// too: in "X are “A,” says Ode. “B.”" B is the rest of A; so
			// does one that ends its paragraph: "Ode said the port “will
			// not close.”¶“We have the money.”"
			prev = i
		}
	}
}

// endsParagraph reports whether q's closing mark ends its paragraph, a
// full stop before or after the mark aside.
func (st *state) endsParagraph(q *rawQuote) bool {
	lp := q.last()
	if lp.ce == lp.e {
		return false // never closed
	}
	end := st.doc.Paragraphs[lp.para].End
	i := skipSpace(st.text, lp.ce, end)
	if i < end && st.text[i] == '.' {
		i = skipSpace(st.text, i+1, end)
	}
	return i == end
}

// creditedAfter reports whether q, a quote that is its paragraph, is
// handed to its speaker by the paragraph after it ("“We'll see.” ¶ That
// came from Whitcombe, …"): it does not go on with the quote before.
func (st *state) creditedAfter(q *rawQuote) bool {
	lp := q.last()
	if lp.para+1 >= len(st.doc.Paragraphs) || q.pieces[0].os != st.doc.Paragraphs[q.pieces[0].para].Start {
		return false
	}
	if end := st.doc.Paragraphs[lp.para].End; skipSpace(st.text, lp.ce, end) != end {
		return false
	}
	p := st.doc.Paragraphs[lp.para+1]
	_, ok := st.cameFrom(p.Start, p.End)
	return ok && p.Kind != Heading
}

// answersQuestion reports whether q, an unattributed quote that fills
// the paragraph after the one where p ends, is the other side's turn of
// an exchange: p is a question someone "asked" and q its answer, or p an
// answer someone "replied" and q the next question.
func (st *state) answersQuestion(p, q *rawQuote) bool {
	lp, first := p.last(), q.pieces[0]
	if first.para != lp.para+1 || first.os != st.doc.Paragraphs[first.para].Start || !p.hasAtt || !p.att.cue.Valid() {
		return false
	}
	switch st.cueLemma(p) {
	case "ask":
		if r, _ := runeBefore(st.text, lp.e); r != '?' {
			return false
		}
	case "reply", "answer", "respond":
		// “The council did,” Ode replied.¶“Did anyone on it swim
		// there?”: the next question is the asker's
		if r, _ := runeBefore(st.text, q.last().e); r != '?' {
			return false
		}
	case "say":
		// “I did,” Ode said.¶“Then why not fix it?”, in an exchange
		// that a turn just before p shows
		if r, _ := runeBefore(st.text, q.last().e); r != '?' || !st.inExchange(p) {
			return false
		}
	default:
		return false
	}
	// q fills its paragraph: its closing mark ends it
	end := st.doc.Paragraphs[first.para].End
	return q.closed && skipSpace(st.text, q.last().ce, end) == end
}

// inExchange reports whether the quote before p, in the paragraph
// before p's, is a turn of an exchange: a question asked, an answer
// replied, or an unattributed turn found so.
func (st *state) inExchange(p *rawQuote) bool {
	first := p.pieces[0]
	for i := range st.raw {
		o := &st.raw[i]
		if o == p || o.drop || o.last().para != first.para-1 {
			continue
		}
		if o.answers != 0 {
			return true
		}
		if o.hasAtt && o.att.cue.Valid() {
			switch st.cueLemma(o) {
			case "ask", "reply", "answer", "respond":
				return true
			}
		}
	}
	return false
}

// cueLemma returns the lemma of q's reporting verb, or "".
func (st *state) cueLemma(q *rawQuote) string {
	return st.lemmaOf(tok{s: q.att.cue.Start, e: q.att.cue.End, k: tWord})
}

// appendPieces makes q's pieces the last of p's, and p closed as q is.
// The joined pieces go to the end of st.pieces, the backing store that
// later calls reuse, not to a new array.
func (st *state) appendPieces(p, q *rawQuote) {
	k := len(st.pieces)
	st.pieces = append(append(st.pieces, p.pieces...), q.pieces...)
	p.pieces = st.pieces[k:len(st.pieces):len(st.pieces)]
	p.closed = q.closed
}

// bareRun reports whether quotes p and q, both direct and unattributed,
// follow each other in one paragraph with only space between them.
func (st *state) bareRun(p, q *rawQuote) bool {
	lp, first := p.last(), q.pieces[0]
	return p.kind == Direct && !p.hasAtt && lp.para == first.para && lp.ce <= first.os &&
		skipSpace(st.text, lp.ce, first.os) == first.os
}

// opensSentence reports whether quote q opens its sentence and the
// writer's words after it hold no report: “B” and other pocketbook issues.
func (st *state) opensSentence(q *rawQuote) bool {
	si := st.sentenceAt(q.pieces[0].os)
	if si < 0 || st.doc.Sentences[si].Start != q.pieces[0].os && !st.conjunctionLead(st.doc.Sentences[si].Start, q.pieces[0].os) {
		return false
	}
	// and no attribution of its own after it: not "“B” to drive up the
	// price, she said"
	_, reports := st.mayReport(st.tokensIn(q.last().ce, st.doc.Sentences[si].End))
	return !reports
}

// conjunctionLead reports whether text[s:os] is "But", "And" or "Yet"
// and the space before a quote's opening mark at os: a sentence that a
// conjunction leads into a quote ("But “…”") goes on with it.
func (st *state) conjunctionLead(s, os int) bool {
	w := strings.TrimRight(st.text[s:os], " ")
	return w == "But" || w == "And" || w == "Yet"
}

// followsOn reports whether quote q continues the statement of quote p:
// it opens in the paragraph where p ends, and between them stands either
// only space or p's attribution as the rest of its sentence (", Rivera
// said. "), ending in a full stop, question or exclamation mark.
func (st *state) followsOn(p, q *rawQuote) bool {
	lp, first := p.last(), q.pieces[0]
	if first.os < lp.ce || lp.ce == lp.e {
		return false
	}
	if first.para == lp.para+1 && st.doc.Paragraphs[first.para].Start == first.os {
		// "“A,” Ode said.\n\n“B.”", "“A,” Ode said. “B.”\n\n“C.”": the
		// next paragraph goes on with the words of the speaker whose quote
		// or attribution closed the paragraph
		if st.dialogueTurn(p, q) {
			return false
		}
		toks := st.tokensIn(lp.ce, st.doc.Paragraphs[lp.para].End)
		if len(toks) == 0 || len(toks) == 1 && toks[0].k == tStop {
			return true
		}
		if p.headAtt || p.att.cue.Start < lp.ce || p.att.cue.End > st.doc.Paragraphs[lp.para].End ||
			len(toks) > maxTailTokens || toks[len(toks)-1].k != tStop {
			return false
		}
		for j, t := range toks[:len(toks)-1] {
			if t.k == tSemi || t.k == tQuote || t.k == tStop && !abbrevStop(toks, j) {
				return false // the writer's words after the attribution
			}
		}
		return true
	}
	if first.para != lp.para {
		return false
	}
	if skipSpace(st.text, lp.ce, first.os) == first.os {
		return true
	}
	if p.headAtt || p.att.cue.Start < lp.ce || p.att.cue.End > first.os {
		return false
	}
	toks := st.tokensIn(lp.ce, first.os)
	// the sentence may end inside a title's quote marks: …said on
	// “Fox and Friends.” “…” (the quotes between p and q are dropped ones)
	n := len(toks)
	for n > 0 && toks[n-1].k == tQuote {
		n--
	}
	if n >= 3 && toks[n-2].k == tStop && st.conjunctionLead(toks[n-1].s, first.os) {
		n-- // "“A,” he said. But “B.”": a conjunction leads into the rest
	}
	// the attribution's sentence ends in a stop, or in an abbreviation's
	// ("after a forum in Fort Mill, S.C.")
	if n < 2 || toks[n-1].k != tStop && toks[n-1].f&fDot == 0 {
		return false
	}
	for j, t := range toks[:n-1] {
		if t.k == tSemi {
			return false
		}
		if t.k == tStop && !abbrevStop(toks, j) { // a tag's full stop is not a sentence end: "Ana Ode (D-Wis.) said"
			return j <= maxTailTokens && st.asideOf(p, toks[j+1:n])
		}
	}
	return n <= maxAttributionSentence
}

// maxAttributionSentence bounds the tokens of the attribution sentence
// that may stand between a quote and the quote that goes on with it in
// the same paragraph: the sentence may carry an appositive and a clause
// of its own ("“A,” said Ivo Lund, 24, a junior at the Kell Institute who
// runs its debating club, arguing that … . “B.”"), but no sentence of the
// writer's.
const maxAttributionSentence = 80

// dialogueTurn reports whether q, a quote that opens the paragraph after
// the one where p ends, is the next turn of a dialogue rather than more
// of p: both are short lines of eight words at most ("“It works,” he
// says.¶“I know it works, Dougie.”"), as a scene written in dialogue
// gives them and a statement run over paragraphs does not.
func (st *state) dialogueTurn(p, q *rawQuote) bool {
	if len(q.pieces) != 1 || len(p.pieces) > 2 {
		return false
	}
	// a scene in the present ("he says", "she asks"), or a turn of one
	if p.answers == 0 && !st.afterQuestion(p) {
		if !p.hasAtt || !p.att.cue.Valid() {
			return false
		}
		switch st.text[p.att.cue.Start:p.att.cue.End] {
		case "says", "asks", "replies", "answers", "adds", "tells", "shouts", "calls", "whispers", "laughs":
		default:
			return false
		}
	}
	n := 0
	for _, pc := range p.pieces {
		n += countWordsMax(st.text[pc.s:pc.e], 9)
	}
	return n <= 8 && countWordsMax(st.text[q.pieces[0].s:q.pieces[0].e], 9) <= 8
}

// afterQuestion reports whether p opens the paragraph after one whose last
// quote is a question ("“Was it a penalty, Steve?” one reporter
// began.¶“You saw it,” Holloway said."): p is a turn of an exchange.
func (st *state) afterQuestion(p *rawQuote) bool {
	first := p.pieces[0]
	if first.para == 0 || first.os != st.doc.Paragraphs[first.para].Start {
		return false
	}
	for i := len(st.raw) - 1; i >= 0; i-- {
		o := &st.raw[i]
		if lp := o.last(); lp.para == first.para-1 && lp.ce <= first.os {
			r, _ := runeBefore(st.text, lp.e)
			return r == '?'
		}
	}
	return false
}

// dialogueReply reports whether q, an unattributed quote that fills the
// paragraph after the one where p ends, is the other side's turn of a
// dialogue scene (dialogueTurn).
func (st *state) dialogueReply(p, q *rawQuote) bool {
	lp, first := p.last(), q.pieces[0]
	if first.para != lp.para+1 || first.os != st.doc.Paragraphs[first.para].Start || q.last().para != first.para ||
		strings.TrimSpace(st.text[q.last().ce:st.doc.Paragraphs[first.para].End]) != "" {
		return false
	}
	return st.dialogueTurn(p, q)
}

// maxAsideTokens bounds the writer's words between a quote's attribution
// and a follow-on quote.
const maxAsideTokens = 40

// asideOf reports whether toks, the sentences between quote p's
// attribution and an unattributed quote in the same paragraph, are a
// writer's aside about p's speaker that the statement goes on after: “A,”
// Ode said. She did not take questions. “B.” They may be no more than two
// short sentences and hold no quote marks and no reporting verb.
func (st *state) asideOf(p *rawQuote, toks []tok) bool {
	if len(toks) > maxAsideTokens || p.speaker == "" {
		return false
	}
	stops := 0
	for i := range toks {
		t := &toks[i]
		switch t.k {
		case tQuote:
			return false
		case tStop:
			if stops++; stops > 2 {
				return false
			}
		case tWord:
			if st.bits(t)&fVerb != 0 {
				return false
			}
		}
	}
	return true
}

// maxInterruption bounds the tokens of an attribution that interrupts a
// quote: “A,” said Ivo Lund, director of Port Studies at the Harbour
// Institute in Kell, “B.”
const maxInterruption = 30

// mergeInterrupted joins “…,” Rivera added, “…” into one quote of two pieces.
// The quotes are compacted in place: the one being joined to is written
// where it ends up, and the next is read before anything is written over it.
func (st *state) mergeInterrupted() {
	text := st.text
	out := st.raw[:0]
	for i := 0; i < len(st.raw); i++ {
		if len(out) < i {
			out = append(out, st.raw[i])
		} else {
			out = out[:i+1] // nothing joined yet: the quote is in its place
		}
		q := &out[len(out)-1]
		for i+1 < len(st.raw) {
			n := &st.raw[i+1]
			lp := q.last()
			if n.para != lp.para || lp.ce == lp.e || n.pieces[0].os < lp.ce {
				break
			}
			last, w := runeBefore(text, lp.e)
			if last == '’' || last == '\'' {
				last, _ = runeBefore(text, lp.e-w) // a nested quote's close: “… ‘natural born citizen.’”
			}
			if last == '.' || last == '!' || last == '?' {
				break
			}
			// a title is never joined; it is asked about only where a join
			// would be made, since most gaps join nothing
			if last == ',' && onlyAnd(text[lp.ce:n.pieces[0].os]) && upperAt(text, n.pieces[0].s) {
				if st.titleAfterWord(q) {
					break
				}
				// “A,” and, “B.”: two statements of one attribution
				st.appendPieces(q, n)
				if !q.hasAtt && n.hasAtt {
					q.att, q.hasAtt, q.headAtt = n.att, true, n.headAtt
				}
				i++
				continue
			}
			if dashAside(text[lp.ce:n.pieces[0].os]) {
				if st.titleAfterWord(q) {
					break
				}
				// “They” — the unions — “want more”: the writer's aside
				// between dashes interrupts one statement
				st.appendPieces(q, n)
				if !q.hasAtt && n.hasAtt {
					q.att, q.hasAtt, q.headAtt = n.att, true, n.headAtt
				}
				i++
				continue
			}
			conj := endsWithConj(text, lp.ce, n.pieces[0].os)
			punct := conj || endsCommaOrColon(text, lp.ce, n.pieces[0].os)
			if !punct && last != ',' {
				break
			}
			toks := st.tokensIn(lp.ce, n.pieces[0].os)
			if !punct {
				// “A,” Trump said “B.”: a comma left out after a short
				// attribution of words alone
				if len(toks) < 2 || len(toks) > 4 || !allWords(toks) {
					break
				}
				np := n.pieces[0]
				att, ok := st.tailAttribution(toks, false)
				if !ok || !att.mention.Valid() || titleLike(text, np.s, np.e, countWordsMax(text[np.s:np.e], 7)) {
					break // not “A,” Ode told “Morning Line,” …: a programme
				}
				if lemma := st.lemmaOf(toks[len(toks)-1]); lemma == "tell" || lemma == "ask" {
					break
				}
				toks = append(toks[:len(toks):len(toks)], tok{k: tComma})
			}
			if conj && len(toks) > 0 {
				toks = toks[:len(toks)-1] // “…,” he said, but “…”
			}
			if len(toks) < 2 || len(toks) > maxInterruption || (toks[len(toks)-1].k != tComma && toks[len(toks)-1].k != tColon) || len(toks) > 14 && sentenceEndIn(toks) {
				// a long gap is an attribution only with its appositive,
				// not with the writer's next sentence: “A,” Ode said. He
				// suggested …, the goal before March, “B.”
				break
			}
			att, ok := st.tailAttribution(toks[:len(toks)-1], false)
			if !ok {
				if att, ok = st.nameThenCue(toks[:len(toks)-1]); !ok {
					break
				}
			}
			if st.secondCue(toks[:len(toks)-1], att) {
				break // “A,” Ode said, adding: “B.” — two statements, each its own quote
			}
			if len(q.pieces) == 1 && st.cueLeadsInto(q.pieces[0].os) {
				// "When a docker shouted, “Lund,” Ode joked, “…”": the
				// first quote is the docker's, which its own verb leads into
				break
			}
			if st.titleAfterWord(q) {
				break
			}
			if k := len(toks) - 2; k >= 0 && toks[k].k == tWord && workNoun(st.word(toks[k])) {
				break // “A,” said Ode, who directed the debut, ‘Saltmarsh’,: the work's title
			}
			q.att, q.hasAtt = att, true
			st.appendPieces(q, n)
			i++
		}
	}
	st.raw = out
}

// cueLeadsInto reports whether a reporting verb and a comma or colon
// stand just before the opening mark at byte os, in its sentence
// ("someone shouted, “…”"): the quote has its attribution before it.
func (st *state) cueLeadsInto(os int) bool {
	si := st.sentenceAt(os)
	if si < 0 || st.doc.Sentences[si].Start >= os {
		return false
	}
	toks := st.tokensIn(st.doc.Sentences[si].Start, os)
	n := len(toks)
	if n < 2 || toks[n-1].k != tComma && toks[n-1].k != tColon {
		return false
	}
	return toks[n-2].k == tWord && st.cueAt(toks, n-2) && !st.nounAt(toks, n-2)
}

// titleAfterWord reports whether q is one piece that reads as a title and
// follows a word: “…,” after a word is a title, never the first piece of
// an interrupted statement ("After hitting “Takin’ It To the Streets,” the
// singer told …, “…”").
func (st *state) titleAfterWord(q *rawQuote) bool {
	fp := q.pieces[0]
	if len(q.pieces) != 1 || !titleLike(st.text, fp.s, fp.e, countWordsMax(st.text[fp.s:fp.e], 7)) {
		return false
	}
	// after a word, or after another title's closing mark and a comma
	// ("including “Listen to the Music,” “Long Train Running,” and …")
	return letterBefore(st.text, fp.os) || titleCloseBefore(st.text, fp.os)
}

// titleCloseBefore reports whether a comma and a closing double mark (“…,”)
// stand before byte i, with only spaces between: the quote that opens at i
// follows another in a list.
func titleCloseBefore(text string, i int) bool {
	for i > 0 && (text[i-1] == ' ') {
		i--
	}
	r, n := utf8.DecodeLastRuneInString(text[:i])
	if r != '”' && r != '"' {
		return false
	}
	c, _ := utf8.DecodeLastRuneInString(text[:i-n])
	return c == ','
}

// secondCue reports whether the interruption toks, whose attribution is
// att, goes on past att's cue to a second reporting verb: “A,” Ode said,
// adding: “B”; “A,” Ode said before asking them, “B”; “A,” Ode said as a
// heckler yelled: “B”. What follows is then a second statement, not the
// rest of the first.
func (st *state) secondCue(toks []tok, att attribution) bool {
	for j := range toks {
		if toks[j].s >= att.cue.End && toks[j].k == tWord && st.cueAt(toks, j) && !st.nounAt(toks, j) {
			b := j - 1
			for b > 0 && toks[b].k == tWord && (isAux(st.word(toks[b])) || isAdverb(st.word(toks[b])) || st.word(toks[b]) == "now") {
				b--
			}
			if b >= 0 && toks[b].k == tWord && st.word(toks[b]) == "who" {
				continue // "…, a former treasurer who now advises Ode's campaign, “B.”": the appositive's own verb
			}
			return true
		}
	}
	return false
}

// namesJoined returns the index of the first "and" in toks[i:s+1] that
// joins two capitalised words, or 0.
func (st *state) namesJoined(toks []tok, i, s int) int {
	for a := i + 1; a <= s && a+1 < len(toks); a++ {
		if toks[a].k == tWord && st.word(toks[a]) == "and" && capitalised(toks[a-1]) && capitalised(toks[a+1]) {
			return a
		}
	}
	return 0
}

// roleWords reports whether toks, the words before a name, can be its
// role: lower-case words that open no clause ("harbour engineers").
func (st *state) roleWords(toks []tok) bool {
	for _, t := range toks {
		if w := st.word(t); t.k != tWord || capitalised(t) || isClauseBoundary(w) || subordinating(w) || isDeterminer(w) || isPreposition(w) {
			return false
		}
	}
	return true
}

// possessiveMark reports whether toks[c], a quote-mark token, is the
// apostrophe of a plural possessive: "the dockers’ union", "the
// paperworkers' union", glued to a word in s and followed by a
// lower-case word, or inside a name ("the General Workers’ Federation")
// when no quote found closes at the mark.
func (st *state) possessiveMark(toks []tok, c int) bool {
	if toks[c].k != tQuote || c == 0 || c+1 >= len(toks) || toks[c-1].k != tWord || toks[c-1].e != toks[c].s || toks[c+1].k != tWord || toks[c+1].s == toks[c].e {
		return false
	}
	w, next := st.word(toks[c-1]), st.text[toks[c+1].s:toks[c+1].e]
	if !strings.HasSuffix(w, "s") || noPossessed(next) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(next); isLower(r) {
		return true
	}
	return capitalised(toks[c-1]) && capitalised(toks[c+1]) && !st.closesQuote(toks[c].e)
}

// closesQuote reports whether a quote found in the text ends at byte e,
// its closing mark's end.
func (st *state) closesQuote(e int) bool {
	i, _ := slices.BinarySearchFunc(st.qiv, e, func(q span32, e int) int { return cmp.Compare(q.s, e) })
	// the quotes that open before e, the nearest first; one with others
	// nested inside it is a few back at most
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if st.qiv[k].e == e {
			return true
		}
	}
	return false
}

// barePassive reports a passive participle written without its "was", as
// headlines write it: "Ministers accused of ‘betraying’ towns", "Ode
// slammed over ‘reckless’ remarks". The active verb would have its object
// before "of" or "over".
func (st *state) barePassive(toks []tok, v int) bool {
	if v+1 >= len(toks) || toks[v+1].k != tWord || !strings.HasSuffix(st.word(toks[v]), "ed") {
		return false
	}
	switch st.word(toks[v+1]) {
	case "of", "for", "over", "by":
		lemma := st.lemmaOf(toks[v])
		return lemma == "accuse" || naming(lemma) && lemma != "call" && lemma != "rate"
	case "with", "in":
		return st.lemmaOf(toks[v]) == "charge" // "a man charged with fraud told"
	}
	return false
}

// cueIn reports whether a reporting verb stands among toks.
func (st *state) cueIn(toks []tok) bool {
	for v := range toks {
		if st.cueAt(toks, v) && !st.governedNoun(toks, v) {
			return true
		}
	}
	return false
}

// roleOfBefore reports whether a role noun and of, for, from, to, in or
// at stand within the twelve words before the comma toks[c]: "The leader
// of the opposition Liberal Alliance,", "The head of the observer mission
// from the Concord of Southern States,", "Karvonia’s ambassador in
// Belgrath,"; a capitalised role that opens the phrase at toks[lo]
// counts ("Leader of the Opposition in the Municipal Council,").
func (st *state) roleOfBefore(toks []tok, c, lo int) bool {
	for o := c - 1; o > lo && c-o <= 16; o-- {
		if toks[o].k != tWord {
			if toks[o].k == tComma && o+1 < c && capitalised(toks[o+1]) && toks[o-1].k == tWord && capitalised(toks[o-1]) {
				continue // a portfolio's list: "Minister for Foreign Affairs, Trade and Overseas Development,"
			}
			return false
		}
		if w := st.word(toks[o]); (w == "of" || w == "for" || w == "from" || w == "to" || w == "in" || w == "at") && toks[o-1].k == tWord && (!capitalised(toks[o-1]) || o-1 == lo || st.theBeforeCaps(toks, o-1, lo)) && st.roleWord(toks[o-1]) {
			return true
		}
	}
	return false
}

// theBeforeCaps reports whether the capitalised words that end at toks[i]
// follow "the": "the Chief Press Secretary", "the Executive Secretary" —
// a title written in capitals, in a role's phrase ("the Commissioner for
// Health, Dr. Ngozi Terseer-Agbo, said").
func (st *state) theBeforeCaps(toks []tok, i, lo int) bool {
	for k := i; k > lo && i-k < 4; k-- {
		if toks[k].k != tWord || !capitalised(toks[k]) {
			return false
		}
		if w := st.word(toks[k-1]); w == "the" || w == "The" || possessiveWord(w) {
			return true // and "Ettrea’s Minister of the Interior and National Security, Ana Ode,"
		}
	}
	return false
}

// setOffName returns the index of the first word of a person's name set
// off between the commas toks[c] and toks[j], after role words if any
// ("Owen Tregarthen", "former Lusenian prime minister Gerta Vollmann"),
// or -1: the name of two capitalised words or more ends at the second
// comma, and only lower-case words, a nationality and a title stand
// before it.
func (st *state) setOffName(toks []tok, c, j int) int {
	if j-c < 3 || j >= len(toks) || toks[j].k != tComma {
		return -1
	}
	k := j
	for k > c+1 && toks[k-1].k == tWord && (capitalised(toks[k-1]) || k < j && k-2 > c && st.particle(toks[k-1]) && capitalised(toks[k-2])) {
		k-- // and "Cornelis van Doorne"
	}
	if j-k < 2 {
		return -1
	}
	if k == c+1 {
		return k
	}
	if k == c+2 && st.word(toks[c+1]) == "the" {
		if ti, ok := st.wordTitle(toks[k]); ok && ti.kind == kindHonorific {
			return k // "the Rev David Kinsella", "the Ven Ana Ode": the article an honorific takes
		}
	}
	// role words before the name: "former Lusenian prime minister"
	role := false
	for i := c + 1; i < k; i++ {
		if toks[i].k != tWord || isDeterminer(st.word(toks[i])) || isClauseBoundary(st.word(toks[i])) {
			return -1
		}
		role = role || st.roleWord(toks[i])
	}
	// the name's first word is no title of its own ("Prime Minister Gerta
	// Vollmann" is read by the name parser)
	if !role || st.roleWord(toks[k]) {
		return -1
	}
	return k
}

// roleThenName returns the index of the first word of the name set off
// between the commas toks[c] and toks[j] after a role phrase that opens
// the clause at lo: "The mediator, former Lusanian president Amadou
// Reste,", "The government's chief whip, Marcus Tell of the Unity
// Party,". The role phrase is a determiner or a possessive and at most
// four words that end in a role noun; the name is two capitalised words
// or more, after role words if any and before "of", "from" or "at" if
// any. Else it returns -1.
func (st *state) roleThenName(toks []tok, c, j, lo int) int {
	if c-2 < lo || j-c < 3 || j >= len(toks) || toks[j].k != tComma || toks[c-1].k != tWord || !st.roleWord(toks[c-1]) {
		return -1
	}
	r := c - 2
	for r > lo && r > c-6 && toks[r].k == tWord && !isDeterminer(st.word(toks[r])) && !capitalised(toks[r]) {
		r--
	}
	if r != lo && (r-1 <= lo || toks[r-1].k != tComma || !st.openingPhraseUntil(toks, lo, r)) || toks[r].k != tWord {
		return -1 // and "At the time, his junior partner, …": after an opening phrase
	}
	if w := st.word(toks[r]); !isDeterminer(w) && w != "Another" && !possessiveWord(w) {
		return -1
	}
	p := j
	for i := c + 1; i < j; i++ {
		if toks[i].k != tWord || isClauseBoundary(st.word(toks[i])) {
			return -1
		}
		if w := st.word(toks[i]); i > c+2 && (w == "of" || w == "from" || w == "at") {
			p = i
			break
		}
	}
	k := p
	for k > c+1 && capitalised(toks[k-1]) {
		k--
	}
	if p-k < 2 || st.roleWord(toks[k]) {
		return -1
	}
	// a lower-case role word before the name may follow a body's name:
	// "The event's moderator, Glenwood Public Library director Anne
	// Kessler, stepped"
	lowerRole := -1
	for i := k - 1; i > c+1; i-- {
		if !capitalised(toks[i]) && st.roleWord(toks[i]) {
			lowerRole = i
			break
		}
	}
	for i := c + 1; i < k; i++ {
		w := st.word(toks[i])
		if capitalised(toks[i]) && !st.roleWord(toks[i]) && !strings.HasSuffix(w, "an") && !strings.HasSuffix(w, "ish") && !strings.HasSuffix(w, "ese") && i > lowerRole {
			return -1 // only role words and nationalities stand before the name
		}
		if isPreposition(w) || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
			return -1 // "The aides, led by campaign manager Terry Sullivan,": a phrase, not a name in apposition
		}
	}
	return k
}

// titledNameUpTo reports whether toks[b:e] is an honorific or a title
// and then a name of two or more capitalised words: "Dr. Samuel Adegoke".
func (st *state) titledNameUpTo(toks []tok, b, e int) bool {
	if e > len(toks) || b >= e || toks[b].k != tWord {
		return false
	}
	if ti, ok := st.wordTitle(toks[b]); !ok || ti.kind != kindHonorific && ti.kind != kindTitle {
		return false
	}
	n := 0
	for k := b + 1; k < e; k++ {
		switch {
		case abbrevStop(toks, k):
		case toks[k].k == tWord && capitalised(toks[k]) && !st.roleWord(toks[k]):
			n++
		default:
			return false
		}
	}
	return n >= 2
}

// nameSetOffLast reports whether toks[j+1:] is a name of two to four
// capitalised words set off by the comma toks[j] after a lower-case role
// noun: "his aunt, Jane Starner".
func (st *state) nameSetOffLast(toks []tok, j int) bool {
	if j < 1 || toks[j-1].k != tWord || capitalised(toks[j-1]) || len(toks)-(j+1) < 2 || len(toks)-(j+1) > 4 {
		return false
	}
	if !st.roleWord(toks[j-1]) {
		return false
	}
	for k := j + 1; k < len(toks); k++ {
		if toks[k].k != tWord || !capitalised(toks[k]) {
			return false
		}
	}
	return true
}

// roleWord reports whether the word t is a title or a role noun.
func (st *state) roleWord(t tok) bool {
	ti, ok := st.wordTitle(t)
	return ok && (ti.kind == kindTitle || ti.kind == kindRole)
}

// cognition reports the verbs of thinking and wanting, whose clause a
// speaker reports: what they expect is not their quoted words.
func cognition(lemma string) bool {
	switch lemma {
	case "expect", "hope", "believe", "think", "fear", "want", "wish", "feel", "know", "assume", "suspect", "doubt", "plan", "intend":
		return true
	}
	return false
}

// speechBefore reports whether a verb of saying stands before toks[v] in
// its sentence: "adding that …", "he said …".
func (st *state) speechBefore(toks []tok, v int) bool {
	for u := v - 1; u >= 0; u-- {
		if toks[u].k == tWord && st.cueAt(toks, u) && !st.nounAt(toks, u) {
			switch st.lemmaOf(toks[u]) {
			case "say", "add", "tell", "note", "argue", "insist", "explain", "warn", "stress", "claim", "write":
				return true
			}
		}
	}
	return false
}

// gerundAfterObject reports whether the -ing word toks[v] follows a
// verb's object, a lower-case noun that is no verb of its own ("spent
// much of the campaign describing"), not the verb itself ("denied
// taking", "began describing") nor a form of be ("is joking").
func (st *state) gerundAfterObject(toks []tok, v int) bool {
	p := toks[v-1]
	if p.k != tWord || capitalised(p) {
		return false
	}
	w := st.word(p)
	if catenative(w) || strings.HasSuffix(w, "ed") || isAux(w) || isPreposition(w) || st.cueAt(toks, v-1) || st.isVerb(&toks[v-1]) || irregularPast(w) {
		return false
	}
	return !st.progressive(toks, v)
}

// progressive reports a form of be among the three words before the
// participle toks[v]: "she is only half joking".
func (st *state) progressive(toks []tok, v int) bool {
	for j := v - 1; j >= 0 && j >= v-3 && toks[j].k == tWord; j-- {
		switch st.word(toks[j]) {
		case "is", "was", "are", "were", "be", "been", "am", "'s", "’s":
			return true
		}
	}
	return false
}

// irregularPast reports common past-tense verbs that do not end in -ed,
// which end a subject phrase: "The Central Bank of Carova kept its rate".
func irregularPast(w string) bool {
	switch w {
	case "kept", "made", "took", "held", "left", "gave", "won", "lost", "sent", "met", "ran", "sold", "bought",
		"brought", "found", "paid", "went", "came", "saw", "began", "became", "built", "spent", "led", "fell", "rose",
		"struck", "wrote", "drew", "chose", "broke", "shut", "hit", "cut", "put", "set", "let", "got", "stood", "sat", "shook":
		return true
	}
	return false
}

// simplePast reports past-tense verbs whose participle differs, which
// end a noun phrase read backwards ("wrote to staff"), where a participle
// may describe the noun ("officials involved in the talks").
func simplePast(w string) bool {
	switch w {
	case "wrote", "spoke", "went", "came", "ran", "gave", "took", "saw", "began", "drew", "chose", "broke", "fell", "rose", "flew", "drove", "knew", "grew", "threw", "struck", "shook", "swore", "stole", "wore", "woke", "rode", "sank", "sang":
		return true
	}
	return false
}

// participleAfterPlace returns the bounds [b, e) of the sentence's
// subject when the participle toks[v] follows, with no comma, the object
// of a preposition ("Sorani arrived at the Hotel Marienhof saying …",
// "Ode left for the court insisting …"): the object does not speak, the
// one who arrived does. Else b == e.
func (st *state) participleAfterPlace(toks []tok, v int) (b, e int) {
	if v < 3 || toks[v-1].k != tWord || !strings.HasSuffix(st.word(toks[v]), "ing") {
		return 0, 0
	}
	s, ok := st.npBackward(toks, v, 0)
	if !ok || s < 2 || toks[s-1].k != tWord {
		return 0, 0
	}
	if w := st.word(toks[s-1]); !isPreposition(w) || w == "with" || w == "of" || w == "by" {
		return 0, 0 // "with Ode saying": Ode speaks
	}
	if b, e = st.openingSubject(toks[:s-1]); e > b && e < s-1 {
		if e < s-1 && toks[e].k == tComma {
			// "Astrava’s lead negotiator, Deputy Foreign Minister Dariel
			// Sorani, arrived at …": the name set off after the role
			for j := e + 1; j < s-1 && j <= e+12; j++ {
				if toks[j].k == tComma {
					if k := st.setOffName(toks, e, j); k > e {
						return k, j
					}
					if k := e + 1; capitalised(toks[k]) && st.nameUpTo(toks, k, j) {
						return k, j
					}
					break
				}
			}
		}
		return b, e
	}
	return 0, 0
}

// partyTag reports a party and state written after a lawmaker's name, as
// US agencies write it: "R-Kell", "D-Varn", "I-Vt".
func partyTag(w string) bool {
	return len(w) >= 4 && (w[0] == 'R' || w[0] == 'D' || w[0] == 'I') && w[1] == '-' && 'A' <= w[2] && w[2] <= 'Z'
}

// dashAside reports whether gap, the text between two quotes, is a short
// aside set off by dashes: " — the unions — ".
//
// Most gaps are ruled out by their first ASCII byte after control bytes
// and spaces: the trimmed gap starts there, or earlier with a control
// byte, and a dash starts with a byte above ASCII or with '-'.
func dashAside(gap string) bool {
	i := 0
	for i < len(gap) && gap[i] <= ' ' {
		i++
	}
	if i < len(gap) && gap[i] < utf8.RuneSelf && gap[i] != '-' {
		return false
	}
	gap = strings.TrimSpace(gap)
	trim := func(s string, suffix bool) (string, bool) {
		for _, d := range [...]string{"—", "–", "--"} {
			if suffix && strings.HasSuffix(s, d) {
				return s[:len(s)-len(d)], true
			}
			if !suffix && strings.HasPrefix(s, d) {
				return s[len(d):], true
			}
		}
		return s, false
	}
	inner, ok := trim(gap, false)
	if !ok {
		return false
	}
	if inner, ok = trim(inner, true); !ok || strings.TrimSpace(inner) == "" {
		return false
	}
	if strings.ContainsAny(inner, ".!?\"“”‘’«»—–\n") {
		return false
	}
	return len(strings.Fields(inner)) <= 8
}

// allWords reports whether every token of toks is a word.
func allWords(toks []tok) bool {
	for _, t := range toks {
		if t.k != tWord {
			return false
		}
	}
	return true
}

// butClause returns where the clause of the verb toks[v] starts when a
// comma and "but" or "and" open it within 12 tokens before the verb, else 0.
func (st *state) butClause(toks []tok, v int) int {
	for j := v - 1; j > 0 && v-j <= 12; j-- {
		if toks[j].k != tWord {
			if toks[j].k != tComma {
				return 0
			}
			continue
		}
		if w := st.word(toks[j]); (w == "but" || w == "and") && toks[j-1].k == tComma {
			return j + 1
		}
	}
	return 0
}

// sentenceEndIn reports whether toks hold a full stop, question or
// exclamation mark that ends a sentence (not an abbreviation's).
func sentenceEndIn(toks []tok) bool {
	for j, t := range toks {
		if t.k == tStop && !abbrevStop(toks, j) {
			return true
		}
	}
	return false
}

// nameThenCue reads the words between the pieces of an interrupted quote
// that name the speaker (or a pronoun) first and report later: “…,”
// Benioff weighed in, telling Cook, “…”.
func (st *state) nameThenCue(toks []tok) (attribution, bool) {
	if len(toks) == 0 || toks[0].k != tWord {
		return attribution{}, false
	}
	j := 0 // the name, its capitalised words, or a pronoun
	if _, ok := isPronoun(st.word(toks[0])); ok {
		j = 1
	}
	for j < len(toks) && toks[j].k == tWord && capitalised(toks[j]) {
		j++
	}
	if j == 0 {
		return attribution{}, false
	}
	for v := j; v < len(toks); v++ {
		if toks[v].k == tWord && st.cueAt(toks, v) {
			return attribution{mention: Span{toks[0].s, toks[j-1].e}, cue: Span{toks[v].s, toks[v].e}}, true
		}
	}
	return attribution{}, false
}

// endsCommaOrColon reports whether the last character of text[s:e] that is
// not white space is a comma or a colon. The words between two quotes can
// join them only if their last token is one, and that is read from the
// text, so that most gaps are never tokenized.
func endsCommaOrColon(text string, s, e int) bool {
	for e > s {
		r, n := runeBefore(text, e)
		if !isSpaceRune(r) {
			return r == ',' || r == ':'
		}
		e -= n
	}
	return false
}

// onlyAnd reports whether s, the text between two quotes, is "and" or
// "or" with nothing else but commas and spaces (“A,” and, “B”).
//
// Most gaps are ruled out by their first ASCII byte after control bytes,
// spaces and commas: the trimmed text starts there, or earlier with a
// control byte, and so must start with a or o.
func onlyAnd(s string) bool {
	i := 0
	for i < len(s) && (s[i] <= ' ' || s[i] == ',') {
		i++
	}
	if i < len(s) && s[i] < utf8.RuneSelf && s[i] != 'a' && s[i] != 'o' {
		return false
	}
	s = strings.TrimFunc(s, func(r rune) bool { return r == ',' || isSpaceRune(r) })
	return s == "and" || s == "or"
}

// endsWithConj reports whether text[s:e] ends in ", but" or ", and" and
// white space: “…,” he said, but “…” goes on with the same statement.
// Most gaps are ruled out by their last ASCII byte before control bytes
// and spaces, which must be t or d.
func endsWithConj(text string, s, e int) bool {
	j := e - 1
	for j >= s && text[j] <= ' ' {
		j--
	}
	if j >= s && text[j] < utf8.RuneSelf && text[j] != 't' && text[j] != 'd' {
		return false
	}
	t := strings.TrimRightFunc(text[s:e], isSpaceRune)
	w, ok := strings.CutSuffix(t, "but")
	if !ok {
		w, ok = strings.CutSuffix(t, "and")
	}
	// the word, then spaces (one or more: "Eisen,  and “…”"), then a comma
	t = strings.TrimRightFunc(w, isSpaceRune)
	return ok && len(t) < len(w) && strings.HasSuffix(t, ",")
}

// attribute finds the attribution of quote qi: after it, before it, or in a
// speaker line that ends the previous paragraph with a colon. si is the
// sentence that holds the quote's opening mark (sentenceAt), or -1.
func (st *state) attribute(qi, si int) {
	q := &st.raw[qi]
	if q.hasAtt {
		return
	}
	text := st.text
	first := &q.pieces[0]
	lp := q.last()
	para := &st.doc.Paragraphs[lp.para]
	// the tail: after the closing mark, up to the next quote in the paragraph
	tailEnd := para.End
	for k := qi + 1; k < len(st.raw) && st.raw[k].pieces[0].os < tailEnd && st.raw[k].pieces[0].os >= lp.ce; k++ {
		if st.isNicknameQuote(k) {
			continue // "said Liam “Tank” Fairbrother": a nickname inside the name the tail holds
		}
		if st.titleInRole(k) {
			continue // "the “Pose” actor said": a title inside the role the tail holds
		}
		tailEnd = st.raw[k].pieces[0].os
		break
	}
	// the head: from the start of the sentence to the opening mark
	headStart := para.Start
	if d := st.doc.Paragraphs[first.para].Dateline; d.Valid() {
		headStart = d.End
	}
	if si >= 0 && st.doc.Sentences[si].Start <= first.os {
		headStart = max(headStart, st.doc.Sentences[si].Start)
	}
	if first.para != lp.para {
		headStart = st.doc.Paragraphs[first.para].Start
		if si >= 0 && st.doc.Sentences[si].Start <= first.os && st.doc.Sentences[si].Paragraph == first.para {
			// "The union said the cuts fell unfairly. Its president,
			// Gerda Haskell, set out its position: “…" and on in the
			// next paragraph: the sentence that opens the quote
			headStart = max(headStart, st.doc.Sentences[si].Start)
		}
	}
	afterPrev := false // the head is the words after the quote before
	pk := qi - 1
	for pk >= 0 && (st.isNicknameQuote(pk) || st.raw[pk].para == first.para && st.titleAfterPreposition(pk)) {
		// "Marcia “Cia” Price said: “…”": the nickname is the head's;
		// "Buckley, who phoned in from the set of “Fargo,” had a similar
		// experience: “…”": so is a title after "of"
		pk--
	}
	if pk >= 0 {
		prev := st.raw[pk].last()
		if prev.ce > headStart && prev.ce <= first.os {
			headStart, afterPrev = prev.ce, true
		}
	}
	headStart = min(headStart, first.os)
	hs, he := trimSpan(text, headStart, first.os)
	head := text[hs:he]
	headEndsColon := strings.HasSuffix(head, ":")
	headEndsComma := strings.HasSuffix(head, ",")

	lastRune, _ := runeBefore(text, lp.e)
	endRune := lastRune
	if lastRune == '’' || lastRune == '\'' || lastRune == '”' || lastRune == '"' {
		// a nested quote closed with the outer one: "… ask, ‘Should they?’”"
		_, n := runeBefore(text, lp.e)
		endRune, _ = runeBefore(text, lp.e-n)
	}
	sentenceEnded := endRune == '.' || endRune == '!' || endRune == '?' || endRune == 0x2026
	if afterPrev && onlyAnd(head) && st.raw[qi-1].hasAtt && st.raw[qi-1].last().para == first.para {
		// shouting “A” and “B”: B is said as A is
		p := &st.raw[qi-1]
		q.att, q.hasAtt, q.headAtt = p.att, true, p.headAtt
		return
	}
	commaEnd := lastRune == ','
	if lastRune == '’' || lastRune == '\'' {
		// a nested quote that closes with the comma inside it: "… you
		// called ‘miracles,’” she said"
		_, n := runeBefore(text, lp.e)
		r, _ := runeBefore(text, lp.e-n)
		commaEnd = r == ','
	}
	if headEndsColon && commaEnd && first.para == lp.para {
		// "Trump asserted that …: “France is no longer France,” he
		// claimed": the comma hands the quote to the verb after it
		if st.tryTail(q, tailEnd, para.End, sentenceEnded) || st.tryHead(q, head, headStart) {
			return
		}
	} else if headEndsColon || headEndsComma || head != "" && !strings.HasSuffix(head, ".") {
		if commaEnd && headEndsComma && first.para == lp.para && st.openingParticiple(q, hs, he, lp.ce, tailEnd) {
			return
		}
		if st.tryHead(q, head, headStart) {
			if commaEnd && !headEndsColon && !headEndsComma && st.findingCue(q.att.cue) {
				// "Polling shows that “the public is uneasy,” said Sylke
				// Tempel": a finding leads into the words, the speaker
				// after the comma says them
				head := q.att
				if q.hasAtt = false; !st.tryTail(q, tailEnd, para.End, sentenceEnded) {
					q.att, q.hasAtt, q.headAtt = head, true, true
				}
			}
			return
		}
		if st.tryTail(q, tailEnd, para.End, sentenceEnded) {
			return
		}
	} else if st.tryTail(q, tailEnd, para.End, sentenceEnded) || !(afterPrev && strings.HasSuffix(head, ".")) && st.tryHead(q, head, headStart) {
		// a head that is the whole sentence after the quote before ("“A,”
		// said Ode, who declined to be named.“B.”") is that quote's
		// attribution, not this one's
		return
	}
	if head != "" && first.para == lp.para && !(afterPrev && strings.HasSuffix(head, ".")) && !(headEndsColon && st.howClauseEnds(hs, he)) {
		// a partial quote inside a reporting sentence: "It is vital to
		// “take detailed histories” of patients, Ode said" (but not the
		// verb of "how it felt:" before the colon)
		if att, ok := st.sentenceAttribution(qi, si); ok {
			q.att, q.hasAtt = att, true
			return
		}
	}
	if head == "" && lp.ce == para.End {
		// a quote that is its paragraph, then "The words came from Ode"
		if lp.para+1 < len(st.doc.Paragraphs) {
			p := st.doc.Paragraphs[lp.para+1]
			if p.Kind != Heading {
				if att, ok := st.cameFrom(p.Start, p.End); ok {
					q.att, q.hasAtt = att, true
					return
				}
				if att, ok := st.leadSpeaker(qi, p); ok {
					q.att, q.hasAtt = att, true
					return
				}
			}
			if r, _ := runeAt(text, p.Start); isDash(r) && p.End-p.Start < 160 {
				// “…”¶— Hanneke Dols, chemistry teacher: a pull quote's
				// signature, on a line of its own after a long quote
				if att, ok := st.tailAttribution(st.tokensIn(p.Start, p.End), true); ok {
					q.att, q.hasAtt = att, true
					return
				}
			}
		}
	} else if head == "" && lp.ce < para.End && sentenceEnded {
		// “…” That was the message from Ode, who …: in the same paragraph
		s := lp.ce
		for s < para.End && (st.text[s] == ' ' || st.text[s] == '\n') {
			s++
		}
		if att, ok := st.cameFrom(s, para.End); ok {
			q.att, q.hasAtt = att, true
			return
		}
	}
	// a speaker line ending the previous paragraph with a colon
	if head == "" && first.para > 0 {
		pp := st.doc.Paragraphs[first.para-1]
		if strings.HasSuffix(text[pp.Start:pp.End], ":") {
			s := pp.Start
			if si := st.sentenceAt(pp.End - 1); si >= 0 {
				s = st.doc.Sentences[si].Start
			}
			if att, ok := st.headAttribution(st.tokensIn(s, pp.End)); ok {
				q.att, q.hasAtt, q.headAtt = att, true, true
				return
			}
		}
	}
}

// introducedBefore reads the paragraph before quote q, which fills its
// own paragraph with no attribution, when that paragraph holds no direct
// quote and its last sentence brings a person on: "Jonah Pike, 16, spent
// the afternoon unloading water.¶“My school is the shelter now.”" It
// returns the mention of that person, named first after any opening
// phrase ("Back at the gate, foreman Tomas Reyhani poured coffee …") and
// not as an owner ("Dols's teammate Hanne Ostrovsky visited her …"), or
// the he or she that is the sentence's subject.
func (st *state) introducedBefore(q *rawQuote) (attribution, bool) {
	first := q.pieces[0]
	if first.para == 0 || first.os != st.doc.Paragraphs[first.para].Start || q.last().ce < st.doc.Paragraphs[q.last().para].End {
		return attribution{}, false
	}
	// the paragraph before holds no one's statement; a few quoted words
	// inside a sentence ("the so-called “walled garden” model") are none
	for i := range st.raw {
		if o := &st.raw[i]; o != q && !o.drop && o.kind == Direct && o.last().para == first.para-1 {
			return attribution{}, false
		}
	}
	pp := st.doc.Paragraphs[first.para-1]
	if pp.Kind == Heading || pp.End <= pp.Start {
		return attribution{}, false
	}
	si := st.sentenceAt(pp.End - 1)
	if si < 0 || st.doc.Sentences[si].Paragraph != first.para-1 {
		return attribution{}, false
	}
	sn := st.doc.Sentences[si]
	if strings.HasSuffix(strings.TrimRight(st.text[sn.Start:sn.End], " \n"), "as follows.") {
		// "A statement from Prime Minister Conrad Vell … reads in part as
		// follows.": the one the paragraph says it is from
		if m, ok := st.fromMentionIn(pp.Start, pp.End); ok {
			return attribution{mention: m}, true
		}
	}
	start := st.subjectStart(si)
	best := -1
	for _, m := range st.ments[st.mentionsBefore(sn.Start):st.found.scanned] {
		if m.pos >= sn.End {
			break
		}
		if st.people[m.who].org || st.ownerAt(m.pos) {
			continue
		}
		if m.pos >= start && st.inStatementSetOff(start, m.pos) {
			// "The commission, in a statement signed by its spokesperson,
			// Mr Tunji Olatoye, said …": the name signs for the subject
			return attribution{}, false
		}
		if m.pos >= start {
			// the subject, or a role or age before it ("foreman Tomas
			// Reyhani", "13-year-old Mina Castellano"): not a name after a
			// verb ("the DNC issued a statement apologizing to Sanders")
			toks := st.tokensIn(start, m.pos)
			n := len(toks)
			for j := len(toks) - 1; j >= 0; j-- {
				if toks[j].k == tComma {
					n = len(toks) - j - 1 // after an opening phrase: "Back at the gate, foreman …"
					break
				}
			}
			if n > 3 {
				return attribution{}, false
			}
			best = m.pos
			break
		}
		if best < 0 {
			best = m.pos // in the opening phrase: "Among those watching was Ana Ode"
		}
	}
	if best < 0 {
		// "She returned to that theme on Tuesday.", "Asked whether she
		// worried, she was silent for a long time.": a pronoun subject
		toks := st.tokensIn(start, sn.End)
		for len(toks) > 0 && toks[0].k != tWord {
			toks = toks[1:]
		}
		if len(toks) > 1 && toks[1].k == tWord && !capitalised(toks[1]) {
			if g, ok := isPronoun(st.word(toks[0])); ok && (g == genderMale || g == genderFemale) && st.word(toks[0]) != "her" && st.word(toks[0]) != "his" && st.word(toks[0]) != "Her" && st.word(toks[0]) != "His" {
				return attribution{mention: Span{toks[0].s, toks[0].e}}, true
			}
		}
		return attribution{}, false
	}
	toks := st.tokensIn(best, sn.End)
	e := 0
	for e < len(toks) && toks[e].k == tWord && capitalised(toks[e]) {
		e++
	}
	if e == 0 {
		return attribution{}, false
	}
	return attribution{mention: Span{toks[0].s, toks[e-1].e}}, true
}

// fromMentionIn returns the last person or body named in text[a:b] after
// "from" or "by", a title or role perhaps between ("a statement from
// Prime Minister Conrad Vell"): whom a document the text brings in is
// from.
func (st *state) fromMentionIn(a, b int) (Span, bool) {
	var out Span
	for _, m := range st.ments[st.mentionsBefore(a):st.mentionsBefore(b)] {
		toks := st.tokensIn(max(a, m.pos-48), m.pos)
		k := len(toks) - 1
		for k >= 0 && toks[k].k == tWord && capitalised(toks[k]) {
			k-- // a title before the name: "from Prime Minister"
		}
		if k < 0 || toks[k].k != tWord {
			continue
		}
		if w := st.word(toks[k]); w != "from" && w != "by" {
			continue
		}
		e := m.pos
		for e < b && st.text[e] != ' ' && st.text[e] != ',' && st.text[e] != '.' {
			e++
		}
		// the name's words after its first
		rest := st.tokensIn(e, min(b, e+64))
		for _, t := range rest {
			if t.k != tWord || !capitalised(t) {
				break
			}
			e = t.e
		}
		out = Span{m.pos, e}
	}
	return out, out.Valid()
}

// quotedAs reports whether the participle toks[v] follows "quoted X as"
// or "cited X as" ("Interfax quoted the minister as saying …", "The
// agency cited Ana Ode as telling troops …"), and returns the tokens of X,
// who speaks, not the outlet that quoted X; in the passive ("Halvik was
// quoted by the Herald as saying") X is the subject.
func (st *state) quotedAs(toks []tok, v int) (b, e int, ok bool) {
	if v < 3 || toks[v-1].k != tWord || st.word(toks[v-1]) != "as" || !strings.HasSuffix(st.word(toks[v]), "ing") {
		return 0, 0, false
	}
	switch st.word(toks[v-2]) {
	case "quoted", "cited":
		// "she is quoted as saying", "Ode was quoted as telling": the
		// subject of the passive is the one quoted
		switch st.word(toks[v-3]) {
		case "was", "were", "is", "are", "been", "being":
			if s, ok := st.npBackward(toks, v-3, 0); ok {
				if e, ok := st.subjectEnd(toks, s, v-3); ok && e >= s {
					return s, e + 1, true
				}
			}
		}
		return 0, 0, false
	}
	for k := v - 3; k >= 0 && k >= v-24 && (toks[k].k == tWord || toks[k].k == tComma); k-- {
		if toks[k].k != tWord {
			continue // "quoted the commander, Colonel Ivo Rask, as saying"
		}
		switch st.word(toks[k]) {
		case "quoted", "quotes", "quote", "quoting", "cited", "cites", "citing", "record", "records", "recorded", "recording", "describe", "describes", "described", "show", "shows", "showed", "portray", "portrays", "portrayed":
			// and "Notes from the meeting record the counsel, Dana Whitcomb,
			// as saying …": the one the document shows speaking
			if k > 0 && toks[k-1].k == tWord && st.word(toks[k+1]) == "by" {
				switch st.word(toks[k-1]) {
				case "was", "were", "is", "are", "been":
					// "Halvik was quoted by the Herald as saying": the
					// subject was quoted, the Herald quoted him
					if s, ok := st.npBackward(toks, k-1, 0); ok {
						if e, ok := st.subjectEnd(toks, s, k-1); ok && e >= s {
							return s, e + 1, true
						}
					}
					return 0, 0, false
				}
			}
			b, e := k+1, v-1
			if e-1 > b && toks[e-1].k == tComma && capitalised(toks[b]) && !isDeterminer(st.word(toks[b])) {
				// "quoted Wei Jianming, deputy director of the institute,
				// which runs the ship, as saying": the name before what
				// is set off after it
				f := b
				for f < e && toks[f].k != tComma {
					f++
				}
				if f > b && st.nameUpTo(toks, b, f) {
					return b, f, true
				}
			}
			if e-1 > b && toks[e-1].k == tComma {
				// "the exercise commander, Colonel-General Ivo Rask,": the
				// name set off after the role
				for j := e - 2; j > b; j-- {
					if toks[j].k == tComma {
						b = j + 1
						break
					}
				}
				e--
			}
			return b, e, true
		}
	}
	return 0, 0, false
}

// leadSpeaker reads the speaker of a quote that is a paragraph of its own
// (an article's opening quote, most often) from the paragraph after it when that paragraph brings the
// speaker in by name: "Arthur, 72, a retired surveyor, …" (a name and an
// age), "Carlos Ibarra was speaking through an interpreter …" or "Ilse
// Marrow says it flatly". A quote right after a paragraph that holds one,
// or that ends in a colon, is not read so: it goes on with that quote's
// speaker, or the colon's.
func (st *state) leadSpeaker(qi int, p Paragraph) (attribution, bool) {
	// not a quote that may go on from one in the paragraph before, nor
	// one a paragraph ending in a colon leads into ("She says:")
	para := st.raw[qi].pieces[0].para
	for k := qi - 1; k >= 0 && st.raw[k].last().para >= para-1; k-- {
		if st.doc.Paragraphs[st.raw[k].para].Kind != Heading {
			return attribution{}, false
		}
	}
	if para > 0 {
		if prev := st.doc.Paragraphs[para-1]; strings.HasSuffix(strings.TrimRight(st.text[prev.Start:prev.End], " \n"), ":") {
			return attribution{}, false
		}
	}
	if r, _ := utf8.DecodeRuneInString(st.text[p.Start:]); !unicode.IsUpper(r) {
		return attribution{}, false
	}
	toks := st.tokensIn(p.Start, min(p.End, p.Start+160))
	if len(toks) > 6 && st.word(toks[0]) == "The" {
		// "The man at the front of the provisional ballot table, Leonard
		// Okafor, 49, an accountant, said …": the name and age set off
		// after a description
		for c := 2; c < len(toks) && c <= 14; c++ {
			if toks[c].k == tComma {
				e := c + 1
				for e < len(toks) && toks[e].k == tWord && capitalised(toks[e]) {
					e++
				}
				if e > c+2 && e < len(toks) && toks[e].k == tComma && st.ageAfter(toks[e-1].e) {
					return attribution{mention: Span{toks[c+1].s, toks[e-1].e}}, true
				}
				break
			}
			if toks[c].k != tWord {
				break
			}
		}
	}
	j := st.npForward(toks, 0)
	if j < 1 || j+2 >= len(toks) || isDeterminer(st.word(toks[0])) {
		return attribution{}, false
	}
	for _, t := range toks[:j] {
		if t.k != tWord || !capitalised(t) {
			return attribution{}, false
		}
	}
	aged := st.ageAfter(toks[j-1].e)
	speaking := false
	switch st.word(toks[j]) {
	case "was", "is":
		switch st.word(toks[j+1]) {
		case "speaking", "talking":
			speaking = true
		}
	case "says", "said":
		speaking = st.word(toks[j+1]) == "it" // "Ilse Marrow says it flatly"
	}
	if !aged && !speaking {
		return attribution{}, false
	}
	return attribution{mention: Span{toks[0].s, toks[j-1].e}}, true
}

// verdictNoun reports the nouns of "That was the verdict of X" that hand
// the quote before to X.
func verdictNoun(w string) bool {
	switch w {
	case "verdict", "view", "assessment", "message", "warning", "response", "reaction", "judgment", "judgement", "conclusion", "advice", "words", "account":
		return true
	}
	return false
}

// nameUpToOf returns the end of the noun phrase that starts at toks[b],
// cut before an "of" that follows a capitalised word: the name, not the
// place or body after it ("Dolores Whitcombe of the Harbor Heights
// neighborhood").
func (st *state) nameUpToOf(toks []tok, b int) int {
	j := st.npForward(toks, b)
	for k := b + 1; k < j; k++ {
		if st.word(toks[k]) == "of" && capitalised(toks[k-1]) {
			return k
		}
	}
	return j
}

// cameFrom reads the attribution that opens text[start:end], the
// paragraph or the sentence after a quote, and hands the quote to its
// speaker: "The words came from Niamh Feeney,
// who …", "That answer came from Ms. Lund", "So said Tobias Renwick",
// "That was the verdict of a senior official".
func (st *state) cameFrom(start, end int) (attribution, bool) {
	if end-start < len("The words came from X") {
		return attribution{}, false
	}
	switch st.text[start : start+2] {
	case "Th", "Hi", "He", "So", "Wi": // The, That, This, Those, These, His, Her; So said; With those words
	default:
		return attribution{}, false
	}
	toks := st.tokensIn(start, min(end, start+200))
	if len(toks) >= 7 && toks[2].k == tComma && remarkNoun(st.word(toks[1])) && st.word(toks[4]) == "by" {
		switch st.word(toks[0]) {
		case "Those", "These", "That", "This", "The":
			switch st.word(toks[3]) {
			case "spoken", "written", "uttered", "delivered", "posted", "sent":
				// "Those words, spoken by Ms Quereshi at the opening of the
				// talks, have become a millstone": who spoke them
				if j := st.nameUpToOf(toks, 5); j > 5 {
					return attribution{mention: Span{toks[5].s, toks[j-1].e}, cue: Span{toks[3].s, toks[3].e}}, true
				}
				return attribution{}, false
			}
		}
	}
	if len(toks) >= 6 && toks[2].k == tComma && toks[3].k == tWord && st.word(toks[3]) == "from" && remarkNoun(st.word(toks[1])) {
		switch w := st.word(toks[1]); st.word(toks[0]) {
		case "The":
			if w != "words" && w != "remark" && w != "remarks" && w != "comment" && w != "comments" {
				break // "The reply, from X, was two lines long. “…”": the quote after it
			}
			fallthrough
		case "That", "This", "Those", "These", "His", "Her":
			// "Those words, from campaign organiser Deborah Quayle, 52,
			// drew the loudest cheer": whom they are from, up to "of"
			// after a name ("Dolores Whitcombe of the Harbor Heights
			// neighborhood")
			if j := st.nameUpToOf(toks, 4); j > 4 {
				return attribution{mention: Span{toks[4].s, toks[j-1].e}, cue: Span{toks[3].s, toks[3].e}}, true
			}
			return attribution{}, false
		}
	}
	if w := st.word(toks[0]); w == "With" && len(toks) > 6 && toks[3].k == tComma && remarkNoun(st.word(toks[2])) {
		switch st.word(toks[1]) {
		case "those", "these", "that", "this", "his", "her":
			// "With those words, delivered to a cheering control room on
			// Sunday, the mission's flight director confirmed …": the
			// subject of the sentence, after the phrases set off
		commas:
			for c := 3; c+2 < len(toks) && c < 40; c++ {
				if toks[c].k != tComma || st.participle(st.word(toks[c+1])) || strings.HasSuffix(st.word(toks[c+1]), "ed") {
					continue
				}
				b, e := st.openingSubject(toks[c+1:])
				if v := c + 1 + e; e > b && v < len(toks) && toks[v].k == tWord {
					if w := st.word(toks[v]); st.cueAt(toks, v) || strings.HasSuffix(w, "ed") || irregularPast(w) {
						return attribution{mention: Span{toks[c+1+b].s, toks[c+e].e}, cue: Span{toks[v].s, toks[v].e}}, true
					}
				}
				// "…, Quillfin co-founder and chief executive Tomasz Reyes
				// announced": roles in lower case before the name, which
				// ends right before the verb
				for v := c + 2; v < len(toks) && v <= c+12; v++ {
					if toks[v].k == tComma {
						continue commas // "spoken to staff on a video call,": a phrase set off, then the subject
					}
					if toks[v].k != tWord {
						break
					}
					if !capitalised(toks[v]) && st.cueAt(toks, v) && !st.nounAt(toks, v) {
						if capitalised(toks[v-1]) {
							return attribution{mention: Span{toks[c+1].s, toks[v-1].e}, cue: Span{toks[v].s, toks[v].e}}, true
						}
						break
					}
				}
				break
			}
			return attribution{}, false
		}
	}
	if len(toks) >= 8 && toks[2].k == tComma && st.word(toks[0]) != "So" {
		// "Those words, posted on social media on Tuesday, came from …":
		// the phrase set off after the noun is passed over
		for c := 3; c < len(toks) && c < 20; c++ {
			if toks[c].k == tComma {
				toks = append(toks[:2:2], toks[c+1:]...)
				break
			}
			if toks[c].k != tWord {
				break
			}
		}
	}
	if w := st.word(toks[0]); (w == "That's" || w == "That’s") && len(toks) > 4 {
		// "That's how junior Micah Bellamy, 17, described …": read as
		// "That" and "'s", a form of is
		t0, n := toks[0], len("That")
		toks = append([]tok{{s: t0.s, e: t0.s + n, k: tWord, f: t0.f}, {s: t0.s + n, e: t0.e, k: tWord}}, toks[1:]...)
	}
	if len(toks) < 5 || toks[1].k != tWord || toks[2].k != tWord || toks[3].k != tWord {
		return attribution{}, false
	}
	if st.word(toks[0]) == "So" && st.word(toks[1]) == "said" {
		// "So said Tobias Renwick, a broker, who added …"
		if j := st.npForward(toks, 2); j > 2 {
			return attribution{mention: Span{toks[2].s, toks[j-1].e}, cue: Span{toks[0].s, toks[1].e}}, true
		}
		return attribution{}, false
	}
	switch st.word(toks[0]) {
	case "The", "That", "This", "Those", "These", "His", "Her":
	default:
		return attribution{}, false
	}
	if w := st.word(toks[1]); (w == "was" || w == "is" || w == "were" || w == "are") && len(toks) > 6 && st.word(toks[2]) == "the" {
		// "That was the verdict of a senior official, who …", "Those
		// were the words of Mayor Ana Ode", "That was the blunt message
		// from Sarnia's finance minister": a word or two may describe it
		// and a day may stand before the name: "That was the message
		// on Friday from Lorraine Achebe-Finch"
		n := 3
		for n < 5 && n+2 < len(toks) && toks[n].k == tWord && !capitalised(toks[n]) && !verdictNoun(st.word(toks[n])) {
			n++
		}
		f := st.settingPhrase(toks, n+1) // "the blunt assessment late on Wednesday of …"
		if f == n+1 && f+1 < len(toks) && relativeDay(st.word(toks[f])) {
			f++
		}
		if f+1 >= len(toks) || !verdictNoun(st.word(toks[n])) || st.word(toks[f]) != "of" && st.word(toks[f]) != "from" {
			return attribution{}, false
		}
		if j := st.npForward(toks, f+1); j > f+1 {
			return attribution{mention: Span{toks[f+1].s, toks[j-1].e}, cue: Span{toks[1].s, toks[f].e}}, true
		}
		return attribution{}, false
	}
	if w := st.word(toks[1]); isWas(w) && st.word(toks[2]) == "how" && toks[3].k == tWord && capitalised(toks[3]) {
		// "That was how Dolores Mbeki, 44, greeted the result": a name
		// (not "That is how the system works")
		switch st.word(toks[3]) {
		case "The", "This", "That", "It", "We", "They", "I", "A", "An":
			return attribution{}, false
		}
		if j := st.npForward(toks, 3); j > 3 {
			for k := 4; k < j; k++ {
				if toks[k].k == tWord && !capitalised(toks[k]) && !isParticle(st.word(toks[k])) {
					// "That was how Renata Olazabal summed up …": the name,
					// not its verb; but "That was how Bora Ridge
					// orchardist Ray Mancini, 63, described …" goes on to
					// the name after the role
					if w := st.word(toks[k]); k+1 < j && capitalised(toks[k+1]) && (st.roleWord(toks[k]) || !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "s") && !irregularPast(w)) {
						continue
					}
					j = k
					break
				}
			}
			return attribution{mention: Span{toks[3].s, toks[j-1].e}, cue: Span{toks[1].s, toks[2].e}}, true
		}
		return attribution{}, false
	}
	if w := st.word(toks[1]); isWas(w) && st.word(toks[2]) == "how" && toks[3].k == tWord && !capitalised(toks[3]) && !isDeterminer(st.word(toks[3])) && !possessiveWord(st.word(toks[3])) {
		// "That's how junior Micah Bellamy, 17, described …": a role in
		// lower case, then the name
		k := 4
		for k < 6 && k < len(toks) && toks[k].k == tWord && !capitalised(toks[k]) {
			k++
		}
		if k+1 < len(toks) && toks[k].k == tWord && capitalised(toks[k]) && (st.givenName(toks[k]) || toks[k+1].k == tWord && capitalised(toks[k+1])) {
			e := k + 1
			for e < len(toks) && toks[e].k == tWord && (capitalised(toks[e]) || isParticle(st.word(toks[e]))) {
				e++
			}
			return attribution{mention: Span{toks[3].s, toks[e-1].e}, cue: Span{toks[1].s, toks[2].e}}, true
		}
	}
	if w := st.word(toks[1]); isWas(w) && st.word(toks[2]) == "how" && len(toks) > 7 && (st.word(toks[3]) == "the" || possessiveWord(st.word(toks[3]))) {
		// "That was how the country's chief anti-corruption prosecutor,
		// Renata Olazábal Díaz, summed up the decision": the name set off
		// after the role, else the role
		for h := 4; h < 9 && h+1 < len(toks); h++ {
			if toks[h].k != tWord || capitalised(toks[h]) {
				break
			}
			if !st.roleWord(toks[h]) || toks[h+1].k == tWord && !capitalised(toks[h+1]) && !strings.HasSuffix(st.word(toks[h+1]), "ed") {
				continue // "chief" before "prosecutor"
			}
			if toks[h+1].k == tComma && h+2 < len(toks) && capitalised(toks[h+2]) {
				k := h + 2
				for k < len(toks) && toks[k].k == tWord && (capitalised(toks[k]) || isParticle(st.word(toks[k]))) {
					k++
				}
				if k < len(toks) && toks[k].k == tComma {
					return attribution{mention: Span{toks[h+2].s, toks[k-1].e}, cue: Span{toks[1].s, toks[2].e}}, true
				}
			}
			if toks[h+1].k == tWord && !capitalised(toks[h+1]) && strings.HasSuffix(st.word(toks[h+1]), "ed") {
				return attribution{mention: Span{toks[3].s, toks[h].e}, cue: Span{toks[1].s, toks[2].e}}, true // "That was how the prosecutor summed up …"
			}
			break
		}
	}
	if k, e := st.wasName(toks); k > 0 {
		// "That was Dr Fathima Beevi, president of …", "The speaker was
		// Mrs Nneka Eze, 39, a trader": the name is the speaker's
		return attribution{mention: Span{toks[k].s, toks[e-1].e}, cue: Span{toks[0].s, toks[k-1].e}}, true
	}
	if w := st.word(toks[1]); isWas(w) && st.word(toks[2]) == "how" && len(toks) > 6 {
		// "That is how one scientist summed up the findings": a person
		// the text has not named yet, whose role noun is followed by a
		// verb (not "That is how a bill becomes law")
		switch st.word(toks[3]) {
		case "one", "a", "an", "another":
			for h := 4; h < 7 && h+1 < len(toks) && toks[h].k == tWord && !capitalised(toks[h]); h++ {
				if st.roleWord(toks[h]) && toks[h+1].k == tWord && !capitalised(toks[h+1]) {
					return attribution{mention: Span{toks[3].s, toks[h].e}, cue: Span{toks[1].s, toks[2].e}}, true
				}
			}
		}
		return attribution{}, false
	}
	v := 2 // the verb: "The words came from", or "That came from"
	if w := st.word(toks[0]); (w == "That" || w == "This") && st.word(toks[1]) == "came" {
		v = 1
	} else {
		switch st.word(toks[1]) {
		case "words", "answer", "remark", "remarks", "comment", "comments", "line", "warning", "reply", "response", "assessment", "verdict", "plea", "quote",
			"pledge", "promise", "assurance", "message", "criticism", "rebuke", "appeal", "admission", "retort", "prediction", "threat", "question",
			"complaint", "objection", "argument", "claim", "boast", "quip", "joke", "sentiment", "observation", "lament", "cry", "praise",
			"defence", "defense", "accusation", "demand", "suggestion", "explanation", "concession", "confession", "apology", "tribute", "rejoinder", "outburst",
			"description", "characterisation", "characterization", "appraisal", "compliment", "recollection":
		default:
			return attribution{}, false
		}
	}
	if w := st.word(toks[v]); w != "came" && w != "come" {
		return attribution{}, false
	}
	// up to three words of time between: "came late Monday from", "came
	// on Tuesday from"
	f := v + 1
	for f < len(toks) && f < v+4 && toks[f].k == tWord && st.word(toks[f]) != "from" {
		f++
	}
	if f >= len(toks) || st.word(toks[f]) != "from" || f > v+1 && st.settingPhrase(toks[:f], v+1) != f && st.skipDate(toks[:f], v+1) != f {
		return attribution{}, false
	}
	j := st.npForward(toks, f+1)
	if j == f+1 {
		return attribution{}, false
	}
	if capitalised(toks[f+1]) {
		// "from Whitcombe a few minutes later": the name, not the words
		// after it ("from Gorvenia’s deputy minister" and "from Nupt
		// secretary general Collins Wafula" keep them)
		k := f + 2
		for k < j && (toks[k].k != tWord || capitalised(toks[k]) || isParticle(st.word(toks[k])) || possessiveWord(st.word(toks[k-1]))) {
			k++
		}
		if e := k; k < j {
			for k < j && !capitalised(toks[k]) {
				k++
			}
			if k == j {
				j = e // no name after the lower-case words
			}
		}
	}
	m := Span{toks[f+1].s, toks[j-1].e}
	if j+1 < len(toks) && toks[j].k == tComma && toks[j+1].k == tWord && capitalised(toks[j+1]) && !capitalised(toks[j-1]) {
		// "from Gorvenia’s deputy interior minister, Sabin Oller,": the
		// name set off after the role
		k := j + 1
		for k < len(toks) && toks[k].k == tWord && capitalised(toks[k]) {
			k++
		}
		m = Span{toks[j+1].s, toks[k-1].e}
	}
	return attribution{mention: m, cue: Span{toks[v].s, toks[f].e}}, true
}

// inTerms reports whether toks[v] is the noun "terms" or "words" of a
// phrase that opens with "in" up to three words before it ("in simple
// terms", "in no uncertain terms", "in his own words"), which the verb
// forms of those words ("she terms it …") would otherwise take.
func (st *state) inTerms(toks []tok, v int) bool {
	if w := st.word(toks[v]); w != "terms" && w != "words" {
		return false
	}
	for j := v - 1; j >= 0 && j >= v-3 && toks[j].k == tWord; j-- {
		if st.word(toks[j]) == "in" {
			return true
		}
	}
	return false
}

// timeLead reports the words that open a time phrase after a subject:
// "on Monday", "last week", "this morning".
func timeLead(w string) bool {
	switch w {
	case "on", "in", "during", "last", "this", "early", "late", "next":
		return true
	}
	return false
}

// timeNoun reports the nouns of a time phrase that no day or month names:
// "last week", "this morning".
func timeNoun(w string) bool {
	switch w {
	case "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend":
		return true
	}
	return false
}

// governedNoun reports whether toks[v], a reporting verb's form that is
// a noun for words said too ("comment", "reply", "remarks"), is that noun
// as a preposition governs it, past a determiner or an adjective or two:
// "during public comment", "in his reply", "after brief remarks".
func (st *state) governedNoun(toks []tok, v int) bool {
	if !remarkNoun(st.word(toks[v])) {
		return false
	}
	for j := v - 1; j >= 0 && j >= v-3 && toks[j].k == tWord && !capitalised(toks[j]); j-- {
		switch p := st.word(toks[j]); p {
		case "during", "in", "at", "after", "before", "with", "from", "of", "by", "on", "under", "without", "upon":
			return true
		case "to", "he", "she", "they", "we", "i", "you", "it", "who", "which", "that":
			return false
		default:
			if isAux(p) || finite(p) || st.isVerb(&toks[j]) {
				return false
			}
		}
	}
	return false
}

// remarkNoun reports the nouns for words someone said that a sentence
// after a quote opens with: "Those words, from …", "With those words, …".
func remarkNoun(w string) bool {
	switch w {
	case "words", "word", "remark", "remarks", "comment", "comments", "answer", "reply", "response", "line", "quip", "plea", "warning", "message":
		return true
	}
	return false
}

// wasName returns the bounds [k, e) of the name in a sentence that says
// who the words before were: "That was Dr Fathima Beevi, …", "The
// speaker was Mrs Nneka Eze, 39, …", or 0, 0. The name is a person's: two
// capitalised words or more led by a given name, or a name after an
// honorific, ending the sentence or at a comma. "That was Monday" and
// "That was Ana Ode's view" are no such sentence.
func (st *state) wasName(toks []tok) (int, int) {
	k := 2
	switch w0, w1 := st.word(toks[0]), st.word(toks[1]); {
	case (w0 == "That" || w0 == "This") && w1 == "was":
	case w0 == "The" && st.word(toks[2]) == "was":
		switch w1 {
		case "speaker", "voice", "caller", "writer":
			k = 3
		default:
			return 0, 0
		}
	default:
		return 0, 0
	}
	j := k
	hon := false
	if j < len(toks) && toks[j].k == tWord && st.honorificWord(st.word(toks[j])) {
		hon = true
		if j++; j < len(toks) && toks[j].k == tStop && toks[j].s == toks[j-1].e {
			j++ // "Mrs."
		}
	}
	b := j
	for j < len(toks) && toks[j].k == tWord && capitalised(toks[j]) && !possessiveWord(st.word(toks[j])) {
		j++
	}
	if j-b < 1 || j-b < 2 && !hon || !hon && !st.givenName(toks[b]) {
		return 0, 0
	}
	if j < len(toks) && toks[j].k != tComma && toks[j].k != tStop {
		return 0, 0
	}
	return k, j
}

// isNicknameQuote reports whether raw quote k is a nickname of one or two
// words inside a name ("Liam “Tank” Fairbrother").
func (st *state) isNicknameQuote(k int) bool {
	n := &st.raw[k]
	return len(n.pieces) == 1 && st.nickname(&n.pieces[0]) && countWordsMax(st.text[n.pieces[0].s:n.pieces[0].e], 3) <= 2
}

// titleBeforeRole returns the index of the closing mark of a quoted title
// of one to four capitalised words that opens at toks[j] after "the" or
// "a" and before a role noun in lower case ("the “Pose” actor"), else j.
func (st *state) titleBeforeRole(toks []tok, j int) int {
	if j == 0 || toks[j].k != tQuote || toks[j-1].k != tWord {
		return j
	}
	if d := st.word(toks[j-1]); d != "the" && d != "The" && d != "a" && d != "an" {
		return j
	}
	k := j + 1
	for k < len(toks) && k <= j+4 && toks[k].k == tWord && capitalised(toks[k]) {
		k++
	}
	if k == j+1 || k+1 >= len(toks) || toks[k].k != tQuote || toks[k+1].k != tWord || capitalised(toks[k+1]) || !st.roleWord(toks[k+1]) {
		return j
	}
	return k
}

// titleInRole reports whether quote k is a title of four words at most
// between "the" and a role noun ("the “Pose” actor"): part of the words
// that name a speaker, not a quote that ends a tail.
func (st *state) titleInRole(k int) bool {
	p, ok := st.shortTitle(k, 4)
	if !ok {
		return false
	}
	d, _, punct := prevWord(st.text, max(0, p.os-12), p.os)
	if punct || d != "the" && d != "The" && d != "a" && d != "an" {
		return false
	}
	w := wordAfter(st.text, p.ce, min(len(st.text), p.ce+30))
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	ti, ok := st.lx.title(w)
	return ok && (ti.kind == kindRole || ti.kind == kindTitle)
}

// shortTitle returns the one piece of quote k when it is a title-case
// phrase of most words at most (titleLike), the words of a title.
func (st *state) shortTitle(k, most int) (qpiece, bool) {
	n := &st.raw[k]
	if len(n.pieces) != 1 {
		return qpiece{}, false
	}
	p := n.pieces[0]
	words := countWordsMax(st.text[p.s:p.e], most+1)
	return p, words <= most && upperAt(st.text, p.s) && titleLike(st.text, p.s, p.e, words)
}

// titleAfterPreposition reports whether quote k is one piece of six
// title-case words at most after "of", "in", "on", "from" or "about" (the
// set of “Fargo,”): a name the writer's sentence goes on past.
func (st *state) titleAfterPreposition(k int) bool {
	p, ok := st.shortTitle(k, 6)
	if !ok {
		return false
	}
	w, _, punct := prevWord(st.text, max(0, p.os-40), p.os)
	return !punct && (w == "of" || w == "in" || w == "on" || w == "from" || w == "about")
}

// tryHead gives quote q the attribution in its head, the words head (trimmed)
// from headStart to its opening mark, if they hold one.
func (st *state) tryHead(q *rawQuote, head string, headStart int) bool {
	if head == "" {
		return false
	}
	if att, ok := st.headAttribution(st.tokensIn(headStart, q.pieces[0].os)); ok {
		q.att, q.hasAtt, q.headAtt = att, true, true
		return true
	}
	return false
}

// tryTail gives quote q the attribution in its tail, the words of its
// sentence after its closing mark and before tailEnd (the next quote in
// the paragraph, or paraEnd, the paragraph's end), if they hold one.
// sentenceEnded tells that the quote ends with its sentence's end.
func (st *state) tryTail(q *rawQuote, tailEnd, paraEnd int, sentenceEnded bool) bool {
	lp := q.last()
	if lp.ce == lp.e || lp.ce >= tailEnd {
		return false
	}
	toks := st.tokensIn(lp.ce, tailEnd)
	if sentenceEnded && tailEnd < paraEnd && len(toks) > 0 && len(toks) <= maxTailTokens && (toks[len(toks)-1].k == tComma || toks[len(toks)-1].k == tColon) && !sentenceEndIn(toks) {
		// “B.” He added, “C?”: after a quote that ended its sentence,
		// words that lead into the next quote are that quote's head
		return false
	}
	if len(toks) > maxTailTokens {
		toks = toks[:maxTailTokens]
	}
	// the tail's own sentence; a mark right after the quote's close is
	// the rest of its closing run (a nested quote closed with the
	// outer one: three apostrophes, then "said Ode")
	apostrophe, nick := false, false
	for j := 0; j < len(toks); j++ {
		t := toks[j]
		if t.k == tQuote && j > 0 && st.pluralApostrophe(toks, j) {
			apostrophe = true
			continue
		}
		if k := quotedNickname(toks, j); k > j && j > 0 && toks[j-1].k == tWord && capitalised(toks[j-1]) {
			j, nick = k-1, true // "said Liam “Tank” Fairbrother": the nickname's marks
			continue
		}
		if k := st.titleBeforeRole(toks, j); k > j {
			j, nick = k, true // "the “Pose” actor said": the title inside the role
			continue
		}
		if t.k == tStop && !abbrevStop(toks, j) || t.k == tQuote && (j > 0 || t.s > lp.ce) || t.k == tSemi {
			toks = toks[:j]
			break
		}
	}
	if apostrophe || nick {
		// "the Estland Homeowners' Association said": the plural's
		// apostrophe left out, so the name reads as one phrase; so are
		// a nickname and its marks ("Marcia “Cia” Price shouted")
		kept := make([]tok, 0, len(toks))
		for j := 0; j < len(toks); j++ {
			t := toks[j]
			if k := quotedNickname(toks, j); k > j && j > 0 && toks[j-1].k == tWord && capitalised(toks[j-1]) {
				j = k - 1
				continue
			}
			if k := st.titleBeforeRole(toks, j); k > j {
				j = k
				continue
			}
			if t.k != tQuote || j == 0 || !st.pluralApostrophe(toks, j) {
				kept = append(kept, t)
			}
		}
		toks = kept
	}
	for _, t := range toks {
		if t.k == tWord {
			if t.f&fAccord != 0 && !st.quoteOpensSentence(q.pieces[0].os) && (st.cueBefore(q.pieces[0].os) || quoteWords(st.text, q) < 4) {
				// "…, saying they should “look for a psychiatrist,”
				// according to Reuters": the source of the sentence,
				// not the speaker of its partial quote (but in "Growth
				// was “roughly in line with its neighbours,” according to
				// a report" no one else speaks; a term of a few words,
				// "diagnosed with “feather-duvet lung,” according to …",
				// is no one's words)
				return false
			}
			break
		}
	}
	for v := 3; v < len(toks); v++ {
		// "…,” a senior officer was quoted by the agency KalPress as
		// saying.": the one quoted
		if toks[v].k == tWord && st.word(toks[v-1]) == "as" && st.cueAt(toks, v) {
			if b, e, ok := st.quotedAs(toks, v); ok {
				q.att, q.hasAtt = attribution{mention: Span{toks[b].s, toks[e-1].e}, cue: Span{toks[v].s, toks[v].e}}, true
				return true
			}
		}
	}
	if att, ok := st.headlineTail(q, toks); ok {
		q.att, q.hasAtt = att, true
		return true
	}
	if att, ok := st.tailAttribution(toks, sentenceEnded); ok {
		if sentenceEnded && strings.HasPrefix(strings.TrimLeft(st.text[att.cue.End:min(att.cue.End+3, len(st.text))], " "), ":") {
			// “….” Her readers, it seems, agree: …: a new sentence whose
			// verb leads on to what follows its colon
			return false
		}
		if sentenceEnded && len(toks) > 1 && capitalised(toks[0]) && st.participle(st.word(toks[0])) {
			// “…targets.” Listing the ventures she added, …: a new
			// sentence that opens with its own participle's phrase
			// leads on to other words, not back to the quote
			return false
		}
		q.att, q.hasAtt = att, true
		return true
	}
	return false
}

// headlineTail reads the attribution after a quote in a headline written
// in title case or capitals, where the verb is capitalised like the name
// before it and would read as part of it: "‘We Will Stay,’ Ode Says".
func (st *state) headlineTail(q *rawQuote, toks []tok) (attribution, bool) {
	if len(toks) < 2 || len(toks) > 5 || !st.inCasedHeadline(&q.pieces[0]) {
		return attribution{}, false
	}
	b := 0
	if toks[0].k == tComma {
		b = 1
	}
	v := len(toks) - 1
	if v <= b || !capitalised(toks[v]) || !st.headlineVerb(toks[v]) {
		return attribution{}, false
	}
	for _, t := range toks[b:v] {
		if t.k != tWord || !capitalised(t) {
			return attribution{}, false
		}
	}
	return attribution{mention: Span{toks[b].s, toks[v-1].e}, cue: Span{toks[v].s, toks[v].e}}, true
}

// documentWord reports whether w, lower case, is a document's noun in the
// singular or the plural: "report", "reports", "memos".
func (st *state) documentWord(w string) bool {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	if st.lx.noun(w) == kindDocument {
		return true
	}
	sg, ok := strings.CutSuffix(w, "s")
	return ok && st.lx.noun(sg) == kindDocument
}

// pluralApostrophe reports whether the quote mark toks[j] is the
// apostrophe of a plural possessive inside a name or phrase: glued to a
// word in s before it, a space and a word after it ("the Estland
// Homeowners' Association said").
func (st *state) pluralApostrophe(toks []tok, j int) bool {
	if j == 0 || j+1 >= len(toks) || toks[j-1].k != tWord || toks[j-1].e != toks[j].s || toks[j+1].k != tWord || toks[j+1].s == toks[j].e {
		return false
	}
	w := st.word(toks[j-1])
	return w[len(w)-1] == 's' || w[len(w)-1] == 'S'
}

// cueBefore reports whether a reporting verb stands in the sentence of
// the quote mark at byte os, before it.
func (st *state) cueBefore(os int) bool {
	si := st.sentenceAt(os)
	if si < 0 {
		return false
	}
	return st.cueFrom(st.tokensIn(st.doc.Sentences[si].Start, os), 0)
}

// cueFrom reports whether a reporting verb, not a noun, stands in toks
// from toks[from] on.
func (st *state) cueFrom(toks []tok, from int) bool {
	for v := from; v < len(toks); v++ {
		if toks[v].k == tWord && st.cueAt(toks, v) && !st.nounAt(toks, v) {
			return true
		}
	}
	return false
}

// quoteOpensSentence reports whether the quote mark at byte os opens its
// sentence: no word stands between the sentence's start and it.
func (st *state) quoteOpensSentence(os int) bool {
	si := st.sentenceAt(os)
	if si < 0 {
		return false
	}
	for _, t := range st.tokensIn(st.doc.Sentences[si].Start, os) {
		if t.k == tWord {
			return false
		}
	}
	return true
}

// sentenceAttribution looks for a reporting verb anywhere in the sentence
// of quote qi, outside its quotes, nearest the quote first, and takes its
// subject ("Ode said", "reports Ode"), or the sentence's opening name or
// pronoun when the verb's own subject is left out ("Ode gave a talk,
// telling them to “believe”"). A verb that takes a clause keeps the
// attribution even when no subject is found. si is the sentence that holds
// the quote's opening mark (sentenceAt), or -1.
func (st *state) sentenceAttribution(qi, si int) (attribution, bool) {
	q := &st.raw[qi]
	first := q.pieces[0]
	if si < 0 {
		return attribution{}, false
	}
	sn := st.doc.Sentences[si]
	if sn.Paragraph != first.para {
		return attribution{}, false
	}
	// the sentence's tokens outside quotes; a zero-width tOther token
	// stands where a quote was, so that no phrase runs across it
	toks := st.atoks[:0]
	defer func() { st.atoks = toks[:0] }()
	at := -1 // index of the quote's own gap
	pos := sn.Start
	// the raw quotes are in text order and do not overlap, so only those
	// from the first that ends after the sentence's start to the last that
	// opens before its end can hold a piece of it
	j0 := qi
	for j0 > 0 && st.raw[j0-1].last().ce > sn.Start {
		j0--
	}
	for j := j0; j < len(st.raw) && st.raw[j].pieces[0].os < sn.End; j++ {
		r := &st.raw[j]
		for _, p := range r.pieces {
			if p.ce <= pos || p.os >= sn.End {
				continue
			}
			if p.os > pos {
				toks = append(toks, st.tokensIn(pos, p.os)...)
			}
			if j == qi && at < 0 {
				at = len(toks)
			}
			toks = append(toks, tok{s: p.os, e: p.os, k: tOther})
			pos = max(pos, p.ce)
		}
	}
	if pos < sn.End {
		toks = append(toks, st.tokensIn(pos, sn.End)...)
	}
	if at < 0 {
		return attribution{}, false
	}
	asked := st.askedEnd(toks, len(toks))
	// nearest first, on both sides, until both ends are passed
	for d := 1; at-d >= 0 || at+d < len(toks); d++ {
		for _, v := range [2]int{at - d, at + d} {
			if v < 0 || v >= len(toks) || v > 0 && v < asked || !st.cueAt(toks, v) {
				continue // not a verb of the question: "Asked what advice she would give someone thinking of …,"
			}
			if st.nounAt(toks, v) {
				continue // a noun: "the report"
			}
			if v+2 < len(toks) && st.word(toks[v+1]) == "not" && st.word(toks[v+2]) == "to" || v >= 2 && st.word(toks[v-1]) == "be" && st.word(toks[v-2]) == "to" {
				continue // "…, who asked not to be named, was blunt:": no report
			}
			if v == 0 && capitalised(toks[0]) && strings.EqualFold(st.lemmaOf(toks[0]), st.word(toks[0])) {
				continue // a base form that opens the sentence is no verb of it: "State broadcaster Radio Velta …"
			}
			if v > 0 && toks[v-1].k == tWord && passive(st.word(toks[v-1])) && strings.HasSuffix(st.word(toks[v]), "ed") || st.barePassive(toks, v) {
				continue // a passive names no speaker: "what is predicted to result from “…”"
			}
			if v < at && cognition(st.lemmaOf(toks[v])) && st.speechBefore(toks, v) {
				// "…, adding that Drenovar expected Velsovia to pull back
				// “as a first step”": what someone expects is told by
				// the speaker whose clause holds it, in that speaker's
				// words
				continue
			}
			cue := Span{toks[v].s, toks[v].e}
			// "…, arguing that …": a participle after a comma has the
			// sentence's subject, not the noun before the comma
			participle := v > 0 && toks[v-1].k == tComma && strings.HasSuffix(st.word(toks[v]), "ing")
			if b := st.withSubject(toks, v); !participle && st.withAbsolute(toks, b, v) {
				// "…, with one trader calling the comments “a line in the
				// sand”": the phrase after with is the participle's subject
				return attribution{mention: Span{toks[b].s, toks[v-1].e}, cue: cue}, true
			}
			if !participle && v > 1 && strings.HasSuffix(st.word(toks[v]), "ing") && st.gerundAfterObject(toks, v) {
				// "Brandt spent much of the campaign describing the yards
				// as “a rusting scar”": the gerund's subject is the
				// sentence's
				if b, e := st.openingSubject(toks[:v]); e > b && e < v {
					return attribution{mention: Span{toks[b].s, toks[e-1].e}, cue: cue}, true
				}
			}
			if v >= 3 && v < at && toks[v-1].k == tWord && st.word(toks[v-1]) == "which" && toks[v-2].k == tComma && toks[v-3].k == tWord && capitalised(toks[v-3]) {
				// "…, according to the National Weather Service, which said
				// in an afternoon update that “…”": the body the relative
				// clause is set off after
				if b, ok := st.npBackward(toks, v-2, 0); ok && b < v-2 {
					for b < v-3 && !capitalised(toks[b]) {
						b++
					}
					return attribution{mention: Span{toks[b].s, toks[v-3].e}, cue: cue}, true
				}
			}
			s, ok := st.npBackward(toks, v, 0)
			if ok && v > at && s > 0 && toks[s-1].k == tWord && subordinating(st.word(toks[s-1])) {
				continue // "… would not “stand idle” if the attacks continued": a condition's verb
			}
			if ok && v > at && st.objectClauseAfter(toks, s) {
				continue // "…,” a position North Korea has repeatedly rejected": the verb's object is the noun before
			}
			if !ok && !participle {
				// "Neither side disclosed it, but sources familiar with the
				// talks said …": the subject after the clause's "but"
				if lo := st.butClause(toks, v); lo > 0 {
					s, ok = st.npBackward(toks, v, lo)
				}
			}
			if ok && !participle {
				e := v - 1
				for k := s + 1; k < e; k++ {
					if toks[k].k == tWord && finite(st.word(toks[k])) {
						e = k - 1 // "she is only half joking": the subject ends before its verb
						break
					}
				}
				for e > s && (toks[e].k != tWord || isAux(st.word(toks[e]))) {
					e--
				}
				e = st.appositiveEnd(toks, s, e)
				if st.headKind(toks, s, e) != kindThing {
					s, e = st.issuer(toks, s, e, v)
					return st.viaRelative(toks, attribution{mention: Span{toks[s].s, toks[e].e}, cue: cue}, e, v), true
				}
			}
			// "said Ode", but not "went on radio to call Ode “…”": an
			// infinitive's name is its object, and so is the name after
			// told ("told Ana Ode of Harbour Radio, that “…”")
			if j := st.npForward(toks, v+1); j > v+1 && capitalised(toks[v+1]) && (j == len(toks) || toks[j].k != tWord) && (v == 0 || st.word(toks[v-1]) != "to") && st.lemmaOf(toks[v]) != "tell" &&
				!strings.HasSuffix(st.word(toks[v]), "ing") { // "saying Mr. Lund “reminds us …”": the quote's subject
				return attribution{mention: Span{toks[v+1].s, toks[j-1].e}, cue: cue}, true
			}
			if _, b, e := st.participleSubject(toks, v); e > b {
				return attribution{mention: Span{toks[b].s, toks[e-1].e}, cue: cue}, true
			}
			if b, e := st.subordinateSubject(toks, v); e > b {
				return attribution{mention: Span{toks[b].s, toks[e-1].e}, cue: cue}, true
			}
			if b, e := st.openingSubject(toks); e > b {
				return attribution{mention: Span{toks[b].s, toks[e-1].e}, cue: cue}, true
			}
			if clausal(st.lemmaOf(toks[v])) {
				return attribution{cue: cue}, true
			}
		}
	}
	return attribution{}, false
}

// maxParticipleClause bounds the tokens of an opening participle clause.
const maxParticipleClause = 40

// participleSubject reads a sentence that opens with a preposition and the
// participle toks[v] ("After saying her foot was “so swollen,” she was
// rushed …", "Before telling reporters that …, Ode left"): the speaker is
// the main clause's subject, after the comma (or the quote) that ends the
// opening clause. It returns where that clause ends, c, and the subject's
// bounds [b, e); e == b when the sentence is not of that shape.
func (st *state) participleSubject(toks []tok, v int) (c, b, e int) {
	p := v - 1
	if !strings.HasSuffix(st.word(toks[v]), "ing") {
		return 0, 0, 0
	}
	if p < 0 {
		// the participle opens the sentence: "Acknowledging that …, Ode
		// did say …" (not a gerund subject: "Saying no is hard")
		if v+1 >= len(toks) || st.word(toks[v+1]) != "that" {
			return 0, 0, 0
		}
	} else if toks[p].k != tWord {
		return 0, 0, 0
	} else {
		switch w := st.word(toks[p]); {
		case subordinating(w), isPrepositionAnyCase(w), w == "Upon", w == "upon", w == "Despite", w == "despite", w == "Without", w == "without":
		default:
			return 0, 0, 0
		}
		if p > 1 || p == 1 && !isSentenceStarter(st.word(toks[0])) {
			return 0, 0, 0
		}
	}
	for c = v + 1; c < len(toks) && c-v < maxParticipleClause; c++ {
		if k := toks[c].k; k != tComma && k != tOther || c+1 >= len(toks) {
			continue
		}
		d := c + 1
		for d < len(toks) && (toks[d].k == tQuote || toks[d].k == tComma) {
			d++
		}
		if d >= len(toks) || toks[d].k != tWord {
			continue
		}
		if _, ok := isPronoun(st.word(toks[d])); !ok && !capitalised(toks[d]) {
			continue
		}
		if b, e := st.openingSubject(toks[d:]); e > b {
			return c, d + b, d + e
		}
	}
	return 0, 0, 0
}

// openingSubject returns the bounds [b, e) of a name or pronoun that opens
// the sentence toks, after an opening phrase that ends in a comma ("During
// the debate, Ivo Marsh …"), or e == b when there is none.
func (st *state) openingSubject(toks []tok) (b, e int) {
	if len(toks) > 4 && toks[0].k == tQuote {
		// a title in marks that opens the sentence, before the subject:
		// "“Harbour Lane” actress Nicola Pryce has launched …"
		if ce := st.titleMarkAt(toks[0].s); ce > 0 {
			c := 1
			for c < len(toks) && toks[c].s < ce {
				c++
			}
			if c < len(toks)-2 {
				b, e = st.openingSubject(toks[c:])
				if e > b {
					return b + c, e + c
				}
			}
			return 0, 0
		}
	}
	if len(toks) > 3 && toks[0].k == tWord && !capitalised(toks[0]) && st.roleWord(toks[0]) && toks[1].k == tWord && capitalised(toks[1]) && st.titleMarkBefore(toks[0].s) {
		// the words after a title in marks that opens the sentence:
		// "“Harbour Lane” actress Nicola Pryce has launched …"
		if b, e = st.openingSubject(toks[1:]); e > b {
			return b + 1, e + 1
		}
		return 0, 0
	}
	if len(toks) > 2 && toks[0].k == tWord && capitalised(toks[0]) && (toks[1].k == tDash || toks[1].k == tOpen || toks[1].k == tComma) {
		// a dateline that opens a sentence, not its paragraph, where an
		// archive ran the headline into it: "… Brexit.  Washington (AFP)
		// – Democrat Hillary Clinton has …"
		if ds, de, ok := dateline(st.text, toks[0].s, toks[len(toks)-1].e); ok && ds == toks[0].s {
			k := 0
			for k < len(toks) && toks[k].s < de {
				k++
			}
			if k < len(toks) {
				b, e = st.openingSubject(toks[k:])
				return b + k, e + k
			}
		}
	}
	if len(toks) > 3 && toks[1].k == tColon && toks[0].k == tWord && len(st.word(toks[0])) > 2 && st.allCaps(toks[:1]) && capitalised(toks[2]) {
		// "BHUBANESWAR: The state assembly …": a dateline as Indian
		// papers write it, a place in capitals and a colon
		b, e = st.openingSubject(toks[2:])
		return b + 2, e + 2
	}
	if len(toks) > 0 && toks[0].k == tWord && (isOpener(st.word(toks[0])) || isPrepositionAnyCase(st.word(toks[0])) || st.timeLater(toks) || st.askedFirst(toks) || st.listPoint(toks) ||
		st.participle(st.word(toks[0])) && !(len(toks) > 1 && capitalised(toks[1]) && st.roleWord(toks[1]))) { // not "Presiding Judge Ana Ode"
		for c := 1; c < len(toks) && c < 24; c++ {
			if toks[c].k == tComma {
				b = c + 1
				break
			}
			if c <= 3 && toks[c].k == tWord && c+1 < len(toks) && toks[c+1].k == tWord && !st.askedFirst(toks) && !subordinating(st.word(toks[c-1])) && st.word(toks[c-1]) != "whether" && st.word(toks[0]) != "As" {
				if subjectPronoun(st.word(toks[c])) {
					// and "In her speech she thanked …"
					// "Since then she has presided over …": a short
					// opening phrase and no comma, then the subject
					b = c
					break
				}
			}
		}
		if b == 0 {
			return 0, 0
		}
		// the opening phrase goes on through a state or country and a
		// time, each set off: "At a rally in Portsmouth, N.H., on
		// Tuesday, Ode said"
		for b < len(toks) {
			c := b
			for c < len(toks) && c-b < 4 && toks[c].k == tWord {
				c++
			}
			if c == b || c >= len(toks) || toks[c].k != tComma || c+1 >= len(toks) || toks[c+1].k != tWord {
				break
			}
			place := b >= 2 && toks[b-2].k == tWord && capitalised(toks[b-2]) // "in Ames, Iowa,": a state after a city
			// a phrase of up to four words after a preposition: "on a
			// different network,"
			if w := st.word(toks[b]); !(place && st.capitalsOnly(toks[b:c]) && c-b <= 2 && !isSentenceStarter(w)) && !(isPrepositionAnyCase(w) && c-b <= 4) {
				break
			}
			b = c + 1
		}
	}
	for b > 0 && b+3 < len(toks) && toks[b].k == tWord && toks[b+1].k == tWord && toks[b+2].k == tComma && toks[b+3].k == tWord && st.cueAt(toks, b+1) {
		if _, ok := isPronoun(st.word(toks[b])); !ok {
			break
		}
		b += 3 // "When auditors asked, he said, Mabbott sent …": a parenthetical attribution before the subject
	}
	if b >= len(toks) || toks[b].k != tWord {
		return b, b
	}
	w := st.word(toks[b])
	if g, ok := isPronoun(w); ok && g != genderPlural {
		return b, b + 1
	}
	if isDeterminer(w) && (w == "the" || w == "The" || w == "a" || w == "A" || w == "an" || w == "An" || w == "His" || w == "Her" || w == "Their" || w == "Its") {
		// "A spokesman for the firm declined … but said", "the justice",
		// "His chief aide doubled down …, saying"
		j := st.npForward(toks, b)
		for k := b + 2; k < j; k++ {
			if st.pastVerb(toks[k]) {
				j = k // a past-tense verb ends the phrase: "the justice sounded off", "The Central Bank kept"
				break
			}
			if k+1 < j && timeLead(st.word(toks[k])) && (timeName(st.word(toks[k+1])) || timeNoun(st.word(toks[k+1]))) {
				j = k // and a time: "The High Court on Monday stayed"
				break
			}
		}
		if w == "Its" && j > b+1 {
			// "Its foreign ministry said": a body of the one named before,
			// not a thing of it ("Its post-primary salvo began")
			if ti, ok := st.lx.title(st.word(toks[j-1])); !(ok && (ti.kind == kindOrg || ti.kind == kindRole || ti.kind == kindTitle)) && nounKind(st.word(toks[j-1])) == orgNone { // and "Its general secretary"
				return b, b
			}
		}
		if (w == "His" || w == "Her" || w == "Their") && j == b+2 && speechNoun(st.word(toks[b+1])) {
			return b, b + 1 // "His assumption, stated on TV, was that …": his, whoever he is
		}
		if j > b+1 && st.headKind(toks, b, j-1) != kindThing {
			if k := j + 1; k < len(toks) && toks[j].k == tComma && capitalised(toks[k]) {
				// "The group, WeWorkers Coalition, formed …": the name in
				// apposition is the speaker
				for k < len(toks) && toks[k].k == tWord && capitalised(toks[k]) {
					k++
				}
				if k < len(toks) && toks[k].k == tComma && k-j <= 5 {
					return j + 1, k
				}
			}
			return b, j
		}
		return b, b
	}
	if !capitalised(toks[b]) || notNameWord(w) || isOpener(w) {
		return b, b
	}
	if hasApostrophe(w) {
		if b+1 < len(toks) && toks[b+1].k == tWord && capitalised(toks[b+1]) {
			// "Nigeria's Defence Headquarters", "Russia’s Foreign Ministry":
			// a body of the place
			e := b + 1
			for e < len(toks) && e-b <= 5 && toks[e].k == tWord && capitalised(toks[e]) {
				e++
			}
			if st.orgWord(&toks[e-1]) {
				return b, e
			}
		}
		// "China’s ambassador to Britain": a possessive before a role
		if j := st.npForward(toks, b); j > b+1 && !capitalised(toks[b+1]) {
			for k := b + 1; k < j; k++ {
				if st.pastVerb(toks[k]) {
					j = k // a past-tense verb ends the phrase: "Ryan’s campaign shrugged off"
					break
				}
			}
			ti, ok := st.lx.title(st.word(toks[j-1]))
			group := j-b <= 3 && !capitalised(toks[j-1]) && (ok && ti.kind == kindOrg || collective(st.word(toks[j-1])))
			if ok && (ti.kind == kindRole || ti.kind == kindTitle) || group {
				if j+1 < len(toks) && toks[j].k == tWord && (st.word(toks[j]) == "to" || st.word(toks[j]) == "in") && capitalised(toks[j+1]) {
					// "China’s ambassador to Britain (Liu Xiaoming)",
					// "Lindaria's ambassador in Tollin, Matteo Ferrand,"
					for j += 2; j < len(toks) && toks[j].k == tWord && capitalised(toks[j]); j++ {
					}
				}
				if k := j + 1; ok && k < len(toks) && toks[j].k == tComma && capitalised(toks[k]) {
					// "Tavrin’s president, Iskra Dobrin, opened …": the name
					// set off after the role
					for k < len(toks) && toks[k].k == tWord && capitalised(toks[k]) {
						k++
					}
					if k < len(toks) && toks[k].k == tComma && k-j <= 5 {
						return j + 1, k
					}
				}
				return b, j
			}
		}
		return b, b
	}
	e = b
	for e < len(toks) && toks[e].k == tWord && (capitalised(toks[e]) && (!st.cueAt(toks, e) || e == b && e+1 < len(toks) && toks[e+1].k == tWord && capitalised(toks[e+1])) ||
		e > b && e+1 < len(toks) && isNumber(st.word(toks[e])) && toks[e+1].k == tWord && capitalised(toks[e+1]) && st.roleWord(toks[e+1])) {
		e++ // a verb's form that opens the sentence before capitals is a name's: "State Sen. Dana Hartwell"; "District 1 Councilmember Dev Raman"
	}
	if e == b || st.headKind(toks, b, e-1) != 0 {
		return b, b
	}
	if e < len(toks) && toks[e].k == tWord && !capitalised(toks[e]) {
		// "Chinese ambassador Liu Xiaoming": a role and the name after
		// it, not a verb and its object ("Ode attacked Trump")
		if j := st.npForward(toks, b); j > e+1 && capitalised(toks[j-1]) {
			k := e
			for k < j && !capitalised(toks[k]) {
				k++
			}
			if ti, ok := st.lx.title(st.word(toks[k-1])); ok && (ti.kind == kindRole || ti.kind == kindTitle) {
				return b, j
			}
		}
		if k := e + 2; k+1 < len(toks) && toks[k].k == tWord && capitalised(toks[k]) && toks[k+1].k == tWord && capitalised(toks[k+1]) && !st.cueAt(toks, k+1) &&
			st.roleWords(toks[e:k]) && st.roleWord(toks[k-1]) && st.givenName(toks[k]) {
			// "ACT chief executive Miriam Castellano went further": a
			// body, a role of two words, and the name after them
			for k < len(toks) && toks[k].k == tWord && capitalised(toks[k]) && !st.cueAt(toks, k) {
				k++
			}
			return b, k
		}
		if e+2 < len(toks) && toks[e+1].k == tWord && capitalised(toks[e+1]) && (st.roleWord(toks[e]) || st.bareNounBeforeName(toks, e) ||
			toks[e+2].k == tWord && capitalised(toks[e+2]) && !st.cueAt(toks, e+2) && st.roleLikeNoun(&toks[e])) {
			// "Velsia coach Ramon Estevez declined …": a team or place,
			// its role, and the name after them; "Finnish policymaker
			// Aino Lindqvist", a noun no list holds before a name of two
			// words
			k := e + 1
			for k < len(toks) && toks[k].k == tWord && capitalised(toks[k]) && !st.cueAt(toks, k) {
				k++
			}
			return b, k
		}
	}
	return b, e
}

// coordSubject returns the bounds [b, e) of the subject of the clause
// that ends at toks[c], a coordinating "and" or "but", read as
// openingSubject reads it from the start of that clause: the sentence's
// start or the word after the last subordinating word before it ("such as
// when Cruz knocked Rubio on trade and called him …" gives Cruz). In a
// relative clause it is who's antecedent, and no one after which.
func (st *state) coordSubject(toks []tok, c int) (b, e int) {
	lo := 0
	for j := c - 1; j >= 0; j-- {
		if toks[j].k != tWord {
			if toks[j].k == tSemi || toks[j].k == tStop && j+1 < c && toks[j+1].k == tWord && capitalised(toks[j+1]) {
				lo = j + 1 // and a sentence before the clause's own: "The tariffs divide opinion. Ode welcomed them but warned:"
				break
			}
			continue
		}
		switch w := st.word(toks[j]); {
		case w == "which" && toks[c-1].k == tComma && j > 0 && toks[j-1].k == tComma:
			// "Schultz backed Democrats on MSNBC, which let him go in
			// 2015, and said …": the relative clause closed before "and"
		case w == "which" && j > 0 && toks[j-1].k == tComma && st.relativeClosed(toks, j, c) > 0:
			// "In Concord, which hosts the vote, Bush referred … but
			// described …": the main clause after the closed relative
			lo = st.relativeClosed(toks, j, c)
		case w == "which":
			return 0, 0 // a thing's clause: "the tour, which opens in June and concludes …"
		case w == "who" && j > 0:
			// "a refugee who feared reprisals and asked …": who's antecedent
			a := j - 1
			for a > 1 && a >= j-3 && toks[a].k == tWord && !capitalised(toks[a]) && !st.pastVerb(toks[a]) {
				a-- // the object's words: "residents", "the young volunteers"
			}
			if a > 1 && a < j-1 && toks[a].k == tWord && st.pastVerb(toks[a]) && toks[a-1].k == tWord && !isAux(st.word(toks[a-1])) {
				// "Drayton thanked residents who had called in tips and
				// said …": the object of a verb in the past, whose
				// subject the second verb shares
				continue
			}
			if s, ok := st.npBackward(toks, j+1, 0); ok && s < j {
				if pw := st.word(toks[max(s-1, 0)]); toks[c-1].k == tComma && s > 0 && toks[s-1].k == tWord && !capitalised(toks[s-1]) && !isPreposition(pw) && !isClauseBoundary(pw) && !isDeterminer(pw) {
					// "She said she did not hate the boy who killed her
					// son, but added": an object's relative clause, closed
					// by the comma; the main clause's subject speaks
					continue
				}
				e := j
				if toks[e-1].k == tComma {
					e--
				}
				return s, e
			}
			return 0, 0
		case subordinating(w) && j+1 < c && toks[j+1].k == tWord && !timeName(st.word(toks[j+1])) && !isNumber(st.word(toks[j+1])) && !relativeDay(st.word(toks[j+1])) &&
			!((w == "after" || w == "before" || w == "since") && st.capitalsOnly(toks[j+1:c])): // nor "an hour after Loeb and called": a name, no clause
			// not "until March 21", "before 2019": a time after a preposition
			lo = j + 1 // not "evacuated twice before and said", "before, in 2008,": an adverb there
			if j == 0 || j == 1 && st.participle(st.word(toks[0])) {
				// "While the donor didn't say …, he did say … and called
				// …", "Speaking after the ceremony, she thanked … but
				// said": the main clause after the opening one
				lo = st.mainAfterOpening(toks, lo, c)
			}
		}
		if lo > 0 {
			break
		}
	}
	if a := st.askedEnd(toks, c); lo == 0 && a > 0 {
		// "Asked about the lawsuit, Vance smiled and said": the subject
		// after the question put to it
		lo = a + 1
	}
	b, e = st.openingSubject(toks[lo:c])
	return lo + b, lo + e
}

// subjectPronoun reports a personal pronoun in the subject's case, in
// lower case: he, she, they, we, it, I.
func subjectPronoun(w string) bool {
	switch w {
	case "he", "she", "they", "we", "it", "I":
		return true
	}
	return false
}

// relativeOpenBefore returns the index of a "who" or "which" set off by a
// comma in toks[lo:s], the start of a relative clause that s is inside,
// or -1.
func (st *state) relativeOpenBefore(toks []tok, lo, s int) int {
	for k := s - 1; k > lo && s-k <= 24; k-- {
		if w := st.word(toks[k]); toks[k].k == tWord && (isRelative(w) || w == "whose") && toks[k-1].k == tComma {
			return k // and "Quist, whose films earned her a reputation for slow, patient dramas, says"
		}
	}
	return -1
}

// relativeClosed returns the index of the word after the comma that
// closes the relative clause "which" opens at toks[j] before c, when a
// subject follows it (a capitalised word or a determiner), else 0.
func (st *state) relativeClosed(toks []tok, j, c int) int {
	for k := j + 1; k+1 < c && k <= j+16; k++ {
		if toks[k].k != tComma {
			continue
		}
		if n := toks[k+1]; n.k == tWord && (capitalised(n) || isDeterminer(st.word(n))) {
			return k + 1
		}
		return 0
	}
	return 0
}

// andJoinedName returns where a capitalised name that starts at toks[s]
// starts when "and" and capitalised words join it to the one before:
// "Ashcombe and Wendle" in "The MP for Ashcombe and Wendle, Fiona Marr,
// said". Else it returns s.
func (st *state) andJoinedName(toks []tok, s, lo int) int {
	if s-2 < lo || !capitalised(toks[s]) || toks[s-1].k != tWord || st.word(toks[s-1]) != "and" || toks[s-2].k != tWord || !capitalised(toks[s-2]) {
		return s
	}
	b := s - 2
	for b > lo && toks[b-1].k == tWord && capitalised(toks[b-1]) && !isSentenceStarter(st.word(toks[b-1])) {
		b--
	}
	if b <= lo {
		return s
	}
	if p := st.word(toks[b-1]); toks[b-1].k == tWord && (p == "of" || p == "for") || toks[b-1].k == tComma {
		return b // the name after a role's "of" or "for", or set off after a name
	}
	return s
}

// mainAfterOpening returns where the main clause starts in toks[lo:c]
// after an opening subordinate clause: the first comma after which a
// subject and its verb stand. Else it returns lo.
func (st *state) mainAfterOpening(toks []tok, lo, c int) int {
	for k := lo + 1; k+2 < c; k++ {
		if toks[k].k != tComma {
			continue
		}
		b, e := st.openingSubject(toks[k+1 : c])
		if e <= b || b != 0 || k+1+e >= c || toks[k+1+e].k != tWord {
			continue
		}
		if v := &toks[k+1+e]; isAux(st.word(*v)) || st.pastVerb(*v) || st.cueAt(toks, k+1+e) {
			return k + 1
		}
	}
	return lo
}

// drawsNoun reports the verbs whose object is a reaction, never a report:
// "drew praise", "faced sharp criticism", "sparked warnings".
func drawsNoun(w string) bool {
	switch w {
	case "drew", "draws", "drawn", "won", "wins", "earned", "earns", "received", "receives",
		"faced", "faces", "sparked", "sparks", "attracted", "attracts", "prompted", "prompts", "triggered", "triggers":
		return true
	}
	return false
}

// bareNounBeforeName reports whether toks[e], a lower-case word after a
// capitalised one, is a noun of someone's trade that the lexicon does not
// list, read so because a listed given name and a surname follow it:
// "Television baker Philippa Grange". A verb's form is none ("Kell hosts
// Ana Ode", "Lund told Ana Ode").
func (st *state) bareNounBeforeName(toks []tok, e int) bool {
	w := st.word(toks[e])
	if len(w) < 3 || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || st.cueAt(toks, e) || isPreposition(w) || isClauseBoundary(w) || isDeterminer(w) || finite(w) || isAux(w) {
		return false
	}
	return e+2 < len(toks) && toks[e+2].k == tWord && capitalised(toks[e+2]) && st.givenName(toks[e+1])
}

// timeLater reports whether toks open with a span of time and "later",
// "earlier" or "ago" set off by a comma ("Hours later, Lund …") or before
// a pronoun ("Hours later he …"), which is no subject.
func (st *state) timeLater(toks []tok) bool {
	if len(toks) < 3 || toks[1].k != tWord {
		return false
	}
	if w := st.word(toks[0]); (w == "An" || w == "A") && len(toks) > 4 {
		// "An hour later,", "A few days later,", "A year earlier,": the
		// words before "later" name a span of time
		for k := 2; k < 5 && k+1 < len(toks) && toks[k].k == tWord; k++ {
			switch st.word(toks[k]) {
			case "later", "earlier", "ago":
				return toks[k+1].k == tComma
			}
		}
	}
	if _, pron := isPronoun(st.word(toks[2])); toks[2].k != tComma && !pron {
		return false // "Hours later, the chef …", "Hours later he shared …"
	}
	switch st.word(toks[1]) {
	case "later", "earlier", "ago":
		return true
	}
	return false
}

// subordinateSubject returns the bounds [b, e) of the subject of a
// subordinate clause set off by a comma just before the participle
// toks[v], when a past verb follows that subject: "…, when port
// protesters interrupted her speech, shouting". Else b == e.
func (st *state) subordinateSubject(toks []tok, v int) (b, e int) {
	if v < 4 || toks[v-1].k != tComma || !strings.HasSuffix(st.word(toks[v]), "ing") {
		return 0, 0
	}
	for k := v - 2; k > 0 && v-k <= 24; k-- {
		if toks[k].k != tWord {
			if toks[k].k == tComma && k < v-1 && !st.numberComma(toks, k) {
				return 0, 0 // the clause ends at the comma before the participle
			}
			continue
		}
		w := st.word(toks[k])
		if w != "when" && w != "as" && w != "after" && w != "while" && w != "before" && w != "because" || toks[k-1].k != tComma && (w == "as" || toks[k-1].k != tWord) {
			continue // and "passed the bill after the opposition staged a walkout, alleging": no comma needed after a word
		}
		// the subject runs up to the clause's past verb, a few words on
		for j, depth := k+2, 0; j < v-1 && j <= k+10 && (toks[j].k == tWord || toks[j].k == tOpen || toks[j].k == tClose); j++ {
			// a bracket after the name: "the opposition Jan Sangharsh
			// Dal (JSD) staged"
			switch toks[j].k {
			case tOpen:
				depth++
				continue
			case tClose:
				depth--
				continue
			}
			if depth == 0 && st.pastVerb(toks[j]) {
				// a name, a pronoun, or a role or body that speaks: not
				// "as the doors closed"
				h := j - 1
				if toks[h].k == tClose {
					for h > k && toks[h].k != tOpen {
						h--
					}
					h--
				}
				if h > k+1 && strings.HasSuffix(st.word(toks[h]), "ly") && !capitalised(toks[h]) {
					h-- // an adverb before the verb: "the Monetary Authority unexpectedly raised"
				}
				w := st.word(toks[h])
				ti, ok := st.lx.title(w)
				_, pron := isPronoun(w)
				if capitalised(toks[h]) || pron || ok && (ti.kind == kindRole || ti.kind == kindOrg) {
					return k + 1, h + 1
				}
				return 0, 0
			}
		}
		return 0, 0
	}
	return 0, 0
}

// pastVerb reports a lower-case word that is a past tense or a finite
// auxiliary: where a noun phrase read forward ends ("the justice sounded
// off", "Ryan’s campaign shrugged off").
func (st *state) pastVerb(t tok) bool {
	w := st.word(t)
	return !capitalised(t) && (len(w) > 4 && strings.HasSuffix(w, "ed") || irregularPast(w) || finite(w))
}

// collective reports the nouns of a group that speaks for someone:
// "Ryan’s campaign", "Ode’s lawyers".
func collective(w string) bool {
	switch w {
	case "campaign", "team", "lawyers", "attorneys", "aides", "allies", "family", "staff", "camp", "spokespeople":
		return true
	}
	return false
}

// isWas reports "was", "is" or the "'s" of "That's".
func isWas(w string) bool {
	return w == "was" || w == "is" || w == "'s" || w == "’s"
}

// letterBefore reports whether a letter stands before byte i, with only
// spaces between: a word leads into what opens at i.
func letterBefore(text string, i int) bool {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		if r == ' ' || r == '\u00a0' {
			i -= n
			continue
		}
		return unicode.IsLetter(r)
	}
	return false
}

// rolesBefore reports whether the words before toks[a], an "and" in a
// subject, are a first role back to its determiner (rolePair).
func (st *state) rolesBefore(toks []tok, a, lo int) bool {
	for d := a - 2; d >= lo && a-d <= 6; d-- {
		if toks[d].k != tWord {
			return false
		}
		if isDeterminer(st.word(toks[d])) {
			return st.rolePair(toks[d:a])
		}
	}
	return false
}

// rolePair reports whether toks, the words before "and" in a subject
// that ends in a role ("the independent Tarn senator and Labour
// candidate"), are a determiner and the words of a first role: no name
// of a person of their own to speak, no punctuation, no verb.
func (st *state) rolePair(toks []tok) bool {
	if len(toks) < 2 || toks[0].k != tWord {
		return false
	}
	if w := st.word(toks[0]); w != "the" && w != "The" && w != "a" && w != "A" && w != "an" && w != "An" {
		return false
	}
	for _, t := range toks[1:] {
		if t.k != tWord || isClauseBoundary(st.word(t)) || st.isVerb(&t) {
			return false
		}
	}
	return !capitalised(toks[len(toks)-1]) // a role word, not a name, ends the first role
}

// subordinating reports the words that open a clause with its own
// subject, in either case of their first letter.
// subordinatorBefore returns the index of the subordinating conjunction
// that opens the clause in which toks[q] lies, up to eight tokens before
// it and after lo, with words only between them and at least one, else
// -1.
func subordinatorBefore(st *state, toks []tok, q, lo int) int {
	for k := q - 1; k > lo && q-k <= 8; k-- {
		if toks[k].k != tWord {
			return -1
		}
		if subordinating(st.word(toks[k])) {
			if k+1 < q {
				return k
			}
			return -1
		}
	}
	return -1
}

func subordinating(w string) bool {
	switch w {
	case "when", "while", "because", "after", "before", "although", "though", "since", "if", "once", "until", "whereas",
		"When", "While", "Because", "After", "Before", "Although", "Though", "Since", "If", "Once", "Until", "Whereas":
		return true
	}
	return false
}

// tailAfterRest reads the attribution after the rest of the quoted
// sentence, which the writer left outside the marks: "“… than the little
// deal” announced in October, said Derek Scissors". The words from toks[i]
// up to a comma are a few lower-case words with no verb of saying after
// the first (a participle: "announced"), and the comma is followed by one
// ("said" and the speaker).
func (st *state) tailAfterRest(toks []tok, i int, short bool) (attribution, bool) {
	if short || capitalised(toks[i]) {
		return attribution{}, false
	}
	for c := i + 1; c < len(toks) && c-i <= 6; c++ {
		if toks[c].k == tComma {
			if c+2 >= len(toks) || toks[c+1].k != tWord || capitalised(toks[c+1]) || !st.cueAt(toks, c+1) {
				return attribution{}, false
			}
			att, ok := st.tailAttribution(toks[c:], short)
			if !ok || att.cue.Start != toks[c+1].s {
				return attribution{}, false
			}
			return att, true
		}
		if toks[c].k != tWord || isClauseBoundary(st.word(toks[c])) || st.cueAt(toks, c) {
			return attribution{}, false
		}
	}
	return attribution{}, false
}

// tailAttribution reads an attribution written after a quote:
// "he said", "said Ms. Rivera", "Rivera told reporters",
// "the minister said", "— Rivera". short asks for a bare "NP verb …"
// sentence of a few words, as after a quote that ended its sentence.
func (st *state) tailAttribution(toks []tok, short bool) (attribution, bool) {
	i := 0
	for i < len(toks) && (toks[i].k == tComma || toks[i].k == tQuote) {
		i++
	}
	if i >= len(toks) {
		return attribution{}, false
	}
	if toks[i].k == tDash {
		// "— Rivera", not a subhead an archive ran into the paragraph
		// ("– An immigrant himself –"): no determiner, no closing dash
		if i+3 < len(toks) && toks[i+1].k == tWord && st.word(toks[i+1]) == "the" && capitalised(toks[i+2]) {
			if ti, ok := st.wordTitle(toks[i+2]); ok && (ti.kind == kindHonorific || ti.kind == kindTitle) {
				i++ // "— the Rev. Amos Whitaker": the title the name goes by
			}
		}
		j := st.npForward(toks, i+1)
		if j > i+1 && capitalised(toks[i+1]) && !isDeterminer(st.word(toks[i+1])) && (j == len(toks) || toks[j].k != tDash) {
			return attribution{mention: Span{toks[i+1].s, toks[j-1].e}}, true
		}
		return attribution{}, false
	}
	if toks[i].k != tWord {
		return attribution{}, false
	}
	if att, ok := st.tailAfterRest(toks, i, short); ok {
		return att, true
	}
	if i+3 < len(toks) && st.word(toks[i]) == "was" && st.word(toks[i+1]) == "all" {
		// "“I had nothing,” was all he told a television crew": the
		// subject after "all", then its verb of saying
		if j := st.npForward(toks, i+2); j > i+2 && j < len(toks) {
			v := j
			if w := st.word(toks[v]); w == "could" || w == "would" {
				v++
			}
			if v < len(toks) && toks[v].k == tWord && st.cueAt(toks, v) {
				return attribution{mention: Span{toks[i+2].s, toks[j-1].e}, cue: Span{toks[v].s, toks[v].e}}, true
			}
		}
		return attribution{}, false
	}
	if toks[i].f&fAccord != 0 && i+2 < len(toks) && st.word(toks[i+1]) == "to" {
		// "“…,” according to Ode.", "“…,” according to a statement from
		// Ode's office": the source, or the issuer of its document
		return st.accordingTail(toks, i)
	}
	// after a quote that ended its sentence, a capitalised verb opens a
	// sentence of its own ("Read our review."); a lower-case one ("?” said
	// Ana Ode, the architect of …") is the attribution, however long its
	// appositive
	if st.isVerb(&toks[i]) && (!short || !capitalised(toks[i])) && !strings.HasSuffix(st.word(toks[i]), "ing") { // not "…,” adding that …"
		j := st.npForward(toks, i+1)
		if j > i+1 && j+2 < len(toks) && toks[j].k == tWord && !capitalised(toks[j-1]) && st.roleWord(toks[j-1]) {
			if w := st.word(toks[j]); w == "of" || w == "for" || w == "at" {
				// "said the company’s head of engineering, Dr Luca
				// Moretti": the role's phrase, then the name
				k := j + 1
				for k < len(toks) && k-j <= 6 && toks[k].k == tWord && !capitalised(toks[k]) && !isClauseBoundary(st.word(toks[k])) && !st.cueAt(toks, k) {
					k++
				}
				if k > j+1 && k+1 < len(toks) && toks[k].k == tComma {
					j = k
				}
			}
		}
		if j > i+1 && j+2 < len(toks) && toks[j].k == tOpen && capitalised(toks[j-1]) && st.roleWord(toks[j-1]) {
			// "said Additional Chief Secretary (Health and Family Welfare)
			// Dr. Anuradha Menon-Kulkarni": the title's portfolio in
			// brackets, then the name
			for c := j + 1; c < len(toks) && c-j <= 8; c++ {
				if toks[c].k == tClose {
					if k := st.npForward(toks, c+1); k > c+1 && capitalised(toks[c+1]) && st.nameUpTo(toks, c+1, k) {
						return attribution{mention: Span{toks[c+1].s, toks[k-1].e}, cue: Span{toks[i].s, toks[i].e}}, true
					}
					break
				}
			}
		}
		if j > i+1 && j+1 < len(toks) && toks[j].k == tComma && (!capitalised(toks[j-1]) || st.word(toks[i+1]) == "the" && st.roleWord(toks[j-1])) && capitalised(toks[j+1]) {
			// "said her lawyer, Idris Pole", "said the Assembly Speaker,
			// Rosalind T. Carrow of Milbury": the name after the role
			if k := st.npForward(toks, j+1); k > j+1 && (k == len(toks) || toks[k].k != tWord || k+1 < len(toks) && st.word(toks[k]) == "of" && capitalised(toks[k+1])) {
				return attribution{mention: Span{toks[j+1].s, toks[k-1].e}, cue: Span{toks[i].s, toks[i].e}}, true
			}
		}
		if j < len(toks) && toks[j].k == tWord && isFiniteAux(st.word(toks[j])) {
			// "…,” said the candidate could win": the verb's clause, whose
			// subject is no speaker; the quote's speaker is further back
			return attribution{}, false
		}
		if j > i+1 && st.headKind(toks, i+1, j-1) != kindThing {
			return attribution{mention: Span{toks[i+1].s, toks[j-1].e}, cue: Span{toks[i].s, toks[i].e}}, true
		}
		return attribution{}, false
	}
	if att, ok := st.setOffTail(toks, i); ok {
		return att, true
	}
	limit := min(len(toks), i+25)
	depth := 0 // inside brackets: "Marcia Price (D-Newport News), shouted"
	for v := i + 1; v < limit; v++ {
		if toks[v].k != tWord {
			switch toks[v].k {
			case tOpen:
				depth++
			case tClose:
				depth = max(depth-1, 0)
			}
			if depth > 0 || toks[v].k == tComma || toks[v].k == tClose || abbrevStop(toks, v) || st.ampersand(toks, v) {
				continue
			}
			break
		}
		if !st.cueAt(toks, v) && !st.perfectWritten(toks, v) || strings.HasSuffix(st.word(toks[v]), "ing") || st.nounAt(toks, v) {
			continue
		}
		lo, j := i, 0
		s, ok := st.npFrom(toks, v, lo, &j)
		if ok && s > i+1 {
			// "“…,” Ode and Kerr said", "engineers Ana Ode and Piet Kerr
			// of the Institute for Science and Security wrote": two
			// speakers, the first named leads
			if a := st.namesJoined(toks, i, s); a > 0 {
				if f, ok := st.npBackward(toks, a, i); ok {
					for f < a && !capitalised(toks[f]) {
						f++ // the role words before the name: "harbour engineers Ana Ode"
					}
					if f-i <= 3 && st.roleWords(toks[i:f]) && st.nameUpTo(toks, f, a) {
						return attribution{mention: Span{toks[f].s, toks[a-1].e}, cue: Span{toks[v].s, toks[v].e}}, true
					}
				}
			}
		}
		if ok && s > i+1 && s-i <= 5 && st.word(toks[s-1]) == "and" && isDeterminer(st.word(toks[s])) && st.word(toks[s]) != "the" && st.nameUpTo(toks, i, s-1) {
			// "Paganini and his team wrote": the named lead speaks for them
			return attribution{mention: Span{toks[i].s, toks[s-2].e}, cue: Span{toks[v].s, toks[v].e}}, true
		}
		if ok && s > i+2 && st.roleFromPlace(toks[i:v]) > 0 {
			s = i // "one firefighter with a strike team from Fresno said": the person
		}
		if ok && s > i && s-i <= 6 {
			// role words before the name: "ward nurse Amira Jovan", "former
			// George W. Bush speechwriter Noam Neusner"
			all, named := true, s-i <= 4 // past four words, only with a name in the role
			for j, t := range toks[i:s] {
				w := st.word(t)
				all = all && t.k == tWord && !isClauseBoundary(w) && !subordinating(w)
				named = named || j > 0 && capitalised(t)
			}
			all = all && named
			if all {
				s = i
			}
		}
		if ok && s > i && s-i <= 6 && st.rolesWithAnd(toks[i:s]) {
			// "JPL scientist and study co-author Ana Ode", "chairman, CEO
			// and president Ivo Lund": the mention is the name (and the
			// title just before it), the roles before it are no speaker
			i = s
		}
		if ok && s > i+1 && capitalised(toks[s]) {
			// a phrase set off before the name: "Scott’s niece, (state)
			// Del. Marcia Price, shouted", "on Tuesday, Rivera said"
			c := s - 1
			for c > i && s-c <= 3 && toks[c].k == tWord && !capitalised(toks[c]) {
				c--
			}
			if c > i && toks[c].k == tComma && (c-i <= 6 && st.leadPhrase(toks[i:c]) || c-i <= 12 && st.roleOfBefore(toks, c, i) && st.wordsNoCue(toks[i:c])) {
				// and a role's long phrase: "the metro’s acting director
				// of water and sanitation, Pieter Oosthuizen, told"
				if short && v+2 < len(toks) && toks[v+1].k == tComma && toks[v+2].k == tWord {
					// "“…” Climate change, Ode often says, is the threat.":
					// a sentence of its own that the attribution interrupts
					return attribution{}, false
				}
				i = s
			}
		}
		if !ok && toks[v-1].k == tComma {
			continue // a role word that is also a verb: "Scott’s niece, state Del. Ana Ode, said"
		}
		if (!ok || s != i) && !short {
			if e := st.nameBeforeLongAside(toks, i, v); e > i {
				// "Dylan Norris, a postdoctoral fellow at the Kell Institute
				// in Munich, Germany, and co-author of the study, said":
				// an aside with commas of its own between name and verb
				return attribution{mention: Span{toks[i].s, toks[e-1].e}, cue: Span{toks[v].s, toks[v].e}}, true
			}
		}
		if !ok || s != i {
			return attribution{}, false
		}
		if st.objectClause(toks, i, v) {
			return attribution{}, false // "…,” a position North Korea has repeatedly rejected": the noun is the verb's object
		}
		if short && v-i-st.partyTags(toks[i:v]) > 7 {
			return attribution{}, false // not a party tag: "Marcia Price (D-Newport News), shouted"
		}
		if short && st.objectAfter(toks, v) {
			// "“…” The union has protested the plan.": a verb with an
			// object after a quote that ended its sentence opens a
			// sentence of its own
			return attribution{}, false
		}
		if short && st.clauseFollows(toks, v) {
			// "“…” Lund told the forum he was “against it”": the verb
			// reports a clause of its own
			return attribution{}, false
		}
		if short && len(toks)-v > 6 && toks[v+1].k != tComma {
			// after a quote that ended its sentence, "He said his lander
			// will fly in 2023." reports something new; an attribution
			// sentence ends soon after its verb ("He said on Monday."),
			// or at a comma ("Brand replied, before adding that …")
			if c, ok := st.clauseAfter(toks, v, st.lemmaOf(toks[v])); ok && !(c >= v+4 && st.word(toks[c-1]) == "that" && toks[c-3].k == tComma && strings.HasSuffix(st.word(toks[c-2]), "ing")) {
				// (not "“…?” Abedin wrote to staffers in March, noting
				// that …": the participle's clause, after the attribution)
				return attribution{}, false
			}
		}
		e := st.mentionAt(toks, s, v, lo, j)
		e = st.appositiveEnd(toks, s, e)
		if st.headKind(toks, s, e) == kindThing {
			return attribution{}, false
		}
		return attribution{mention: Span{toks[s].s, toks[e].e}, cue: Span{toks[v].s, toks[v].e}}, true
	}
	return attribution{}, false
}

// partyTags counts the tokens of the party tags in toks, the brackets
// included: "(D-Newport News)", "(R-Texas)".
func (st *state) partyTags(toks []tok) int {
	n := 0
	for o := 0; o+2 < len(toks); o++ {
		if toks[o].k != tOpen || toks[o+1].k != tWord || !partyTag(st.word(toks[o+1])) {
			continue
		}
		for c := o + 2; c < len(toks) && c-o <= 5; c++ {
			if toks[c].k == tClose {
				n += c - o + 1
				o = c
				break
			}
		}
	}
	return n
}

// clauseFollows reports whether a finite verb follows the verb toks[v]
// before any comma, or "that" does: the verb reports a clause ("Lund has
// said about 20 people have …"), not a quote before it. A verb after a
// relative or subordinating word ("said as he was leaving") does not count.
func (st *state) clauseFollows(toks []tok, v int) bool {
	for j := v + 1; j < len(toks) && toks[j].k == tWord; j++ {
		w := st.word(toks[j])
		switch {
		case w == "that":
			return j > v+1 || j+1 < len(toks)
		case w == "who" || w == "which" || w == "where" || w == "as" || subordinating(w):
			return false
		case finite(w):
			return true
		}
	}
	return false
}

// setOffTail reads a tail that opens with the speaker's name, perhaps
// after lower-case role words, and sets off after it an appositive with
// commas of its own before the verb: "Ivo Lund, senior vice president at
// Varn Harbour, Cargo, and Security, said in a statement", "study lead
// author Ana Ode, a scientist at the centre in Tarn, Varnia, said". The
// comma before the verb closes the appositive, however many commas it
// holds, when nothing in it reports or opens a clause.
func (st *state) setOffTail(toks []tok, i int) (attribution, bool) {
	k := i
	for k < len(toks) && k-i < 4 && toks[k].k == tWord && !capitalised(toks[k]) {
		w := st.word(toks[k])
		if isClauseBoundary(w) || isPreposition(w) || isDeterminer(w) || st.cueAt(toks, k) {
			return attribution{}, false
		}
		k++
	}
	n := k
	for n < len(toks) && n-k < 5 && toks[n].k == tWord && capitalised(toks[n]) && !st.cueAt(toks, n) {
		n++
	}
	if n == k || n >= len(toks) || toks[n].k != tComma {
		return attribution{}, false
	}
	commas := 0
	for v := n + 1; v < len(toks) && v-n <= 45; v++ {
		switch toks[v].k {
		case tComma:
			commas++
			continue
		case tOpen, tClose:
			continue
		case tWord:
		default:
			if abbrevStop(toks, v) || st.ampersand(toks, v) {
				continue // and "chief executive of Harbour & Vale"
			}
			return attribution{}, false
		}
		w := st.word(toks[v])
		if !st.cueAt(toks, v) || st.nounAt(toks, v) {
			if (w == "and" || w == "or") && v+1 < len(toks) && capitalised(toks[v+1]) {
				continue // a list of names: "Varn Harbour, Cargo, and Security"
			}
			if isRelative(w) || isClauseBoundary(w) {
				return attribution{}, false // "who said", "and said": a clause the other readings handle
			}
			continue
		}
		if toks[v-1].k != tComma || commas < 2 || strings.HasSuffix(w, "ing") {
			return attribution{}, false
		}
		return attribution{mention: Span{toks[k].s, toks[n-1].e}, cue: Span{toks[v].s, toks[v].e}}, true
	}
	return attribution{}, false
}

// objectAfter reports whether the verb toks[v] takes an object: a word
// follows it that is no preposition, time, adverb, clause word or person
// spoken to ("told reporters", "asked him", "asked Republican leaders").
func (st *state) objectAfter(toks []tok, v int) bool {
	if v+1 >= len(toks) || toks[v+1].k != tWord || st.toldWhom(toks, v) {
		return false
	}
	switch st.lemmaOf(toks[v]) {
	case "ask", "tell", "answer", "remind", "assure", "warn", "urge", "inform", "advise", "beg", "implore", "promise", "reassure", "exhort":
		return false // the object is whom they spoke to: "asked Republican leaders"
	}
	switch w := st.word(toks[v+1]); {
	case isPreposition(w), timeName(w), relativeDay(w), isAdverb(w), partOfDay(w), subordinating(w), w == "as",
		w == "during", w == "amid", w == "throughout", w == "despite", w == "via", w == "outside", w == "after", w == "before":
		return false // and "“…!” he said during the game."
	case w == "last", w == "this", w == "earlier", w == "later", w == "now", w == "then", w == "again", w == "too", w == "also", w == "once":
		return false
	case w == "back", w == "out", w == "up", w == "away", w == "along":
		return false // a particle: "the audience screamed back"
	case isObjectPronoun(w) && w != "it":
		return false
	}
	return true
}

// leadPhrase reports whether toks, the words between a quote and a comma
// that comes before a capitalised subject, are a short phrase of words
// with no reporting verb or clause word in it: a role ("Scott’s niece")
// or a time or place ("on Tuesday"), not a clause of its own.
func (st *state) leadPhrase(toks []tok) bool {
	for j := range toks {
		t := &toks[j]
		if t.k != tWord && !abbrevStop(toks, j) {
			return false
		}
		if t.k == tWord && (isClauseBoundary(st.word(*t)) || st.cueAt(toks, j)) {
			return false
		}
	}
	return true
}

// roleLikeNoun reports whether the lower-case word t, between a
// capitalised word and a name, may be a role noun no list holds
// ("policymaker"): no verb's form (past, third person, a reporting verb's,
// an auxiliary), as in "Ode met Ana Lund".
func (st *state) roleLikeNoun(t *tok) bool {
	w := st.word(*t)
	return len(w) > 3 && !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !irregularPast(w) && !finite(w) && !st.isVerb(t) && !isPreposition(w) && !isClauseBoundary(w)
}

// wordsNoCue reports whether toks are all words and none of them is a
// reporting verb.
func (st *state) wordsNoCue(toks []tok) bool {
	for j := range toks {
		if toks[j].k != tWord || st.cueAt(toks, j) {
			return false
		}
	}
	return true
}

// lemmaOf returns the lemma of the reporting verb t, or "" when t is no
// reporting verb. A word state.bits has looked up has the answer in its
// flags (fBits, fVerb) and its entry, so only other words are looked up.
func (st *state) lemmaOf(t tok) string {
	if t.f&fBits != 0 {
		if t.f&fVerb == 0 {
			return ""
		}
		if i := t.f >> wordShift; i != 0 {
			return st.lx.words.ents[i-1].lemma
		}
	}
	lemma, _ := st.lx.verb(st.word(t))
	return lemma
}

// headKind returns what the head noun of the subject toks[s..e] is:
// kindThing ("The decision to proceed", "His remarks", "this month"),
// kindDocument ("the statement") or 0 for a person, an organisation or a
// name. The head is the last word before a preposition, "to" or a comma.
func (st *state) headKind(toks []tok, s, e int) titleKind {
	h := -1
	for j := s; j <= e && j < len(toks); j++ {
		if toks[j].k != tWord {
			break
		}
		if w := st.word(toks[j]); j > s && (isPreposition(w) || isClauseBoundary(w)) {
			break
		}
		h = j
	}
	if h < 0 {
		return 0
	}
	if capitalised(toks[h]) && h > s && !isSentenceStarter(st.word(toks[h-1])) && !isDeterminer(st.word(toks[h-1])) {
		return 0 // part of a name: "Justice Ana Case"
	}
	return st.lx.noun(st.word(toks[h]))
}

// appositiveEnd cuts "Rivera, the foreign minister," back to "Rivera".
func (st *state) appositiveEnd(toks []tok, s, e int) int {
	for j := s; j <= e; j++ {
		if toks[j].k == tComma {
			if j > s {
				return j - 1
			}
		}
	}
	return e
}

// headAttribution reads an attribution written before a quote:
// "Rivera said:", "According to Rivera,", "In a statement, the ministry
// said:", "Rivera:", or a reporting sentence that holds a partial quote.
func (st *state) headAttribution(toks []tok) (attribution, bool) {
	att, ok := st.headSubject(toks)
	if ok && att.cue.Valid() {
		// "Ode said the port would reopen, adding: “…”": the subject is
		// the first verb's, the cue the participle that leads into the
		// quote, and the clause before it is the first verb's
		// (clauseBeforeParticiple)
		n := len(toks)
		for n > 0 && toks[n-1].k != tWord {
			n--
		}
		if p := n - 1; p > 1 && toks[p].s > att.cue.End && toks[p-1].k == tComma && strings.HasSuffix(st.word(toks[p]), "ing") && st.cueAt(toks, p) {
			att.cue = Span{toks[p].s, toks[p].e}
		}
	}
	return att, ok
}

// thatClauseOfCue reports whether toks[v] lies in a clause that an
// earlier reporting verb opens with "that": "She noted that the city had
// agreed to …".
func (st *state) thatClauseOfCue(toks []tok, v int) bool {
	for u := v - 2; u >= 0; u-- {
		if toks[u].k == tWord && st.word(toks[u+1]) == "that" && st.cueAt(toks, u) && !st.nounAt(toks, u) {
			return true
		}
	}
	return false
}

// headSubject is headAttribution but for the cue of a participle that
// ends the words before the quote.
func (st *state) headSubject(toks []tok) (attribution, bool) {
	n := len(toks)
	for n > 0 && toks[n-1].k != tWord {
		n--
	}
	endsColon := n < len(toks) && toks[n].k == tColon
	endsPunct := n < len(toks) // a mark between the last word and the quote
	endsComma := n < len(toks) && toks[n].k == tComma
	toks = toks[:n]
	if n == 0 {
		return attribution{}, false
	}
	// according to X, unless a reporting verb follows it: in "According to
	// the paper, Ode said that …" Ode is the speaker
	for i := 0; i+2 < n; i++ {
		if toks[i].f&fAccord != 0 && st.word(toks[i+1]) == "to" { // "according" or "According"
			j := st.npForward(toks, i+2)
			if j <= i+2 {
				continue
			}
			later := false
			for v := j; v < n && !later; v++ {
				later = toks[v].k == tWord && st.cueAt(toks, v)
			}
			if !later {
				if j+2 < n && toks[j].k == tComma && endsComma && st.nameSetOffLast(toks, j) {
					// "According to his aunt, Jane Starner, “…”": the
					// name set off after the role
					return attribution{mention: Span{toks[j+1].s, toks[n-1].e}, cue: Span{toks[i].s, toks[i+1].e}}, true
				}
				return attribution{mention: Span{toks[i+2].s, toks[j-1].e}, cue: Span{toks[i].s, toks[i+1].e}}, true
			}
		}
	}
	if n >= 5 && endsComma && (st.word(toks[0]) == "In" || st.word(toks[0]) == "in") && st.word(toks[1]) == "the" && st.word(toks[2]) == "words" && st.word(toks[3]) == "of" {
		// "In the words of one trader at a brokerage, “…”": whose words
		// they are
		if j := st.npForward(toks, 4); j > 4 {
			return attribution{mention: Span{toks[4].s, toks[j-1].e}, cue: Span{toks[0].s, toks[3].e}}, true
		}
	}
	if endsColon && (st.word(toks[0]) == "As" || isSentenceStarter(st.word(toks[0])) && n > 1 && st.word(toks[1]) == "as") {
		// "As one reader from Ashby put it in a one-line email:"
		if att, ok := st.asPutIt(toks[0].s, toks[n-1].e); ok {
			return att, true
		}
	}
	if endsColon {
		// "Ode issued the following statement:", "… rated this statement
		// by Ode on June 11:" — whoever issued it or made it
		if att, ok := st.issuedDocument(toks); ok {
			return att, true
		}
		// "Lund’s message to the town was simple:": whose message it is
		if att, ok := st.possessorsWords(toks); ok {
			return att, true
		}
		// "Ode put it bluntly:", "Ode put it this way:": the subject
		if att, ok := st.putIt(toks); ok {
			return att, true
		}
	}
	if att, ok := st.chantOf(toks, n); ok {
		return att, true
	}
	asked := st.askedEnd(toks, n)
	for v := n - 1; v >= 0; v-- {
		if !st.cueAt(toks, v) || v > 0 && v < asked {
			continue // "Asked what advice she would give someone thinking of …, Nguyen did not hesitate:"
		}
		if st.inTerms(toks, v) || st.governedNoun(toks, v) {
			continue // "described his approach in simple terms:", "was blunter during public comment:": a noun
		}
		if st.whatClause(toks, v) {
			continue // "…, who said the applicant had done what the city asked of it:": the free relative's verb
		}
		if v >= 1 && toks[v-1].k == tWord {
			switch st.word(toks[v-1]) {
			case "more", "less", "most", "very", "so", "too", "rather", "quite", "particularly", "even":
				continue // "He was more pointed later:": an adjective, no verb
			}
		}
		if endsColon && v == n-1 && v >= 2 && (st.word(toks[v-2]) == "how" || st.word(toks[v-2]) == "why") {
			continue // "She is blunt about how it felt:": the verb of the clause after how
		}
		if b, e, ok := st.quotedAs(toks, v); ok {
			// "The agency quoted him as saying:": the one quoted speaks
			return attribution{mention: Span{toks[b].s, toks[e-1].e}, cue: Span{toks[v].s, toks[v].e}}, true
		}
		if b, e, ok := st.heardSaying(toks, v); ok {
			// "Tony Morales was heard telling the others:": the subject of
			// the passive heard
			return attribution{mention: Span{toks[b].s, toks[e].e}, cue: Span{toks[v].s, toks[v].e}}, true
		}
		if v >= 3 && st.word(toks[v-1]) == "which" && toks[v-2].k == tComma {
			if d := st.documentAntecedent(toks, v-1, -1); d >= 0 {
				// "according to the center's written report, which
				// described that group as “…”": the document the clause
				// is about
				return attribution{mention: Span{toks[d].s, toks[v-3].e}, cue: Span{toks[v].s, toks[v].e}}, true
			}
		}
		if v >= 2 && st.word(toks[v-1]) == "that" && toks[v-2].k == tWord && st.documentWord(st.word(toks[v-2])) {
			// "released two critical reports that described “…”": the
			// documents the restrictive clause is about
			return attribution{mention: Span{toks[v-2].s, toks[v-2].e}, cue: Span{toks[v].s, toks[v].e}}, true
		}
		if b, e := st.documentIssuerBefore(toks, v); e > b {
			// "carried a statement from the Tarkani Foreign Ministry
			// rejecting the claim as “…”": the document's issuer
			return attribution{mention: Span{toks[b].s, toks[e-1].e}, cue: Span{toks[v].s, toks[v].e}}, true
		}
		if st.barePassive(toks, v) {
			break // "Ministers accused of ‘betraying’ …": no one speaks
		}
		if v+2 < n && st.word(toks[v+1]) == "not" && st.word(toks[v+2]) == "to" || v >= 2 && st.word(toks[v-1]) == "be" && st.word(toks[v-2]) == "to" {
			continue // "…, who asked not to be named, was blunt:": no report
		}
		if endsColon && v+2 < n && st.word(toks[v+1]) == "to" && toks[v+2].k == tWord && !capitalised(toks[v+2]) && st.thatClauseOfCue(toks, v) {
			// "She noted that the city had agreed to add loading zones:":
			// what the city agreed to do is no speech of its; the one who
			// noted it speaks
			continue
		}
		w := st.word(toks[v])
		if strings.HasSuffix(w, "ing") && v > 1 {
			if bw := st.word(toks[v-1]); bw == "be" || bw == "been" || bw == "is" || bw == "was" || bw == "are" || bw == "were" {
				// "She said the council would be asking the Government for
				// help:": the progressive inside the clause an earlier
				// verb reports; that verb is the attribution
				u := v - 2
				for u >= 0 && !(toks[u].k == tWord && st.cueAt(toks, u) && !strings.HasSuffix(st.word(toks[u]), "ing") && !st.nounAt(toks, u)) {
					u--
				}
				if u >= 0 {
					v, w = u, st.word(toks[u])
				}
			}
		}
		if strings.HasSuffix(w, "ing") && v > 0 && (toks[v-1].k == tComma || v > 1 && toks[v-2].k == tComma && isAdverb(st.word(toks[v-1])) ||
			st.word(toks[v-1]) == "and" && v > 1 && toks[v-2].k == tWord) {
			// "…, saying:", "…, alternately shouting “…”", "by mentioning
			// the wall and adding, “…”" — the subject is further back,
			// that of an earlier reporting verb or else the sentence's own
			u := v - 2
			for u >= 0 && !(toks[u].k == tWord && st.cueAt(toks, u) && !strings.HasSuffix(st.word(toks[u]), "ing") && !st.nounAt(toks, u) && st.lemmaOf(toks[u]) != "rip") {
				u-- // not a noun ("shrugged off Lund’s comments, telling"), nor "ripped them away"
			}
			if u > 0 && isRelative(st.word(toks[u-1])) {
				u = -1 // "… an architect who said …, saying": not the sentence's verb
			}
			if u < 0 {
				if b, e := st.subordinateSubject(toks, v); e > b {
					// "…, when protesters interrupted her speech, shouting
					// “…”": the participle is the nearer clause's
					return attribution{mention: Span{toks[b].s, toks[e-1].e}, cue: Span{toks[v].s, toks[v].e}}, true
				}
				if b, e := st.openingSubject(toks[:v]); e > b {
					return attribution{mention: Span{toks[b].s, toks[e-1].e}, cue: Span{toks[v].s, toks[v].e}}, true
				}
				// "it attacked Trump, saying …": the words before the comma
				// end with the main verb's object, who does not speak
				continue
			} else {
				v = u
			}
		}
		if st.nounAt(toks, v) {
			continue // a noun: "the statement", "a report"
		}
		if b, e := st.byGerundSubject(toks, v); e > b {
			// "which Wheatley introduced by calling Hayes “…”": the
			// subject of the verb the gerund tells the manner of
			return attribution{mention: Span{toks[b].s, toks[e-1].e}, cue: Span{toks[v].s, toks[v].e}}, true
		}
		if b, e := st.participleAfterPlace(toks, v); e > b {
			// "Sorani arrived at the Hotel Marienhof saying …"
			return attribution{mention: Span{toks[b].s, toks[e-1].e}, cue: Span{toks[v].s, toks[v].e}}, true
		}
		if b := st.withSubject(toks, v); st.withAbsolute(toks, b, v) {
			// "…, with one trader calling the comments “…”": the phrase
			// after with is the participle's subject
			return attribution{mention: Span{toks[b].s, toks[v-1].e}, cue: Span{toks[v].s, toks[v].e}}, true
		}
		if strings.HasSuffix(st.word(toks[v]), "ing") && v > 1 && st.gerundAfterObject(toks, v) {
			switch st.word(toks[v-1]) {
			case "him", "her", "them":
				// "messages showed him instructing Lee Somerton to “…”",
				// "a video shows her telling staff": the one seen doing
				// it is the participle's subject
				if toks[v-2].k == tWord && !capitalised(toks[v-2]) && (st.isVerb(&toks[v-2]) || strings.HasSuffix(st.word(toks[v-2]), "ed") || irregularPast(st.word(toks[v-2]))) {
					return attribution{mention: Span{toks[v-1].s, toks[v-1].e}, cue: Span{toks[v].s, toks[v].e}}, true
				}
			}
			// "Brandt spent much of the campaign describing the yards as
			// “…”": the gerund's subject is the sentence's
			if b, e := st.openingSubject(toks[:v]); e > b && e < v {
				return attribution{mention: Span{toks[b].s, toks[e-1].e}, cue: Span{toks[v].s, toks[v].e}}, true
			}
		}
		if v > 0 && toks[v-1].k == tWord && passive(st.word(toks[v-1])) && strings.HasSuffix(w, "ed") {
			if v+2 < n && st.word(toks[v+1]) == "by" && (capitalised(toks[v+2]) || isDeterminer(st.word(toks[v+2]))) {
				if e := st.npForward(toks, v+2); e > v+2 {
					// "He was described by Mehrotra as “…”": the agent speaks
					return attribution{mention: Span{toks[v+2].s, toks[e-1].e}, cue: Span{toks[v].s, toks[v].e}}, true
				}
			}
			if v == n-1 && endsPunct && (w == "asked" || w == "told") {
				// "Ode was asked, “…?”": someone unnamed asks; whoever
				// was asked does not speak
				return attribution{cue: Span{toks[v].s, toks[v].e}}, true
			}
			break // a passive names no speaker: "Ode has been called a charlatan for selling “quack” cures"
		}
		if r := st.longRelative(toks, v, 0); r > 0 {
			// "Witnesses who saw the crash said: “…”": the noun the
			// relative clause describes
			if s, ok := st.npBackward(toks, r, 0); ok {
				if e, ok := st.subjectEnd(toks, s, r); ok {
					return attribution{mention: Span{toks[s].s, toks[e].e}, cue: Span{toks[v].s, toks[v].e}}, true
				}
			}
		}
		if p := st.ingRelative(toks, v); p > 0 {
			// "Protesters marching through the streets chanted “…”": the
			// people the participle's phrase describes
			if s, ok := st.npBackward(toks, p, 0); ok {
				return attribution{mention: Span{toks[s].s, toks[p-1].e}, cue: Span{toks[v].s, toks[v].e}}, true
			}
		}
		if capitalised(toks[0]) && isPrepositionAnyCase(st.word(toks[0])) {
			// "In Nairobi, the union's secretary-general, Dr Ana Ode,
			// threatened a “strike”": the subject after the opening
			// phrase, as a reported clause's would be
			if s, e, _, ok := st.verbSubject(toks, v, 0); ok && s > 0 && toks[s-1].k == tComma && e+2 == v && toks[e+1].k == tComma {
				return attribution{mention: Span{toks[s].s, toks[e].e}, cue: Span{toks[v].s, toks[v].e}}, true
			}
		}
		if e := st.nameBeforeLongAside(toks, 0, v); e > 0 {
			// "Steve Menet, Senior Vice President of Sales for Dräger,
			// Inc., says:": the name, not the company its aside ends on
			return attribution{mention: Span{toks[0].s, toks[e-1].e}, cue: Span{toks[v].s, toks[v].e}}, true
		}
		if v >= 4 && st.word(toks[v-1]) == "who" && toks[v-2].k == tComma {
			if b := st.phraseAfterPreposition(toks, v-3); b > 0 {
				// "a character statement from the daughter of a former
				// resident, who described the defendant as ‘…’": the one
				// the statement is from
				return attribution{mention: Span{toks[v-1].s, toks[v-1].e}, refers: Span{toks[b].s, toks[v-3].e}, cue: Span{toks[v].s, toks[v].e}}, true
			}
		}
		var j int
		if s, ok := st.npFrom(toks, v, 0, &j); ok {
			if r, e := st.roleInPlace(toks, s, 0); r >= 0 {
				// "A European diplomat in Selin, who asked not to be
				// named, said:": the role speaks, not the place
				return attribution{mention: Span{toks[r].s, toks[e].e}, cue: Span{toks[v].s, toks[v].e}}, true
			}
			e, ok := st.subjectAt(toks, s, v, 0, j)
			if !ok {
				continue
			}
			if s >= 3 && subordinating(st.word(toks[s-1])) && st.word(toks[s-2]) == "that" && st.cueAt(toks, s-3) {
				// "Ode said that when Lund railed at the port, “…”": the
				// verb of the clause the quote is the main one of
				v = s - 2
				continue
			}
			if s2, e2 := st.whoseAntecedent(toks, s, e); s2 != s {
				return attribution{mention: Span{toks[s2].s, toks[e2].e}, cue: Span{toks[v].s, toks[v].e}}, true
			}
			s2, e2 := st.issuer(toks, s, e, v)
			if s2 == s && e2 == e && strings.HasSuffix(w, "ing") && s > 0 && toks[s-1].k == tWord && (st.headKind(toks, s, e) == kindDocument || st.lx.noun(st.word(toks[e])) == kindDocument) {
				// "Trump unleashed a series of tweets early Friday saying
				// …": a document with no issuer named, a verb's object,
				// speaks for the sentence's subject, who put it out; "read
				// a letter from Ode calling …" for the one it is from
				for k := s + 1; k < e; k++ {
					if pw := st.word(toks[k]); (pw == "from" || pw == "by") && capitalised(toks[k+1]) {
						f := k + 1
						for f+1 <= e && capitalised(toks[f+1]) {
							f++
						}
						return attribution{mention: Span{toks[k+1].s, toks[f].e}, cue: Span{toks[v].s, toks[v].e}}, true
					}
				}
				if b, e3 := st.openingSubject(toks[:s]); e3 > b && e3 < s {
					return attribution{mention: Span{toks[b].s, toks[e3-1].e}, cue: Span{toks[v].s, toks[v].e}}, true
				}
			}
			s, e = s2, e2
			if e == s && s >= 2 && st.word(toks[s-1]) == "what" && toks[s-2].k == tWord && !capitalised(toks[s-2]) {
				if _, ok := isPronoun(st.word(toks[s])); ok || st.word(toks[s]) == "it" {
					// "as the Assessment Board defended what it called
					// ‘…’": the pronoun is the subject of the verb before
					// "what"
					if b, e2, _, ok := st.verbSubject(toks, s-2, 0); ok && e2 >= b && capitalised(toks[e2]) {
						if _, pron := isPronoun(st.word(toks[b])); !pron {
							return attribution{mention: Span{toks[s].s, toks[s].e}, refers: Span{toks[b].s, toks[e2].e}, cue: Span{toks[v].s, toks[v].e}}, true
						}
					}
					if pw := st.word(toks[s-2]); st.word(toks[s]) == "it" && (isPreposition(pw) || pw == "over" || pw == "about" || pw == "against") {
						// "despite a call from Northgate Students’ Union for the
						// event to be dropped over what it called ‘…’": the
						// body named last before it in the sentence
						if r := st.lastOrgRun(toks[0].s, toks[s].s); r.Valid() {
							return attribution{mention: Span{toks[s].s, toks[s].e}, refers: r, cue: Span{toks[v].s, toks[v].e}}, true
						}
					}
				}
			}
			return st.viaRelative(toks, attribution{mention: Span{toks[s].s, toks[e].e}, cue: Span{toks[v].s, toks[v].e}}, e, v), true
		}
		if v > 0 && st.word(toks[v-1]) == "to" {
			// "Ode said, going on to say that …", "Ode went on radio to call
			// Lund “…”": the speaker is the earlier verb's or the sentence's
			continue
		}
		if j := st.npForward(toks, v+1); j > v+1 && capitalised(toks[v+1]) && (j == n && endsPunct || j < n && toks[j].k != tWord) && st.lemmaOf(toks[v]) != "tell" {
			// "said Rivera:", not "said Varncorp would fly it “a lot”";
			// whoever is told is not the speaker ("told Ana Ode:")
			return attribution{mention: Span{toks[v+1].s, toks[j-1].e}, cue: Span{toks[v].s, toks[v].e}}, true
		}
		c := v - 1
		for c > 0 && toks[c].k == tWord && (isAux(st.word(toks[c])) || isAdverb(st.word(toks[c]))) {
			c-- // "and then boomed", "and quickly added"
		}
		if c > 0 && c < v && (st.word(toks[c]) == "and" || st.word(toks[c]) == "but") {
			// "Ode praised the crew and said: …": the subject is the
			// coordinated clause's, here the sentence's
			if b, e := st.coordSubject(toks, c); e > b {
				return attribution{mention: Span{toks[b].s, toks[e-1].e}, cue: Span{toks[v].s, toks[v].e}}, true
			}
		}
		break
	}
	if endsColon {
		if n <= 3 && st.allCaps(toks) && (toks[0].s == 0 || st.text[toks[0].s-1] == '\n') {
			// "SADIQGANJ: “…”": a place in capitals that opens its
			// paragraph is a dateline as South Asian papers write it, no
			// speaker (a transcript's labels, "PENCE:", are read as its
			// turns)
			return attribution{}, false
		}
		// "Solberg, in her closing remarks:" — the name that opens the line
		if w0 := st.word(toks[0]); capitalised(toks[0]) && !isSentenceStarter(w0) && !isOpener(w0) && !st.participle(w0) &&
			!(strings.HasSuffix(w0, "ed") && len(toks) > 1 && toks[1].k == tWord && !capitalised(toks[1])) { // not "Asked afterwards whether …, Marsh was candid:"
			// the capitalised words of the phrase that opens the line, none
			// a contraction ("That’s why I always tell …:" names no one)
			j := st.npForward(toks, 0)
			for k := 0; k < j; k++ {
				if w := st.word(toks[k]); !capitalised(toks[k]) && !isParticle(w) {
					j = k
				} else if hasApostrophe(w) {
					j = 0
				}
			}
			// in a title-case line the name is the part a known person's
			// name is: "Elizabeth Warren Hammers Wells Fargo CEO:"
			for k := j - 1; k >= 2; k-- {
				if st.personNamed(st.text[toks[0].s:toks[k-1].e]) {
					j = k
					break
				}
			}
			// what follows the name is a comma or a verb in -ed or -s
			// ("Ode, in her closing remarks:", "Ode swiped at Lund …:"),
			// not other words ("Quando você fala …:")
			if j > 0 && j < len(toks) && toks[j].k == tWord {
				if w := st.word(toks[j]); !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "s") && w != "had" && !irregularPast(w) {
					j = 0 // but "Buckley had a similar experience:", "Ode put it plainly:"
				}
			}
			if j > 0 {
				return attribution{mention: Span{toks[0].s, toks[j-1].e}}, true
			}
		}
		if w := st.word(toks[0]); n > 3 && (w == "A" || w == "An") && toks[1].k == tWord && !capitalised(toks[1]) && st.roleWord(toks[1]) && toks[2].k == tWord && isPreposition(st.word(toks[2])) {
			// "A resident of nearby Church Lane, who asked not to be named,
			// was more blunt:": the role, not the place
			return attribution{mention: Span{toks[0].s, toks[1].e}}, true
		}
		b, e := st.openingSubject(toks)
		if w := st.word(toks[0]); e <= b+1 && n > 2 && (w == "One" || w == "Another") && toks[1].k == tWord && !capitalised(toks[1]) && st.roleWord(toks[1]) {
			b, e = 0, 2 // "One minister, speaking privately, was more candid:"
		}
		if e > b && e < n && !st.cueIn(toks[b:]) {
			// "One minister, speaking privately, was more candid:", "She
			// was blunt:": a role or a pronoun that opens a line with no
			// reporting verb after it (the opening phrase may hold one:
			// "Addressing a meeting of state secretaries, the minister was
			// blunt:")
			if h := toks[e-1]; h.k == tWord && !capitalised(h) && st.roleWord(h) || e == b+1 && (st.word(h) == "He" || st.word(h) == "She") {
				c := e // the comma after the role and its phrase of: "Its director of policy, Ingrid Solberg,"
				if c+1 < n && toks[c].k == tWord && (st.word(toks[c]) == "of" || st.word(toks[c]) == "for") {
					for c++; c < n && c-e <= 4 && toks[c].k == tWord && !capitalised(toks[c]); c++ {
					}
				}
				if k := c + 1; k+1 < n && toks[c].k == tComma && capitalised(toks[k]) && h.k == tWord && !capitalised(h) {
					// "Its chair, Rhona Gilchrist, went further:": the name
					// set off after the role
					for k < n && toks[k].k == tWord && capitalised(toks[k]) {
						k++
					}
					if k < n && toks[k].k == tComma {
						return attribution{mention: Span{toks[c+1].s, toks[k-1].e}}, true
					}
				}
				return attribution{mention: Span{toks[b].s, toks[e-1].e}}, true
			}
		}
		for c := n - 3; c > 0; c-- {
			if toks[c].k != tComma {
				continue
			}
			// "Then, leaning on his rake, he delivers a verdict on the
			// port:": a pronoun after the opening phrase, then its verb
			if w := st.word(toks[c+1]); (w == "he" || w == "she") && toks[c+2].k == tWord && !capitalised(toks[c+2]) && !st.cueIn(toks) {
				if v := st.word(toks[c+2]); strings.HasSuffix(v, "s") || strings.HasSuffix(v, "ed") || irregularPast(v) {
					return attribution{mention: Span{toks[c+1].s, toks[c+1].e}}, true
				}
			}
			break
		}
		if isSentenceStarter(st.word(toks[0])) || isOpener(st.word(toks[0])) {
			// "As if addressing the mayor, the Varnia Board of Elections
			// was conclusive in its findings:" — the named subject after
			// the opening phrase
			c := 1
			for c < n && c < 16 && toks[c].k != tComma {
				c++
			}
			if c+1 < n && toks[c].k == tComma {
				if b, e := st.openingSubject(toks[c+1:]); e > b && c+1+e < n && capitalised(toks[c+e]) && !timeName(st.word(toks[c+e])) &&
					toks[c+1+e].k == tWord && !capitalised(toks[c+1+e]) {
					return attribution{mention: Span{toks[c+1+b].s, toks[c+e].e}}, true
				}
			}
		}
		s := n
		for s > 0 && toks[s-1].k == tWord && capitalised(toks[s-1]) && !isSentenceStarter(st.word(toks[s-1])) && n-s < 5 {
			s--
		}
		if s < n && !timeName(st.word(toks[n-1])) {
			if s > 0 && toks[s-1].k == tWord {
				switch st.word(toks[s-1]) {
				case "on", "in", "at", "to", "with", "into", "during", "over", "about":
					// "Then, later that month on CNN:": where it was
					// said, not who said it
					return attribution{}, false
				}
			}
			return attribution{mention: Span{toks[s].s, toks[n-1].e}}, true
		}
	}
	return attribution{}, false
}

// issuedDocument reads a line that ends with a document its subject put
// out, before a colon: "Ode issued the following statement", "the union
// released a statement on Friday". The cue is the verb and the document.
func (st *state) issuedDocument(toks []tok) (attribution, bool) {
	for d := len(toks) - 1; d >= 1 && len(toks)-d <= 7; d-- {
		if toks[d].k != tWord {
			continue
		}
		said := false // a noun of saying: "made the following comment"
		if st.lx.noun(st.word(toks[d])) != kindDocument {
			if said = speechNoun(st.word(toks[d])); !said {
				continue
			}
		}
		if !said && d+2 < len(toks) && st.word(toks[d+1]) == "by" && capitalised(toks[d+2]) {
			// "this statement by Ode (on June 11)": its maker
			j := d + 2
			for j < len(toks) && toks[j].k == tWord && capitalised(toks[j]) && !timeName(st.word(toks[j])) {
				j++
			}
			if j == len(toks) || toks[j].k == tWord && isPreposition(st.word(toks[j])) {
				return attribution{mention: Span{toks[d+2].s, toks[j-1].e}}, true
			}
		}
		if len(toks)-d > 4 || d < 2 {
			continue
		}
		for v := d - 1; v >= 1 && d-v <= 3; v-- {
			switch w := st.word(toks[v]); {
			case issuingVerb(w), w == "shared", w == "read", w == "put":
			case w == "made", w == "gave", w == "offered", w == "delivered":
				// "made the following comment", "gave a statement": words
				// of the subject's own, not a document someone else made
			default:
				continue
			}
			if s, ok := st.npBackward(toks, v, 0); ok {
				if e, ok := st.subjectEnd(toks, s, v); ok {
					return attribution{mention: Span{toks[s].s, toks[e].e}, cue: Span{toks[v].s, toks[d].e}}, true
				}
			}
			return attribution{}, false
		}
	}
	return attribution{}, false
}

// bodyNameUpTo reports whether toks[k:j] are a body's name: capitalised
// words, with "of", "for", "and" or "the" between them, one of them a
// word that makes a name a body's ("Straphangers Alliance of Port
// Calder").
func (st *state) bodyNameUpTo(toks []tok, k, j int) bool {
	if j-k > 10 || !capitalised(toks[k]) || !capitalised(toks[j-1]) {
		return false
	}
	org := false
	for i := k; i < j; i++ {
		if toks[i].k != tWord {
			return false
		}
		if !capitalised(toks[i]) {
			if w := st.word(toks[i]); w != "of" && w != "for" && w != "and" && w != "the" {
				return false
			}
			continue
		}
		org = org || st.orgWord(&toks[i])
	}
	return org
}

// openingParticiple attributes quote q when the sentence opens with a
// participle that reports it and its own subject follows the quote:
// "Calling Mr. Burr's challenger, Deborah Ross, “exactly the kind of
// partner I need,” Mrs. Clinton upbraided Mr. Burr". The head, the words
// before the quote, is text[hs:he]; the tail runs from ce to tailEnd.
func (st *state) openingParticiple(q *rawQuote, hs, he, ce, tailEnd int) bool {
	head := st.tokensIn(hs, he)
	if len(head) < 2 || head[0].k != tWord || !capitalised(head[0]) || !strings.HasSuffix(st.word(head[0]), "ing") || !st.cueAt(head, 0) {
		return false
	}
	tail := st.tokensIn(ce, tailEnd)
	if len(tail) < 2 || tail[0].k != tWord || !capitalised(tail[0]) {
		return false
	}
	j := 0
	for j < len(tail) && (tail[j].k == tWord && capitalised(tail[j]) || abbrevStop(tail, j)) {
		j++ // "Mrs. Clinton"
	}
	if j <= 0 || j >= len(tail) || tail[j].k != tWord || capitalised(tail[j]) || !st.pastVerb(tail[j]) {
		return false // the subject, then its verb: "Mrs. Clinton upbraided"
	}
	q.att = attribution{mention: Span{tail[0].s, tail[j-1].e}, cue: Span{head[0].s, head[0].e}}
	q.hasAtt, q.headAtt = true, true
	return true
}

// pluralOf reports whether toks[s:c] is a plural and a phrase of after
// it: "Officials of the university", "Members of the board".
func (st *state) pluralOf(toks []tok, s, c int) bool {
	w := st.word(toks[s])
	return s+2 < c && toks[s].k == tWord && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && st.word(toks[s+1]) == "of"
}

// titleSetOffName returns where the name set off after a title that
// opens the clause starts, the name ending at the comma toks[j]:
// "Principal Secretary (Health), Smt. Meenakshi Rao, informed", "The
// Principal Secretary, Meenakshi Rao, said". Else it returns -1.
func (st *state) titleSetOffName(toks []tok, j, lo int) int {
	t := lo
	if t < j && st.word(toks[t]) == "The" {
		t++
	}
	c := t
	for c < j && c-t < 5 && toks[c].k == tWord && capitalised(toks[c]) {
		c++
	}
	if c == t || !st.roleWord(toks[c-1]) {
		return -1
	}
	if c+2 < j && toks[c].k == tOpen {
		// a portfolio in brackets: "(Health)"
		o := c
		for c < j && c-o < 6 && toks[c].k != tClose {
			c++
		}
		if c == j || toks[c].k != tClose {
			return -1
		}
		c++
	}
	if c+2 >= j || toks[c].k != tComma || !capitalised(toks[c+1]) || !st.nameUpTo(toks, c+1, j) {
		return -1
	}
	return c + 1
}

// howClauseEnds reports whether the head text[hs:he], which ends with a
// colon, ends with a clause that how or why opens and its verb: "She is
// blunt about how it felt:".
func (st *state) howClauseEnds(hs, he int) bool {
	toks := st.tokensIn(hs, he)
	n := len(toks)
	for n > 0 && toks[n-1].k != tWord {
		n--
	}
	return n >= 3 && (st.word(toks[n-3]) == "how" || st.word(toks[n-3]) == "why") && st.cueAt(toks, n-1)
}

// lastOrgRun returns the span of the last name of a body that namesIn
// read between byte a and byte b, or an invalid span.
func (st *state) lastOrgRun(a, b int) Span {
	runs := st.found.runs
	i, _ := slices.BinarySearchFunc(runs, b, func(r runParse, b int) int { return cmp.Compare(r.e, b+1) })
	for i--; i >= 0 && runs[i].s >= a; i-- {
		if runs[i].np.org {
			return Span{runs[i].s, runs[i].e}
		}
	}
	return Span{}
}

// issuingVerb reports the past forms of putting out a document: "issued
// a statement", "released a letter".
func issuingVerb(w string) bool {
	switch w {
	case "issued", "released", "posted", "published", "sent":
		return true
	}
	return false
}

// issuer returns the subject [s, e] of the participle toks[v], or, when
// that subject is a document the participle follows ("issued a statement
// warning that …", "sent a letter saying …"), the subject of the verb
// before the document: whoever issued it.
func (st *state) issuer(toks []tok, s, e, v int) (int, int) {
	if s < 2 || !strings.HasSuffix(st.word(toks[v]), "ing") || toks[s-1].k != tWord || st.headKind(toks, s, e) != kindDocument {
		return s, e
	}
	u := s - 1 // the verb before the document
	if w := st.word(toks[u]); (w == "out" || w == "up" || w == "off") && u > 1 && toks[u-1].k == tWord {
		u-- // its particle: "tweeting out a message declaring"
	}
	if strings.HasSuffix(st.word(toks[u]), "ing") && toks[u-1].k == tComma {
		// "…, tweeting out a message declaring": a participle's subject
		// is the sentence's, which the caller reads
		return s, e
	}
	if b, ok := st.npBackward(toks, u, 0); ok {
		if f, ok := st.subjectEnd(toks, b, u); ok && f >= b {
			return b, f
		}
	}
	if w := st.word(toks[u-1]); w == "and" || w == "but" {
		// "The group formed last month and sent a letter stating …"
		if b, f := st.coordSubject(toks, u-1); f > b {
			return b, f - 1
		}
	}
	return s, e
}

// ordinal reports the words of order that may stand between an article
// and a name: "a third Obama term", "her first Senate speech".
func ordinal(w string) bool {
	switch w {
	case "first", "second", "third", "fourth", "fifth", "last", "next", "new", "former", "latest":
		return true
	}
	return false
}

// yearWord reports whether w is a year of four digits from 1800 to 2099.
func yearWord(w string) bool {
	return len(w) == 4 && (w[:2] == "18" || w[:2] == "19" || w[:2] == "20") && '0' <= w[2] && w[2] <= '9' && '0' <= w[3] && w[3] <= '9'
}

// adjectiveLike reports a lower-case word an adjective's ending or a
// list tells: "obvious", "final", "simple".
func adjectiveLike(w string) bool {
	switch w {
	case "first", "last", "final", "key", "big", "simple", "same", "only", "main", "real", "new", "short", "long", "brief", "blunt", "direct":
		return true
	}
	for _, suf := range [...]string{"ous", "ful", "ive", "ical", "ible", "able", "est"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// uninflected reports whether w, a reporting verb's form, has none of
// the endings of a verb that agrees with a singular subject or tells
// tense: "comment", not "comments", "commented", "commenting", "said".
func uninflected(w string) bool {
	if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return false
	}
	switch w {
	case "said", "told", "wrote", "spoke", "thought", "felt", "put", "read", "knew", "saw", "swore", "gave", "made", "went":
		return false
	}
	return true
}

// verbBeforeObject reports whether w, the word before an object's
// article, may be its verb: no preposition, conjunction or relative word.
func verbBeforeObject(w string) bool {
	switch w {
	case "around", "throughout", "among", "across", "over", "under", "behind", "outside", "beyond", "along", "between", "into", "through", "after", "before", "against", "without", "like", "than":
		return false
	}
	return !isPreposition(w) && !isClauseBoundary(w) && !subordinating(w) && !isRelative(w)
}

// pluralGroup reports whether w names a group that British copy gives a
// plural verb: "the family say", "the public want".
func pluralGroup(w string) bool {
	switch w {
	case "family", "public", "team", "government", "committee", "council", "board", "club", "party", "police", "jury", "couple",
		"band", "crew", "staff", "panel", "side", "group", "company", "firm", "union", "squad", "crowd", "audience", "management",
		"majority", "minority", "opposition", "cabinet", "church", "press", "media", "coalition", "alliance", "campaign", "trust":
		return true
	}
	return false
}

// byGerundSubject returns the bounds [b, e) of the name or pronoun just
// before the past verb that "by", "after" or "while" and the gerund
// toks[v] follow: "which Wheatley introduced by calling …". Else b == e.
func (st *state) byGerundSubject(toks []tok, v int) (b, e int) {
	if v < 3 || !strings.HasSuffix(st.word(toks[v]), "ing") || toks[v-1].k != tWord || toks[v-2].k != tWord || toks[v-3].k != tWord {
		return 0, 0
	}
	switch st.word(toks[v-1]) {
	case "by", "after", "while":
	default:
		return 0, 0
	}
	if !st.pastVerb(toks[v-2]) || !capitalised(toks[v-3]) {
		return 0, 0
	}
	s := v - 3
	for s > 0 && toks[s-1].k == tWord && capitalised(toks[s-1]) {
		s--
	}
	if s > 0 && toks[s-1].k == tWord && (st.word(toks[s-1]) == "which" || st.word(toks[s-1]) == "that") {
		return s, v - 2
	}
	return 0, 0
}

// askedEnd returns the index of the comma that ends an opening question
// put to the subject ("Asked whether she would tour again, …"), within
// the first 30 of toks[:n], or 0 when the sentence opens with none.
func (st *state) askedEnd(toks []tok, n int) int {
	if len(toks) == 0 || !st.askedFirst(toks) {
		return 0
	}
	for k := 1; k < n && k < 30; k++ {
		if toks[k].k == tComma {
			return k
		}
	}
	return 0
}

// whatClause reports whether the verb toks[v] is that of a free relative
// "what" opens a short subject before, inside the clause of an earlier
// reporting verb: "said the applicant had done what the city asked of
// it". Alone, "what Ode told reporters:" is Ode's.
func (st *state) whatClause(toks []tok, v int) bool {
	for k := v - 1; k >= 0 && v-k <= 4; k-- {
		if toks[k].k != tWord {
			return false
		}
		if w := st.word(toks[k]); w == "what" {
			if k >= v-1 || v+1 >= len(toks) {
				return false // "denouncing what it calls “…”": the verb's object is the quote
			}
			for u := k - 1; u >= 0; u-- {
				if toks[u].k == tWord && st.cueAt(toks, u) && !st.nounAt(toks, u) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// nounAt reports whether the verb form toks[v] is a noun after a
// determiner ("the statement", "a report"); a number that ends a noun
// phrase is not its determiner ("the mother of three replied").
//
// It is a noun too after a preposition ("filled with chants", not a gerund:
// "after warning that"), and after a
// lower-case modifier that follows a determiner or a possessive ("his
// recent remarks", "an unprompted call", "Trump’s repeated calls").
func (st *state) nounAt(toks []tok, v int) bool {
	w := st.word(toks[v])
	if v+1 < len(toks) && toks[v+1].k == tWord && w == "think" {
		if nw := st.word(toks[v+1]); nw == "tank" || nw == "tanks" {
			return true // "a London-based think tank"
		}
	}
	if v == 0 || toks[v-1].k != tWord {
		return false
	}
	pw := st.word(toks[v-1])
	if strings.HasSuffix(w, "ing") && possessiveWord(pw) && !pronounIs(pw) {
		return true // "the mayor's thinking", "Ode's reasoning": a noun
	}
	if v >= 2 && uninflected(w) && strings.HasSuffix(pw, "ed") && toks[v-2].k == tWord {
		switch st.word(toks[v-2]) {
		case "had", "has", "have", "having":
			return true // "the company had misjudged demand": the verb's object
		}
	}
	if (w == "briefing" || w == "briefings" || w == "hearing" || w == "meeting") && v >= 2 && toks[v-2].k == tWord && isDeterminer(st.word(toks[v-2])) {
		return true // "in a video briefing", "at a news briefing": a noun after a noun
	}
	if v >= 2 && uninflected(w) && toks[v-2].k == tWord && isDeterminer(st.word(toks[v-2])) && adjectiveLike(pw) {
		return true // "asked the obvious question:": a noun after a determiner and an adjective
	}
	if w == "call" || w == "calls" {
		switch pw {
		case "conference", "phone", "telephone", "earnings", "video", "investor", "analyst", "analysts", "roll", "Zoom", "wake-up":
			return true // "on an investor conference call as “morally wrong”": a noun after a noun
		}
	}
	if (w == "post" || w == "posts" || w == "tweet" || w == "tweets") && v >= 2 && capitalised(toks[v-1]) && toks[v-2].k == tWord && (isDeterminer(st.word(toks[v-2])) || possessiveWord(st.word(toks[v-2]))) {
		return true // "the Instagram post", "her Facebook posts": a noun after a platform's name
	}
	if v >= 2 && capitalised(toks[v-1]) && uninflected(w) {
		// "a Twitter comment", "her Kell remark", "a third Obama term": a
		// name between "a" or a possessive and a verb's bare form makes no
		// subject and verb
		k := v - 2
		for k > 0 && v-k <= 4 && toks[k].k == tWord && (capitalised(toks[k]) || ordinal(st.word(toks[k]))) {
			k--
		}
		if toks[k].k == tWord {
			switch st.word(toks[k]) {
			case "a", "an", "A", "An", "his", "her", "its", "their", "His", "Her", "Its", "Their":
				return true
			}
		}
	}
	if len(pw) <= 4 && (pw == "both" || pw == "all" || pw == "each") && v >= 2 && toks[v-2].k == tWord && !isPreposition(st.word(toks[v-2])) && !isDeterminer(st.word(toks[v-2])) &&
		(strings.HasSuffix(w, "ed") || w == "said" || w == "told" || w == "wrote" || w == "say") {
		return false // "Lund and Ode both said": an adverb of the subject, not "both statements"
	}
	if (pw == "that" || pw == "which") && v >= 2 && toks[v-2].k == tWord && !uninflected(w) && !strings.HasSuffix(w, "ing") {
		return false // "a letter that says …": a relative clause's verb, not "that report"
	}
	if isDeterminer(pw) {
		return !st.ofNumber(toks, v-1)
	}
	if uninflected(w) && yearWord(pw) && v >= 2 && toks[v-2].k == tWord && (isDeterminer(st.word(toks[v-2])) || possessiveWord(st.word(toks[v-2]))) {
		return true // "in a 2021 report", "the agency’s 2020 report": a noun after its year
	}
	if w == "state" && capitalised(toks[v-1]) && toks[v-1].k == tWord && !strings.HasSuffix(pw, "s") && v+1 < len(toks) && toks[v+1].k == tWord && st.word(toks[v+1]) == "that" {
		return true // "an airstrike in Borno state that local officials say …": a place's state
	}
	if (w == "state" || w == "states") && (!capitalised(toks[v-1]) || w == "state") && !strings.HasSuffix(pw, "s") && !isAux(pw) && pw != "to" &&
		!(v+1 < len(toks) && toks[v+1].k == tWord && st.word(toks[v+1]) == "that") { // "the plan states that …" reports
		if _, pron := isPronoun(pw); !pron && pw != "they" && pw != "we" && pw != "you" && pw != "I" {
			return true // "her adopted home state", "swing states", "New York state": a noun after a noun
		}
	}
	for k := v - 2; k > 0 && v-k <= 4; k-- {
		if toks[k].k != tWord {
			break
		}
		if toks[k-1].f&fAccord != 0 && st.word(toks[k]) == "to" {
			return true // "according to a new case report"
		}
	}
	if w == "mention" && !isAux(pw) && pw != "to" && !strings.HasSuffix(pw, "n't") && !strings.HasSuffix(pw, "n’t") {
		return true // "avoided all mention of", "made mention": the verb is "mentioned", "mentions"
	}
	if drawsNoun(pw) || v >= 2 && toks[v-2].k == tWord && !capitalised(toks[v-1]) && drawsNoun(st.word(toks[v-2])) && !isAux(pw) {
		return true // "drew rare praise", "faced sharp criticism": what a verb draws
	}
	if v >= 3 && isDeterminer(st.word(toks[v-3])) && toks[v-2].k == tWord {
		switch st.word(toks[v-2]) {
		case "more", "most", "less", "very":
			return true // "on a more conciliatory note"
		}
	}
	switch pw {
	case "no", "any", "every", "each", "our", "Our", "my", "My", "your", "Your":
		return true // "he made no mention", "our hope is"
	case "began", "begin", "begins", "started", "start", "starts", "kept", "keep", "keeps", "stopped", "stop", "stops":
		// a gerund of thought after them is a state ("began feeling
		// tired"); one of speech reports ("began calling the plan “…”")
		switch st.lemmaOf(toks[v]) {
		case "feel", "think", "believe", "hope", "worry", "fear", "wonder", "expect", "know", "suspect", "sense":
			return true
		}
		return false
	}
	if len(pw) > 3 && (strings.HasSuffix(pw, "'s") || strings.HasSuffix(pw, "’s")) && !pronounIs(pw) {
		return true // "the mayor’s repeated calls"
	}
	if c := pw[0]; c < 'a' || c > 'z' {
		// the tests below hold only after a lower-case word, but for a
		// compound with a hyphen: "the Republican-dominated state"
		return strings.IndexByte(pw, '-') > 0 && st.modifiedBase(toks, v, pw)
	}
	if pw != "to" && isPreposition(pw) {
		// "filled with chants", but a gerund reports: "after warning that"
		return !strings.HasSuffix(w, "ing")
	}
	a := v - 2 // where the article before the modifiers may stand
	if _, pron := isPronoun(pw); a >= 2 && toks[a].k == tComma && toks[a-1].k == tWord && !pron && !isObjectPronoun(pw) && pw != "we" && pw != "you" {
		a -= 2 // modifiers set off by a comma: "a framed, handwritten note"
	}
	if a >= 0 && toks[a].k == tWord && pw[0] >= 'a' && pw[0] <= 'z' {
		// a base form after "a" and a lower-case word: "in a separate tweet"
		switch st.word(toks[a]) {
		case "a", "an", "A", "An":
			if !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "s") {
				if st.lemmaOf(toks[v]) == w {
					return true
				}
			}
		case "the", "The":
			// "described the phone call that brought her home": a base
			// form after "the" and a noun that is no group, which takes
			// a plural verb in British copy ("the family say"), when a
			// verb stands before them, not a preposition ("across the
			// world say") or a clause's first word
			if a >= 1 && toks[a-1].k == tWord && !capitalised(toks[a-1]) && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "s") &&
				!strings.HasSuffix(pw, "s") && !strings.HasSuffix(pw, "ing") && st.lemmaOf(toks[v]) == w &&
				st.lx.noun(pw) == 0 && !st.roleWord(toks[v-1]) && !pluralGroup(pw) && !modifier(pw) && verbBeforeObject(st.word(toks[a-1])) {
				return true
			}
		}
	}
	if pw[0] >= 'a' && pw[0] <= 'z' && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		if len(pw) > 3 && (strings.HasSuffix(pw, "ed") || strings.HasSuffix(pw, "ing")) {
			if v >= 2 && toks[v-2].k == tWord && isDeterminer(st.word(toks[v-2])) && st.lx.noun(pw) == kindDocument {
				return false // "The filing describes …", "the ruling says": a document noun, then its verb
			}
			return true // the object of a verb: "compared notes", "raising questions"
		}
		if nounModifier(pw) {
			return true // "two highly critical reports", "sparking widespread fears"
		}
		if v >= 2 && v+1 < len(toks) && toks[v-2].k == tWord && st.pastVerb(toks[v-2]) && !st.isVerb(&toks[v-1]) && !isAdverb(pw) && !isPreposition(pw) && !isDeterminer(pw) && !isClauseBoundary(pw) &&
			toks[v+1].k == tWord && isPreposition(st.word(toks[v+1])) && st.word(toks[v+1]) != "to" {
			return true // "fielded angry calls from farmers": a past verb, an adjective, its object
		}
	}
	if v == 2 && toks[0].k == tWord && (st.word(toks[0]) == "The" || st.word(toks[0]) == "A" || st.word(toks[0]) == "An") && uninflected(w) && st.lemmaOf(toks[v]) == w &&
		!(strings.HasSuffix(pw, "s") && !strings.HasSuffix(pw, "ss") && !strings.HasSuffix(pw, "us")) && !pluralGroup(pw) && !st.roleWord(toks[v-1]) && st.lx.noun(pw) == 0 && !st.isVerb(&toks[v-1]) {
		return true // "The obvious question — “…?” —": one thing cannot do a bare verb; a noun phrase
	}
	if st.modifiedBase(toks, v, pw) {
		return true
	}
	if v < 2 || toks[v-2].k != tWord || !modifier(pw) {
		return false
	}
	w2 := st.word(toks[v-2])
	return isDeterminer(w2) || strings.HasSuffix(w2, "'s") || strings.HasSuffix(w2, "’s")
}

// modifiedBase reports whether the verb form toks[v] is a base form after
// a determiner or possessive and adverbs or adjectives in -ly, -ed, -ing or
// with a hyphen, of which pw, the word before it, is the last: "in her
// economically depressed state", "the hibernating state", "the
// Republican-dominated state". The word before the modifier and the base
// form (from the verb's flags) are the cheap tests, so they come first.
func (st *state) modifiedBase(toks []tok, v int, pw string) bool {
	if v < 2 || toks[v-2].k != tWord || st.lemmaOf(toks[v]) != st.word(toks[v]) || !modifierForm(pw) {
		return false
	}
	for k := v - 2; k >= 0 && v-k <= 4 && toks[k].k == tWord; k-- {
		kw := st.word(toks[k])
		if isDeterminer(kw) || strings.HasSuffix(kw, "'s") || strings.HasSuffix(kw, "’s") {
			return true
		}
		if !modifierForm(kw) {
			break
		}
	}
	return false
}

// modifierForm reports a word that may stand between a determiner and its
// noun by its form: an adverb in -ly, a participle in -ed or -ing, or a
// hyphenated compound ("Republican-dominated").
func modifierForm(w string) bool {
	return isAdverb(w) || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.IndexByte(w, '-') > 0
}

// nounModifier reports lower-case words before a form in -s that make it
// a plural noun, not a verb of a singular subject: a plural ("analysts
// reports" is no sentence), a number or compound ("10-year notes") or an
// adjective by its ending ("critical reports", "widespread fears").
func nounModifier(w string) bool {
	switch w {
	case "always", "sometimes", "perhaps", "thus", "nevertheless", "nonetheless", "afterwards", "besides", "less", "unless", "this", "his", "its", "is", "was", "has", "does", "as", "us":
		return false
	case "widespread", "new", "old", "many", "few", "several", "such", "other", "more", "most", "own":
		return true
	}
	if strings.HasSuffix(w, "ly") || len(w) < 3 {
		return false
	}
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") {
		return true
	}
	if hyphenOrDigit(w) {
		return true
	}
	for _, suf := range [...]string{"al", "ic", "ive", "ous", "ful", "less", "ary", "ible", "able"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// hasApostrophe reports whether w holds ' or ’, by two substring searches
// rather than strings.ContainsAny, which searches its set for each rune.
func hasApostrophe(w string) bool {
	return strings.IndexByte(w, '\'') >= 0 || strings.Contains(w, "’")
}

// runeSet is a set of runes looked up a byte at a time: a table for ASCII
// and a short list for the rest. strings.ContainsAny instead searches its
// set string for each of s's runes, which the profile shows on hot paths.
type runeSet struct {
	ascii [utf8.RuneSelf]bool
	wide  []string
}

// newRuneSet returns the set of chars's runes.
func newRuneSet(chars string) *runeSet {
	rs := &runeSet{}
	for _, r := range chars {
		if r < utf8.RuneSelf {
			rs.ascii[r] = true
		} else {
			rs.wide = append(rs.wide, string(r))
		}
	}
	return rs
}

// in reports whether s holds any rune of the set.
func (rs *runeSet) in(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			if rs.ascii[c] {
				return true
			}
			continue
		}
		for _, w := range rs.wide {
			if w[0] == c && strings.HasPrefix(s[i:], w) {
				return true
			}
		}
	}
	return false
}

// hyphenOrDigit reports whether w holds a hyphen or an ASCII digit, by its
// bytes: strings.ContainsAny would search the set for each of w's runes.
func hyphenOrDigit(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c == '-' || '0' <= c && c <= '9' {
			return true
		}
	}
	return false
}

// modifier reports lower-case words that modify a noun rather than head a
// subject: participles in -ed ("repeated", "unprompted") and a few
// adjectives news writes before "remarks", "calls" or "answer".
func modifier(w string) bool {
	if len(w) > 3 && strings.HasSuffix(w, "ed") && w[0] >= 'a' && w[0] <= 'z' {
		return true
	}
	switch w {
	case "recent", "latest", "previous", "earlier", "public", "private", "final", "brief", "lengthy", "angry", "harsh", "strong", "new",
		"simple", "critical", "annual", "formal", "written", "joint", "initial", "preliminary", "internal", "confidential":
		return true
	}
	return false
}

// ofNumber reports a lower-case number word after "of", which ends a noun
// phrase rather than starting one: "the mother of three".
func (st *state) ofNumber(toks []tok, j int) bool {
	if j == 0 || toks[j-1].k != tWord || st.word(toks[j-1]) != "of" {
		return false
	}
	switch st.word(toks[j]) {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten":
		return true
	}
	return false
}

// skipTimePlace returns the index of the word before a short time or
// place phrase that ends at toks[j] and stands between a subject and its
// verb ("who in 2010 said", "Ode on Monday said", "the ministry in Varnia
// said"): in, on, at or during and one or two capitalised words or
// numbers. Else it returns j.
func (st *state) skipTimePlace(toks []tok, j, lo int) int {
	if j-1 > lo && toks[j].k == tWord && toks[j-1].k == tWord {
		// "Henning at first denied", "Ode in turn said": an adverb of
		// two words
		switch p, w := st.word(toks[j-1]), st.word(toks[j]); {
		case p == "at" && (w == "first" || w == "once" || w == "times"), p == "in" && (w == "turn" || w == "reply" || w == "response"):
			return j - 2
		}
	}
	if j > lo && j+1 < len(toks) && toks[j].k == tWord && toks[j-1].k == tWord && timeName(st.word(toks[j+1])) {
		if w := st.word(toks[j]); w == "early" || w == "late" {
			return j - 1 // "Ode late Tuesday said", "a series of tweets early Friday saying"
		}
	}
	if p := st.timeSpan(toks, j); p < j && p-1 >= lo && (toks[p-1].k == tWord || toks[p-1].k == tComma) {
		// "Rivera in recent days said", "Rivera last week said"; not
		// after a participle ("a report issued last year said")
		if w := st.word(toks[p-1]); !strings.HasSuffix(w, "ed") || capitalised(toks[p-1]) {
			return p - 1
		}
	}
	for p := j - 1; p > lo && j-p <= 2; p-- {
		if toks[p+1].k != tWord || !capitalised(toks[p+1]) && !isDigit(rune(st.text[toks[p+1].s])) {
			return j
		}
		if isDigit(rune(st.text[toks[p+1].s])) && !isDigit(rune(st.text[toks[j].s])) {
			return j // "in 2027 Kell says": a year, then the subject
		}
		if toks[p].k != tWord {
			return j
		}
		switch w := st.word(toks[p]); w {
		case "in", "on", "at", "during":
			if w == "on" && !timeName(st.word(toks[p+1])) && st.orgWord(&toks[p-1]) {
				return j // "the National Institute on Drug Abuse"
			}
			// after a word, or a comma that closes an appositive
			// ("Ryan, the speaker, on Tuesday called")
			if toks[p-1].k == tWord || toks[p-1].k == tComma {
				return p - 1
			}
			return j
		}
	}
	return j
}

// timeSpan returns where a lower-case time phrase that ends at toks[j]
// starts ("in recent days", "in the past week", "earlier this month",
// "last year"), or j+1 when toks[j] ends none.
func (st *state) timeSpan(toks []tok, j int) int {
	if j < 1 || toks[j].k != tWord {
		return j + 1
	}
	w := func(i int) string {
		if i < 0 || toks[i].k != tWord {
			return ""
		}
		return st.word(toks[i])
	}
	switch st.word(toks[j]) {
	case "time":
		// "what Colquitt at the time described as": a time, not the name's
		if w(j-1) == "the" && w(j-2) == "at" {
			return j - 2
		}
		return j + 1
	case "past":
		// "Brandt has in the past described"
		if w(j-1) == "the" && w(j-2) == "in" {
			return j - 2
		}
		return j + 1
	case "days", "weeks", "months", "years", "week", "month", "year", "weekend":
	case "morning", "afternoon", "evening", "night":
		// "on Tuesday night", "Friday morning"
		if timeName(w(j - 1)) {
			if w(j-2) == "on" {
				return j - 2
			}
			return j - 1
		}
		return j + 1
	default:
		return j + 1
	}
	switch {
	case w(j-1) == "recent" && w(j-2) == "in":
		return j - 2
	case w(j-1) == "past" && w(j-2) == "the" && w(j-3) == "in":
		return j - 3
	case w(j-1) == "this" && w(j-2) == "earlier":
		return j - 2
	case w(j-1) == "this" || w(j-1) == "last":
		return j - 1
	}
	return j + 1
}

// appositiveHead returns where the name that an appositive follows starts,
// when the noun phrase at toks[s] ends an appositive that opens with a
// determiner after a comma: in "Omar Lamrani, a senior analyst at Stratfor,
// the research firm, told" the phrase found before the last comma is
// "Stratfor", and the speaker is "Omar Lamrani". Else it returns s.
func (st *state) appositiveHead(toks []tok, s, lo int) int {
	if s-2 > lo && s+2 < len(toks) && toks[s-1].k == tComma && toks[s-2].k == tWord && capitalised(toks[s-2]) && capitalised(toks[s]) && st.roleWord(toks[s]) && (st.word(toks[s+1]) == "of" || st.word(toks[s+1]) == "for") {
		// "Celia Marran, Archbishop of Aldermere, who …": a title and its
		// place set off after the name
		if h, ok := st.npBackward(toks, s-1, lo); ok && capitalised(toks[h]) {
			return h
		}
	}
	c := s - 1
	for c > lo && s-c <= 10 && toks[c].k == tWord {
		c--
	}
	if c <= lo || c == s-1 || toks[c].k != tComma || toks[c-1].k != tWord || !capitalised(toks[c-1]) {
		return s
	}
	// ", a spokesman for …": a determiner phrase; ", director of the
	// Centre …": a role whose preposition leads to the name found
	inPP := !capitalised(toks[c+1]) && s-1 > c+1 && toks[s-1].k == tWord
	if inPP {
		switch st.word(toks[s-1]) {
		case "of", "at", "for", "with":
		default:
			inPP = false
		}
	}
	if !isDeterminer(st.word(toks[c+1])) && !inPP {
		return s
	}
	if h, ok := st.npBackward(toks, c, lo); ok && capitalised(toks[h]) {
		return h
	}
	return s
}

// bracketHonorific reports whether toks[j] opens brackets that hold one
// honorific or title after an honorific or a title, before a capitalised name: "Dr.
// (Prof.) Anjali Thapliyal", "Prof. (Mrs.) Theodora Mensah".
func (st *state) bracketHonorific(toks []tok, j int) bool {
	if j < 1 || j+3 >= len(toks) || toks[j].k != tOpen || toks[j+1].k != tWord || toks[j+2].k != tClose || toks[j+3].k != tWord || !capitalised(toks[j+3]) {
		return false
	}
	ti, ok := st.lx.title(st.word(toks[j-1]))
	if !ok || ti.kind != kindHonorific && ti.kind != kindTitle {
		return false // "Justice (Mrs.) Abena Darkwa-Larbi" too
	}
	t2, ok := st.lx.title(st.word(toks[j+1]))
	return ok && (t2.kind == kindHonorific || t2.kind == kindTitle)
}

// npForward reads a speaker noun phrase starting at toks[i] and returns the
// index after it (i when there is none): a pronoun, a name with its titles,
// or a determiner phrase ("the minister", "a spokesman for the ministry").
func (st *state) npForward(toks []tok, i int) int {
	if i >= len(toks) || toks[i].k != tWord {
		return i
	}
	if i+3 < len(toks) && toks[i+1].k == tOther && toks[i+2].k == tWord && st.text[toks[i+1].s:toks[i+1].e] == "/" &&
		isNumber(st.word(toks[i])) && isNumber(st.word(toks[i+2])) && !capitalised(toks[i+3]) && nameAhead(toks, i+3) {
		// "9/11 widow Tara Vance": a date that modifies the role
		if j := st.npForward(toks, i+3); j > i+3 {
			return j
		}
	}
	w := st.word(toks[i])
	if _, ok := isPronoun(w); ok {
		return i + 1
	}
	if !capitalised(toks[i]) && !isDeterminer(w) {
		if ti, ok := st.lx.title(w); (!ok || ti.kind == kindOrg) && (isPreposition(w) || !nameAhead(toks, i)) {
			return i // "said in October", "said on Monday"
		}
	}
	j := i
	words := 0
	for j < len(toks) && words < 10 {
		if toks[j].k != tWord {
			if k := quotedNickname(toks, j); k > j && j > i && capitalised(toks[j-1]) {
				j = k // Dean “Squid” Kowalczyk
				continue
			}
			if j > i && toks[j].k == tQuote && st.nameJoint(toks, j) {
				j++ // "the Kell Teachers’ Union": a plural possessive inside a body's name
				continue
			}
			if j > i && st.bracketHonorific(toks, j) {
				j += 3 // "Dr. (Prof.) Anjali Thapliyal": a second honorific in brackets
				continue
			}
			if j > i && st.numberComma(toks, j) {
				j++ // "a poll of 1,200 viewers": the comma inside a number
				continue
			}
			if j > i && j+1 < len(toks) && st.text[toks[j].s:toks[j].e] == "&" && capitalised(toks[j-1]) && toks[j+1].k == tWord && capitalised(toks[j+1]) {
				j++ // "the research firm Ledger & Vine"
				continue
			}
			break
		}
		w := st.word(toks[j])
		if j > i && (isClauseBoundary(w) || st.cueAt(toks, j) && !st.nounAt(toks, j) || isAux(w)) {
			break // "Varncorp would fly …": a name ends where its verb starts
		}
		if j > i && (w == "during" || w == "amid" || w == "despite" || w == "throughout") {
			break // "said Lund during the game": a time, not part of the name
		}
		if e, k := st.portfolio(toks, j); j > i && k > j {
			j = e // "said Minister for Trade and Industry Ana Ode"
			break
		}
		if j > i && isPreposition(w) {
			// "a spokesman for the ministry" goes on; "Rivera on Tuesday" stops
			if (w == "for" || w == "on") && j+1 < len(toks) && toks[j+1].k == tWord && capitalised(toks[j+1]) && !timeName(st.word(toks[j+1])) && st.orgWord(&toks[j-1]) {
				j++ // "the National Institute on Drug Abuse"
				words++
				continue
			}
			if (w == "for" || w == "of" || w == "at" || (w == "from" || w == "by") && st.lx.noun(st.word(toks[j-1])) == kindDocument) && j+1 < len(toks) && toks[j+1].k == tWord {
				nw := st.word(toks[j+1])
				if !(isDeterminer(nw) || capitalised(toks[j+1])) || capitalised(toks[j-1]) && w != "of" {
					break
				}
			} else {
				break
			}
		}
		j++
		words++
	}
	return j
}

// quotedNickname returns the index of the word after a nickname in marks
// that opens at toks[j] inside a name ("Dean “Squid” Kowalczyk"): one or
// two capitalised words between the marks, a capitalised word after.
// Else it returns j.
func quotedNickname(toks []tok, j int) int {
	if toks[j].k != tQuote {
		return j
	}
	k := j + 1
	for k < len(toks) && k <= j+2 && toks[k].k == tWord && capitalised(toks[k]) {
		k++
	}
	if k == j+1 || k+1 >= len(toks) || toks[k].k != tQuote || toks[k+1].k != tWord || !capitalised(toks[k+1]) {
		return j
	}
	return k + 1
}

// nicknameOpen returns the index of the opening mark of a nickname in
// marks that ends just before toks[s], a capitalised word ("Marcia “Cia”
// Price"), when a capitalised word after lo stands before it. Else it
// returns -1.
func nicknameOpen(toks []tok, s, lo int) int {
	for o := s - 3; o >= s-4 && o > lo; o-- {
		if quotedNickname(toks, o) == s && toks[o-1].k == tWord && capitalised(toks[o-1]) {
			return o
		}
	}
	return -1
}

// npBackward finds the subject noun phrase that ends just before the verb
// at toks[v], not starting before toks[lo]. It skips words such as "later"
// between subject and verb, and an appositive or relative clause set off by
// commas after a name ("Quell, who has mediated …, said").
func (st *state) npBackward(toks []tok, v, lo int) (int, bool) {
	return st.npFrom(toks, v, lo, nil)
}

// npFrom is npBackward that also sets *tail, when tail is not nil, to the
// last token before the verb that the subject may end at: the auxiliaries
// and adverbs (beforeVerb) and a time or place phrase (skipTimePlace)
// before the verb left out, or lo-1 when none is left. mentionAt takes it,
// so that a caller that asks for the subject's end as well does not read
// back from the verb again.
func (st *state) npFrom(toks []tok, v, lo int, tail *int) (int, bool) {
	s, ok := st.npFromOne(toks, v, lo, tail)
	if ok {
		s = st.quantityBefore(toks, st.memberOfBody(toks, s, lo), lo)
	}
	if ok && s-2 >= lo && s+1 < v && toks[s-1].k == tWord && st.word(toks[s-1]) == "and" && toks[s+1].k == tWord && teamNoun(st.word(toks[s+1])) {
		switch st.word(toks[s]) {
		case "his", "her", "their":
			// "lead author Dr. Tomas Ekwu, a physiologist at …, and his
			// colleagues write": the lead, who speaks for them
			if s2, ok2 := st.npFromOne(toks, s-1, lo, nil); ok2 && s2 < s-1 && capitalised(toks[s2]) {
				return s2, true
			}
			if toks[s-2].k == tComma {
				// the aside holds commas of its own: "…, in Wellford, New
				// Zealand, and his colleagues"
				for b := lo; b+3 < s-1; b++ {
					if capitalised(toks[b]) && (b == lo || toks[b-1].k != tWord || !capitalised(toks[b-1])) && st.nameBeforeLongAside(toks, b, s-1) > b {
						return b, true
					}
				}
			}
		}
	}
	return s, ok
}

// memberOfBody returns where the subject starts when the body's name at
// toks[s] ("the House") ends one member's description before it: "A
// member of the House", "One senior member of the Ruling Party". A member
// is one person, who does not speak for the body as "a spokesman for the
// House" does. Else it returns s.
func (st *state) memberOfBody(toks []tok, s, lo int) int {
	if s-3 < lo || toks[s].k != tWord || st.word(toks[s]) != "the" || st.word(toks[s-1]) != "of" {
		return s
	}
	r := s - 2
	if w := st.word(toks[r]); w != "member" && w != "members" {
		return s
	}
	for k := r - 1; k >= lo && k >= r-3 && toks[k].k == tWord; k-- {
		switch st.word(toks[k]) {
		case "A", "a", "One", "one", "Another", "another", "Two", "two", "Three", "three", "Several", "several", "Some", "some":
			return k
		}
		if capitalised(toks[k]) {
			break
		}
	}
	return s
}

// teamNoun reports the plural nouns for the people someone works with:
// "his colleagues", "her co-authors".
func teamNoun(w string) bool {
	switch w {
	case "colleagues", "co-authors", "coauthors", "collaborators", "team", "teammates", "researchers", "staff", "associates":
		return true
	}
	return false
}

// possessiveTitleOpen reports whether a possessive opens the capitalised
// words of a title that end at toks[e]: "Iran’s Foreign Minister" in
// "Iran’s Foreign Minister, Abbas Araghchi, said", where the name after
// the comma is the subject and the title is his.
func (st *state) possessiveTitleOpen(toks []tok, e, lo int) bool {
	for o := e; o >= lo && e-o <= 3; o-- {
		if toks[o].k != tWord || !capitalised(toks[o]) {
			return false
		}
		if possessiveWord(st.word(toks[o])) {
			return o < e
		}
	}
	return false
}

// nameListComma reports whether the comma toks[c] joins the names of a
// list that a preposition opens and the comma toks[end] closes: "of
// Orlenia, Vastria and Peltavia,". The words between are capitalised,
// commas, and one "and" or "or" before the last name, which a lower-case
// word may describe ("and host Peltavia").
func (st *state) nameListComma(toks []tok, c, end, lo int) bool {
	if toks[c].k != tComma || c+2 >= end || toks[end].k != tComma {
		return false
	}
	and := false
	for k := c + 1; k < end; k++ {
		switch t := toks[k]; {
		case t.k == tComma:
		case t.k != tWord:
			return false
		case capitalised(t):
		case (st.word(t) == "and" || st.word(t) == "or") && !and && k > c+1 && capitalised(toks[k-1]):
			and = true
			if k+2 < end && toks[k+1].k == tWord && !capitalised(toks[k+1]) && toks[k+2].k == tWord && capitalised(toks[k+2]) {
				k++ // "and host Peltavia": a word that describes the last
			}
		default:
			return false
		}
	}
	if !and || !capitalised(toks[end-1]) {
		return false
	}
	b := c - 1
	for b > lo && (toks[b].k == tWord && capitalised(toks[b]) || toks[b].k == tComma) {
		b--
	}
	return b < c-1 && toks[b].k == tWord && !capitalised(toks[b]) && isPreposition(st.word(toks[b]))
}

// setOffWho returns the index of "who" when the comma toks[j] closes a
// relative clause set off by a comma and "who" that opens within the
// sixteen tokens before it ("…, who asked not to be named,"), else 0.
func (st *state) setOffWho(toks []tok, j, lo int) int {
	for w := j - 2; w > lo && j-w <= 16; w-- {
		if toks[w].k == tComma {
			return 0
		}
		if toks[w].k == tWord && st.word(toks[w]) == "who" && toks[w-1].k == tComma {
			return w
		}
	}
	return 0
}

// numberedName reports whether toks[i] is a number that ends a name of
// capitalised words: "Transit Workers Local 412", "Channel 4".
func (st *state) numberedName(toks []tok, i, lo int) bool {
	return i-1 >= lo && toks[i].k == tWord && isNumber(st.word(toks[i])) && toks[i-1].k == tWord && capitalised(toks[i-1])
}

// npFromOne is npFrom without the lead of a team read before "and his
// colleagues".
func (st *state) npFromOne(toks []tok, v, lo int, tail *int) (int, bool) {
	j := v - 1
	for j >= lo && st.beforeVerb(toks, j, lo) {
		j--
	}
	if j > lo+2 && toks[j].k == tDash {
		// "Nadia Haddad — no relation — told": an aside set off by dashes
		// between the subject and its verb
		for o := j - 1; o > lo && j-o <= 8 && toks[o].k == tWord; o-- {
			if toks[o-1].k == tDash {
				if o-2 >= lo && toks[o-2].k == tWord {
					j = o - 2
				}
				break
			}
		}
	}
	if v < len(toks) && toks[v].k == tWord {
		if k := st.skipTimePlace(toks, j, lo); k < j {
			// "Mr. Costa himself last week described": what stands
			// between the subject and the time
			for j = k; j >= lo && st.beforeVerb(toks, j, lo); j-- {
			}
		}
	}
	if tail != nil {
		*tail = j
	}
	if j > lo && toks[j].k == tClose {
		// a party or place tag after the name: "Rep. Ana Ode (D-Wis.) said"
		for o := j - 1; o > lo && j-o <= 8; o-- {
			if toks[o].k == tOpen {
				j = o - 1
				break
			}
		}
	} else if j > lo+1 && toks[j].k == tComma && toks[j-1].k == tClose {
		// a tag with a comma inside after a name set off by commas:
		// "the cabinet member for finance, Cllr Anne Price (Lab,
		// Riverside), said" reads as "…, Cllr Anne Price, said"
		for o := j - 2; o > lo+1 && j-o <= 8; o-- {
			if toks[o].k == tOpen {
				if toks[o-1].k == tWord && capitalised(toks[o-1]) && st.commaIn(toks[o+1:j-1]) {
					toks = append(append(toks[:o:o], toks[j]), toks[j+1:]...)
					v -= j - o
					j = o
				}
				break
			}
			if toks[o].k != tWord && toks[o].k != tComma {
				break
			}
		}
	}
	if j < lo {
		return 0, false
	}
	if j > lo+3 && toks[j].k == tComma && toks[j-1].k == tQuote && tail == nil {
		// "Janine Kell, who had taken the day off work ‘just in case’,
		// told": a few quoted words that end the clause set off before the
		// verb are read as its words, without their marks
		for o := j - 2; o > lo && j-o <= 14 && toks[o].k != tComma; o-- {
			if toks[o].k == tQuote {
				if o+1 < j-1 {
					t2 := make([]tok, 0, len(toks)-2)
					t2 = append(append(append(t2, toks[:o]...), toks[o+1:j-1]...), toks[j:]...)
					if s, ok := st.npFromOne(t2, v-2, lo, nil); ok && s < o {
						return s, true
					}
				}
				break
			}
		}
	}
	titleOpen := -1 // the opening mark of a title whose marks hold the set-off comma
	if j > lo+1 && toks[j].k == tQuote && toks[j-1].k == tComma {
		if o := st.titleOpenBefore(toks, j, lo); o > lo {
			j-- // "…, who cast her in “Salt and Iron,” said": the set-off comma inside the title's marks
			titleOpen = o
		}
	}
	if toks[j].k == tComma && j > lo+4 {
		// "…, Hon. Musa Yakubu, while speaking to our correspondent,
		// said": a participle's phrase of how or when set off before the
		// verb is read past, to the subject and its own set-off words
		for o := j - 2; o > lo+1 && j-o <= 12 && toks[o].k != tQuote; o-- {
			if toks[o].k != tComma {
				continue
			}
			w := st.word(toks[o+1])
			if (w == "while" || w == "whilst" || w == "when") && strings.HasSuffix(st.word(toks[o+2]), "ing") && o+2 < j && toks[o-1].k == tWord && capitalised(toks[o-1]) {
				j = o
				if !st.commaIn(toks[lo:o]) {
					j = o - 1 // no name set off before it: the subject ends at the comma
				}
			}
			break
		}
	}
	if toks[j].k == tComma {
		if k := st.titleSetOffName(toks, j, lo); k > lo {
			return k, true
		}
		if p := st.statementSetOff(toks, j, lo); p > lo {
			// "The commission, in a statement signed by its spokesperson,
			// Mr Tunji Olatoye, said": the body speaks through the
			// statement; the name inside its phrase is no subject
			return st.npFrom(toks, p, lo, nil)
		}
		if w := st.whoSetOff(toks, j); w > lo {
			// "Lund, who, after trading insults with Ode, said": the
			// relative pronoun's antecedent
			return st.npFrom(toks, w+1, lo, nil)
		}
		if w := st.setOffWho(toks, j, lo); w > lo+1 && toks[w-2].k == tWord && !capitalised(toks[w-2]) {
			if p := st.reducedRelative(toks, w-1, lo); p > lo {
				// "Two officials involved in drafting the text, who asked
				// not to be named, said": the noun before the participle,
				// not its object
				if s, ok := st.npBackward(toks, p, lo); ok {
					return s, true
				}
			}
		}
		// X, <appositive or clause>, said
		c := j - 1
		if titleOpen > lo {
			// "The assessment, titled “Three Seasons Without Rain:
			// Northern Tasuria Outlook,” warned": read on before the
			// title, whose words may hold a colon
			c = titleOpen
		}
		if q := st.setOffState(toks, j, lo); q > lo {
			if b := subordinatorBefore(st, toks, q, lo); b >= 0 {
				// "after a woman in Worcester, Mass., told him": the
				// subordinate clause's subject, with no appositive
				// before its place
				return b + 1, true
			}
			c = q - 1 // "Lund, a clerk near Arden, Maine, said"
		}
		for ; c > lo && j-c < 30; c-- {
			if st.numberComma(toks, c) {
				continue // the comma inside a number: "about 6,000 workers"
			}
			if st.nameListComma(toks, c, j, lo) {
				continue // a list of names after a preposition: "…, which brings together the ministers of Orlenia, Vastria and Peltavia, said"
			}
			if q := st.setOffState(toks, c, lo); q > lo {
				// "Malik, one of the attackers in San Bernardino, Calif.,
				// reported": a state set off after a place is no
				// appositive; read on before the place
				c = q
				continue
			}
			if toks[c].k == tComma && c-3 >= lo && toks[c-2].k == tComma && isNumber(st.word(toks[c-1])) && capitalised(toks[c-3]) {
				c -= 2 // an age between commas: "Schiff, 56, who has served …, told"
			}
			if toks[c].k == tComma && c-3 >= lo {
				// a party and state between commas: "Sen. Ivo Lund, R-Kell,
				// the bill's sponsor, said", "Ode, D-Varn., said"
				k := c - 1
				if abbrevStop(toks, k) {
					k--
				}
				if k-1 >= lo && toks[k-1].k == tComma && partyTag(st.word(toks[k])) && capitalised(toks[k-2]) {
					c = k - 1
				} else if k-2 >= lo && toks[k-2].k == tComma && toks[k].k == tWord && capitalised(toks[k]) && partyTag(st.word(toks[k-1])) && capitalised(toks[k-3]) {
					c = k - 2 // "Rep. Alma Puente, R-North Cedar, said": a place of two words
				}
			}
			if toks[c].k == tComma && c+1 < j && st.word(toks[c+1]) == "which" && c-1 > lo && toks[c-1].k == tWord && capitalised(toks[c-1]) && st.commaIn(toks[max(lo, c-12):c-1]) && !st.openingPhraseUntil(toks, lo, c-1) {
				continue // "Ames, a lawyer with the Tenants' Legal Project, which brought the case, called": which's noun, in an appositive, is no subject
			}
			if toks[c].k == tComma && c == lo+1 && c+2 < j && (st.word(toks[lo]) == "One" || st.word(toks[lo]) == "Another") && capitalised(toks[c+1]) {
				// "One, Ana Lucía Serrano of Brookhaven, wrote": the name
				// set off after "One"
				e := c + 1
				for e < j && toks[e].k == tWord && capitalised(toks[e]) {
					e++
				}
				if e-(c+1) >= 2 && (e == j || st.word(toks[e]) == "of" || st.word(toks[e]) == "from") {
					return c + 1, true
				}
			}
			if toks[c].k == tComma && c > lo+2 && st.titledNameUpTo(toks, c+1, j) {
				if d := st.word(toks[lo]); isDeterminer(d) || possessiveWord(d) {
					// "The Rector of Ogbere College, Iwaro, Engr. Samuel
					// Adegoke, told": the titled name set off last is the
					// one the description before it names
					return c + 1, true
				}
			}
			if toks[c].k == tComma {
				if k := st.roleThenName(toks, c, j, lo); k > c {
					// "The mediator, former Lusanian president Amadou
					// Reste, told", "The government's chief whip, Marcus
					// Tell of the Unity Party, told"
					return k, true
				}
				// "Ana Ode, …, said", "Rep. Ana Ode (D-Wis.), …, said"
				if c-2 >= lo && c+1 < j && toks[c-1].k == tWord && st.roleWord(toks[c-1]) && capitalised(toks[c+1]) {
					// "The local MP, Caroline Ashdown, said", "Another outside
					// expert, Dr. Lena Hale of the Kell School, said": a role,
					// then the name
					d := st.word(toks[max(c-3, lo)])
					k := c + 1
					for k < j && (toks[k].k == tWord && capitalised(toks[k]) || abbrevStop(toks, k)) {
						k++
					}
					if (isDeterminer(d) || d == "Another" || d == "another" || possessiveWord(st.word(toks[c-2])) || st.possessiveTitleOpen(toks, c-2, lo)) && (k == j || k < j && isPreposition(st.word(toks[k])) && st.word(toks[k]) != "to") {
						// and "Wexmoor’s MP, Owen Prideaux, said"
						return c + 1, true
					}
				}
				if c-1 >= lo && (toks[c-1].k == tWord && capitalised(toks[c-1]) || toks[c-1].k == tClose || st.numberedName(toks, c-1, lo)) {
					s, ok := st.npBackward(toks, c, lo)
					if ok {
						// "Ashcombe and Wendle", "Castlebridge and Wexmoor
						// Police": one name of two joined by "and"
						s = st.andJoinedName(toks, s, lo)
					}
					if h := st.hometownBefore(toks, s, lo); ok && h > lo {
						// "Tomas Reyl, 47, of Lessny, Valmark, said": a
						// hometown set off after the name, read past
						c = h + 1
						continue
					}
					if pw := st.word(toks[max(s-1, 0)]); ok && s > lo && toks[s-1].k == tWord && (pw == "in" || pw == "near") && st.capitalsOnly(toks[c+1:j]) && !st.givenFirst(st.text[toks[c+1].s:toks[j-1].e]) &&
						!(st.setOffName(toks, c, j) > c && st.roleOfBefore(toks, c, lo)) { // not "Leader of the Opposition in the Municipal Council, Suresh Gowda, accused"
						// "a team … in Greenbelt, Maryland, has confirmed": a
						// place after a preposition is no subject
						return 0, false
					}
					if ok && s-2 >= lo && (st.word(toks[s-1]) == "of" || st.word(toks[s-1]) == "for") && toks[s-2].k == tWord && (!capitalised(toks[s-2]) || st.roleWord(toks[s-2])) &&
						c+1 < j && capitalised(toks[c+1]) && st.nameUpTo(toks, c+1, j) {
						// "The mayor of Arden, Ana Ode, said", "the
						// Commissioner for Health, Dr. Ana Ode, said": the
						// name set off after the role
						return c + 1, true
					}
					if ok && c+1 < j && capitalised(toks[c+1]) && st.nameUpTo(toks, c+1, j) {
						for o := s + 1; o+1 < c && o-s <= 5; o++ {
							if w := st.word(toks[o]); (w == "of" || w == "for") && st.roleWord(toks[o-1]) {
								// "The Chairman of Kell Council, Ivo Lund,
								// said": the role's phrase holds the place
								return c + 1, true
							}
						}
					}
					if ok && c+1 < j && c-1 > s && capitalised(toks[c+1]) && st.roleWord(toks[c-1]) && (isDeterminer(st.word(toks[s])) || s > lo && isDeterminer(st.word(toks[s-1]))) {
						// "The Vice-Chancellor, Prof. (Mrs.) Theodora Mensah,
						// said": a capitalised title after "the", then the name
						if k := st.setOffName(toks, c, j); k > c {
							return k, true
						}
						if st.nameUpTo(toks, c+1, j) {
							return c + 1, true
						}
					}
					if k := st.setOffName(toks, c, j); ok && k > c && st.roleOfBefore(toks, c, lo) {
						// "The leader of the opposition Liberal Alliance, Owen
						// Tregarthen, accused", "The head of the mission from
						// the Concord, former prime minister Gerta Vollmann,
						// said": the name set off after a role's long phrase
						return k, true
					}
					if ok && c+1 < j && capitalised(toks[c+1]) && st.nameUpTo(toks, c+1, j) && st.relativeBefore(toks, lo, s) {
						// "The company that runs the AMAs, Dick Clark
						// Productions, denies": the name set off after a
						// phrase whose relative clause holds the other name
						return c + 1, true
					}
					if ok && s-2 > lo && toks[s-1].k == tComma {
						// "Teresa Molnar, whose husband, Karl, was killed,
						// said": the name set off inside a relative clause
						// is not its subject
						for k := s - 2; k > lo && s-2-k < 4 && toks[k].k == tWord; k-- {
							if w := st.word(toks[k]); (w == "whose" || w == "who") && toks[k-1].k == tComma {
								if s2, ok2 := st.npBackward(toks, k-1, lo); ok2 {
									return st.appositiveHead(toks, s2, lo), true
								}
								break
							}
						}
					}
					if ok && s-2 > lo && st.word(toks[s-1]) == "and" && capitalised(toks[s-2]) && capitalised(toks[s]) {
						// "Tetrault, president of the Woodworkers and Allied
						// Trades Union, which …, said": one name with and
						if s2, ok2 := st.npBackward(toks, s-1, lo); ok2 && s2 < s-1 {
							s = s2
						}
					}
					if ok && s-2 > lo && (st.word(toks[s-1]) == "for" || st.word(toks[s-1]) == "of") && capitalised(toks[s-2]) && capitalised(toks[s]) {
						// "Dr. Matthias Berle of the Federal Institute for
						// Snow and Avalanche Research, whose team …, said":
						// the name that a body's "for" or "of" goes on from
						if s2, ok2 := st.npBackward(toks, s+1, lo); ok2 && s2 < s-1 {
							s = s2
						}
					}
					if ok {
						return st.appositiveHead(toks, s, lo), true
					}
				}
				// <role>, <name>, said: "Scott’s niece, (state Del.) Marcia
				// Price, said", up to four lower-case role words before the name
				k := c + 1
				for k < j && k-c <= 4 && toks[k].k == tWord && !capitalised(toks[k]) && !isClauseBoundary(st.word(toks[k])) && !isPreposition(st.word(toks[k])) {
					k++
				}
				if k < j && capitalised(toks[k]) && !isOpener(st.word(toks[k])) && !timeName(st.word(toks[k])) && c-1 >= lo && toks[c-1].k == tWord && st.nameUpTo(toks, k, j) {
					// not a day after a participle: "The first ad, launched
					// Wednesday, argued"
					return k, true
				}
				if c+2 < j && c-1 >= lo && toks[c-1].k == tWord && st.orgNoun(st.word(toks[c-1])) && st.word(toks[c+1]) == "the" && st.bodyNameUpTo(toks, c+2, j) {
					// "A rider advocacy group, the Straphangers Alliance of
					// Port Calder, said": the body's name set off after
					// its description
					return c + 2, true
				}
				// <determiner phrase>, <appositive>, said: "The Bush-era
				// whistleblower, a protégé of Bolton, would have claimed";
				// a plural needs no determiner where it opens the sentence:
				// "Port officials, who spoke on condition of anonymity, said"
				if c-1 >= lo && toks[c-1].k == tWord && !capitalised(toks[c-1]) {
					if s, ok := st.npBackward(toks, c, lo); ok && (isDeterminer(st.word(toks[s])) || s == 0 && (strings.HasSuffix(st.word(toks[c-1]), "s") || st.pluralOf(toks, s, c)) ||
						s > lo && toks[s-1].k == tComma && possessiveWord(st.word(toks[s]))) && st.headKind(toks, s, c-1) != kindThing && // and "…, Simon Quayle, Ann’s brother, who …, said"

						(s == lo || toks[s-1].k != tWord || !isPrepositionAnyCase(st.word(toks[s-1])) && !isOpener(st.word(toks[s-1]))) {
						if w := st.relativeOpenBefore(toks, lo, s); w > lo {
							// "Augusta Pell, who played with him until his final
							// engagement, at the Blue Lantern, said": the phrase
							// is in the relative clause; its antecedent speaks
							if s2, ok2 := st.npBackward(toks, w-1, lo); ok2 {
								return s2, true
							}
						}
						return s, true // not "During the call, he asked …, called"
					}
				}
				break
			}
			if toks[c].k == tQuote {
				if o := st.titleOpenBefore(toks, c, lo); o > lo {
					c = o // "Ardent-Fry, who cast her after seeing her in “Salt and Iron,” said": a title in the set-off clause
					continue
				}
				if st.titleEnd(toks, c) > c {
					continue // the title's opening mark, its words read already
				}
				if o := nicknameOpen(toks, c+1, lo); o > lo {
					c = o // "Scott's niece, Marcia “Cia” Price, shouted": a nickname inside the name
					continue
				}
			}
			if toks[c].k != tWord && toks[c].k != tOpen && toks[c].k != tClose && !abbrevStop(toks, c) && !st.possessiveMark(toks, c) && !st.ampersand(toks, c) &&
				!(toks[c].k == tOther && strings.ContainsAny(st.word(toks[c]), "$£€%0123456789")) { // an amount: "who lost £148,000,"
				break
			}
		}
		return 0, false
	}
	if toks[j].k != tWord {
		return 0, false
	}
	w := st.word(toks[j])
	if _, ok := isPronoun(w); ok || w == "it" || w == "It" {
		return j, true // it: an organisation's (resolveGroups)
	}
	if w == "I" || w == "we" || w == "We" || w == "you" || w == "You" || w == "to" || w == "To" || w == "Why" || w == "why" || w == "How" || indefinite(w) {
		return 0, false // "To confirm the link, …": a purpose, no speaker; "Why not just say: …" asks
	}
	if stem, ok := uncontract(w); ok {
		// "he’d say", "as we’ve said": the pronoun's, or no one's
		if _, pron := isPronoun(stem); pron {
			return j, true
		}
		return 0, false
	}
	if w == "who" && j > lo {
		// "a career officer who described …", "the mayor, who called …":
		// the relative pronoun's antecedent is the subject
		if toks[j-1].k == tWord {
			return st.npBackward(toks, j, lo)
		}
		if toks[j-1].k == tComma && j-1 > lo && toks[j-2].k == tWord {
			if s, ok := st.appositiveBefore(toks, j-1, lo); ok {
				return s, true // "McConnell, now the majority leader, who said"
			}
			s, ok := st.npBackward(toks, j-1, lo)
			if ok {
				s = st.andJoinedName(toks, s, lo) // "Cardle, of Castlebridge and Wexmoor Police, who"
			}
			if h := st.hometownBefore(toks, s, lo); ok && h > lo {
				// "Dana Pruitt, 34, of Orville Falls, New Halvern, who
				// said": the name before the hometown, and an age
				if h-2 > lo && toks[h-2].k == tComma && isNumber(st.word(toks[h-1])) {
					h -= 2
				}
				return st.npBackward(toks, h, lo)
			}
			return s, ok
		}
	}
	if isClauseBoundary(w) || isPreposition(w) || isDeterminer(w) && !st.ofNumber(toks, j) || isOpener(w) {
		return 0, false
	}
	if isNumber(w) && j-3 >= lo && st.numberedName(toks, j, lo) && st.word(toks[j-2]) == "of" && toks[j-3].k == tWord && capitalised(toks[j-3]) {
		j -= 3 // "Council Member Ana Ode of District 5 said": the name, before the district that ends her affiliation
	}
	s := j
	if capitalised(toks[j]) {
		for s-1 >= lo && (toks[s-1].k == tWord || s-2 >= lo && st.ampersand(toks, s-1) || toks[s-1].k == tQuote) {
			if toks[s-1].k == tQuote {
				if o := nicknameOpen(toks, s, lo); o > lo {
					s = o // "Marcia “Cia” Price said": the nickname inside the name
					continue
				}
				if s-2 >= lo && capitalised(toks[s-2]) && st.possessiveMark(toks, s-1) {
					s-- // "the Kell Teachers’ Union said": a plural possessive inside the name
					continue
				}
				break
			}
			if toks[s-1].k != tWord {
				s-- // "Western Ridge Power & Light"
				continue
			}
			pw := st.word(toks[s-1])
			if capitalised(toks[s-1]) && !notNameWord(pw) && !isOpener(pw) || isParticle(pw) {
				s--
				continue
			}
			if n, ti := st.matchTitle(toks[s-1:]); n > 0 && ti.kind != kindOrg {
				s--
				continue
			}
			if pw == "of" && s-2 >= lo && toks[s-2].k == tWord && capitalised(toks[s-2]) {
				s--
				continue
			}
			if ordinalDay(pw) && s-2 >= lo && toks[s-2].k == tWord && capitalised(toks[s-2]) {
				s-- // "Santa Rosita’s 2nd District": a district's number inside its name
				continue
			}
			if r := st.lowerPortfolioBefore(toks, s, lo); r >= 0 {
				s = r // "Foxes president of basketball operations Samuel Achebe-Ford said"
				continue
			}
			if pw == "from" && s-3 >= lo {
				if d := st.nounPhraseFrom(toks, s-2, lo); d >= 0 && (st.word(toks[d]) == "the" || st.word(toks[d]) == "The") {
					s = d // "the former software tester from Brennan Hills announced": the person, not the place
					break
				}
			}
			if pw == "for" && s-2 >= lo && toks[s-2].k == tWord && capitalised(toks[s-2]) && st.roleWord(toks[s-2]) {
				s-- // "the Minister for Foreign Affairs said", "the UN High Commissioner for Refugees said": the office's portfolio
				continue
			}
			if t := st.portfolioBefore(toks, s, lo); t >= lo {
				s = t // "Minister for Trade and Industry Ana Ode said"
				continue
			}
			if s-4 >= lo && !capitalised(toks[s-1]) && st.word(toks[s-2]) == "the" && st.word(toks[s-3]) == "of" && toks[s-4].k == tWord && capitalised(toks[s-4]) &&
				!finite(pw) && !isPreposition(pw) && !isClauseBoundary(pw) && !st.cueAt(toks, s-1) {
				s-- // "Paul Brandt of the opposition Liberal Party": a word that describes the party
				continue
			}
			if (pw == "for" || pw == "on") && s-2 >= lo && toks[s-2].k == tWord && st.orgWord(&toks[s-2]) {
				s-- // "the National Institute on Drug Abuse"
				continue
			}
			if isDeterminer(pw) && pw != "that" && pw != "this" || pw == "special" || pw == "senior" || pw == "chief" || pw == "former" || pw == "deputy" || pw == "acting" {
				// not "that": "adding that Drenovar expected …" opens a clause
				s--
				continue
			}
			break
		}
		// "Foreign Minister Lena Morrow of Varnia": take the name before "of"
		if s-2 >= lo && toks[s-1].k == tWord && st.word(toks[s-1]) == "to" && toks[s-2].k == tWord {
			if n, ti := st.matchTitle(toks[s-2:]); n == 1 && ti.kind != kindOrg {
				// "ambassador to Britain Liu Xiaoming", "envoy to Ukraine
				// Kurt Volker": the place the role is to goes first; with
				// no name after it the role is the subject ("Varnia’s
				// ambassador to Britain said")
				if k := st.nameAfterPlace(toks, s, j); k > s {
					s = k
				} else if r, ok := st.npBackward(toks, s-1, lo); ok && r < s-1 {
					s = r
				}
			}
		}
		if s-2 > lo && toks[s-1].k == tWord && toks[s-2].k == tWord && st.word(toks[s-1]) == "by" && sawDocument(st.word(toks[s-2])) {
			// "A memo seen by the Guardian states:": the paper read it
			if r, ok := st.npBackward(toks, s-2, lo); ok {
				return r, true
			}
		}
		if s-2 > lo && toks[s-1].k == tWord && toks[s-2].k == tWord && isPreposition(st.word(toks[s-1])) && speakingAside(st.word(toks[s-2])) {
			// "Another source speaking to Fox News said": the name is
			// whom the subject spoke to
			if r, ok := st.npBackward(toks, s-2, lo); ok {
				return r, true
			}
		}
		return s, true
	}
	// a common-noun phrase: back to its determiner, through "for the", "with the"
	limit := 8
	for s-1 >= lo && j-s < limit {
		if toks[s-1].k == tQuote && s-2 >= lo && toks[s-2].k == tWord && strings.HasSuffix(st.word(toks[s-2]), "s") {
			s-- // a plural possessive: "the Joneses' plan"
			continue
		}
		if s-2 >= lo && st.numberComma(toks, s-1) {
			s-- // "one study in over 40,000 adults found"
			continue
		}
		if toks[s-1].k != tWord {
			break
		}
		pw := st.word(toks[s-1])
		if (pw == "and" || pw == "or") && st.prepositionBefore(toks, s-1, lo) {
			// "Experts on Varnia and nuclear trade said": the object of
			// "on" is a pair; "the former secretary of state and current
			// nominee said"
			s--
			limit = 12
			continue
		}
		if pw == "and" && st.rolesBefore(toks, s-1, lo) {
			// "the independent Tarn senator and Labour candidate told":
			// one person's two roles
			s--
			limit = 12
			continue
		}
		if (pw == "that" || pw == "this" || pw == "these" || pw == "those") && s-2 >= lo && toks[s-2].k == tWord && isPreposition(st.word(toks[s-2])) {
			s -= 2 // "Residents of that road said": a demonstrative after a preposition opens no clause
			continue
		}
		if isClauseBoundary(pw) || pw == "But" || pw == "And" || subordinating(pw) || pw == "Despite" || pw == "During" || connective(pw) {
			break // "Before the chief medical examiner concluded"
		}
		if isPreposition(st.word(toks[s])) && (simplePast(pw) || finite(pw)) {
			// "Haverley wrote to staff on Wednesday urging": a verb and its
			// preposition's object; a participle's phrase ("officials
			// involved in the talks") is the noun's
			break
		}
		s--
		if isDeterminer(pw) {
			if s-1 >= lo && toks[s-1].k == tWord && isPreposition(st.word(toks[s-1])) {
				s--
				continue
			}
			return s, true
		}
		if isPreposition(pw) && (s-1 < lo || toks[s-1].k != tWord) && !st.quantityAt(toks, s) {
			return 0, false
		}
	}
	// bare plural or capitalised group at the clause start: "Regional analysts"
	if (j-s <= 5 || limit > 8 && j-s < limit) && (s == lo || toks[s-1].k != tWord || s-1 == lo && sentenceConnective(st.word(toks[s-1])) || st.word(toks[s-1]) == "what") {
		if isPrepositionAnyCase(st.word(toks[s])) && !st.quantityAt(toks, s) {
			return 0, false
		}
		if s-1 == lo && s > lo && (st.word(toks[s-1]) == "But" || st.word(toks[s-1]) == "And") {
			// after "But": only nouns and their modifiers ("But port
			// officials said"), not "But hearing him say", "But Ode also
			// struck populist notes"
			for k := s; k <= j; k++ {
				if w := st.word(toks[k]); isObjectPronoun(w) || isAdverb(w) || w == "also" || w == "still" || w == "not" || w == "never" || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing") || finite(w) {
					return 0, false
				}
			}
		}
		return s, true
	}
	if s-2 >= lo && st.quantityThan(toks, s-1) && (s-2 == lo || toks[s-3].k != tWord) && j-s <= 5 {
		return s - 2, true // "Fewer than 300 dockers said": the bound opens the subject
	}
	return 0, false
}

// quantityAt reports whether toks[s] opens a quantity's bound, "at
// least" or "at most", which its preposition's look does not make a
// phrase of place: "At least half of voters say".
func (st *state) quantityAt(toks []tok, s int) bool {
	if s+1 >= len(toks) || toks[s+1].k != tWord {
		return false
	}
	w, n := st.word(toks[s]), st.word(toks[s+1])
	return (w == "at" || w == "At") && (n == "least" || n == "most")
}

// quantityBefore returns where a subject that starts at toks[s] starts
// with the bound of its quantity before it ("at least a dozen
// residents", "more than a third of voters"), else s.
func (st *state) quantityBefore(toks []tok, s, lo int) int {
	if s-2 >= lo && (st.quantityAt(toks, s-2) || st.quantityThan(toks, s-1)) {
		return s - 2
	}
	return s
}

// sentenceConnective reports the words that may open a sentence before
// a bare plural subject: a subordinating conjunction ("When officials
// said …"), "But" and "And".
func sentenceConnective(w string) bool {
	return subordinating(w) || w == "But" || w == "And"
}

// nameAfterPlace returns where the name starts in the capitalised words
// toks[s:j+1] that follow "<role> to": at a given name the lexicon knows
// ("Ukraine Kurt Volker"), else, in three words or more, at the last two
// ("Britain Liu Xiaoming"); two words are taken as the name.
func (st *state) nameAfterPlace(toks []tok, s, j int) int {
	for k := s + 1; k < j; k++ {
		if _, ok := st.lx.firstNames[st.word(toks[k])]; ok {
			return k
		}
	}
	if j-s >= 2 {
		return j - 1
	}
	return s
}

// relativeBefore reports whether a relative pronoun stands in the few
// words toks[lo:s] just before s: s is then inside a relative clause.
func (st *state) relativeBefore(toks []tok, lo, s int) bool {
	for k := s - 1; k >= lo && s-k <= 5; k-- {
		if toks[k].k != tWord {
			return false
		}
		if w := st.word(toks[k]); isRelative(w) || w == "that" {
			return k > lo
		}
	}
	return false
}

// personNamed reports whether name is the canonical name of a person the
// article names.
func (st *state) personNamed(name string) bool { return st.namedOfKind(name, false) }

// capitalsOnly reports whether toks are one to three capitalised words,
// such as a place ("Maryland", "New South Wales").
func (st *state) capitalsOnly(toks []tok) bool {
	if len(toks) == 0 || len(toks) > 3 {
		return false
	}
	for _, t := range toks {
		if t.k != tWord || !capitalised(t) {
			return false
		}
	}
	return true
}

// connective reports the capitalised adverbs that open a sentence before
// its subject: "Yet fires have continued", "Still, officials said".
func connective(w string) bool {
	switch w {
	case "Yet", "Still", "Then", "Now", "However", "Meanwhile", "Also", "So", "Or", "Instead", "Indeed":
		return true
	}
	return false
}

// isPrepositionAnyCase is isPreposition of w in lower case ("In", "FOR").
// An ASCII word is lowered in a small buffer; strings.ToLower, which
// allocates for a word with a capital, is left to the rare word with
// other letters. No preposition is shorter than two letters or longer
// than six, in any case (no other letter lowers to an ASCII one of theirs).
func isPrepositionAnyCase(w string) bool {
	var b [len("within")]byte
	if len(w) < len("of") || len(w) > len(b) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return isPreposition(strings.ToLower(w))
		}
		if i < len(b) {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
		}
	}
	return len(w) <= len(b) && isPreposition(string(b[:len(w)]))
}

// hometownBefore returns the index of the comma that opens a hometown
// set off after a name when toks[s] starts its place or region: ", of
// Lessny," and ", of Orville Falls, New Halvern," open at the comma before
// "of" (or "from"). Else it returns -1.
func (st *state) hometownBefore(toks []tok, s, lo int) int {
	k := s
	if k-2 > lo && toks[k-1].k == tComma && toks[k-2].k == tWord && capitalised(toks[k-2]) {
		// the region after the place: "Orville Falls, New Halvern"
		k -= 2
		for k-1 > lo && toks[k-1].k == tWord && capitalised(toks[k-1]) {
			k--
		}
	}
	if k-2 >= lo && toks[k-1].k == tWord && toks[k-2].k == tComma {
		if w := st.word(toks[k-1]); w == "of" || w == "from" {
			return k - 2
		}
	}
	return -1
}

// titleOpenBefore returns the index of the opening mark of the title
// that the quote mark toks[c] closes, when one opens within sixteen tokens
// before it (not before lo), else -1.
func (st *state) titleOpenBefore(toks []tok, c, lo int) int {
	for o := c - 1; o > lo && c-o <= 16; o-- { // "Stone and Faith: The Quarry Churches of Selbury": a title and its subtitle
		if toks[o].k == tQuote {
			if k := st.titleEnd(toks, o); k >= c {
				return o
			}
			return -1
		}
	}
	return -1
}

// setOffState returns the index of the preposition before a place when
// toks[c] is the comma that closes a US state set off after the place:
// "in Kellton, Va.," and "near Arden, Maine," give the index of "in" and
// "near". Else it returns -1. The place is one to three capitalised
// words.
func (st *state) setOffState(toks []tok, c, lo int) int {
	if toks[c].k != tComma || c-3 < lo || toks[c-2].k != tComma && toks[c-3].k != tComma {
		return -1 // most commas: no "Place, State," before them
	}
	b := c - 1 // the comma before the state
	switch {
	case toks[b].k == tWord && usState(st.word(toks[b])):
		b--
	case toks[b-1].k == tWord && toks[b].k == tWord && capitalised(toks[b-1]) && usState(st.word(toks[b-1])+" "+st.word(toks[b])):
		b -= 2 // "New Mexico", "West Va."
	default:
		return -1
	}
	if b-1 <= lo || toks[b].k != tComma || toks[b-1].k != tWord || !capitalised(toks[b-1]) {
		return -1
	}
	for q := b - 2; q >= lo && b-1-q <= 3; q-- {
		if toks[q].k != tWord {
			return -1
		}
		if capitalised(toks[q]) {
			continue
		}
		switch st.word(toks[q]) {
		case "in", "near", "from", "outside", "of":
			return q
		}
		return -1
	}
	return -1
}

// usStates holds the US states' names and their abbreviations in AP
// style, with the postal codes that datelines use.
var usStates = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range strings.Split("Alabama Ala. AL|Alaska AK|Arizona Ariz. AZ|Arkansas Ark. AR|California Calif. CA|"+
		"Colorado Colo. CO|Connecticut Conn. CT|Delaware Del. DE|Florida Fla. FL|Georgia Ga. GA|Hawaii HI|Idaho ID|"+
		"Illinois Ill. IL|Indiana Ind. IN|Iowa IA|Kansas Kan. KS|Kentucky Ky. KY|Louisiana La. LA|Maine ME|"+
		"Maryland Md. MD|Massachusetts Mass. MA|Michigan Mich. MI|Minnesota Minn. MN|Mississippi Miss. MS|"+
		"Missouri Mo. MO|Montana Mont. MT|Nebraska Neb. NE|Nevada Nev. NV|New_Hampshire N.H. NH|New_Jersey N.J. NJ|"+
		"New_Mexico N.M. NM|New_York N.Y. NY|North_Carolina N.C. NC|North_Dakota N.D. ND|Ohio OH|Oklahoma Okla. OK|"+
		"Oregon Ore. OR|Pennsylvania Pa. PA|Rhode_Island R.I. RI|South_Carolina S.C. SC|South_Dakota S.D. SD|"+
		"Tennessee Tenn. TN|Texas TX|Utah UT|Vermont Vt. VT|Virginia Va. VA|Washington Wash. WA|West_Virginia W.Va. W._Va. WV|"+
		"Wisconsin Wis. WI|Wyoming Wyo. WY|D.C. DC", "|") {
		for _, f := range strings.Fields(s) {
			m[strings.ReplaceAll(f, "_", " ")] = true
		}
	}
	return m
}()

func usState(w string) bool { return usStates[w] }

// possessorsWords reads a sentence that ends in a colon before a quote
// and opens with a name's words: "Lund’s message to the town was
// simple:", "Ode’s reply was blunt:". The mention is the name, without
// its possessive ending, or the pronoun of "Her answer was blunt:".
func (st *state) possessorsWords(toks []tok) (attribution, bool) {
	for p := 0; p+1 < len(toks) && p < 16; p++ {
		if toks[p].k != tWord || toks[p+1].k != tWord {
			continue
		}
		w := st.word(toks[p])
		n := p + 1 // the possessed noun, after "own": "Janet’s own view"
		if st.word(toks[n]) == "own" && n+1 < len(toks) && toks[n+1].k == tWord {
			n++
		}
		switch w {
		case "His", "Her", "his", "her":
			// "Her answer was blunt:", "Ask her …, and her answer is
			// blunt:": the pronoun's, at the head of the sentence or of
			// its last clause
			if p > 0 && !(st.word(toks[p-1]) == "and" && p > 1 && toks[p-2].k == tComma) {
				continue
			}
			if !possessedWords(st.word(toks[n])) {
				continue
			}
			return attribution{mention: Span{toks[p].s, toks[p].e}}, true
		}
		if p >= 4 || !capitalised(toks[p]) || !possessiveWord(w) {
			continue
		}
		if !possessedWords(st.word(toks[n])) {
			return attribution{}, false
		}
		end := toks[p].e - len("'s")
		if strings.HasSuffix(w, "’s") {
			end = toks[p].e - len("’s")
		}
		s := p
		for s > 0 && toks[s-1].k == tWord && capitalised(toks[s-1]) {
			s-- // "Ana Ode’s"
		}
		return attribution{mention: Span{toks[s].s, end}}, true
	}
	return attribution{}, false
}

// putIt reads a sentence that ends in a colon before a quote with "put
// it" or "summed it up" after its subject: "Ode put it bluntly:", "As one
// nurse put it:", "One trader summed it up:". The cue is those words.
func (st *state) putIt(toks []tok) (attribution, bool) {
	for v := 1; v+1 < len(toks) && v < 40; v++ {
		first := v + 2
		switch w := st.word(toks[v]); {
		case w == "put" && st.word(toks[v+1]) == "it":
		case (w == "summed" || w == "sums" || w == "sum") && st.word(toks[v+1]) == "it" && v+2 < len(toks) && st.word(toks[v+2]) == "up":
			first = v + 3 // "One trader … summed it up: “…”"
		default:
			continue
		}
	manner:
		for j := first; j < len(toks) && toks[j].k != tColon; j++ {
			// how it was put: "bluntly", "this way", "best", not "on
			// the table"
			switch w := st.word(toks[j]); {
			case toks[j].k != tWord || j > v+4:
				return attribution{}, false
			case isAdverb(w), w == "this", w == "way", w == "best", w == "well", w == "more", w == "most", w == "another", w == "simply":
			case j > first && (w == "during" || w == "at" || w == "in" || w == "after" || w == "before" || w == "on"):
				// "put it this way during public comment:": when or
				// where, a few words to the colon
				for k := j + 1; k < len(toks) && toks[k].k != tColon; k++ {
					if toks[k].k != tWord || k > j+5 {
						return attribution{}, false
					}
				}
				break manner
			default:
				return attribution{}, false
			}
		}
		s, e, _, ok := st.verbSubject(toks, v, 0)
		if !ok {
			return attribution{}, false
		}
		return attribution{mention: Span{toks[s].s, toks[e].e}, cue: Span{toks[v].s, toks[first-1].e}}, true
	}
	return attribution{}, false
}

// chantOf reads "the crowd broke into a chant of" before a quote: the
// words are the chant's, and those who chant are the subject of the
// clause that holds the noun, not a speaker of an earlier clause ("When
// he mentioned her name, the crowd broke into a chant of “…”"). toks[:n]
// are the words before the quote.
func (st *state) chantOf(toks []tok, n int) (attribution, bool) {
	if n < 4 || st.word(toks[n-1]) != "of" {
		return attribution{}, false
	}
	switch st.word(toks[n-2]) {
	case "chant", "chants", "chanting", "chorus", "cries", "cry", "shouts", "roar", "roars":
	default:
		return attribution{}, false
	}
	c := n - 3
	for c > 0 && toks[c-1].k != tComma && toks[c-1].k != tColon && toks[c-1].k != tSemi && n-c <= 12 {
		c--
	}
	// the subject runs to the clause's verb in the past: "the crowd
	// broke into", "supporters erupted in"
	for k := c + 1; k < n-3 && k-c <= 4; k++ {
		if toks[k].k != tWord {
			break
		}
		if w := st.word(toks[k]); irregularPast(w) || strings.HasSuffix(w, "ed") {
			if _, pron := isPronoun(st.word(toks[c])); isDeterminer(st.word(toks[c])) || pron || capitalised(toks[c]) {
				return attribution{mention: Span{toks[c].s, toks[k-1].e}, cue: Span{toks[n-2].s, toks[n-2].e}}, true
			}
			break
		}
	}
	return attribution{}, false
}

// possessedWords reports the nouns of someone's words that a sentence
// ending in a colon before a quote opens with: "Ode’s reply was blunt:",
// "Her case comes down to two sentences:".
func possessedWords(w string) bool {
	switch w {
	case "message", "response", "reply", "answer", "advice", "verdict", "warning", "plea", "explanation", "retort", "reaction", "view", "comment", "position",
		"case", "argument", "reasoning", "logic", "rationale", "justification", "assessment", "prediction", "forecast", "conclusion", "diagnosis",
		"complaint", "pitch", "promise", "request", "demand", "appeal", "instructions", "mantra", "motto", "philosophy", "thinking", "take":
		return true
	}
	return false
}

// accordingTail reads the source of "according to" at toks[i] after a
// quote: the noun phrase after "to", or the issuer after "from" or "by"
// when that phrase is a document ("a statement from Ode's office", "the
// report issued by the ministry").
func (st *state) accordingTail(toks []tok, i int) (attribution, bool) {
	a := i + 2
	j := st.npForward(toks, a)
	if j <= a {
		return attribution{}, false
	}
	doc := false // "a statement", "the statement issued"
	for k := a; k < j; k++ {
		doc = doc || st.lx.noun(st.word(toks[k])) == kindDocument
	}
	for k := j; doc && k+1 < len(toks) && k < j+3 && toks[k].k == tWord; k++ {
		if w := st.word(toks[k]); w == "from" || w == "by" {
			if e := st.npForward(toks, k+1); e > k+1 {
				a, j = k+1, e
			}
			break
		}
	}
	if !doc && j+2 < len(toks) && toks[j].k == tComma && (st.roleWord(toks[j-1]) || st.roleOfBefore(toks, j, a)) {
		// "…, according to the Executive Secretary of the State Emergency
		// Management Agency, Dr. Emmanuel Ortese-Iyough.": the name set
		// off after the role
		e := len(toks)
		for e > j+1 && toks[e-1].k != tWord {
			e--
		}
		if k := j + 1; e-k >= 2 && capitalised(toks[k]) && st.nameUpTo(toks, k, e) {
			a, j = k, e
		}
	}
	return attribution{mention: Span{toks[a].s, toks[j-1].e}, cue: Span{toks[i].s, toks[i+1].e}}, true
}

// abbrevStop reports whether toks[i] is a full stop that ends an
// abbreviation inside a tag rather than a sentence: the stop of "(D-Wis.)"
// or ", R-Ky.," before a closing bracket or a comma.
func abbrevStop(toks []tok, i int) bool {
	return toks[i].k == tStop && i > 0 && toks[i-1].k == tWord && toks[i-1].e == toks[i].s &&
		i+1 < len(toks) && (toks[i+1].k == tClose || toks[i+1].k == tComma)
}

// nameBeforeLongAside returns the end of a name of two to four capitalised
// words at toks[i] that a comma sets off from an aside, which a comma
// closes right before the verb toks[v]: the aside opens with a
// determiner or a word in lower case and holds no verb, relative pronoun
// or quote mark, only words and commas. Else it returns i.
func (st *state) nameBeforeLongAside(toks []tok, i, v int) int {
	n := i
	for n < v && n-i < 4 && toks[n].k == tWord && capitalised(toks[n]) {
		n++
	}
	if n-i < 2 || n+2 >= v || toks[n].k != tComma || toks[v-1].k != tComma || !st.nameUpTo(toks, i, n) || st.roleWord(toks[n-1]) {
		return i
	}
	if w := st.word(toks[n+1]); !isDeterminer(w) && capitalised(toks[n+1]) {
		// a title in capitals may open it: "Senior Vice President of Sales"
		r := n + 1
		for r < v && r < n+4 && toks[r].k == tWord && capitalised(toks[r]) && !st.roleWord(toks[r]) {
			r++
		}
		if r == v || r == n+4 || toks[r].k != tWord || !st.roleWord(toks[r]) {
			return i
		}
	}
	for k := n + 1; k < v-1; k++ {
		if toks[k].k == tComma {
			continue
		}
		if toks[k].k != tWord {
			return i
		}
		w := st.word(toks[k])
		if isRelative(w) || w == "that" || isFiniteAux(w) || !capitalised(toks[k]) && st.cueAt(toks, k) {
			return i
		}
	}
	return n
}

// nounPhraseFrom returns the index of the determiner that opens a phrase
// of lower-case words ending in the noun toks[h], which "from" and a place
// follow ("the former software tester from Brennan Hills"), or -1. The
// noun is no verb form, no document and no speech event ("a letter from
// Ana Ode" is hers).
func (st *state) nounPhraseFrom(toks []tok, h, lo int) int {
	if toks[h].k != tWord || capitalised(toks[h]) {
		return -1
	}
	w := st.word(toks[h])
	if _, verb := st.lx.verb(w); verb || fromVerb(w) || st.lx.noun(w) == kindDocument || speechEvent(w) || isDeterminer(w) || isPreposition(w) {
		return -1
	}
	for d := h - 1; d >= lo && h-d <= 4; d-- {
		if toks[d].k != tWord || capitalised(toks[d]) && !isDeterminer(st.word(toks[d])) {
			return -1
		}
		dw := st.word(toks[d])
		if isDeterminer(dw) {
			if dw == "that" || dw == "this" {
				return -1
			}
			return d
		}
		if isPreposition(dw) || isClauseBoundary(dw) {
			return -1
		}
	}
	return -1
}

// lowerPortfolioBefore returns the index of a role word that "of" and one
// to three lower-case words tie to the name at toks[s] ("president of
// basketball operations Samuel Achebe-Ford", "director of player
// personnel Ana Ode"), else -1.
func (st *state) lowerPortfolioBefore(toks []tok, s, lo int) int {
	k := s - 1
	for k > lo && s-k <= 3 && toks[k].k == tWord && !capitalised(toks[k]) && st.word(toks[k]) != "of" {
		w := st.word(toks[k])
		if isDeterminer(w) || isPreposition(w) || isClauseBoundary(w) || fromVerb(w) || st.cueAt(toks, k) {
			return -1
		}
		k--
	}
	if k == s-1 || k-1 < lo || toks[k].k != tWord || st.word(toks[k]) != "of" || toks[k-1].k != tWord || !st.roleWord(toks[k-1]) {
		return -1
	}
	if k-2 >= lo && toks[k-2].k == tWord && isDeterminer(st.word(toks[k-2])) {
		return -1 // "A resident of nearby Church Lane said": a role of a place, no title before a name
	}
	return k - 1
}

// fromVerb reports a word that may be a verb "from" follows ("came from
// Ana Ode", "hails from Kell", "heard from", "is from"), not a noun.
func fromVerb(w string) bool {
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || irregularPast(w) || finiteAux(w) {
		return true
	}
	switch w {
	case "come", "comes", "hail", "hails", "stem", "stems", "heard", "hear", "hears", "away", "back", "far", "apart", "one", "ones":
		return true
	}
	return false
}

// nameUpTo reports whether toks[k:j] hold a name, perhaps with a tag in
// brackets, and no lower-case word but a particle: "Marcia Price (D-Va.)",
// not "Syrian refugee who feared reprisals".
func (st *state) nameUpTo(toks []tok, k, j int) bool {
	depth := 0
	for i := k; i < j; i++ {
		switch toks[i].k {
		case tOpen:
			depth++
		case tClose:
			depth--
		case tWord:
			if depth == 0 && !capitalised(toks[i]) && !isParticle(st.word(toks[i])) {
				if e, n := st.portfolio(toks[:j], i); n > i {
					i = e - 1 // "Deputy Foreign Minister for Legal and International Affairs Kaveh Rostamian"
					continue
				}
				return false
			}
		}
	}
	return true
}

// appositiveBefore reads "Name, <appositive>" before the comma toks[c]:
// an appositive that opens with a determiner, perhaps after "now" or
// "then" ("McConnell, now the Senate majority leader,"), set off by a
// comma after a capitalised word. It returns where the name starts.
func (st *state) appositiveBefore(toks []tok, c, lo int) (int, bool) {
	for k := c - 1; k > lo && c-k < 12; k-- {
		if toks[k].k == tComma {
			a := k + 1
			if w := st.word(toks[a]); w == "now" || w == "then" || w == "formerly" {
				a++
			}
			if a >= c || !isDeterminer(st.word(toks[a])) || toks[k-1].k != tWord || !capitalised(toks[k-1]) {
				return 0, false
			}
			return st.npBackward(toks, k, lo)
		}
		if toks[k].k != tWord {
			return 0, false
		}
	}
	return 0, false
}

// rolesWithAnd reports whether toks are role words joined by "and" (and
// commas) before a name: "JPL scientist and study co-author", "chairman,
// CEO and president"; lower-case words or acronyms, no determiner,
// preposition, auxiliary or participle.
func (st *state) rolesWithAnd(toks []tok) bool {
	and := false
	for j, t := range toks {
		if t.k == tComma && j > 0 {
			continue
		}
		w := st.word(t)
		if t.k != tWord || capitalised(t) && !acronym(w) || isPreposition(w) || isDeterminer(w) || isAux(w) || strings.HasSuffix(w, "ing") {
			return false
		}
		if w == "and" {
			if j == 0 {
				return false
			}
			and = true
		} else if isClauseBoundary(w) {
			return false
		}
	}
	return and
}

// perfectWritten reports "has written" (or "have", "had") closing an
// attribution: "…,” Gleckman, a fellow at the center, has written.
// "written" is no cue anywhere else ("had written the song").
func (st *state) perfectWritten(toks []tok, v int) bool {
	if v < 1 || st.word(toks[v]) != "written" || v+1 < len(toks) && toks[v+1].k == tWord {
		return false
	}
	switch st.word(toks[v-1]) {
	case "has", "have", "had":
		return true
	}
	return false
}

// indefinite reports the pronouns that name no one: "nothing indicated".
func indefinite(w string) bool {
	switch w {
	case "nothing", "Nothing", "something", "Something", "anything", "Anything", "everything", "Everything":
		return true
	}
	return false
}

// uncontract returns the word a contraction of an auxiliary was made of
// ("he’d" → "he", "we've" → "we") and true, or false for any other word.
func uncontract(w string) (string, bool) {
	if n := len(w); n < 3 || w[n-1] != 'd' && w[n-1] != 'l' && w[n-1] != 'e' && w[n-1] != 'm' {
		return "", false
	}
	// the apostrophe (' or the three bytes of ’) stands before the last
	// one to three letters
	for j := len(w) - 2; j > 0 && j >= len(w)-4; j-- {
		stem := ""
		switch {
		case w[j] == '\'':
			stem = w[:j]
		case w[j] == 0x99 && j >= 3 && w[j-1] == 0x80 && w[j-2] == 0xE2:
			stem = w[:j-2]
		default:
			continue
		}
		switch w[j+1:] {
		case "d", "ll", "ve", "re", "m":
			return stem, stem != ""
		}
		return "", false
	}
	return "", false
}

// isNumber reports a word of digits: "56".
func isNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// acronym reports a word of two to four capital letters: "CEO", "JPL".
func acronym(w string) bool {
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// isOpener reports words that open a sentence or a phrase before its
// subject ("Meanwhile, …", "During the debate, …", "following the vote")
// and so are never a speaker, in either case of their first letter.
//
// Most words asked about are names, and few openers share a word's first
// letter and length (openersByShape): only those are compared with the
// statementSetOff returns the index of the comma that opens a phrase set
// off after the subject and naming the document it speaks in, closed by
// the comma toks[j] before the verb ("The directorate, in a statement
// signed by its Head of Public Affairs, Mr Ode, said"), or -1. Only
// toks[:j] are read.
func (st *state) statementSetOff(toks []tok, j, lo int) int {
	p := lo + 1
	for p < j && toks[p].k != tComma {
		p++
	}
	if p+3 >= j || toks[p+1].k != tWord || toks[p-1].k != tWord {
		return -1
	}
	switch st.word(toks[p+1]) {
	case "in", "through", "via":
	default:
		return -1
	}
	for k := p + 2; k < j && k <= p+5; k++ {
		switch st.word(toks[k]) {
		case "statement", "letter", "release", "post", "memo", "notice", "communique", "communiqué", "circular", "press":
			return p
		}
	}
	return -1
}

// heardSaying reads "X was heard telling …", "X could be heard saying",
// "X was filmed shouting": the participle toks[v] after a passive verb of
// perceiving, whose subject X speaks. It returns X's bounds [b, e].
func (st *state) heardSaying(toks []tok, v int) (int, int, bool) {
	if v < 3 || !strings.HasSuffix(st.word(toks[v]), "ing") {
		return 0, 0, false
	}
	switch st.word(toks[v-1]) {
	case "heard", "overheard", "seen", "filmed", "recorded", "caught", "spotted", "captured":
	default:
		return 0, 0, false
	}
	a := v - 2
	if st.word(toks[a]) == "be" && a > 1 && (st.word(toks[a-1]) == "could" || st.word(toks[a-1]) == "can") {
		a--
	} else if w := st.word(toks[a]); w != "was" && w != "were" && w != "is" && w != "are" {
		return 0, 0, false
	}
	s, ok := st.npBackward(toks, a, 0)
	if !ok {
		return 0, 0, false
	}
	e, ok := st.subjectEnd(toks, s, a)
	return s, e, ok && e >= s
}

// titleMarkBefore reports whether the closing mark of a quote in title
// case, and a space, stand just before byte pos.
func (st *state) titleMarkBefore(pos int) bool {
	j := pos
	for j > 0 && st.text[j-1] == ' ' {
		j--
	}
	if j == pos || j == 0 {
		return false
	}
	o := st.quoteOpenedBefore(j)
	if o < 0 {
		return false
	}
	_, n := utf8.DecodeRuneInString(st.text[o:])
	_, m := utf8.DecodeLastRuneInString(st.text[:j])
	return o+n < j-m && titleLike(st.text, o+n, j-m, countWordsMax(st.text[o+n:j-m], 7))
}

// inStatementSetOff reports whether byte pos stands in a phrase set off
// after the subject that starts at byte start and naming the document
// it speaks in (statementSetOff): "The commission, in a statement signed
// by its spokesperson, Mr Tunji Olatoye, said".
func (st *state) inStatementSetOff(start, pos int) bool {
	toks := st.tokensIn(start, pos)
	return len(toks) > 4 && st.statementSetOff(toks, len(toks), 0) > 0
}

// openingPhraseUntil reports whether the only comma in toks[lo:c] closes
// a phrase of time or place that opens the sentence at lo ("On Tuesday,
// the Orlen Defence Council, which …"): what follows it is the subject,
// not an appositive.
func (st *state) openingPhraseUntil(toks []tok, lo, c int) bool {
	if lo >= c || toks[lo].k != tWord || !(isOpener(st.word(toks[lo])) || isPrepositionAnyCase(st.word(toks[lo]))) {
		return false
	}
	n := 0
	for k := lo + 1; k < c; k++ {
		if toks[k].k == tComma {
			n++
		}
	}
	return n == 1
}

// word, whose first letter need not be lowered for it.
func isOpener(w string) bool {
	if len(w) < len("now") || len(w) > len("throughout") {
		return false
	}
	c := w[0] | 0x20 // an ASCII letter in lower case; no other byte becomes one
	if c < 'a' || c > 'z' {
		return false
	}
	for _, o := range openersByShape[c-'a'][len(w)] {
		if o[1:] == w[1:] {
			return true
		}
	}
	return false
}

// openers are the words isOpener reports, in lower case.
var openers = [...]string{
	"meanwhile", "during", "following", "after", "before", "despite", "amid", "since", "still", "however",
	"instead", "later", "earlier", "then", "now", "today", "yesterday", "also", "under", "over", "through",
	"throughout", "against", "without", "among", "between", "upon", "within", "across", "while", "when",
	"even", "only", "indeed", "perhaps", "moreover", "notably", "shortly", "soon",
	"outside", "inside", "nearby", "elsewhere", "overnight", "afterwards", "afterward", "abroad", "back",
	"four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty", "thirty", "hundreds", "thousands",
}

// openersByShape holds the openers by their first letter and length.
var openersByShape = func() (t [26][len("throughout") + 1][]string) {
	for _, o := range openers {
		t[o[0]-'a'][len(o)] = append(t[o[0]-'a'][len(o)], o)
	}
	return t
}()

// isAdverb reports a lower-case adverb in -ly that may stand between a
// subject and its verb ("the council swiftly condemned", "Ode bluntly
// said"), leaving out the nouns that end the same way.
func isAdverb(w string) bool {
	if len(w) < 5 || !strings.HasSuffix(w, "ly") || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	switch w {
	case "family", "assembly", "monopoly", "anomaly", "supply", "reply", "butterfly", "homily",
		"early", "daily", "belly", "jelly", "rally", "tally", "bully", "holly", "folly", "silly", "hilly", "gully",
		"apply", "imply", "sully", "dolly", "jolly", "wally", "billy", "molly", "polly", "sally":
		return false
	}
	return true
}

// nameAhead reports whether a capitalised word follows toks[i] within three
// words: lower-case role words before a name ("board chair Elsie Jones").
func nameAhead(toks []tok, i int) bool {
	for j := i + 1; j < len(toks) && j <= i+3; j++ {
		if toks[j].k != tWord {
			return false
		}
		if capitalised(toks[j]) {
			return true
		}
	}
	return false
}

// portfolioBefore returns the index of the title whose portfolio holds the
// capitalised word toks[s] after a joining word ("Minister for Trade and
// Industry Ana Ode": from "Industry", the index of "Minister"; "Minister
// of the Interior Ana Ode": from "Interior"), not
// before lo. Else it returns -1.
func (st *state) portfolioBefore(toks []tok, s, lo int) int {
	if s-3 >= lo && st.theAt(toks, s-1) == 1 && toks[s-2].k == tWord {
		// "Minister of the Interior Ana Ode": the article after the
		// portfolio's "of" or "for"
		if w := st.word(toks[s-2]); w == "of" || w == "for" {
			if _, k := st.portfolio(toks, s-2); k > s {
				return s - 3
			}
		}
		return -1
	}
	if s-2 < lo || toks[s-1].k != tWord || toks[s-2].k != tWord || !capitalised(toks[s-2]) {
		return -1 // a portfolio's joining word stands between capitalised words
	}
	if w := st.word(toks[s-1]); w != "and" && w != "&" && w != "for" {
		return -1
	}
	for t := s - 1; t >= lo && s-t <= 12; t-- {
		if toks[t].k != tWord {
			return -1
		}
		if w := st.word(toks[t]); w == "for" || w == "of" {
			if _, k := st.portfolio(toks, t); k > s {
				return t - 1
			}
			continue
		}
		if !capitalised(toks[t]) && st.word(toks[t]) != "and" && st.word(toks[t]) != "&" {
			return -1
		}
	}
	return -1
}

// objectClause reports whether the tail toks[i:v] before the verb toks[v]
// is a noun and a relative clause without "that" whose verb, after an
// auxiliary, takes the noun as its object: "a position North Korea has
// repeatedly rejected", "a claim the ministry has denied".
func (st *state) objectClause(toks []tok, i, v int) bool {
	if i+3 >= v || !st.objectNoun(toks, i) || toks[i+2].k != tWord || !capitalised(toks[i+2]) && !isDeterminer(st.word(toks[i+2])) {
		return false
	}
	a := v - 1
	if isAdverb(st.word(toks[a])) {
		a--
	}
	return a > i+2 && isAux(st.word(toks[a]))
}

// objectClauseAfter reports whether the subject at toks[s] opens a relative
// clause without "that" set off after a comma (or a quote) and a noun it
// takes as its object: ", a position North Korea has rejected", ", a claim the
// ministry denies".
func (st *state) objectClauseAfter(toks []tok, s int) bool {
	return s >= 3 && (toks[s-3].k == tComma || toks[s-3].k == tOther) && st.objectNoun(toks, s-2)
}

// objectNoun reports whether toks[d] is "a", "an" or "the" and a word in
// lower case follows it that is no verb, preposition, clause word or
// role: the noun a that-less relative clause after it takes as its object
// ("a position", "a claim").
func (st *state) objectNoun(toks []tok, d int) bool {
	if d+1 >= len(toks) || toks[d].k != tWord || toks[d+1].k != tWord || capitalised(toks[d+1]) {
		return false
	}
	if w := st.word(toks[d]); w != "a" && w != "an" && w != "the" {
		return false
	}
	w := st.word(toks[d+1])
	return !isAux(w) && !finite(w) && !isPreposition(w) && !isClauseBoundary(w) && !st.roleWord(toks[d+1])
}

// withAbsolute reports whether b, from withSubject, starts the subject of
// the participle toks[v] in a phrase set off by a comma and "with" (",
// with one trader calling the comments …"), or after a verb that opens or
// closes something ("the rally ended with one protester shouting"), a
// person or a body: not "with a second post accusing …", whose post is
// the means.
func (st *state) withAbsolute(toks []tok, b, v int) bool {
	if b < 2 || toks[b-2].k != tComma && !(toks[b-2].k == tWord && framingVerb(st.word(toks[b-2]))) {
		return false
	}
	k := st.headKind(toks, b, v-1)
	return k != kindThing && k != kindDocument
}
