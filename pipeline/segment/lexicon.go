package segment

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"github.com/tonalhq/tonal/lexicons"
)

// Lexicon file names read from the lexicon file system.
const (
	VerbsFile         = "reporting_verbs.tsv"
	TitlesFile        = "titles.tsv"
	AbbreviationsFile = "abbreviations.tsv"
	// FirstNamesFile is optional: without it no name tells a gender.
	FirstNamesFile = "first_names.tsv"
	// BoilerplateFile is optional: without it no line is read as a page's
	// furniture ("Advertisement", "Share this article").
	BoilerplateFile = lexicons.BoilerplateFile
)

// abbrClass tells how an abbreviation behaves at a possible sentence end.
type abbrClass uint8

const (
	abbrNone  abbrClass = iota
	abbrTitle           // never ends a sentence: a name follows (Mr., Gen.)
	abbrInner           // ends one only before a clear sentence start (No., Jan.)
	abbrFinal           // often ends a sentence (U.S., Inc., a.m.)
)

// titleKind tells an honorific (dropped) from a title or role (kept as Role)
// and an organisation word (marks a name as not a person).
type titleKind uint8

const (
	kindHonorific titleKind = iota + 1
	kindTitle
	kindRole
	kindOrg
	kindThing    // a common noun that is never a speaker
	kindDocument // a text that speaks for whoever issued it
)

// gender of a person as far as the text tells.
type gender uint8

const (
	genderUnknown gender = iota
	genderMale
	genderFemale
	genderPlural
)

type titleInfo struct {
	kind   titleKind
	gender gender
}

// phrase is a lower-case phrase some title starts with.
type phrase struct {
	info titleInfo
	full bool // the phrase is a title: info is what it is
	more bool // a longer title starts with the phrase and a space
}

// LexiconInfo names one lexicon file a Segmenter was built from, for the run
// manifest.
type LexiconInfo struct {
	Name    string
	Version string
	Hash    string
	Entries int // lines of data, not counting comments
}

// lexicon holds the word lists, built once in New and read-only afterwards.
type lexicon struct {
	verbs map[string]string // lower-case form → lemma
	// furniture tells the page-furniture lines of BoilerplateFile, or is
	// nil when there is no such file
	furniture *lexicons.Boilerplate
	// titles maps a lower-case phrase (words joined by one space, final
	// full stop kept) to what it is.
	titles map[string]titleInfo
	// phrases holds every title and every phrase of whole words a title
	// starts with, as a trie, so that a phrase read word by word can stop
	// as soon as no title starts with it: a title's first word has its
	// node in words, and steps leads from a phrase's node and a next word
	// to the longer phrase's node.
	phrases []phrase
	steps   titleSteps
	// nouns maps a lower-case common noun to kindThing or kindDocument;
	// nounSieve rules most other words out before the map.
	nouns         map[string]titleKind
	nounSieve     sieve
	maxTitleWords int
	abbr          map[string]abbrClass // case-sensitive, with the full stop
	firstNames    map[string]gender    // given names that tell a gender; nil without the list
	// firstSieve is the bit set over wordKey of the given names: most
	// capitalised words are no given name, and firstName turns them away
	// before it reads given.
	firstSieve sieve
	// given holds firstNames chained by wordKey, so that firstName
	// answers a word the sieve lets through without hashing it for the
	// map
	given          keyedTable[gender]
	info           []LexiconInfo
	maxVerbLen     int
	minVerbLen     int
	verbFirstBytes [256]bool
	// verbShape[shapeIndex(w)] has bit len(w) set when w may be a verb
	// form: a cheap test that rules most words out.
	verbShape [1 << 10]uint64
	// titleShape[shapeIndex(w)] has bit min(len(w), 63) set when w may be
	// the first word of a title: the tokenizer's fTShape, which spares
	// most words the lookup in words.
	titleShape [1 << 10]uint64
	// shapes joins the two for the tokenizer (buildShapes, shapeFlags)
	shapes [1 << 16]uint8
	// titleSieve and abbrSieve are bit sets over wordKey of the first
	// words of the titles and of the abbreviations: a word whose bit is
	// clear is not in the list, so most words never reach the maps.
	titleSieve sieve
	abbrSieve  sieve
	// abbrs holds abbr chained by wordKey, for isAbbr
	abbrs keyedTable[abbrClass]
	// laterSieve is the bit set over wordKey of the words after the first
	// in the titles: matchTitle stops at a word whose bit is clear.
	laterSieve sieve
	// words gives state.bits a word's verb and title flags with one hash
	// and, for the few words whose sieve bit is set, a short chain.
	words wordTable
}

// wordTable maps lower-case words (reporting-verb forms and the first
// words of titles) to token flags. It is keyed by wordKey, so the key the
// sieve needs is also the table index.
type wordTable struct {
	sieve sieve
	head  [1 << sieveBits]uint32 // by wordKey: 1 + the index of the chain's first entry, 0 if none
	ents  []wordEnt
}

type wordEnt struct {
	form string // lower case
	next uint32 // 1 + the index of the next entry with the same key, 0 if none
	f    tokFlag
	// ph is the phrase form when f has fTitle, and node its index in
	// phrases: matchTitle reads a title's first word from here
	ph   phrase
	node uint32
	// lemma is verbs[form] when f has fVerb
	lemma string
	// for a form of four to eight bytes, its first and last four bytes
	// (load4) and their caseBits: entry compares such a form with a word
	// in two steps instead of byte by byte
	head, tail, headCase, tailCase uint32
}

// add gives the lower-case word form the flags f.
func (t *wordTable) add(form string, f tokFlag) {
	k := wordKey(form)
	for i := t.head[k]; i != 0; i = t.ents[i-1].next {
		if e := &t.ents[i-1]; e.form == form {
			e.f |= f
			return
		}
	}
	e := wordEnt{form: form, next: t.head[k], f: f}
	if n := len(form); n >= 4 && n <= 8 {
		e.head, e.tail = load4(form, 0), load4(form, n-4)
		e.headCase, e.tailCase = caseBits(e.head), caseBits(e.tail)
	}
	t.ents = append(t.ents, e)
	t.head[k] = uint32(len(t.ents))
	t.sieve.add(form)
}

// entry returns the flags of w, in any ASCII case, and 1 + the index of
// its entry in ents (0 when w has none); k is wordKey(w).
func (t *wordTable) entry(w string, k uint32) (tokFlag, uint32) {
	if !t.sieve.hasKey(k) {
		return 0, 0
	}
	// most words have four to eight bytes: they are compared as their
	// first and last four, which differ from a form's only in its
	// letters' case bits
	n := len(w)
	short := n >= 4 && n <= 8
	var head, tail uint32
	if short {
		head, tail = load4(w, 0), load4(w, n-4)
	}
	for i := t.head[k%(1<<sieveBits)]; i != 0; {
		e := &t.ents[i-1]
		if len(e.form) == n {
			if short {
				if (head^e.head)&^e.headCase == 0 && (tail^e.tail)&^e.tailCase == 0 {
					return e.f, i
				}
			} else if foldsTo(w, e.form) {
				return e.f, i
			}
		}
		i = e.next
	}
	return 0, 0
}

// equalLowerASCII reports whether w with its ASCII letters in lower case
// is lower (of the same length).
func equalLowerASCII(w, lower string) bool {
	for i := 0; i < len(lower); i++ {
		b := w[i]
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		if b != lower[i] {
			return false
		}
	}
	return true
}

// foldsTo is equalLowerASCII for a lower that holds no ASCII capital, as
// the word table's forms do: a byte of w equal to lower's then needs no
// folding, and one that differs matches only as the capital of a lower
// case letter.
func foldsTo(w, lower string) bool {
	w = w[:len(lower)]
	for i := range len(lower) {
		if b, l := w[i], lower[i]; b != l && (b|0x20 != l || l-'a' > 'z'-'a') {
			return false
		}
	}
	return true
}

// load4 reads the four bytes of t at j, the first in the low byte. The
// compiler makes one load of the four.
func load4(t string, j int) uint32 {
	t = t[j : j+4]
	return uint32(t[0]) | uint32(t[1])<<8 | uint32(t[2])<<16 | uint32(t[3])<<24
}

// caseBits returns, for the four bytes x (as load4 reads them), the case
// bit 0x20 of each byte that is an ASCII lower-case letter: the bits in
// which a word may differ from a form and still fold to it.
func caseBits(x uint32) uint32 {
	var m uint32
	for i := 0; i < 32; i += 8 {
		if c := byte(x >> i); 'a' <= c && c <= 'z' {
			m |= 0x20 << i
		}
	}
	return m
}

// sieve is a one-hash Bloom filter over wordKey.
type sieve [1 << sieveBits / 64]uint64

const sieveBits = 14

func (f *sieve) add(w string) {
	k := wordKey(w)
	f[k/64] |= 1 << (k % 64)
}

func (f *sieve) has(w string) bool { return f.hasKey(wordKey(w)) }

// hasKey reports whether k, a wordKey, may be in the sieve. (k is
// below 1<<sieveBits, so the index needs no bounds check.)
func (f *sieve) hasKey(k uint32) bool { return f[k/64%uint32(len(f))]&(1<<(k%64)) != 0 }

// wordKey hashes a word's length and its first two and last two bytes,
// folding ASCII case, to sieveBits bits. It is cheap enough to run on
// every word of an article.
func wordKey(w string) uint32 {
	n := len(w)
	var k uint64
	switch {
	case n >= 2:
		// n >= 2 spares the loads bounds checks
		k = uint64(n)<<32 | 0x20202020 | uint64(w[0])<<24 | uint64(w[1])<<16 |
			uint64(w[n-2])<<8 | uint64(w[n-1])
	case n == 1:
		k = 1<<32 | uint64(w[0]|0x20)*0x01010101
	default:
		return 0
	}
	return uint32((k * 0x9E3779B97F4A7C15) >> (64 - sieveBits))
}

func loadLexicon(fsys fs.FS) (*lexicon, error) {
	lx := &lexicon{
		verbs:      make(map[string]string, 512),
		titles:     make(map[string]titleInfo, 512),
		nouns:      make(map[string]titleKind, 128),
		abbr:       make(map[string]abbrClass, 256),
		minVerbLen: 1 << 30,
	}
	verbs, err := lexicons.ReadListFS(fsys, VerbsFile, 2)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrLexicon, err)
	}
	for _, e := range verbs.Entries {
		form := strings.ToLower(e.Fields[0])
		if strings.ContainsAny(form, " \t") {
			return nil, fmt.Errorf("%w: %s:%d: verb form %q has a space", ErrLexicon, VerbsFile, e.Line, form)
		}
		lx.verbs[form] = strings.ToLower(e.Fields[1])
		lx.maxVerbLen = max(lx.maxVerbLen, len(form))
		lx.minVerbLen = min(lx.minVerbLen, len(form))
		lx.verbFirstBytes[form[0]] = true
	}
	for _, e := range verbs.Entries {
		// the forms verb can find: it looks words up by their first byte
		// with 0x20 set
		if form := strings.ToLower(e.Fields[0]); len(form) <= maxVerbBytes && lx.verbFirstBytes[form[0]|0x20] {
			lx.words.add(form, fVerb)
			lx.verbShape[shapeIndex(form)] |= 1 << len(form)
		}
	}
	titles, err := lexicons.ReadListFS(fsys, TitlesFile, 2)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrLexicon, err)
	}
	for _, e := range titles.Entries {
		var ti titleInfo
		switch e.Fields[1] {
		case "honorific":
			ti.kind = kindHonorific
		case "title":
			ti.kind = kindTitle
		case "role":
			ti.kind = kindRole
		case "org":
			ti.kind = kindOrg
		case "thing", "document":
			k := kindThing
			if e.Fields[1] == "document" {
				k = kindDocument
			}
			lx.nouns[strings.ToLower(e.Fields[0])] = k
			lx.nounSieve.add(strings.ToLower(e.Fields[0]))
			continue
		default:
			return nil, fmt.Errorf("%w: %s:%d: unknown kind %q (want honorific, title, role, org, thing or document)", ErrLexicon, TitlesFile, e.Line, e.Fields[1])
		}
		if len(e.Fields) > 2 {
			switch e.Fields[2] {
			case "m":
				ti.gender = genderMale
			case "f":
				ti.gender = genderFemale
			case "-", "":
			default:
				return nil, fmt.Errorf("%w: %s:%d: unknown gender %q (want m, f or -)", ErrLexicon, TitlesFile, e.Line, e.Fields[2])
			}
		}
		key := strings.Join(strings.Fields(strings.ToLower(e.Fields[0])), " ")
		if old, ok := lx.titles[key]; ok && old.kind < ti.kind && old.kind != kindOrg {
			continue // keep the first (stronger) reading
		}
		lx.titles[key] = ti
		first, rest, _ := strings.Cut(key, " ")
		for _, w := range strings.Fields(rest) {
			lx.laterSieve.add(w)
		}
		lx.titleSieve.add(first)
		lx.words.add(first, fTitle)
		if first != "" {
			lx.titleShape[shapeIndex(first)] |= 1 << min(len(first), 63)
		}
		lx.maxTitleWords = max(lx.maxTitleWords, strings.Count(key, " ")+1)
	}
	lx.buildShapes()
	nodes := lx.buildPhrases()
	for i := range lx.words.ents {
		e := &lx.words.ents[i]
		if e.f&fTitle != 0 {
			e.node = nodes[e.form]
			e.ph = lx.phrases[e.node]
		}
		if e.f&fVerb != 0 {
			e.lemma = lx.verbs[e.form]
		}
	}
	abbr, err := lexicons.ReadListFS(fsys, AbbreviationsFile, 2)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrLexicon, err)
	}
	for _, e := range abbr.Entries {
		var c abbrClass
		switch e.Fields[1] {
		case "title":
			c = abbrTitle
		case "inner":
			c = abbrInner
		case "final":
			c = abbrFinal
		default:
			return nil, fmt.Errorf("%w: %s:%d: unknown class %q (want title, inner or final)", ErrLexicon, AbbreviationsFile, e.Line, e.Fields[1])
		}
		if !strings.HasSuffix(e.Fields[0], ".") {
			return nil, fmt.Errorf("%w: %s:%d: abbreviation %q does not end in a full stop", ErrLexicon, AbbreviationsFile, e.Line, e.Fields[0])
		}
		if _, ok := lx.abbr[e.Fields[0]]; !ok {
			lx.abbr[e.Fields[0]] = c
			lx.abbrSieve.add(e.Fields[0])
			lx.abbrs.add(e.Fields[0], c)
		}
	}
	lists := []*lexicons.List{verbs, titles, abbr}
	names, err := lexicons.ReadListFS(fsys, FirstNamesFile, 2)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return nil, fmt.Errorf("%w: %w", ErrLexicon, err)
	default:
		lx.firstNames = make(map[string]gender, len(names.Entries))
		for _, e := range names.Entries {
			switch e.Fields[1] {
			case "m":
				lx.firstNames[e.Fields[0]] = genderMale
			case "f":
				lx.firstNames[e.Fields[0]] = genderFemale
			default:
				return nil, fmt.Errorf("%w: %s:%d: unknown gender %q (want m or f)", ErrLexicon, FirstNamesFile, e.Line, e.Fields[1])
			}
			lx.firstSieve.add(e.Fields[0])
			lx.given.add(e.Fields[0], lx.firstNames[e.Fields[0]])
		}
		lists = append(lists, names)
	}
	furniture, err := lexicons.ReadBoilerplate(fsys)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return nil, fmt.Errorf("%w: %w", ErrLexicon, err)
	default:
		lx.furniture = furniture
		lists = append(lists, furniture.List)
	}
	for _, l := range lists {
		lx.info = append(lx.info, LexiconInfo{Name: l.Name, Version: l.Version(), Hash: l.Hash, Entries: len(l.Entries)})
	}
	return lx, nil
}

// buildPhrases fills lx.phrases and lx.steps from lx.titles and returns
// the node of each phrase. Node 0 stands for no phrase.
func (lx *lexicon) buildPhrases() map[string]uint32 {
	nodes := make(map[string]uint32, 2*len(lx.titles))
	lx.phrases = append(lx.phrases[:0], phrase{})
	node := func(key string) uint32 {
		n, ok := nodes[key]
		if !ok {
			n = uint32(len(lx.phrases))
			nodes[key] = n
			lx.phrases = append(lx.phrases, phrase{})
		}
		return n
	}
	for key, ti := range lx.titles {
		from := uint32(0)
		for i := 0; i <= len(key); i++ {
			if i < len(key) && key[i] != ' ' {
				continue
			}
			n := node(key[:i])
			if from != 0 {
				lx.steps.add(from, key[strings.LastIndexByte(key[:i], ' ')+1:i], n)
			}
			if i < len(key) {
				lx.phrases[n].more = true
			}
			from = n
		}
		lx.phrases[from].info, lx.phrases[from].full = ti, true
	}
	return nodes
}

// titleSteps maps a phrase's node and the lower-case word after it to
// the node of the longer phrase, chained by a hash of both.
type titleSteps struct {
	head [1 << stepBits]uint32 // 1 + the index of the chain's first step, 0 if none
	ents []titleStep
}

type titleStep struct {
	form     string
	from, to uint32
	next     uint32 // 1 + the index of the next step in the chain, 0 if none
}

const stepBits = 10

// stepKey hashes a node and the wordKey of the word after it.
func stepKey(from, k uint32) uint32 { return (k ^ from*0x9E3779B1>>16) % (1 << stepBits) }

// add leads from the node from and the word form to the node to, once.
func (s *titleSteps) add(from uint32, form string, to uint32) {
	k := stepKey(from, wordKey(form))
	for i := s.head[k]; i != 0; i = s.ents[i-1].next {
		if e := &s.ents[i-1]; e.from == from && e.form == form {
			return
		}
	}
	s.ents = append(s.ents, titleStep{form: form, from: from, to: to, next: s.head[k]})
	s.head[k] = uint32(len(s.ents))
}

// next returns the node of the phrase from's phrase and the word w (in
// any ASCII case) make, or 0 when no title starts with them; k is
// wordKey(w).
func (s *titleSteps) next(from uint32, w string, k uint32) uint32 {
	for i := s.head[stepKey(from, k)]; i != 0; {
		e := &s.ents[i-1]
		if e.from == from && len(e.form) == len(w) && foldsTo(w, e.form) {
			return e.to
		}
		i = e.next
	}
	return 0
}

// shapeIndex hashes the first two bytes of the non-empty word w (any ASCII
// case) to an index into lexicon.verbShape.
func shapeIndex(w string) int {
	var b byte
	if len(w) > 1 {
		b = w[1]
	}
	return int(w[0]|0x20)&31<<5 | int(b|0x20)&31
}

// maxVerbBytes is the longest verb form verb can look up.
const maxVerbBytes = 32

// verb returns the lemma of w if it is a reporting-verb form. w may be in
// any case. The forms it can find (up to 32 bytes, starting with a byte of
// verbFirstBytes in either case) are all in words, with their lemma, so
// one look there answers without lower-casing w for the verbs map.
func (lx *lexicon) verb(w string) (string, bool) {
	if len(w) < lx.minVerbLen || len(w) > lx.maxVerbLen || len(w) > maxVerbBytes || !lx.verbFirstBytes[w[0]|0x20] {
		return "", false
	}
	if f, i := lx.words.entry(w, wordKey(w)); f&fVerb != 0 {
		return lx.words.ents[i-1].lemma, true
	}
	return "", false
}

// firstName returns the gender the given name w tells and whether w is
// a listed given name (case-sensitive, as the list is). Most words asked
// about are none, and the sieve turns them away before the map.
func (lx *lexicon) firstName(w string) (gender, bool) {
	k := wordKey(w)
	if lx.firstSieve.hasKey(k) {
		if g, ok := lx.given.get(w, k); ok {
			return g, ok
		}
	}
	// "Eva-Marie", "Jean-Pierre": two listed given names joined by a
	// hyphen are one, of the first's gender
	if h := strings.IndexByte(w, '-'); h > 1 && h < len(w)-2 && w[h+1] >= 'A' && w[h+1] <= 'Z' {
		a, b := w[:h], w[h+1:]
		if ka, kb := wordKey(a), wordKey(b); lx.firstSieve.hasKey(ka) && lx.firstSieve.hasKey(kb) {
			if g, ok := lx.given.get(a, ka); ok {
				if _, ok := lx.given.get(b, kb); ok {
					return g, true
				}
			}
		}
	}
	return genderUnknown, false
}

// keyedTable maps words (case-sensitive) to small values, chained by
// wordKey as wordTable chains its forms: a caller that has the word's key
// for a sieve reads the table without hashing the word again, as a map
// lookup would.
type keyedTable[V any] struct {
	head [1 << keyedBits]uint32 // by wordKey: 1 + the index of the chain's first word, 0 if none
	ents []keyedEnt[V]
}

type keyedEnt[V any] struct {
	word string
	v    V
	next uint32 // 1 + the index of the next word with the same head, 0 if none
}

// keyedBits is how many bits of wordKey index keyedTable's heads: a few
// thousand words keep the chains short.
const keyedBits = 12

// add gives the word the value v; a word added twice keeps its last.
func (t *keyedTable[V]) add(word string, v V) {
	k := wordKey(word) % (1 << keyedBits)
	for i := t.head[k]; i != 0; i = t.ents[i-1].next {
		if e := &t.ents[i-1]; e.word == word {
			e.v = v
			return
		}
	}
	t.ents = append(t.ents, keyedEnt[V]{word: word, v: v, next: t.head[k]})
	t.head[k] = uint32(len(t.ents))
}

// get returns the value of the word w, whose wordKey is k, and whether
// the table has it.
func (t *keyedTable[V]) get(w string, k uint32) (V, bool) {
	for i := t.head[k%(1<<keyedBits)]; i != 0; {
		e := &t.ents[i-1]
		if e.word == w {
			return e.v, true
		}
		i = e.next
	}
	var zero V
	return zero, false
}

// isAbbr reports whether w (with its full stop) is a listed abbreviation.
func (lx *lexicon) isAbbr(w string) bool {
	k := wordKey(w)
	if !lx.abbrSieve.hasKey(k) {
		return false
	}
	_, ok := lx.abbrs.get(w, k)
	return ok
}

// lowerASCII writes w lower-cased (ASCII letters only) into dst, which
// has len(w) bytes, so that a map lookup m[string(dst)] does not allocate.
func lowerASCII(dst []byte, w string) {
	for i := 0; i < len(w); i++ {
		b := w[i]
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		dst[i] = b
	}
}

// maxTitleBytes is the longest phrase title and matchTitle look up.
const maxTitleBytes = 64

// noun returns what a common noun is (kindThing, kindDocument) or 0.
func (lx *lexicon) noun(w string) titleKind {
	// most words are ruled out by the sieve, read here with the key
	// inlined, before the buffer is set up
	const maxNounBytes = 32
	if len(w) > maxNounBytes || !lx.nounSieve.hasKey(wordKey(w)) {
		return 0
	}
	var buf [maxNounBytes]byte
	lowerASCII(buf[:len(w)], w)
	return lx.nouns[string(buf[:len(w)])]
}

// title looks up a phrase (already joined by single spaces) case-insensitively.
func (lx *lexicon) title(phrase string) (titleInfo, bool) {
	var buf [maxTitleBytes]byte
	if len(phrase) > len(buf) {
		return titleInfo{}, false
	}
	i := strings.IndexByte(phrase, ' ')
	if i < 0 {
		// one word: titleShape rules most words out, and the entry in
		// words of the others holds the phrase they start
		if phrase == "" || lx.titleShape[shapeIndex(phrase)]&(1<<min(len(phrase), 63)) == 0 {
			return titleInfo{}, false
		}
		if f, e := lx.words.entry(phrase, wordKey(phrase)); f&fTitle != 0 {
			if p := lx.words.ents[e-1].ph; p.full {
				return p.info, true
			}
		}
		return titleInfo{}, false
	}
	if !lx.titleSieve.has(phrase[:i]) {
		return titleInfo{}, false
	}
	lowerASCII(buf[:len(phrase)], phrase)
	t, ok := lx.titles[string(buf[:len(phrase)])]
	return t, ok
}
