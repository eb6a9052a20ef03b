package segment

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// reported finds reported speech (Kind Indirect): "X said (that) …", "X
// told reporters (that) …", "X described the talks as …", "according to
// X, …", "… , according to X.", "analysts believe …", "…, the board
// announced", and a headline's. The span is the reported clause, without
// "that" and without the final full stop; a partial quote in the sentence
// lies inside it, with its closing mark ("X called the plan “a disaster”"
// gives the clause "the plan “a disaster”"). A sentence with one direct
// quote is read only for the writer's words that lead into the quote
// (leadClause) or a participle after its attribution (participleClause);
// one with more is the quotes'.
func (st *state) reported() {
	k := 0 // kept quotes are in text order
	kept := st.raw[:len(st.raw):len(st.raw)]
	st.direct = len(kept)
	headline := st.isHeadline()
	cased := headline && st.casedHeadline()
	covered := 0 // the end of the last reported clause, which may run past its sentence
	// a sentence's clause and a second one after it, declared once: every
	// sentence that reaches the appends sets q, and q2 with ok2
	var q, q2 rawQuote
	st.quotedOn, st.qidxDone = true, false // indexed at the first lookup
	defer func() { st.quotedOn = false }() // however reported ends
	for si := range st.doc.Sentences {
		sn := st.doc.Sentences[si]
		if st.doc.Paragraphs[sn.Paragraph].Kind == Heading && !(headline && si == 0) || sn.Start < covered {
			continue
		}
		for k < len(kept) && kept[k].last().ce <= sn.Start {
			k++
		}
		// a sentence with a direct quote is that quote's; one with only
		// partial quotes may still be reported speech that holds them
		// (called the plan “a disaster”, said it was “not enough”)
		busy := -1
		for j := k; j < len(kept) && kept[j].pieces[0].os < sn.End; j++ {
			if !kept[j].drop && kept[j].kind == Partial && laterPieceIn(kept[j].pieces, sn) {
				busy = len(kept) // the quoted sentences a partial quote goes on with (joinFollowOns)
				break
			}
			if !kept[j].drop && kept[j].kind != Partial {
				if busy >= 0 {
					busy = len(kept) // more than one
					break
				}
				busy = j
			}
		}
		ok, ok2 := false, false
		var earlier []tok // the sentence's tokens, when its clause may leave a partial quote before it
		if busy >= 0 {
			if busy == len(kept) {
				continue
			}
			p := &kept[busy]
			if p.kind != Direct || !p.hasAtt {
				continue // each rule below reads the words around a direct quote's own attribution
			}
			if p.att.cue.End > p.pieces[0].os {
				// the attribution follows the quote's opening: only a
				// participle after it may report (the other rules read
				// an attribution before the quote), and it and its
				// clause take five tokens or more, none before the verb's
				// end: not in "“…,” Ode said."
				if sn.End-p.att.cue.End < 5 {
					continue
				}
				if q, ok = st.participleClause(si, p); !ok {
					continue
				}
			} else if q, ok = st.leadClause(si, p); ok {
				if q0, ok0 := st.clauseBeforeParticiple(si, p); ok0 && q0.end() <= q.start() {
					// "Ode said growers faced a blow, and she called for
					// support in a speech: “…”": the first verb's clause,
					// then the one that leads into the quote
					q, q2, ok2 = q0, q, true
				}
			} else if q, ok = st.leadBefore(si, p); !ok {
				if q, ok = st.clauseBeforeParticiple(si, p); !ok {
					continue
				}
			}
		} else {
			toks := st.sentenceToks(si)
			// a live page's time stamp before the sentence ("11:15 p.m. —
			// According to the commission, …") is none of its words
			toks = toks[liveStamp(st, toks):]
			if cased && si == 0 {
				// a title-case headline is read as headlines are written
				// first ("Ode Says …, Calls Lund's Remarks 'Troubling'"):
				// its capitals would read as names after any verb
				if q, ok = st.headlineClause(toks, sn, true); ok {
					q.speaker, q.role = st.speakerOf(q.att)
					// a partial quote in it is the headline's speaker's
					// ("…, Calls Lund's Remarks 'Troubling'")
					for j := k; j < len(kept) && kept[j].pieces[0].os < q.end(); j++ {
						if p := &kept[j]; !p.drop && p.kind == Partial && p.pieces[0].os >= q.start() && q.speaker != "" {
							p.att.mention, p.speaker, p.role = q.att.mention, q.speaker, q.role
						}
					}
				}
			}
			if from, may := st.mayReport(toks); !ok && (may || st.phraseCueIn(toks)) {
				// putItTo and perSourceAt are read only in a sentence
				// with no reporting verb's form, or one of "put" ("Lund
				// put it to him that …"; verbReports is true again for
				// the other calls of reportedIn)
				st.verbReports = may && !st.putIn(toks)
				q, ok = st.reportedIn(toks, sn, from)
				st.verbReports = true
				if ok {
					earlier = toks
					st.openedBefore(&q, kept[k:], sn, covered)
					q.speaker, q.role = st.speakerOf(q.att)
					if c := st.text[q.att.cue.Start:q.att.cue.End]; q.speaker == "" && len(c) > 1 && c[0]|0x20 == 'a' && strings.HasPrefix(c[1:], "ccording") {
						// a source of "according to" that names no person,
						// organisation or issuer ("US media reports") is the
						// speaker as written: the text credits no one else
						q.speaker = st.phraseName(st.text[q.att.mention.Start:q.att.mention.End])
					}
					// a second clause after the first: "When Ode
					// acknowledged …, Lund noted …", "Ode said …, and
					// Lund said …"; it needs three tokens or more after
					// the first, not just the closing stop and marks
					if sn.End-q.end() >= 3 {
						q2, ok2 = st.reportedAfter(toks, sn, q.end(), q.att)
					}
				}
			}
			if !ok && st.endsWithIt(toks) {
				// "…, as a ministry memo put it."
				if q, ok = st.asPutItAfter(toks, sn); ok {
					q.speaker, q.role = st.speakerOf(q.att)
				}
			}
			if !ok && headline && si == 0 {
				if q, ok = st.headlineClause(toks, sn, cased); ok {
					q.speaker, q.role = st.speakerOf(q.att)
				}
			}
			if !ok {
				// "his assertion that …", "Ode’s insistence that …"
				if q, ok = st.speechNounClause(toks, sn); ok {
					q.speaker, q.role = st.speakerOf(q.att)
				}
			}
			if !ok {
				// "the plan, which the union says spends more on
				// consultants than on classrooms"
				if q, ok = st.relativeSays(toks, sn); ok {
					q.speaker, q.role = st.speakerOf(q.att)
				}
			}
			if !ok {
				if k == len(kept) || kept[k].pieces[0].os >= sn.End {
					continue // no quote opens in the sentence: no partial quote's clause
				}
				if q, ok = st.partialClause(toks, sn, kept[k:]); !ok {
					continue
				}
				// "… and Ode calling it a “great meeting”": a second
				// partial quote's own clause after the first
				k2 := k
				for k2 < len(kept) && kept[k2].pieces[0].os < q.end() {
					k2++
				}
				if sn.End-q.end() >= 3 {
					// "pledged a “revolution” and said that …": the
					// speaker's next report
					q2, ok2 = st.reportedAfter(toks, sn, q.end(), q.att)
				}
				if !ok2 && k2 < len(kept) && kept[k2].pieces[0].os < sn.End {
					q2, ok2 = st.partialClause(toks, sn, kept[k2:])
				}
			}
		}
		if q.kind == Indirect && q.speaker != "" {
			// "dismissed the poll as a sign that the campaign was
			// “running scared.”": the short partial quote the clause holds
			for j := k; j < len(kept) && kept[j].pieces[0].os < q.end(); j++ {
				if kept[j].weak && kept[j].pieces[0].os >= q.start() {
					kept[j].drop, kept[j].weak, kept[j].att.cue = false, false, q.att.cue
					st.raw[j].drop, st.raw[j].weak, st.raw[j].att.cue = false, false, q.att.cue
				}
			}
			st.partialsOfClause(&q, k)
		}
		if earlier != nil {
			if p, ok := st.earlierPartialClause(earlier, sn, kept[k:], &q); ok {
				// "took to the radio to accuse the board of being “misled”
				// and urged dockers to read what she called its “memo”":
				// the first partial quote's clause, before the one found
				st.partialsOfClause(&p, k)
				st.raw = append(st.raw, p)
			}
		}
		st.closeQuotesIn(&q, kept, k, st.doc.Paragraphs[sn.Paragraph].End)
		st.sameCue(&q, k, len(kept), false)
		st.raw = append(st.raw, q)
		covered = q.end()
		if ok2 {
			if st.closeQuotesIn(&q2, kept, k, sn.End); q2.start() >= q.end() {
				if q2.att.mention == q.att.mention {
					q2.speaker, q2.role = q.speaker, q.role // the same speaker's participle
				} else {
					q2.speaker, q2.role = st.speakerOf(q2.att)
				}
				st.sameCue(&q2, k, len(kept), true)
				if q2.speaker != "" || q2.att.mention.Valid() {
					// and "In a statement, it accused … and said …": the
					// pronoun, resolved later for both
					st.partialsOfClause(&q2, k)
				}
				st.raw = append(st.raw, q2)
			}
		}
	}
	st.quotedOn = false // the quotes' pieces may change from here on
	st.inheritReported(len(kept))
	st.resolveOrgs() // first: "the statement" takes the speaker before it, "the company" resolved
	st.resolveDocuments()
	st.resolveEntries()
	st.resolveGroups()
	st.resolveDescribed()
	st.resolveNamedLater()
	for i := range kept {
		st.subjectBefore(&st.raw[i])
	}
	st.resolveExchange()
	st.resolveReplies()
	st.headlineEcho()
	st.documentsSpeak()
	st.orgNounsLeft()
	st.resolveSelfNamed()
	st.resolveStaffOf()
	st.resolvePoliceDocuments()
}

// orgNounsLeft gives a quote whose speaker is still a bare noun for a
// business or a body ("company", after "The company denied it in a
// statement. “…,” the statement read.") the organisation of that kind
// named before it, as resolveOrgs does for "the company said".
func (st *state) orgNounsLeft() {
	for i := range st.raw {
		q := &st.raw[i]
		if q.drop || q.speaker == "" || q.speaker[0] < 'a' || q.speaker[0] > 'z' || strings.IndexByte(q.speaker, ' ') >= 0 {
			continue
		}
		if k := nounKind(q.speaker); k != orgBusiness && k != orgPublic && q.speaker != "league" { // and "the league" after "The Liga Pampeana"
			continue
		}
		if name := st.orgBefore(q.start(), q.speaker); name != "" {
			q.speaker = name
		}
	}
}

// partialsOfClause gives the partial quotes inside reported clause q,
// from st.raw[k] on, q's attribution when theirs is a verb outside the
// clause, or q's own verb read with another subject: "The mood was not
// helped by …, which warned that the offer would “…” and urged members
// to wait", "… and said Hanoi “reserves the right to respond”". The verb
// of the clause that holds a quote reports it, its subject as the clause
// reads it.
func (st *state) partialsOfClause(q *rawQuote, k int) {
	for j := k; j < len(st.raw) && st.raw[j].kind != Indirect && st.raw[j].pieces[0].os < q.end(); j++ {
		p := &st.raw[j]
		if p.drop || p.kind != Partial || p.pieces[0].os < q.start() || !p.hasAtt || !p.att.cue.Valid() || p.speaker == q.speaker && (p.speaker != "" || p.att.mention.Valid()) ||
			q.att.cue.Start >= p.pieces[0].os || p.last().ce > q.end()+len("”") {
			continue
		}
		if p.att.cue.End <= q.att.cue.Start || p.att.cue.Start >= q.end() || p.att.cue == q.att.cue ||
			p.att.mention.Valid() && q.att.mention.Valid() && p.att.mention.End <= q.att.mention.Start && p.att.cue.Start >= q.start() && isParticipleText(st.text[p.att.cue.Start:p.att.cue.End]) {
			// and "He declined …, but analysts estimated the bill …,
			// describing it as “…”": a participle inside the clause is
			// its subject's, not the sentence's first subject's
			p.att, p.speaker, p.role = q.att, q.speaker, q.role
		}
	}
}

// isParticipleText reports a word in -ing.
func isParticipleText(w string) bool { return len(w) > 4 && strings.HasSuffix(w, "ing") }

// documentsSpeak gives a quote attributed to "the report", "the memo" or
// another document whose issuer the text does not tell the document as
// its speaker, as "the ministry" is one: "report", not no one.
func (st *state) documentsSpeak() {
	for i := range st.raw {
		q := &st.raw[i]
		if q.drop || q.speaker != "" || !q.att.mention.Valid() {
			continue
		}
		m := st.text[q.att.mention.Start:q.att.mention.End]
		w, ok := strings.CutPrefix(m, "the ")
		if !ok {
			w, ok = strings.CutPrefix(m, "The ")
		}
		if ok && strings.IndexByte(w, ' ') < 0 && st.lx.noun(w) == kindDocument {
			q.speaker = strings.ToLower(w)
		}
	}
}

// headlineEcho gives the quote that opens the headline, when no one is
// credited with it, the speaker of a later quote that repeats its words:
// "‘We’ve been left to rot’: Fury as village loses its last bus" before
// "“… it feels like we’ve been left to rot out here,” said Derek Banks".
// A headline quotes the body's words. The quotes inside a headline
// ("Trump ‘The Dealmaker’ Could …") are left to the headline's own
// reading.
func (st *state) headlineEcho() {
	if len(st.doc.Paragraphs) < 2 || !st.isHeadline() {
		return
	}
	h := st.doc.Paragraphs[0]
	for i := range st.raw {
		q := &st.raw[i]
		if q.pieces[0].para != 0 || q.pieces[0].os != h.Start || q.kind == Indirect || !q.drop && q.speaker != "" {
			continue // only the quote that opens the headline: others are its writer's labels
		}
		words := echoWords(st.text[q.pieces[0].s:q.last().e])
		if len(strings.Fields(st.text[q.pieces[0].s:q.last().e])) < 2 {
			continue // one word is a label, not an echo
		}
		for j := range st.raw {
			o := &st.raw[j]
			if o.drop || o.speaker == "" || o.kind == Indirect || o.pieces[0].para == 0 {
				continue
			}
			if !strings.Contains(echoWords(st.text[o.pieces[0].s:o.last().e]), words) {
				continue
			}
			q.drop, q.speaker, q.role, q.from, q.kind = false, o.speaker, o.role, o.att.mention, Direct
			if !q.from.Valid() {
				q.from = o.from
			}
			break
		}
	}
}

// echoWords returns the words of s in lower case, one space between
// them, apostrophes made one: what headlineEcho compares.
func echoWords(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '’':
			b.WriteByte('\'')
		default:
			space = true
		}
	}
	return b.String()
}

// openedBefore extends reported clause q of sentence sn back to where a
// partial quote it starts inside opened, when that was in an earlier
// sentence of the paragraph that no clause took (from covered on): in
// "The people of Kell “deserve someone who is with them. That is Ana
// Ode,” Lund said." the sentence splits inside the quote, and the clause
// is the subject and the whole quote, not "That is Ana Ode". qs are the
// quotes in marks that may hold it, in text order.
func (st *state) openedBefore(q *rawQuote, qs []rawQuote, sn Sentence, covered int) {
	start := q.start()
	for i := range qs {
		p := &qs[i]
		os := p.pieces[0].os
		if os >= sn.Start {
			return
		}
		if p.drop || p.kind != Partial || p.last().ce <= start || len(q.pieces) != 1 {
			continue
		}
		si := st.sentenceAt(os)
		if si < 0 || st.doc.Sentences[si].Start < covered || st.doc.Sentences[si].Paragraph != sn.Paragraph {
			return
		}
		b := skipSpace(st.text, st.doc.Sentences[si].Start, os)
		q.pieces[0].s, q.pieces[0].os = b, b
		return
	}
}

// endsWithIt reports whether the last word of a sentence's tokens is
// "it", as in every sentence asPutItAfter reads ("…, as Ode put it."), so
// that the others are not read for it.
func (st *state) endsWithIt(toks []tok) bool {
	n := len(toks)
	for n > 0 && toks[n-1].k != tWord {
		n--
	}
	return n > 0 && st.word(toks[n-1]) == "it"
}

// resolveExchange gives the turns of an exchange their speakers: the
// answer to a question someone asked is the last other person quoted
// before the question, and the unattributed quotes that fill the
// paragraphs after it take turns between the two.
func (st *state) resolveExchange() {
	for i := range st.raw {
		q := &st.raw[i]
		if q.drop || q.answers == 0 {
			continue
		}
		ask := &st.raw[q.answers-1]
		a := ask.speaker
		if a == "" {
			continue
		}
		b, role, bEnd, bFrom := "", "", -1, Span{}
		for j := range st.raw {
			o := &st.raw[j]
			if o.drop || o.speaker == "" || o.speaker == a || o.end() > ask.start() || o.pieces[0].para < ask.pieces[0].para-4 {
				continue
			}
			if o.end() > bEnd {
				b, role, bEnd, bFrom = o.speaker, o.role, o.end(), o.mention()
			}
		}
		if b == "" || !st.namedPerson(b) {
			continue
		}
		// the turns: q, then each unattributed quote that fills the
		// next paragraph
		speakers := [2][2]string{{b, role}, {a, ask.role}}
		froms := [2]Span{bFrom, ask.mention()}
		turn, para := 0, q.pieces[0].para
		q.speaker, q.role, q.from = b, role, bFrom
		for j := i + 1; j < len(st.raw); j++ {
			o := &st.raw[j]
			if o.drop {
				continue
			}
			if o.kind != Direct || o.hasAtt || o.pieces[0].para != para+1 || o.pieces[0].os != st.doc.Paragraphs[o.pieces[0].para].Start ||
				strings.TrimSpace(st.text[o.last().ce:st.doc.Paragraphs[o.last().para].End]) != "" {
				break
			}
			turn ^= 1
			para = o.last().para
			o.speaker, o.role, o.from = speakers[turn][0], speakers[turn][1], froms[turn]
		}
	}
}

// resolveReplies gives "he replied" after a question that the pronoun's
// person was said to ask ("“…?” Rourke asked.¶“…,” he replied.") to the
// latest other person of the pronoun's gender named before: the one
// asked answers, not the one who asked.
func (st *state) resolveReplies() {
	last := -1 // the latest kept direct quote
	for i := range st.raw {
		q := &st.raw[i]
		if q.drop || q.kind != Direct {
			continue
		}
		p := last
		last = i
		if p < 0 || q.speaker == "" || !q.hasAtt || !q.att.cue.Valid() {
			continue
		}
		ask := &st.raw[p]
		if q.pieces[0].para-ask.last().para > 1 {
			continue
		}
		r, _ := runeBefore(st.text, ask.last().e)
		g, ok := isPronoun(st.text[q.att.mention.Start:q.att.mention.End])
		if !ok || g == genderPlural {
			continue
		}
		if ask.speaker != q.speaker {
			// the pronoun found someone else: the one the words before
			// address by name still replies ("“…, Mrs Moreau.” ¶ “…,”
			// she replied.")
			if replyVerb(st.text[q.att.cue.Start:q.att.cue.End]) && ask.speaker != "" {
				if w := st.addressedIn(ask); w >= 0 && st.people[w].name != ask.speaker && st.people[w].g == g {
					q.speaker, q.role = st.people[w].name, st.people[w].role
				}
			}
			continue
		}
		switch strings.ToLower(st.text[q.att.cue.Start:q.att.cue.End]) {
		case "replied", "replies", "answered", "answers", "responded", "responds", "retorted", "retorts", "countered", "counters":
			// a question, or words put to someone a pronoun names: "Pike
			// put it to her directly: “…” ¶ “…,” she replied."
			if m := ask.att.mention; r != '?' && (!m.Valid() || m.End > ask.pieces[0].os || !toPronoun(st.text[m.End:ask.pieces[0].os])) {
				continue
			}
		case "said", "says":
			if r != '?' {
				continue
			}
			// "One journalist put it to him directly: ‘…?’ ‘…,’ he
			// said.": a question put to someone named by a pronoun
			if m := ask.att.mention; !m.Valid() || m.End > ask.pieces[0].os || !toPronoun(st.text[m.End:ask.pieces[0].os]) {
				continue
			}
		default:
			continue
		}
		if w := st.addressedIn(ask); w >= 0 && st.people[w].name != ask.speaker && (st.people[w].g == g || st.people[w].g == genderUnknown) {
			// "“You signed hundreds of invoices, Mrs Moreau.”": the one
			// the words address replies
			q.speaker, q.role = st.people[w].name, st.people[w].role
			continue
		}
		// of the pronoun's gender, or a person by a given name or a title
		// ("Fox Business", named since, is neither)
		for k := st.mentionsBefore(q.att.mention.Start) - 1; k >= 0; k-- {
			o := &st.people[st.ments[k].who]
			if o.org || o.name == ask.speaker || o.g != g && (o.g != genderUnknown || !o.strong && !st.givenFirst(o.name)) {
				continue
			}
			q.speaker, q.role = o.name, o.role
			break
		}
	}
}

// replyVerb reports the verbs of answering: replied, answered, retorted.
func replyVerb(cue string) bool {
	switch strings.ToLower(cue) {
	case "replied", "replies", "answered", "answers", "responded", "responds", "retorted", "retorts", "countered", "counters":
		return true
	}
	return false
}

// addressedIn returns the person quote q's words address by an honorific
// and a surname ("…, Mrs Moreau.", "Mr Vale, …"), one the article named
// before, or -1.
func (st *state) addressedIn(q *rawQuote) int {
	for _, pc := range q.pieces {
		t := st.text[pc.s:pc.e]
		for _, h := range [...]string{"Mr ", "Mrs ", "Ms ", "Miss ", "Dr ", "Mr. ", "Mrs. ", "Ms. ", "Dr. "} {
			for i := strings.Index(t, h); i >= 0; {
				if i == 0 || t[i-1] == ' ' {
					rest := t[i+len(h):]
					e := 0
					for e < len(rest) && (rest[e] >= 'a' && rest[e] <= 'z' || rest[e] >= 'A' && rest[e] <= 'Z' || rest[e] == '-') {
						e++
					}
					if sur := rest[:e]; e > 1 && capByte[sur[0]] {
						for k := range st.people {
							if p := &st.people[k]; !p.org && p.surname == sur {
								return k
							}
						}
					}
				}
				j := strings.Index(t[i+1:], h)
				if j < 0 {
					break
				}
				i += 1 + j
			}
		}
	}
	return -1
}

// toPronoun reports whether the words between a question's speaker and
// the question put it to someone a pronoun names: "put it to him
// directly:", "asked her:".
func toPronoun(s string) bool {
	for _, w := range [...]string{" to him", " to her", "asked him", "asked her", "pressed him", "pressed her"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// thatSoon reports whether "that" opens a clause within a few words after
// the preposition toks[p], in the same phrase: "Maher stated of the
// scandal that …" reports what follows "that", not what came before.
func (st *state) thatSoon(toks []tok, p int) bool {
	for j := p + 1; j < len(toks) && j <= p+12; j++ {
		if k := st.titleEnd(toks, j); k > j {
			j = k // "said on Harbour TV’s “Face the Week” that …"
			continue
		}
		if toks[j].k == tComma && j+1 < len(toks) {
			if k := st.titleEnd(toks, j+1); k > j+1 {
				j = k // "announced on his blog, “Quiet Compounding,” that …": the title set off
				continue
			}
		}
		if toks[j].k != tWord {
			return false
		}
		if st.word(toks[j]) == "that" {
			return true
		}
	}
	return false
}

// laterSpeechVerb reports whether a verb of saying (say, tell, add,
// write) that takes a clause stands after toks[v] and after a comma: the
// verb at v, which took none, was a noun or a verb of a clause set off
// before it.
func (st *state) laterSpeechVerb(toks []tok, v int) bool {
	comma := false
	for j := v + 1; j < len(toks); j++ {
		if toks[j].k == tComma {
			comma = true
			continue
		}
		if comma && toks[j].k == tWord && st.cueAt(toks, j) && !st.nounAt(toks, j) {
			switch st.verbLemma(toks[j]) {
			case "say", "tell", "add", "write":
				return true
			}
		}
	}
	return false
}

// objectThen reports whether the object that starts at toks[c], a name
// or a noun phrase of up to six words, is followed by the word w and a
// verb phrase: "the minister of misleading …", "the council to publish
// …".
func (st *state) objectThen(toks []tok, c int, w string) bool {
	for j := c + 1; j+1 < len(toks) && j <= c+6; j++ {
		if toks[j].k != tWord {
			return false
		}
		if st.word(toks[j]) == w {
			return st.bareVerbAt(toks, j+1)
		}
	}
	return false
}

// bareVerbAt reports whether toks[i], after "to", may be a verb's bare
// form: a word in lower case and no determiner ("to publish"), or such a
// word after an opening quote mark (“to “vote your conscience””).
func (st *state) bareVerbAt(toks []tok, i int) bool {
	if toks[i].k == tQuote && i+1 < len(toks) {
		i++
	}
	return toks[i].k == tWord && !capitalised(toks[i]) && !isDeterminer(st.word(toks[i]))
}

// thatAfter reports whether the word "that" stands in toks from i on.
func (st *state) thatAfter(toks []tok, i int) bool {
	for ; i < len(toks); i++ {
		if toks[i].k == tWord && toks[i].e-toks[i].s == 4 && st.word(toks[i]) == "that" {
			return true
		}
	}
	return false
}

// titleEnd returns the index of the closing mark's token when toks[j] is
// the opening mark of a title ("told Harbour Radio’s “Drive Time” that
// …"), else -1.
func (st *state) titleEnd(toks []tok, j int) int {
	if toks[j].k != tQuote {
		return -1
	}
	ce := st.titleMarkAt(toks[j].s)
	if ce < 0 {
		return -1
	}
	for j+1 < len(toks) && toks[j+1].s < ce {
		j++
	}
	return j
}

// titleMarkAt returns where the quote that the mark at byte pos opens
// ends when it was dropped as a title (in title case; not a scare quote),
// else -1. The raw quotes in marks come
// first in st.raw, in text order.
func (st *state) titleMarkAt(pos int) int {
	// the first quote in marks that opens at pos or after, found by
	// halves: a walk from the start made an article of many quotes cost
	// its quotes squared
	i := sort.Search(len(st.raw), func(i int) bool {
		return st.raw[i].kind == Indirect || st.raw[i].pieces[0].os >= pos
	})
	if i == len(st.raw) || st.raw[i].kind == Indirect {
		return -1
	}
	q := &st.raw[i]
	if p := q.pieces[0]; p.os == pos && q.drop && titleLike(st.text, p.s, p.e, 0) {
		return p.ce
	}
	return -1
}

// laterPieceIn reports whether a piece after the first of a quote opens
// sentence sn: “A,” says Ode. “B.” has B there.
func laterPieceIn(ps []qpiece, sn Sentence) bool {
	for _, p := range ps[1:] {
		if p.os >= sn.Start && p.os < sn.End {
			return true
		}
	}
	return false
}

// participleReport returns where the clause a participle after a comma
// reports starts: after "that", or, without it, when a finite verb or a
// quote mark comes soon ("saying the port would close", "noting the
// mayor “makes you want to weep”"), not an object ("noting the boats").
func (st *state) participleReport(toks []tok, v int) (int, bool) {
	if st.word(toks[v+1]) == "that" {
		return v + 2, v+2 < len(toks)
	}
	c, ok := st.clauseAfter(toks, v, st.verbLemma(toks[v]))
	if !ok {
		// "saying calling the group by another name will do nothing": a
		// gerund subject, which a finite verb follows
		if lemma := st.verbLemma(toks[v]); !clausal(lemma) || !strings.HasSuffix(st.word(toks[v+1]), "ing") {
			return 0, false
		}
		for j := v + 2; j < len(toks) && j <= v+18; j++ {
			if toks[j].k == tWord && isRelative(st.word(toks[j])) {
				break
			}
			if toks[j].k == tWord && finite(st.word(toks[j])) {
				return v + 1, true
			}
		}
		return 0, false
	}
	if toks[c].k == tQuote {
		return c, true // "adding “we need everyone on it”": the quote is what it reports
	}
	if w := st.word(toks[v+1]); c > v+2 && st.word(toks[c-1]) == "that" && (isPreposition(w) && !(w == "to" && st.verbLemma(toks[v]) == "add") || timeName(w) || relativeDay(w)) {
		// "saying in a separate note that …", "warning on Monday that
		// …": a phrase of time or place, then that opens the clause (not
		// "reflecting unrest in an electorate that would …", "adding to
		// the problems that …")
		return c, true
	}
	for j := c + 1; j < len(toks) && j <= c+8; j++ {
		if toks[j].k == tQuote || toks[j].k == tWord && finite(st.word(toks[j])) {
			return c, true
		}
		if j > c+1 && toks[j].k == tWord && st.pastVerb(toks[j]) && st.word(toks[j-1]) != "of" && !isDeterminer(st.word(toks[j-1])) && toks[j-1].k == tWord && !st.isVerb(&toks[j-1]) {
			return c, true // "saying much of the increase reflected heavier rain": a past verb after its subject
		}
		if toks[j].k != tWord || isRelative(st.word(toks[j])) {
			break // "saying goodbye to everyone who was there": an object
		}
	}
	return 0, false
}

// participleOwner returns the bounds [b, e) of who speaks in a participle
// clause toks[v]: the name or pronoun that opens the sentence ("Ode spoke
// on Tuesday, saying …"), else the subject of the reporting verb just
// before the comma ("…, Ode said on Tuesday, noting …"), looked for from
// toks[from] on.
func (st *state) participleOwner(toks []tok, v, from int) (b, e int) {
	if b, e := st.subordinateSubject(toks, v); e > b {
		return b, e // "…, when protesters interrupted her, shouting …"
	}
	if b, e := st.ownerSubject(toks[:v]); e > b {
		return b, e
	}
	return st.attributionBefore(toks, v, from)
}

// ownerSubject returns the bounds [b, e) of the subject that opens toks
// (openingSubject), or of an "it" or "they" that opens them before a verb
// in the past: "It attacked Lund, saying …", "They published the results
// by announcing that …". The speaker such a pronoun stands for is found
// later, as for "it said" (a body named before, or none, and the clause is
// dropped); else b == e.
func (st *state) ownerSubject(toks []tok) (b, e int) {
	if b, e = st.openingSubject(toks); e > b || b+1 >= len(toks) {
		return b, e
	}
	k := b
	if b == 0 && toks[0].k == tWord && isPrepositionAnyCase(st.word(toks[0])) {
		// "On September 27 they published …": a short opening phrase
		// with no comma before the pronoun
		for k = 1; k < len(toks)-1 && k <= 5 && toks[k].k == tWord && st.word(toks[k]) != "they" && st.word(toks[k]) != "it"; k++ {
		}
	}
	if k+1 < len(toks) && toks[k].k == tWord && toks[k+1].k == tWord && st.pastVerb(toks[k+1]) {
		switch st.word(toks[k]) {
		case "It", "it", "They", "they":
			return k, k + 1
		}
	}
	return b, b
}

// attributionBefore returns the bounds [b, e) of the subject of a
// reporting verb set off by a comma just before the comma at toks[v-1]:
// "…, Ode said on Tuesday, noting …". It looks from toks[from] on.
func (st *state) attributionBefore(toks []tok, v, from int) (b, e int) {
	for u := v - 2; u >= from && v-u <= 8; u-- {
		if toks[u].k != tWord {
			if toks[u].k == tComma && u < v-1 {
				break
			}
			continue
		}
		if !st.cueAt(toks, u) || strings.HasSuffix(st.word(toks[u]), "ing") {
			continue
		}
		if s, e, _, ok := st.verbSubject(toks, u, from); ok && s > 0 && afterComma(toks, s) {
			return s, e + 1
		}
		break
	}
	return 0, 0
}

// sameCue gives the partial quotes from raw[k] on, among the first n,
// that stand inside reported clause q and hang on its own verb, or have
// no speaker of their own, the clause's speaker: one verb has one
// subject, however the two were found. With onlyEmpty (a second clause,
// whose speaker is the first's) only those with no speaker, or with the
// clause's own mention ("She points out …, and she describes it as
// “…”"), take it. It
// writes through st.raw, which appends may have moved.
func (st *state) sameCue(q *rawQuote, k, n int, onlyEmpty bool) {
	if q.speaker == "" || !q.att.cue.Valid() {
		return
	}
	for j := k; j < n && st.raw[j].pieces[0].os < q.end(); j++ {
		p := &st.raw[j]
		if p.drop || p.kind != Partial || p.pieces[0].os < q.start() || p.speaker == q.speaker {
			continue
		}
		if p.att.cue == q.att.cue && (!onlyEmpty || p.att.mention == q.att.mention) || p.speaker == "" || st.weakCueIn(p, q) {
			p.att.mention, p.att.refers, p.speaker, p.role = q.att.mention, q.att.refers, q.speaker, q.role
		}
	}
}

// weakCueIn reports whether partial quote p hangs on a verb inside
// reported clause q that reports no words of its own subject: "told a
// news conference that both sides had agreed to a “road map”", "adding
// that Drenovar expected … “as a first step”". The quoted words are
// then the clause's speaker's; a named person's verb of saying or naming
// inside it ("said that Lund called the plan “a disaster”") keeps its own
// subject.
func (st *state) weakCueIn(p, q *rawQuote) bool {
	c := p.att.cue
	if !c.Valid() || c.Start < q.start() || c.End > q.end() {
		return false
	}
	toks := st.tokensIn(c.Start, c.End)
	if len(toks) != 1 || toks[0].k != tWord {
		return false
	}
	switch lemma := st.verbLemma(toks[0]); lemma {
	case "agree", "brief", "show", "find", "continue", "respond", "answer":
		return true
	case "declare", "disclose", "confirm", "report", "reveal", "announce":
		// "added that Pell had declared his interests to the board “at
		// every stage and in writing”": a verb with a thing for its
		// object reports no words of its subject's
		if after := st.tokensIn(c.End, p.pieces[0].os); len(after) > 0 && after[0].k == tWord && isPossessivePronoun(st.word(after[0])) {
			return true
		}
		return cognition(lemma) || !st.namedPerson(p.speaker) && !st.orgNoun(p.speaker)
	default:
		// a verb of thinking, or a subject that is no person named in
		// the article ("the federation expected", "the so-called vote
		// underscores"); a named person's verb of saying keeps its own,
		// and so does a body's ("a practice the council has called “…”")
		return cognition(lemma) || !st.namedPerson(p.speaker) && !st.orgNoun(p.speaker)
	}
}

// orgNoun reports whether speaker is a lower-case noun for an
// organisation or a body: "council", "union", "regulator".
func (st *state) orgNoun(speaker string) bool {
	if speaker == "" || speaker[0] < 'a' || speaker[0] > 'z' || strings.IndexByte(speaker, ' ') >= 0 {
		return false
	}
	if nounKind(speaker) != orgNone {
		return true
	}
	ti, ok := st.lx.title(speaker)
	return ok && ti.kind == kindOrg
}

// closeQuotesIn extends the clause q so that a quote of kept (from index
// k on) that opens inside one of its pieces closes inside it too, up to
// the next piece or end.
func (st *state) closeQuotesIn(q *rawQuote, kept []rawQuote, k, end int) {
	for pi := range q.pieces {
		p := &q.pieces[pi]
		limit := end
		if pi+1 < len(q.pieces) {
			limit = q.pieces[pi+1].s
		}
		for j := k; j < len(kept) && kept[j].pieces[0].os < p.e; j++ {
			// the piece of that quote that opens inside p: its first
			if lp := kept[j].pieces[0]; lp.os >= p.s && lp.ce > p.e && lp.ce <= limit {
				p.e, p.ce = lp.ce, lp.ce
			}
		}
	}
}

// reportedAfter reads a second reported clause in the sentence's tokens
// after pos, where the first one ended: its cue after pos, and the clause
// wholly after it.
func (st *state) reportedAfter(toks []tok, sn Sentence, pos int, prev attribution) (rawQuote, bool) {
	r := len(toks)
	for r > 0 && toks[r-1].s >= pos {
		r--
	}
	if len(toks)-r < 3 {
		return rawQuote{}, false // no room for a verb and a clause
	}
	a := r
	if toks[a].k == tComma {
		a++ // "…, and said …": the first clause ends before the comma
	}
	if q, ok := st.andCue(toks, sn, a, prev); ok {
		return q, true
	}
	if q, ok := st.accordingWhich(toks, sn, a, prev); ok {
		return q, true
	}
	// "Ode said the port was full, adding that …": a participle right
	// after the first clause reports for its speaker
	if q, ok := st.participleAfter(toks, sn, r, prev, false); ok {
		return q, true
	}
	if len(toks)-r < 5 {
		return rawQuote{}, false // no room for a subject, a verb and a clause
	}
	if prev.cue.Start >= pos {
		// "Prices will rise, Kettering said, though he cautioned that …":
		// the first clause's attribution closes it; the next report is
		// after its verb
		c := r
		for c < len(toks) && toks[c].s < prev.cue.End {
			c++
		}
		if from, may := st.mayReport(toks[c:]); may && c < len(toks) {
			if q, ok := st.reportedIn(toks, sn, c+from); ok && q.start() >= prev.cue.End && !strings.HasSuffix(st.text[q.att.cue.Start:q.att.cue.End], "ing") {
				return q, true // a participle ("…, Ode said, adding that …") is participleAfter's
			}
		}
	}
	if from, may := st.mayReport(toks[r:]); may {
		if q, ok := st.reportedIn(toks, sn, r+from); ok && q.start() >= pos {
			return q, true
		}
	}
	// "…, Ode said on Tuesday, noting the mayor “makes you want to
	// weep”": a participle after an attribution reports for its subject
	return st.participleAfter(toks, sn, r, prev, true)
}

// relativeSays reads the clause of a relative whose subject is said to
// do what it tells, its speaker set between the relative pronoun and the
// verb: "the budget plan, which the union says spends more on consultants
// than on classrooms", "a rule that critics say will close farms". The
// clause runs from the word after the verb to the next comma or the
// sentence's end.
func (st *state) relativeSays(toks []tok, sn Sentence) (rawQuote, bool) {
	n := clauseEnd(toks)
	for r := 1; r+4 < n; r++ {
		if l := toks[r].e - toks[r].s; l < 3 || l > 5 || toks[r].k != tWord || toks[r-1].k != tComma && toks[r-1].k != tWord {
			continue
		}
		if w := st.word(toks[r]); w != "which" && w != "who" && w != "that" {
			continue
		}
		for v := r + 2; v <= r+5 && v+3 < n; v++ {
			if toks[v].k != tWord || toks[v-1].k != tWord {
				break
			}
			if !mayCue(toks[v].f) {
				continue // no reporting verb's shape: most words
			}
			switch st.word(toks[v]) {
			case "says", "say", "said", "claims", "claim", "claimed", "argues", "argue", "argued", "insists", "insist", "insisted", "alleges", "allege", "alleged", "contends", "contend", "contended", "believes", "believe", "believed", "estimates", "estimate", "estimated", "warns", "warn", "warned":
			default:
				continue
			}
			if pw := st.word(toks[v-1]); isDeterminer(pw) || possessiveWord(pw) {
				break // a noun after its determiner: "that this claim did not …"
			}
			if s := st.word(toks[r+1]); !capitalised(toks[r+1]) && !isDeterminer(s) && !strings.HasSuffix(s, "s") {
				break // the subject is a name, a determiner's phrase or a plural: "the union", "critics", "Ode"
			}
			nx := st.word(toks[v+1])
			if toks[v+1].k != tWord || capitalised(toks[v+1]) || !(finite(nx) || isFiniteAux(nx) || irregularPast(nx) || len(nx) > 4 && strings.HasSuffix(nx, "ed") || len(nx) > 3 && strings.HasSuffix(nx, "s") && !strings.HasSuffix(nx, "ss")) {
				break // a verb of the relative's own must follow: not "which the union says is …"'s noun
			}
			ce := v + 1
			for ce < n && toks[ce].k != tComma {
				ce++
			}
			if ce-(v+1) < 3 {
				break
			}
			att := attribution{mention: Span{toks[r+1].s, toks[v-1].e}, cue: Span{toks[v].s, toks[v].e}}
			return st.clause(toks[v+1].s, toks[ce-1].e, sn.Paragraph, att), true
		}
	}
	return rawQuote{}, false
}

// accordingWhich reads a second clause that the source of "according to"
// at toks[a] reports in a relative clause after it: "…, according to the
// Harbour Authority, which said several merchants had …", "…, according
// to Henrietta Vogt, an economist at Kestrel Bank, who said prices had …".
func (st *state) accordingWhich(toks []tok, sn Sentence, a int, prev attribution) (rawQuote, bool) {
	n := clauseEnd(toks)
	if a+5 >= n || toks[a].f&fAccord == 0 || st.word(toks[a+1]) != "to" {
		return rawQuote{}, false
	}
	for k := a + 3; k+2 < n && k <= a+20; k++ {
		if toks[k].k != tComma && toks[k].k != tWord {
			return rawQuote{}, false
		}
		if toks[k].k != tComma || toks[k+1].k != tWord {
			continue
		}
		if w := st.word(toks[k+1]); w != "which" && w != "who" {
			continue
		}
		v := k + 2
		for v+1 < n && v-k <= 4 && toks[v].k == tWord && (isAux(st.word(toks[v])) || isAdverb(st.word(toks[v]))) {
			v++ // "who has also said"
		}
		if toks[v].k != tWord || !st.cueAt(toks, v) || st.nounAt(toks, v) {
			return rawQuote{}, false
		}
		c, ok := st.clauseAfter(toks[:n], v, st.verbLemma(toks[v]))
		if !ok {
			return rawQuote{}, false
		}
		if e := st.coordinateStop(toks, c, n); e-c >= 3 {
			att := attribution{mention: prev.mention, refers: prev.refers, cue: Span{toks[v].s, toks[v].e}}
			return st.clause(toks[c].s, toks[e-1].e, sn.Paragraph, att), true
		}
		return rawQuote{}, false
	}
	return rawQuote{}, false
}

// andCue reads a second clause that the first one's speaker reports
// after "and" or "but" and a reporting verb at toks[r]: "Ode said she had
// “no regrets” and hinted that she might run".
func (st *state) andCue(toks []tok, sn Sentence, r int, prev attribution) (rawQuote, bool) {
	if r+3 < len(toks) && toks[r].k == tWord && (st.word(toks[r]) == "and" || st.word(toks[r]) == "but") && toks[r+1].k == tWord &&
		(!strings.HasSuffix(st.word(toks[r+1]), "ing") || st.thatOrQuoteAfter(toks, r+1)) && st.cueAt(toks, r+1) {
		// "Ode said she had “no regrets” and hinted that she might run":
		// the first clause's speaker reports again
		n := clauseEnd(toks)
		lemma := st.verbLemma(toks[r+1])
		c, ok := st.clauseAfter(toks[:n], r+1, lemma)
		if !ok && r+3 < n && (lemma == "accuse" && st.objectThen(toks[:n], r+2, "of") || (lemma == "urge" || directive(lemma)) && st.objectThen(toks[:n], r+2, "to")) {
			c, ok = r+2, true // "… and accused Ferro of “stealing the future”", "… and urged voters to stay home"
		}
		if ok {
			if e := st.coordinateStop(toks, c, n); e-c >= 3 {
				att := attribution{mention: prev.mention, refers: prev.refers, cue: Span{toks[r+1].s, toks[r+1].e}}
				return st.clause(toks[c].s, toks[e-1].e, sn.Paragraph, att), true
			}
		}
	}
	return rawQuote{}, false
}

// thatOrQuoteAfter reports whether "that" or a quote mark follows the
// participle toks[v]: "and asserting that …", "and adding “…”" report a
// clause, where "and leading the talks" does not.
func (st *state) thatOrQuoteAfter(toks []tok, v int) bool {
	return v+1 < len(toks) && (toks[v+1].k == tQuote || toks[v+1].k == tWord && st.word(toks[v+1]) == "that")
}

// participleAfter reads a participle set off by a comma in toks[r:] that
// reports a clause: right after the first clause (toks[r] on, no word
// between) for prev's speaker, or, when later, after an attribution for
// that attribution's subject.
func (st *state) participleAfter(toks []tok, sn Sentence, r int, prev attribution, later bool) (rawQuote, bool) {
	n := clauseEnd(toks)
	for v := max(r, 2); v < n-1; v++ {
		if toks[v].f&fShape == 0 || !afterComma(toks, v) || !strings.HasSuffix(st.word(toks[v]), "ing") || !st.cueAt(toks, v) {
			continue
		}
		adjacent := !st.wordsBetween(toks, r, v)
		if adjacent == later {
			return rawQuote{}, false
		}
		cs, ok := st.participleContent(toks[:n], v)
		if !ok || n-cs < 2 {
			return rawQuote{}, false
		}
		att := attribution{mention: prev.mention, cue: Span{toks[v].s, toks[v].e}}
		if later || !prev.mention.Valid() {
			b, e := st.attributionBefore(toks, v, r)
			if e <= b {
				return rawQuote{}, false
			}
			att.mention = Span{toks[b].s, toks[e-1].e}
		}
		ce := st.coordinateStop(toks, cs, n)
		return st.clause(toks[cs].s, toks[ce-1].e, sn.Paragraph, att), true
	}
	return rawQuote{}, false
}

// maxHeadlineClauseWords is the most words a headline read for reported
// speech may have.
const maxHeadlineClauseWords = 25

// isHeadline reports whether the article opens with a headline: a first
// paragraph of one line and one sentence, with no dateline, followed by
// the body.
func (st *state) isHeadline() bool {
	ps := st.doc.Paragraphs
	if st.cont || len(ps) < 2 || len(st.doc.Sentences) < 2 || ps[0].Dateline.Valid() || st.doc.Sentences[1].Paragraph == 0 {
		return false
	}
	t := st.text[ps[0].Start:ps[0].End]
	return strings.IndexByte(t, '\n') < 0 && countWordsMax(t, maxHeadlineClauseWords+1) <= maxHeadlineClauseWords
}

// titleHeadline reports whether the article opens with a headline written
// in title case, where capitalised words are no names and a capitalised
// verb may report ("Ode Calls Plan ‘A Disgrace’").
func (st *state) titleHeadline() bool {
	return st.isHeadline() && titleCase(st.text[st.doc.Paragraphs[0].Start:st.doc.Paragraphs[0].End])
}

// casedHeadline reports whether the first paragraph, known to be a
// headline (isHeadline), is written in title case or with capitals
// (capsLine), so that its capitalised words are no names. reported asks
// once and hands the answer to headlineClause.
func (st *state) casedHeadline() bool {
	t := st.text[st.doc.Paragraphs[0].Start:st.doc.Paragraphs[0].End]
	return titleCase(t) || capsLine(t)
}

// capsLine reports whether the words of four letters or more of a
// headline t all start with a capital, quote marks aside: "Ode Says
// Hackers Hit Port, Calls Lund's Remarks 'Troubling'" (titleCase needs a
// small word written in capitals to tell).
func capsLine(t string) bool {
	long, lower := 0, false
	for w := range strings.FieldsSeq(t) {
		w = strings.TrimLeft(w, "\"'‘’“”(")
		if len(w) < 4 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue // a number or an amount: "$250 Million"
		}
		long++
		if !unicode.IsUpper(r) {
			return false
		}
		lower = lower || hasLower(w)
	}
	return long >= 3 && lower // not a line in capitals ("CLICK FOR FULL RESULTS")
}

// hasLower reports whether w holds a letter that upper-casing changes, as
// strings.ToUpper(w) != w would, without building the upper-case copy for
// an ASCII word.
func hasLower(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf {
			return strings.ToUpper(w) != w
		} else if 'a' <= c && c <= 'z' {
			return true
		}
	}
	return false
}

// headlineClause reads a headline, where every word may be capitalised,
// for the reported speech headlines are written as: "Ode: Port Will Stay
// Open", "Port Will Stay Open, Ode Says", "Ode Calls Port Plan ‘A
// Disgrace’". The speaker is the name before the colon or the verb, or
// after the comma; the clause is the rest. cased tells whether the
// headline is in title case or capitals (casedHeadline); only the colon
// form is read in a headline written as a sentence.
func (st *state) headlineClause(toks []tok, sn Sentence, cased bool) (rawQuote, bool) {
	n := clauseEnd(toks)
	mk := func(ms, me, cue, cs, ce int) (rawQuote, bool) {
		if ce-cs < 2 || me < ms {
			return rawQuote{}, false
		}
		att := attribution{mention: Span{toks[ms].s, toks[me].e}}
		if cue >= 0 {
			att.cue = Span{toks[cue].s, toks[cue].e}
		}
		s, e := toks[cs].s, toks[ce-1].e
		if ce == n && n < len(toks) && toks[len(toks)-1].k == tQuote {
			e = toks[len(toks)-1].e // the closing mark of a quote that ends the headline
		}
		return st.clause(s, e, sn.Paragraph, att), true
	}
	// a name, if toks[s:e] is one: capitalised words, no clause word;
	// before a colon, four words at most ("Fed Chair Ana Ode:", not
	// "Vantor Strike Enters Third Day:")
	name := func(s, e int) bool {
		if e <= s || e-s > 5 || cased && s == 0 && e < n && toks[e].k == tColon && e-s > 4 {
			return false
		}
		for _, t := range toks[s:e] {
			if t.k != tWord || !capitalised(t) {
				return false
			}
		}
		return !isSentenceStarter(st.word(toks[s]))
	}
	for c := 1; c < n && c <= 8; c++ {
		if toks[c].k != tColon {
			continue
		}
		// "Ode: …", or "Ode on the Port Plan: …", but not a label
		// ("Update: …", "Editor's note: …")
		for e := 1; e <= c && e <= 5; e++ {
			if e == c || st.word(toks[e]) == "on" {
				if name(0, e) && !headlineLabel(st.word(toks[0])) {
					return mk(0, e-1, -1, c+1, n)
				}
				break
			}
		}
		break
	}
	if !cased {
		return rawQuote{}, false // a sentence-case first line is read as any sentence is
	}
	if v := n - 1; v > 2 && st.headlineVerb(toks[v]) {
		for c := v - 1; c > 0 && v-c <= 6; c-- {
			if toks[c].k == tComma {
				if name(c+1, v) {
					return mk(c+1, v-1, v, 0, c)
				}
				break
			}
		}
	}
	for v := 1; v < n && v <= 5; v++ {
		if st.headlineVerb(toks[v]) {
			if name(0, v) {
				return mk(0, v-1, v, v+1, n)
			}
			break
		}
	}
	return rawQuote{}, false
}

// headlineLabel reports the words that open a label before a colon in a
// first line, not a speaker.
func headlineLabel(w string) bool {
	w = strings.ToLower(w)
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	switch w {
	case "update", "updated", "editor", "correction", "note", "watch", "read", "analysis", "opinion",
		"exclusive", "breaking", "live", "video", "photos", "listen", "explainer", "review", "factbox", "q&a", "q", "a":
		return true
	}
	return false
}

// headlineVerb reports a reporting verb in a headline, in any case of its
// first letter ("Says", "Calls").
func (st *state) headlineVerb(t tok) bool {
	if t.k != tWord {
		return false
	}
	w := st.word(t)
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return st.isVerb(&t)
	}
	lemma, ok := st.lx.verb(strings.ToLower(w))
	// a headline drops "that" and "back": "Poll Shows Bias …" and "ESPN
	// Fires Schilling" are no reports, as verbAt has it, nor is "Clinton Goes
	// After Trump"
	return ok && lemma != "show" && lemma != "find" && lemma != "shoot" && lemma != "fire" && lemma != "hit" && lemma != "push" && lemma != "go"
}

// inheritReported gives a direct quote that has no attribution and no
// speaker the speaker of the reported speech just before it: in its own
// paragraph, or at the end of the previous one when the quote opens its
// paragraph ("Ode said the offer was an insult.¶“They want us on our
// knees.”"). The reported quotes are st.raw[from:], in text order.
func (st *state) inheritReported(from int) {
	if from == len(st.raw) {
		return
	}
	// r: the first reported quote that ends after the quote below, moved
	// on only for a quote that may inherit, as the quotes are in text order
	r := from
	for i := range from {
		q := &st.raw[i]
		if q.drop || q.hasAtt || q.speaker != "" || q.kind != Direct {
			continue
		}
		first := q.pieces[0]
		for r < len(st.raw) && st.raw[r].end() <= first.os {
			r++
		}
		if r == from {
			continue
		}
		p := &st.raw[r-1] // the last reported quote before q
		pp := p.last().para
		opens := first.os == st.doc.Paragraphs[first.para].Start
		if p.speaker != "" && (pp == first.para || opens && pp == first.para-1) {
			q.speaker, q.role, q.from = p.speaker, p.role, p.mention()
		}
	}
}

// leadClause makes the reported clause of a sentence whose reporting verb
// leads through words of the writer's into a direct quote: in "Ode said
// Friday that if she wins, “the bill will pass.”" or "Ode said she has
// what the job needs: “steadiness.”" the clause runs from after the verb
// (and "that") to the quote's closing mark, and the quote lies inside it.
// q is the one direct quote of sentence si; its attribution must be the
// sentence's own, before it, with at least three words between the verb
// and the opening mark.
func (st *state) leadClause(si int, q *rawQuote) (rawQuote, bool) {
	sn := st.doc.Sentences[si]
	first, lp := q.pieces[0], q.last()
	// the quote may hold more sentences than its first: "… the same
	// text: “Do you feel it? Thanks!”"
	if q.kind != Direct || !q.hasAtt || len(q.pieces) > 1 || first.para != sn.Paragraph ||
		q.att.cue.Start < sn.Start || q.att.cue.End > first.os || first.os >= sn.End {
		return rawQuote{}, false
	}
	toks := st.sentenceToks(si)
	h := 0
	for h < len(toks) && toks[h].e <= first.os {
		h++
	}
	if h == 0 || toks[h-1].k != tComma && toks[h-1].k != tColon && toks[h-1].k != tWord {
		return rawQuote{}, false // "…: “", "…, “", "… and that “", or "says if elected “I will …”"
	}
	// the search starts at the quote's own verb: an earlier one ("stressed
	// her support … and said she has …: “…”") is not the quote's
	from := 0
	for from < h && toks[from].s < q.att.cue.Start {
		from++
	}
	if from >= h || toks[from].s != q.att.cue.Start {
		return rawQuote{}, false
	}
	lemma := st.verbLemma(toks[from])
	c, ok := st.clauseAfter(toks[:h], from, lemma)
	if !ok && (naming(lemma) || lemma == "describe") && from+1 < h && toks[from+1].k == tWord {
		// "called them “very dull figures” because “…”": what is named
		// and how, from the word after the verb
		c, ok = from+1, true
	}
	if !ok || toks[c].s >= first.os || countWordsMax(st.text[toks[c].s:first.os], 3) < 3 {
		return rawQuote{}, false
	}
	if toks[h-1].k == tWord && st.word(toks[h-1]) != "that" && (h-1 == c || !subordinating(st.word(toks[h-1]))) {
		// a word right before the mark: only a condition or a time that
		// leads into the quote ("says if elected president “I will …”"),
		// or a conjunction inside the clause whose clause the quote is
		// ("argued that Lund has … on fares, because “…”")
		if w := st.word(toks[c]); !subordinating(w) && w != "as" {
			return rawQuote{}, false
		}
	}
	if lp.ce > sn.End && (c == 0 || st.word(toks[c-1]) != "that") {
		// past its sentence, only a clause that "that" opens holds the
		// quote: not "claimed victory in a tweet, saying: “…”"
		return rawQuote{}, false
	}
	r := st.clause(toks[c].s, lp.ce, sn.Paragraph, q.att)
	r.speaker, r.role = q.speaker, q.role
	return r, true
}

// whoBefore reports whether "who" stands among the four tokens before the
// verb toks[v], as it must for objectRelative to read anything.
func (st *state) whoBefore(toks []tok, v int) bool {
	for j := max(v-4, 0); j < v; j++ {
		if toks[j].e-toks[j].s == 3 && st.text[toks[j].s:toks[j].e] == "who" {
			return true
		}
	}
	return st.whoSetOff(toks, v-1) > 0
}

// whoSetOff returns the index of "who" when toks[c] is the comma that
// closes a phrase set off right after it ("who, after trading insults
// with Ode over the port, said"), else 0.
func (st *state) whoSetOff(toks []tok, c int) int {
	if c < 3 || toks[c].k != tComma {
		return 0
	}
	for j := c - 1; j > 1 && c-j <= 16; j-- {
		if toks[j].k == tComma {
			if toks[j-1].k == tWord && st.word(toks[j-1]) == "who" {
				return j - 1
			}
			return 0
		}
	}
	return 0
}

// orgWhich reads a report in a relative clause set off after an
// organisation's name that is not the sentence's subject: "The trial was
// funded by the Harwick Foundation, which said in a statement that …".
// The organisation is the speaker.
func (st *state) orgWhich(toks []tok, v, n int, mk func(int, int, attribution) (rawQuote, bool)) (rawQuote, bool) {
	k := v - 1
	for k > 0 && toks[k].k == tWord && st.word(toks[k]) != "which" && st.beforeVerb(toks, k, 0) {
		k-- // "which also said"
	}
	if k < 3 || toks[k].k != tWord || st.word(toks[k]) != "which" || toks[k-1].k != tComma || toks[k-2].k != tWord || !capitalised(toks[k-2]) {
		return rawQuote{}, false
	}
	s, ok := st.npBackward(toks, k-1, 0)
	if !ok || s == 0 || s > k-2 {
		return rawQuote{}, false // the sentence's subject: its own verb follows the clause
	}
	for s < k-2 && !capitalised(toks[s]) {
		s++ // "the Harwick Foundation": the name
	}
	c, ok := st.clauseAfter(toks[:n], v, st.verbLemma(toks[v]))
	if !ok {
		return rawQuote{}, false
	}
	return mk(c, n, attribution{mention: Span{toks[s].s, toks[k-2].e}, cue: Span{toks[v].s, toks[v].e}})
}

// restrictiveWho reads a report in a relative clause with no comma before
// "who" (toks[k]), after a role noun that "a" or "an" opens, past the
// sentence's first words: "Among the crowd was Ana Ode, 67, a retired
// welder who said she had voted for the party", "Lund spoke to a nurse
// who said the ward was full". The mention is "who", standing for the
// name the role is set off after, or else for the role's phrase. A
// subject that opens the sentence ("A man who said he saw it told
// police") is left alone: its clause ends at a verb no rule finds.
func (st *state) restrictiveWho(toks []tok, k, v, n int, mk func(int, int, attribution) (rawQuote, bool)) (rawQuote, bool) {
	if k < 3 || toks[k].k != tWord || st.word(toks[k]) != "who" || toks[k-1].k != tWord {
		return rawQuote{}, false
	}
	r := k - 1 // the role noun
	if capitalised(toks[r]) {
		// "a home health aide from Eastgate who said": the role, then
		// where the person is from
		for r > 1 && k-1-r < 4 && toks[r].k == tWord && capitalised(toks[r]) {
			r--
		}
		if w := st.word(toks[r]); toks[r].k != tWord || w != "from" && w != "in" && w != "at" {
			return rawQuote{}, false
		}
		r--
	}
	if toks[r].k != tWord || capitalised(toks[r]) || !st.roleWord(toks[r]) {
		return rawQuote{}, false
	}
	d := r - 1
	for d > 0 && r-d <= 3 && toks[d].k == tWord && !capitalised(toks[d]) && !isDeterminer(st.word(toks[d])) {
		d--
	}
	if w := st.word(toks[d]); d < 1 || toks[d].k != tWord || w != "a" && w != "an" {
		return rawQuote{}, false
	}
	refers := Span{toks[d].s, toks[r].e}
	if d >= 2 && toks[d-1].k == tComma {
		c := d - 1
		if c >= 3 && toks[c-2].k == tComma && isNumber(st.word(toks[c-1])) {
			c -= 2 // an age: "Ana Ode, 67, a retired welder who"
		}
		if toks[c-1].k == tWord && capitalised(toks[c-1]) {
			if s, ok := st.npBackward(toks, c, 0); ok && capitalised(toks[s]) {
				refers = Span{toks[s].s, toks[c-1].e}
			}
		}
	}
	c, ok := st.clauseAfter(toks[:n], v, st.verbLemma(toks[v]))
	if !ok {
		return rawQuote{}, false
	}
	return mk(c, n, attribution{mention: Span{toks[k].s, toks[k].e}, refers: refers, cue: Span{toks[v].s, toks[v].e}})
}

// objectRelative reads a report in a relative clause set off after a
// name: "Lund met Ana Ode, who said the quay was safe.", or the
// sentence's subject, "Ana Ode, who said the quay was safe, resigned"
// (the main clause's verb ends the report: relativeEnd). The mention is
// "who", standing for the name; the caller has found it close before the
// verb toks[v] (whoBefore).
func (st *state) objectRelative(toks []tok, v, n int, mk func(int, int, attribution) (rawQuote, bool)) (rawQuote, bool) {
	k := v - 1
	for k > 0 && toks[k].k == tWord && st.word(toks[k]) != "who" && st.beforeVerb(toks, k, 0) {
		k-- // "who also said", "who later told"
	}
	if w := st.whoSetOff(toks, k); w > 0 {
		k = w // "Lund, who, after trading insults with Ode, said"
	}
	if k > 3 && toks[k].k == tWord && st.word(toks[k]) == "who" && toks[k-1].k == tWord && st.word(toks[k-1]) == "and" {
		// "Walter Hruska, 66, who has run the bait shop … and who said":
		// the second of two relative clauses, the first set off after
		// the name
		for j := k - 2; j > 2; j-- {
			if toks[j].k == tWord && st.word(toks[j]) == "who" && toks[j-1].k == tComma {
				k = j
				break
			}
			if toks[j].k != tWord && toks[j].k != tComma {
				break
			}
		}
	}
	if r, ok := st.restrictiveWho(toks, k, v, n, mk); ok {
		return r, true
	}
	if k < 3 || toks[k].k != tWord || st.word(toks[k]) != "who" || toks[k-1].k != tComma || toks[k-2].k != tWord && !isNumber(st.word(toks[k-2])) {
		return rawQuote{}, false
	}
	s, ok := st.npBackward(toks, k-1, 0)
	e := k - 2 // the antecedent's last word
	if k >= 5 && toks[k-3].k == tComma && isNumber(st.word(toks[k-2])) {
		// "Walter Hruska, 66, who said": the name before the age
		s, ok = st.npBackward(toks, k-3, 0)
		e = k - 4
	}
	governed := false // the antecedent is the phrase a preposition governs
	if !ok || s == 0 {
		if b := st.phraseAfterPreposition(toks, k-2); b > 0 {
			// "a character statement from the daughter of a former
			// resident, who described": the phrase after "from"
			s, ok, governed = b, true, true
		}
	}
	if h := st.hometownBefore(toks, s, 0); ok && h > 0 {
		// "Dana Pruitt, 34, of Orville Falls, New Halvern, who said":
		// the name before the hometown and an age
		if h-2 > 0 && toks[h-2].k == tComma && isNumber(st.word(toks[h-1])) {
			h -= 2
		}
		if s, ok = st.npBackward(toks, h, 0); ok {
			att := attribution{mention: Span{toks[k].s, toks[k].e}, refers: Span{toks[s].s, toks[h-1].e}, cue: Span{toks[v].s, toks[v].e}}
			if c, ok := st.clauseAfter(toks[:n], v, st.verbLemma(toks[v])); ok {
				return mk(c, n, att)
			}
		}
		return rawQuote{}, false
	}
	if !ok || s >= k-1 {
		return rawQuote{}, false // no antecedent before the comma
	}
	at := s // where the body starts: the phrase may take in the role ("chair of the trust")
	for j := s; j < k-2; j++ {
		if w := st.word(toks[j]); toks[j].k == tWord && (w == "of" || w == "at" || w == "for") {
			at = j + 1
			break
		}
	}
	if b, e2 := st.nameBeforeRoleOf(toks, toks[at].s); e2 > b {
		// "backed by Ana Ode, chair of the Harbour Trust, who said": the
		// person the role is set off after, not the body
		if c, ok := st.clauseAfter(toks[:n], v, st.verbLemma(toks[v])); ok {
			return mk(c, n, attribution{mention: Span{toks[k].s, toks[k].e}, refers: Span{toks[b].s, toks[e2-1].e}, cue: Span{toks[v].s, toks[v].e}})
		}
		return rawQuote{}, false
	}
	for j := s - 1; j >= 0 && j >= s-8; j-- {
		if toks[j].k == tComma && j+1 < len(toks) {
			if w := st.word(toks[j+1]); isDeterminer(w) || w == "now" || w == "then" || w == "once" {
				// an appositive after a name ("Lund, now the port
				// director, who said", "Maas, the envoy of the Council,
				// who said"): the usual path reads it when the name opens
				// the sentence; after other words ("heard from Annika
				// Solberg, a former manager, who said") the name is the
				// antecedent here
				if j < 2 || toks[j-1].k != tWord || !capitalised(toks[j-1]) {
					return rawQuote{}, false
				}
				s2, ok := st.npBackward(toks, j, 0)
				if !ok || s2 == 0 {
					return rawQuote{}, false
				}
				c, ok := st.clauseAfter(toks[:n], v, st.verbLemma(toks[v]))
				if !ok {
					return rawQuote{}, false
				}
				att := attribution{mention: Span{toks[k].s, toks[k].e}, refers: Span{toks[s2].s, toks[j-1].e}, cue: Span{toks[v].s, toks[v].e}}
				return mk(c, n, att)
			}
		}
	}
	if p := st.objectOfPhrase(toks, Span{toks[s].s, toks[e].e}, e); p > 0 {
		// "Earned-wage products have drawn scrutiny from consumer
		// advocates, who argue": the advocates
		s, governed = p, true
	}
	if !capitalised(toks[e]) && !isDeterminer(st.word(toks[s])) && !(governed && strings.HasSuffix(st.word(toks[e]), "s")) {
		return rawQuote{}, false // a name, or a noun phrase: "the harbour master"
	}
	if s >= 2 && toks[s-1].k == tWord && toks[s-2].k == tWord && capitalised(toks[s]) {
		// "Democrats on Capitol Hill, who": the people, not the place;
		// but "a lecture from the harbour master, who"
		if p := st.word(toks[s-1]); (p == "on" || p == "in" || p == "at" || p == "from") &&
			(capitalised(toks[s-2]) || strings.HasSuffix(st.word(toks[s-2]), "s")) {
			s, e = s-2, s-2
		}
	}
	c, ok := st.clauseAfter(toks[:n], v, st.verbLemma(toks[v]))
	if !ok {
		return rawQuote{}, false
	}
	for j := c + 1; j+2 < n; j++ {
		if toks[j].k == tComma && toks[j+1].k == tWord && (st.word(toks[j+1]) == "and" || st.word(toks[j+1]) == "or") && capitalised(toks[j+2]) ||
			toks[j].k == tComma && toks[j+1].k == tWord && isFiniteAux(st.word(toks[j+1])) {
			// "Ode, who claimed that …, and Lund, who …", "Lund, who
			// suggested …, are wise choices": the relative clause ends
			n = j
			break
		}
	}
	att := attribution{mention: Span{toks[k].s, toks[k].e}, refers: Span{toks[s].s, toks[e].e}, cue: Span{toks[v].s, toks[v].e}}
	return mk(c, n, att)
}

// quantityThan reports whether toks[j] is the "than" of a quantity's
// bound ("More than a third of voters", "fewer than 300 dockers"), which
// opens no clause.
func (st *state) quantityThan(toks []tok, j int) bool {
	if j < 1 || st.word(toks[j]) != "than" || toks[j-1].k != tWord {
		return false
	}
	switch st.word(toks[j-1]) {
	case "more", "More", "less", "Less", "fewer", "Fewer":
		return true
	}
	return false
}

// relativeEnd returns where the clause toks[cs:ce] that a relative "who"
// reports ends when the main clause takes up again after a comma with
// its verb: "Ode, who said that the goal was a “one-term mayor,” spoke
// first" (a verb only in the past, a form in -ed that opens the last
// phrase, or after a quote's close a finite auxiliary: "…,” is running");
// else ce. A closing mark after the comma stays in the clause.
func (st *state) relativeEnd(toks []tok, cs, ce int) int {
	for j := cs + 1; j+1 < ce; j++ {
		if toks[j].k != tComma {
			continue
		}
		k := j + 1
		if toks[k].k == tQuote && k+1 < ce {
			k++
		}
		// an auxiliary only after a quote's close: in "said the board, in
		// her view, was weak" the clause goes on
		if w := st.word(toks[k]); toks[k].k == tWord && (simplePast(w) || isFiniteAux(w) && k > j+1 || st.lastVerbPhrase(toks, k, ce)) {
			if k > j+1 {
				return k // the quote's closing mark ends it
			}
			return j
		}
	}
	return ce
}

// lastVerbPhrase reports whether toks[k], a lower-case form in -ed, opens
// the last phrase of toks[:ce], with no comma or quote mark after it: the
// main clause's verb ("Ode, who said the board was weak, resigned on
// Friday"), not a participle set off inside the clause ("the board,
// weakened by the strike, was failing").
func (st *state) lastVerbPhrase(toks []tok, k, ce int) bool {
	if w := st.word(toks[k]); len(w) < 4 || !strings.HasSuffix(w, "ed") || capitalised(toks[k]) {
		return false
	}
	for _, t := range toks[k+1 : ce] {
		if t.k == tComma || t.k == tQuote {
			return false
		}
	}
	return true
}

// subjectReportsAt reports whether toks[k] opens a clause whose subject,
// a pronoun or a name, a reporting verb and "that" follow: "he told
// drivers that …".
func (st *state) subjectReportsAt(toks []tok, k int) bool {
	if toks[k].k != tWord {
		return false
	}
	if _, pron := isPronoun(st.word(toks[k])); !pron && !capitalised(toks[k]) {
		return false
	}
	v := st.npForward(toks, k)
	if v <= k {
		return false
	}
	for v < len(toks) && v < k+8 && toks[v].k == tWord && st.beforeVerb(toks, v, k) {
		v++
	}
	if v >= len(toks) || !st.cueAt(toks, v) || st.nounAt(toks, v) {
		return false
	}
	// the verb reports a clause that "that" opens ("told drivers that",
	// "told analysts on an earnings call in February that"), not a deed
	// ("Sowers wrote 212 checks", "has signalled some flexibility")
	for t := v + 1; t < len(toks) && t <= v+12 && toks[t].k == tWord; t++ {
		if st.word(toks[t]) == "that" {
			return true
		}
	}
	return false
}

// phraseAfterPreposition returns where the noun phrase that ends at
// toks[e] starts when "from", "by" or "with" leads into it and a
// determiner opens it ("from the daughter of a former resident"), else 0.
func (st *state) phraseAfterPreposition(toks []tok, e int) int {
	for j := e; j > 0 && e-j <= 8; j-- {
		if toks[j].k != tWord {
			return 0
		}
		switch st.word(toks[j]) {
		case "from", "by", "with":
			if j+1 < e && isDeterminer(st.word(toks[j+1])) {
				return j + 1
			}
			if j+1 <= e && !capitalised(toks[e]) && strings.HasSuffix(st.word(toks[e]), "s") {
				return j + 1 // "drawn scrutiny from consumer advocates, who argue"
			}
			return 0
		}
		if st.isVerb(&toks[j]) {
			return 0
		}
	}
	return 0
}

// clauseBeforeParticiple reads the reported clause before the participle
// that leads into direct quote q: "Ode said the talks could be “messy,”
// adding, “Democracy is messy.”" The participle's own quote is q; the
// clause before it is the first verb's. A second verb after "and" or
// "but" leads in the same way: "She said she backed the strike, but
// added: “…”".
func (st *state) clauseBeforeParticiple(si int, q *rawQuote) (rawQuote, bool) {
	sn := st.doc.Sentences[si]
	first := q.pieces[0]
	if q.kind != Direct || !q.hasAtt || first.para != sn.Paragraph || q.att.cue.Start < sn.Start || q.att.cue.End > first.os {
		return rawQuote{}, false
	}
	toks := st.sentenceToks(si)
	p := 0
	for p < len(toks) && toks[p].s < q.att.cue.Start {
		p++
	}
	if p < 4 || p >= len(toks) || toks[p].s != q.att.cue.Start {
		return rawQuote{}, false
	}
	head := toks[:p-1]
	if !strings.HasSuffix(st.word(toks[p]), "ing") {
		// "She said she backed the strike, but added: “…”": the verb
		// after "and" or "but" has the quote, the one before the clause
		a := p - 1 // "and" or "but"
		if subjectPronoun(st.word(toks[a])) && a > 3 {
			a-- // "…, and he called for support: “…”": the pronoun names the speaker again
		}
		if w := st.word(toks[a]); w != "and" && w != "but" || toks[a].k != tWord {
			return rawQuote{}, false
		}
		head = toks[:a]
		if toks[a-1].k == tComma {
			head = toks[:a-1]
		}
		from, may := st.mayReport(head)
		if !may {
			return rawQuote{}, false
		}
		r, ok := st.reportedIn(head, sn, from)
		if !ok || a == p-1 && r.att.mention != q.att.mention {
			return rawQuote{}, false // one speaker: the quote's subject is the clause's
		}
		if a < p-1 {
			if name, _ := st.speakerOf(r.att); name == "" || name != q.speaker {
				return rawQuote{}, false
			}
		}
		if last := head[len(head)-1]; last.k == tQuote && len(r.pieces) == 1 && r.pieces[0].e <= last.s && r.pieces[0].e >= head[len(head)-2].e {
			// "he never used the term “three amigos” and added": the
			// closing mark of the words the clause quotes is the clause's
			r.pieces[0].e, r.pieces[0].ce = last.e, last.e
		}
		r.speaker, r.role = st.speakerOf(r.att)
		return r, true
	}
	switch w := st.word(toks[p-1]); {
	case toks[p-1].k == tComma:
	case toks[p-1].k == tQuote && (toks[p-2].k == tComma || toks[p-2].k == tQuote && toks[p-3].k == tComma):
		head = toks[:p] // “messy,” adding and ''messy,'' adding: the comma inside the marks
	case toks[p-1].k == tWord && (w == "while" || w == "before" || w == "after"):
		// "insisted it was “premature” while adding", "before adding:"
	default:
		return rawQuote{}, false
	}
	from, may := st.mayReport(head)
	if !may {
		return rawQuote{}, false
	}
	r, ok := st.reportedIn(head, sn, from)
	if !ok {
		return rawQuote{}, false
	}
	r.speaker, r.role = st.speakerOf(r.att)
	return r, true
}

// leadBefore makes the reported clause of a sentence whose writer's words
// lead into a direct quote across its attribution: in "While traffic is
// at its highest in years, Ode said, “this has done nothing for fees.”"
// what Ode reports is the opening clause and the quote, two pieces around
// the attribution. The opening words must read as a clause (they hold an
// auxiliary or a modal: "It is time …", "If Lund is elected"), not as a
// phrase that sets the scene ("At a rally in Kell,", "Asked about it,"),
// and no quote mark; the attribution is set off by commas.
func (st *state) leadBefore(si int, q *rawQuote) (rawQuote, bool) {
	sn := st.doc.Sentences[si]
	first, lp := q.pieces[0], q.last()
	if q.kind != Direct || !q.hasAtt || len(q.pieces) > 1 || first.para != sn.Paragraph ||
		q.att.mention.Start <= sn.Start || q.att.cue.End > first.os || lp.ce > sn.End {
		return rawQuote{}, false
	}
	toks := st.sentenceToks(si)
	m := 0 // the mention's first token
	for m < len(toks) && toks[m].s < q.att.mention.Start {
		m++
	}
	h := m // the quote's opening mark
	for h < len(toks) && toks[h].s < first.os {
		h++
	}
	if m < 4 || m >= len(toks) || toks[m].s != q.att.mention.Start || toks[m-1].k != tComma || h >= len(toks) || toks[h-1].k != tComma {
		return rawQuote{}, false
	}
	for j := m; j < h-1; j++ {
		if toks[j].k != tWord {
			return rawQuote{}, false // only the attribution between the commas
		}
	}
	switch w0 := st.word(toks[0]); {
	case w0 == "While" || w0 == "Although" || w0 == "Though" || w0 == "If" || w0 == "Unless" || w0 == "Whether" || w0 == "Because" || w0 == "Whereas":
		// a condition or a concession is part of what is said; a time
		// ("When his editors asked, …") sets the scene
	case isOpener(w0) || isPreposition(w0) || subordinating(w0) || strings.HasSuffix(w0, "ing") || strings.HasSuffix(w0, "ed"):
		return rawQuote{}, false
	}
	aux := false
	for j := range m - 1 {
		switch toks[j].k {
		case tWord:
			if st.cueAt(toks, j) && !st.nounAt(toks, j) {
				return rawQuote{}, false // the words of another report: "She said …, and when pressed, Ode replied, “…”"
			}
			aux = aux || isFiniteAux(st.word(toks[j]))
		case tQuote, tStop, tColon, tSemi:
			return rawQuote{}, false
		}
	}
	if !aux {
		return rawQuote{}, false
	}
	before := qpiece{s: toks[0].s, e: toks[m-2].e, para: sn.Paragraph}
	before.os, before.ce = before.s, before.e
	after := qpiece{s: first.os, e: lp.ce, para: sn.Paragraph}
	after.os, after.ce = after.s, after.e
	r := rawQuote{para: sn.Paragraph, kind: Indirect, att: q.att, hasAtt: true, closed: true}
	k0 := len(st.pieces)
	st.pieces = append(st.pieces, before, after)
	r.pieces = st.pieces[k0:len(st.pieces):len(st.pieces)]
	r.speaker, r.role = q.speaker, q.role
	return r, true
}

// isFiniteAux reports the auxiliaries and modals that make a run of words
// a clause ("It is time", "If Lund is elected", "the plan could be"): the
// finite forms, "do" and their negations.
func isFiniteAux(w string) bool {
	if finite(w) {
		return true
	}
	switch w {
	case "do", "isn't", "aren't", "wasn't", "won't", "can't", "isn’t", "aren’t", "wasn’t", "won’t", "can’t":
		return true
	}
	return false
}

// participleClause makes the reported clause that a participle adds to a
// direct quote's attribution: in "“We need change,” Ode said, arguing
// that the port needs “new hands.”" the clause is "the port needs “new
// hands”", from after "arguing" and its "that" to the end of the sentence,
// with the quote's speaker. q is the one direct quote of sentence si.
func (st *state) participleClause(si int, q *rawQuote) (rawQuote, bool) {
	sn := st.doc.Sentences[si]
	lp := q.last()
	if q.kind != Direct || !q.hasAtt || q.headAtt || q.att.cue.Start < lp.ce || q.att.cue.End > sn.End {
		return rawQuote{}, false
	}
	toks := st.sentenceToks(si)
	n := clauseEnd(toks)
	v := 0
	for v < n && toks[v].s < q.att.cue.End {
		v++
	}
	// the first comma after the attribution, then the participle
	for v < n && toks[v].k != tComma && toks[v].k != tQuote {
		v++
	}
	if v+3 < n && toks[v].k == tComma && toks[v+1].k == tWord && (st.word(toks[v+1]) == "the" || st.word(toks[v+1]) == "a" || st.word(toks[v+1]) == "an") {
		// "…,” said Ana Ode, the harbour master, adding that …": the
		// speaker's appositive before the participle's comma
		for a := v + 2; a+2 < n && a <= v+8 && toks[a].k == tWord && !st.cueAt(toks, a); a++ {
			if toks[a+1].k == tComma && toks[a+2].k == tWord && strings.HasSuffix(st.word(toks[a+2]), "ing") {
				v = a + 1
				break
			}
		}
	}
	if v+2 < n && toks[v].k == tComma && toks[v+1].k == tWord {
		switch st.word(toks[v+1]) {
		case "before", "after", "while", "then", "also":
			v++ // "…,” Ode said, before adding that …": the word stands for the comma
		}
	}
	rel := false
	if v+2 < n && toks[v].k == tComma && toks[v+1].k == tWord && st.word(toks[v+1]) == "who" {
		// "…,” said one docker, who added that …": the speaker's own
		// relative clause goes on to report
		v, rel = v+1, true
		if v+2 < n && st.word(toks[v+1]) == "also" {
			v++
		}
	}
	if v+1 >= n || toks[v].k != tComma && toks[v].k != tWord || toks[v+1].k != tWord || !st.cueAt(toks, v+1) {
		return rawQuote{}, false
	}
	if w := st.word(toks[v+1]); rel {
		if lemma := st.verbLemma(toks[v+1]); !clausal(lemma) || strings.HasSuffix(w, "ing") {
			return rawQuote{}, false
		}
	} else if !strings.HasSuffix(w, "ing") {
		return rawQuote{}, false
	}
	c := v + 2
	if c < n && toks[c].k == tWord && st.word(toks[c]) == "that" {
		c++
	}
	if c >= n || toks[c].k != tWord || n-c < 3 {
		return rawQuote{}, false
	}
	r := st.clause(toks[c].s, toks[n-1].e, sn.Paragraph, attribution{mention: q.att.mention, cue: Span{toks[v+1].s, toks[v+1].e}})
	r.speaker, r.role = q.speaker, q.role
	return r, true
}

// partialClause makes the reported clause of a partial quote whose
// attribution comes before it in its sentence, when reportedIn found
// none: in "…, calling Trump a “con artist”." the clause is "Trump a “con
// artist”" (from after the cue, or after a "that" that follows it, to the
// end of the sentence), with the partial quote's speaker. qs are the kept
// quotes from the first one that may lie in sentence sn.
func (st *state) partialClause(toks []tok, sn Sentence, qs []rawQuote) (rawQuote, bool) {
	n := clauseEnd(toks)
	for j := range qs {
		pq := &qs[j]
		first := pq.pieces[0]
		if first.os >= sn.End {
			break
		}
		if pq.drop || pq.kind != Partial || !pq.hasAtt || first.os < sn.Start ||
			pq.att.cue.Start < sn.Start || pq.att.cue.End > first.os {
			continue
		}
		c := 0
		for c < n && toks[c].s < pq.att.cue.End {
			c++
		}
		for i := c; i < n && toks[i].s < first.os; i++ {
			if toks[i].k == tWord && st.word(toks[i]) == "that" {
				c = i + 1
				break
			}
		}
		if a := st.word(toks[0]); a == "As" || a == "as" || len(toks) > 1 && isSentenceStarter(a) && st.word(toks[1]) == "as" {
			// "As Ode put it in a statement, the port is “open”": what is
			// reported is the main clause, after the opening one
			for i := c; i < n && toks[i].s < first.os; i++ {
				if toks[i].k == tComma {
					c = i + 1
					break
				}
			}
		}
		if strings.HasSuffix(st.text[pq.att.cue.Start:pq.att.cue.End], " it") {
			// "…, as the Gazette put it in an expose, “the fixer.”": the
			// phrase after "put it" is no part of what is reported
			for i := c; i < n && toks[i].s < first.os; i++ {
				if toks[i].k == tComma {
					c = i + 1
				}
			}
		}
		if c < n && toks[c].k == tWord && st.word(toks[c]) == "back" {
			// "hit back at the council, calling the vote “a farce”": the
			// reply's phrase is no part of what is reported; with no
			// comma after it ("hits back at “fiction”") nothing is
			comma := false
			for i := c + 1; i < n && i < c+9 && toks[i].s < first.os; i++ {
				if toks[i].k == tComma {
					c, comma = i+1, true
					break
				}
			}
			if !comma {
				return rawQuote{}, false
			}
		}
		if c+1 < n && toks[c].s < first.os && isObjectPronoun(st.word(toks[c])) && st.word(toks[c]) != "you" && st.word(toks[c]) != "it" && toks[c+1].k == tWord && st.word(toks[c+1]) != "to" && st.tellingCue(pq.att.cue) {
			// "told him she worries he is “too nice”": the one told is
			// no part of what is reported (but "told them to …" is)
			c++
		}
		for c < n && (toks[c].k == tComma || toks[c].k == tColon) {
			c++
		}
		att := pq.att
		if c+1 < n && toks[c].s < first.os && strings.HasSuffix(st.word(toks[c]), "ing") && st.cueAt(toks, c) {
			// "Ode agreed, praising Lund as “…”": the participle is the
			// cue of what follows it
			att.cue = Span{toks[c].s, toks[c].e}
			c++
		}
		if c >= n || toks[c].s > first.os {
			return rawQuote{}, false
		}
		// a clause that is only the quote adds nothing: "saying, “…”"
		if toks[c].e >= first.os && toks[n-1].s < pq.last().ce {
			return rawQuote{}, false
		}
		// "pledged a “political revolution” and said that …": the
		// speaker's next report ends the clause
		ce := st.coordinateStop(toks, c, st.andParticiple(toks, c, n))
		if att.refers.Valid() {
			ce = st.relativeEnd(toks, c, ce)
		}
		if ce <= c {
			return rawQuote{}, false
		}
		r := st.clause(toks[c].s, toks[ce-1].e, sn.Paragraph, att)
		r.speaker, r.role = pq.speaker, pq.role
		return r, true
	}
	return rawQuote{}, false
}

// tellingCue reports whether the cue c is a verb whose object is the one
// told before what is told: tell, assure, inform, remind, warn.
func (st *state) tellingCue(c Span) bool {
	w := st.text[c.Start:c.End]
	if i := strings.IndexByte(w, ' '); i > 0 {
		w = w[:i]
	}
	lemma, ok := st.lx.verb(w)
	if !ok && w != "" && 'A' <= w[0] && w[0] <= 'Z' {
		lemma, _ = st.lx.verb(strings.ToLower(w)) // "Told …": rare, so the copy is
	}
	switch lemma {
	case "tell", "assure", "inform", "remind", "warn":
		return true
	}
	return false
}

// earlierPartialClause makes the clause of a partial quote that lies in
// sentence sn wholly before the clause q found there and its
// attribution, when the quote's own reporting verb comes before it:
// partialClause over the tokens before q's subject. qs are the kept
// quotes from the first one that may lie in the sentence.
func (st *state) earlierPartialClause(toks []tok, sn Sentence, qs []rawQuote, q *rawQuote) (rawQuote, bool) {
	lim := q.start()
	if c := q.att.cue; c.Valid() && c.Start >= sn.Start {
		lim = min(lim, c.Start)
	}
	if m := q.att.mention; m.Valid() && m.Start >= sn.Start {
		lim = min(lim, m.Start)
	}
	found := false
	for j := range qs {
		pq := &qs[j]
		if pq.pieces[0].os >= lim {
			break
		}
		if !pq.drop && pq.kind == Partial && pq.pieces[0].os >= sn.Start && pq.last().ce <= lim && pq.hasAtt && pq.att.cue.Valid() && pq.att.cue.End <= pq.pieces[0].os {
			found = true
			break
		}
	}
	if !found {
		return rawQuote{}, false
	}
	m := 0
	for m < len(toks) && toks[m].s < lim {
		m++
	}
	r, ok := st.partialClause(toks[:m], sn, qs)
	if !ok || r.end() > lim {
		return rawQuote{}, false
	}
	// the clause ends before a comma and a partial quote that another
	// verb reports ("admitting that he had concerns about “…”, the
	// victims “…” and he does believe …"), and with its last partial
	// quote when a conjunction leads on to the words of q's clause: "…
	// as “patently false,” and analysts told …"
	last := -1
	for j := range qs {
		pq := &qs[j]
		if pq.drop || pq.pieces[0].os < r.start() || pq.last().ce > r.end() {
			continue
		}
		if last > 0 && pq.att.cue.Valid() && pq.att.cue != r.att.cue {
			if c := strings.LastIndex(st.text[last:pq.pieces[0].os], ","); c >= 0 {
				p := &r.pieces[0]
				p.e, p.ce = last+c, last+c
				return r, true
			}
		}
		last = pq.last().ce
	}
	if last > 0 {
		rest := strings.TrimLeft(st.text[last:r.end()], " ,")
		if w, _, _ := strings.Cut(rest, " "); w == "and" || w == "but" || w == "while" {
			p := &r.pieces[0]
			p.e, p.ce = last, last
		}
	}
	return r, true
}

// reportedIn reads one sentence's tokens for reported speech; no token
// before from is a reporting verb or "according".
func (st *state) reportedIn(toks []tok, sn Sentence, from int) (rawQuote, bool) {
	n := clauseEnd(toks)
	toks = toks[:n]
	minWords := 3
	capEnd := -1 // where the main clause starts after an opening subordinate clause that reports
	// the last participle that reports after a comma, and the first
	// relative clause set off by one, are found once for all the verbs of
	// a sentence: a search from each made a sentence of many verbs cost
	// its verbs times its length
	memo := verbMemo{lastPart: -1, partFrom: len(toks) - 1, firstRel: -1, relTo: 2}
	mk := func(cs, ce int, att attribution) (rawQuote, bool) {
		if capEnd >= 0 {
			ce = min(ce, capEnd)
		}
		for cs < ce && toks[cs].k == tComma {
			cs++ // "says, in such a case, …"
		}
		ce = st.coordinateStop(toks, cs, ce)
		if att.refers.Valid() {
			ce = st.relativeEnd(toks, cs, ce)
		}
		if ce-cs < minWords || cs >= len(toks) {
			return rawQuote{}, false
		}
		return st.clause(toks[cs].s, toks[ce-1].e, sn.Paragraph, att), true
	}
	// both "according to" rules and closingAttribution read a comma before
	// the attribution or after it: a sentence without one, told by its
	// text, is spared their scans and lookups
	comma := st.commaIn(toks)
	// according to X, …  /  …, according to X
	for i := from; comma && i+2 < n; i++ {
		if toks[i].f&fAccord != 0 && st.word(toks[i+1]) == "to" { // "according" or "According"
			j := st.npForward(toks, i+2)
			att := attribution{cue: Span{toks[i].s, toks[i+1].e}}
			if j > i+2 {
				att.mention = Span{toks[i+2].s, toks[j-1].e}
			}
			if j > i+2 && j+1 < len(toks) && toks[j].k == tOpen && toks[j+1].k == tWord && (j+2 == len(toks) || toks[j+2].k == tClose) && capitalised(toks[j-1]) {
				j = min(j+3, n) // "According to the United Dockworkers Union (SUP), …": its short name
			}
			author, byAfter := false, false
			if j > i+2 && j+2 < n && st.word(toks[j]) != "by" {
				// "according to figures published on Monday by the lender …":
				// the participle and the time before by
				k := j
				if st.word(toks[k]) == "of" && k+2 < n {
					// "according to a survey of 6,000 workers published
					// on Tuesday by the research firm …": what it is of
					m := k + 1
					for m < n && (toks[m].k == tWord && isNumber(st.word(toks[m])) || st.numberComma(toks[:n], m)) {
						m++ // "of 6,000 workers"
					}
					if k2 := st.npForward(toks[:n], m); k2 > k+1 && k2+1 < n {
						k = k2
					}
				}
				if toks[k].k == tWord && strings.HasSuffix(st.word(toks[k]), "ed") {
					k++
				}
				if strings.HasSuffix(st.word(toks[k-1]), "ed") {
					if k2 := st.settingPhrase(toks[:n], k); k2 > k && k2+1 < n && st.word(toks[k2]) == "by" {
						j, byAfter = k2, true
					}
				}
			}
			if j > i+2 && j+1 < n && (byAfter || strings.HasSuffix(st.word(toks[j-1]), "ed")) && st.word(toks[j]) == "by" && capitalisedOrDet(st, toks[j+1]) {
				// "according to a complaint filed by the SEC": its author
				if k := st.npForward(toks, j+1); k > j+1 {
					att.mention = Span{toks[j+1].s, toks[k-1].e}
					j, author = k, true
				}
			}
			if !author && (i == 0 && (j == n || toks[j].k != tComma) || i > 0 && j < n) {
				// "According to state television, …", "…, according to
				// people familiar with the talks": the source is every
				// word up to the comma or the clause's end
				if m, e := st.accordingSource(toks, i+2, n, j); e != j {
					j, att.mention = e, Span{toks[i+2].s, toks[m-1].e}
				}
			}
			if j == i+2 {
				break
			}
			if i > 0 && j+2 < n && toks[j].k == tComma && toks[j-1].k == tWord && (!capitalised(toks[j-1]) || st.roleOfBefore(toks, j, i+2)) {
				// "…, according to the returning officer, Colin Ashby.": the
				// name set off after the role ends the sentence
				k := j + 1
				for k < n && toks[k].k == tWord && capitalised(toks[k]) {
					k++
				}
				if k == n && k-(j+1) >= 2 {
					att.mention, j = Span{toks[j+1].s, toks[n-1].e}, n
				}
			}
			if i == 0 && j+2 < n && toks[j].k == tComma && st.subjectReportsAt(toks[:n], j+1) {
				// "According to a copy of the letter, he told drivers that
				// …": the main clause's own subject and verb report
				break
			}
			if i == 0 && j < n && toks[j].k == tComma {
				if k := st.appositiveName(toks, i+2, j); k > j {
					// "According to the regional governor, Petra Vasch, two
					// civilians …": the name set off after the role
					att.mention = Span{toks[j+1].s, toks[k-1].e}
					j = k
				}
				return mk(st.setOffParticiple(toks, j+1, n), n, att)
			}
			if i > 0 && toks[i-1].k == tComma && (j == n || st.phraseTail(toks[j:n])) && !st.reportsThat(toks[:i-1]) && !(i >= 2 && st.cueAt(toks, i-2)) { // not "“…,” he said, according to the paper
				// and "…, according to a police report released by the
				// department along with the findings."
				if j < n && j-2 > i+2 && st.word(toks[j-1]) == "along" {
					att.mention.End = toks[j-2].e
				}
				return mk(0, i-1, att)
			}
			if i > 1 && toks[i-1].k == tComma && j+1 < n && toks[j].k == tComma && (isNumber(st.word(toks[j+1])) || st.word(toks[j+1]) == "who") && !st.reportsThat(toks[:i-1]) {
				// "…, according to Dean Kowalczyk, 34, who has surfed
				// there for years.": what follows the source describes it
				return mk(0, i-1, att)
			}
			if i >= 2 && toks[i-1].k == tComma && j+2 < n && toks[j].k == tComma && (st.phraseOnly(toks[:i-1]) || st.subordinateOnly(toks[:i-1])) && st.finiteIn(toks[j+1:n]) {
				// "Within hours of the finish, according to Berg, three
				// agents had been in touch": the phrase before sets the
				// scene; the clause after the source is what it reports
				return mk(j+1, n, att)
			}
			if i >= 6 && toks[i-1].k == tComma && j < n && toks[j].k == tComma && !st.reportsThat(toks[:i-1]) && st.plainClause(toks[:i-1]) {
				// "Prices rose 5.8% in a year, according to the statistics
				// office, well above the target.": the clause before is
				// the source's; the writer's words after it are not (a
				// subject alone before is a parenthetical: "The plant,
				// according to officials, will close")
				return mk(0, i-1, att)
			}
			break
		}
	}
	if comma {
		if i := st.perSource(toks, n); i > 0 && !st.reportsThat(toks[:i-1]) {
			// "…, per a statement the utility released on Thursday": per
			// as according to, after the clause it sources
			att := attribution{cue: Span{toks[i].s, toks[i].e}}
			j := st.npForward(toks, i+1)
			if m, e := st.accordingSource(toks, i+1, n, j); e != j {
				j, att.mention = e, Span{toks[i+1].s, toks[m-1].e}
			} else if j > i+1 {
				att.mention = Span{toks[i+1].s, toks[j-1].e}
			}
			if k := i + 3; k+1 < n && isDeterminer(st.word(toks[i+1])) && st.lx.noun(st.word(toks[i+2])) == kindDocument && isDeterminer(st.word(toks[k])) {
				// "per a statement the utility released": its issuer
				e := k + 1
				for e < n && e-k <= 3 && toks[e].k == tWord && !capitalised(toks[e]) && !strings.HasSuffix(st.word(toks[e]), "ed") {
					e++ // the issuer's words up to its verb
				}
				if e > k+1 {
					att.mention = Span{toks[k].s, toks[e-1].e}
				}
			}
			if att.mention.Valid() {
				if r, ok := mk(0, i-1, att); ok {
					return r, true
				}
			}
		}
		if b, att, ok := st.closingAttribution(toks, n, from); ok {
			if r, ok := mk(0, b, att); ok {
				return r, true
			}
		}
		if p := participlePhraseAfter(st, toks, n); p > 0 {
			// "…, the board said late Tuesday, handing organizers their
			// first win": the writer's participle phrase after the
			// attribution that closes the reported words
			if b, att, ok := st.closingAttribution(toks, p, from); ok {
				if r, ok := mk(0, b, att); ok {
					return r, true
				}
			}
		}
	}
	if from == 0 && n > 1 && st.cueAt(toks, 0) {
		// "Acknowledging that …, Ode did say …": the main clause's
		// subject reports the opening participle's clause
		if c, b, e := st.participleSubject(toks, 0); e > b {
			if cs, ok := st.clauseAfter(toks[:c], 0, st.verbLemma(toks[0])); ok {
				if w := st.word(toks[c-1]); c-2 > cs && (w == "though" || w == "however") {
					// "…, though, Ode said", "…,” though, Ode said"
					for c--; c > cs+1 && toks[c-1].k == tComma; c-- {
					}
				}
				return mk(cs, c, attribution{mention: Span{toks[b].s, toks[e-1].e}, cue: Span{toks[0].s, toks[0].e}})
			}
		}
	}
	if c, att, ok := st.asOpening(toks, n); ok {
		return mk(c, n, att)
	}
	if c, att, ok := st.madeClear(toks, n); ok {
		return mk(c, n, att)
	}
	if !st.verbReports {
		if c, att, ok := st.putItTo(toks, n); ok {
			return mk(c, n, att)
		}
	}
	askedUntil := 0 // the end of an opening question put to the subject: "Asked whether she would recommend that …, Serrat paused"
	if n > 3 {
		askedUntil = st.askedEnd(toks, n)
	}
	for v := max(from, 1); v < n; v++ {
		if !st.cueAt(toks, v) || st.barePassive(toks, v) || v < askedUntil {
			continue
		}
		w := st.word(toks[v])
		if strings.HasSuffix(w, "ing") && possessiveWord(st.word(toks[v-1])) && !pronounIs(st.word(toks[v-1])) {
			continue // "the mayor's thinking": a noun
		}
		if v == 1 && (st.word(toks[0]) == "So" || st.word(toks[0]) == "Thus") {
			continue // "So said Tobias Renwick, …": the quote before is his (cameFrom), no clause after
		}
		if st.insideSetOffRelative(toks[:n], v) {
			continue // "A reader, who asked that her name not be used, wrote that …": the main verb reports
		}
		if st.anonymityRequest(toks[:n], v) {
			continue // "an electrician who … asked that his last name not be used, tried": no report
		}
		if b, e, ok := st.quotedAs(toks, v); ok {
			// "Interfax quoted the minister as saying …": the one quoted
			// reports the clause
			if c, ok := st.clauseAfter(toks[:n], v, st.verbLemma(toks[v])); ok {
				return mk(c, n, attribution{mention: Span{toks[b].s, toks[e-1].e}, cue: Span{toks[v].s, toks[v].e}})
			}
			continue
		}
		if strings.HasSuffix(w, "ing") {
			// a participle: each of these rules reads one
			if c, b, e := st.participleSubject(toks, v); e > b {
				// "After telling reporters that …, Ode left": the main
				// clause's subject reports the opening clause
				if cs, ok := st.clauseAfter(toks[:c], v, st.verbLemma(toks[v])); ok {
					return mk(cs, c, attribution{mention: Span{toks[b].s, toks[e-1].e}, cue: Span{toks[v].s, toks[v].e}})
				}
				continue
			}
			if b := st.withSubject(toks, v); b > 0 {
				// "with forecasters warning that …": the phrase after with
				att := attribution{mention: Span{toks[b].s, toks[v-1].e}, cue: Span{toks[v].s, toks[v].e}}
				if c, ok := st.clauseAfter(toks[:n], v, st.verbLemma(toks[v])); ok {
					return mk(c, n, att)
				}
				continue
			}
			if b, e := st.participleAfterPlace(toks, v); e > b {
				// "Ode left the court saying …" takes no comma
				if c, ok := st.clauseAfter(toks[:n], v, st.verbLemma(toks[v])); ok {
					return mk(c, n, attribution{mention: Span{toks[b].s, toks[e-1].e}, cue: Span{toks[v].s, toks[v].e}})
				}
				continue
			}
			switch st.word(toks[v-1]) {
			case "by", "after", "before", "while", "without":
				// "Ode closed the meeting by saying that …": the sentence's
				// subject speaks through the participle
				// only a clause the verb plainly reports: after "that", or
				// after "saying" or "telling" ("by adding a clock" is none)
				lemma := st.verbLemma(toks[v])
				if v+1 >= n || st.word(toks[v+1]) != "that" && lemma != "say" && lemma != "tell" {
					continue
				}
				if b, e := st.ownerSubject(toks[:v-1]); e > b && e < v-1 {
					att := attribution{mention: Span{toks[b].s, toks[e-1].e}, cue: Span{toks[v].s, toks[v].e}}
					if c, ok := st.clauseAfter(toks[:n], v, st.verbLemma(toks[v])); ok {
						return mk(c, n, att)
					}
				}
				continue
			}
			if !catenative(st.word(toks[v-1])) && !st.beParticiple(toks, v) {
				// "Ode spoke on Tuesday, arguing that …", "…, saying the
				// port would close": the sentence's subject, or the subject of
				// the attribution before the comma, reports the clause
				if toks[v-1].k == tComma && v+1 < n {
					if cs, ok := st.participleReport(toks[:n], v); ok {
						if b, e := st.participleOwner(toks, v, from); e > b {
							return mk(cs, n, attribution{mention: Span{toks[b].s, toks[e-1].e}, cue: Span{toks[v].s, toks[v].e}})
						}
					}
				}
				continue
			}
		}
		if st.nounAt(toks, v) {
			if r, ok := st.nounClause(toks, v, n, mk); ok {
				return r, true
			}
			continue
		}
		if k := toks[v-1].k; (k == tComma || k == tQuote) && !st.setOffRelativeSubject(toks, v) {
			// an inverted attribution follows a comma, or the closing
			// mark after one: "…,” said Mr. Burman"
			if r, ok := st.invertedTail(toks, v, sn, mk); ok {
				return r, true
			}
		}
		if st.whoBefore(toks, v) {
			if r, ok := st.objectRelative(toks, v, n, mk); ok {
				return r, true
			}
		}
		if r, ok := st.orgWhich(toks, v, n, mk); ok {
			return r, true
		}
		lo := 0
		aux := v - 1 // before an auxiliary: "Kestrel, which runs 38 centers, has said"
		for aux > 1 && v-aux <= 2 && toks[aux].k == tWord && isAux(st.word(toks[aux])) {
			aux--
		}
		setOff := toks[v-1].k == tComma || toks[aux].k == tComma && aux < v-1 || v > 1 && toks[v-1].k == tQuote && toks[v-2].k == tComma && st.titleOpenBefore(toks, v-1, 0) > 0 // a clause between the subject and the verb may be set off
		for j := v - 1; j > 0; j-- {
			if toks[j].k == tQuote && setOff {
				if o := st.titleOpenBefore(toks, j, 0); o > 0 {
					j = o // a title's words ("Salt and Iron") are no clause boundary
					continue
				}
			}
			if t := toks[j]; t.k != tSemi && (t.f&fCap != 0 || uint(t.e-t.s-2) > 6) {
				// the words the tests below look for are in lower case and
				// of two to eight letters: others are passed over by their
				// flags and length
				continue
			}
			if w := st.word(toks[j]); setOff && (w == "who" || w == "whose" || w == "which" || w == "where" && j >= 2 && capitalised(toks[j-2])) && toks[j-1].k == tComma {
				continue // "Schiff, 56, who has served …, told": the clause is set off
			}
			if w := st.word(toks[j]); setOff && w == "who" && st.appositiveNounBefore(toks, j) {
				continue // "A witness, a driver who asked not to be named, said"
			}
			if j >= 2 && toks[j-1].k == tComma && st.word(toks[j]) == "who" && (j == v-1 || j == v-2 && isAux(st.word(toks[v-1]))) {
				continue // "Varga, who had said on Monday that …, struck": who's antecedent reports
			}
			if toks[j].k == tSemi || toks[j].k == tWord && isClauseBoundary(st.word(toks[j])) && st.word(toks[j]) != "that" && !st.quantityThan(toks, j) {
				if w := st.word(toks[j]); (w == "and" || w == "or") && st.prepositionBefore(toks, j, 0) {
					continue // "Experts on Varnia and nuclear trade said"
				}
				if st.word(toks[j]) == "and" && j+2 < v && toks[j+2].k == tWord && teamNoun(st.word(toks[j+2])) {
					if w := st.word(toks[j+1]); w == "his" || w == "her" || w == "their" {
						continue // "Dr. Ana Ode and her colleagues write": the lead and the team
					}
				}
				if w := st.word(toks[j]); setOff && w == "and" && j+1 < v && capitalised(toks[j-1]) && capitalised(toks[j+1]) && toks[j-1].k == tWord && toks[j+1].k == tWord {
					continue // "Cardle, of Castlebridge and Wexmoor Police, who …, said": a name joined by "and"
				}
				if w := st.word(toks[j]); setOff && w == "and" && j+3 < v && toks[j-1].k == tWord && capitalised(toks[j-1]) && toks[j+1].k == tWord && !capitalised(toks[j+1]) &&
					toks[j+2].k == tWord && capitalised(toks[j+2]) && toks[j+3].k == tComma && st.setOffClauseIn(toks, j) {
					continue // "…, which brings together the ministers of Orlenia, Vastria and host Peltavia, said": the last of a list, described
				}
				if w := st.word(toks[j]); setOff && (w == "while" || w == "whilst" || w == "when") && toks[j-1].k == tComma && j+1 < v && strings.HasSuffix(st.word(toks[j+1]), "ing") {
					continue // "Hon. Musa Yakubu, while speaking to our correspondent, said": a participle's phrase set off
				}
				if setOff && (setOffRelativeBefore(st, toks, j) || setOffParticipleBefore(st, toks, j)) {
					// "Shah, who leads the group and the party, said",
					// "Ode, who quit in 2011 after the strikes, said",
					// "Lund, speaking to reporters after the vote, said"
					continue
				}
				if p := st.reducedRelative(toks, v, 0); p > 0 && p < j {
					continue // "a treasurer accused of stealing more than £380 from a fund told"
				}
				if p := st.ingRelative(toks, v); p > 0 && p < j {
					continue // "Police investigating a fire that destroyed a warehouse said"
				}
				if w := st.longRelative(toks, v, 0); w > 0 && w <= j {
					continue // "An official who asked not to be named because the talks are private said"
				}
				lo = j + 1
				break
			}
		}
		if passive(st.word(toks[v-1])) && !st.beParticiple(toks, v) || negated(toks, v, st) {
			continue // "after all is said and done", "Ode is expected to", "it didn't say when": no one reports
		}
		if v >= 2 && (isAdverb(st.word(toks[v-1])) || st.word(toks[v-1]) == "first") && passive(st.word(toks[v-2])) && strings.HasSuffix(st.word(toks[v]), "ed") {
			continue // "The payments were first reported by …": a passive
		}
		s, e, coord, ok := st.verbSubject(toks, v, lo)
		aff := -1 // the "of" of a name's affiliation before the verb, looked for only where it may matter
		if !ok || s >= 3 && toks[s-1].k == tWord && !capitalised(toks[s-1]) {
			aff = affiliationOf(st, toks, v, lo)
		}
		if p := aff; ok && p > 0 && s > p && p >= 2 && !st.roleWord(toks[p-1]) && capitalised(toks[p-2]) {
			// "Tomasz Brzeski of the research firm Kestrel Insight
			// pointed out": the person before the affiliation, not the
			// firm in it (but "Minister of the Interior Ana Ode")
			if s2, ok2 := st.npBackward(toks, p, lo); ok2 && capitalised(toks[s2]) {
				s, e = s2, p-1
			}
		}
		if ok {
			s, e = st.whoseAntecedent(toks, s, e)
		} else if p := aff; p > 0 {
			// "Prof. Ana Ode of the department of political science at
			// Kell University said": the name before its affiliation
			if s2, ok2 := st.npBackward(toks, p, lo); ok2 && capitalised(toks[s2]) {
				s, e, ok = s2, p-1, true
			}
		}
		if ok && s > 2 && (!capitalised(toks[e]) || st.nameInAppositive(toks, s, e) || memo.relativeBefore(st, toks, s)) {
			// "Martin Kessel, 44, a sheep farmer from Pennock, just outside
			// the zone, said": a role read inside what is set off after the
			// name that opens the sentence is that name's; so is a name
			// inside a relative clause set off after it ("Angela Freer,
			// whose sons attend Kingsmere Academy, one of the later
			// schools, said")
			if e2, ok2 := st.leadingSubject(toks, v); ok2 && s > e2+1 && !st.andIn(toks[e2+1:s]) && (!capitalised(toks[e]) || st.nameInAppositive(toks, s, e) || st.setOffRelativeIn(toks, e2+2, s)) {
				s, e = 0, e2
			}
		}
		if !ok {
			// "Pask, in charge since 2021, said", "Lucille Tran, 71, of
			// Eastgate, who rides the bus, said": the name that opens the
			// sentence, whatever is set off after it
			if e2, ok2 := st.leadingSubject(toks, v); ok2 {
				s, e, coord, ok = 0, e2, false, true
			} else if s2, e2, ok2 := st.leadingSubjectAfterOpening(toks, v); ok2 {
				// "In a motion filed last month, Hannah Greaves, a lawyer
				// representing six drivers whose cash was seized, argued"
				s, e, coord, ok = s2, e2, false, true
			}
		}
		if !ok || (s == e || strings.Contains(st.word(toks[e]), "-")) && st.bareNoun(toks, e, v) {
			continue
		}
		if s > 0 && toks[s-1].k == tWord && st.word(toks[s-1]) == "whether" {
			continue // "The question is whether Aldane has explained …": asked, not reported
		}
		att := st.viaRelative(toks, attribution{mention: Span{toks[s].s, toks[e].e}, cue: Span{toks[v].s, toks[v].e}}, e, v)
		capEnd = st.mainClauseAt(toks, s, v)
		lemma := st.verbLemma(toks[v])
		c := v + 1
		t := c // after a day: "Rivera said Tuesday in Arden."
		if lemma == "tell" && st.toldWhom(toks, v) && !st.thatAfter(toks[:n], c) {
			t = st.toldEnd(toks[:n], c) // "…, Lund told reporters on Monday, though …"
		}
		for t < n && t < c+2 && toks[t].k == tWord && (timeName(st.word(toks[t])) || relativeDay(st.word(toks[t]))) {
			t++
		}
		if s > 1 && !coord && !st.titledAfterDescription(toks, s, e) && (t >= n || toks[t].k == tComma || toks[t].k == tWord && isPreposition(st.word(toks[t])) && !st.thatSoon(toks[:n], t) && st.settingEnd(toks[:n], t) == t) {
			// the attribution closes the sentence: "Fares will rise, the
			// board announced.", "The plan is “a disaster,” Rivera said
			// in June."
			if c+1 < n && toks[c].k == tComma && toks[c+1].k == tQuote {
				// "…, Tyler said, “We have weeks” until the vote": what
				// is reported follows the verb
				return mk(c+1, n, att)
			}
			b := st.roleWordsBefore(toks, s) - 1 // "…, airport operator Hallor Airport Company said, though …"
			for b > 0 && toks[b].k == tQuote {   // ” or the two marks of ''
				b--
			}
			if st.askedFirst(toks) {
				continue
			}
			if b > 0 && toks[b].k == tComma {
				if r, ok := st.parenthetical(toks, b, v, sn, att); ok {
					return r, true
				}
				if t < n && toks[t].k != tComma && (st.roleWord(toks[b-1]) || toks[v-1].k == tComma) && st.nounPhraseOnly(toks[:b]) {
					// "The company's chief operating officer, Martin
					// Haverley, wrote to staff …": the role before the name
					// is the subject's, no clause the verb closes
					continue
				}
				if t < n && toks[t].k == tComma && participleOpener(st.word(toks[0]), b) && st.subordinateOnly(toks[:b]) {
					// "Weighing in on the talks, Ode agreed, praising …":
					// the opening phrase sets the scene; a participle
					// after the verb may still report
					continue
				}
				// "Speaking to MSNBC’s Morning Joe in Concord, which hosts
				// the primary, Bush referred to …": a participle's phrase,
				// its comma before any verb, is no clause; the verb may
				// still report what follows it. Else a parenthetical the
				// clause goes on after ("Though …, he said, …") keeps what
				// comes before it
				if !st.participlePhrase(toks[:b]) && (t < n && toks[t].k == tComma || !st.subordinateOnly(toks[:b])) {
					return mk(0, b, att)
				}
			}
		}
		if s > 1 && !coord && toks[s-1].k == tComma && !st.titledAfterDescription(toks, s, e) {
			// "These workers, Ode explained at the hearing, were paid well."
			// (not "The regional governor, Ana Ode, told reporters the
			// road was shut": the role is hers)
			if r, ok := st.parenthetical(toks, s-1, v, sn, att); ok {
				return r, true
			}
		}
		if lemma == "refer" {
			// "referred to Rubio as “a bright leader”": who is named and
			// how, after "to"; without "as" nothing is reported
			if c < n && st.word(toks[c]) == "to" {
				for j, words := c+1, 0; j < n && words < 8; j++ {
					if toks[j].k == tWord {
						words++
					}
					if st.word(toks[j]) == "as" {
						minWords = 1
						return mk(c+1, n, att)
					}
				}
			}
			continue
		}
		if lemma == "describe" || lemma == "portray" || lemma == "depict" {
			// what is described and how: "described the talks as useful",
			// "portrayed the strike as a “pay” issue",
			// "described the exercises, code-named “Iron Tide,” as …"
			if c < n && toks[c].k == tWord && (st.word(toks[c]) == "as" || isPreposition(st.word(toks[c]))) && passiveAfterArticle(st.text, toks[0].s, toks[v].s) {
				// "a group often described in headlines as a “superbug”":
				// no object, so a passive, whose describer no one names
				continue
			}
			minWords = 1
			for j, words := c, 0; j < n && words < 8; j++ {
				if toks[j].k == tWord {
					words++
				}
				if st.word(toks[j]) == "as" {
					return mk(c, n, att)
				}
			}
			return rawQuote{}, false
		}
		if naming(lemma) && c < n && toks[c].k == tQuote && (st.word(toks[s]) == "a" || st.word(toks[s]) == "an" || st.word(toks[s]) == "A" || st.word(toks[s]) == "An") {
			return rawQuote{}, false // a title: "a poem called “Harbour”", "an improvised show called “Tide”"
		}
		if naming(lemma) {
			// "called the plan “a disaster”": reported speech only when it
			// quotes the words
			asFor := false // "ripped the plan as “…”", not "ripped them away … “…”"
			name := false  // "fans call him “Coach V,” and …": a name, nothing reported
			for j := c; j < n; j++ {
				if w := st.word(toks[j]); w == "as" || w == "for" {
					asFor = true
				}
				if toks[j].k == tQuote {
					if (lemma == "rip" || lemma == "welcome") && !asFor {
						break // "welcomed the visitors and said …": only "welcomed … as “…”" judges
					}
					if e, ce := st.nextQuoteTok(toks[:n], j); lemma == "call" && calledName(st.text, st.text[toks[max(0, v-3)].s:toks[j].s], toks[j].e, e, ce) {
						name = true
						break
					}
					if ce := st.titleMarkAt(toks[j].s); ce > 0 && j == c {
						// "a collection called “Yuge!: 30 Years of …”": a
						// title's marks; a quote after it may still report
						for j+1 < n && toks[j+1].s < ce {
							j++
						}
						continue
					}
					minWords = 1
					return mk(c, n, att)
				}
			}
			if name || lemma == "welcome" || memo.laterPart(st, toks, v) || st.laterAndCue(toks[:n], v) {
				continue // "dismissed the plan, saying …", "… and said …", "welcomed the decision but said …"
			}
			if lemma == "accuse" && st.objectThen(toks[:n], c, "of") {
				return mk(c, n, att) // "accused the minister of misleading parliament"
			}
			return rawQuote{}, false
		}
		if (lemma == "urge" || lemma == "instruct") && st.objectThen(toks[:n], c, "to") {
			return mk(c, n, att) // "urged the council to publish all contracts"
		}
		if directive(lemma) && !subordinating(st.word(toks[0])) && st.objectTo(toks[:n], v) {
			return mk(v+1, n, att) // "exhorted Republicans to “vote your conscience”", "told the crowd to go home"
		}
		if c, ok := st.clauseAfter(toks[:n], v, lemma); ok {
			if c-v >= 4 && memo.laterPart(st, toks, v) && memo.lastPart < c {
				// "Lund rejected the claim, telling broadcasters that …":
				// the participle between the verb and the clause reports
				// it, its subject the verb's
				att.cue = Span{toks[memo.lastPart].s, toks[memo.lastPart].e}
			}
			return mk(c, n, att)
		}
		if memo.laterPart(st, toks, v) || st.laterAndCue(toks[:n], v) {
			// "Ode rejected the plan, saying the matter was closed": the
			// verb has an object, not a clause; the participle reports
			continue
		}
		if st.laterSpeechVerb(toks[:n], v) {
			continue // "Ibarra, whose header had given Castlemere hope, told reporters …": a noun read as a verb, then the verb
		}
		if st.laterByParticiple(toks[:n], v) {
			continue // "Ode responded to the mother by saying …": the participle reports
		}
		if v+1 < n && passiveParticiple(st.word(toks[v])) && isPreposition(st.word(toks[v+1])) && st.laterSay(toks[:n], v) {
			continue // "A person briefed on the investigation said …": the participle describes the subject
		}
		if st.relativeHolds(toks[:n], v) {
			continue // "A diplomat who was not authorised to brief reporters said …": the clause's verb, then the sentence's
		}
		if st.openingClauseBefore(toks[:n], v) {
			continue // "When Brandt asked him about it, he replied that …": the main clause's verb reports
		}
		return rawQuote{}, false
	}
	return rawQuote{}, false
}

// phraseTail reports whether toks, the words after a source that ends a
// sentence's attribution, are a short phrase of a preposition with no
// verb and no comma ("along with the findings", "on Tuesday"), or a short
// description of the source set off after it (", an independent think
// tank").
func (st *state) phraseTail(toks []tok) bool {
	if len(toks) > 2 && toks[0].k == tComma && toks[1].k == tWord {
		switch st.word(toks[1]) {
		case "a", "an", "the":
			toks = toks[1:]
		}
	}
	if len(toks) == 0 || len(toks) > 8 || toks[0].k != tWord {
		return false
	}
	if w := st.word(toks[0]); !isPreposition(w) && w != "along" && w != "a" && w != "an" && w != "the" {
		return false
	}
	for _, t := range toks {
		if t.k != tWord {
			return false
		}
	}
	return !st.finiteIn(toks)
}

// finiteIn reports whether a finite verb, an auxiliary or a past form
// stands among toks.
func (st *state) finiteIn(toks []tok) bool {
	for _, t := range toks {
		if w := st.word(t); t.k == tWord && !capitalised(t) && (finite(w) || isFiniteAux(w) || irregularPast(w) || len(w) > 4 && strings.HasSuffix(w, "ed")) {
			return true
		}
	}
	return false
}

// openingClauseBefore reports whether the verb toks[v] stands in a
// subordinate clause that opens the sentence and ends at a comma, after
// which another reporting verb follows: "When Brandt asked him about it,
// he replied that …".
func (st *state) openingClauseBefore(toks []tok, v int) bool {
	if len(toks) < 6 || toks[0].k != tWord || !subordinating(st.word(toks[0])) {
		return false
	}
	for c := v + 1; c < len(toks) && c <= v+16; c++ {
		if toks[c].k == tComma {
			for j := c + 1; j < len(toks); j++ {
				if st.cueAt(toks, j) && !st.nounAt(toks, j) {
					return true
				}
			}
			return false
		}
		if toks[c].k != tWord && toks[c].k != tOther {
			return false
		}
	}
	return false
}

// documentAntecedent returns the index of the determiner or possessive that
// opens a noun phrase whose head is a document ("a letter", "the
// agency's report") ending a few words before toks[r], a relative
// pronoun, with nothing but words between: "a letter from his doctor
// Friday that". Else it returns -1.
func (st *state) documentAntecedent(toks []tok, r, lo int) int {
	for d := r - 1; d > lo && r-d <= 8; d-- {
		if toks[d].k != tWord {
			if toks[d].k == tComma && d == r-1 {
				continue
			}
			return -1
		}
		if capitalised(toks[d]) || st.lx.noun(st.word(toks[d])) != kindDocument {
			continue
		}
		// the determiner or possessive, perhaps before a modifier or
		// two: "the report", "the center's written report"
		for b := d - 1; b > lo && d-b <= 3 && toks[b].k == tWord; b-- {
			if p := st.word(toks[b]); isDeterminer(p) {
				return b
			} else if possessiveWord(p) {
				if b > lo+1 && toks[b-1].k == tWord && isDeterminer(st.word(toks[b-1])) {
					return b - 1 // "the center's"
				}
				return b
			}
			if capitalised(toks[b]) || isPreposition(st.word(toks[b])) {
				break
			}
		}
		return -1
	}
	return -1
}

// laterByParticiple reports whether "by", "after" or "while" and a
// reporting participle follow the verb toks[v] within its clause: "Ode
// responded to a mother by saying …".
func (st *state) laterByParticiple(toks []tok, v int) bool {
	for j := v + 2; j+1 < len(toks) && j <= v+14; j++ {
		if toks[j].k != tWord {
			return false
		}
		switch st.word(toks[j]) {
		case "by", "after", "while":
			if w := st.word(toks[j+1]); strings.HasSuffix(w, "ing") && st.cueAt(toks, j+1) {
				return true
			}
		}
	}
	return false
}

// directive reports the verbs that report a request made of someone, read
// as "exhorted Republicans to vote …": the object and the infinitive are
// what was asked.
func directive(lemma string) bool {
	switch lemma {
	case "exhort", "implore", "beg", "encourage", "advise", "warn", "ask", "tell":
		return true
	}
	return false
}

// objectTo reports whether a short object of lower-case words or a name,
// and then "to" and a verb, follow the verb toks[v] with nothing else
// between: "told the crowd to go home", not "warned that any attempt to
// cut …" nor "told reporters on Monday that …".
func (st *state) objectTo(toks []tok, v int) bool {
	for j := v + 1; j+1 < len(toks) && j <= v+5; j++ {
		if toks[j].k != tWord {
			return false
		}
		switch w := st.word(toks[j]); {
		case w == "to":
			return j > v+1 && st.bareVerbAt(toks, j+1)
		case w == "that" || isPreposition(w) || isClauseBoundary(w) || finite(w):
			return false
		case j > v+1 && isDeterminer(w):
			return false // "told reporters the decision to …": a clause's subject after the object
		}
		if _, pron := isPronoun(st.word(toks[j])); pron && j > v+1 {
			return false // "told the committee he tried to …"
		}
	}
	return false
}

// relativeHolds reports whether toks[v] lies in a relative clause that
// runs up to a later reporting verb (longRelative), whose verb is the
// sentence's own.
func (st *state) relativeHolds(toks []tok, v int) bool {
	for u := v + 1; u < len(toks) && u <= v+30; u++ {
		if toks[u].k != tWord {
			return false
		}
		if st.cueAt(toks, u) {
			w := st.longRelative(toks, u, 0)
			return w > 0 && w < v
		}
	}
	return false
}

// laterSay reports whether a form of say, tell or add follows toks[v].
func (st *state) laterSay(toks []tok, v int) bool {
	for j := v + 2; j < len(toks); j++ {
		if toks[j].k == tWord && st.cueAt(toks, j) && !st.nounAt(toks, j) {
			switch st.verbLemma(toks[j]) {
			case "say", "tell", "add":
				return true
			}
		}
	}
	return false
}

// askedFirst reports whether the sentence toks opens with the question
// put to its subject ("Asked what he would do, Ode laughed."): what
// follows "Asked" is no one's statement.
func (st *state) askedFirst(toks []tok) bool {
	w := st.word(toks[0])
	return w == "Asked" || w == "Pressed" || w == "Questioned"
}

// verbMemo keeps, for the verbs of one sentence's tokens, how far two
// searches have gone, so that each goes on from where the one before
// stopped: the last participle that reports after a comma (lastPart, or
// none in toks[partFrom:len(toks)-1]), and the first relative clause set
// off by a comma (firstRel, or none in toks[2:relTo]).
type verbMemo struct {
	lastPart, partFrom int
	firstRel, relTo    int
}

// laterPart reports whether a comma and a participle that reports follow
// the verb toks[v] ("rejected the plan, saying …").
func (m *verbMemo) laterPart(st *state, toks []tok, v int) bool {
	if m.lastPart >= 0 {
		return m.lastPart >= v+2 // the last one: none later
	}
	for j := m.partFrom - 1; j >= v+2; j-- {
		if participleAt(st, toks, j) {
			m.lastPart = j
			return true
		}
	}
	m.partFrom = min(m.partFrom, max(v+2, 1))
	return false
}

// relativeBefore reports st.setOffRelativeIn(toks, 2, s).
func (m *verbMemo) relativeBefore(st *state, toks []tok, s int) bool {
	if m.firstRel >= 0 {
		return m.firstRel < s
	}
	for j := m.relTo; j < s; j++ {
		if st.setOffRelativeAt(toks, j) {
			m.firstRel = j
			return true
		}
	}
	m.relTo = max(m.relTo, s)
	return false
}

// participleAt reports whether toks[j], not the last token, is the
// participle of a reporting verb after a comma.
func participleAt(st *state, toks []tok, j int) bool {
	return j >= 1 && j+1 < len(toks) && toks[j].f&fShape != 0 && toks[j-1].k == tComma && toks[j].k == tWord && strings.HasSuffix(st.word(toks[j]), "ing") && st.cueAt(toks, j)
}

// nounClause reads the clause a possessed reporting noun introduces:
// "Trump’s claim that Obama “founded ISIS,”", "her claim that she
// “never sent” …". toks[v] is the noun; the possessor, a name with 's or
// a possessive pronoun, is the speaker.
// laterAndCue reports whether "and" or "but" and a reporting verb of the same
// subject follow the verb toks[v], whose object is no clause, within 24
// tokens: "Ode rejected the plan and said the port would stay open", "The
// department posted still images from the video on its Facebook page
// Thursday night and said …".
func (st *state) laterAndCue(toks []tok, v int) bool {
	if strings.HasSuffix(st.word(toks[v]), "ing") || v > 0 && st.word(toks[v-1]) == "to" {
		return false // "asking them to raise their hands and pledge …": no finite verb
	}
	for j := v + 1; j+1 < len(toks) && j <= v+24; j++ {
		if toks[j].k != tWord {
			if toks[j].k == tComma || toks[j].k == tQuote {
				continue
			}
			return false
		}
		if w := st.word(toks[j]); (w == "and" || w == "but") && toks[j+1].k == tWord && !capitalised(toks[j+1]) &&
			!strings.HasSuffix(st.word(toks[j+1]), "ing") && st.cueAt(toks, j+1) {
			return true // and "praised the museum but said …"
		}
	}
	return false
}

func (st *state) nounClause(toks []tok, v, n int, mk func(int, int, attribution) (rawQuote, bool)) (rawQuote, bool) {
	if v+2 >= n || st.word(toks[v+1]) != "that" || v < 1 {
		return rawQuote{}, false
	}
	p := v - 1
	if modifier(st.word(toks[p])) && p > 0 {
		p-- // "his repeated claim"
	}
	if !st.possessor(toks[p]) {
		return rawQuote{}, false
	}
	return mk(v+2, n, attribution{mention: Span{toks[p].s, toks[p].e}, cue: Span{toks[v].s, toks[v].e}})
}

// adjectiveLike reports whether t may stand between a possessor and its
// noun: a word in lower case letters (and hyphens) that is no function
// word ("repeated", "hyperbolic", "long-held").
func (st *state) adjectiveLike(t tok) bool {
	if t.k != tWord || capitalised(t) {
		return false
	}
	w := st.word(t)
	return !isDeterminer(w) && !st.possessor(t) && w != "and" && w != "or" && w != "of" && w != "that"
}

// possessor reports whether t can own a noun of saying and so be its
// speaker: his, her, their, or a name with 's ("Trump’s claim that …").
func (st *state) possessor(t tok) bool {
	switch w := st.word(t); w {
	case "his", "His", "her", "Her", "their", "Their", "its", "Its":
		return true
	default:
		return len(w) > 3 && capitalised(t) && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"))
	}
}

// affiliationOf returns the index of the "of" after a capitalised name
// that opens the words before the verb toks[v], all words and within
// fourteen tokens after lo ("Ana Ode of the political science department
// said"), else -1.
func affiliationOf(st *state, toks []tok, v, lo int) int {
	for p := v - 2; p > lo && v-p <= 14; p-- {
		if toks[p].k != tWord {
			return -1
		}
		if st.word(toks[p]) == "of" && p-1 >= lo && toks[p-1].k == tWord && capitalised(toks[p-1]) && p+1 < v && !capitalised(toks[p+1]) {
			return p
		}
	}
	return -1
}

// perSource is perSourceAt for a sentence with no reporting verb's form
// (verbReports false), else -1.
func (st *state) perSource(toks []tok, n int) int {
	if st.verbReports {
		return -1
	}
	return perSourceAt(st, toks, n)
}

// perSourceAt returns the index of a "per" after a comma that names the
// source of the clause before it ("…, per a statement", "…, per the
// company"): a determiner or a capital after it, at least four tokens
// before the comma, and a clause end within a dozen tokens. Else -1.
func perSourceAt(st *state, toks []tok, n int) int {
	for i := max(5, n-13); i+1 < n; i++ {
		if toks[i].k != tWord || toks[i].e-toks[i].s != 3 || st.word(toks[i]) != "per" || toks[i-1].k != tComma {
			continue
		}
		if w := st.word(toks[i+1]); isDeterminer(w) || capitalised(toks[i+1]) || ownerPronoun(w) {
			return i
		}
	}
	return -1
}

// participlePhraseAfter returns the index of the last comma in toks[:n]
// that a participle in -ing follows, no reporting verb's, or a word that
// opens a phrase of circumstance ("after", "amid", "as", …), with at
// least five tokens before it, else -1: where the writer's phrase after
// an attribution starts ("…, Ode said, adding that …" is a report; "…,
// Ode said, handing Lund a win" and "…, Ode said, after the vote" are
// not).
func participlePhraseAfter(st *state, toks []tok, n int) int {
	for c := n - 2; c >= 5; c-- {
		if toks[c].k != tComma {
			continue
		}
		t := toks[c+1]
		if t.k != tWord || capitalised(t) {
			return -1
		}
		switch w := st.word(t); w {
		case "after", "amid", "despite", "following", "while", "as":
			// "…, Vale Water said on Thursday, after the driest summer on
			// record": the writer's context
			if c+2 < n && toks[c+2].k == tWord {
				return c
			}
			return -1
		}
		if !strings.HasSuffix(st.word(t), "ing") || st.cueAt(toks, c+1) {
			return -1
		}
		return c
	}
	return -1
}

// closingAttribution reads an attribution that closes its sentence after
// a comma ("…, the senator said.", "…,” Ode said on Monday.") before any
// reporting verb earlier in the sentence is tried: in "Nothing the
// president said “will ease fears,” the senator said." the senator
// reports the whole clause before the comma. n is how many of toks the
// clause may take; from is the first token that may be a verb. It returns
// the index of the comma before which the reported words end, and the
// attribution.
func (st *state) closingAttribution(toks []tok, n, from int) (int, attribution, bool) {
	for v := n - 1; v >= max(from, 2, n-12); v-- {
		if toks[v].k != tWord {
			return 0, attribution{}, false
		}
		if !st.cueAt(toks, v) || strings.HasSuffix(st.word(toks[v]), "ing") || st.nounAt(toks, v) {
			continue
		}
		if st.quoted(toks[v].s) {
			return 0, attribution{}, false // the quote's own words: “…, I'll report it.”
		}
		if negated(toks, v, st) || passive(st.word(toks[v-1])) {
			// "The operator, Strait Lines, has not commented.", "…, Ode
			// was asked about the polls."
			return 0, attribution{}, false
		}
		// only a time or place may follow the verb: "said in June", "said
		// last week", not an object ("dismissed the idea")
		told := st.toldWhom(toks, v)
		if v+1 < n && toks[v+1].k == tWord && !told {
			switch w := st.word(toks[v+1]); {
			case w == "to" && v+2 < n && toks[v+2].k == tWord && !capitalised(toks[v+2]) && !isDeterminer(st.word(toks[v+2])) && !isObjectPronoun(st.word(toks[v+2])):
				// "…, provided gas continued to flow": an infinitive, so a
				// clause of its own ("said to reporters", "wrote to him" are
				// attributions)
				return 0, attribution{}, false
			case isPreposition(w), timeName(w), relativeDay(w), isAdverb(w), w == "last", w == "this", w == "earlier", w == "later", w == "late", w == "early":
			default:
				return 0, attribution{}, false
			}
		}
		for j := v + 1; j < n; j++ {
			if w := st.word(toks[j]); w == "that" || st.isVerb(&toks[j]) || told && toks[j].k == tWord && isFiniteAux(w) {
				// and "The governor, Ana Ode, told reporters the road was
				// shut.": what she told them follows
				return 0, attribution{}, false
			}
		}
		s, ok := st.npBackward(toks, v, 0)
		if !ok || s < 2 {
			return 0, attribution{}, false
		}
		if c := st.issuedByAfterComma(toks, s); c > 0 {
			// "…, data published on Monday by the Statistics Office
			// showed.": the body that issued the data reports
			e, ok := st.subjectEnd(toks, s, v)
			if !ok || st.subordinateOnly(toks[:c]) {
				return 0, attribution{}, false
			}
			return c, attribution{mention: Span{toks[s].s, toks[e].e}, cue: Span{toks[v].s, toks[v].e}}, true
		}
		if s >= 4 && toks[s-1].k == tWord && st.word(toks[s-1]) == "and" && toks[s-2].k == tWord && capitalised(toks[s-2]) {
			// "…, the Ministry of Higher Education and Research confirmed":
			// a body's name with "and" in it, set off after the clause
			b := s - 2
			for b > 1 && toks[b-1].k == tWord && (capitalised(toks[b-1]) || b > 2 && (st.word(toks[b-1]) == "of" || st.word(toks[b-1]) == "for" || st.word(toks[b-1]) == "and") && toks[b-2].k == tWord && capitalised(toks[b-2])) {
				b--
			}
			if b > 1 && st.word(toks[b-1]) == "the" {
				b--
			}
			if b > 0 && toks[b-1].k == tComma && st.orgWord(&toks[b+1]) {
				s = b
			}
		}
		e, ok := st.subjectEnd(toks, s, v)
		if !ok {
			return 0, attribution{}, false
		}
		name := s                       // where the mention starts
		s = st.roleWordsBefore(toks, s) // "…, harbour master Ivo Lund said"
		if s != name-2 || !possessiveWord(st.word(toks[name-1])) {
			name = s // but "…, the country's Ministry of Mines said" is the ministry's
		}
		b := s - 1
		for b > 0 && toks[b].k == tQuote { // ” or the two marks of ''
			b--
		}
		if b < 1 || toks[b].k != tComma || st.subordinateOnly(toks[:b]) {
			return 0, attribution{}, false
		}
		if c := toks[b]; c.s > 0 && c.e < len(st.text) && isDigit(rune(st.text[c.s-1])) && isDigit(rune(st.text[c.e])) {
			return 0, attribution{}, false // the comma inside a number: "more than 40,000 asylum claims"
		}
		if st.askedFirst(toks) {
			return 0, attribution{}, false
		}
		return b, attribution{mention: Span{toks[name].s, toks[e].e}, cue: Span{toks[v].s, toks[v].e}}, true
	}
	return 0, attribution{}, false
}

// issuedByAfterComma returns the index of the comma that opens "data
// published on Monday by" or "a report by" before the issuer's name at
// toks[s]: a document or data noun after the comma, then perhaps a
// participle and a time, then "by". Else 0.
func (st *state) issuedByAfterComma(toks []tok, s int) int {
	if s < 4 || toks[s-1].k != tWord || st.word(toks[s-1]) != "by" {
		return 0
	}
	for c := s - 2; c > 0 && s-c <= 10; c-- {
		if toks[c].k == tComma {
			k := c + 1
			if isDeterminer(st.word(toks[k])) {
				k++
			}
			for k < s-1 && toks[k].k == tWord && !capitalised(toks[k]) && st.lx.noun(st.word(toks[k])) != kindDocument && !dataNoun(st.word(toks[k])) && k-c <= 3 {
				k++ // "new official data", "the latest figures"
			}
			if k < s-1 && (st.lx.noun(st.word(toks[k])) == kindDocument || dataNoun(st.word(toks[k]))) {
				return c
			}
			return 0
		}
		if toks[c].k != tWord {
			return 0
		}
	}
	return 0
}

// dataNoun reports the nouns for figures a body publishes: data,
// figures, statistics.
func dataNoun(w string) bool {
	switch w {
	case "data", "figures", "statistics", "numbers", "estimates", "projections":
		return true
	}
	return false
}

// subordinateOnly reports whether toks, the words before "…, X said", are
// one subordinate clause and no more ("As the president spoke, Rivera
// railed at him"): they set the scene of what X said instead of being it.
func (st *state) subordinateOnly(toks []tok) bool {
	if len(toks) == 0 || toks[0].k != tWord {
		return false
	}
	if len(toks) <= 6 {
		// "Then, last week, Ode posted …": a time and nothing else
		time := true
		for _, t := range toks {
			w := st.word(t)
			time = time && (t.k == tComma || t.k == tWord && (isOpener(w) || timeName(w) || relativeDay(w) || partOfDay(w) ||
				w == "last" || w == "this" || w == "next" || w == "week" || w == "month" || w == "year" || w == "weekend" || w == "ago"))
		}
		if time {
			return true
		}
	}
	w := st.word(toks[0])
	if st.phraseOnly(toks) {
		return true
	}
	if len(toks) > 2 && toks[1].k == tWord && subordinating(st.word(toks[1])) && strings.HasSuffix(w, "ly") && capitalised(toks[0]) {
		w = st.word(toks[1]) // "Shortly before their arrival, Ode admitted …"
	}
	gerund := false
	if !subordinating(w) && w != "As" {
		if !participleOpener(w, len(toks)) {
			return false
		}
		gerund = true
	}
	for _, t := range toks[1:] {
		if t.k != tWord {
			return false
		}
		if gerund && isFiniteAux(st.word(t)) {
			return false // a gerund that is a clause's subject: "Making a false report is a crime, the chief stressed."
		}
	}
	return true
}

// phraseOnly reports whether toks, the words before "…, X said", are a
// prepositional phrase and no clause ("In an interview with “Fox and
// Friends,” Lund pointed to …"): a capitalised preposition, then up to
// ten words or quote marks among which no auxiliary, no conjunction but
// "and" or "as", no comma and no form in -ed but one after a determiner
// ("In a televised address").
func (st *state) phraseOnly(toks []tok) bool {
	if len(toks) < 2 || len(toks) > 14 || !capitalised(toks[0]) {
		return false
	}
	switch st.word(toks[0]) {
	case "In", "At", "On", "During", "With", "From", "Amid", "Despite", "Following", "Under", "Over", "Without", "Throughout",
		"Within", "By", "Inside", "Outside", "Across", "Near", "Around", "Ahead":
	default:
		return false
	}
	words := 0
	for i, t := range toks[1:] {
		if t.k == tQuote {
			continue
		}
		if t.k != tWord {
			return false
		}
		words++
		w := st.word(t)
		if finiteAux(w) || w != "and" && w != "as" && isClauseBoundary(w) {
			return false // "and" and "as" join words too: "with Fox and Friends", "as mayor"
		}
		if len(w) > 3 && strings.HasSuffix(w, "ed") && !isDeterminer(st.word(toks[i])) {
			return false
		}
	}
	return words <= 10
}

// nameInAppositive reports whether the name toks[s..e] is set off by
// commas inside the phrase set off after a name that opens the sentence,
// a phrase that opens with "a" or "an": "Gregor Anselm, a senior adviser
// to the party's leader, Petra Dunmore, said" (Dunmore is the leader).
func (st *state) nameInAppositive(toks []tok, s, e int) bool {
	if s < 4 || e+1 >= len(toks) || toks[s-1].k != tComma || toks[e+1].k != tComma {
		return false
	}
	for c := 1; c < s-1 && c <= 4; c++ {
		if toks[c].k == tComma {
			w := st.word(toks[c+1])
			return toks[c+1].k == tWord && (w == "a" || w == "an")
		}
		if toks[c].k != tWord || !capitalised(toks[c]) {
			return false
		}
	}
	return false
}

// setOffRelativeIn reports whether a relative clause set off by a comma,
// ", who" or ", whose", opens at a token in toks[from:to].
func (st *state) setOffRelativeIn(toks []tok, from, to int) bool {
	for j := max(from, 1); j < to; j++ {
		if st.setOffRelativeAt(toks, j) {
			return true
		}
	}
	return false
}

// setOffClauseIn reports whether a relative clause set off by a comma
// (", which", ", who", ", whose") opens in toks[1:to].
func (st *state) setOffClauseIn(toks []tok, to int) bool {
	for j := 1; j < to; j++ {
		if toks[j-1].k == tComma && toks[j].k == tWord {
			if w := st.word(toks[j]); w == "which" || w == "who" || w == "whose" {
				return true
			}
		}
	}
	return false
}

// setOffRelativeAt reports whether toks[j] opens a relative clause set off
// by a comma: ", who", ", whose".
func (st *state) setOffRelativeAt(toks []tok, j int) bool {
	if j < 1 || toks[j-1].k != tComma || toks[j].k != tWord {
		return false
	}
	w := st.word(toks[j])
	return w == "who" || w == "whose"
}

// titledAfterDescription reports whether the subject toks[s:e+1] is a
// name set off after the description that opens the sentence, or opens it
// after a phrase of place or time ("The Minority Spokesperson on
// Education, Hon. Kwame Asiedu-Nkansah, has called for", "In Kell, the
// union's leader, Ana Ode, warned of"): what stands before it is the
// same subject, not words it reports. A name without a title needs a role
// noun to end the description.
func (st *state) titledAfterDescription(toks []tok, s, e int) bool {
	if s < 3 || toks[s-1].k != tComma {
		return false
	}
	titled := st.titledNameUpTo(toks, s, e+1)
	if !titled && !st.roleWord(toks[s-2]) {
		return false
	}
	b := 0
	if capitalised(toks[0]) && isPrepositionAnyCase(st.word(toks[0])) {
		b = -1
		for c := 1; c < s-2 && c <= 8; c++ {
			if toks[c].k == tComma {
				b = c + 1
				break
			}
		}
		if b < 0 {
			return false
		}
	}
	d := st.word(toks[b])
	if !isDeterminer(d) && !possessiveWord(d) && d != "The" && d != "the" {
		return false
	}
	if s-1-b > 8 {
		return false
	}
	for k := b; k < s-1; k++ {
		if w := st.word(toks[k]); toks[k].k != tWord || isClauseBoundary(w) || isAux(w) || finite(w) || st.isVerb(&toks[k]) {
			return false // "Trump’s skepticism has hurt the nominee with young voters, Graham said": a clause
		}
	}
	return true
}

// leadingSubject returns the last token of a person's name that opens the
// sentence and is followed by a comma, when all between that comma and
// the comma before the verb toks[v] is set off ("Pask, in charge since
// 2021, said"): no stop, colon or semicolon stands there, and quote marks
// only in pairs (a title set off with the comma inside its marks). The
// name is two capitalised words or more, or a surname the article has
// given a person.
// leadingSubjectAfterOpening is leadingSubject for the name that follows
// a phrase of time or place opening the sentence, set off by a comma
// ("In a motion filed last month, Hannah Greaves, …, argued"): it returns
// the name's bounds [s, e].
func (st *state) leadingSubjectAfterOpening(toks []tok, v int) (int, int, bool) {
	if v < 6 || toks[0].k != tWord || !isOpener(st.word(toks[0])) && !isPrepositionAnyCase(st.word(toks[0])) {
		return 0, 0, false
	}
	for c := 1; c < v-4 && c <= 20; c++ {
		if toks[c].k == tComma {
			if e, ok := st.leadingSubject(toks[c+1:], v-c-1); ok {
				return c + 1, e + c + 1, true
			}
			break
		}
	}
	return 0, 0, false
}

func (st *state) leadingSubject(toks []tok, v int) (int, bool) {
	c := v - 1
	for c > 0 && toks[c].k == tQuote {
		c-- // a title's closing marks after the comma: "…,” said"
	}
	if c < 3 || toks[c].k != tComma {
		return 0, false
	}
	k0 := 0
	if st.word(toks[0]) == "The" {
		// "The independent Sarvenian Fiscal Council, …, said": an
		// organisation's name after the and a word or two in lower case
		k0 = 1
		for k0 < 3 && k0 < v && toks[k0].k == tWord && !capitalised(toks[k0]) {
			k0++
		}
	}
	k := k0
	org := false
	for k < v && (toks[k].k == tWord && capitalised(toks[k]) || abbrevStop(toks, k)) {
		org = org || st.orgWord(&toks[k])
		k++
	}
	if k == k0 || k >= c || toks[k].k != tComma || k0 > 0 && (!org || k-k0 < 2) {
		return 0, false
	}
	if k == 1 && !st.known(trimPossessive(st.word(toks[0]))) {
		return 0, false
	}
	if w := st.word(toks[0]); k0 == 0 && (isOpener(w) || isPrepositionAnyCase(w) || isDeterminer(w) || isSentenceStarter(w)) {
		return 0, false // "Meanwhile,", "In Kell,", "The port,": no name
	}
	marks := 0
	for _, t := range toks[k+1 : v] {
		switch t.k {
		case tStop, tColon, tSemi:
			return 0, false
		case tQuote:
			marks++
		}
	}
	if marks%2 != 0 {
		return 0, false // a quote opens or closes between: not all is set off
	}
	return k - 1, true
}

// andIn reports whether "and" or "or" stands among toks: two subjects
// joined, not one set off ("Ana Ode, the mayor, and Ivo Lund said").
func (st *state) andIn(toks []tok) bool {
	for _, t := range toks {
		if t.k == tWord && (st.word(t) == "and" || st.word(t) == "or") {
			return true
		}
	}
	return false
}

// appositiveName returns the index of the comma that closes a name set
// off after the role phrase toks[b:j] (toks[j] being the comma after it),
// as in "the regional governor, Petra Vasch,": the role's head is a title
// or role noun in lower case and the name is capitalised words alone.
// Else it returns j.
func (st *state) appositiveName(toks []tok, b, j int) int {
	if j-1 < b || j+2 >= len(toks) || toks[j-1].k != tWord || capitalised(toks[j-1]) {
		return j
	}
	if ti, ok := st.lx.title(st.word(toks[j-1])); (!ok || ti.kind != kindRole && ti.kind != kindTitle) && !st.orgNoun(st.word(toks[j-1])) {
		return j // a role's, or a body's: "According to his team, Lumena–Brabo,"
	}
	k := j + 1
	for k < len(toks) && (toks[k].k == tWord && capitalised(toks[k]) || k > j+1 && k+1 < len(toks) && toks[k].k == tDash && toks[k].s == toks[k-1].e && toks[k+1].s == toks[k].e && capitalised(toks[k+1])) {
		k++ // and a name joined by a dash: "Lumena–Brabo"
	}
	if k-(j+1) < 2 || k+1 >= len(toks) || toks[k].k != tComma {
		return j // a full name of two words or more: "Petra Vasch"
	}
	if isNumber(st.word(toks[k+1])) {
		return j // "According to the police, Ana Ode, 34, was arrested": the name's age, so the clause's subject
	}
	return k
}

// roleWordsBefore returns where up to two role words in lower case start
// that stand between a comma and the name at toks[s] ("…, harbour master
// Ivo Lund said", "…, airport operator Hallor Airport Company said"), or
// the role at toks[s] that a subject reading began the name with ("…,
// party spokesman Ana Ode said"), or s when there are none.
func (st *state) roleWordsBefore(toks []tok, s int) int {
	if !capitalised(toks[s]) && !st.roleWord(toks[s]) {
		return s
	}
	r := s
	for r > 1 && r > s-3 && toks[r-1].k == tWord && st.plainRoleWord(toks[r-1]) {
		r--
	}
	if r < s && toks[r-1].k == tComma {
		return r
	}
	if s >= 3 && toks[s-3].k == tComma && toks[s-2].k == tWord && st.word(toks[s-2]) == "the" && toks[s-1].k == tWord && capitalised(toks[s]) &&
		(governmentLevel(st.word(toks[s-1])) || !capitalised(toks[s-1]) && possessiveWord(st.word(toks[s-1]))) {
		return s - 2 // "…, the state Department of Corrections said", "…, the country's Ministry of Mines said"
	}
	if r < s && r >= 2 && toks[r-2].k == tComma && toks[r-1].k == tWord && st.word(toks[r-1]) == "the" && (st.roleWord(toks[s-1]) || nounKind(st.word(toks[s-1])) != orgNone) {
		return r - 1 // "…, the regional utility Vale Water said" (not "…, a prospect Vindman denied")
	}
	return s
}

// governmentLevel reports the lower-case words that tell which level of
// government a body's name belongs to: "the state Department of
// Corrections", "the federal Bureau of Prisons".
func governmentLevel(w string) bool {
	switch w {
	case "state", "federal", "city", "county", "national", "provincial", "regional", "local", "municipal", "district", "territorial":
		return true
	}
	return false
}

// plainRoleWord reports a lower-case word that may be part of a role
// written before a name: no determiner, preposition, conjunction,
// adverb, opener or verb form ("harbour", "master", "airport").
func (st *state) plainRoleWord(t tok) bool {
	if capitalised(t) {
		return false
	}
	w := st.word(t)
	return !isDeterminer(w) && !isPreposition(w) && !isClauseBoundary(w) && !isOpener(w) && !isAdverb(w) && !isAux(w) &&
		!strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && t.f&fVerb == 0
}

// finiteAux reports the forms of be, have and do and the modals, which
// make a clause of the words around them.
func finiteAux(w string) bool {
	switch w {
	case "is", "was", "were", "are", "be", "been", "being", "has", "had", "have", "did", "does", "do",
		"will", "would", "could", "might", "may", "can", "should", "must":
		return true
	}
	return false
}

// participlePhrase reports whether toks open with a capitalised participle
// in -ing whose phrase ends at a comma before any finite verb: "Speaking
// to reporters in Concord, which …", not the gerund subject of "Targeting
// audiences is key"; or with a preposition's phrase that a relative
// clause follows: "In Concord, which hosts the vote,".
func (st *state) participlePhrase(toks []tok) bool {
	if len(toks) < 3 || toks[0].k != tWord {
		return false
	}
	prep := false
	if w := st.word(toks[0]); !participleOpener(w, 1) {
		if prep = capitalised(toks[0]) && isPrepositionAnyCase(w); !prep {
			return false
		}
	}
	for i, t := range toks[1:] {
		if t.k == tComma {
			// a preposition's phrase only with a relative clause after
			// it: "In Concord, which hosts the vote,", not "In 2019, the
			// plan failed"
			return !prep || i+2 < len(toks) && isRelative(st.word(toks[i+2]))
		}
		if t.k == tWord {
			if w := st.word(t); finite(w) || isAux(w) {
				return false
			}
		}
	}
	return false
}

// participleOpener reports whether w, the first of n words before "…, X
// said", opens a participle phrase that sets the scene ("Weighing in on
// the talks, Ode agreed, …", "Speaking in Kell, …"): a capitalised -ing
// word that is not a noun ("Nothing", "Morning"), in a phrase short
// enough to hold no clause of its own.
func participleOpener(w string, n int) bool {
	if n > 8 || len(w) < 6 || !strings.HasSuffix(w, "ing") || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	switch w {
	case "Nothing", "Something", "Anything", "Everything", "Morning", "Evening", "During", "Spring", "Thing", "Building", "Beijing", "Sterling", "Wyoming", "Reading", "Notting":
		return false
	}
	return true
}

// quoted reports whether byte pos lies inside the words of a quote in
// marks.
func (st *state) quoted(pos int) bool {
	if st.quotedOn && st.direct > 64 {
		if !st.qidxDone {
			st.indexQuoted(st.direct)
		}
		// the last piece that starts at pos or before, then back over
		// those that may still reach past pos (nested ones)
		idx := st.qidx
		i := sort.Search(len(idx), func(i int) bool { return idx[i].s > pos }) - 1
		for ; i >= 0 && st.qmax[i] > pos; i-- {
			if r := idx[i]; pos < r.e {
				if q := &st.raw[r.q]; !q.drop && q.kind != Indirect {
					return true
				}
			}
		}
		return false
	}
	for i := range st.raw {
		q := &st.raw[i]
		if q.drop || q.kind == Indirect {
			continue
		}
		for _, p := range q.pieces {
			if pos >= p.s && pos < p.e {
				return true
			}
		}
	}
	return false
}

// pieceRef is a piece of quote q of st.raw: its bytes [s, e).
type pieceRef struct{ s, e, q int }

// indexQuoted fills qidx and qmax from the pieces of the first n quotes of
// st.raw, those in marks, for quoted's lookups while reported runs: a walk
// over every quote for each word made a paragraph of many quotes cost its
// quotes squared. Which quotes are dropped may change while reported
// runs, so quoted reads that from st.raw on each lookup.
func (st *state) indexQuoted(n int) {
	st.qidx = st.qidx[:0]
	for i := range st.raw[:n] {
		for _, p := range st.raw[i].pieces {
			st.qidx = append(st.qidx, pieceRef{p.s, p.e, i})
		}
	}
	slices.SortFunc(st.qidx, func(a, b pieceRef) int { return cmp.Compare(a.s, b.s) })
	st.qmax = st.qmax[:0]
	m := -1
	for _, r := range st.qidx {
		m = max(m, r.e)
		st.qmax = append(st.qmax, m)
	}
	st.qidxDone = true
}

// relativeThat reports whether the "that" at toks[j], after the words
// from toks[c] that follow "said", opens a relative clause: those words
// are a noun phrase a determiner or quantifier leads ("said many of the
// examples that critics cite …"), not a time ("said the next day that").
func (st *state) relativeThat(toks []tok, c, j int) bool {
	switch st.word(toks[c]) {
	case "the", "a", "an", "many", "most", "few", "all", "some", "his", "her", "their", "its", "several", "both":
	default:
		return false
	}
	switch st.word(toks[j-1]) {
	case "day", "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "time", "days", "weeks", "months", "years", "ago", "earlier", "later", "before":
		return false
	}
	return true
}

// invertedTail reads an attribution that closes its sentence with the
// verb before the speaker: in Using the tax “is a misguided approach,”
// said Mr. Burman (a view others share). the reported clause is the
// sentence before the comma. v is the verb; mk makes the quote.
func (st *state) invertedTail(toks []tok, v int, sn Sentence, mk func(int, int, attribution) (rawQuote, bool)) (rawQuote, bool) {
	b := v - 1
	for b > 0 && toks[b].k == tQuote {
		b--
	}
	if b < 3 || toks[b].k != tComma {
		return rawQuote{}, false
	}
	j := st.npForward(toks, v+1)
	if j == v+1 || possessiveWord(st.word(toks[v+1])) {
		return rawQuote{}, false // "…, said Tavrin's projections relied on …": the clause's subject, a possessor
	}
	det := false // "…, said the minister": a role after a verb that only reports
	if !capitalised(toks[v+1]) {
		switch st.word(toks[v+1]) {
		case "the", "a", "an", "his", "her", "its", "their":
			switch st.verbLemma(toks[v]) {
			case "say", "add", "write", "explain", "note", "continue", "report", "insist", "argue", "reply", "recall", "conclude":
				det = !strings.HasSuffix(st.word(toks[v]), "ing")
			}
		}
		if !det {
			return rawQuote{}, false
		}
	}
	if !det && j < len(toks) && toks[j].k == tWord && len(toks)-j <= 6 {
		// a time or place after a name ends the clause: "…, said Ana Ode
		// on Friday" (after a role it may start a reported clause: "…,
		// who …, said the plan paved the way for …")
		if w := st.word(toks[j]); isPreposition(w) || timeName(w) || relativeDay(w) {
			for k := j + 1; k < len(toks); k++ {
				if toks[k].k != tWord || st.isVerb(&toks[k]) {
					return rawQuote{}, false
				}
			}
			att := attribution{mention: Span{toks[v+1].s, toks[j-1].e}, cue: Span{toks[v].s, toks[v].e}}
			return mk(0, b, att)
		}
	}
	if j < len(toks) && toks[j].k != tOpen && toks[j].k != tComma {
		return rawQuote{}, false
	}
	for k := v + 2; k < j; k++ {
		if st.pastVerb(toks[k]) {
			// "Fields, along with Terris, say Lund's manager yanked her
			// away": the verb's own clause, no inverted speaker
			return rawQuote{}, false
		}
	}
	att := attribution{mention: Span{toks[v+1].s, toks[j-1].e}, cue: Span{toks[v].s, toks[v].e}}
	if det && j < len(toks) {
		// the role ends the clause, or a name, time or place set off
		// after it: "…, said the board's chair, Rita Vell, on Monday"; not
		// "…, who ran the port, said their plans, …, would work"
		if toks[j].k != tComma || j+1 >= len(toks) || toks[j+1].k != tWord {
			return rawQuote{}, false
		}
		k := j + 1
		for k < len(toks) && toks[k].k != tComma {
			k++
		}
		switch w := st.word(toks[j+1]); {
		case capitalised(toks[j+1]) && st.nameUpTo(toks, j+1, k):
			if k+1 < len(toks) && toks[k+1].k == tWord && (finiteAux(st.word(toks[k+1])) || st.pastVerb(toks[k+1])) {
				// "…, said her husband, Piet, was killed": the name is
				// set off inside the clause the verb reports
				return rawQuote{}, false
			}
			att.mention = Span{toks[j+1].s, toks[k-1].e}
		case isPreposition(w), timeName(w), relativeDay(w):
		case w == "who" && k == len(toks):
			// "…, said the mayor, who declined to give details.": the
			// clause that describes the role ends the sentence
		default:
			return rawQuote{}, false
		}
	}
	return mk(0, b, att)
}

// nounsOnly reports whether toks are words that may make a subject with
// no preposition, time word or determiner-less adverb among them: "members",
// "port workers", "the dockers" ("in a statement released" is no subject).
func (st *state) nounsOnly(toks []tok) bool {
	for _, t := range toks {
		w := st.word(t)
		if t.k != tWord || isPreposition(w) || timeName(w) || relativeDay(w) || strings.HasSuffix(w, "ly") || isAdverb(w) || isClauseBoundary(w) {
			return false
		}
	}
	return true
}

// thatTime reports the nouns of time that "that" may be the determiner
// of ("that night", "that week"), not the start of a clause.
func thatTime(w string) bool {
	switch w {
	case "night", "day", "morning", "afternoon", "evening", "week", "weekend", "month", "year", "season", "summer", "winter", "spring", "autumn":
		return true
	}
	return false
}

// clauseAfter returns where the clause the reporting verb toks[v] (of
// lemma) reports starts: after a "that" within a few words ("said on
// Monday that …", "told reporters that …"), or right after the verb (and
// the person told) for a verb that takes a clause without "that" ("said
// the talks had stalled"). ok is false when what follows is no clause ("said
// in a statement", "said as much").
func (st *state) clauseAfter(toks []tok, v int, lemma string) (int, bool) {
	if lemma == "read" {
		return 0, false // "the statement read": an attribution, never a clause ("read reports that …")
	}
	n := len(toks)
	c := v + 1
	if c+1 < n && toks[c].k == tWord {
		switch st.word(toks[c]) {
		case "little", "nothing", "much", "anything", "something", "so":
			// "has said little publicly", "said nothing about it": what
			// was said is only measured; "said so" points back
			if w := st.word(toks[c+1]); w != "that" && w != "of" && !(isFiniteAux(w) && st.word(toks[c]) != "so") { // "said much of the increase reflected …", "said much would depend on …" report
				return 0, false
			}
		}
	}
	if c < n && toks[c].k == tComma {
		// "added, in response to a question from the floor, that …": a
		// phrase set off between the verb and that
		for k := c + 1; k+1 < n && k <= c+16; k++ {
			if toks[k].k == tComma {
				if toks[k+1].k == tWord && st.word(toks[k+1]) == "that" && k+2 < n {
					return k + 2, true
				}
				break
			}
			if toks[k].k != tWord {
				break
			}
		}
	}
	// "said in a television interview with Harbour TV on Sunday that …":
	// a phrase of where or how first lets the search for that go further
	limit := c + 10
	set := c // after the phrases of where and when
	for i := 0; i < 3; i++ {
		k2 := st.settingPhrase(toks, set)
		if k2 == set {
			break
		}
		set = k2
		limit = max(limit, set+10)
	}
	if set > c && set+1 < n && toks[set].k == tComma && participlePhraseAfter(st, toks[:set+2], set+2) == set {
		return 0, false // "…, the board said late Tuesday, handing organizers a win": no clause after the verb
	}
	for j := c; j < n && j < limit; j++ {
		if k := st.titleEnd(toks, j); k > j {
			j = k // "told Harbour Radio’s “Drive Time” that …": a title in the object
			continue
		}
		if toks[j].k != tWord && toks[j].k != tComma {
			break
		}
		w := st.word(toks[j])
		if w == "that" && lemma == "say" && j > c && st.relativeThat(toks, c, j) {
			break // "said many of the examples that critics cite failed": a relative's that
		}
		if w == "that" && j > c && j+2 < n && toks[j-1].k == tWord && !capitalised(toks[j-1]) && !isObjectPronoun(st.word(toks[j-1])) && !st.cueAt(toks, j-1) && toks[j+1].k == tWord && st.pastVerb(toks[j+1]) && !isAux(st.word(toks[j+1])) && toks[j+2].k == tWord &&
			(isDeterminer(st.word(toks[j+2])) || isNumber(st.word(toks[j+2])) || capitalised(toks[j+2]) || finite(st.word(toks[j+2]))) {
			// "stressed her support of the raid that killed 9/11 plotter
			// …": a verb and its object right after that are a
			// relative's; "said parishes that objected could request …":
			// a relative's verb, then the clause's own
			break
		}
		if w == "that" && j+1 < n && thatTime(st.word(toks[j+1])) {
			continue // "denied being in Portage that night": a determiner
		}
		if _, pron := isPronoun(st.word(toks[min(j+1, n-1)])); w == "that" && j == c && j+2 < n && toks[j+1].k == tWord && !capitalised(toks[j+1]) && toks[j+2].k == tComma && !pron {
			break // "rejected that characterisation, telling …": a determiner and the verb's object
		}
		if w == "that" {
			if pw := st.word(toks[j-1]); j > c && (pw == "and" || pw == "but") {
				break // "told reporters the port was safe and that …": two clauses, from the first
			}
			if j-3 >= c && toks[j-3].k == tComma && toks[j-1].k == tWord && !capitalised(toks[j-1]) {
				if a := st.word(toks[j-2]); a == "a" || a == "an" {
					break // "asked suppliers for discounts, a practice that …": a noun set off after the clause, and its relative
				}
			}
			return j + 1, true
		}
		if j > c && w == "as" || w == "while" || w == "when" || w == "after" || w == "before" {
			// "told reporters as he left City Hall that he would …": a
			// clause of when, then that and a clause (not a relative's
			// that: "after he introduced a bill that would end …")
			for k := j + 1; k+1 < n && k <= j+10 && toks[k].k == tWord; k++ {
				if st.word(toks[k]) == "that" {
					if nw := st.word(toks[k+1]); toks[k+1].k == tWord && !finite(nw) && !isAux(nw) && !st.isVerb(&toks[k+1]) {
						return k + 1, true
					}
					break
				}
			}
		}
		_, pron := isPronoun(w)
		if pron && j > c && toks[j-1].k == tComma && j+2 < n && st.cueAt(toks, j+1) && toks[j+2].k == tComma {
			j += 2 // "hoped, he said, that …"
			continue
		}
		if pron || finite(w) || w == "it" {
			// "said the crane was one of two that failed", "said it
			// submitted a bid that …": that is a relative's
			break
		}
		if j > c && (lemma == "say" || lemma == "add" || lemma == "claim" || lemma == "argue" || lemma == "insist" || lemma == "note") &&
			strings.HasSuffix(w, "ed") && !capitalised(toks[j]) && st.nounsOnly(toks[c:j]) {
			// "said members learned of the closure at a meeting that
			// lasted …": a subject and its verb, then a relative's that
			break
		}
	}
	if !clausal(lemma) {
		return 0, false
	}
	if lemma == "add" {
		for j := c; j < n && j < c+3; j++ {
			if isNumber(st.word(toks[j])) {
				return 0, false // "the stock added more than 2%": a gain, no words
			}
		}
	}
	if lemma == "claim" && c < n {
		switch st.word(toks[c]) {
		case "victory", "credit", "responsibility", "ownership", "success", "control", "asylum", "damages", "benefits":
			return 0, false // "claimed victory in a post": a thing claimed, no clause
		}
	}
	if lemma == "agree" || lemma == "write" || lemma == "submit" {
		// "agreed a deal", "wrote those books": these report only with
		// that, or a pronoun that starts the clause ("agreed they had …")
		if c >= n {
			return 0, false
		}
		if _, pron := isPronoun(st.word(toks[c])); !pron {
			return 0, false
		}
	}
	if lemma == "tell" || lemma == "inform" || lemma == "assure" || lemma == "remind" {
		c = st.toldEnd(toks[:n], c) // the person told
	}
	c = st.skipDate(toks[:n], c)   // "said Tuesday the port …"; "concludes October 10th in Houston" reports nothing
	c = st.settingEnd(toks[:n], c) // "said on Monday it would …", "said in a statement the port …"
	if timeOnly := func() bool {
		for j := c; j < n; j++ {
			w := st.word(toks[j])
			if toks[j].k != tWord || !(timeName(w) || relativeDay(w) || w == "earlier" || w == "later" || w == "this" || w == "last" || w == "next" ||
				w == "week" || w == "month" || w == "year" || w == "ago") {
				return false
			}
		}
		return c < n
	}(); timeOnly {
		return 0, false // "which Ode announced earlier this year": a time, no clause
	}
	if c < n && c == v+1 && toks[c].k == tQuote {
		// "she said “I stood up to the banks” for their deals": the
		// quote opens the clause, its mark one token or, as a pair of
		// ASCII apostrophes, two
		w := c + 1
		if w < n && toks[w].k == tQuote && toks[w].s == toks[c].e {
			w++
		}
		if w < n && toks[w].k == tWord && st.quoted(toks[w].s) {
			return c, true
		}
	}
	if st.moneyClause(toks[:n], c) {
		return c, true // "said $1.1 million of client money had gone into a house"
	}
	if c >= n || toks[c].k != tWord {
		return 0, false
	}
	nw := st.word(toks[c])
	if (nw == "this" || nw == "it" || nw == "so" || nw == "these" || nw == "those") && c+1 < n && toks[c+1].k == tComma {
		return 0, false // "As Ode said this, the crowd cheered": an object, then the main clause
	}
	if nw == "about" && c+1 < n && (isNumber(st.word(toks[c+1])) || st.moneyClause(toks[:n], c+1)) {
		return c, true // "said about 140 people had registered": a number, not a topic
	}
	if nw == "at" && c+2 < n && (st.word(toks[c+1]) == "least" || st.word(toks[c+1]) == "most") && (boundedCount(st.word(toks[c+2])) || st.moneyClause(toks[:n], c+2)) {
		return c, true // "said at least 14 journalists had been detained", "at least four people", "at least $1.1 million"
	}
	if objectVerb(lemma) && c+1 < n && toks[c+1].k == tWord && isPreposition(st.word(toks[c+1])) && strings.HasSuffix(nw, "s") && !capitalised(toks[c]) && !st.verbBefore(toks[:n], c+2) {
		// "pharmacies have reported shortages of face masks, residents
		// said …": the verb's object, no clause of its own (but "said
		// officials in Kell had agreed" has its verb)
		return 0, false
	}
	if isVerb := st.isVerb(&toks[c]); isVerb && !finite(nw) && st.finiteSoon(toks[:n], c+1) {
		// "says demand has never been higher", "said repeated tests had
		// found …": a verb form used as a noun, then the clause's verb
		return c, true
	} else if isPreposition(nw) || nw == "as" || nw == "to" || isVerb || finite(nw) {
		return 0, false // "the letter Mike wrote was kind": no clause
	}
	if (nw == "them" || nw == "him" || nw == "me" || nw == "us") && c+1 < n && toks[c+1].k == tWord && isPreposition(st.word(toks[c+1])) &&
		(st.word(toks[c+1]) != "to" || c+2 < n && toks[c+2].k == tWord && (capitalised(toks[c+2]) || isDeterminer(st.word(toks[c+2])) || isObjectPronoun(st.word(toks[c+2])))) {
		return 0, false // "explained them to me": an object, no clause ("expects them to rise" is one)
	}
	if (nw == "after" || nw == "before" || nw == "during") && c+2 < n && toks[c+1].k == tWord && isDeterminer(st.word(toks[c+1])) && toks[c+2].k == tWord && !finite(st.word(toks[c+2])) {
		// "said after her appointment:": a time phrase, not a clause;
		// what is said comes after it, if at all
		return 0, false
	}
	if (nw == "during" || nw == "amid" || nw == "throughout" || nw == "despite") && !st.finiteSoon(toks[:n], c+1) {
		return 0, false // "said during public comment": a time, no clause
	}
	return c, true
}

// moneyClause reports whether toks[i] opens a clause with a sum of money
// as its subject: a currency sign, a number, and a finite verb within
// eight words after it ("$1.1 million of client money had gone", "£40m
// was spent").
func (st *state) moneyClause(toks []tok, i int) bool {
	if i+2 >= len(toks) || toks[i].k != tOther || toks[i+1].k != tWord || !isDigit(rune(st.text[toks[i+1].s])) {
		return false
	}
	switch st.text[toks[i].s:toks[i].e] {
	case "$", "£", "€", "¥", "₹":
	default:
		return false
	}
	for j := i + 2; j < len(toks) && j <= i+9 && toks[j].k == tWord; j++ {
		if w := st.word(toks[j]); finite(w) || isFiniteAux(w) {
			return true
		}
	}
	return false
}

// boundedCount reports a word that may follow "at least" or "at most" in
// a count: a number in digits or words, "a" ("a dozen"), "half", or a
// plural of a round number ("hundreds").
func boundedCount(w string) bool {
	switch w {
	case "a", "half", "dozens", "scores", "hundreds", "thousands", "millions", "tens":
		return true
	}
	return countWord(w) && w != "another"
}

// parenthetical reads an attribution set off by commas inside the
// sentence it reports, toks (without its closing stops): in "These
// workers, Ode said on Monday, were paid well." the reported words are
// "These workers" and "were paid well", two pieces around the attribution;
// after an opening phrase ("During the talks, Ode said, the port stayed
// shut.") only the words after it. b is the comma before the subject, v
// the verb. The words after the attribution's closing comma must be at
// least three and start a clause, not a phrase of the attribution's own
// ("…, Ode said, adding …", "…, Ode said, in a statement").
func (st *state) parenthetical(toks []tok, b, v int, sn Sentence, att attribution) (rawQuote, bool) {
	n := len(toks)
	k := v + 1
	for k < n && k <= v+8 && toks[k].k == tWord && st.word(toks[k]) != "that" {
		k++
	}
	if k >= n || toks[k].k != tComma || n-(k+1) < 3 || toks[k+1].k != tWord {
		return rawQuote{}, false
	}
	if k > v+1 && !st.toldWhom(toks, v) {
		// only a time or place may follow the verb of a parenthetical
		// ("Ode explained at the hearing,"), not a clause ("announced it
		// would take 10,000")
		if w := st.word(toks[v+1]); !isPreposition(w) && !timeName(w) && !relativeDay(w) && w != "last" && w != "this" && w != "earlier" && w != "later" {
			return rawQuote{}, false
		}
	}
	for j := k + 2; j+1 < n && j <= k+6; j++ {
		if toks[j].k == tComma && st.word(toks[j+1]) == "that" {
			// "told reporters in the capital, Qasr, that …": a place set
			// off after the verb's phrase, then its clause
			return rawQuote{}, false
		}
	}
	w := st.word(toks[k+1])
	if (w == "but" || w == "and") && quoteIn(toks[k+2:]) {
		// "… are not “bolt-on things,” Cook said, but instead “embedded in
		// who we are”": the quoted words go on after the attribution
	} else if isClauseBoundary(w) || isPreposition(w) || isRelative(w) || strings.HasSuffix(w, "ing") || toks[k+1].f&fAccord != 0 {
		return rawQuote{}, false
	}
	after := qpiece{s: toks[k+1].s, e: toks[n-1].e, para: sn.Paragraph}
	after.os, after.ce = after.s, after.e
	q := rawQuote{para: sn.Paragraph, kind: Indirect, att: att, hasAtt: true, closed: true}
	if w0 := st.word(toks[0]); isOpener(w0) || isPreposition(w0) || b < 1 {
		q.pieces = st.onePiece(after)
		return q, true
	}
	before := qpiece{s: toks[0].s, e: toks[b-1].e, para: sn.Paragraph}
	before.os, before.ce = before.s, before.e
	k0 := len(st.pieces)
	st.pieces = append(st.pieces, before, after)
	q.pieces = st.pieces[k0:len(st.pieces):len(st.pieces)]
	return q, true
}

// coordinateStop returns where a reported clause toks[cs:ce] ends when a
// second attribution is joined to its sentence: in "The jury said the film
// was good, and its president Ana Ode called it “brave”" the jury's clause
// ends before ", and". Else it returns ce.
func (st *state) coordinateStop(toks []tok, cs, ce int) int {
	// every rule below ends the clause just before a reporting verb or
	// "according" a few tokens on: none can end it far before the first
	// or after the last
	f := firstCue(toks, cs, ce)
	if f == ce {
		return ce
	}
	l := lastCue(toks, f, ce)
	// the participle and "according to" rules, and the last, read a
	// comma in the clause: one without is spared their loops
	comma := st.commaIn(toks[cs:ce])
	if comma {
		if p := st.participleStop(toks, max(cs+2, f), l, ce); p < ce {
			return p
		}
	}
	for j := max(cs+1, f-1); comma && j+2 < ce && j < l; j++ {
		if toks[j].k == tComma && toks[j+1].f&fAccord != 0 && st.word(toks[j+2]) == "to" {
			return j // "Bloomberg reports that …, according to a poll": the poll's words end it
		}
	}
	if a := st.andParticiple(toks, max(cs, f-6), l+1); a <= l {
		return a
	}
	for j := max(cs+2, f-1); j+1 < ce && j < l; j++ {
		// "called the vote “a citizenship election” and likened it to
		// …", "is a “total opportunist” and said …": after a quote, and
		// a verb of its own leave the clause to the subject's next report
		if toks[j+1].f&fShape != 0 && toks[j].k == tWord && (st.word(toks[j]) == "and" && (toks[j-1].k == tQuote || toks[j-1].k == tComma) || st.word(toks[j]) == "but") && toks[j+1].k == tWord &&
			!capitalised(toks[j+1]) && (!strings.HasSuffix(st.word(toks[j+1]), "ing") || st.thatOrQuoteAfter(toks, j+1)) && st.cueAt(toks, j+1) && !st.nounAt(toks, j+1) {
			// and "said the findings were sound but noted that …", "blamed
			// the delays on “lazy crews,” not on the weather, and said …"
			if toks[j-1].k == tComma {
				return j - 1
			}
			return j
		}
	}
	for j := max(cs, f-8); comma && j+2 < ce && j+3 <= l; j++ {
		if toks[j].k != tComma {
			continue
		}
		c, end := j+1, j // the conjunction, and where the clause ends
		if toks[c].k == tQuote && c+2 < ce {
			c, end = c+1, c+1 // "… a gun,” but he said that …": the partial quote's close is the clause's
		}
		if toks[c].k != tWord {
			continue
		}
		switch st.word(toks[c]) {
		case "and", "but", "although", "though", "while", "whereas", "as":
			// "…, although he tweeted that …": a clause with a speaker
			// and a reporting verb of its own, not the same verb's
			// second clause ("…,” but that the board expected …)
			if st.word(toks[c+1]) == "that" {
				continue
			}
		default:
			continue
		}
		for v := c + 2; v < ce && v <= c+9; v++ { // "and a spokesperson for the retailer Halden Foods said"
			if toks[v].k != tWord {
				break
			}
			if st.cueAt(toks, v) && !st.nounAt(toks, v) {
				if s, ok := st.npBackward(toks, v, c+1); ok {
					if w := st.word(toks[s-1]); s-1 > c && (w == "what" || w == "which" || w == "whom") {
						break // "…,” but also hungry for what she calls “…”": a relative clause, not a report of its own
					}
					return end
				}
				break
			}
		}
	}
	return ce
}

// mayCue reports whether a token of flags f may be a reporting verb or
// "according", from the flags alone: a word without a verb form's shape,
// or one already looked up and found no verb, is neither.
func mayCue(f tokFlag) bool {
	// most words have neither flag: one test turns them away
	return f&(fAccord|fShape) != 0 && (f&fAccord != 0 || f&(fBits|fVerb) != fBits)
}

// firstCue returns the index of the first token of toks[cs:ce] that may be
// a reporting verb or "according" (mayCue), or ce when there is none.
func firstCue(toks []tok, cs, ce int) int {
	for j := cs; j < ce; j++ {
		if mayCue(toks[j].f) {
			return j
		}
	}
	return ce
}

// lastCue returns the index of the last token of toks[f:ce] that may be
// a reporting verb or "according" (mayCue), toks[f] being one.
func lastCue(toks []tok, f, ce int) int {
	for j := ce - 1; j > f; j-- {
		if mayCue(toks[j].f) {
			return j
		}
	}
	return f
}

// reportsThat reports whether toks hold a reporting verb followed by
// "that" or a subject pronoun ("Bloomberg reports that …, according to a
// poll", "Kasich said he would …, according to press reports"): the
// clause has a speaker of its own, and "according to" names only a source
// of it. So has a clause that an opening "As X noted," reports.
func (st *state) reportsThat(toks []tok) bool {
	as := 0 // where an opening "As" stands, after a parenthesis
	for as < len(toks) && toks[as].k == tOpen {
		as++
	}
	opening := as < len(toks) && st.word(toks[as]) == "As"
	for v := 1; v+1 < len(toks); v++ {
		if opening && toks[v].k == tComma {
			opening = false // the opening clause ends with no verb of saying
		}
		if toks[v].f&fShape == 0 || toks[v+1].k != tWord && !opening {
			continue
		}
		w := st.word(toks[v+1])
		if _, subject := isPronoun(w); (opening || w == "that" || subject) && st.cueAt(toks, v) && !st.nounAt(toks, v) {
			return true
		}
		if toks[v+1].k == tWord && !capitalised(toks[v]) && st.tellingCue(Span{toks[v].s, toks[v].e}) && st.cueAt(toks, v) && !st.nounAt(toks, v) {
			// "Kalbani told his counterpart in a phone call that …": the
			// one told, then the clause after that
			if c, ok := st.clauseAfter(toks, v, st.verbLemma(toks[v])); ok && c > v+2 && st.word(toks[c-1]) == "that" {
				return true
			}
		}
	}
	return false
}

// quoteIn reports whether a quote mark stands among toks.
func quoteIn(toks []tok) bool {
	for _, t := range toks {
		if t.k == tQuote {
			return true
		}
	}
	return false
}

// capitalisedOrDet reports a capitalised word or a determiner: the start
// of a named noun phrase.
func capitalisedOrDet(st *state, t tok) bool {
	return t.k == tWord && (capitalised(t) || isDeterminer(st.word(t)))
}

// isObjectPronoun reports the pronouns that stand as objects.
func isObjectPronoun(w string) bool {
	switch w {
	case "me", "us", "him", "her", "them", "you", "it":
		return true
	}
	return false
}

// speechNoun reports the nouns of saying that are no verb form, whose
// "that" clause reports what their possessor said or holds.
func speechNoun(w string) bool {
	switch w {
	case "assertion", "assertions", "contention", "insistence", "prediction", "predictions", "suggestion",
		"allegation", "allegations", "accusation", "accusations", "argument", "belief", "view", "position",
		"assurance", "assurances", "pledge", "declaration", "remark", "remarks", "comment", "comments", "assumption",
		"warning", "warnings", "promise", "promises", "vow", "boast", "admission", "complaint":
		return true
	}
	return false
}

// speechNounClause reads "<possessor> <noun of saying> that …" in a
// sentence with no reporting verb that reports: "his assertion that the
// port was safe", "Ode’s insistence that …". The possessor (his, her,
// their, or a name with 's), perhaps before one modifier, is the speaker.
func (st *state) speechNounClause(toks []tok, sn Sentence) (rawQuote, bool) {
	n := clauseEnd(toks)
	if n < 5 {
		return rawQuote{}, false // no room for a possessor, a noun, "that" and a clause
	}
	for i, t := range toks[2 : n-2] {
		// "that" is told by its length and first letter before its text
		if t.e-t.s != len("that") || st.text[t.s] != 't' || st.word(t) != "that" {
			continue
		}
		v := i + 1 // the noun before "that"
		if toks[v].k != tWord || !speechNoun(st.word(toks[v])) {
			continue
		}
		p := v - 1
		// up to two words in lower case between the possessor and the
		// noun: "his repeated assertion", "its hyperbolic prediction"
		for m := 0; m < 2 && p > 0 && st.adjectiveLike(toks[p]); m++ {
			p--
		}
		if p == 0 {
			continue // the sentence's subject: where its clause ends, its predicate starts, unknown
		}
		if !st.possessor(toks[p]) {
			continue
		}
		ce := st.coordinateStop(toks, v+2, n)
		if ce-(v+2) < 3 {
			continue
		}
		att := attribution{mention: Span{toks[p].s, toks[p].e}, cue: Span{toks[v].s, toks[v].e}}
		return st.clause(toks[v+2].s, toks[ce-1].e, sn.Paragraph, att), true
	}
	return rawQuote{}, false
}

// andParticiple returns where a reported clause toks[cs:ce] ends when a
// second subject's participle follows "and" ("Lund saying he was “very
// encouraged” and Ode calling it a “great meeting”"), else ce.
func (st *state) andParticiple(toks []tok, cs, ce int) int {
	for j := cs + 2; j+2 < ce; j++ {
		if toks[j].k != tWord || st.word(toks[j]) != "and" || !capitalised(toks[j+1]) {
			continue
		}
		k := j + 1
		for k < ce && k <= j+4 && toks[k].k == tWord && capitalised(toks[k]) {
			k++
		}
		if k < ce && toks[k].k == tWord && strings.HasSuffix(st.word(toks[k]), "ing") && st.cueAt(toks, k) {
			return j
		}
	}
	return ce
}

// participleStop returns where a reported clause toks[cs:ce] ends when a
// participle after a comma reports a second clause of the same speaker:
// in "Cruz said Trump represents “New York values,” stating that they are
// …" the first clause ends before ", stating". Else it returns ce. It
// looks for the participle in toks[from:last+1] only: from is at least
// two tokens into the clause (a word and a comma come first), last is the
// clause's last token that may be a reporting verb (lastCue).
func (st *state) participleStop(toks []tok, from, last, ce int) int {
	for j := from; j+1 < ce && j <= last; j++ {
		// a word without a verb form's shape (fShape), which cueAt needs,
		// is turned away first, by its flags
		if toks[j].f&fShape == 0 || toks[j].k != tWord || !strings.HasSuffix(st.word(toks[j]), "ing") {
			continue
		}
		w := 0 // ", with one trader calling …": the comma before with
		if !afterComma(toks, j) {
			if b := st.withSubject(toks, j); st.withAbsolute(toks, b, j) {
				w = b - 2
			} else {
				continue
			}
		}
		if !st.cueAt(toks, j) {
			continue
		}
		if _, ok := st.participleContent(toks[:ce], j); ok {
			if w > 0 {
				return w
			}
			if toks[j-1].k == tQuote {
				return j // “New York values,” stating: the mark closes the clause
			}
			return j - 1
		}
	}
	return ce
}

// wordsBetween reports whether a word stands in toks[i:j].
func (st *state) wordsBetween(toks []tok, i, j int) bool {
	for _, t := range toks[i:j] {
		if t.k == tWord {
			return true
		}
	}
	return false
}

// afterComma reports whether toks[j] follows a comma, or a comma and a
// closing quote mark (“…,” stating).
func afterComma(toks []tok, j int) bool {
	return j > 0 && toks[j-1].k == tComma || j > 1 && toks[j-1].k == tQuote && (toks[j-2].k == tComma || j > 2 && toks[j-2].k == tQuote && toks[j-3].k == tComma)
}

// participleContent returns where the words a participle toks[v] reports
// start: a clause (participleReport), or the object of a naming verb that
// a quote follows soon ("calling it “absurd”").
func (st *state) participleContent(toks []tok, v int) (int, bool) {
	if c, ok := st.participleReport(toks, v); ok {
		return c, true
	}
	if !naming(st.verbLemma(toks[v])) {
		return 0, false
	}
	for j := v + 1; j < len(toks) && j <= v+6; j++ {
		if toks[j].k == tQuote {
			return v + 1, j > v+1
		}
		if toks[j].k != tWord {
			break
		}
	}
	return 0, false
}

// verbLemma returns the lemma of the reporting verb t, or "" when t is no
// reporting-verb form, as lemmaOf does. A word looked up before (every
// word cueAt accepted) holds its lexicon entry in its flags (state.bits):
// its lemma is read from there, with no second lookup.
func (st *state) verbLemma(t tok) string {
	if t.f&fBits != 0 {
		if t.f&fVerb == 0 {
			return ""
		}
		if i := t.f >> wordShift; i > 0 {
			return st.lx.words.ents[i-1].lemma
		}
	}
	return st.lemmaOf(t)
}

// clause returns an indirect quote of the reported clause [s, e) in
// paragraph para, with its attribution.
func (st *state) clause(s, e, para int, att attribution) rawQuote {
	return rawQuote{
		pieces: st.onePiece(qpiece{s: s, e: e, os: s, ce: e, para: para}),
		para:   para, kind: Indirect, att: att, hasAtt: true, closed: true,
	}
}

// clauseEnd returns how many of a sentence's tokens its reported clause
// may take: the closing stops, quote marks and brackets are left out.
func clauseEnd(toks []tok) int {
	n := len(toks)
	for n > 0 && (toks[n-1].k == tStop || toks[n-1].k == tQuote || toks[n-1].k == tClose) {
		n--
	}
	return n
}

// plainClause reports whether toks hold no comma and two lower-case words
// or more, as a clause with no phrase set off does: "Prices rose 5.8% in a year", not "(CNN)
// President Donald Trump".
func (st *state) plainClause(toks []tok) bool {
	lower := 0
	for i, t := range toks {
		if t.k == tComma && !st.numberComma(toks, i) { // not "40,000"
			return false
		}
		if t.k == tWord && !capitalised(t) {
			lower++
		}
	}
	return lower >= 2
}

// nounPhraseOnly reports whether toks hold no verb that a clause needs:
// no auxiliary or past form, no comma ("The company's chief operating
// officer", "Varnia's deputy foreign minister").
func (st *state) nounPhraseOnly(toks []tok) bool {
	if len(toks) == 0 || len(toks) > 8 {
		return false
	}
	for i, t := range toks {
		if t.k != tWord {
			return false
		}
		if w := st.word(t); finiteAux(w) || i > 0 && st.pastVerb(t) || st.cueAt(toks, i) && !st.nounAt(toks, i) {
			return false
		}
	}
	return true
}

// commaIn reports whether a comma may stand among toks: whether their text
// holds a comma byte, found by a byte search instead of a walk over the
// tokens. A comma inside a word ("1,000") makes it true, too.
func (st *state) commaIn(toks []tok) bool {
	return len(toks) > 0 && strings.IndexByte(st.text[toks[0].s:toks[len(toks)-1].e], ',') >= 0
}

// clausal reports reporting verbs that take a clause without "that"
// ("Rivera said the talks had stalled"). Grammar, so kept in code.
func clausal(lemma string) bool {
	switch lemma {
	case "say", "tell", "add", "believe", "think", "expect", "warn", "insist", "note", "argue", "claim",
		"predict", "estimate", "acknowledge", "admit", "fear", "hope", "suggest", "write", "announce",
		"confirm", "concede", "state", "explain", "inform", "assure", "remind", "feel", "stress", "contend",
		"maintain", "assert", "report", "reiterate", "recall", "agree", "conclude", "emphasize", "emphasise":
		return true
	}
	return false
}

// nextQuoteTok returns where the quote token after toks[j] starts and
// ends, or the end of the last token twice when there is none.
func (st *state) nextQuoteTok(toks []tok, j int) (int, int) {
	for k := j + 1; k < len(toks); k++ {
		if toks[k].k == tQuote {
			return toks[k].s, toks[k].e
		}
	}
	return toks[len(toks)-1].e, toks[len(toks)-1].e
}

// isRelative reports the pronouns that open a relative clause.
func isRelative(w string) bool { return w == "who" || w == "which" || w == "whom" }

// naming reports reporting verbs that name or judge something rather
// than take a clause ("called the plan “a disaster”", "praised her as
// “tireless”"). Grammar, so kept in code.
func naming(lemma string) bool {
	switch lemma {
	case "call", "label", "brand", "dub", "term", "rate", "praise", "hail", "laud", "commend", "applaud", "criticize", "criticise", "accuse",
		"blast", "slam", "rip", "deride", "denounce", "condemn", "characterize", "characterise", "dismiss", "mock",
		"liken", "chide", "scold", "blame", "refer", "welcome":
		return true
	}
	return false
}

// mayReport is a quick test that a sentence holds a reporting-verb form or
// "according", read from the flags the tokenizer set: only a word with a
// verb form's length and first letters is looked up, and only once
// (state.bits keeps the answer in its flags). from is the index of the
// first such token.
func (st *state) mayReport(toks []tok) (from int, ok bool) {
	for i := range toks {
		f := toks[i].f
		if f&(fAccord|fShape) == 0 {
			continue // most words: neither "according" nor a verb form's shape
		}
		if f&(fShape|fBits) == fShape {
			f = st.bits(&toks[i]) // asked for the first time: look the word up
		}
		if f&fAccord != 0 || f&fShape != 0 && f&fVerb != 0 {
			return i, true
		}
	}
	return 0, false
}

// setOffParticiple returns where the clause after "According to X," starts
// when a participle's phrase or a relative clause set off by commas
// describes the source first ("According to the study, published in BMJ
// Case Reports, the man …", "According to Ana Ode, who runs the port, the
// gates …"): after its closing comma. Else it returns c.
func (st *state) setOffParticiple(toks []tok, c, n int) int {
	if c >= n || toks[c].k != tWord || capitalised(toks[c]) {
		return c
	}
	if w := st.word(toks[c]); !strings.HasSuffix(w, "ed") && w != "who" && w != "which" && w != "whose" {
		return c
	}
	for e := c + 1; e < n && e-c <= 10; e++ {
		switch toks[e].k {
		case tComma:
			return e + 1
		case tWord, tOther:
		default:
			return c
		}
	}
	return c
}

// asOpening reads a sentence that opens with "As" and a speaker's verb of
// saying, set off by a comma ("As Ana Ode noted at the time, the repairs
// would cost more"): the speaker reports the main clause, which starts at
// the returned index. The verb's phrase may hold a short time or place
// ("at the time", "last week", "out") but no object, so that "As the
// minister spoke, protesters gathered" and "As he said this, …" are left
// alone.
func (st *state) asOpening(toks []tok, n int) (int, attribution, bool) {
	if n < 6 || st.word(toks[0]) != "As" {
		return 0, attribution{}, false
	}
	for v := 2; v < n-2 && v <= 8; v++ {
		if toks[v].k != tWord {
			return 0, attribution{}, false
		}
		if toks[v].f&fShape == 0 || !st.cueAt(toks, v) || st.nounAt(toks, v) {
			continue
		}
		// verbs of saying only, not clausal's: "As Ode expected, the
		// vote failed" and "As Lund hoped, …" report nothing
		switch st.verbLemma(toks[v]) {
		case "say", "note", "write", "report", "point", "observe", "explain", "argue", "predict", "warn",
			"acknowledge", "suggest", "mention", "remark", "admit", "concede", "recall", "claim", "insist",
			"stress", "emphasize", "emphasise":
		default:
			return 0, attribution{}, false
		}
		s, ok := st.npBackward(toks, v, 1)
		if !ok || s != 1 {
			return 0, attribution{}, false
		}
		e, ok := st.subjectEnd(toks, s, v)
		if !ok {
			return 0, attribution{}, false
		}
		for c := v + 1; c < n-1 && c <= v+5; c++ {
			if toks[c].k == tComma {
				att := attribution{mention: Span{toks[s].s, toks[e].e}, cue: Span{toks[v].s, toks[v].e}}
				return c + 1, att, true
			}
			w := st.word(toks[c])
			if toks[c].k != tWord || c == v+1 && !isPreposition(w) && w != "out" && w != "last" && w != "earlier" && w != "previously" {
				return 0, attribution{}, false
			}
		}
		return 0, attribution{}, false
	}
	return 0, attribution{}, false
}

// accordingSource returns where the source after "according to" ends
// when it starts at toks[a] and is more than the noun phrase npForward
// read (its end j): the words up to the first comma, if there are at
// most twenty, or to the clause's end n, if there are at most twelve, and
// all are words ("state" there is
// a noun, not the verb). Else it returns j for both. The mention ends
// sooner, before a time or place that follows the source's noun ("exit
// polls in New Hampshire", "a report to be released Thursday").
func (st *state) accordingSource(toks []tok, a, n, j int) (mention, end int) {
	mention = -1
	for e := a; e < n && e-a <= 20; e++ {
		switch {
		case st.numberComma(toks[:n], e):
			// "a survey of 6,000 workers": the comma inside a number
		case toks[e].k == tComma:
			if e == a || e == a+1 && isObjectPronoun(st.word(toks[a])) {
				return j, j // "according to him," is left to npForward
			}
			end = e
		case toks[e].k == tQuote && e > a && e+1 < n && toks[e-1].k == tWord && toks[e-1].e == toks[e].s && strings.HasSuffix(st.word(toks[e-1]), "s") && toks[e+1].k == tWord && toks[e+1].s > toks[e].e:
			// "the Harrowgate Students' Union": a plural's apostrophe
		case toks[e].k != tWord && toks[e].k != tOther:
			return j, j
		case mention < 0 && e > a && st.trailingModifier(st.word(toks[e]), toks[e+1:n]):
			mention = e
		}
		if end > 0 {
			break
		}
	}
	if end == 0 {
		if n-a > 12 || n == a+1 && isObjectPronoun(st.word(toks[a])) {
			return j, j
		}
		end = n
	}
	if mention > a && end > mention && st.word(toks[mention-1]) != "by" {
		// "a readout released late on Tuesday by the ministry": the time
		// ends no phrase that names its issuer after it
		for k := mention + 1; k < end && k <= mention+6; k++ {
			if st.word(toks[k]) == "by" && k+1 < end {
				mention = -1
				break
			}
		}
	}
	if mention < 0 {
		mention = end
	}
	return mention, end
}

// documentIssuerBefore returns the bounds [b, e) of the name of a
// document's issuer right before the participle toks[v]: "a statement
// from the Tarkani Foreign Ministry rejecting …", "a letter by the union
// calling …". Else b == e.
func (st *state) documentIssuerBefore(toks []tok, v int) (int, int) {
	if v < 4 || toks[v-1].k != tWord || !capitalised(toks[v-1]) || !strings.HasSuffix(st.word(toks[v]), "ing") {
		return 0, 0
	}
	k := v - 1
	for k > 1 && v-k <= 8 && toks[k-1].k == tWord && (capitalised(toks[k-1]) || st.word(toks[k-1]) == "of" || st.word(toks[k-1]) == "and" || st.word(toks[k-1]) == "for") {
		k--
	}
	for k < v && !capitalised(toks[k]) {
		k++ // "of" or "and" opens no name
	}
	b := k
	if k > 1 && st.word(toks[k-1]) == "the" {
		k--
	}
	if k < 2 || toks[k-1].k != tWord || (st.word(toks[k-1]) != "from" && st.word(toks[k-1]) != "by") || st.lx.noun(st.word(toks[k-2])) != kindDocument {
		return 0, 0
	}
	return b, v
}

// whoseAntecedent returns the bounds of what "whose" before the subject
// toks[s:e+1] stands for: "Northgate Analytics, a polling firm whose
// latest survey found that …" is the firm's, named before it is set off.
// Any other subject is returned as it is.
func (st *state) whoseAntecedent(toks []tok, s, e int) (int, int) {
	if s < 3 || st.word(toks[s-1]) != "whose" {
		return s, e
	}
	a, ok := st.npBackward(toks, s-1, 0)
	if !ok {
		return s, e
	}
	if h := a - 2; h >= 0 && toks[a-1].k == tComma && toks[h].k == tWord && capitalised(toks[h]) {
		for h > 0 && toks[h-1].k == tWord && capitalised(toks[h-1]) {
			h-- // the name the firm is set off after
		}
		return h, a - 2
	}
	return a, s - 2
}

// trailingModifier reports whether the word w, with the tokens after it,
// opens a time, place or relative clause that ends the noun phrase before
// it: "in", "on" or "at" before a name or a number, "last", "this", "to
// be", "who", "which" or "that".
func (st *state) trailingModifier(w string, after []tok) bool {
	switch w {
	case "in", "on", "at":
		// "in New Hampshire", "on Monday", "in 2015", not "briefed on
		// the talks"
		return len(after) > 0 && after[0].k == tWord && (capitalised(after[0]) || isNumber(st.word(after[0])))
	case "last", "this":
		return true
	case "to":
		return len(after) > 0 && st.word(after[0]) == "be"
	case "who", "which", "that":
		return true // a relative clause: "a senior official who asked not to be named"
	}
	return false
}

// withSubject returns where the subject of the participle toks[v] starts
// when "with" leads into them ("with forecasters warning that …", "with
// port officials saying …"), else 0.
func (st *state) withSubject(toks []tok, v int) int {
	if !strings.HasSuffix(st.word(toks[v]), "ing") {
		return 0
	}
	for b := v - 1; b > 0 && v-b <= 4; b-- {
		if toks[b].k != tWord {
			return 0
		}
		if w := st.word(toks[b]); w == "and" || w == "or" || isPreposition(w) || strings.HasSuffix(w, "ing") {
			return 0 // "with Trump shifting on tariffs and suggesting …"
		}
		if w := st.word(toks[b-1]); w == "with" || w == "With" {
			if isDeterminer(st.word(toks[b])) && b+1 == v || isPreposition(st.word(toks[b])) {
				return 0
			}
			return b
		}
	}
	return 0
}

// mainClauseAt returns where the main clause starts when the subject
// toks[s] and its verb toks[v] stand in a subordinate clause that opens
// the sentence ("When the advisers suggested Beijing buy more, Trump was
// not satisfied"): at the first comma after the verb that a subject
// follows, a pronoun, a determiner or a capitalised word. It returns -1
// when the sentence is not of that shape.
func (st *state) mainClauseAt(toks []tok, s, v int) int {
	if s != 1 || !subordinating(st.word(toks[0])) {
		return -1
	}
	for c := v + 1; c+1 < len(toks); c++ {
		if toks[c].k != tComma || toks[c+1].k != tWord {
			continue
		}
		w := st.word(toks[c+1])
		if _, pron := isPronoun(w); pron || isDeterminer(w) || capitalised(toks[c+1]) && !isOpener(w) {
			return c
		}
	}
	return -1
}

// verbSubject returns the bounds [s, e] of the subject of the verb
// toks[v], looked for back to lo: the noun phrase before the verb (across
// an "and" that joins two names: "a friend of Lund and Ode, would then
// have claimed"), or, for a verb after "and" or "but", the subject of the
// clause it is coordinated with ("when Cruz knocked Rubio and called him
// …"), in which case coord is true. ok is false when the phrase is inside
// a relative clause ("A farmer who asked not to be named said …": the
// subject is outside it) or is a thing that cannot speak.
func (st *state) verbSubject(toks []tok, v, lo int) (s, e int, coord, ok bool) {
	if v-3 >= lo && (st.word(toks[v-1]) == "that" || st.word(toks[v-1]) == "which") {
		// "a letter from his doctor that says …", "the report, which
		// said …": the document the relative clause is about
		if d := st.documentAntecedent(toks, v-1, lo); d >= 0 {
			e := v - 2
			if toks[e].k == tComma {
				e--
			}
			for k := d + 2; k <= e; k++ {
				// a time after the document is no part of it: "a letter
				// from his doctor on Friday that"
				if w := st.word(toks[k]); timeName(w) || relativeDay(w) || (w == "on" || w == "last" || w == "this") && k < e && (timeName(st.word(toks[k+1])) || relativeDay(st.word(toks[k+1]))) {
					e = k - 1
					break
				}
			}
			return d, e, false, true
		}
	}
	if v == lo+1 && v >= 1 && (st.word(toks[v-1]) == "One" || st.word(toks[v-1]) == "Another") {
		return v - 1, v - 1, false, true // "One described it as …": one of those named before
	}
	if v-3 > lo && st.word(toks[v-1]) == "to" && readyTo(st.word(toks[v-2])) {
		switch st.word(toks[v-3]) {
		case "was", "were", "is", "are", "been":
			// "Ode was quick to add that …": the subject of "was"
			if s, ok = st.npBackward(toks, v-3, lo); ok {
				e, ok = st.subjectEnd(toks, s, v-3)
				return s, e, false, ok
			}
		}
	}
	if v > 3 && st.word(toks[v-1]) == "then" && toks[v-2].k == tComma {
		// "Ode paused, then said …": the subject of the clause before
		if b, end := st.coordSubject(toks, v-2); end > b && end < v-2 && toks[end].k == tWord {
			// the subject's own verb follows it, in the past or the
			// present ("Heat the oil, then add …" has none)
			if w := st.word(toks[end]); strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") || irregularPast(w) {
				return b, end - 1, true, true
			}
		}
	}
	if v-3 > lo && st.word(toks[v-1]) == "to" && v+1 < len(toks) && st.word(toks[v+1]) == "that" {
		// "Markov used a speech in Velmont last month to promise that …",
		// "took to social media to warn that …": the subject of used
		for u := v - 3; u > lo && v-u <= 10 && toks[u].k == tWord; u-- {
			if w := st.word(toks[u]); w == "used" || w == "uses" || w == "took" || w == "takes" {
				if s, ok = st.npBackward(toks, u, lo); ok {
					e, ok = st.subjectEnd(toks, s, u)
					return s, e, false, ok
				}
				break
			}
		}
	}
	if v-3 > lo && st.word(toks[v-1]) == "to" && st.word(toks[v-2]) == "on" {
		switch st.word(toks[v-3]) {
		case "went", "goes", "go", "gone", "going":
			// "Ode went on to say that …": the subject of "went"
			if s, ok = st.npBackward(toks, v-3, lo); ok {
				e, ok = st.subjectEnd(toks, s, v-3)
				return s, e, false, ok
			}
		}
	}
	if p := st.reducedRelative(toks, v, lo); p > 0 {
		// "A former treasurer accused of stealing £38,000 from a fund
		// told …": the subject is the noun before the participle
		if s, ok = st.npBackward(toks, p, lo); ok {
			e, ok = st.subjectEnd(toks, s, p)
			return s, e, false, ok
		}
	}
	if p := st.ingRelative(toks, v); p > 0 && p > lo {
		// "Police investigating the fire said": the noun before the
		// participle
		if s, ok = st.npBackward(toks, p, lo); ok {
			e, ok = st.subjectEnd(toks, s, p)
			return s, e, false, ok
		}
	}
	if s, e := st.objectRelativeSubject(toks, v, lo); e >= s && s > 0 {
		// "a repair that engineers at the time described as “…”": the
		// subject inside the relative clause whose object the noun is
		return s, e, false, true
	}
	if w := st.longRelative(toks, v, lo); w > 0 {
		// "A senior official who asked not to be named because the case
		// is before the courts said": the noun the clause describes
		if s, ok = st.npBackward(toks, w, lo); ok {
			e, ok = st.subjectEnd(toks, s, w)
			return s, e, false, ok
		}
		if w == 1 && lo == 0 {
			// "Those who were aboard say": the pronoun and its clause
			// name the speakers
			e := 0
			if v-1 <= 6 {
				e = v - 1
			}
			return 0, e, false, true
		}
	}
	s, ok = st.npBackward(toks, v, lo)
	if !ok && lo > 1 && lo < v && st.word(toks[lo-1]) == "and" && capitalised(toks[lo]) && capitalised(toks[lo-2]) {
		s, ok = st.npBackward(toks, v, 0)
	}
	if !ok && v > 1 && (st.word(toks[v-1]) == "and" || st.word(toks[v-1]) == "but" && st.word(toks[v-2]) != "help") {
		if b, end := st.coordSubject(toks, v-1); end > b && (!st.relativeAt(toks, end) || setOffClosed(toks, end, v-1)) {
			return b, end - 1, true, true
		}
	}
	if !ok || s > 0 && toks[s-1].k == tWord && isRelative(st.word(toks[s-1])) {
		return 0, 0, false, false
	}
	if s-3 >= lo && toks[s-1].k == tWord && toks[s-2].k == tWord && toks[s-3].k == tWord && !capitalised(toks[s-1]) {
		// "The group that held the workers said": the object of the
		// relative clause's verb is not the subject; what the clause
		// describes is
		w1 := st.word(toks[s-1])
		if w2 := st.word(toks[s-2]); (w2 == "that" || w2 == "who" || w2 == "which") && (strings.HasSuffix(w1, "ed") || irregularPast(w1)) {
			if s2, ok := st.npBackward(toks, s-2, lo); ok && s2 < s-2 {
				return s2, s - 3, false, true
			}
		}
	}
	if r, e := st.roleInPlace(toks, s, lo); r >= 0 {
		// "A Western diplomat in Eskel, who requested anonymity, said":
		// the role speaks, not the place
		return r, e, false, true
	}
	if b := st.nameAtPlace(toks, s, lo); b >= 0 {
		// "Helena Marchbank at Arkwright Lowe Securities said": the
		// person, not the firm she works at
		return b, s - 2, false, true
	}
	e, ok = st.subjectEnd(toks, s, v)
	return s, e, false, ok
}

// nameAtPlace returns where a person's name of two words or more starts
// when it stands just before "at" or "of" and toks[s], the firm or place
// the person is of ("Helena Marchbank at Arkwright Lowe Securities"), or
// -1. The name's first word is a given name.
func (st *state) nameAtPlace(toks []tok, s, lo int) int {
	if s < 3 || s-3 < lo || toks[s-1].k != tWord || !capitalised(toks[s]) {
		return -1
	}
	if w := st.word(toks[s-1]); w != "at" && w != "of" {
		return -1
	}
	b := s - 2
	for b > lo && toks[b-1].k == tWord && capitalised(toks[b-1]) {
		b--
	}
	if s-2-b < 1 || toks[s-2].k != tWord || !capitalised(toks[s-2]) || isSentenceStarter(st.word(toks[b])) || isOpener(st.word(toks[b])) {
		return -1
	}
	for k := b; k <= s-2; k++ {
		if st.orgWord(&toks[k]) {
			return -1
		}
	}
	if !st.givenName(toks[b]) && !st.personNamed(st.text[toks[b].s:toks[s-2].e]) {
		return -1
	}
	return b
}

// objectRelativeSubject returns the bounds [s, e] of the subject of the
// verb toks[v] when it opens a relative clause after "that" or "whom"
// whose object is the noun before it: "a repair that engineers at the
// time described as", "a man whom police named as". The words between
// are a noun phrase of people, with no verb; else 0, -1.
func (st *state) objectRelativeSubject(toks []tok, v, lo int) (int, int) {
	for r := v - 2; r > lo && v-r <= 6; r-- {
		if toks[r].k != tWord {
			return 0, -1
		}
		if w := st.word(toks[r]); w != "that" && w != "whom" {
			continue
		}
		if r < 1 || toks[r-1].k != tWord || capitalised(toks[r-1]) || st.cueAt(toks, r-1) {
			return 0, -1 // "said that …", "told Ode that …": a clause, not a relative
		}
		s, ok := st.npBackward(toks, v, r+1)
		if !ok || s != r+1 {
			return 0, -1
		}
		e := v - 1
		for k := s; k < v; k++ {
			if w := st.word(toks[k]); isPreposition(w) && k > s {
				e = k - 1 // "engineers at the time"
				break
			}
		}
		if h := toks[e]; h.k != tWord || !(st.roleWord(h) || capitalised(h) || pluralPeople(st.word(h))) {
			return 0, -1
		}
		return s, e
	}
	return 0, -1
}

// insideSetOffRelative reports whether the verb toks[v] stands in a
// relative clause set off by commas (", who asked that …,") that a
// reporting verb follows right after its closing comma: the main verb,
// which reports instead.
func (st *state) insideSetOffRelative(toks []tok, v int) bool {
	j := v - 1
	for j > 0 && toks[j].k == tWord && v-j <= 4 {
		if w := st.word(toks[j]); w == "who" || w == "which" {
			break
		}
		j--
	}
	if j < 1 || toks[j].k != tWord || toks[j-1].k != tComma {
		return false
	}
	if w := st.word(toks[j]); w != "who" && w != "which" {
		return false
	}
	for k := v + 1; k+1 < len(toks) && k <= v+14; k++ {
		if toks[k].k == tComma {
			return toks[k+1].k == tWord && st.cueAt(toks, k+1) && !strings.HasSuffix(st.word(toks[k+1]), "ing")
		}
	}
	return false
}

// pluralPeople reports nouns for groups of people that the titles
// lexicon has no role for.
func pluralPeople(w string) bool {
	switch w {
	case "police", "people", "critics", "experts", "analysts", "residents", "officials", "engineers", "scientists", "researchers", "witnesses", "fans", "voters":
		return true
	}
	return false
}

// ingRelative returns where a participle in -ing stands when it opens a
// phrase that describes the noun phrase opening the sentence and runs up
// to the verb toks[v]: "Police investigating a fire that destroyed a
// warehouse said …", "Officials overseeing the count said …". Else 0.
func (st *state) ingRelative(toks []tok, v int) int {
	// the subject opens the sentence, or follows its opening phrase:
	// "Behind him, a young woman balancing a toddler on her hip said"
	b := 0
	if len(toks) > 0 && toks[0].k == tWord && (isOpener(st.word(toks[0])) || isPrepositionAnyCase(st.word(toks[0])) || placeOpener(st.word(toks[0]))) {
		for c := 1; c < len(toks) && c < 8 && c < v; c++ {
			if toks[c].k == tComma {
				b = c + 1
				break
			}
		}
	}
	p := 0
	for j := b + 1; j <= b+5 && j < v-1; j++ {
		t := toks[j]
		if t.k != tWord || capitalised(t) && j > b+1 {
			if t.k != tWord {
				return 0
			}
			continue
		}
		if w := st.word(t); len(w) >= 6 && strings.HasSuffix(w, "ing") && !capitalised(t) {
			p = j
			break
		}
	}
	if p == 0 || v-p > 24 || st.cueAt(toks, p) {
		return 0 // "Officials speaking …" is a speech verb's own phrase, read elsewhere
	}
	if w := st.word(toks[p]); isPreposition(w) || strings.HasSuffix(w, "thing") {
		return 0 // "during", "nothing"
	}
	// the participle follows people: a plural ("Police", "Doctors", "The
	// residents") or a role ("A spokesman"), not "Try" or "But"
	switch pw := st.word(toks[p-1]); {
	case isDeterminer(pw) || isFiniteAux(pw) || isPreposition(pw) || isAdverb(pw) || toks[p-1].f&fVerb != 0 && st.cueAt(toks, p-1):
		return 0
	case pw == "police" || pw == "Police" || pw == "people" || pw == "staff" || pw == "crews" || len(pw) > 3 && pw[len(pw)-1] == 's' && pw[len(pw)-2] != 's' && pw[len(pw)-2] != '\'':
	case st.roleWord(toks[p-1]):
	default:
		return 0
	}
	if s, ok := st.npBackward(toks, p, b); !ok || s != b {
		return 0
	}
	end := v // the verb's auxiliaries and adverbs are no part of the phrase: "… have repeatedly said"
	for end-1 > p && toks[end-1].k == tWord && (isAux(st.word(toks[end-1])) || isAdverb(st.word(toks[end-1]))) {
		end--
	}
	for j := p + 1; j < end; j++ {
		t := toks[j]
		if t.k != tWord {
			return 0 // set off, or a mark: read elsewhere
		}
		if w := st.word(t); isFiniteAux(w) && !isRelative(st.word(toks[j-1])) || st.cueAt(toks, j) {
			return 0 // a finite verb of the phrase's own: the phrase is a clause, not a description
		}
	}
	return p
}

// phraseCueIn is a quick test that toks hold a word of the phrases
// madeClear, putItTo and perSourceAt read, for a sentence with no
// reporting verb's form.
func (st *state) phraseCueIn(toks []tok) bool {
	for i, t := range toks {
		if n := t.e - t.s; n <= len("puts") && n >= len("per") && t.k == tWord && st.text[t.s] == 'p' {
			// "put it to him that …" (putItTo), "…, per a statement"
			// (perSourceAt)
			switch st.text[t.s:t.e] {
			case "put", "puts":
				if i+2 < len(toks) && st.word(toks[i+1]) == "it" && st.word(toks[i+2]) == "to" {
					return true
				}
			case "per":
				if i > 0 && toks[i-1].k == tComma {
					return true
				}
			}
			continue
		}
		if t.k == tWord && t.e-t.s >= len("case") && t.e-t.s <= len("unequivocal") {
			switch st.text[t.s:t.e] {
			case "clear", "case", "point", "adamant", "emphatic", "insistent", "unequivocal", "categorical":
				return true
			}
		}
	}
	return false
}

// madeClear reads a report made with a phrase rather than a verb:
// "Ode made (it) clear that …", "Ode was adamant that …", "Ode made the
// case that …". It returns where the clause after "that" starts and the
// attribution, whose cue is the phrase.
func (st *state) madeClear(toks []tok, n int) (int, attribution, bool) {
	// the phrase's last word first, by its length: most words are none
	for e := 2; e+2 < n && e < 26; e++ {
		t := toks[e]
		if t.e-t.s < len("case") || t.e-t.s > len("unequivocal") || t.k != tWord {
			continue
		}
		switch st.text[t.s] {
		case 'c', 'p', 'a', 'e', 'i', 'u':
		default:
			continue
		}
		v := -1 // the phrase's first word
		switch st.text[t.s:t.e] {
		case "clear":
			if made(st.word(toks[e-1])) {
				v = e - 1
			} else if st.word(toks[e-1]) == "it" && made(st.word(toks[e-2])) {
				v = e - 2
			}
		case "case", "point":
			if w := st.word(toks[e-1]); (w == "the" || w == "a") && made(st.word(toks[e-2])) {
				v = e - 2
			}
		case "adamant", "emphatic", "insistent", "unequivocal", "categorical":
			switch st.word(toks[e-1]) {
			case "was", "is", "were", "are", "remained", "remains":
				v = e - 1
			}
		}
		if v < 1 || toks[e+1].k != tWord || st.word(toks[e+1]) != "that" {
			continue
		}
		if passive(st.word(toks[v-1])) || st.word(toks[v-1]) == "it" && v > 1 && passive(st.word(toks[v-2])) {
			return 0, attribution{}, false // a passive names no one: "it had been made clear that", "it was made clear"
		}
		s, ok := st.npBackward(toks, v, 0)
		if !ok {
			return 0, attribution{}, false
		}
		for k := 0; k < s; k++ {
			if toks[k].k == tWord && st.cueAt(toks, k) && !st.nounAt(toks, k) {
				return 0, attribution{}, false // a reporting verb before the subject reports
			}
		}
		end, ok := st.subjectEnd(toks, s, v)
		if !ok || end < s {
			return 0, attribution{}, false
		}
		return e + 2, attribution{mention: Span{toks[s].s, toks[end].e}, cue: Span{toks[v].s, toks[e].e}}, true
	}
	return 0, attribution{}, false
}

// putIn reports whether "put it to" is in the text of toks: one search
// for its rarest letters first.
func (st *state) putIn(toks []tok) bool {
	return len(toks) > 3 && strings.Contains(st.text[toks[0].s:toks[len(toks)-1].e], "ut it to ")
}

// putItTo reads "X put it to Y that …", a suggestion made to someone (a
// barrister's to a witness, a reporter's to a manager). It returns where
// the clause after "that" starts and the attribution, whose cue is "put
// it to"; the one it is put to, up to five words, is no part of either.
func (st *state) putItTo(toks []tok, n int) (int, attribution, bool) {
	for v := 1; v+4 < n; v++ {
		if toks[v].k != tWord || toks[v].e-toks[v].s > len("puts") || st.text[toks[v].s] != 'p' {
			continue
		}
		if w := st.word(toks[v]); w != "put" && w != "puts" || st.word(toks[v+1]) != "it" || st.word(toks[v+2]) != "to" {
			continue
		}
		k := v + 3
		for k < n && k <= v+8 && toks[k].k == tWord && st.word(toks[k]) != "that" {
			k++
		}
		if k == v+3 || k+1 >= n || toks[k].k != tWord || st.word(toks[k]) != "that" {
			return 0, attribution{}, false
		}
		s, ok := st.npBackward(toks, v, 0)
		if !ok {
			return 0, attribution{}, false
		}
		end, ok := st.subjectEnd(toks, s, v)
		if !ok || end < s {
			return 0, attribution{}, false
		}
		return k + 1, attribution{mention: Span{toks[s].s, toks[end].e}, cue: Span{toks[v].s, toks[v+2].e}}, true
	}
	return 0, attribution{}, false
}

// made reports the forms of "make" that "made clear" is read after.
func made(w string) bool { return w == "made" || w == "makes" || w == "make" }

// whereSubject reports whether the words between "where" at toks[j] and
// the verb toks[v] are the verb's own subject, a pronoun or a name, with
// only adverbs after it: "the point where they actually believe", "the
// town where Ana Ode now says", "where the board actually believes". A clause that holds a verb of its own
// ("the agency where she works said") modifies the subject before it.
func (st *state) whereSubject(toks []tok, j, v int) bool {
	k := j + 1
	if _, ok := isPronoun(st.word(toks[k])); ok {
		k++
	} else if isDeterminer(st.word(toks[k])) && k+1 < v && toks[k+1].k == tWord {
		k += 2 // "the board": one noun, so that a verb after it ("where the staff works said") is no adverb
	} else {
		for k < v && capitalised(toks[k]) {
			k++
		}
	}
	if k == j+1 {
		return false
	}
	for k < v && (isAdverb(st.word(toks[k])) || isAux(st.word(toks[k]))) {
		k++
	}
	return k == v
}

// joinedNounBefore returns the index of the "and" or "or" that joins one
// or two lower-case words before toks[j] to a noun phrase before it
// ("students and teachers who", "residents or business owners who"),
// else -1.
func joinedNounBefore(st *state, toks []tok, j int) int {
	for a := j - 2; a >= 1 && a >= j-3; a-- {
		if toks[a].k != tWord || toks[a+1].k != tWord || capitalised(toks[a+1]) {
			return -1
		}
		if w := st.word(toks[a]); w == "and" || w == "or" {
			return a
		}
	}
	return -1
}

// longRelative returns where "who" stands when a relative clause of
// three words or more, not set off by commas, runs from it up to the verb
// toks[v]: "Witnesses who saw the crash said …", "The agency that runs
// the port said …", "A diplomat who spoke on
// condition of anonymity because he was not authorised to brief reporters
// said …". The noun before "who" is the verb's subject, not the last noun
// of the clause. Else it returns 0.
func (st *state) longRelative(toks []tok, v, lo int) int {
	// a participle's phrase set off before the verb ("…, speaking on
	// condition of anonymity, said") ends the clause at its first comma
	aside := false
	if v >= 4 && toks[v-1].k == tComma {
		for o := v - 2; o > lo && o >= v-25; o-- {
			if toks[o].k == tComma {
				if w := st.word(toks[o+1]); toks[o+1].k == tWord && strings.HasSuffix(w, "ing") && !capitalised(toks[o+1]) ||
					w == "and" && o+2 < v && st.word(toks[o+2]) == "who" {
					v, aside = o, true // and "…, and who spoke on condition of anonymity, said"
				}
				break
			}
		}
	}
	if v < 3 || toks[v-1].k != tWord || toks[v-2].k != tWord || isRelative(st.word(toks[v-1])) {
		return 0 // "…, which calls itself …": the verb of a clause set off
	}
	for j := v - 3; j > lo && j >= v-30; j-- {
		if toks[j].k != tWord {
			return 0 // a comma or a mark: the clause is set off, or there is none
		}
		if w := st.word(toks[j]); w == "who" || w == "where" && j+1 < v && toks[j+1].k == tWord || w == "that" && st.relativeVerb(toks[j+1]) {
			if p := toks[j-1]; p.k != tWord || isPreposition(st.word(p)) || isAux(st.word(p)) || isClauseBoundary(st.word(p)) {
				return 0 // "asked who said", "is unclear who …", "But that matters …"
			}
			if w == "where" && st.whereSubject(toks, j, v) {
				return 0 // "to the point where they actually believe …": the verb is the clause's own
			}
			// the noun before "who" opens the sentence: not the object of
			// an earlier verb ("rebuked critics who …") nor an appositive
			// set off after a name ("Corker, a Tennessee Republican who …"),
			// or a pronoun of people does ("Those who were aboard say")
			// (or opens the words after a comma: "…, the mediator who
			// brokered the deal announced on Saturday")
			from := 0
			s, ok := st.npBackward(toks, j, 0)
			if a := joinedNounBefore(st, toks, j); a > 0 && (!ok || s > a) {
				if s2, ok2 := st.npBackward(toks, a, 0); ok2 {
					s, ok = s2, true // "Students and teachers who opposed it said": two nouns joined
				}
			}
			if ok && s > 1 && toks[s-1].k == tComma && w == "who" && !st.cueAfterComma(toks, v) {
				from = s
			} else if (!ok || s != 0) && !(j == 1 && w == "who" && peoplePronoun(st.word(toks[0]))) {
				return 0
			}
			if _, ok := isPronoun(st.word(toks[0])); ok || st.word(toks[0]) == "I" || w == "that" && st.headKind(toks, 0, j-1) != 0 {
				// "I guess that settles it", and a thing or a document
				// ("A study that appeared in the Lancet found"), whose
				// clause may name who issued it
				return 0
			}
			for k := from; k < j; k++ {
				if w := st.word(toks[k]); !capitalised(toks[k]) && (strings.HasSuffix(w, "ed") || st.cueAt(toks, k)) {
					return 0 // a verb before "who": "Obama rebuked critics who say …"
				}
			}
			if aside {
				return j // "A lawmaker who voted for the bill, speaking on condition of anonymity, said"
			}
			if capitalised(toks[v-1]) && st.word(toks[v-2]) == "as" {
				return 0 // "A man who gave his name only as Desmond shouted": the name speaks
			}
			for k := j + 1; k < v; k++ {
				if w := st.word(toks[k]); w == "that" {
					return 0 // "The clerk who took the call recalled that he said": the verb has a subject of its own
				}
			}
			if pw := st.word(toks[v-1]); pw == "you" || pw == "I" || pw == "we" {
				return 0 // "proteins that will help you feel full"
			} else if _, ok := isPronoun(pw); ok {
				return 0
			}
			return j
		}
	}
	return 0
}

// placeOpener reports prepositions of place that open a sentence's
// scene-setting phrase ("Behind him,", "Outside the court,").
func placeOpener(w string) bool {
	switch w {
	case "Behind", "Outside", "Beside", "Among", "Across", "Around", "Inside", "Near", "Beyond", "Along", "Under", "Above", "Below":
		return true
	}
	return false
}

// setOffRelativeSubject reports whether the comma before the verb
// toks[v] closes a relative clause set off after the noun phrase that
// opens the sentence: "The Carrowby Health Trust, which runs the
// hospital, said its chief executive, Martin Oduya, had …" — the verb is
// the trust's, no inverted "said its chief executive".
func (st *state) setOffRelativeSubject(toks []tok, v int) bool {
	if toks[v-1].k != tComma {
		return false
	}
	for k := v - 2; k > 0 && v-k <= 24; k-- {
		if toks[k].k == tComma {
			if w := st.word(toks[k+1]); w != "which" && w != "who" {
				return false
			}
			s, ok := st.npBackward(toks, k, 0)
			return ok && s == 0
		}
	}
	return false
}

// cueAfterComma reports whether a comma and a reporting verb follow the
// verb toks[v] in its sentence: ", a refugee who feared reprisals and
// asked not to be identified, said that …" — toks[v] is the set-off
// clause's, the later one the sentence's.
func (st *state) cueAfterComma(toks []tok, v int) bool {
	for k := v + 1; k+1 < len(toks); k++ {
		if toks[k].k == tComma && toks[k+1].k == tWord && st.cueAt(toks, k+1) {
			return true
		}
	}
	return false
}

// peoplePronoun reports the words that stand for people before "who" at
// the head of a sentence: "Those who were aboard say …".
func peoplePronoun(w string) bool {
	switch w {
	case "Those", "Anyone", "Everyone", "Someone", "Others", "Many", "Some", "Few":
		return true
	}
	return false
}

// relativeVerb reports whether t, the word after "that", is a verb in
// the present or the past, so that "that" opens a relative clause ("The
// agency that runs the port said"), not a noun clause.
func (st *state) relativeVerb(t tok) bool {
	w := st.word(t)
	if t.k != tWord || capitalised(t) || len(w) < 3 {
		return false
	}
	return finite(w) || irregularPast(w) || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us")
}

// roleInPlace returns where the noun phrase of a role starts and the
// index of its last word when toks[s], a capitalised name, is the place
// after it ("a diplomat in Eskel", "Officials from Varnia" opening the
// sentence, "A neighbour on Millbrook Road", "A resident of nearby Church
// Lane"), or -1, -1. An
// organisation after the role speaks for it ("officials from the Harbour
// Authority", "officials at Harbour Security"): then it is -1 too, but for
// one person at a workplace ("A former manager at Castellan Bank told").
func (st *state) roleInPlace(toks []tok, s, lo int) (int, int) {
	place := s // the place's first word; s becomes the word after the preposition
	if s >= 2 && s-2 >= lo && s+1 < len(toks) && toks[s].k == tWord && st.word(toks[s]) == "the" && capitalised(toks[s+1]) && (st.word(toks[s-1]) == "at" || st.word(toks[s-1]) == "from") {
		place = s + 1 // "An official at the Contact Group": a workplace
	}
	if s >= 3 && s-3 >= lo && toks[s-1].k == tWord {
		switch st.word(toks[s-1]) {
		case "nearby", "neighbouring", "neighboring":
			s-- // "A resident of nearby Church Lane"
		}
	}
	if s >= 5 && s-5 >= lo && st.word(toks[s-1]) == "of" && placeNoun(st.word(toks[s-2])) && st.word(toks[s-3]) == "the" && toks[s-4].k == tWord {
		if w := st.word(toks[s-4]); w == "in" || w == "near" || w == "from" {
			s -= 3 // "Swimmers in the village of Thornby": the place named after its kind
		}
	}
	if s < 2 || s-2 < lo || toks[s-1].k != tWord || toks[s-2].k != tWord || !capitalised(toks[place]) || capitalised(toks[s-2]) && s-2 > 0 {
		return -1, -1
	}
	at := false
	switch st.word(toks[s-1]) {
	case "in", "near", "of", "on":
	case "from":
		// "A reporter from the Kestrel Lake Courier asked": one person
		// from a body, as one at a workplace; "officials from the
		// Harbour Authority" speak for it
		if d := s - 3; d >= lo && toks[d].k == tWord {
			switch st.word(toks[d]) {
			case "A", "a", "An", "an", "One", "one":
				at = true
			}
		}
	case "at":
		// a workplace: "officials at Harbour Security" speak for it, but
		// "A former manager at Castellan Bank told" is one person
		at = true
	default:
		return -1, -1
	}
	w := st.word(toks[s-2])
	if (w == "based" || w == "stationed" || w == "posted") && s-3 >= lo && toks[s-3].k == tWord && !capitalised(toks[s-3]) {
		// "One European diplomat based in Savaran": the role before the
		// participle
		s--
		w = st.word(toks[s-2])
	}
	ti, ok := st.lx.title(w)
	if !ok && len(w) > 3 && w[len(w)-1] == 's' {
		ti, ok = st.lx.title(w[:len(w)-1]) // "officials from Varnia"
	}
	if !ok || ti.kind != kindRole && ti.kind != kindTitle {
		return -1, -1
	}
	k := place
	for k < len(toks) && toks[k].k == tWord && capitalised(toks[k]) {
		k++
	}
	r, ok := st.npBackward(toks, s-1, lo)
	if !ok || r > s-2 {
		return -1, -1
	}
	if d := st.word(toks[r]); at && d != "A" && d != "An" && d != "a" && d != "an" {
		return -1, -1
	}
	if !at && nameKind(st.text[toks[place].s:toks[k-1].e]) != orgNone {
		return -1, -1 // "Officials from the Harbour Authority": the body speaks, not a place ("Port Lessing")
	}
	return r, s - 2
}

// placeNoun reports the nouns for a kind of place that "of" and its name
// follow: "the village of Thornby", "the town of Kell".
func placeNoun(w string) bool {
	switch w {
	case "village", "town", "city", "county", "district", "region", "province", "suburb", "hamlet", "parish", "island", "port", "state":
		return true
	}
	return false
}

// reducedRelative returns the index of the past participle that opens a
// relative clause without "who" between the subject and the verb toks[v]
// ("a treasurer accused of stealing £38,000 from a fund told", "a docker
// injured in the blast said"), or 0. The participle follows a noun and
// comes before a preposition; no other verb or punctuation stands between
// it and toks[v], but the comma inside a number.
func (st *state) reducedRelative(toks []tok, v, lo int) int {
	if v > 3 && toks[v-1].k == tWord {
		if w := st.word(toks[v-1]); w == "have" || w == "has" || w == "had" {
			v-- // the perfect's auxiliary: "Dozens of students camped on the lawn have said"
		}
	}
	if v < 2 || toks[v-1].k != tWord || isFiniteAux(st.word(toks[v-1])) || st.word(toks[v-1]) == "to" {
		return 0 // "is determined to warn": no finite verb
	}
	// the participle first, by its last letter: most verbs have none
	// before them
	p := 0
	for j := v - 2; j > lo && v-j <= 14; j-- {
		if t := toks[j]; t.k == tWord && t.e-t.s >= 4 {
			if c := st.text[t.e-1]; (c == 'd' || c == 'n' || c == 't') && passiveParticiple(st.text[t.s:t.e]) {
				if w := st.word(toks[j+1]); isPreposition(w) && w != "to" {
					p = j
					break
				}
			}
		}
	}
	if p == 0 {
		return 0
	}
	for j := v - 2; j > p; j-- {
		t := toks[j]
		if t.k == tComma && t.s > 0 && t.e < len(st.text) && isDigit(rune(st.text[t.s-1])) && isDigit(rune(st.text[t.e])) {
			continue // 380,000
		}
		if t.k == tOther && strings.ContainsAny(st.text[t.s:t.e], "$£€%") {
			continue
		}
		if t.k != tWord {
			return 0
		}
		if w := st.word(t); isFiniteAux(w) || isClauseBoundary(w) && w != "than" && w != "and" || st.cueAt(toks, j) && !strings.HasSuffix(w, "ed") {
			return 0
		}
	}
	prev := toks[p-1]
	if pw := st.word(prev); prev.k != tWord || isDeterminer(pw) || isFiniteAux(pw) || isPreposition(pw) || isClauseBoundary(pw) || isRelative(pw) ||
		pw == "been" || pw == "being" || strings.HasSuffix(pw, "ly") || isAdverb(pw) {
		return 0
	}
	// the noun phrase it follows opens the clause
	if s, ok := st.npBackward(toks, p, lo); !ok || s > lo && toks[s-1].k == tWord && !isClauseBoundary(st.word(toks[s-1])) {
		return 0
	}
	return p
}

// passiveParticiple reports the past participles that news writes after
// a noun as a clause of their own ("a man charged with fraud", "a docker
// injured in the blast"); a past tense that is no passive ("Lund arrived
// in Kell") is not one of them.
func passiveParticiple(w string) bool {
	switch w {
	case "accused", "charged", "injured", "wounded", "hurt", "arrested", "convicted", "detained", "jailed", "sentenced",
		"indicted", "suspected", "elected", "appointed", "hired", "employed", "interviewed", "quoted", "cited", "named",
		"based", "trained", "involved", "affected", "displaced", "evacuated", "backed", "funded", "supported", "sponsored",
		"known", "born", "raised", "educated", "held", "rescued", "freed", "released", "fired", "sacked", "dismissed",
		"nominated", "chosen", "selected", "tasked", "assigned", "posted", "stationed", "deployed", "recruited",
		"contacted", "reached", "surveyed", "polled", "questioned", "asked", "trapped", "stranded", "caught",
		"briefed", "informed", "consulted", "told", "shown",
		"camped", "encamped", "gathered", "assembled", "housed", "sheltered", "seated", "holed":
		return true
	}
	return false
}

// appositiveNounBefore reports whether the words just before toks[j] are
// a short noun phrase that a comma opens: ", a delivery driver who …".
func (st *state) appositiveNounBefore(toks []tok, j int) bool {
	for k := j - 1; k > 0 && j-k <= 10; k-- {
		if toks[k].k != tWord {
			return false
		}
		if toks[k-1].k == tComma {
			return isDeterminer(st.word(toks[k]))
		}
	}
	return false
}

// setOffRelativeBefore reports whether a relative clause set off by a
// comma (", who …", ", which …") opens before toks[j] with no comma
// between: a conjunction at j is inside it.
func setOffRelativeBefore(st *state, toks []tok, j int) bool {
	for k := j - 1; k > 0; k-- {
		if toks[k].k != tWord && !st.digitComma(toks[k]) {
			return false
		}
		if w := st.word(toks[k]); w == "who" || w == "which" || w == "whose" {
			return toks[k-1].k == tComma || st.appositiveNounBefore(toks, k)
		}
	}
	return false
}

// digitComma reports a comma that separates thousands ("6,000"), which
// sets off nothing.
func (st *state) digitComma(t tok) bool {
	return t.k == tComma && t.s > 0 && t.e < len(st.text) && isDigit(rune(st.text[t.s-1])) && isDigit(rune(st.text[t.e]))
}

// setOffParticipleBefore reports whether a participle's phrase set off by
// a comma after a word (", speaking to reporters …", ", smiling broadly
// …") opens before toks[j] with no comma between: a conjunction at j is
// inside it.
func setOffParticipleBefore(st *state, toks []tok, j int) bool {
	for k := j - 1; k > 1; k-- {
		if toks[k].k != tWord {
			return false
		}
		if toks[k-1].k == tComma {
			return toks[k-2].k == tWord && strings.HasSuffix(st.word(toks[k]), "ing") && !capitalised(toks[k])
		}
	}
	return false
}

// readyTo reports the adjectives after which "to" and a reporting verb
// report for the subject: "was quick to add", "were careful to note".
func readyTo(w string) bool {
	switch w {
	case "quick", "eager", "careful", "keen", "happy", "glad", "willing", "anxious", "swift", "first", "last", "right":
		return true
	}
	return false
}

// bareNoun reports whether toks[s], the one word of a reporting verb's
// subject or a hyphenated last word of it, is a lower-case singular word
// with no determiner, which is no subject of a present verb in English
// but a modifier of the verb read as a noun: "post-traumatic stress",
// "coal states", "guest posts", "requiring state", or a capitalised
// adjective of a region ("Western states"). Plurals without -s
// ("police say", "people say") and pronouns are subjects. toks[v] is the
// verb.
func (st *state) bareNoun(toks []tok, s, v int) bool {
	t := toks[s]
	if t.k != tWord {
		return false
	}
	w := st.word(t)
	if capitalised(t) {
		switch w {
		case "Western", "Eastern", "Northern", "Southern", "Central", "Gulf", "Baltic", "Nordic", "Arab", "Member":
			// "the needs of Western states than …": an adjective of a
			// region before the verb read as a noun
			verb, lemma := st.word(toks[v]), st.verbLemma(toks[v])
			return verb == lemma+"s" || verb == lemma+"es"
		}
		return false
	}
	if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "’s") || strings.ContainsAny(w, "'’") || len(w) < 3 {
		return false
	}
	if _, ok := isPronoun(w); ok || w == "it" || w == "who" || w == "that" || w == "which" || w == "this" || w == "one" {
		return false
	}
	switch w {
	case "people", "police", "staff", "children", "men", "women", "media", "personnel", "clergy", "crew", "folk", "folks",
		"public", "management", "leadership", "military", "faculty", "youth", "everyone", "everybody", "someone", "somebody",
		"anyone", "anybody", "nobody", "none", "all", "both", "few", "many", "most", "some", "others", "each", "either", "neither":
		return false
	}
	// only a present form shows it: "told" may follow a role whose
	// determiner an earlier phrase took ("Mac guitarist told")
	verb, lemma := st.word(toks[v]), st.verbLemma(toks[v])
	return verb == lemma || verb == lemma+"s" || verb == lemma+"es"
}

// relativeAt reports whether a relative clause opens at toks[i] ("who
// feared reprisals and asked not to be named"), perhaps after a comma: its
// verbs are not the sentence's, and the clause's verb that reports comes
// later (A farmer who asked not to be named said …).
func (st *state) relativeAt(toks []tok, i int) bool {
	if i < len(toks) && toks[i].k == tComma {
		i++
	}
	return i < len(toks) && toks[i].k == tWord && isRelative(st.word(toks[i]))
}

// beParticiple reports a participle after a form of "be", perhaps with
// an adverb between: "Officials are warning that …", "state television
// was reporting that …", "Doctors have been warning for weeks that …".
// The verb is finite, and its subject stands before the auxiliary.
func (st *state) beParticiple(toks []tok, v int) bool {
	if !strings.HasSuffix(st.word(toks[v]), "ing") || naming(st.verbLemma(toks[v])) {
		return false // "was calling for change", "was criticizing Trump": an object, no clause
	}
	a := v - 1
	if a > 0 && isAdverb(st.word(toks[a])) {
		a--
	}
	if a < 0 || toks[a].k != tWord {
		return false
	}
	switch st.word(toks[a]) {
	case "is", "are", "was", "were", "been":
		if a == 0 {
			return false
		}
	default:
		if !pronounIs(st.word(toks[a])) { // "He’s claiming that …"
			return false
		}
	}
	// not "There have been telling signs", nor "the story the White
	// House is telling doesn't …", where the verb reports no clause
	for j := a - 1; j >= 0 && j >= a-3; j-- {
		if w := st.word(toks[j]); w == "There" || w == "there" {
			return false
		}
	}
	if v+1 >= len(toks) || toks[v+1].k != tWord {
		return false // the clause follows: not "Not that anyone is arguing, since …"
	}
	w := st.word(toks[v+1])
	if finite(w) || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
		return false
	}
	// in the progressive a verb reports with "that" after it, or it is
	// say, tell or urge: not "is recalling 240,000 fryers"
	switch st.verbLemma(toks[v]) {
	case "say", "tell", "urge":
		return true
	}
	return w == "that"
}

// pronounIs reports a pronoun contracted with "is" (He’s, she's), which
// no possessive -s reads like: "He’s claiming that …".
func pronounIs(w string) bool {
	stem := strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
	switch stem {
	case "He", "he", "She", "she", "It", "it", "That", "that", "Who", "who":
		return true
	}
	return false
}

// setOffClosed reports whether a relative clause set off by the comma
// toks[i] closes with a second comma before toks[c], a word after it:
// "Campaigners, who have pushed for years, welcomed the ruling but said
// …" coordinates the main verbs, not the clause's.
func setOffClosed(toks []tok, i, c int) bool {
	if toks[i].k != tComma {
		return false
	}
	for k := i + 3; k+1 < c; k++ {
		if toks[k].k == tComma && toks[k+1].k == tWord {
			return true
		}
	}
	return false
}

// skipDate returns the index of the first token from toks[i] on that is
// not part of a day or date: "Tuesday", "Friday afternoon", "October
// 10th", "yesterday".
func (st *state) skipDate(toks []tok, i int) int {
	j := i
	for j < len(toks) && j < i+3 && toks[j].k == tWord {
		w := st.word(toks[j])
		if !timeName(w) && !relativeDay(w) && !ordinalDay(w) && (j == i || !partOfDay(w)) {
			break
		}
		j++
	}
	return j
}

// objectVerb reports the reporting verbs that take a noun as their
// object as often as a clause: "reported shortages of masks", "confirmed
// plans for a summit", "announced talks with Varnia".
func objectVerb(lemma string) bool {
	switch lemma {
	case "report", "confirm", "announce", "express", "voice", "raise", "cite", "reveal", "outline", "acknowledge", "deny", "disclose", "detail":
		return true
	}
	return false
}

// verbBefore reports whether a finite verb, an auxiliary or a form in
// -ed stands in toks from i up to the first comma.
func (st *state) verbBefore(toks []tok, i int) bool {
	for j := i; j < len(toks) && toks[j].k != tComma; j++ {
		if toks[j].k != tWord {
			continue
		}
		if w := st.word(toks[j]); finite(w) || isAux(w) || strings.HasSuffix(w, "ed") || irregularPast(w) || strings.Contains(w, "n’t") || strings.Contains(w, "n't") {
			return true
		}
	}
	return false
}

// settingEnd returns where a clause with no "that" starts after phrases
// of when, where or how its words were said, which stand between the
// verb and the clause: "said on Monday it would wait", "said late on
// Monday the envoy …", "said last week", "said in a statement on Friday
// the port …", "told reporters in Geneva they …". A clause must follow:
// a subject pronoun, or words and a finite verb within four. Else it
// returns c.
func (st *state) settingEnd(toks []tok, c int) int {
	j := c
	for range 3 {
		k := st.settingPhrase(toks, j)
		if k == j {
			break
		}
		j = k
	}
	if j == c || j >= len(toks) || toks[j].k != tWord {
		return c
	}
	w := st.word(toks[j])
	if _, pron := isPronoun(w); pron || w == "it" || w == "It" || w == "we" || w == "I" {
		return j
	}
	if (isDeterminer(w) || capitalised(toks[j])) && !finite(w) && st.finiteSoon(toks, j+1) {
		return j
	}
	return c
}

// settingPhrase returns the end of a phrase of time, place or medium that
// starts at toks[j] ("on Monday", "late on Friday", "last week", "earlier
// this month", "in a statement", "in a televised address", "in Geneva",
// "on Twitter"), or j.
func (st *state) settingPhrase(toks []tok, j int) int {
	n := len(toks)
	if j+1 >= n || toks[j].k != tWord || toks[j+1].k != tWord {
		return j
	}
	w, nw := st.word(toks[j]), st.word(toks[j+1])
	switch w {
	case "late", "early", "earlier", "later":
		if nw == "on" {
			return st.settingPhrase(toks, j+1) // "late on Monday"
		}
		if nw == "this" || nw == "last" {
			return st.settingPhrase(toks, j+1) // "earlier this month"
		}
		if k := st.skipDate(toks, j+1); k > j+1 {
			return k // "late Monday"
		}
	case "last", "this", "next":
		switch nw {
		case "week", "month", "year", "weekend", "spring", "summer", "autumn", "fall", "winter":
			return j + 2
		}
		if timeName(nw) {
			return st.skipDate(toks, j+1)
		}
	case "on":
		if timeName(nw) || ordinalDay(nw) || nw == "April" || nw == "May" || nw == "June" || nw == "August" {
			k := j + 2
			for k < n && k < j+4 && toks[k].k == tWord && (isNumber(st.word(toks[k])) || ordinalDay(st.word(toks[k])) || partOfDay(st.word(toks[k]))) {
				k++ // "on March 3", "on Monday night"
			}
			return k
		}
		if capitalised(toks[j+1]) && (nw == "Twitter" || nw == "Facebook" || nw == "Instagram" || nw == "Telegram" || nw == "X") {
			return j + 2
		}
		if nw == "television" || nw == "radio" || nw == "air" {
			return j + 2
		}
		if nw == "state" && j+2 < n && st.word(toks[j+2]) == "television" {
			return j + 3
		}
	case "in", "at", "during":
		if isDeterminer(nw) && !capitalised(toks[j+1]) {
			// "in a statement", "at a news conference", "in a televised
			// address": the determiner, up to two modifiers, the noun
			for k := j + 2; k < n && k <= j+4 && toks[k].k == tWord && !capitalised(toks[k]); k++ {
				if settingNoun(st.word(toks[k])) {
					return k + 1
				}
			}
			return j
		}
		if w != "during" && capitalised(toks[j+1]) && !timeName(nw) {
			// "in Geneva", "at Kell Harbour": a place of up to three words
			k := j + 1
			for k < n && k < j+4 && toks[k].k == tWord && capitalised(toks[k]) {
				k++
			}
			return k
		}
		if w == "in" && (timeName(nw) || nw == "April" || nw == "May" || nw == "June" || nw == "August") {
			return st.skipDate(toks, j+1) // "in March"
		}
	}
	return j
}

// settingNoun reports the nouns of the occasions and media in which words
// are said: "in a statement", "at a news conference", "in an interview".
func settingNoun(w string) bool {
	switch w {
	case "statement", "interview", "speech", "post", "tweet", "letter", "briefing", "conference", "address", "memo", "email", "e-mail",
		"message", "video", "broadcast", "podcast", "appearance", "hearing", "meeting", "call", "report", "filing", "op-ed", "column",
		"blog", "press", "release", "remarks", "session", "summit", "rally", "debate", "sermon", "testimony", "affidavit", "announcement":
		return true
	}
	return false
}

// partOfDay reports the words that follow a day: "Friday afternoon".
func partOfDay(w string) bool {
	return w == "morning" || w == "afternoon" || w == "evening" || w == "night"
}

// toldEnd returns where the clause after "told <someone>" starts, c being
// the first token after the verb: after one word ("told reporters the fee
// …"), or after a name and what it owns up to the clause's subject ("told
// USA TODAY's weekly video series it is clear …").
func (st *state) toldEnd(toks []tok, c int) int {
	if c < len(toks) && toks[c].k == tWord && !capitalised(toks[c]) && isDeterminer(st.word(toks[c])) {
		// "told the crowd he was …", "told a forum on Monday it was …":
		// the determiner's noun (and a phrase after it) before the
		// clause's subject
		for k := c + 1; k < len(toks) && k <= c+6 && toks[k].k == tWord; k++ {
			w := st.word(toks[k])
			if k == c+1 {
				if capitalised(toks[k]) {
					return st.toldEnd(toks, k) // "told the Harbour Gazette he …"
				}
				continue
			}
			if _, pron := isPronoun(w); pron || w == "it" || w == "that" || w == "his" || w == "their" || w == "its" {
				return k
			}
			if (w == "the" || w == "a" || w == "an") && st.finiteSoon(toks, k+1) {
				return k // "told the crowd the township would apply"
			}
			if (w == "on" || w == "in" || w == "at") && k+1 < len(toks) && toks[k+1].k == tWord {
				k++ // "told a forum on Monday it was …"
				continue
			}
			if capitalised(toks[k]) || isFiniteAux(w) || st.isVerb(&toks[k]) || isPreposition(w) || subordinating(w) || isClauseBoundary(w) {
				break // "tells the story of how he …" told no one
			}
		}
	}
	if c >= len(toks) || toks[c].k != tWord || !capitalised(toks[c]) {
		return c + 1
	}
	j := c
	for j < len(toks) && toks[j].k == tWord && capitalised(toks[j]) {
		j++
	}
	if j+1 < len(toks) && toks[j].k == tWord && capitalised(toks[j+1]) {
		// "told Harbour Radio host Ana Ode": a role and a name after the name
		if ti, ok := st.lx.title(st.word(toks[j])); ok && (ti.kind == kindRole || ti.kind == kindTitle) {
			j++
			for j < len(toks) && toks[j].k == tWord && capitalised(toks[j]) {
				j++
			}
			return j
		}
	}
	if j < len(toks) && toks[j].k == tWord && (st.word(toks[j]) == "the" || st.word(toks[j]) == "a") {
		// "told ABC Radio Melbourne the revised cost of $9.8 billion
		// already included …": the clause's subject, when a finite verb
		// follows before a comma
		for k := j + 1; k < len(toks) && k <= j+12 && toks[k].k != tComma && toks[k].k != tStop; k++ {
			if w := st.word(toks[k]); toks[k].k == tWord && (finite(w) || k > j+1 && strings.HasSuffix(w, "ed") && !capitalised(toks[k])) {
				return j
			}
		}
	}
	if w := st.word(toks[j-1]); !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") {
		// "told Tarn’s ITV television station in an interview": common
		// nouns after the capitals are still whom it was told, when a
		// preposition, "that" or a comma follows them
		for k := j; k < len(toks) && k <= j+3; k++ {
			if toks[k].k != tWord {
				if k > j && toks[k].k == tComma {
					return k
				}
				break
			}
			w := st.word(toks[k])
			if k > j && (isPreposition(w) || w == "that") {
				return k
			}
			if _, pron := isPronoun(w); pron || capitalised(toks[k]) || isFiniteAux(w) || st.isVerb(&toks[k]) {
				break
			}
		}
		return j
	}
	for k := j; k < len(toks) && k < j+5 && toks[k].k == tWord; k++ {
		if w := st.word(toks[k]); w == "it" || w == "that" {
			return k
		} else if _, pron := isPronoun(w); pron {
			return k
		}
	}
	return j
}

// liveStamp returns the index after the time stamp and dash that open a
// live page's entry, toks being a sentence's tokens ("11:15 p.m. —",
// "9.42am –", "14:05 GMT -"), or 0.
func liveStamp(st *state, toks []tok) int {
	k := 0
	for k < len(toks) && k < 3 && (toks[k].k == tWord && isDigit(rune(st.text[toks[k].s])) || k > 0 && toks[k].k == tColon) {
		k++
	}
	if k == 0 || k == 2 {
		return 0 // no number, or one and a colon
	}
	if k < len(toks) && toks[k].k == tWord {
		switch st.word(toks[k]) {
		case "a.m.", "p.m.", "am", "pm", "a.m", "p.m", "GMT", "BST", "ET", "EST", "EDT", "PT", "CET", "UTC":
			k++
		}
	}
	if k+1 < len(toks) && toks[k].k == tDash && toks[k+1].k == tWord {
		return k + 1
	}
	return 0
}

// finiteSoon reports whether a finite verb comes within four words from
// toks[i], all words: the subject of a clause starts before it.
func (st *state) finiteSoon(toks []tok, i int) bool {
	for j := i; j < len(toks) && j < i+4 && toks[j].k == tWord; j++ {
		if finite(st.word(toks[j])) {
			return true
		}
	}
	return false
}

// toldWhom reports whether the verb toks[v] is a form of tell followed by
// whom it told: "told Reuters", "told reporters", "told me", "told the
// Harbour Gazette".
func (st *state) toldWhom(toks []tok, v int) bool {
	if lemma := st.verbLemma(toks[v]); lemma != "tell" || v+1 >= len(toks) || toks[v+1].k != tWord {
		return false
	}
	switch w := st.word(toks[v+1]); w {
	case "reporters", "journalists", "lawmakers", "me", "us", "him", "her", "them", "parliament", "jurors", "magistrates":
		return true
	case "the", "a":
		return v+2 < len(toks) && (capitalised(toks[v+2]) || toldBody(st.word(toks[v+2])))
	}
	return capitalised(toks[v+1])
}

// toldBody reports the nouns of those told in court and in public life,
// after "the" or "a": "told a jury", "told the court", "told the
// committee".
func toldBody(w string) bool {
	switch w {
	case "jury", "court", "committee", "hearing", "inquiry", "tribunal", "panel", "crowd", "rally", "audience", "meeting", "conference", "briefing", "house", "chamber", "council", "assembly", "senate":
		return true
	}
	return false
}

// negated reports whether the verb toks[v] is negated: "didn't say",
// "did not say", "declined to say".
func negated(toks []tok, v int, st *state) bool {
	if v < 1 {
		return false
	}
	switch w := st.word(toks[v-1]); w {
	case "didn't", "didn’t", "doesn't", "doesn’t", "won't", "won’t", "wouldn't", "wouldn’t", "never",
		"cannot", "can't", "can’t", "couldn't", "couldn’t", "hasn't", "hasn’t", "haven't", "haven’t", "hadn't", "hadn’t":
		return true
	case "not", "to":
		if v >= 2 {
			switch st.word(toks[v-2]) {
			case "did", "does", "would", "will", "declined", "refused", "could", "has", "have", "had":
				return true
			}
		}
	}
	return false
}

// passive reports the forms of be before a participle that make it
// passive.
func passive(w string) bool {
	switch w {
	case "is", "are", "am", "was", "were", "be", "been", "being":
		return true
	}
	return false
}

// finite reports the forms of be, have and the modals, which a clause's
// verb begins with.
func finite(w string) bool {
	switch w {
	case "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "should", "must", "did", "does":
		return true
	}
	return false
}

// ordinalDay reports a day of the month written as an ordinal: "10th".
func ordinalDay(w string) bool {
	if len(w) < 3 || len(w) > 4 || w[0] < '0' || w[0] > '9' {
		return false
	}
	switch w[len(w)-2:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// relativeDay reports the words that name a day relative to the story's.
func relativeDay(w string) bool {
	return w == "yesterday" || w == "today" || w == "tonight"
}

// anonymityRequest reports whether toks[v] is "asked" or "requested" and
// what follows is the request not to be named: "that his last name not
// be used", "that her name be withheld", "not to be identified". It tells how the text names its
// source, not what the source said.
func (st *state) anonymityRequest(toks []tok, v int) bool {
	if w := st.word(toks[v]); w != "asked" && w != "requested" && w != "asks" {
		return false
	}
	k := v + 1
	if k+3 < len(toks) && st.word(toks[k]) == "not" && st.word(toks[k+1]) == "to" && st.word(toks[k+2]) == "be" {
		// "asked not to be named", "requested not to be identified"
		switch st.word(toks[k+3]) {
		case "named", "identified", "quoted", "photographed", "pictured":
			return true
		}
	}
	if k < len(toks) && st.word(toks[k]) == "that" {
		k++
	}
	if k >= len(toks) {
		return false
	}
	switch st.word(toks[k]) {
	case "his", "her", "their", "its", "the":
	default:
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if w := st.word(toks[j]); w == "name" || w == "names" || w == "surname" {
			if j+1 < len(toks) {
				nw := st.word(toks[j+1])
				return nw == "not" || nw == "be" || nw == "was" || nw == "were" || nw == "remain"
			}
			return false
		}
	}
	return false
}
