package segment

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// person is one person (or organisation) named in the article.
type person struct {
	name    string // canonical name: titles stripped
	surname string
	role    string
	hon     string // an honorific that abbreviates a role: "Sen.", "Gov."
	g       gender
	org     bool
	strong  bool // a title, honorific or quote shows it is a person
	// kin is set for a person first named as someone's relative ("his
	// wife, Carol Ostrowski,"): news goes on calling them by full or
	// given name, and the bare surname for the one they are kin to
	kin bool
	// bare counts the times the surname alone was read as this person
	bare int32
	// 1 + the index of the person before this one in its peopleIndex
	// chain by name and, unless an organisation, by surname (0 if none)
	nextName, nextSurname int32
}

// pmention is a place where a person is named outside quotes.
type pmention struct {
	pos, who int
}

// peopleIndex spares the name finder and pronoun resolution walks over
// all of st.people and st.ments.
type peopleIndex struct {
	// byName[wordKey(n)%indexSlots] is 1 + the index of the latest person
	// whose name n has that key (0 if none), the head of a chain through
	// person.nextName from the latest back; bySurname chains the people
	// who are not organisations by surname. register and known read only
	// the few people of one chain.
	byName, bySurname [indexSlots]int32
	// long counts the people named in three words or more, whose middle
	// words middleOfNamed reads: most articles name none
	long int32
	// firsts and middles are one-hash Bloom filters over the wordKey of
	// the first word, and of each middle word, of every name of two words
	// or more registered (names never change once registered): a lone
	// word whose bit is clear starts no name and sits inside none, which
	// spares givenOfNamed, latestStartingWith and middleOfNamed their walk
	// over all the people, the cost of which grows with the article
	firsts, middles nameSieve
	// scanned is how many of st.ments scanPeople found: those come first
	// and in text order, so they can be searched by position
	scanned int
	// runs holds the parses namesIn made of runs of st.all's tokens, in
	// text order, for parseInto to hand back when resolveMention asks
	// about the same tokens (a speaker is most often named outside quotes)
	runs []runParse
	// subj keeps subjectStart's answers, sentence si's in subj[si%len]
	// as 1 + si and the answer: pronouns look back to the same few
	// sentences again and again
	subj [subjSlots]struct{ si, start int }
}

// subjSlots is how many of subjectStart's answers peopleIndex keeps.
const subjSlots = 16

// runParse is namesIn's parse of the n tokens of st.all from the one that
// starts at byte s to the one that ends at byte e.
type runParse struct {
	s, e, n int
	np      nameParse
}

// indexSlots is how many chains peopleIndex keeps by name and by surname.
const indexSlots = 256

// nameSieve is a one-hash Bloom filter of 256 bits over wordKey.
type nameSieve [4]uint64

func (f *nameSieve) add(w string) {
	k := wordKey(w) % 256
	f[k/64] |= 1 << (k % 64)
}

// may reports whether w may have been added.
func (f *nameSieve) may(w string) bool {
	k := wordKey(w) % 256
	return f[k/64]&(1<<(k%64)) != 0
}

// addName adds to firsts the first word of name and to middles its
// middle words, when it has two words or more.
func (x *peopleIndex) addName(name string) {
	first := strings.IndexByte(name, ' ')
	if first < 0 {
		return
	}
	x.firsts.add(name[:first])
	last := strings.LastIndexByte(name, ' ')
	for mid := name[first+1 : max(first+1, last)]; mid != ""; {
		var w string
		w, mid, _ = strings.Cut(mid, " ")
		x.middles.add(w)
	}
}

// nameParse is a noun phrase read as a name: titles and roles stripped.
type nameParse struct {
	name       []tok // the name's tokens (no titles)
	roleS      int   // byte span of the role words, roleS == roleE if none
	roleE      int
	g          gender
	org        bool
	titled     bool   // an honorific or title came before the name
	hon        string // an honorific that abbreviates a role ("Sen."), for "the senator" later
	roleHead   string
	hasDet     bool
	possessive bool
}

// parseInto reads toks into np, which starts zero, as "[det]
// [nationality] [titles] Name [Name…]". A parse depends only on the
// tokens, so the one namesIn made of the same tokens is copied when there
// is one.
func (st *state) parseInto(toks []tok, np *nameParse) {
	if len(toks) > 0 {
		if r := st.found.runAt(toks[0].s); r != nil && r.e == toks[len(toks)-1].e && r.n == len(toks) {
			*np = r.np
			return
		}
	}
	st.parse(toks, np)
}

// runAt returns namesIn's parse of the run that starts at byte s, or nil.
func (x *peopleIndex) runAt(s int) *runParse {
	runs := x.runs
	lo, hi := 0, len(runs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if runs[m].s < s {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(runs) && runs[lo].s == s {
		return &runs[lo]
	}
	return nil
}

// parse is parseInto without the look for namesIn's parse. Most runs of
// capitalised words are a plain name ("Ana Ode"), which plainName tells
// from the tokens' flags without reading them as a phrase.
func (st *state) parse(toks []tok, np *nameParse) {
	if st.plainName(toks) {
		np.name = toks
		for len(np.name) > 2 && postnominal(st.text[np.name[len(np.name)-1].s:np.name[len(np.name)-1].e]) {
			np.name = np.name[:len(np.name)-1]
		}
	} else {
		st.readName(toks, np)
	}
	if len(np.name) > 0 {
		last := np.name[len(np.name)-1]
		w := st.text[last.s:last.e]
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			np.possessive = true
		}
	}
}

// plainName reports whether toks are capitalised words that start no
// title, the first of them neither a determiner, a sentence starter nor
// (before another word) a possessive: readName would find no determiner,
// title or role in them and take them all as the name.
func (st *state) plainName(toks []tok) bool {
	if len(toks) == 0 {
		return false
	}
	for x := range toks {
		t := &toks[x]
		if t.k != tWord || !capitalised(*t) || !noTitle(*t) && st.bits(t)&fTitle != 0 {
			return false
		}
		if x > 0 && x+2 < len(toks) && possessiveWord(st.text[t.s:t.e]) {
			return false // "Albion GP’s Diego Salcedo": readName takes the name after the possessive
		}
	}
	w := st.text[toks[0].s:toks[0].e]
	if isDeterminer(w) || notNameWord(w) || len(toks) > 1 && (w[len(w)-1] == 'g' && st.participle(w) && !st.orgNameAfter(toks[1:]) || partyNoun(w)) || len(toks) > 2 && (timeName(w) || w == "Early" && timeName(st.word(toks[1]))) {
		return false
	}
	return len(toks) == 1 || !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s")
}

// roleInOrgName reports whether toks are two capitalised words or more, the
// last an organisation's word, and a role or a title among them: "Dock
// Workers Union", "Teachers Federation", "General Motors", which name a
// body, not a role's holder.
func (st *state) roleInOrgName(toks []tok) bool {
	if len(toks) < 2 || len(toks) > 6 {
		return false
	}
	role := false
	for x := range toks {
		t := &toks[x]
		if t.k != tWord || !capitalised(*t) {
			return false
		}
		if x < len(toks)-1 && !role && st.bits(t)&fTitle != 0 {
			// and a title: "General Motors", "Kell General Hospital"
			if _, ti := st.matchTitle(toks[x:]); ti.kind == kindRole || ti.kind == kindTitle {
				role = true
			}
		}
	}
	if !role {
		return false
	}
	_, ti := st.matchTitle(toks[len(toks)-1:])
	return ti.kind == kindOrg
}

// policeName reports whether toks are a police force's name: capitalised
// words, two to five, the last "Police" ("Kellbridge Police", "Transport
// Police"), which the lexicon reads as a role, for "police said".
func policeName(text string, toks []tok) bool {
	if len(toks) < 2 || len(toks) > 5 {
		return false
	}
	for x := range toks {
		if toks[x].k != tWord || !capitalised(toks[x]) {
			return false
		}
	}
	last := toks[len(toks)-1]
	return text[last.s:last.e] == "Police"
}

// readName is parseInto for any phrase: it reads the determiners, titles
// and roles before the name into np, which starts zero, and sets np.name,
// but not np.possessive.
func (st *state) readName(toks []tok, np *nameParse) {
	text := st.text
	title := func(j int) (int, titleInfo) {
		if noTitle(toks[j]) {
			return 0, titleInfo{}
		}
		return st.matchTitle(toks[j:])
	}
	i := 0
	for i < len(toks) && toks[i].k == tWord {
		// notNameWord knows only words with an ASCII capital first
		if w := text[toks[i].s:toks[i].e]; !isDeterminer(w) && (w[0] < 'A' || w[0] > 'Z' || !notNameWord(w)) {
			break
		}
		np.hasDet = true
		i++
	}
	if i+3 < len(toks) && text[toks[i].s:toks[i].e] == "Early" && toks[i+1].k == tWord && timeName(text[toks[i+1].s:toks[i+1].e]) {
		i++ // "Early Monday Ana Ode"
	}
	if i+2 < len(toks) && toks[i].k == tWord && toks[i+1].k == tWord && timeName(text[toks[i].s:toks[i].e]) && st.givenName(toks[i+1]) {
		i++ // "Monday Ana Ode": the day's name is no part of hers
	}
	// a participle ends in g: most words are told so without a call
	if i+1 < len(toks) && toks[i].k == tWord && text[toks[i].e-1] == 'g' && st.participle(text[toks[i].s:toks[i].e]) && !st.orgNameAfter(toks[i+1:]) {
		i++ // "Hosting Cook at Dreamforce, …", but not "the Planning Commission"
	}
	if st.roleInOrgName(toks[i:]) || policeName(text, toks[i:]) {
		// "The Dock Workers Union": a role word inside a body's name
		np.name, np.org = toks[i:], true
		return
	}
	if i+2 < len(toks) && toks[i+1].k == tWord && partyNoun(text[toks[i].s:toks[i].e]) && st.givenName(toks[i+1]) {
		// "Democrat Hillary Clinton": the party is a role
		np.roleS, np.roleE = toks[i].s, toks[i].e
		np.roleHead = text[toks[i].s:toks[i].e]
		i++
	}
	for i < len(toks) && toks[i].k == tWord {
		if n, ti := title(i); n > 0 {
			if n == 1 && np.hon != "" && i > 0 && text[toks[i-1].s:toks[i-1].e] == np.hon && st.surnameTitleAt(toks, i) {
				break // "Ms. Dean": an honorific, then a surname that is a title too
			}
			if ti.kind == kindOrg && i+n < len(toks) {
				// "Port director Henrik Olle": an organisation word before a title
				if m, t2 := title(i + n); m > 0 && t2.kind != kindOrg {
					i += n
					continue
				}
			}
			if ti.gender != genderUnknown {
				np.g = ti.gender
			}
			if ti.kind == kindOrg {
				break
			}
			np.titled = true
			if ti.kind == kindHonorific && n == 1 {
				np.hon = text[toks[i].s:toks[i].e]
			}
			if ti.kind != kindHonorific {
				if np.roleS == np.roleE {
					np.roleS = toks[i].s
				}
				np.roleE = toks[i+n-1].e
				np.roleHead = text[toks[i+n-1].s:toks[i+n-1].e]
			}
			i += n
			if (ti.kind == kindHonorific || ti.kind == kindTitle) && i+3 < len(toks) && toks[i].k == tOpen && toks[i+2].k == tClose && toks[i+1].k == tWord {
				if m, t2 := title(i + 1); m == 1 && t2.kind == kindHonorific {
					// "Dr. (Mrs.) Ngozi Terseer-Agbo", "Justice (Mrs.)
					// Abena Darkwa-Larbi": a second honorific in brackets
					if t2.gender != genderUnknown {
						np.g = t2.gender
					}
					i += 3
				}
			}
			continue
		}
		// nationality adjective, possessive or lower-case modifier before a title
		if i+1 < len(toks) && toks[i+1].k == tWord {
			if n, ti := title(i + 1); n > 0 && ti.kind != kindOrg &&
				!(n == 1 && capitalised(toks[i]) && (np.titled || st.givenName(toks[i])) && st.surnameTitleAt(toks, i+1)) && // not "Mayor Rosalind Dean", "Larry King"
				!(ti.kind == kindHonorific && i+1+n == len(toks) && capitalised(toks[i])) { // nor "Rokeya Begum", "Meera Pandit": an honorific before no name is a surname
				i++
				continue
			}
			if w := text[toks[i].s:toks[i].e]; strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
				np.possessive = true
				i++
				continue
			}
		}
		if !capitalised(toks[i]) && i+2 < len(toks) {
			if n, _ := title(i + 2); n > 0 {
				i++
				continue
			}
		}
		break
	}
	if i > 0 && i+1 < len(toks) && np.roleS < np.roleE && text[toks[i].s:toks[i].e] == "to" && capitalised(toks[i+1]) {
		// "ambassador to Britain": the place the role is to, then perhaps
		// the name ("… to Britain Liu Xiaoming"), else the role alone
		e := i + 1
		for e < len(toks) && toks[e].k == tWord && capitalised(toks[e]) {
			e++
		}
		k := st.nameAfterPlace(toks, i+1, e-1)
		if k == i+1 {
			np.roleE = toks[e-1].e
			return // no name: the role speaks
		}
		np.roleE = toks[k-1].e
		i = k
	}
	if i > 0 && i+2 < len(toks) && np.roleS < np.roleE {
		// "Minister for Trade and Industry Ana Ode": the portfolio is
		// the role's, the name after it the speaker
		e, k := st.portfolio(toks, i)
		if k > i {
			np.roleE = toks[k-1].e
			i = k
		} else if e > i+1 && e == len(toks) && capitalised(toks[i-1]) {
			np.roleE = toks[e-1].e
			return // "the Minister for Foreign Affairs": no name, the role speaks
		}
	}
	// lower-case role words before a name: "season-ticket holder Gwen Albright"
	if i < len(toks) && !capitalised(toks[i]) {
		k := i
		for k < len(toks) && toks[k].k == tWord && !capitalised(toks[k]) && k-i < 4 {
			k++
		}
		for p := i; p < k; p++ {
			if w := text[toks[p].s:toks[p].e]; w == "at" || w == "with" {
				// "an official at the Contact Group": one who works there,
				// named by the role, no person of the body's name
				np.name = nil
				return
			}
		}
		if k < len(toks) && toks[k].k == tWord && capitalised(toks[k]) {
			// "an angry Ana Ode": one word after "a" describes, it is no role
			if (k > i+1 || i == 0 || !isIndefinite(text[toks[i-1].s:toks[i-1].e])) && !(k == i+1 && st.particle(toks[i])) { // "van Doorne": a particle, no role
				if np.roleS == np.roleE {
					np.roleS = toks[i].s
				}
				np.roleE = toks[k-1].e
			}
			i = k
			for i < len(toks) && toks[i].k == tWord {
				n, ti := title(i)
				if n == 0 || ti.kind == kindOrg {
					break
				}
				if ti.gender != genderUnknown {
					np.g = ti.gender
				}
				np.titled = true
				i += n
			}
		}
	}
	j := i
	for j < len(toks) && (toks[j].k == tWord || j > i && st.nameJoint(toks, j)) {
		if toks[j].k != tWord {
			np.org = true // "Western Ridge Power & Light", "Kessler & Roan", "Allied Health Workers’ Union": a body's name
			j++
			continue
		}
		if capitalised(toks[j]) {
			if noTitle(toks[j]) || st.bits(&toks[j])&fTitle == 0 {
				// not the first word of a title, so not an organisation word
			} else if ti, ok := st.wordTitle(toks[j]); ok && ti.kind == kindOrg && !(j > i && surnameToo(st.word(toks[j])) && st.givenName(toks[i])) {
				np.org = true // not "Kim Park", "Fiona Hill": a given name, then a surname that names places too
			}
			j++
			continue
		}
		if st.particle(toks[j]) && j+1 < len(toks) && capitalised(toks[j+1]) && j > i {
			j++
			continue
		}
		if np.org && j > i && j+1 < len(toks) && toks[j+1].k == tWord && capitalised(toks[j+1]) {
			// "Department of Energy", "Centre for Economic Policy Research",
			// "National Institute on Drug Abuse": an organisation's name
			// goes on after of, for and on
			if w := text[toks[j].s:toks[j].e]; (w == "of" || w == "for" || w == "on") && !timeName(text[toks[j+1].s:toks[j+1].e]) { // not "on Tuesday"
				j++
				continue
			}
		}
		break
	}
	if k, n, ti := st.titleBeforeName(toks, i, j); n > 0 && !(k+n < j && st.orgWord(&toks[k+n])) {
		// "Oklahoma City coach Billy Donovan", "United States President
		// Ana Ode": a place or team before a title names no one; the
		// speaker is the name after the title
		if np.roleS == np.roleE {
			np.roleS = toks[i].s
		}
		np.roleE = toks[k+n-1].e
		np.roleHead = text[toks[k+n-1].s:toks[k+n-1].e]
		np.titled = true
		np.org = false
		if ti.gender != genderUnknown {
			np.g = ti.gender
		}
		i = k + n
		j = i
		for j < len(toks) && toks[j].k == tWord && capitalised(toks[j]) {
			j++
		}
	}
	np.name = toks[i:j]
	for k := 1; k+2 < len(np.name); k++ {
		// "Albion GP’s Diego Salcedo": a body's or place's name and its
		// possessive before a person's, given name first
		if possessiveWord(text[np.name[k].s:np.name[k].e]) && np.name[k+1].k == tWord && st.givenName(np.name[k+1]) {
			np.name, np.org, np.possessive = np.name[k+1:], false, false
			break
		}
	}
	for len(np.name) > 1 && !noTitle(np.name[0]) {
		// "LSM State president Shri Harish Nair": an honorific after
		// the role
		ti, ok := st.wordTitle(np.name[0])
		if !ok || ti.kind != kindHonorific {
			break
		}
		np.titled = true
		if ti.gender != genderUnknown {
			np.g = ti.gender
		}
		np.name = np.name[1:]
	}
	for len(np.name) > 2 && postnominal(text[np.name[len(np.name)-1].s:np.name[len(np.name)-1].e]) {
		// "Simon Arkwright KC", "Priya Shah MP": an honour or a seat
		// after the name
		np.name = np.name[:len(np.name)-1]
	}
}

// surnameTitleAt reports whether toks[i] is a title that is a common
// surname too and ends the run of capitalised words: after a title, an
// honorific or a given name it is the surname ("Mayor Rosalind Dean",
// "Ms. King", "Larry King"), for a title comes before a name, never last.
func (st *state) surnameTitleAt(toks []tok, i int) bool {
	if i+1 < len(toks) && toks[i+1].k == tWord && capitalised(toks[i+1]) {
		return false
	}
	switch st.text[toks[i].s:toks[i].e] {
	case "Dean", "King", "Bishop", "Judge", "Major", "Prince", "Pope", "Sheriff", "Chancellor", "Doctor", "Marshal", "Admiral", "Constable", "Deacon", "Baron",
		"Reeve", "Provost", "Alderman", "Rector", "Lord":
		return true
	}
	return false
}

// postnominal reports the letters written after a name for an honour, a
// rank at the bar or a seat: "KC", "MP", "OBE".
func postnominal(w string) bool {
	switch w {
	case "KC", "QC", "SC", "MP", "MEP", "MSP", "MLA", "TD", "OBE", "MBE", "CBE", "KBE", "DBE", "PhD":
		return true
	}
	return false
}

// orgNameAfter reports whether the capitalised words toks, after a word
// in -ing, end in an organisation's word within three words: "Planning
// Commission", "Housing Authority", whose -ing word is a noun, no
// participle that opens a sentence.
func (st *state) orgNameAfter(toks []tok) bool {
	for j := range toks {
		if j >= 3 || toks[j].k != tWord || !capitalised(toks[j]) {
			return false
		}
		if st.orgWord(&toks[j]) {
			return true
		}
	}
	return false
}

// orgWord reports whether t is a capitalised word that names a kind of
// organisation ("Department", "Ministry").
func (st *state) orgWord(t *tok) bool {
	if !capitalised(*t) || noTitle(*t) || st.bits(t)&fTitle == 0 {
		return false
	}
	ti, ok := st.wordTitle(*t)
	return ok && ti.kind == kindOrg
}

// titleBeforeName finds a title or role phrase after the capitalised words
// toks[i:j], either among them or after a few lower-case words, that is
// followed by a capitalised name. It returns the phrase's index and length
// (0 when there is none).
func (st *state) titleBeforeName(toks []tok, i, j int) (int, int, titleInfo) {
	if j <= i {
		return 0, 0, titleInfo{}
	}
	for k := i + 1; k < j && k < len(toks); k++ {
		if toks[k].k != tWord {
			return 0, 0, titleInfo{}
		}
		if noTitle(toks[k]) {
			continue
		}
		n, ti := st.matchTitle(toks[k:])
		if st.roleFollowed(toks, k, n, ti) {
			return k, n, ti
		}
		// an honorific inside the run ends a place before it: "New
		// Jersey Gov. Ana Ode"
		if n > 0 && ti.kind == kindHonorific && k+n < j {
			return k, n, ti
		}
	}
	// after the run, a phrase among the lower-case words toks[j:m] must
	// reach the word at m (a title holds no more than maxTitleWords), so
	// only the last few of them can start one, and none when no word
	// follows them
	m := j
	for m < len(toks) && toks[m].k == tWord && !capitalised(toks[m]) {
		m++
	}
	if m == len(toks) || toks[m].k != tWord {
		return 0, 0, titleInfo{}
	}
	for k := max(j, m-st.lx.maxTitleWords); k < m && k <= j+3; k++ {
		if noTitle(toks[k]) {
			continue
		}
		if n, ti := st.roleBefore(toks, k); n > 0 {
			if st.joinedBefore(toks[j:k]) || st.clauseWords(toks[j:k]) {
				break // "President Ana Ode and opposition leader Ivo Lund": two people
			}
			return k, n, ti
		}
	}
	return 0, 0, titleInfo{}
}

// joinedBefore reports whether a word that joins two noun phrases is
// among toks, the lower-case words between a capitalised run and a role:
// then the run is a name of its own, not a place the role belongs to.
func (st *state) joinedBefore(toks []tok) bool {
	for _, t := range toks {
		switch st.word(t) {
		case "and", "or", "nor", "but", "with", "versus", "against", "than":
			return true
		}
	}
	return false
}

// clauseWords reports whether toks, the lower-case words between a
// capitalised run and a role, hold a verb's or a phrase's word: "Lee
// declined to criticise referee Ben Okoro" is a subject and its verb, not
// a place before the referee's role.
func (st *state) clauseWords(toks []tok) bool {
	for _, t := range toks {
		w := st.word(t)
		if w == "to" || isPreposition(w) || isDeterminer(w) || isAux(w) || finite(w) || strings.HasSuffix(w, "ed") {
			return true
		}
	}
	return false
}

// roleBefore returns the length of the title or role phrase (not an
// honorific or organisation word) at toks[k] when a capitalised word
// follows it, and 0 otherwise.
func (st *state) roleBefore(toks []tok, k int) (int, titleInfo) {
	if n, ti := st.matchTitle(toks[k:]); st.roleFollowed(toks, k, n, ti) {
		return n, ti
	}
	return 0, titleInfo{}
}

// roleFollowed reports whether the phrase of n tokens at toks[k], which
// matchTitle read as ti, is a title or role (not an honorific or
// organisation word) that a capitalised word follows.
func (st *state) roleFollowed(toks []tok, k, n int, ti titleInfo) bool {
	if n == 0 || ti.kind == kindOrg || ti.kind == kindHonorific {
		return false
	}
	return k+n < len(toks) && toks[k+n].k == tWord && capitalised(toks[k+n])
}

// noTitle reports whether t's flags show it starts no title: it is no
// word of a title's shape, or state.bits found it starts none. It is
// small enough to be inlined where most tokens are asked.
func noTitle(t tok) bool {
	return t.f&fTShape == 0 || t.f&(fBits|fTitle) == fBits
}

// matchTitle returns how many tokens at the start of toks form the longest
// title, honorific, role or organisation word phrase, and what it is.
func (st *state) matchTitle(toks []tok) (int, titleInfo) {
	// most words start no title: tell them from their flags, without
	// setting up the phrase buffer
	if len(toks) == 0 || toks[0].k != tWord || toks[0].f&fTShape == 0 {
		return 0, titleInfo{}
	}
	f := toks[0].f
	if f&fBits == 0 {
		f = st.bits(&toks[0])
	}
	if f&fTitle == 0 {
		return 0, titleInfo{}
	}
	// a one-word title, or a word no longer title starts with here, is
	// read from the word's entry
	if i := f >> wordShift; i != 0 && toks[0].e-toks[0].s <= maxTitleBytes {
		if p := st.lx.words.ents[i-1].ph; !p.more || len(toks) == 1 || toks[1].k != tWord {
			if p.full {
				return 1, p.info
			}
			return 0, titleInfo{}
		}
	}
	return st.matchTitlePhrase(toks)
}

// matchTitlePhrase is matchTitle for a word that starts a title (its
// flags, from state.bits, have fTitle) and may start a longer one. It
// walks the trie of phrases from the word's node, one step a word.
func (st *state) matchTitlePhrase(toks []tok) (int, titleInfo) {
	lx := st.lx
	t := toks[0]
	w := st.text[t.s:t.e]
	if len(w) > maxTitleBytes {
		return 0, titleInfo{}
	}
	i := uint32(t.f >> wordShift)
	if i == 0 {
		// no room in the flags for the entry's index
		if _, i = lx.words.entry(w, wordKey(w)); i == 0 {
			return 0, titleInfo{}
		}
	}
	node := lx.words.ents[i-1].node
	p := lx.phrases[node]
	best, bestInfo := 0, titleInfo{}
	if p.full {
		best, bestInfo = 1, p.info
	}
	for n := 2; p.more && n <= lx.maxTitleWords && n <= len(toks); n++ {
		t := toks[n-1]
		if t.k != tWord {
			break
		}
		w := st.text[t.s:t.e]
		k := wordKey(w)
		if !lx.laterSieve.hasKey(k) {
			break // no title has the word after its first
		}
		if node = lx.steps.next(node, w, k); node == 0 {
			break // no title starts with these words
		}
		if p = lx.phrases[node]; p.full {
			best, bestInfo = n, p.info
		}
	}
	return best, bestInfo
}

// wordTitle is lx.title for the one word t, read from the entry
// state.bits found when there is one.
func (st *state) wordTitle(t tok) (titleInfo, bool) {
	if i := t.f >> wordShift; t.f&fBits != 0 && i != 0 {
		if ph := st.lx.words.ents[i-1].ph; ph.full && t.e-t.s <= maxTitleBytes {
			return ph.info, true
		}
		return titleInfo{}, false
	}
	return st.lx.title(st.text[t.s:t.e])
}

// joinName returns the name the tokens spell: their text without a final
// possessive 's, with the space between words made single spaces. Tokens
// hold no space, so the text needs to be looked at for odd space only
// when two tokens are not one space apart.
func (st *state) joinName(toks []tok) string {
	if len(toks) == 0 {
		return ""
	}
	s := trimPossessive(st.text[toks[0].s:toks[len(toks)-1].e])
	for x := 1; x < len(toks); x++ {
		if e := toks[x-1].e; toks[x].s != e+1 || st.text[e] != ' ' {
			if strings.TrimSpace(st.text[e:toks[x].s]) != "" {
				// tokens read around a nickname: "DeShawn Whitaker"
				// from DeShawn “Flash” Whitaker
				var b strings.Builder
				for y, t := range toks {
					if y > 0 {
						b.WriteByte(' ')
					}
					b.WriteString(st.text[t.s:t.e])
				}
				return trimPossessive(b.String())
			}
			if oddSpace(s) {
				s = strings.Join(strings.Fields(s), " ")
			}
			break
		}
	}
	return s
}

// trimPossessive returns s without a final possessive 's (or ’s).
// kinBefore reports whether a possessive and a noun for a relative, set
// off by a comma, stand right before byte i ("his wife, ", "her nephew,
// "), or "married".
func kinBefore(text string, i int) bool {
	if i < 2 {
		return false
	}
	if text[i-2:i] != ", " {
		// "She married Colin Ferrars, a harbour engineer"
		b := strings.TrimRight(text[:i], " ")
		return strings.HasSuffix(b, " married") || strings.HasSuffix(b, " marry")
	}
	w, ws, p := prevWord(text, max(0, i-40), i-2)
	if p {
		return false
	}
	if !kinNoun(w) {
		return false
	}
	d, _, p := prevWord(text, max(0, ws-40), ws)
	return !p && (d == "his" || d == "her" || d == "their" || d == "His" || d == "Her" || d == "Their")
}

// mentionCount is how many times scanPeople has found person w so far.
func (st *state) mentionCount(w int) int {
	n := 0
	for _, m := range st.ments {
		if m.who == w {
			n++
		}
	}
	return n
}

// startsSentence reports whether a sentence starts at byte i.
func (st *state) startsSentence(i int) bool {
	si := st.sentenceAt(i)
	return si >= 0 && st.doc.Sentences[si].Start == i
}

// middleWord reports whether w is a word of name of three words or more
// other than its first and its last.
func middleWord(name, w string) bool {
	first := strings.IndexByte(name, ' ')
	last := strings.LastIndexByte(name, ' ')
	if first < 0 || first == last {
		return false
	}
	mid := name[first+1 : last]
	for mid != "" {
		word, rest, _ := strings.Cut(mid, " ")
		if word == w {
			return true
		}
		mid = rest
	}
	return false
}

// nameSuffix reports whether w is a generational suffix written after a
// surname: Jr., Sr., II, III, IV.
func nameSuffix(w string) bool {
	switch strings.TrimSuffix(trimPossessive(w), ",") {
	case "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV":
		return true
	}
	return false
}

func trimPossessive(s string) string {
	return strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
}

// oddSpace reports whether s holds a tab, a line break or two spaces in a row.
func oddSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n', '\t':
			return true
		case ' ':
			if i+1 < len(s) && s[i+1] == ' ' {
				return true
			}
		}
	}
	return false
}

// register records a person (or organisation) named by np and returns its
// index, merging with a known person who has the same full name or whose
// surname is this one-word name.
func (st *state) register(np nameParse) int {
	if len(np.name) >= 3 && st.text[np.name[0].s:np.name[0].e] == "Said" && st.startsSentence(np.name[0].s) {
		np.name = np.name[1:] // "Said Henrik Dahlgren, her former student:": the verb, inverted
	}
	name := st.joinName(np.name)
	if name == "" || len(np.name) > 1 && st.allCaps(np.name) {
		return -1 // a label in capitals: "FULL TEXT", "BREAKING NEWS"
	}
	role := ""
	if np.roleS < np.roleE {
		role = st.text[np.roleS:np.roleE]
		if sp := strings.LastIndexByte(role, ' '); sp > 0 {
			if ti, ok := st.lx.title(role[sp+1:]); ok && ti.kind == kindHonorific {
				role = role[:sp] // "Minister of State for Energy Smt": the honorific before the name is no part of the role
			}
		}
	}
	// a one-word name is its own surname; a longer one's is read only
	// for a new person
	single := len(np.name) == 1
	if single && timeName(name) {
		return -1 // "on Tuesday": a day or a month names no one
	}
	if e := np.name[0].e; single && e < len(st.text) && st.text[e] == ',' && listOrdinal(name) {
		return -1 // "First, they were meant to …": a point in a list ("First Minister" names a role)
	}
	// the latest person with the name, or with it as surname: the chains
	// run from the latest back, so each is read up to its first match
	k := wordKey(name) % indexSlots
	at := -1
	for i := st.found.byName[k]; i != 0; i = st.people[i-1].nextName {
		if st.people[i-1].name == name {
			at = int(i - 1)
			break
		}
	}
	if !single && at < 0 && !np.org && (!st.givenName(np.name[0]) || surnamePrefix(st.text[np.name[0].s:np.name[0].e])) {
		// "Hawk Sawyer" after "Kathleen Hawk Sawyer": a surname of two
		// words is the latest person whose full name ends with it (and
		// "Abu Hamdan" after "Samira Abu Hamdan", whose "Abu" the
		// given-name list holds)
		for i := len(st.people) - 1; i >= 0; i-- {
			if p := &st.people[i]; !p.org && len(p.name) > len(name)+1 && p.name[len(p.name)-len(name)-1] == ' ' && strings.HasSuffix(p.name, name) {
				at = i
				break
			}
		}
	}
	if single {
		// of several people who share the surname, the one the surname
		// alone has named most often so far, else the latest: once news
		// calls Donald Trump "Trump", it calls Ivanka "Ivanka"
		best := -1
		for i := st.found.bySurname[k]; int(i-1) > at; i = st.people[i-1].nextSurname {
			// "Mrs. Lund" is not the John Lund named last, but Ana Lund
			if p := &st.people[i-1]; p.surname == name && (np.g == genderUnknown || p.g == genderUnknown || p.g == np.g) {
				if best >= 0 && p.kin != st.people[best].kin {
					if !p.kin {
						best = int(i - 1) // the bare surname is the principal's, not a relative's
					}
					continue
				}
				// and of those it has named as often, the one named more
				// often in all: the obituary's subject, not the nephew
				// named once since ("Dr. Nuala Brennock … her nephew,
				// Declan Brennock, … Brennock arrived")
				if best < 0 || p.bare > st.people[best].bare || p.bare == st.people[best].bare && st.mentionCount(int(i-1)) > st.mentionCount(best) {
					best = int(i - 1)
				}
			}
		}
		if best >= 0 {
			at = best
			st.people[best].bare++
		}
	}
	if single && at < 0 && !st.givenName(np.name[0]) && len(name) > 3 {
		// "Arévalo" after "Wilmer Arévalo Castro", "Ledesma" after
		// "Matías Ledesma Vidal": the first of two surnames, which
		// Spanish and Portuguese names go by
		for i := len(st.people) - 1; i >= 0; i-- {
			if p := &st.people[i]; !p.org && middleWord(p.name, name) {
				at = i
				break
			}
		}
	}
	if single && at < 0 && acronym(name) {
		// "the UPF" after "United Progress Front (UPF)": the name the
		// acronym was given for
		full := st.expandAcronym(name)
		if full == "" {
			full = st.orgOfInitials(name) // "the AHWU" after "the Allied Health Workers’ Union"
		}
		if full != "" {
			for i := st.found.byName[wordKey(full)%indexSlots]; i != 0; i = st.people[i-1].nextName {
				if st.people[i-1].name == full {
					at = int(i - 1)
					break
				}
			}
			if at < 0 {
				name, np.org = full, true
			}
		}
	}
	if single && at < 0 && (givenNameTitle(st.text, np.name[0].s) || st.loneGivenName(np.name[0]) || st.givenOfNamed(name) || familyNameFirst(name)) {
		// "Sir Keir", "Dame Ana": a knight or a dame goes by the given
		// name, so it is the latest person whose name starts with it
		at = st.latestStartingWith(name)
	}
	// a lone word set off as a business or a body ("Corvane, which
	// employs …", "Fennick, the American maker of …") names the
	// organisation named before with it as its first word, or itself
	orgApp := single && (st.orgAppositive(np.name[0].e) || st.orgNounBefore(np.name[0].s))
	if orgApp && at < 0 && st.found.firsts.may(name) {
		for i := len(st.people) - 1; i >= 0; i-- {
			if p := &st.people[i]; p.org && len(p.name) > len(name) && p.name[len(name)] == ' ' && strings.HasPrefix(p.name, name) {
				at = i
				break
			}
		}
	}
	if at >= 0 {
		p := &st.people[at]
		if !p.org && !single && !np.titled && len(np.name) > 0 && !st.givenName(np.name[0]) && st.orgDescribed(np) {
			// "Skylark Travel, one of the country’s biggest … companies,"
			// after a headline that named it as no body ("…, Skylark
			// Travel admits")
			p.org = true
		}
		if role != "" && p.role == "" {
			p.role = role
		}
		if p.g == genderUnknown {
			p.g = np.g
		}
		if p.hon == "" {
			p.hon = np.hon
		}
		p.strong = p.strong || np.titled
		return at
	}
	surname := name
	if !single {
		last := len(np.name) - 1
		if last > 1 && nameSuffix(st.text[np.name[last].s:np.name[last].e]) {
			last-- // "James P. Hollis Jr." is Hollis
		}
		surname = trimPossessive(st.text[np.name[last].s:np.name[last].e])
	}
	if single && !np.titled && !orgApp && !st.loneGivenName(np.name[0]) {
		// a lone capitalised word: look for "First Surname" in the text
		if full := st.fullName(surname); full != "" {
			name = full
		}
	}
	if !single && !np.org && !np.titled && businessWord(surname) && !st.givenName(np.name[0]) {
		np.org = true // "Lumora Devices", "Varn Holdings": a firm's name, not a person's
	}
	if orgApp && name == surname {
		np.org = true // "Hoppa, the ride-hailing company, said", "the social-media company Chirpline": no person
	}
	if !single && !np.org && !np.titled && !st.givenName(np.name[0]) {
		np.org = st.orgDescribed(np)
	}
	if !single && !np.org && !np.titled && !st.givenName(np.name[0]) && st.orgNounBefore(np.name[0].s) {
		np.org = true // "the rights group Meridian Watch": a body's name, not "the company Ana Ode founded"
	}
	g := np.g
	if g == genderUnknown && single && !np.org && st.loneGivenName(np.name[0]) {
		g, _ = st.lx.firstName(name) // "Lucia", 52, who gave no surname
	}
	if g == genderUnknown && !single && !np.org {
		// a given name that tells the gender: "Maria Lind"
		first := np.name[0]
		g, _ = st.lx.firstName(st.text[first.s:first.e])
	}
	p := person{name: name, surname: surname, role: role, hon: np.hon, g: g, org: np.org, strong: np.titled, kin: !single && !np.org && kinBefore(st.text, np.name[0].s)}
	if p.kin && p.g == genderUnknown && st.text[np.name[0].s-2:np.name[0].s] == ", " {
		// "His daughter, Mara Lott, said": the kin noun tells the gender
		// a given name the list lacks does not
		w, _, _ := prevWord(st.text, max(0, np.name[0].s-42), np.name[0].s-2)
		p.g = kinGender(w)
	}
	n := int32(len(st.people)) + 1
	k = wordKey(name) % indexSlots
	p.nextName, st.found.byName[k] = st.found.byName[k], n
	if !np.org {
		k := wordKey(surname) % indexSlots
		p.nextSurname, st.found.bySurname[k] = st.found.bySurname[k], n
	}
	if !p.org && strings.Count(name, " ") >= 2 {
		st.found.long++
	}
	st.found.addName(name)
	st.people = append(st.people, p)
	return len(st.people) - 1
}

// orgDescribed reports whether the appositive after the name np reads
// tells an organisation: "Arden Dynamics, a privately held manufacturer
// based in Orvik, said" (but not "Rohan Mehta, a 34-year-old software
// developer": nouns that name people as well are left out).
func (st *state) orgDescribed(np nameParse) bool {
	switch noun, k := st.orgAppositiveNoun(np.name[len(np.name)-1].e); noun {
	case "developer", "operator", "maker", "carrier", "brand", "platform", "app", "party", "charity", "club", "team", "union":
		return false
	default:
		return k != orgNone
	}
}

// orgNounBefore reports whether the name that starts at byte b follows,
// after one space, a lower-case noun of an organisation's kind ("the
// social-media company Chirpline", "rival carrier Skyhop", "the startup
// Quillo").
func (st *state) orgNounBefore(b int) bool { return st.orgKindBefore(b) != orgNone }

// orgKindBefore is the kind of organisation orgNounBefore reads before
// byte b, or orgNone.
func (st *state) orgKindBefore(b int) orgKind {
	if b < 2 || st.text[b-1] != ' ' {
		return orgNone
	}
	ne := b - 1 // where the noun ends
	comma := b >= 4 && st.text[b-2] == ',' && setOffAt(st.text, b)
	if !comma && st.text[b-2] == ',' {
		return orgNone
	}
	if comma {
		ne = b - 2 // "The state weather bureau, PAGASA, said": the name set off after the noun
	}
	a := ne
	for a > 0 && st.text[a-1] >= 'a' && st.text[a-1] <= 'z' {
		a--
	}
	if a == ne || a > 0 && st.text[a-1] != ' ' && st.text[a-1] != '-' {
		return orgNone
	}
	var k orgKind
	switch noun := st.text[a:ne]; noun {
	case "startup", "bank", "platform", "app", "conglomerate":
		k = orgBusiness
	case "charity":
		k = orgBody
	case "team", "club":
		// "the team Ana Ode coaches" names a person after the noun;
		// "Portuguese club Vila Serra", no given name first, a club
		if e := strings.IndexAny(st.text[b:min(len(st.text), b+40)], " ,.;:\n"); e > 0 && st.givenFirst(st.text[b:b+e]) || comma {
			return orgNone
		}
		return orgClub
	default:
		k = nounKind(noun)
	}
	if comma && k != orgPublic && k != orgBusiness {
		return orgNone
	}
	return k
}

// setOffAt reports whether the capitalised words from byte b end at a
// comma: a name set off ("PAGASA, said"), not a sentence's subject after
// an opening phrase ("…law firm, Loretta E. Lynch said").
func setOffAt(text string, b int) bool {
	i := b
	for n := 0; n < 5 && i < len(text) && capByte[text[i]]; n++ {
		for i < len(text) && text[i] != ' ' && text[i] != ',' && text[i] != '\n' {
			i++
		}
		if i < len(text) && text[i] == ',' {
			return true
		}
		if i >= len(text) || text[i] != ' ' {
			return false
		}
		i++
	}
	return false
}

// orgAppositive reports whether the name that ends at byte e is set off
// with a phrase that calls it an organisation: ", the ride-hailing
// company,", ", a Tessa-based airline,". The phrase's last word before its
// comma or stop is the noun.
func (st *state) orgAppositive(e int) bool {
	_, k := st.orgAppositiveNoun(e)
	return k != orgNone
}

// orgAppositiveNoun returns the noun orgAppositive reads and the kind of
// organisation it names, or orgNone.
func (st *state) orgAppositiveNoun(e int) (string, orgKind) {
	rest := st.text[e:min(len(st.text), e+80)]
	for _, a := range [...]string{", the ", ", a ", ", an "} {
		if r, ok := strings.CutPrefix(rest, a); ok {
			j := strings.IndexAny(r, ",.;(")
			if j <= 0 {
				return "", orgNone
			}
			phrase := r[:j]
			// the noun phrase ends before a participle's or a
			// preposition's phrase: "a privately held manufacturer
			// based in the port city of Orvik"; "the head of the
			// agency" is a person's, whose head is no organisation's
			end := 0 // where the last word before the stop ends
			for i := 0; i < len(phrase); {
				for i < len(phrase) && phrase[i] == ' ' {
					i++
				}
				ws := i
				for i < len(phrase) && phrase[i] != ' ' {
					i++
				}
				if w := phrase[ws:i]; w == "" || isPreposition(w) || w == "based" || w == "headquartered" || w == "founded" || w == "owned" || w == "listed" || w == "that" || w == "which" {
					break
				}
				end = i
			}
			phrase = phrase[:end]
			if phrase == "" || strings.Count(phrase, " ") > 4 || strings.ContainsAny(phrase, "“”\"'’") {
				return "", orgNone // "the company's founder"
			}
			noun := phrase[strings.LastIndexByte(phrase, ' ')+1:]
			switch noun {
			case "startup", "start-up", "bank", "platform", "app", "conglomerate":
				return noun, orgBusiness
			case "charity", "party":
				return noun, orgBody
			}
			return noun, nounKind(noun)
		}
	}
	if r, ok := strings.CutPrefix(rest, ", one of "); ok {
		// "Skylark Travel, one of the country’s biggest online holiday
		// companies,": the kind of the plural noun, one of which it is
		if j := strings.IndexAny(r, ",.;("); j > 0 {
			phrase := r[:j]
			if strings.Count(phrase, " ") <= 7 && !strings.ContainsAny(phrase, "“”\"") {
				switch noun := phrase[strings.LastIndexByte(phrase, ' ')+1:]; noun {
				case "companies", "firms", "banks", "lenders", "retailers", "insurers", "airlines", "carriers", "manufacturers", "makers", "developers", "operators", "startups", "start-ups", "chains", "brands", "groups":
					return noun, orgBusiness
				case "agencies", "regulators":
					return noun, orgPublic
				case "unions", "charities", "parties":
					return noun, orgBody
				}
			}
		}
	}
	if r, ok := strings.CutPrefix(rest, ", which "); ok {
		// "Parcelwise, which sells electronics and …,": what a business does
		switch v, _, _ := strings.Cut(r, " "); v {
		case "sells", "makes", "manufactures", "builds", "operates", "runs", "owns", "produces", "employs", "supplies", "designs", "develops":
			return "", orgBusiness
		}
	}
	return "", orgNone
}

// expandAcronym returns the name that the text gives the acronym acr in
// brackets after it ("United Progress Front (UPF)"), when the name's
// capitalised words start with the acronym's letters in order; else "".
func (st *state) expandAcronym(acr string) string {
	i := strings.Index(st.text, " ("+acr+")")
	if i <= 0 {
		return ""
	}
	words := strings.Fields(st.text[max(0, i-120):i])
	j := len(words)
	letters := len(acr)
	for j > 0 && letters > 0 {
		w := words[j-1]
		switch w {
		case "of", "for", "and", "the", "on", "&":
			j--
			continue
		}
		if !isUpper(rune(w[0])) || w[0] != acr[letters-1] {
			break
		}
		letters--
		j--
	}
	if letters > 0 || j == len(words) {
		return ""
	}
	for j < len(words) && !isUpper(rune(words[j][0])) {
		j++ // not a leading "the"
	}
	return strings.Join(words[j:], " ")
}

// orgOfInitials returns the organisation named before whose capitalised
// words' initials spell acr ("Allied Health Workers’ Union" for AHWU),
// the latest named first, or "".
func (st *state) orgOfInitials(acr string) string {
	spells := func(name string) bool {
		if strings.Count(name, " ")+1 < len(acr) {
			return false
		}
		k := 0
		for f := range strings.FieldsSeq(name) {
			switch f {
			case "of", "for", "and", "the", "on", "&":
				continue
			}
			if k == len(acr) || f[0] != acr[k] {
				return false
			}
			k++
		}
		return k == len(acr)
	}
	for w := len(st.people) - 1; w >= 0; w-- {
		if p := &st.people[w]; p.org && spells(p.name) {
			return p.name
		}
	}
	// the names read as organisations that no one quoted yet
	for i := len(st.found.runs) - 1; i >= 0; i-- {
		if r := &st.found.runs[i]; r.np.org {
			if n := strings.TrimPrefix(st.text[r.s:r.e], "The "); spells(n) {
				return n
			}
		}
	}
	return ""
}

// loneGivenName reports whether t, a capitalised word on its own, is a
// given name that names a person by itself ("said Lucia, 52, who declined
// to give her surname", "Lucia sat beside her mother"), not one that is
// also a common word (Mark, Bill, Frank).
func (st *state) loneGivenName(t tok) bool {
	w := st.text[t.s:t.e]
	return st.loneGiven(w, wordKey(w))
}

// loneGiven is loneGivenName for the word w, whose wordKey is k.
func (st *state) loneGiven(w string, k uint32) bool {
	if len(w) < 3 || len(w) > 12 || !st.lx.firstSieve.hasKey(k) {
		return false // most capitalised words are no given name
	}
	if isSentenceStarter(w) {
		return false // most lone capitals open a sentence
	}
	if _, ok := st.lx.given.get(w, k); !ok {
		return false
	}
	switch w {
	case "Mark", "Frank", "Bill", "Bob", "Don", "Sue", "Jack", "Harry", "Victor", "Will", "Rich", "Ray", "Pat", "Carol", "Lily", "Christian", "Jean":
		return false
	}
	return true
}

// givenNameTitle reports whether the word before byte i is "Sir" or
// "Dame", or "Sardar" as Indian and Pakistani papers write it: the titles
// that go with a given name ("Sardar Iftikhar" after "Sardar Iftikhar
// Ahmed"). "Mian" and "Chaudhry" are as often surnames ("Atif Mian",
// "Bilal Chaudhry") and are left out.
func givenNameTitle(text string, i int) bool {
	before := strings.TrimRight(text[:i], " ")
	if len(before) == i {
		return false
	}
	for _, t := range [...]string{"Sir", "Dame", "Sardar"} {
		if strings.HasSuffix(before, t) {
			j := len(before) - len(t)
			if j == 0 {
				return true
			}
			r, _ := runeBefore(before, j)
			return !isLetter(r)
		}
	}
	return false
}

// allCaps reports whether every word of toks is written in capitals
// only, with two letters or more.
func (st *state) allCaps(toks []tok) bool {
	for _, t := range toks {
		w := st.text[t.s:t.e]
		if len(w) < 2 {
			return false
		}
		for i := 0; i < len(w); i++ {
			if c := w[i]; c >= 'a' && c <= 'z' || c >= utf8.RuneSelf {
				return false
			}
		}
	}
	return true
}

// fullName finds "First Surname" in the article for a one-word name.
func (st *state) fullName(surname string) string {
	text := st.text
	for off := 0; off < len(text); {
		i := strings.Index(text[off:], surname)
		if i < 0 {
			break
		}
		i += off
		off = i + len(surname)
		if r, _ := runeAt(text, off); isLetter(r) {
			continue
		}
		if i < 2 || text[i-1] != ' ' {
			continue
		}
		ws := i - 1
		for ws > 0 {
			r, n := runeBefore(text, ws)
			if !isLetter(r) && r != '.' && r != '-' {
				break
			}
			ws -= n
		}
		first := text[ws : i-1]
		if r, _ := runeAt(first, 0); first == "" || !isUpper(r) || isSentenceStarter(first) || st.participle(first) {
			continue
		}
		if _, ok := st.lx.title(first); ok {
			continue
		}
		return first + " " + surname
	}
	return ""
}

// scanPeople records the people named outside quotes, in text order, so
// that pronouns and role nouns can be resolved to them.
func (st *state) scanPeople() {
	// quote intervals, in order (no two start at one mark)
	qiv := st.qiv[:0]
	for i := range st.raw {
		for _, p := range st.raw[i].pieces {
			qiv = append(qiv, span32{p.os, p.ce})
		}
	}
	if !slices.IsSortedFunc(qiv, bySpanStart) {
		slices.SortFunc(qiv, bySpanStart)
	}
	st.qiv = qiv
	k := 0
	// a headline in title case capitalises every word, so its
	// capitalised runs are no names ("Retired General Reveals …")
	// (or with every long word capitalised: "The Cold Truth: How a
	// Sensor Startup Learned to Love the Freezer Aisle")
	first := 0
	if st.isHeadline() && st.casedHeadline() {
		first = 1
	}
	for si := first; si < len(st.doc.Sentences); si++ {
		sn := st.doc.Sentences[si].Span
		if st.doc.Paragraphs[st.doc.Sentences[si].Paragraph].Kind == Heading && titleLike(st.text, sn.Start, sn.End, 0) {
			continue // a section heading in title case ("Warnings Remain")
		}
		a := sn.Start
		for a < sn.End {
			for k < len(qiv) && qiv[k].e <= a {
				k++
			}
			b := sn.End
			if k < len(qiv) && qiv[k].s < b {
				b = max(qiv[k].s, a)
			}
			if a < b {
				// the first tokens that end after a and after b
				t, u := st.sentTok[2*si], st.sentTok[2*si+1]
				if a != sn.Start {
					t = st.firstEndingAfter(a)
				}
				if b != sn.End {
					u = max(st.firstEndingAfter(b), t)
				}
				st.namesIn(a, b, t, u)
			}
			if k < len(qiv) && qiv[k].s < sn.End {
				a = max(qiv[k].e, b)
			} else {
				a = sn.End
			}
		}
	}
	st.found.scanned = len(st.ments)
	st.shortFirms()
	st.pronounGenders()
}

// givenFirst reports whether name opens with a listed given name.
func (st *state) givenFirst(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	_, ok := st.lx.firstName(first)
	return ok
}

// portfolioAnd reports whether the capitalised words all[k:e] are the
// first part of a portfolio joined by "and" to a title: "Federal Industry"
// in "Federal Industry and Science Minister Rachel Dunstan". No given name
// opens them and none is a title, and after "and" a word that is no
// title comes before the title.
func (st *state) portfolioAnd(all []tok, k, e int) bool {
	if e+3 >= len(all) || all[e].k != tWord || st.text[all[e].s:all[e].e] != "and" || st.givenFirst(st.text[all[k].s:all[e-1].e]) {
		return false
	}
	if _, ok := st.wordTitle(all[e+1]); ok || !capitalised(all[e+1]) || st.givenName(all[e+1]) || e-k > 3 {
		return false
	}
	for _, t := range all[k:e] {
		if _, ok := st.wordTitle(t); ok {
			return false // "Varnian Foreign Minister Sabine Aldercott and Kestrel Foreign Minister …": a titled name
		}
	}
	for j := e + 2; j < len(all) && j <= e+4 && all[j].k == tWord && capitalised(all[j]); j++ {
		if ti, ok := st.wordTitle(all[j]); ok && ti.kind == kindTitle {
			return true
		}
	}
	return false
}

// roleThenNameAt reports whether up to three words in lower case start at
// all[e], with a name of two capitalised words after them, or one after a
// role word: "fast bowler Martin Glass".
func (st *state) roleThenNameAt(all []tok, e int) bool {
	for j := e; j < len(all) && j < e+3; j++ {
		if all[j].k != tWord || capitalised(all[j]) {
			return false
		}
		if j+1 < len(all) && all[j+1].k == tWord && capitalised(all[j+1]) {
			return st.roleWord(all[j]) || j+2 < len(all) && all[j+2].k == tWord && capitalised(all[j+2])
		}
	}
	return false
}

// portfolioWords reports whether the capitalised words all[k:e] are a
// part of a title's portfolio after its first part, which a comma or
// "and" ends: "Workplace Relations" in "the Minister for Employment,
// Workplace Relations and Skills, Ana Ode" and "National Security" in
// "Minister of the Interior and National Security, Ana Ode". Back from
// all[k] only capitalised words, "and", "&" and commas lead to the "for"
// or "of" after the title ("the" may follow it); a name after a comma
// that follows the list's last part (after its "and") is no part of it.
func (st *state) portfolioWords(all []tok, k, e int) bool {
	if k < 3 || e >= len(all) || all[e].k != tComma && !(all[e].k == tWord && st.word(all[e]) == "and") {
		return false
	}
	afterComma := all[k-1].k == tComma
	if !afterComma && (all[k-1].k != tWord || st.word(all[k-1]) != "and" && st.word(all[k-1]) != "&") {
		return false
	}
	if afterComma && !st.listGoesOn(all, e) {
		return false // "the Commissioner for Health, Dr. Ana Ode, said": her name
	}
	for t := k - 1; t >= 1 && k-t <= 14; t-- {
		switch a := all[t]; {
		case a.k == tComma:
			if t == 0 || all[t-1].k != tWord || !capitalised(all[t-1]) {
				return false
			}
		case a.k != tWord:
			return false
		case capitalised(a):
		default:
			switch w := st.word(a); w {
			case "and", "&":
				if afterComma {
					return false // the list ended before the comma: its holder's name follows
				}
			case "the":
				if w := st.word(all[t-1]); w != "of" && w != "for" {
					return false
				}
			case "for", "of":
				if t == k-1 || !capitalised(all[t-1]) {
					return false
				}
				ti, ok := st.wordTitle(all[t-1])
				return ok && (ti.kind == kindTitle || ti.kind == kindRole)
			default:
				return false
			}
		}
	}
	return false
}

// listGoesOn reports whether a list of capitalised words goes on at
// all[e], to "and" and a capitalised word after it: ", Forestry and Food"
// or "and Skills" after "Fisheries" or "Workplace Relations".
func (st *state) listGoesOn(all []tok, e int) bool {
	for j := e; j+1 < len(all) && j-e <= 8; j++ {
		switch t := all[j]; {
		case t.k == tComma:
		case t.k != tWord:
			return false
		case st.word(t) == "and" || st.word(t) == "&":
			return capitalised(all[j+1])
		case !capitalised(t):
			return false
		}
	}
	return false
}

// shortFirms marks as organisations the people whose name, two words or
// more that no given name opens, begins a firm's longer name the article
// writes too: "Calder Row" and "Calder Row Capital".
func (st *state) shortFirms() {
	for i := range st.people {
		p := &st.people[i]
		if p.org || p.strong || strings.IndexByte(p.name, ' ') < 0 {
			continue
		}
		if st.givenFirst(p.name) {
			continue
		}
		for j := range st.found.runs {
			r := &st.found.runs[j].np
			if !r.org || len(r.name) < 3 {
				continue
			}
			if o := st.text[r.name[0].s:r.name[len(r.name)-1].e]; len(o) > len(p.name) && o[len(p.name)] == ' ' && strings.HasPrefix(o, p.name) {
				p.org = true
				break
			}
		}
	}
}

// pronounGenders gives a person whose gender no title or given name
// tells the gender of a he or she (his, him, her) that follows their
// name in the sentence that opens with it, outside quotes, with no one
// else named between: "Soap star Kiki Langmore has revealed she is
// engaged" makes Kiki Langmore a woman, whom a later "she" may stand for.
func (st *state) pronounGenders() {
	m := 0
	for si := range st.doc.Sentences {
		sn := st.doc.Sentences[si].Span
		for m < len(st.ments) && st.ments[m].pos < sn.Start {
			m++
		}
		if m >= len(st.ments) {
			return
		}
		first := st.ments[m]
		p := &st.people[first.who]
		if first.pos >= sn.End || p.org || p.g != genderUnknown {
			continue
		}
		next := sn.End // where the next person is named in the sentence
		if m+1 < len(st.ments) && st.ments[m+1].pos < next {
			next = st.ments[m+1].pos
		}
		toks := st.sentenceToks(si)
		if len(toks) == 0 || toks[0].s > first.pos || first.pos-toks[0].s > 40 {
			continue // the name opens the sentence, or nearly: its subject
		}
		if w, _, punct := prevWord(st.text, toks[0].s, first.pos); !punct && isPreposition(w) {
			continue // "A 2011 paper by Fabian Korr … dismissed her methods": no subject
		}
		if st.pronounSubjectBefore(first.pos, genderFemale) || st.pronounSubjectBefore(first.pos, genderMale) {
			continue // "When she mentioned Hollis Grange by name, …, she paused": the pronouns are the subject's
		}
		k := 0
		relative := false // inside a relative clause set off by commas: "who played his wife"
	scan:
		for x, t := range toks {
			if t.s <= first.pos {
				continue
			}
			if t.k == tComma {
				relative = x+1 < len(toks) && toks[x+1].k == tWord && isRelative(st.word(toks[x+1]))
				continue
			}
			if t.k != tWord || relative {
				continue
			}
			if t.s >= next {
				break
			}
			for k < len(st.qiv) && st.qiv[k].e <= t.s {
				k++
			}
			if k < len(st.qiv) && st.qiv[k].s <= t.s {
				continue // inside a quote: someone's own words
			}
			if x+2 < len(toks) && st.word(toks[x+1]) == "or" {
				switch st.word(t) + " " + st.word(toks[x+2]) {
				case "he she", "she he", "his her", "her his", "himself herself", "herself himself", "him her", "her him":
					break scan // "on himself or herself": either, so neither
				}
			}
			switch w := st.word(t); w {
			case "he", "his", "himself":
				p.g = genderMale
			case "she", "hers", "herself":
				p.g = genderFemale
			case "her":
				// "her plan" is the subject's; "thanked her" and "ready
				// for her" are someone else, as "him" is
				if x+1 < len(toks) && toks[x+1].k == tWord && st.word(toks[x-1]) != "for" { // "reached for her hand": whose, it does not tell
					if nw := st.word(toks[x+1]); !isPreposition(nw) && !isDeterminer(nw) && !isClauseBoundary(nw) {
						p.g = genderFemale
						break
					}
				}
				continue
			default:
				continue
			}
			break
		}
	}
}

// span32 is a byte span [s, e) of the text, kept in scratch space.
type span32 struct{ s, e int }

func bySpanStart(a, b span32) int { return cmp.Compare(a.s, b.s) }

// capByte marks the bytes that can start a capitalised word.
var capByte = func() (t [256]bool) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = true
	}
	for c := 0xC0; c < 0x100; c++ {
		t[c] = true
	}
	return t
}()

// namesIn finds capitalised runs in [a, b) and records the people in them.
// It looks for capitals that start a word (after a space or an ASCII
// mark: "ex-President" has one) and reads tokens only there; whole tokens
// that hold no such capital are skipped without looking at their bytes.
// k and kb are the indexes of the first tokens of st.all that end after a
// and after b.
func (st *state) namesIn(a, b, k, kb int) {
	text := st.text
	all := st.all
	var own nameParse // the parse of tokens read apart into st.toks
	for i := a; i < b; {
		for k < len(all) && all[k].e <= i {
			k++
		}
		// whole tokens that hold no capital (those before kb end by b)
		if k < kb && all[k].s >= i && all[k].f&(fCap|fJoin) == 0 {
			k++
			// the tokens up to kb as their own slice: its length bounds
			// the loop, so reading a token needs no other bounds check
			for upto := all[:kb]; k < len(upto) && upto[k].f&(fCap|fJoin) == 0; {
				k++
			}
			i = all[k-1].e
		}
		if k == len(all) {
			break // only space is left
		}
		if t := all[k]; t.s >= i {
			if t.s >= b {
				break
			}
			i = t.s // what lies before is space
			if t.f&(fCap|fJoin) == 0 && t.e <= b {
				i = t.e
				continue
			}
		}
		c := text[i]
		if !capByte[c] {
			// i lies in all[k], where a capital after a letter, a digit
			// or a byte of a longer character starts no word: the next
			// that may is one after a mark ("ex-President")
			for i++; i < min(all[k].e, b); i++ {
				if p := text[i-1]; !wordByte[p] && p < utf8.RuneSelf {
					break
				}
			}
			continue
		}
		if i > a {
			if p := text[i-1]; 'a' <= p && p <= 'z' || 'A' <= p && p <= 'Z' || '0' <= p && p <= '9' || p >= 0x80 {
				i++
				continue
			}
		}
		if c >= 0xC0 {
			if r, n := runeAt(text, i); !isUpper(r) {
				i += n
				continue
			}
		}
		// the run of capitalised words (and name particles) from i
		toks, n := st.nameRun(k, i, b, kb)
		if n >= 3 && toks[0].k == tWord && (timeName(st.word(toks[0])) && st.givenName(toks[1]) || st.word(toks[0]) == "Early" && timeName(st.word(toks[1]))) {
			i = toks[0].e // "On Monday Ana Ode said": the day's name is no part of hers
			continue
		}
		for n > 0 && !capitalised(toks[n-1]) {
			n--
		}
		if k, m, _ := st.titleBeforeName(toks, 0, n); m > 0 {
			// "Varn Robotics chief executive Ana Ode": one mention, of Ana Ode
			n = k + m
			for n < len(toks) && (toks[n].k == tWord && capitalised(toks[n]) || st.nameJoint(toks, n)) {
				n++ // and "Supreme Court judge Justice (Mrs.) Abena Darkwa-Larbi"
			}
		}
		toks = toks[:n]
		if n >= 2 && k < len(all) && &toks[0] == &all[k] && st.word(toks[0]) == "Former" && st.roleThenNameAt(all, k+n) {
			// "Former Eastland fast bowler Martin Glass": the place or
			// team modifies the role of the one named after it
			i = toks[n-1].e
			continue
		}
		if n > 0 && k < len(all) && &toks[0] == &all[k] && st.portfolioAnd(all, k, k+n) {
			i = toks[n-1].e
			continue
		}
		if n >= 4 && k < len(all) && &toks[0] == &all[k] && st.orgWord(&toks[n-1]) {
			// "Premier Ross McAllister's Heartland Party": the person who
			// owns the body is read on his own, the body after
			for p := 1; p+2 < n; p++ {
				if toks[p].k == tWord && possessiveWord(st.word(toks[p])) {
					if t, _ := st.matchTitle(toks[:p]); t > 0 || st.givenName(toks[0]) {
						toks = toks[:p+1]
					}
					break
				}
			}
		}
		if n > 0 && k >= 3 && k < len(all) && &toks[0] == &all[k] && all[k-1].k == tQuote {
			if o := nicknameOpen(all, k, max(0, k-8)); o > 0 {
				// guard DeShawn “Flash” Whitaker: the given names before
				// the nickname and the name after it, read as one
				g := o
				for g > 0 && g > o-3 && all[g-1].k == tWord && capitalised(all[g-1]) {
					g--
				}
				st.toks = append(append(st.toks[:0], all[g:o]...), toks...)
				toks = st.toks
			}
		}
		if r := st.lowerRoleBefore(k, a); r < k && n > 0 && k < len(all) && all[k].s == toks[0].s && &toks[0] == &all[k] && st.word(toks[0]) != "I" {
			// "…, and coach Bram Huisman made": the role before the name
			// is the person's ("the coach said" later)
			toks = all[r : k+n]
		}
		if len(toks) >= 3 && k >= 2 && k < len(all) && all[k].s == toks[0].s && all[k-1].k == tWord && text[all[k-1].s:all[k-1].e] == "to" {
			if m, ti := st.matchTitle(all[k-2:]); m == 1 && ti.kind != kindOrg {
				// "envoy to Ukraine Kurt Volker": the place goes first
				toks = toks[st.nameAfterPlace(toks, 0, len(toks)-1):]
			}
		}
		pfRole := Span{} // the title and portfolio before the name, when the run is in one
		if n := len(toks); n > 0 && k >= 2 && k < len(all) && &toks[0] == &all[k] && all[k-1].k == tWord && !capitalised(all[k-1]) {
			if t := st.portfolioBefore(all, k, max(0, k-14)); t >= 0 {
				// "Deputy Prime Minister for European Integration and
				// Dialogue Driton Berisha": the words of the portfolio
				// name no one; the name after them is the holder's
				_, nk := st.portfolio(all, t+1)
				if nk >= k+n {
					i = toks[n-1].e
					continue
				}
				rs := t
				// the words before it on its line ("Deputy"), not a
				// headline's above it
				for rs > 0 && all[rs-1].k == tWord && (capitalised(all[rs-1]) || rs > 1 && text[all[rs-1].s:all[rs-1].e] == "of" && capitalised(all[rs-2])) && strings.IndexByte(text[all[rs-1].e:all[rs].s], '\n') < 0 {
					rs-- // and "Secretary of State"
				}
				pfRole = Span{all[rs].s, all[nk-1].e}
				toks = all[nk : k+n]
			}
		}
		if len(toks) == 0 {
			i++
			continue
		}
		if !pfRole.Valid() && k < len(all) && &toks[0] == &all[k] && st.portfolioWords(all, k, k+len(toks)) {
			// "the Minister for Employment, Workplace Relations and Skills,
			// Ana Ode": "Workplace Relations" is the portfolio's
			i = toks[len(toks)-1].e
			continue
		}
		if len(toks) == 1 && !st.lonePerson(text[toks[0].s:toks[0].e]) && !st.subjectPossessive(toks[0]) && !st.orgNounBefore(toks[0].s) && !st.ageAfter(toks[0].e) && !st.orgAppositive(toks[0].e) {
			i = toks[0].e
			continue
		}
		// the parse is made in place in st.found.runs, for parseInto, when
		// the tokens are st.all's, which stay as they are
		np := &own
		if len(st.toks) == 0 || &toks[0] != &st.toks[0] {
			st.found.runs = append(st.found.runs, runParse{s: toks[0].s, e: toks[len(toks)-1].e, n: len(toks)})
			np = &st.found.runs[len(st.found.runs)-1].np
		} else {
			own = nameParse{}
		}
		st.parse(toks, np)
		if pfRole.Valid() && np.roleS == np.roleE {
			np.roleS, np.roleE = pfRole.Start, pfRole.End
			np.titled = true
		}
		if np.roleS == toks[0].s && np.roleE > np.roleS && k >= 2 && k < len(all) && all[k].s == toks[0].s {
			// "Chief of Police Ana Ode": a title with "of" inside, which
			// the run of capitals began after
			if o, x := all[k-1], all[k-2]; o.k == tWord && text[o.s:o.e] == "and" && x.k == tWord && capitalised(x) && st.roleWord(x) && st.roleWord(all[k]) {
				np.roleS = x.s // "Governor and Chancellor Shri Ramniwas Khandelwal": two titles, both his
			} else if o.k == tWord && text[o.s:o.e] == "of" && x.k == tWord && capitalised(x) {
				if ti, ok := st.lx.title(text[x.s:x.e] + " of " + text[np.roleS:np.roleE]); ok && (ti.kind == kindTitle || ti.kind == kindRole) || st.roleWord(x) && strings.Contains(text[np.roleS:np.roleE], " for ") {
					np.roleS = x.s // and "Minister of State for Energy Smt Urmila Shekhawat": a title, then its portfolio
				}
			}
		}
		if np.titled && len(np.name) == 1 && st.fullNameSetOff(text[np.name[0].e:]) {
			// "Deputy Commissioner Khairabad, Zulfiqar Ali Memon,": the
			// word after the title is the post's district, and the name
			// set off after it is the holder's
			i = toks[len(toks)-1].e
			continue
		}
		// a lone word with no title names someone only as a known surname
		if len(np.name) > 0 && !np.org && !st.namesNoOne(toks, np, all, k) {
			lone := trimPossessive(text[np.name[0].s:np.name[0].e])
			if len(np.name) >= 2 || np.titled || st.known(lone) || st.loneGivenName(np.name[0]) || st.orgNounBefore(np.name[0].s) || st.ageAfter(np.name[0].e) || st.givenOfNamed(text[np.name[0].s:np.name[0].e]) || len(np.name) == 1 && (st.orgAppositive(np.name[0].e) || st.partOfNamed(lone)) {
				if w := st.register(*np); w >= 0 {
					st.ments = append(st.ments, pmention{pos: np.name[0].s, who: w})
				}
			}
		}
		i = toks[len(toks)-1].e
	}
}

// fullNameSetOff reports whether after, the text after a word, opens with
// a name of two to five capitalised words set off by commas, no title
// first and no list going on after it: ", Zulfiqar Ali Memon," (not ",
// Mayor Ana Breed, and …").
func (st *state) fullNameSetOff(after string) bool {
	rest, ok := strings.CutPrefix(after, ", ")
	if !ok {
		return false
	}
	name, tail, ok := strings.Cut(rest, ",")
	if !ok || len(name) > 60 || strings.HasPrefix(tail, " and ") || strings.HasPrefix(tail, " or ") {
		return false
	}
	n := 0
	for w := range strings.FieldsSeq(name) {
		if w[0] < 'A' || w[0] > 'Z' {
			return false
		}
		if n == 0 {
			if _, ok := st.lx.title(w); ok {
				return false
			}
		}
		n++
	}
	return n >= 2 && n <= 5
}

// subjectPossessive reports whether t, a lone capitalised word with a
// possessive, opens its sentence's subject and names a person named
// before: "Malouf’s speech was interrupted" tells of Malouf as the
// subject would, and a pronoun after it may stand for him.
func (st *state) subjectPossessive(t tok) bool {
	w := st.text[t.s:t.e]
	base := trimPossessive(w)
	if len(base) == len(w) || !st.lonePerson(base) {
		return false
	}
	si := st.sentenceAt(t.s)
	if si < 0 {
		return false
	}
	i := st.firstEndingAfter(t.s) // t's index in st.all
	if i+1 >= len(st.all) || st.all[i].s != t.s {
		return false
	}
	if start := st.doc.Sentences[si].Start; start != t.s && !st.clauseOpensAt(i) {
		// after an opening phrase and its comma: "In Bandar Suri,
		// Malouf’s speech …" (read from st.all, not st.toks, which the
		// caller may hold)
		f := st.firstEndingAfter(start)
		if i == 0 || st.all[i-1].k != tComma || f >= i-1 || st.all[f].k != tWord {
			return false
		}
		if w := st.text[st.all[f].s:st.all[f].e]; !isOpener(w) && !isPrepositionAnyCase(w) {
			return false
		}
		for k := f + 1; k < i-1; k++ {
			if st.all[k].k == tComma {
				return false
			}
		}
	}
	// what is owned is no person: not "Elliott’s father, the Rev. …",
	// "Swift's rep told", "Ode’s campaign said"; a research team is led by its owner, whom a pronoun after it stands for ("Brunner’s team will return … He is not optimistic")
	if st.all[i+1].k != tWord {
		return false
	}
	for k := i + 1; k < len(st.all) && k <= i+4 && st.all[k].k == tWord && !capitalised(st.all[k]); k++ {
		n := st.all[k]
		nw := st.text[n.s:n.e]
		if strings.HasSuffix(nw, "ers") || strings.HasSuffix(nw, "ors") || strings.HasSuffix(nw, "ists") || nw == "fans" || nw == "allies" || nw == "critics" ||
			st.roleWord(n) || collective(nw) && nw != "team" || nw == "rep" || nw == "reps" || nw == "office" || nw == "spokesperson" {
			return false // "Obama's first five questioners", "Ode’s supporters": people
		}
	}
	return true
}

// clauseOpensAt reports whether st.all[i] opens a clause joined by ", and"
// or ", but": "Early reviews have been strong, and Okafor's name has
// surfaced".
func (st *state) clauseOpensAt(i int) bool {
	if i < 2 || st.all[i-2].k != tComma || st.all[i-1].k != tWord {
		return false
	}
	w := st.text[st.all[i-1].s:st.all[i-1].e]
	return w == "and" || w == "but"
}

// lonePerson reports whether the capitalised word w, a run on its own,
// may name a person: a known surname or a given name that names someone
// alone. Both are found by the one wordKey.
func (st *state) lonePerson(w string) bool {
	// most words have no surname chain and no bit in the given names'
	// sieve: each is told so here, without a call
	k := wordKey(w)
	return st.found.bySurname[k%indexSlots] != 0 && st.knownKey(w, k) ||
		st.lx.firstSieve.hasKey(k) && st.loneGiven(w, k) || st.givenOfNamed(w) || st.partOfNamed(w)
}

// partOfNamed reports whether the lone word w names a person named in
// full before by a part of the name news uses alone: a middle word
// ("Arévalo" after "Wilmer Arévalo Castro") or a family name written
// first ("Jang" after "Jang Eun-sook"). register links the two.
func (st *state) partOfNamed(w string) bool {
	return st.middleOfNamed(w) || familyNameFirst(w) && st.latestStartingWith(w) >= 0
}

// latestStartingWith returns the latest person, not an organisation, whose
// name of two words or more starts with the word w, or -1.
func (st *state) latestStartingWith(w string) int {
	if !st.found.firsts.may(w) {
		return -1
	}
	for i := len(st.people) - 1; i >= 0; i-- {
		if p := &st.people[i]; !p.org && len(p.name) > len(w) && p.name[len(w)] == ' ' && strings.HasPrefix(p.name, w) {
			return i
		}
	}
	return -1
}

// middleOfNamed reports whether w is a middle word of the name of a
// person named before in three words or more, not a given name:
// "Arévalo" after "Wilmer Arévalo Castro" (register links the two).
func (st *state) middleOfNamed(w string) bool {
	if st.found.long == 0 || len(w) < 4 || !st.found.middles.may(w) || isSentenceStarter(w) {
		return false
	}
	for i := range st.people {
		if p := &st.people[i]; !p.org && middleWord(p.name, w) {
			_, given := st.lx.firstName(w)
			return !given
		}
	}
	return false
}

// givenOfNamed reports whether w is the given name of one person named
// in full before, a name the lexicon does not list: tabloid and feature
// copy goes on with "Kiki" after "Soap star Kiki Langmore".
func (st *state) givenOfNamed(w string) bool {
	if len(w) < 3 || len(w) > 12 || isSentenceStarter(w) {
		return false
	}
	if !st.found.firsts.may(w) || acronym(w) {
		return false
	}
	n := 0
	for i := range st.people {
		// a person the text has shown to be one: a gender, a role or a
		// title ("Soap star Kiki Langmore", "she"), not a product's name
		// ("Apple Thunderbolt")
		p := &st.people[i]
		if !p.org && len(p.name) > len(w) && p.name[len(w)] == ' ' && strings.HasPrefix(p.name, w) {
			if p.g == genderUnknown && p.role == "" && !p.strong {
				return false
			}
			n++
		}
	}
	return n == 1
}

// familyNameFirst reports the commonest Chinese, Korean and Vietnamese
// family names, which news writes before the given name ("Xi Jinping",
// "Wang Yi", "Moon Jae-in") and alone after ("Xi said"): a lone one is
// the person named in full before with it first. Words that are English
// words too (He, Do, Oh) are left out.
func familyNameFirst(w string) bool {
	switch w {
	case "Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Zhu", "Hu", "Guo", "Lin",
		"Luo", "Gao", "Xi", "Geng", "Hua", "Deng", "Jiang", "Wen", "Cao", "Peng", "Zeng", "Xie", "Tang", "Feng", "Cheng", "Cai",
		"Pan", "Du", "Dai", "Xia", "Zhong", "Tian", "Ren", "Shi", "Yao", "Tan", "Liao", "Zou", "Xiong", "Lu", "Hao", "Qiu", "Qin",
		"Shen", "Meng", "Yuan", "Wei", "Duan", "Qian", "Zhai", "Kim", "Choi", "Jung", "Cho", "Yoon", "Jang", "Kwon", "Hwang",
		"Ahn", "Yoo", "Jeon", "Moon", "Roh", "Nguyen", "Tran", "Pham", "Hoang", "Vu", "Vo", "Dang", "Bui", "Ngo", "Duong":
		return true
	}
	return false
}

// ageAfter reports whether an age set off by commas follows byte e, the
// end of a lone capitalised word: "Jolene, 58, who asked that her last
// name not be used, said" names a person by her given name alone.
func (st *state) ageAfter(e int) bool {
	t := st.text[e:min(len(st.text), e+6)]
	if len(t) < 5 || t[0] != ',' || t[1] != ' ' {
		return false
	}
	d := 2
	for d < len(t) && t[d] >= '0' && t[d] <= '9' {
		d++
	}
	return d > 2 && d <= 5 && d < len(t) && t[d] == ','
}

// namesNoOne reports whether the name np, read from the run toks that
// starts at all[k], names a place, a band, a firm or a day, not a person,
// by the words around it: "at the Old Foundry", "a nurse from Ember
// Ridge", "by Election Day", "near his country pile in Little
// Abbotsley", "the Lantern Hours".
func (st *state) namesNoOne(toks []tok, np *nameParse, all []tok, k int) bool {
	atRun := k < len(all) && all[k].s == toks[0].s
	last := np.name[len(np.name)-1]
	switch {
	case !np.titled && atRun && k >= 2 && (st.placeBefore(all[k-2], all[k-1]) || st.fromPlace(all[k-2], all[k-1]) || st.occupationFrom(all[k-2], all[k-1], all[k], last.e)):
		return true
	case len(np.name) > 1 && (st.text[last.s:last.e] == "Day" || st.text[last.s:last.e] == "Eve"):
		return true
	case !np.titled && atRun && k >= 2 && len(np.name) <= 3 && st.portfolioOf(all[k-2], all[k-1]) && !st.givenIn(np.name):
		// "the Minister for Social Support, Senator …", "the Labour MP
		// for Carrick Vale": a portfolio or a seat, no person
		return true
	case len(np.name) > 1 && !np.titled && atRun && k >= 1 && st.placeAfter(all[k-1], np.name) && st.placeEnds(last.e):
		return true
	case len(np.name) > 1 && !np.titled && atRun && k >= 2 && st.movingTo(all[k-2], all[k-1]) && !st.givenIn(np.name):
		return true
	case !np.titled && atRun && k >= 4 && all[k-1].k == tWord && st.text[all[k-1].s:all[k-1].e] == "of" && all[k-2].k == tComma &&
		all[k-3].k == tWord && isNumber(st.text[all[k-3].s:all[k-3].e]) && all[k-4].k == tComma:
		return true // "Kieran Ashdown, 31, of Carrow Vale": a hometown after an age
	case atRun && !np.titled && np.roleS == np.roleE && st.ofOrgBefore(all, k):
		return true // "the Organisation of the Petroleum Exporting Countries": the rest of a body's name
	case !np.titled && np.roleS == np.roleE && st.articleBefore(toks, np, all, k) && !st.givenIn(np.name) && st.nounAfter(all, last.e):
		return true // "A Rio Verde fifth-grader": a place or body that tells of the noun after it
	case !np.titled && np.roleS == np.roleE && st.articleBefore(toks, np, all, k) && partyNoun(st.text[last.s:last.e]):
		return true // "a Liberal Democrat who was elected …": a party's member, no name
	}
	return !np.titled && np.roleS == np.roleE && st.theBefore(toks, np, all, k)
}

// articleBefore is theBefore for "a" and "an": the article before the
// run, or opening it ("A Rio Verde fifth-grader").
func (st *state) articleBefore(toks []tok, np *nameParse, all []tok, k int) bool {
	if np.name[0].s == toks[0].s {
		return k >= 1 && k < len(all) && all[k].s == toks[0].s && all[k-1].k == tWord && isIndefinite(st.text[all[k-1].s:all[k-1].e])
	}
	return len(toks) > 1 && toks[0].k == tWord && isIndefinite(st.text[toks[0].s:toks[0].e]) && np.name[0].s == toks[1].s
}

// nounAfter reports whether the token after byte e in all is a word in
// lower case that no verb's form is: the noun a name before it modifies.
func (st *state) nounAfter(all []tok, e int) bool {
	i := st.firstEndingAfter(e)
	if i >= len(all) || all[i].k != tWord || capitalised(all[i]) {
		return false
	}
	t := all[i]
	w := st.text[t.s:t.e]
	return !st.isVerb(&t) && !isPreposition(w) && !isClauseBoundary(w) && !isAux(w)
}

// movingTo reports whether m and t, the two tokens before a name, are a
// word of going somewhere and "to": "moving to New Zealand", "a trip to
// Port Ellis". Only after such a word is "to" a preposition of place
// ("spoke to Rita Vell" names a person).
func (st *state) movingTo(m, t tok) bool {
	if m.k != tWord || t.k != tWord || st.text[t.s:t.e] != "to" {
		return false
	}
	switch st.text[m.s:m.e] {
	case "move", "moves", "moved", "moving", "fly", "flies", "flew", "flown", "flying", "travel", "travels", "traveled", "travelled", "traveling", "travelling",
		"trip", "trips", "visit", "visits", "return", "returns", "returned", "returning", "back", "relocate", "relocated", "relocating",
		"emigrate", "emigrated", "fled", "flee", "fleeing", "went", "go", "goes", "going", "gone", "headed", "heading", "sailed", "drove", "driving", "journey", "exported", "shipped", "deported":
		return true
	}
	return false
}

// ofOrgBefore reports whether the run that starts at all[k] follows "of"
// (and "the") after an organisation's word: "Organisation of Crude
// Exporting Nations", "Bank of the Isles".
func (st *state) ofOrgBefore(all []tok, k int) bool {
	o := k - 1
	if o >= 1 && all[o].k == tWord && st.text[all[o].s:all[o].e] == "the" {
		o--
	}
	if o < 1 || all[o].k != tWord || st.text[all[o].s:all[o].e] != "of" {
		return false
	}
	return all[o-1].k == tWord && capitalised(all[o-1]) && st.orgWord(&all[o-1])
}

// placeBefore reports whether p and d, the two tokens before a name, are
// a preposition of place and "the": "at the", "inside the".
func (st *state) placeBefore(p, d tok) bool {
	if p.k != tWord || d.k != tWord || st.text[d.s:d.e] != "the" {
		return false
	}
	switch st.text[p.s:p.e] {
	case "at", "At", "in", "In", "inside", "outside", "near", "into", "across", "from":
		return true
	}
	return false
}

// theBefore reports whether "the" stands right before the name np read
// from toks, the run that starts at all[k]: a name after "the" is no
// person's ("the Lantern Hours", "The Old Foundry reopened").
func (st *state) theBefore(toks []tok, np *nameParse, all []tok, k int) bool {
	if np.name[0].s == toks[0].s {
		return k >= 1 && k < len(all) && all[k].s == toks[0].s && all[k-1].k == tWord && st.text[all[k-1].s:all[k-1].e] == "the"
	}
	return len(toks) > 0 && toks[0].k == tWord && st.text[toks[0].s:toks[0].e] == "The" && np.name[0].s == toks[1].s
}

// placeAfter reports whether p, the token before the name, is a
// preposition of place ("in", "near", "at") and the name's words hold no
// given name: "in Little Abbotsley", not "faith in Joe Biden".
func (st *state) placeAfter(p tok, name []tok) bool {
	if p.k != tWord {
		return false
	}
	switch st.text[p.s:p.e] {
	case "in", "near", "at", "outside", "inside":
	default:
		return false
	}
	return !st.givenIn(name)
}

// givenIn reports whether a given name is among the words of name.
func (st *state) givenIn(name []tok) bool {
	for _, t := range name {
		if _, given := st.lx.firstName(st.text[t.s:t.e]); given {
			return true
		}
	}
	return false
}

// placeEnds reports whether what follows a name that ends at byte e is
// what may follow a place: anything but a comma before an appositive
// ("in Corey Lewandowski, his former campaign manager").
func (st *state) placeEnds(e int) bool {
	rest, ok := strings.CutPrefix(st.text[e:], ", ")
	if !ok {
		return true
	}
	w, _, _ := strings.Cut(rest, " ")
	return !isDeterminer(w) && w != "who" && w != "whose"
}

// fromPlace reports whether r and f, the two tokens before a name, are a
// role noun and "from": "a retired nurse from Ember Ridge" comes from a
// place.
func (st *state) fromPlace(r, f tok) bool {
	if r.k != tWord || f.k != tWord || st.text[f.s:f.e] != "from" {
		return false
	}
	ti, ok := st.lx.title(st.text[r.s:r.e])
	return ok && ti.kind == kindRole
}

// portfolioOf reports whether r and f, the two tokens before a name,
// are a title or a role and "for" or "of" ("Minister for", "MP for").
func (st *state) portfolioOf(r, f tok) bool {
	if r.k != tWord || f.k != tWord {
		return false
	}
	if w := st.text[f.s:f.e]; w != "for" && w != "of" {
		return false
	}
	ti, ok := st.lx.title(st.text[r.s:r.e])
	return ok && (ti.kind == kindTitle || ti.kind == kindRole)
}

// occupationFrom reports whether r and f, the two tokens before the
// name that opens with n and ends at byte e, are a noun of someone's
// trade and "from", and n no given name: "a self-employed plasterer
// from Thornbury Heath", "a former school cook from Brackley Moor" come
// from places, where "a letter from Ana Ode" comes from a person.
func (st *state) occupationFrom(r, f, n tok, e int) bool {
	if r.k != tWord || f.k != tWord || st.text[f.s:f.e] != "from" || capitalised(r) || st.givenName(n) {
		return false
	}
	// the place ends the phrase ("…, who", "with three children"); a
	// verb after the name makes it the subject ("a header from Nico
	// Ferrow earned a draw")
	if rest := st.text[e:]; !strings.HasPrefix(rest, ",") && !strings.HasPrefix(rest, ".") && !strings.HasPrefix(rest, " with ") && !strings.HasPrefix(rest, " who ") {
		return false
	}
	w := st.text[r.s:r.e]
	switch w {
	case "cook", "chef", "nurse", "pensioner", "grandmother", "grandfather", "mother", "father", "widow", "student", "apprentice", "mechanic":
		return true
	}
	for _, suf := range [...]string{"er", "or", "ist", "ian", "ant"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			switch w {
			case "letter", "order", "number", "member", "officer", "minister", "ambassador", "governor", "senator":
				return false // a document or an office, which a person may hold
			}
			return true
		}
	}
	return false
}

// maxRoleLookahead is how many tokens after a run of capitalised words
// nameRun hands back, enough for titleBeforeName to find a role of up to
// three words and the name after it.
const maxRoleLookahead = 8

// nameRun returns the tokens of [i, b) as tokensIn would, and the length
// of the run of capitalised words and name particles they start with.
// When a token of st.all (all[k] is the first that ends after i, all[kb]
// the first that ends after b) starts at i and the run ends before b or at
// a token that does not cross b, the run is served from st.all.
func (st *state) nameRun(k, i, b, kb int) ([]tok, int) {
	all := st.all
	if k < len(all) && all[k].s == i {
		x := k
		linked := false // the run holds a body's "of" or "for"
		for x < kb && (all[x].k == tWord && (capitalised(all[x]) || st.particle(all[x]) || st.orgLink(all[:kb], x) || linked && st.orgAnd(all[:kb], x)) || st.nameJoint(all[:kb], x)) {
			linked = linked || all[x].k == tWord && !capitalised(all[x]) && st.orgLink(all[:kb], x)
			x++
			// most words have no full stop: the flag says so without a call
			if all[x-1].f&fDot != 0 && st.endsSentence(all[x-1]) {
				break // "… author John M. Ford. Helen placed …"
			}
		}
		if x < kb || x == len(all) || all[x].s >= b {
			// a few tokens past the run, for a role and name after it
			// ("Varn Robotics chief executive Lia Dorn"; titleBeforeName)
			return all[k:min(kb, x+maxRoleLookahead)], x - k
		}
	}
	toks := st.tokensIn(i, b)
	n := 0
	for n < len(toks) && (toks[n].k == tWord && (capitalised(toks[n]) || st.particle(toks[n])) || st.nameJoint(toks, n)) {
		n++
		if st.endsSentence(toks[n-1]) {
			break
		}
	}
	return toks, n
}

// orgLink reports whether all[x] is "of", "for" or "on" inside a body's
// name: after a body's word and before a capital ("Center for Equitable
// Transition", "Department of Energy").
func (st *state) orgLink(all []tok, x int) bool {
	if x < 1 || x+1 >= len(all) || all[x-1].k != tWord || all[x+1].k != tWord || !capitalised(all[x+1]) || !capitalised(all[x-1]) {
		return false
	}
	switch st.text[all[x].s:all[x].e] {
	case "of", "for", "on":
		// not "the Finance Ministry on Monday"
		return st.orgWord(&all[x-1]) && !timeName(st.text[all[x+1].s:all[x+1].e]) && !relativeDay(st.text[all[x+1].s:all[x+1].e])
	}
	return false
}

// orgAnd reports whether all[x] is the "and" between the last two parts
// of a body's name after its "of" or "for" ("Ministry of Agriculture and
// Fisheries", "Department for Borders and Residence"): capitalised words
// on both sides, none a given name after it, and the name ends with them.
func (st *state) orgAnd(all []tok, x int) bool {
	if x < 1 || x+1 >= len(all) || all[x].k != tWord || st.text[all[x].s:all[x].e] != "and" || all[x-1].k != tWord || !capitalised(all[x-1]) {
		return false
	}
	e := x + 1
	for e < len(all) && e-x <= 3 && all[e].k == tWord && capitalised(all[e]) {
		e++
	}
	if e == x+1 || e-x > 3 || st.givenName(all[x+1]) || st.known(st.text[all[e-1].s:all[e-1].e]) {
		return false
	}
	if e+1 < len(all) && all[e].k == tComma && all[e+1].k == tWord && (isDeterminer(st.word(all[e+1])) || isIndefinite(st.word(all[e+1]))) {
		return false // "… Homeland Security and Alex Azar, the health secretary,": a person set off
	}
	return e == len(all) || all[e].k != tWord || !capitalised(all[e])
}

// lowerRoleBefore returns where a role of one or two words in lower case
// ("coach", "center back") starts when it stands just before all[k] and
// after position a, with no word before it that could carry it into a
// phrase of its own (a determiner, a possessive or a modifier: "the
// coach", "Ode's coach", "former coach" are read with their names
// already); else k.
func (st *state) lowerRoleBefore(k, a int) int {
	all := st.all
	for m := 1; m <= 2; m++ {
		r := k - m
		if r < 1 || all[r].s < a || all[r].k != tWord || capitalised(all[r]) {
			return k
		}
		role := false
		if m == 1 {
			role = st.roleWord(all[r])
		} else if !noTitle(all[r]) {
			ti, ok := st.lx.title(st.text[all[r].s:all[k-1].e]) // "center back"
			role = ok && (ti.kind == kindRole || ti.kind == kindTitle)
		}
		if role {
			if r >= 3 && st.word(all[r-1]) == "and" && all[r-2].k == tWord && !capitalised(all[r-2]) && st.roleWord(all[r-2]) && all[r-2].s >= a {
				r -= 2 // "captain and center back Niall Corrigan"
			}
			if p := all[r-1]; p.k == tWord && (isDeterminer(st.word(p)) || possessiveWord(st.word(p)) || !capitalised(p) && st.roleWord(p)) {
				return k
			}
			return r
		}
	}
	return k
}

// nameJoint reports whether toks[i], no word, joins two capitalised
// words of one name: an ampersand ("Power & Light") or a plural
// possessive's apostrophe ("Allied Health Workers’ Union").
func (st *state) nameJoint(toks []tok, i int) bool {
	switch toks[i].k {
	case tOpen:
		return st.bracketHonorific(toks, i) // "Justice (Mrs.) Abena Darkwa-Larbi"
	case tClose:
		return i >= 2 && st.bracketHonorific(toks, i-2)
	case tOther:
		return st.ampersand(toks, i)
	case tQuote:
		// the word after it makes the name a body's: not "Fox News’
		// Sean Hannity"
		if i == 0 || i+1 >= len(toks) || !capitalised(toks[i-1]) || !st.possessiveMark(toks, i) {
			return false
		}
		// the body's word may come a word or two later: "Taxpayers’
		// Justice Alliance"
		for k := i + 1; k < len(toks) && k <= i+3 && toks[k].k == tWord && capitalised(toks[k]); k++ {
			if st.orgWord(&toks[k]) {
				return true
			}
		}
		return false
	}
	return false
}

// ampersand reports whether toks[i] is an "&" between two capitalised
// words, inside a name: "Western Ridge Power & Light", "Kessler & Roan".
func (st *state) ampersand(toks []tok, i int) bool {
	t := toks[i]
	return t.k == tOther && t.e-t.s == 1 && st.text[t.s] == '&' && i > 0 && i+1 < len(toks) &&
		toks[i-1].k == tWord && capitalised(toks[i-1]) && toks[i+1].k == tWord && capitalised(toks[i+1])
}

// endsSentence reports whether the word t ends in a full stop that ends a
// sentence: a word of three letters or more that is no listed
// abbreviation ("Ford.", not "Jr." or "M.").
func (st *state) endsSentence(t tok) bool {
	if t.f&fDot == 0 || t.e-t.s < 4 {
		return false
	}
	w := st.text[t.s:t.e]
	return strings.IndexByte(w[:len(w)-1], '.') < 0 && !st.lx.isAbbr(w)
}

// surnamePrefix reports the capitalised words that open a surname of two
// words in Arabic names ("Abu Hamdan", "Bin Salman") but open given names
// too ("Abu Bakr").
func surnamePrefix(w string) bool {
	switch w {
	case "Abu", "Abou", "Bin", "Ben", "Ibn", "Umm", "Bint":
		return true
	}
	return false
}

// particle reports whether the word t is a name particle ("van", "de"):
// no particle is longer than three bytes, so most words are told by
// their length alone.
func (st *state) particle(t tok) bool {
	return t.e-t.s <= 3 && isParticle(st.text[t.s:t.e])
}

// isIndefinite reports the indefinite article.
func isIndefinite(w string) bool { return w == "a" || w == "an" || w == "A" || w == "An" }

// participle reports a capitalised word in -ing that opens a sentence
// rather than a name ("Hosting Cook at Dreamforce"). A given name in -ing
// is one the first-name list knows; the names of places and firms in -ing
// that news writes most are listed here ("Downing Street", "Beijing
// Review"), and a vowel before -ing makes no participle ("Boeing").
func (st *state) participle(w string) bool {
	if len(w) < 6 || !strings.HasSuffix(w, "ing") || strings.IndexByte("aeiouy", w[len(w)-4]) >= 0 {
		return false
	}
	switch w {
	case "Downing", "Beijing", "Nanjing", "Kunming", "Peking", "Viking", "Vikings", "Sterling", "Channing", "Reading",
		"Kipling", "Fleming", "Browning", "Manning", "Rolling", "Ealing", "Woking", "Epping", "Kettering", "Harding",
		"Golding", "Spalding", "Redding", "Pershing", "Lansing", "Flushing", "Wyoming", "Worthing", "Dorking", "Notting":
		return false
	}
	_, known := st.lx.firstName(w)
	return !known
}

// known reports whether a person who is not an organisation has the
// surname. Most words asked about name no one, and only the people on
// the surname's chain in st.found are read.
func (st *state) known(surname string) bool {
	return st.knownKey(surname, wordKey(surname))
}

// knownKey is known for a surname whose wordKey is k.
func (st *state) knownKey(surname string, k uint32) bool {
	for i := st.found.bySurname[k%indexSlots]; i != 0; i = st.people[i-1].nextSurname {
		if st.people[i-1].surname == surname {
			return true
		}
	}
	return false
}

// resolvePronoun returns the person a pronoun at pos most likely refers to:
// the most recently named person before it whose gender fits, preferring
// one named first in their sentence (its subject, in news prose) over a
// company or person named later in that sentence or in a sentence close
// behind it ("Ana Ode, who runs Varn Robotics, spoke. … she said").
func (st *state) resolvePronoun(pos int, g gender) int {
	best := st.namedForPronoun(pos, g)
	if g != genderMale && g != genderFemale {
		return best
	}
	if w := st.roleSubjectBefore(pos, g, best); w >= 0 {
		return w
	}
	if si := st.sentenceAt(pos); si > 0 && st.doc.Sentences[si].Start == pos && st.doc.Sentences[si-1].Paragraph == st.doc.Sentences[si].Paragraph {
		// "The judge was unpersuaded. He noted that …": the role that
		// opens the sentence before, when that sentence names no one
		prev := st.doc.Sentences[si-1]
		if i := st.mentionsBefore(prev.End); i == 0 || st.ments[i-1].pos < prev.Start {
			if w := st.roleSubjectIn(si-1, pos, g, best); w >= 0 {
				return w
			}
		}
	}
	return best
}

// roleSubjectBefore returns the person that a role opening the sentence
// before stands for ("The minister, for her part, dismissed it. ‘…,’ she
// said."), when the pronoun at pos closes a quote that opens its own
// sentence, the two sentences share a paragraph, and best, the person
// named last, was named before that sentence; else -1.
func (st *state) roleSubjectBefore(pos int, g gender, best int) int {
	si := st.quoteAfterSentence(pos, true)
	if si < 0 {
		return -1
	}
	// the sentence before, or one a few before it in its paragraph when
	// those between name no one: "The Premier later announced a relief
	// package. The money will be … Councils will … “…,” she said."
	para := st.doc.Sentences[si-1].Paragraph
	for k := si - 1; k >= 0 && k >= si-4 && st.doc.Sentences[k].Paragraph == para; k-- {
		if w := st.roleSubjectIn(k, pos, g, best); w >= 0 {
			return w
		}
		sn := st.doc.Sentences[k]
		if i := st.mentionsBefore(sn.End); i > 0 && st.ments[i-1].pos >= sn.Start {
			return -1 // someone named in between
		}
	}
	return -1
}

// roleSubjectIn is roleSubjectBefore for the role that opens sentence k.
func (st *state) roleSubjectIn(k, pos int, g gender, best int) int {
	prev := st.doc.Sentences[k]
	toks := st.sentenceToks(k)
	if len(toks) < 3 {
		return -1
	}
	if b, _ := st.openingSubject(toks); b > 0 && b+3 <= len(toks) && (st.askedFirst(toks) || isOpener(st.word(toks[0])) || isPrepositionAnyCase(st.word(toks[0])) || st.participle(st.word(toks[0]))) {
		// "Asked whether she would tour again, the singer laughed.",
		// "Speaking to reporters after the vote, the justice minister was
		// defiant.": the subject after the opening phrase
		toks = toks[b:]
	}
	if w := st.word(toks[0]); len(toks) > 3 && (subordinating(w) || w == "as" || w == "As") {
		// "Later, as the crowd began to thin, the Oscar winner
		// returned": the subject after the clause
		for c := 1; c+3 < len(toks) && c < 16; c++ {
			if toks[c].k == tComma {
				toks = toks[c+1:]
				break
			}
		}
	}
	det := st.word(toks[0])
	if det == "the" {
		det = "The" // after an opening phrase
	}
	e := 1
	title := det == "The" && len(toks) > 2 && capitalised(toks[1]) && st.roleWord(toks[1]) && toks[2].k == tWord && !capitalised(toks[2]) // "The Premier later announced …"
	if det == "The" && capitalised(toks[1]) && !title {
		// "The Oscar winner, wearing …, said": a name's words before the role
		for e < len(toks)-1 && e <= 3 && toks[e].k == tWord && capitalised(toks[e]) {
			e++
		}
	}
	if !st.roleWord(toks[e]) || capitalised(toks[e]) && !title {
		return -1
	}
	switch det {
	case "His", "Her", "his", "her":
		// "Asked what it would take, her husband didn't hesitate. ‘…,’
		// he said.": the kin of the one the possessive stands for
		if e != 1 || !kinNoun(st.word(toks[1])) || len(toks) < 3 || toks[2].k != tWord || capitalised(toks[2]) {
			return -1 // not "His daughter, Ellen Kessling-Marsh, said" nor "his daughter Imogen Quayle will", whose name is given
		}
		// the one given that role before ("His daughter, Clara Salomir,
		// said"), else the kin who shares the owner's surname
		name, _ := st.resolveMention(Span{toks[0].s, toks[1].e})
		for w := range st.people {
			if p := &st.people[w]; p.name == name && !p.org && (p.g == g || p.g == genderUnknown) {
				return w
			}
		}
		og := genderMale
		if det == "Her" || det == "her" {
			og = genderFemale
		}
		if owner := st.resolvePronoun(toks[0].s, og); owner >= 0 {
			return st.kinOf(owner, g, toks[0].s)
		}
		return -1
	case "The":
		if e+1 < len(toks) && toks[e+1].k == tWord && !capitalised(toks[e+1]) && st.roleWord(toks[e+1]) {
			e++ // "The harbour master"
		}
	case "A", "An":
		// "A spokesman for the Coastal Fisheries Authority confirmed …":
		// the body it speaks for
		if e != 1 || len(toks) < 5 || !spokesperson(st.word(toks[1])) || st.word(toks[2]) != "for" {
			return -1
		}
		e = 3
		for e+1 < len(toks) && (toks[e+1].k == tWord && (capitalised(toks[e+1]) || st.word(toks[e+1]) == "of" ||
			(st.word(toks[e+1]) == "for" || st.word(toks[e+1]) == "on") && e+2 < len(toks) && capitalised(toks[e+2])) || st.nameJoint(toks, e+1)) {
			e++ // "the Department of Energy", "the Department for Environment", "the Taxpayers’ Justice Alliance"
		}
		if e == 3 && st.word(toks[3]) == "the" {
			return -1
		}
	default:
		return -1
	}
	aside := Span{-1, -1} // a phrase set off after the role: "The Oscar winner, wearing a gown by designer Tobiah Reyes, said"
	if e+3 < len(toks) && toks[e+1].k == tComma && toks[e+2].k == tWord && toks[e+3].k == tWord && st.cueAt(toks, e+3) {
		if _, pron := isPronoun(st.word(toks[e+2])); pron {
			return -1 // "The president, he said, was willing …": the role is reported on, by someone else
		}
	}
	if e+1 < len(toks) && toks[e+1].k == tComma {
		for c := e + 2; c < len(toks); c++ {
			if toks[c].k == tComma {
				aside = Span{toks[e+1].e, toks[c].s}
				break
			}
		}
	}
	if best >= 0 {
		for _, m := range st.ments {
			if m.who == best && m.pos >= prev.Start && m.pos < pos && (m.pos < aside.Start || m.pos >= aside.End) {
				return -1 // named since the role's sentence began, not inside what is set off after it
			}
		}
	}
	name, _ := st.resolveMention(Span{toks[0].s, toks[e].e})
	if name == "" {
		return -1
	}
	for w := range st.people {
		if p := &st.people[w]; p.name == name && (g == genderUnknown || p.g == g || p.g == genderUnknown) && (!p.org || e > 2) {
			return w
		}
	}
	return -1
}

// kinNoun reports the nouns for a relative: a spouse, a parent, a child,
// a sibling and the family around them.
func kinNoun(w string) bool {
	switch w {
	case "wife", "husband", "son", "daughter", "brother", "sister", "mother", "father", "nephew", "niece", "aunt", "uncle",
		"cousin", "grandson", "granddaughter", "grandmother", "grandfather", "widow", "widower", "stepson", "stepdaughter", "sons", "daughters":
		return true
	}
	return false
}

// kinGender is the gender a kin noun tells: "daughter" a woman's, "son" a
// man's, "cousin" neither.
func kinGender(w string) gender {
	switch w {
	case "wife", "daughter", "sister", "mother", "niece", "aunt", "granddaughter", "grandmother", "widow", "stepdaughter":
		return genderFemale
	case "husband", "son", "brother", "father", "nephew", "uncle", "grandson", "grandfather", "widower", "stepson":
		return genderMale
	}
	return genderUnknown
}

// kinOf returns the person named before pos, not owner, of gender g (or
// of none known), who shares owner's surname: the husband, wife, son or
// sister "her husband" stands for when the family is named ("Margaret
// Hennessy, 64, Bill's wife"). Else -1.
func (st *state) kinOf(owner int, g gender, pos int) int {
	o := &st.people[owner]
	sur := o.name[strings.LastIndexByte(o.name, ' ')+1:]
	if sur == o.name {
		return -1
	}
	for i := st.mentionsBefore(pos) - 1; i >= 0; i-- {
		w := st.ments[i].who
		p := &st.people[w]
		if w == owner || p.org || p.g != g && p.g != genderUnknown || !strings.HasSuffix(p.name, " "+sur) {
			continue
		}
		return w
	}
	return -1
}

// quoteAfterSentence returns the sentence of the pronoun at pos when the
// pronoun closes a quote that opens that sentence ("‘…,’ she said") and
// a sentence stands before it in its paragraph, or, with crossPara, ends
// the paragraph before one that opens with the quote (of one sentence or
// several); else -1.
func (st *state) quoteAfterSentence(pos int, crossPara bool) int {
	si := st.sentenceAt(pos)
	j := pos
	for j > 0 && st.text[j-1] == ' ' {
		j--
	}
	if si < 1 || j == 0 {
		return -1
	}
	if r, _ := utf8.DecodeLastRuneInString(st.text[:j]); !isQuoteRune(r) {
		return -1 // the pronoun right after the quote's close
	}
	sn, prev := st.doc.Sentences[si], st.doc.Sentences[si-1]
	if prev.Paragraph != sn.Paragraph && (!crossPara || prev.Paragraph != sn.Paragraph-1 || sn.Start != st.doc.Paragraphs[sn.Paragraph].Start) {
		return -1
	}
	if r, _ := utf8.DecodeRuneInString(st.text[sn.Start:]); !isQuoteRune(r) {
		// a quote of several sentences: “A. B,” she said — the sentence
		// its opening mark starts, in the same paragraph
		o := st.quoteOpenedBefore(j)
		if o < 0 || o >= sn.Start {
			return -1
		}
		k := st.sentenceAt(o)
		if k < 1 || st.doc.Sentences[k].Start != o || st.doc.Sentences[k].Paragraph != sn.Paragraph {
			return -1
		}
		if before := st.doc.Sentences[k-1].Paragraph; before != sn.Paragraph && (!crossPara || before != sn.Paragraph-1 || o != st.doc.Paragraphs[sn.Paragraph].Start) {
			return -1
		}
		return k
	}
	return si
}

// quoteOpenedBefore returns where the opening mark is of the quote, or
// of the piece of an interrupted one, whose closing mark ends at j, or -1.
// The quotes are in text order: the few that open last before j are read.
func (st *state) quoteOpenedBefore(j int) int {
	raw := st.raw
	if st.direct > 0 {
		raw = raw[:st.direct]
	}
	k, _ := slices.BinarySearchFunc(raw, j+1, func(q rawQuote, at int) int {
		return cmp.Compare(q.pieces[0].os, at)
	})
	for i := k - 1; i >= 0 && i >= k-4; i-- {
		for _, p := range raw[i].pieces {
			if p.ce == j {
				return p.os
			}
		}
	}
	return -1
}

// openingMarks is the set of marks that may open a quote.
var openingMarks = newRuneSet("“‘\"«„")

// namedInQuoteBefore reports whether a word of person w's name, of three
// letters or more, stands in the quote whose closing mark the pronoun at
// pos follows: “Ollie's had a scan,” he said.
func (st *state) namedInQuoteBefore(w, pos int) bool {
	j := pos
	for j > 0 && st.text[j-1] == ' ' {
		j--
	}
	o := st.quoteOpenedBefore(j)
	if o < 0 {
		return false
	}
	quote := st.text[o:j]
	_, n := utf8.DecodeRuneInString(quote)
	_, m := utf8.DecodeLastRuneInString(quote)
	if len(quote) < n+m || openingMarks.in(quote[n:len(quote)-m]) {
		// a quote inside: “He said to me, ‘Mrs Ellory, …’”, the speaker
		// telling what was said to her
		return false
	}
	for part := range strings.FieldsSeq(st.people[w].name) {
		if len(part) >= 3 && wordIn(quote, part) {
			return true
		}
	}
	return false
}

// wordIn reports whether w stands in s as a word of its own: no letter
// or digit touches it on either side ("Ollie's" holds "Ollie").
func wordIn(s, w string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], w)
		if k < 0 {
			return false
		}
		a, b := i+k, i+k+len(w)
		before, _ := utf8.DecodeLastRuneInString(s[:a])
		after, _ := utf8.DecodeRuneInString(s[b:])
		if (a == 0 || !unicode.IsLetter(before) && !unicode.IsDigit(before)) && (b == len(s) || !unicode.IsLetter(after) && !unicode.IsDigit(after)) {
			return true
		}
		i = a + 1
	}
}

// unnamedRoleBefore returns the role, as a speaker, that the sentence
// before opens with when no one holds it ("The mayor was blunt. “…,”
// she said."), under the conditions of roleSubjectBefore; else "".
func (st *state) unnamedRoleBefore(pos int, crossPara bool) string {
	si := st.quoteAfterSentence(pos, crossPara)
	if si < 0 {
		return ""
	}
	toks := st.sentenceToks(si - 1)
	toks = toks[st.indefiniteAfterOpening(toks):]
	if len(toks) < 4 {
		return ""
	}
	if len(toks) > 7 && (st.word(toks[0]) == "One" || st.word(toks[0]) == "one") && st.word(toks[1]) == "of" && (st.word(toks[2]) == "them" || st.word(toks[2]) == "those") && toks[3].k == tComma {
		switch st.word(toks[4]) {
		case "a", "an":
			toks = toks[4:] // "One of them, a ward sister who …, said": the role set off
		}
	}
	from := 0 // where the mention resolved starts
	switch st.word(toks[0]) {
	case "The", "A", "An", "a", "an":
	case "One", "one", "Another", "another":
		from = 1 // "One detainee, …, said", "Another participant said": the detainee, the participant
	default:
		return ""
	}
	e := 1
	if st.word(toks[0]) == "The" && st.word(toks[1]) == "other" {
		e = 2 // "The other juror, a man in his 30s …, said"
	} else if st.word(toks[0]) != "The" {
		// up to two words before the role: "A former colleague at the
		// bank, who asked not to be named, is more generous.", "One
		// released Kestrian soldier said"
		for k := 1; k <= 2 && k+1 < len(toks) && toks[k].k == tWord && !st.roleWord(toks[k]) && (!capitalised(toks[k]) || demonym(st.word(toks[k]))); k++ {
			if toks[k+1].k == tWord && st.roleWord(toks[k+1]) && !capitalised(toks[k+1]) {
				e = k + 1
				break
			}
		}
	}
	if !st.roleWord(toks[e]) || capitalised(toks[e]) {
		return ""
	}
	if toks[e+1].k == tWord && !capitalised(toks[e+1]) && st.roleWord(toks[e+1]) {
		e++
	}
	name, _ := st.resolveMention(Span{toks[from].s, toks[e].e})
	if name == "" || (name[0] < 'a' || name[0] > 'z') && (name[0] < '0' || name[0] > '9') { // "17-year-old survivor", not a name
		return ""
	}
	return name
}

// sentenceQuoted reports whether sentence k opens inside the words of a
// quote in marks: its first letter is a quote's.
func (st *state) sentenceQuoted(k int) bool {
	sn := st.doc.Sentences[k]
	i := sn.Start
	for i < sn.End {
		r, n := utf8.DecodeRuneInString(st.text[i:])
		if !isQuoteRune(r) && r != ' ' {
			break
		}
		i += n
	}
	return i < sn.End && st.quoted(i)
}

// indefiniteRoleBefore is unnamedRoleBefore for a sentence that opens with
// "A" or "An" and names no person, whose role fits the gender g: someone
// the article brings in unnamed, whom the pronoun after it stands for.
func (st *state) indefiniteRoleBefore(pos int, g gender) string {
	// the sentence may end the paragraph before one the quote opens:
	// "At the counter, a woman … went back to her eggs.¶“…,” she said."
	si := st.quoteAfterSentence(pos, true)
	if si < 1 {
		return ""
	}
	sn := st.doc.Sentences[si-1]
	if st.sentenceQuoted(si - 1) {
		// "“… One nervous sergeant could turn a rehearsal into the real
		// thing.¶“…,” she said": the quote's own words, which the
		// paragraph before opened, bring no one in
		return ""
	}
	// most sentences open with neither: told from their first word
	first := st.text[sn.Start:sn.End]
	if i := strings.IndexByte(first, ' '); i > 0 {
		first = first[:i]
	}
	if first != "A" && first != "An" && first != "One" && first != "Another" && first != "Asked" && first != "The" && !openingPreposition(first) {
		return ""
	}
	toks := st.sentenceToks(si - 1)
	k := st.indefiniteAfterOpening(toks)
	if k < len(toks) {
		switch st.word(toks[k]) {
		case "The":
			// "The other juror, a man in his 30s who declined to give
			// his name, said …": the second of two, as "Another" is
			if k+1 >= len(toks) || st.word(toks[k+1]) != "other" {
				return ""
			}
		case "A", "An", "One", "Another", "a", "an", "one", "another":
			// "A former colleague …", "One detainee, who …,", "In a
			// statement read to the court, a 17-year-old survivor …"
		default:
			return ""
		}
	}
	for _, m := range st.ments[st.mentionsBefore(sn.Start):st.mentionsBefore(sn.End)] {
		if p := &st.people[m.who]; !p.org && !acronym(p.name) {
			return "" // "A day after Ana Ode …": a person named in it (not "the state broadcaster KTV")
		}
	}
	d := st.unnamedRoleBefore(pos, true)
	if d == "" || spokesperson(d[strings.LastIndexByte(d, ' ')+1:]) && st.roleSubjectBefore(pos, g, -1) >= 0 {
		return "" // a spokesman speaks for the body named (roleSubjectBefore), not "for the agency"
	}
	if !st.roleGenderFits(d, g) {
		return ""
	}
	return d
}

// roleGenderFits reports whether the role d, a description ("spokeswoman
// for the agency", "elderly man"), may be what a pronoun of gender g
// stands for: not "he" for "a spokeswoman". genderFits reads it.
func (st *state) roleGenderFits(d string, g gender) bool {
	switch g {
	case genderMale:
		return st.genderFits(d, "he")
	case genderFemale:
		return st.genderFits(d, "she")
	}
	return true
}

// openingPreposition reports a preposition that may open a sentence's
// opening phrase: those isPrepositionAnyCase knows and those of time and
// place that open one more often than they stand inside a noun phrase
// ("During public question time, an elderly man …").
func openingPreposition(w string) bool {
	switch w {
	case "During", "After", "Before", "Outside", "Behind", "Throughout", "Amid", "Despite", "Later", "Earlier", "Moments", "Minutes", "Hours":
		return true
	}
	return isPrepositionAnyCase(w)
}

// indefiniteAfterOpening returns the index in toks, a sentence's tokens,
// of the "a", "an" or "one" that opens its subject after an opening
// phrase of a preposition, or of "Asked", and its comma ("In a statement
// read to the court by the prosecutor, a 17-year-old survivor described
// …"), else 0.
func (st *state) indefiniteAfterOpening(toks []tok) int {
	if len(toks) < 6 || toks[0].k != tWord || !capitalised(toks[0]) {
		return 0
	}
	limit := 16
	if st.askedFirst(toks) {
		limit = 30 // "Asked whether the authority might revisit its decision, a spokeswoman for the agency was firm."
	} else if !openingPreposition(st.word(toks[0])) {
		return 0
	}
	for c := 1; c+1 < len(toks) && c < limit; c++ {
		if toks[c].k == tComma {
			switch st.word(toks[c+1]) {
			case "a", "an", "one":
				return c + 1
			}
			return 0
		}
		if toks[c].k != tWord {
			return 0
		}
	}
	return 0
}

// spokesperson reports the nouns of one who speaks for a body.
func spokesperson(w string) bool {
	switch w {
	case "spokesman", "spokeswoman", "spokesperson", "representative", "official":
		return true
	}
	return false
}

// namedForPronoun is resolvePronoun among the people named, without the
// roles that open a sentence.
func (st *state) namedForPronoun(pos int, g gender) int {
	if g == genderPlural {
		return -1
	}
	// the latest fitting mention before pos (the first listed, of those
	// at one place), then the latest one first in its sentence: the
	// fitting mentions are read from the latest back, so firstInSentence
	// is asked of a few places, not of every mention. n carries how many
	// of the mentions scanPeople found lie before upper from one step to
	// the next, and each place's sentence is looked up once.
	best, bestSent := -1, -1
	// "People like Scott, he said.": the pronoun of an attribution that
	// closes its sentence is no one its reported clause names
	closing := st.closingPronoun(pos)
	latest := -1 // where the latest fitting mention is
	place := -1  // one the latest mentions of name as a place ("outside Thornbury Central")
	for upper, n := pos, st.mentionsBefore(pos); ; {
		who, at, before := st.latestFitting(upper, n, g)
		if latest < 0 {
			latest = at
		}
		if who < 0 {
			return best
		}
		si := st.sentenceAt(at)
		if best < 0 && closing >= 0 && at >= closing {
			upper, n = at, before
			continue
		}
		if best < 0 && st.quotedTitle(st.people[who].name) {
			// "branded “Second Brain,”" … "while Second Brain is running":
			// a product the article quoted as a title, no one
			upper, n = at, before
			continue
		}
		if best < 0 && si == st.sentenceAt(pos) && at == latest && st.afterWhom(pos) {
			// "DJ Toma Varnell, whom she once described as “…”": whom is
			// the one described, she someone else
			upper, n = at, before
			continue
		}
		if best < 0 && si == st.sentenceAt(pos) && st.askedAbout(at) {
			// "When asked about Astley-Reyes, he replied:": the one asked
			// about is not the one who answers
			upper, n = at, before
			continue
		}
		if best < 0 && st.placeAt(who, at) {
			// "strolling around Central Park. He told …": a name of no
			// known gender or role after a preposition of place is a place
			upper, n = at, before
			continue
		}
		if best < 0 && st.namedInQuoteBefore(who, pos) {
			// "Goalkeeper Ollie Tranter remains doubtful. “Ollie's had a
			// scan,” he said.": the one the quote names is not its speaker
			upper, n = at, before
			continue
		}
		if best < 0 && st.spokenTo(at) {
			// "Speaking to BBC Scotland after the statement, she said":
			// the one spoken to is not the speaker
			upper, n = at, before
			continue
		}
		if best < 0 && st.toldObject(si, at, pos) {
			// "Ode told Harbour Radio’s Ana Lund that she believes …":
			// the one told is not who goes on to report
			upper, n = at, before
			continue
		}
		if best < 0 && si == st.sentenceAt(pos) && st.clauseSubjectBefore(at, pos) {
			// "Flynn said Trump was right when he said …": the pronoun
			// opens a clause that hangs on the one this name is the
			// subject of
			return who
		}
		if best < 0 && si >= 0 && si != st.sentenceAt(pos) {
			// "He raised that point in criticism of NASA’s Human Landing
			// System. ¶ “…,” he continued.": the sentence of the latest
			// name opens with the pronoun, its subject, whom this one
			// goes on with
			if sn := st.doc.Sentences[si]; sn.Start < at && st.openingPronoun(sn.Start, at, g) {
				if w := st.namedForPronoun(sn.Start, g); w >= 0 {
					return w
				}
			}
		}
		if best < 0 {
			best, bestSent = who, si
			if si != st.sentenceAt(pos) && st.askedWhom(at) {
				// "Greenfield asked Marcus whether he would do it again. ¶
				// “Every time,” he said.": the one asked answers
				return best
			}
			if st.otherGenderSubject(si, at, g) {
				// "Jessica Mendoza replaced Schilling … He was": the
				// subject is of the other gender, so he is the one named
				// after it
				return best
			}
		}
		if st.firstInSentence(si, at, before) {
			// the first one named in the sentence, its subject most often;
			// but not a place ("a rally outside Thornbury Central, its
			// general secretary, Callum Breck, said") nor the one a role
			// is for ("A lawyer for Mr. Dempsey, Harold Greene, said")
			if who != best && bestSent >= 0 && bestSent-si <= 2 && who != place && !st.placeAt(who, at) && !st.roleObjectAt(at) {
				return who
			}
			return best
		}
		if place < 0 && st.placeAt(who, at) {
			place = who
		}
		upper, n = at, before
	}
}

// roleObjectAt reports whether the name at byte at is the object of a
// role's "for" or "of": "A lawyer for Mr. Dempsey", "the mother of Ana
// Ode". The one named is not the role's holder, whom the sentence is
// about.
func (st *state) roleObjectAt(at int) bool {
	lo := max(0, at-64)
	b := strings.TrimRight(st.text[lo:at], " ")
	if i := strings.LastIndexByte(b, ' '); i >= 0 {
		if ti, ok := st.lx.title(b[i+1:]); ok && ti.kind == kindHonorific {
			at = lo + i + 1 // "for Mr. Dempsey"
		}
	}
	w, s, punct := prevWord(st.text, lo, at)
	if punct || w != "for" && w != "of" {
		return false
	}
	w, _, punct = prevWord(st.text, lo, s)
	ti, ok := st.lx.title(w)
	return !punct && ok && (ti.kind == kindRole || ti.kind == kindTitle) && w[0] >= 'a' && w[0] <= 'z'
}

// spokenTo reports whether the name at byte at follows "speaking to",
// "talking to" or "writing in": an outlet or an interviewer.
func (st *state) spokenTo(at int) bool {
	b := strings.TrimRight(st.text[max(0, at-16):at], " ")
	for _, p := range [...]string{"peaking to", "alking to", "riting in", "peaking with", "alking with"} {
		if strings.HasSuffix(b, p) {
			return true
		}
	}
	return false
}

// placeAt reports whether the mention of person who at byte at names a
// place: a name of no known gender or role after a preposition of place.
func (st *state) placeAt(who, at int) bool {
	p := &st.people[who]
	return p.g == genderUnknown && p.role == "" && st.placeWordBefore(at)
}

// openingPronoun reports whether the words from byte s, a sentence's
// start, open with the subject pronoun of gender g ("He", "She") before
// byte at.
func (st *state) openingPronoun(s, at int, g gender) bool {
	w := nextWord(st.text, s, at)
	return g == genderMale && w == "He" || g == genderFemale && w == "She"
}

// clauseSubjectBefore reports whether the words between the mention at
// byte at and the pronoun at pos are a verb's few words and then a
// subordinating conjunction just before the pronoun, with no reporting
// verb or comma among them: "Trump was “absolutely right”
// when he", "Lund was late because she".
func (st *state) clauseSubjectBefore(at, pos int) bool {
	if w, _, punct := prevWord(st.text, 0, at); !punct && placeOrComplement(w) {
		return false // "at a rally in South Carolina Friday night when he": a place
	}
	w, s, punct := prevWord(st.text, at, pos)
	if punct || !subordinating(w) {
		return false
	}
	toks := st.tokensIn(at, s)
	if len(toks) < 2 || len(toks) > 10 {
		return false
	}
	for k := 1; k < len(toks); k++ {
		if toks[k].k == tComma || toks[k].k == tWord && st.cueAt(toks, k) {
			return false
		}
	}
	return true
}

// placeWordBefore reports whether a preposition of place (placeOrComplement,
// but not "as") stands right before the name at byte at.
func (st *state) placeWordBefore(at int) bool {
	lo := max(0, at-48)
	w, ws, punct := prevWord(st.text, lo, at)
	if !punct && w == "from" {
		// "the former software tester from Brennan Hills": a place after
		// a noun, where "heard from Ana Ode" names whom a verb heard
		pw, _, p2 := prevWord(st.text, lo, ws)
		if _, verb := st.lx.verb(pw); p2 || pw == "" || pw[0] < 'a' || pw[0] > 'z' || verb || fromVerb(pw) {
			return false
		}
		return true
	}
	return !punct && w != "as" && placeOrComplement(w)
}

// placeOrComplement reports the words after which a name is a place or
// what something is called, never whom a sentence is about: "as", and
// the prepositions of place. Not "from", "with", "to" or "by", after
// which a name may be the one the sentence goes on about ("the jury heard
// from Samuel Ketteridge").
func placeOrComplement(w string) bool {
	switch w {
	case "as", "in", "at", "into", "near", "across", "inside", "within", "throughout", "around", "outside", "along":
		return true
	}
	return false
}

// quotedTitle reports whether name is the words of a quote the article
// dropped as a title or a name ("branded “Second Brain,”").
func (st *state) quotedTitle(name string) bool {
	for i := range st.raw {
		q := &st.raw[i]
		if !q.drop || q.weak || len(q.pieces) != 1 {
			continue
		}
		// the quote is name with any stops after it: compared at
		// name's length first, as most quotes are not
		p := q.pieces[0]
		if p.e-p.s < len(name) || st.text[p.s:p.s+len(name)] != name {
			continue
		}
		if w := strings.TrimRight(st.text[p.s:p.e], ",.;:!? "); w == name {
			return true
		}
	}
	return false
}

// afterWhom reports whether the pronoun at pos follows "whom": the
// subject of a relative clause whose object is the one named before.
func (st *state) afterWhom(pos int) bool {
	w, _, punct := prevWord(st.text, 0, pos)
	return !punct && w == "whom"
}

// askedWhom reports whether the mention at byte at is the object of
// asked: "Greenfield asked Marcus whether …".
func (st *state) askedWhom(at int) bool {
	w, _, punct := prevWord(st.text, 0, at)
	return !punct && (w == "asked" || w == "asks")
}

// askedAbout reports whether the mention at byte at follows "asked about"
// or "questioned about": someone asked about, not the one asked.
func (st *state) askedAbout(at int) bool {
	w, s, punct := prevWord(st.text, 0, at)
	if punct || w != "about" {
		return false
	}
	w, _, punct = prevWord(st.text, 0, s)
	return !punct && (w == "asked" || w == "Asked" || w == "questioned" || w == "Questioned")
}

// otherGenderSubject reports whether sentence si opens, before byte at,
// with a person of the gender other than g: the subject, which the
// pronoun cannot stand for.
func (st *state) otherGenderSubject(si, at int, g gender) bool {
	if si < 0 || g != genderMale && g != genderFemale {
		return false
	}
	start := st.subjectStart(si)
	for _, m := range st.ments[st.mentionsBefore(start):st.found.scanned] {
		if m.pos >= at {
			return false
		}
		if p := &st.people[m.who]; !p.org && m.pos >= start {
			if len(st.tokensIn(start, m.pos)) > 0 {
				return false // not the sentence's first words
			}
			// a gender told by a full name's given name ("Jessica
			// Mendoza"), not a surname alone that is a given name too
			given, _, full := strings.Cut(p.name, " ")
			if !full {
				return false
			}
			pg, _ := st.lx.firstName(given)
			return pg != genderUnknown && pg != g
		}
	}
	return false
}

// closingPronoun returns where the sentence starts when the pronoun at
// pos opens an attribution that closes it after a comma ("…, he said."),
// or one set off by commas inside it ("Keller, he says, has been …"), else
// -1.
func (st *state) closingPronoun(pos int) int {
	// most pronouns follow no comma: the byte before the spaces says so
	// before the sentence is looked up
	j := pos
	for j > 0 && st.text[j-1] == ' ' {
		j--
	}
	if j == 0 || st.text[j-1] != ',' {
		return -1
	}
	si := st.sentenceAt(pos)
	if si < 0 {
		return -1
	}
	sn := st.doc.Sentences[si]
	before := strings.TrimRight(st.text[sn.Start:pos], " ")
	if !strings.HasSuffix(before, ",") || strings.ContainsAny(before, "\"“”") {
		return -1 // a quote's attribution resolves as it always has
	}
	after := strings.TrimSpace(st.text[pos:sn.End])
	_, rest, ok := strings.Cut(after, " ")
	if !ok {
		return -1
	}
	if verb, _, _ := strings.Cut(rest, " "); strings.HasSuffix(verb, ",") && len(verb) > 2 {
		return sn.Start // "Keller, he says, has been “a rock”": the pronoun interrupts what it reports
	}
	if strings.Count(rest, " ") > 1 || !strings.HasSuffix(rest, ".") {
		return -1 // "he said." or "he said on Monday." only
	}
	return sn.Start
}

// toldObject reports whether the mention at byte at, in sentence si, is
// the object of a form of "tell" and a pronoun at pos follows it in the
// same sentence: the mention is the hearer, a few words after the verb
// ("told NPR correspondent Steve Inskeep that he …").
func (st *state) toldObject(si, at, pos int) bool {
	if si < 0 || pos >= st.doc.Sentences[si].End {
		return false
	}
	start := st.doc.Sentences[si].Start
	all := st.all
	i := st.firstEndingAfter(at)
	for j := i - 1; j >= 0 && j >= i-4 && all[j].s >= start; j-- {
		if all[j].k != tWord {
			return false
		}
		if st.lemmaOf(all[j]) == "tell" {
			return true
		}
	}
	return false
}

// latestFitting returns the person and place of the latest mention before
// upper of someone a pronoun of gender g may refer to (not an
// organisation, and of that gender or an unknown one); of the mentions at
// that place, the first listed. It returns -1, -1 when there is none. n
// is how many of the mentions scanPeople found lie before upper, and the
// third result how many lie before the place found. The mentions
// scanPeople found are read back from upper, the few attribution added
// after them one by one.
func (st *state) latestFitting(upper, n int, g gender) (int, int, int) {
	fits := func(m pmention) bool {
		p := &st.people[m.who]
		if p.g == genderUnknown && g != genderUnknown && !p.org && st.pronounSubjectBefore(m.pos, g) {
			// "She went on to accuse Grange of …": a name after a subject
			// pronoun in its clause is not what the pronoun stands for,
			// and a later one of that gender goes on with the subject
			return false
		}
		return !p.org && (p.g == genderUnknown || p.g == g || g == genderUnknown)
	}
	who, at := -1, -1
	scanned := st.ments[:st.found.scanned]
	j := n - 1
	for ; j >= 0; j-- {
		m := scanned[j]
		if m.pos < at {
			break
		}
		if fits(m) {
			who, at = m.who, m.pos // at one place, the first listed wins
		}
	}
	// scanned[j+1:n] lie at or after at, which scanned[j] lies before
	before := j + 1
	for _, m := range st.ments[len(scanned):] {
		if m.pos < upper && m.pos > at && fits(m) {
			who, at = m.who, m.pos
			before = -1
		}
	}
	if before < 0 {
		before = st.mentionsBefore(at)
	}
	return who, at, before
}

// marksOrComma is the set pronounSubjectBefore looks for: quote marks and
// the comma.
var marksOrComma = newRuneSet("“”\"‘’«»,")

// pronounSubjectBefore reports whether a subject pronoun of gender g
// ("she", "he") stands before byte pos in its sentence, outside quote
// marks, with no comma between: "When she mentioned Vice President Hollis
// Grange", "She went on to accuse Grange".
func (st *state) pronounSubjectBefore(pos int, g gender) bool {
	si := st.sentenceAt(pos)
	if si < 0 {
		return false
	}
	w := "she"
	if g == genderMale {
		w = "he"
	} else if g != genderFemale {
		return false
	}
	s := st.text[st.doc.Sentences[si].Start:pos]
	if marksOrComma.in(s) || strings.Contains(s, "''") {
		return false
	}
	for f := range strings.FieldsSeq(s) {
		if f == w || len(f) == len(w) && f[0] == w[0]-32 && f[1:] == w[1:] {
			return true
		}
	}
	return false
}

// mentionsBefore returns how many of the mentions scanPeople found lie
// before byte pos.
func (st *state) mentionsBefore(pos int) int {
	ms := st.ments[:st.found.scanned]
	lo, hi := 0, len(ms)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if ms[m].pos < pos {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// firstInSentence reports whether no other person is named before pos in
// its sentence si (false when si is -1, no sentence); n is how many of the
// mentions scanPeople found lie before pos.
func (st *state) firstInSentence(si, pos, n int) bool {
	if si < 0 {
		return false
	}
	start := st.subjectStart(si)
	if pos < start {
		// in an opening phrase: "In an interview with Ode, Marsh said";
		// but "For Ode, the loss was painful" makes her the one the
		// sentence is about when no one else is named after the phrase,
		// and so does "Among the speakers was Greta Sorensen, who …"
		return st.forOpener(si, pos, start, n) || st.invertedSubject(si, pos, n)
	}
	if pos > start {
		w, ws, punct := prevWord(st.text, start, pos)
		if !punct && placeOrComplement(w) {
			if r, _, p2 := prevWord(st.text, start, ws); w != "as" || p2 || r != "himself" && r != "herself" {
				return false // "to think of them as Iceberg Passages", "in South Carolina": not the one the sentence is about
			}
			// "one of the captives, who identified himself as Kwame
			// Asante, read …": the subject's own name
		}
		if !punct && (w == "a" || w == "an") && attributiveName(st.text, pos) {
			return false // "in a South Carolina workspace", "a Morgan spokesman": the name tells what kind, no one acts
		}
		if !punct && possessiveWord(w) && w[0] >= 'a' && w[0] <= 'z' {
			if d, _, p2 := prevWord(st.text, start, ws); !p2 && (d == "the" || d == "The") {
				return false // "on the city’s North Side": a part of a place
			}
		}
	}
	if n > 0 && st.ments[n-1].pos >= start {
		// one name before it in the sentence that owns what follows leaves
		// a name set off after the owned role first ("Mr. Stolle's
		// lawyer, Nina Barakat,")
		if pos < 2 || st.text[pos-2:pos] != ", " || !st.ownerAt(st.ments[n-1].pos) || n > 1 && st.ments[n-2].pos >= start {
			return false
		}
	}
	for _, m := range st.ments[st.found.scanned:] {
		if m.pos >= start && m.pos < pos {
			return false
		}
	}
	return true
}

// attributiveName reports whether the capitalised words from byte pos are
// followed, after one space, by a lower-case word: after "a" or "an" the
// name then modifies a noun ("a South Carolina workspace").
func attributiveName(text string, pos int) bool {
	i := pos
	for n := 0; n < 5 && i < len(text) && capByte[text[i]]; n++ {
		for i < len(text) && text[i] != ' ' && text[i] != ',' && text[i] != '\n' && text[i] != '.' {
			i++
		}
		if i+1 >= len(text) || text[i] != ' ' {
			return false
		}
		i++
	}
	return i > pos && i < len(text) && text[i] >= 'a' && text[i] <= 'z'
}

// invertedSubject reports whether the mention at pos follows "was" or
// "were" after an opening phrase that names no one: "Among the speakers
// was Greta Sorensen", "First to the microphone was Todd Whitcomb". n is
// how many of the mentions scanPeople found lie before pos.
func (st *state) invertedSubject(si, pos, n int) bool {
	sn := st.doc.Sentences[si]
	if n > 0 && st.ments[n-1].pos >= sn.Start {
		return false
	}
	w, _, _ := prevWord(st.text, sn.Start, pos)
	return w == "was" || w == "were"
}

// forOpener reports whether the mention at pos is the only one named in
// sentence si and stands in an opening phrase of "For" or "To" that ends
// at start: "For Dana Whitlow, the coach, the loss was painful." tells of
// her as a subject would. n is how many of the mentions scanPeople found
// lie before pos.
func (st *state) forOpener(si, pos, start, n int) bool {
	sn := st.doc.Sentences[si]
	if w := st.text[sn.Start:min(sn.Start+4, sn.End)]; w != "For " && w != "To " {
		return false
	}
	if n > 0 && st.ments[n-1].pos >= sn.Start {
		return false
	}
	for _, m := range st.ments[n:st.found.scanned] {
		if m.pos >= sn.End {
			break
		}
		if m.pos >= start {
			return false
		}
	}
	for _, m := range st.ments[st.found.scanned:] {
		if m.pos >= sn.Start && m.pos < sn.End && m.pos != pos {
			return false
		}
	}
	return true
}

// ownerAt reports whether the name that starts at byte pos ends in a
// possessive ("Mr. Stolle's lawyer, Nina Barakat, said"): an owner, which
// is no subject, so the name set off after it is first in its sentence.
func (st *state) ownerAt(pos int) bool {
	t := st.text
	for i := pos; i < len(t) && i < pos+60; {
		j := i
		for j < len(t) && t[j] != ' ' && t[j] != ',' && t[j] != '\n' {
			j++
		}
		w := t[i:j]
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s’") || strings.HasSuffix(w, "s'") {
			return true // and "Benavides’ daughter, Lucia Benavides-Grant,"
		}
		if j >= len(t) || t[j] != ' ' || j+1 >= len(t) || !capByte[t[j+1]] {
			return false
		}
		i = j + 1
	}
	return false
}

// subjectStart returns where the subject of sentence si may start: after
// an opening phrase that ends in a comma ("In an interview with Harbour
// Radio, …", "During the talks, …"), or at the sentence's start.
func (st *state) subjectStart(si int) int {
	c := &st.found.subj[si%subjSlots]
	if c.si != si+1 {
		c.si, c.start = si+1, st.subjectStartOf(si)
	}
	return c.start
}

// subjectStartOf is subjectStart without the answers kept.
func (st *state) subjectStartOf(si int) int {
	sn := st.doc.Sentences[si]
	toks := st.sentenceToks(si)
	if len(toks) == 0 || toks[0].k != tWord {
		return sn.Start
	}
	if w := st.word(toks[0]); w == "Among" || w == "Amongst" {
		// "Among the protesters was Gurnam Kaur, 61, …": the subject
		// after the verb of an inverted sentence
		for k := 2; k+1 < len(toks) && k < 10 && toks[k].k == tWord; k++ {
			if v := st.word(toks[k]); v == "was" || v == "were" || v == "is" || v == "are" {
				if capitalised(toks[k+1]) {
					return toks[k+1].s
				}
				break
			}
		}
	}
	limit := 16
	asked := st.askedFirst(toks)
	if asked {
		limit = 30 // "Asked whether the Tandra Creek clinic would open in 2026, Albery said …"
	}
	// the comma first: without one the subject starts with the sentence
	// whatever its first word, which then needs no lookup
	for c := 1; c < len(toks) && c < limit; c++ {
		if toks[c].k == tComma {
			if w := st.word(toks[0]); asked || isOpener(w) || isPrepositionAnyCase(w) || w != "According" && st.participle(w) && st.phraseNoVerb(toks[1:c]) {
				// and "Addressing Corrigan directly, the judge said": a
				// participle's phrase
				if d := st.setOffNameAfterRole(toks, c); d > c {
					// "Under questioning from the claimants’ counsel,
					// Fionnuala Brennan, Dr. Raghunathan described": the
					// name set off after the phrase's role is in it
					return toks[d].e
				}
				return toks[c].e
			}
			return sn.Start
		}
	}
	return sn.Start
}

// phraseNoVerb reports whether toks, the words of an opening phrase
// after its first, hold no finite verb or auxiliary: "Corrigan directly"
// after "Addressing", not "is a crime" after "Making a false report".
func (st *state) phraseNoVerb(toks []tok) bool {
	for _, t := range toks {
		if w := st.word(t); t.k == tWord && (finite(w) || isFiniteAux(w)) {
			return false
		}
	}
	return true
}

// setOffNameAfterRole returns the index of the comma that closes a name
// set off after the role word before the comma toks[c] ("counsel, Fionnuala
// Brennan,"), when another name follows it; else c.
func (st *state) setOffNameAfterRole(toks []tok, c int) int {
	if c < 1 || toks[c-1].k != tWord || capitalised(toks[c-1]) || !st.roleWord(toks[c-1]) {
		return c
	}
	for d := c + 1; d < len(toks)-1 && d <= c+6; d++ {
		switch {
		case toks[d].k == tComma:
			if d > c+1 && toks[d+1].k == tWord && capitalised(toks[d+1]) && !isDeterminer(st.word(toks[d+1])) {
				return d // another name follows: not "For Trell’s mother, Vera, the homecoming ended"
			}
			return c
		case toks[d].k == tWord && capitalised(toks[d]), abbrevStop(toks, d):
		default:
			return c
		}
	}
	return c
}

// longOpening reports whether sentence si opens with a word that leads a
// phrase (a preposition, "Meanwhile") that subjectStart finds no end of.
func (st *state) longOpening(si int) bool {
	toks := st.sentenceToks(si)
	if len(toks) == 0 || toks[0].k != tWord {
		return false
	}
	w := st.word(toks[0])
	return (isOpener(w) || isPrepositionAnyCase(w)) && st.subjectStart(si) == st.doc.Sentences[si].Start
}

// titleCase reports whether s is written in title case, as headlines are:
// a small word after the first is capitalised ("… As A ‘Disgrace’", "…
// Experience Of Serving Under …") and most words of four letters or more
// start with a capital.
func titleCase(s string) bool {
	long, upper, small := 0, 0, false
	for i, first := 0, true; i < len(s); first = false {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != '\t' {
			j++
		}
		if j == i {
			break
		}
		w := s[i:j]
		i = j
		if !first && !small {
			switch headlineWord(w) {
			case "A", "An", "The", "As", "At", "By", "For", "From", "In", "Into", "Is", "Are", "Of", "On",
				"Over", "To", "With", "After", "Under", "And", "But", "Or", "Will", "Was", "Be", "Its", "His", "Her":
				small = true
			}
		}
		if len(w) < 4 {
			continue
		}
		long++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) || !unicode.IsLetter(r) {
			upper++
		}
	}
	return small && long >= 3 && upper*4 >= long*3
}

// headlineWord returns the word w of a headline without the quote marks
// and punctuation around it ("‘As", "Of,"). Most words begin and end
// with a letter and are returned as they are, without a trim.
func headlineWord(w string) string {
	if asciiLetter(w[0]) && asciiLetter(w[len(w)-1]) {
		return w
	}
	return strings.Trim(w, "‘’'\"“”,.:;")
}

// asciiLetter reports whether c is an ASCII letter.
func asciiLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// timeName reports the names of days and months that are not also given
// names ("April", "May", "June" and "August" are).
func timeName(w string) bool {
	switch w {
	case "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
		"January", "February", "March", "July", "September", "October", "November", "December":
		return true
	}
	return false
}

// partyNoun reports the words for a party's member that may stand before
// a person's name as a role: "Democrat Ana Ode", "Republican Ivo Lund".
func partyNoun(w string) bool {
	switch w {
	case "Democrat", "Republican", "Independent", "Libertarian", "Conservative", "Labour", "Liberal", "Tory", "Socialist", "Green":
		return true
	}
	return false
}

// surnameToo reports the words that end the names of places ("Quarry
// Lane", "Gull Point") and are surnames as well ("Diane Lane", "Kim
// Park"): after a given name they name a person.
func surnameToo(w string) bool {
	switch w {
	case "Lane", "Hill", "Street", "Lake", "River", "Bay", "Point", "Beach", "Ridge", "Field", "Drive", "Cove", "Island":
		return true
	}
	return false
}

// portfolio reads the portfolio after a title ("Minister for Trade and
// Industry Ana Ode", "Under-Secretary-General for Humanitarian Affairs
// and Emergency Relief Coordinator Tomás Echeverría Salinas", "Minister
// of the Interior Ana Ode"): toks[i] is "for" or "of" after a title or
// role word, and capitalised words follow, joined by "and", "&", "of" or
// "for" (either of the last two perhaps with "the" after it). It returns the end of those words
// and the index where the holder's name starts among them: at the first
// listed given name with a word after it, else the last two words when
// the portfolio keeps two words or more before them. It returns -1 as the
// name's start when the words name no one ("Minister for Foreign Affairs").
func (st *state) portfolio(toks []tok, i int) (int, int) {
	if i < 1 || i+1 >= len(toks) || toks[i-1].k != tWord {
		return i, -1
	}
	if w := st.word(toks[i]); w != "for" && w != "of" {
		return i, -1
	}
	// the portfolio's first word, after an article ("Minister of the
	// Interior", "Chancellor of the Exchequer")
	// after a capitalised title only: a lower-case role's "of the" is
	// its body's ("president of the Ohio Federation of Teachers")
	article := st.theAt(toks, i+1) == 1
	first := i + 1
	if article {
		first++
	}
	if first >= len(toks) || toks[first].k != tWord || !capitalised(toks[first]) || article && !capitalised(toks[i-1]) {
		return i, -1
	}
	if ti, ok := st.wordTitle(toks[i-1]); !ok || ti.kind != kindTitle && ti.kind != kindRole {
		// "Secretary of State for Education and Skills Ana Ode": a title
		// of several words before the portfolio's "for"
		if i < 3 || toks[i-3].k != tWord || toks[i-2].k != tWord {
			return i, -1
		}
		if ti, ok := st.lx.title(st.text[toks[i-3].s:toks[i-1].e]); !ok || ti.kind != kindTitle && ti.kind != kindRole {
			return i, -1
		}
	}
	e, and := first, -1
	for e < len(toks) && e-i <= 12 {
		if toks[e].k == tWord && capitalised(toks[e]) {
			e++
			continue
		}
		if e+1 < len(toks) && toks[e].k == tWord {
			w := st.word(toks[e])
			of := w == "of" || w == "for"
			// "Minister of State for the Environment"
			n := 1
			if of && capitalised(toks[i-1]) && st.theAt(toks, e+1) == 1 {
				n, article = 2, true
			}
			if (of || w == "and" || w == "&") && e+n < len(toks) && toks[e+n].k == tWord && capitalised(toks[e+n]) {
				if !of {
					and = e
				}
				e += n
				continue
			}
		}
		break
	}
	for k := first + 1; k+1 < e; k++ {
		if toks[k-1].k == tWord && capitalised(toks[k-1]) && st.givenName(toks[k]) && toks[k+1].k == tWord && capitalised(toks[k+1]) {
			return e, k
		}
	}
	if article {
		// the words of a portfolio with an article are too like a
		// body's name to guess the holder's among them
		return e, -1
	}
	// no listed given name: the last two words, if the portfolio keeps
	// two words, or one after its "and", and neither is a title's word
	from := max(first-1, and)
	if e-2-(from+1) < 1 || and < 0 && e-2-first < 2 {
		return e, -1
	}
	for _, t := range toks[e-2 : e] {
		if _, ok := st.wordTitle(t); ok || notNameWord(st.word(t)) {
			return e, -1
		}
	}
	return e, e - 2
}

// theAt returns 1 when toks[j] is the lower-case article "the", and 0
// otherwise (or when j is past the end).
func (st *state) theAt(toks []tok, j int) int {
	if j < len(toks) && toks[j].k == tWord && st.word(toks[j]) == "the" {
		return 1
	}
	return 0
}
