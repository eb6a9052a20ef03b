package segment

import "strings"

// This file reads the characterisations that no listed reporting verb
// introduces: "Reid has been pounding Trump as a “con artist”", "Trump
// openly admires Putin as a “strong leader”", "Tribe likened the rules to
// “burning the Constitution”". The words in quote marks are the subject's
// name for the object, so the quote is the subject's, whatever the verb.

// maxObjectTokens bounds the object phrase between the verb and "as".
const maxObjectTokens = 6

// characterization returns the attribution of the partial quote whose
// opening mark is at os, in the sentence that starts at ss: subject, verb,
// object, then "as" (or, after liken and compare, "to"), perhaps an
// article, and the quote. The verb is any lower-case word before the
// object, with its particles ("has gone after Trump as"), but a passive
// participle, which has no object ("known as", "seen as"); the subject is
// a person or a group, not a thing.
func (st *state) characterization(ss, os int) (attribution, bool) {
	toks := st.tokensIn(ss, os)
	i := len(toks) - 1
	if i >= 0 && toks[i].k == tWord {
		switch st.word(toks[i]) {
		case "a", "an", "the":
			i--
		}
	}
	if i < 3 || toks[i].k != tWord {
		return attribution{}, false
	}
	link := st.word(toks[i])
	if link != "as" && link != "to" {
		return attribution{}, false
	}
	o := st.objectStart(toks, i)
	v := o - 1
	if o >= i || v < 1 || toks[v].k != tWord || capitalised(toks[v]) {
		return attribution{}, false
	}
	w := st.word(toks[v])
	for k := 0; k < 2 && v > 1 && verbParticle(w) && toks[v-1].k == tWord && !capitalised(toks[v-1]); k++ {
		v-- // "has gone after Trump as", "lashed out at him as"
		w = st.word(toks[v])
	}
	if isPreposition(w) || isDeterminer(w) || isAux(w) || isClauseBoundary(w) || isAdverb(w) {
		return attribution{}, false
	}
	if link == "to" {
		if !strings.HasPrefix(w, "liken") && !strings.HasPrefix(w, "compar") {
			return attribution{}, false
		}
	}
	s, e, _, ok := st.verbSubject(toks, v, 0)
	if !ok {
		return attribution{}, false
	}
	if s == e {
		w := st.word(toks[s])
		if _, pron := isPronoun(w); !pron && !capitalised(toks[s]) || impersonal(w) {
			return attribution{}, false // "It treats the levy as …", or a lone lower-case word
		}
	}
	return st.viaRelative(toks, attribution{mention: Span{toks[s].s, toks[e].e}, cue: Span{toks[v].s, toks[o-1].e}}, e, v), true
}

// objectStart returns where the object phrase that ends before toks[as]
// starts, or as when there is none: an object pronoun ("him"), a
// capitalised name with its title ("Russian President Vladimir Putin"),
// or a determiner or possessive and up to three lower-case words ("the
// rules", "his rival's plan").
func (st *state) objectStart(toks []tok, as int) int {
	j := as - 1
	if toks[j].k != tWord {
		return as
	}
	switch st.word(toks[j]) {
	case "him", "her", "them", "it", "us", "me", "himself", "herself", "themselves", "itself":
		return j
	}
	if capitalised(toks[j]) {
		for j > 0 && as-j < maxObjectTokens && toks[j-1].k == tWord && capitalised(toks[j-1]) {
			j--
		}
		if j > 0 && st.word(toks[j-1]) == "the" {
			j--
		}
		return j
	}
	for k := j; k >= 0 && as-k <= 4; k-- {
		if toks[k].k != tWord || capitalised(toks[k]) && !strings.HasSuffix(st.word(toks[k]), "'s") && !strings.HasSuffix(st.word(toks[k]), "’s") {
			return as
		}
		w := st.word(toks[k])
		if isDeterminer(w) || isPossessivePronoun(w) {
			return k
		}
		if isPreposition(w) || isAux(w) || isClauseBoundary(w) {
			return as
		}
	}
	return as
}

// isPossessivePronoun reports the possessive determiners.
func isPossessivePronoun(w string) bool {
	switch w {
	case "his", "her", "its", "their", "our", "my", "your":
		return true
	}
	return false
}

// impersonal reports the pronouns that stand for no speaker.
func impersonal(w string) bool {
	switch w {
	case "it", "It", "this", "This", "that", "That", "there", "There", "which", "what", "What":
		return true
	}
	return false
}

// verbParticle reports the words that make a phrasal verb of the verb
// before them: "gone after", "lashed out at".
func verbParticle(w string) bool {
	switch w {
	case "after", "at", "on", "out", "off", "up", "down":
		return true
	}
	return false
}

// asPutIt returns the attribution of a quote in a sentence that opens
// "As <speaker> put it": "As Ode put it in a statement, the port is
// “open for business.”", or that sets the phrase off by commas before
// the quote: "…, as the Gazette put it in a long expose, “the fixer.”",
// or before the verb the quote completes: "…, as he put it in 2019, was
// “a digital leash”". ss is the sentence's start, os the quote's opening mark.
func (st *state) asPutIt(ss, os int) (attribution, bool) {
	toks := st.tokensIn(ss, os)
	i := 0
	if len(toks) > 0 && isSentenceStarter(st.word(toks[0])) && st.word(toks[0]) != "As" {
		i++ // "But as Ode put it"
	}
	if i+3 < len(toks) && st.word(toks[i]) != "As" && st.word(toks[i]) != "as" {
		// the last "as" set off by a comma, with nothing but a phrase and
		// a comma between its "put it" and the quote
		i = -1
		end := len(toks) - 1 // the comma that closes the phrase
		for k := end; k >= end-1 && k > 0 && toks[k].k == tWord && (finite(st.word(toks[k])) || st.word(toks[k]) == "be" || st.word(toks[k]) == "been"); k-- {
			if toks[k-1].k == tComma {
				end = k - 1 // "Live facial recognition, as he put it in 2019, was “…”": the verb whose complement the quote is
				break
			}
		}
		for a := end - 3; a > 0; a-- {
			if toks[a-1].k == tComma && st.word(toks[a]) == "as" && toks[end].k == tComma {
				i = a
				break
			}
		}
		if i < 0 {
			return attribution{}, false
		}
	}
	if i+3 >= len(toks) || st.word(toks[i]) != "As" && st.word(toks[i]) != "as" {
		return attribution{}, false
	}
	for j := i + 2; j+1 < len(toks) && j <= i+7; j++ {
		if toks[j].k != tWord {
			return attribution{}, false
		}
		if w := st.word(toks[j]); (w == "put" || w == "puts") && st.word(toks[j+1]) == "it" {
			k := j
			for k > i+2 && putItAux(st.word(toks[k-1])) {
				k-- // "as he likes to put it", "as one official would later put it"
			}
			if st.npForward(toks[:k], i+1) != k && st.roleFromPlace(toks[i+1:k]) == 0 {
				return attribution{}, false // no speaker's name before "put it"
			}
			return attribution{mention: Span{toks[i+1].s, toks[k-1].e}, cue: Span{toks[j].s, toks[j+1].e}}, true
		}
	}
	return attribution{}, false
}

// asPutItAfter reads "…, as <speaker> put it." at the end of the
// sentence sn, of tokens toks: what comes before the comma is reported
// ("the requirement is a “lawful source of income,” as a ministry memo put
// it").
func (st *state) asPutItAfter(toks []tok, sn Sentence) (rawQuote, bool) {
	c, att, ok := st.putItTail(toks)
	if !ok || c < 3 {
		return rawQuote{}, false
	}
	return st.clause(toks[0].s, toks[c-1].e, sn.Paragraph, att), true
}

// putItTail finds "…, as <speaker> put it." at the end of toks, a
// sentence's tokens, and returns the index of the comma before "as" and
// the attribution.
func (st *state) putItTail(toks []tok) (int, attribution, bool) {
	n := len(toks)
	for n > 0 && toks[n-1].k != tWord {
		n--
	}
	if n < 6 || st.word(toks[n-1]) != "it" || st.word(toks[n-2]) != "put" && st.word(toks[n-2]) != "puts" {
		return 0, attribution{}, false
	}
	for a := n - 4; a > 0 && n-a <= 9; a-- {
		if st.word(toks[a]) != "as" {
			continue
		}
		c := a - 1
		if toks[c].k == tQuote {
			c-- // the comma inside the closing mark: “…,” as Ode put it
		}
		if c < 1 || toks[c].k != tComma || st.npForward(toks[:n-2], a+1) != n-2 {
			return 0, attribution{}, false
		}
		return c, attribution{mention: Span{toks[a+1].s, toks[n-3].e}, cue: Span{toks[n-2].s, toks[n-1].e}}, true
	}
	return 0, attribution{}, false
}

// putItAttribution attributes a quote in a sentence that ends "…, as
// <speaker> put it.", os being its opening mark.
func (st *state) putItAttribution(os int) (attribution, bool) {
	si := st.sentenceAt(os)
	if si < 0 {
		return attribution{}, false
	}
	sn := st.doc.Sentences[si]
	_, att, ok := st.putItTail(st.tokensIn(sn.Start, sn.End))
	return att, ok
}

// inOwnWords reads "in his own words," (or her, their, "in his words",
// "by his own account,") right before a quote mark at byte os in the
// sentence from ss: the pronoun's, whoever it stands for, are the quoted
// words. The cue is "words" or "account".
func (st *state) inOwnWords(ss, os int) (attribution, bool) {
	toks := st.tokensIn(ss, os)
	n := len(toks)
	if n > 0 && toks[n-1].k == tComma {
		n--
	}
	if n < 3 || toks[n-1].k != tWord {
		return attribution{}, false
	}
	noun := st.word(toks[n-1])
	if noun != "words" && noun != "account" {
		return attribution{}, false
	}
	p := n - 2
	if st.word(toks[p]) == "own" {
		p--
	}
	if p < 1 {
		return attribution{}, false
	}
	// "in his own words", "by his own account"
	if prep := st.word(toks[p-1]); !(noun == "words" && (prep == "in" || prep == "In") || noun == "account" && (prep == "by" || prep == "By")) {
		return attribution{}, false
	}
	switch st.word(toks[p]) {
	case "his", "her", "their":
		return attribution{mention: Span{toks[p].s, toks[p].e}, cue: Span{toks[n-1].s, toks[n-1].e}}, true
	}
	return attribution{}, false
}

// putItAux reports the words that may stand between a speaker and "put
// it": "likes to", "would later", "once".
func putItAux(w string) bool {
	switch w {
	case "to", "likes", "liked", "like", "would", "might", "once", "later", "has", "had", "memorably", "famously":
		return true
	}
	return false
}
