package scoring

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/jonreiter/govader/data"
)

// VADER constants (Hutto & Gilbert 2014; vaderSentiment 3.3).
const (
	vaderCapIncr      = 0.733 // ALL-CAPS emphasis of a sentiment word or booster
	vaderNegScalar    = -0.74 // negation
	vaderAlpha        = 15    // normalisation of the compound score
	vaderNeverScale   = 1.25  // "never so/this good"
	vaderButBefore    = 0.5   // weight of words before "but"
	vaderButAfter     = 1.5   // weight of words after "but"
	vaderDist1        = 0.95  // booster two tokens before the word
	vaderDist2        = 0.9   // booster three tokens before the word
	vaderExclaimScale = 0.292 // per "!", at most vaderMaxExclaim
	vaderMaxExclaim   = 4
	vaderQuestScale   = 0.18 // per "?" when 2 or 3
	vaderMaxQuest     = 0.96 // for 4 or more "?"
)

const (
	vaderLexiconAsset = "rawdata/vaderLexicon.txt"
	vaderEmojiAsset   = "rawdata/emojiUTF8Lexicon.txt"
)

//go:embed vader_rules.tsv
var vaderRulesFile []byte

// Rule word ids: the words VADER's rules test for by name. Words of the
// special-case idioms and multi-word boosters get ids after these.
const (
	idNone uint8 = iota
	idNo
	idOr
	idNor
	idBut
	idKind
	idOf
	idLeast
	idAt
	idVery
	idNever
	idSo
	idThis
	idWithout
	idDoubt
	idFirstFree
)

var ruleWords = [...]string{
	idNo: "no", idOr: "or", idNor: "nor", idBut: "but", idKind: "kind", idOf: "of",
	idLeast: "least", idAt: "at", idVery: "very", idNever: "never", idSo: "so",
	idThis: "this", idWithout: "without", idDoubt: "doubt",
}

// vocab flags.
const (
	vLex           uint16 = 1 << iota // in the VADER lexicon (val is set)
	vBooster                          // single-word booster (boost is set)
	vNegate                           // in VADER's negation list
	vActive                           // active verb (tone)
	vPronoun                          // pronoun (tone)
	vPronounNoCaps                    // a pronoun only when not ALL CAPS ("US")
	vDimNegator                       // negates a following dimension match
	vDimNegAfterA                     // a negator only when not after "a" ("a little")
	vArticleA                         // the word "a"
	vCasedKey                         // lower-case form of a lexicon key with capitals (":D")
	vPhraseWord                       // word of a special-case idiom or multi-word booster
)

// vocabEntry is everything the scorers know about one lower-case word.
// A Scorer holds one map from word to entry, so each token costs one
// lookup (two when its VADER and word forms differ).
type vocabEntry struct {
	val   float64 // VADER lexicon valence
	boost float64 // booster increment
	flags uint16
	id    uint8 // rule word id
	dim   int32 // 1 + index into the dimension matcher's start lists; 0 none
}

// phrase is a multi-word rule: special-case idiom or booster.
type phrase struct {
	ids []uint8
	val float64
}

// vader holds the tables of tonal's VADER implementation.
type vader struct {
	emoji    map[rune]string // single-rune emoji -> description
	special  []phrase        // special-case idioms of 2 or 3 words
	boosters []phrase        // multi-word boosters
}

// loadVader reads govader's embedded lexicons and tonal's rule file into
// vocab and returns the VADER tables.
func loadVader(vocab *vocabBuilder) (*vader, error) {
	v := &vader{emoji: map[rune]string{}}
	lex, err := data.Asset(vaderLexiconAsset)
	if err != nil {
		return nil, fmt.Errorf("load vader lexicon: %w", err)
	}
	if err := eachTSVLine(vaderLexiconAsset, lex, func(line int, f []string) error {
		if len(f) < 2 {
			return fmt.Errorf("want word and valence")
		}
		val, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return fmt.Errorf("valence: %w", err)
		}
		e := vocab.entry(f[0])
		e.val = val
		e.flags |= vLex
		if l := strings.ToLower(f[0]); l != f[0] {
			vocab.entry(l).flags |= vCasedKey
		}
		return nil
	}); err != nil {
		return nil, err
	}
	emo, err := data.Asset(vaderEmojiAsset)
	if err != nil {
		return nil, fmt.Errorf("load vader emoji lexicon: %w", err)
	}
	if err := eachTSVLine(vaderEmojiAsset, emo, func(line int, f []string) error {
		if len(f) < 2 {
			return fmt.Errorf("want emoji and description")
		}
		// govader replaces single runes only: a multi-rune key (skin
		// tone, ZWJ sequence, flag) is matched rune by rune through the
		// single-rune keys.
		if r, size := utf8.DecodeRuneInString(f[0]); size == len(f[0]) && r != utf8.RuneError {
			v.emoji[r] = f[1]
		}
		return nil
	}); err != nil {
		return nil, err
	}

	for id := idNo; id < idFirstFree; id++ {
		vocab.entry(ruleWords[id]).id = id
	}
	next := idFirstFree
	idsOf := func(words []string) ([]uint8, error) {
		ids := make([]uint8, len(words))
		for i, w := range words {
			e := vocab.entry(w)
			e.flags |= vPhraseWord
			if e.id == idNone {
				if next == math.MaxUint8 {
					return nil, fmt.Errorf("too many rule words")
				}
				e.id = next
				next++
			}
			ids[i] = e.id
		}
		return ids, nil
	}
	if err := eachTSVLine("vader_rules.tsv", vaderRulesFile, func(line int, f []string) error {
		if len(f) != 3 {
			return fmt.Errorf("want kind, phrase and value")
		}
		val, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			return fmt.Errorf("value: %w", err)
		}
		words := strings.Split(f[1], " ")
		switch f[0] {
		case "booster":
			if len(words) == 1 {
				e := vocab.entry(f[1])
				e.boost = val
				e.flags |= vBooster
				return nil
			}
			ids, err := idsOf(words)
			if err != nil {
				return err
			}
			v.boosters = append(v.boosters, phrase{ids, val})
		case "negation":
			vocab.entry(f[1]).flags |= vNegate
		case "special":
			if len(words) == 1 {
				// A single-word key never matches in VADER: its
				// idiom check joins two or three tokens.
				return nil
			}
			ids, err := idsOf(words)
			if err != nil {
				return err
			}
			v.special = append(v.special, phrase{ids, val})
		default:
			return fmt.Errorf("unknown kind %q", f[0])
		}
		return nil
	}); err != nil {
		return nil, err
	}
	return v, nil
}

// eachTSVLine calls fn with the tab-separated fields of each line of b
// that is not blank or a # comment.
func eachTSVLine(name string, b []byte, fn func(line int, fields []string) error) error {
	sc := bufio.NewScanner(bytes.NewReader(b))
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		if err := fn(n, strings.Split(line, "\t")); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s:%d: %w", name, n+1, err)
	}
	return nil
}

func (t *token) id() uint8 {
	if t.word == nil {
		return idNone
	}
	return t.word.id
}

func (t *token) has(f uint16) bool { return t.word != nil && t.word.flags&f != 0 }

// negates is VADER's negated() for one token: in the negation list or
// containing "n't".
func (t *token) negates() bool { return t.flags&tokNT != 0 || t.has(vNegate) }

// valence computes VADER's scores over the tokens in sc.toks. text is the
// prepared text (for counting "!" and "?").
//
// The rules are those of vaderSentiment 3.3 as ported by govader, including
// govader's deviations: the preceding-word lexicon test and the "least"
// rule compare the original-case token; tokens are stripped of punctuation
// only when at least 3 bytes remain; empty tokens between adjacent spaces
// count as neutral tokens. vaderSentiment's sentiment-laden idioms ("cut
// the mustard") are disabled upstream and are not applied here either.
func (v *vader) valence(text string, sc *scratch) Valence {
	toks := sc.toks
	n := len(toks)
	if n == 0 {
		return Valence{}
	}
	upper := 0
	for i := range toks {
		if toks[i].flags&tokUpper != 0 {
			upper++
		}
	}
	capDiff := upper > 0 && upper < n

	sent := sc.sent[:0]
	for i := range toks {
		sent = append(sent, v.wordValence(toks, i, capDiff))
	}
	sc.sent = sent

	// The "but" rule: words before the first "but" weigh half, words
	// after it one and a half.
	for b := range toks {
		if toks[b].id() == idBut {
			for i := range sent {
				switch {
				case i < b:
					sent[i] *= vaderButBefore
				case i > b:
					sent[i] *= vaderButAfter
				}
			}
			break
		}
	}

	var sum, pos, neg float64
	neu := 0
	for _, s := range sent {
		sum += s
		switch {
		case s > 0:
			pos += s + 1
		case s < 0:
			neg += s - 1
		default:
			neu++
		}
	}
	emph := punctEmphasis(text)
	if sum > 0 {
		sum += emph
	} else if sum < 0 {
		sum -= emph
	}
	var out Valence
	out.Compound = normalize(sum)
	if pos > -neg {
		pos += emph
	} else if pos < -neg {
		neg -= emph
	}
	total := pos - neg + float64(neu)
	out.Pos = math.Abs(pos / total)
	out.Neg = math.Abs(neg / total)
	out.Neu = math.Abs(float64(neu) / total)
	return out
}

// wordValence is the valence of token i in its context, before the "but"
// rule.
func (v *vader) wordValence(toks []token, i int, capDiff bool) float64 {
	t := &toks[i]
	n := len(toks)
	if t.has(vBooster) {
		return 0
	}
	if t.id() == idKind && i+1 < n && toks[i+1].id() == idOf {
		return 0
	}
	if !t.has(vLex) {
		return 0
	}
	val := t.word.val
	if t.id() == idNo && i+1 < n && toks[i+1].has(vLex) {
		val = 0
	}
	if (i > 0 && toks[i-1].id() == idNo) || (i > 1 && toks[i-2].id() == idNo) ||
		(i > 2 && toks[i-3].id() == idNo && (toks[i-1].id() == idOr || toks[i-1].id() == idNor)) {
		val = t.word.val * vaderNegScalar
	}
	if t.flags&tokUpper != 0 && capDiff {
		if val > 0 {
			val += vaderCapIncr
		} else {
			val -= vaderCapIncr
		}
	}
	for k := 0; k < 3; k++ {
		if i <= k || toks[i-k-1].flags&tokOrigInLex != 0 {
			continue
		}
		p := &toks[i-k-1]
		s := 0.0
		if p.has(vBooster) {
			s = p.word.boost
			if val < 0 {
				s = -s
			}
			if p.flags&tokUpper != 0 && capDiff {
				if val > 0 {
					s += vaderCapIncr
				} else {
					s -= vaderCapIncr
				}
			}
		}
		if k == 1 && s != 0 {
			s *= vaderDist1
		}
		if k == 2 && s != 0 {
			s *= vaderDist2
		}
		val += s
		val = negationCheck(toks, val, k, i)
		if k == 2 {
			val = v.idiomCheck(toks, val, i)
		}
	}
	return leastCheck(toks, val, i)
}

func isSoThis(id uint8) bool { return id == idSo || id == idThis }

// negationCheck applies negation by the token k+1 places before i, with
// the "never so/this" and "without doubt" exceptions.
func negationCheck(toks []token, val float64, k, i int) float64 {
	switch k {
	case 0:
		if toks[i-1].negates() {
			return val * vaderNegScalar
		}
	case 1:
		switch {
		case toks[i-2].id() == idNever && isSoThis(toks[i-1].id()):
			return val * vaderNeverScale
		case toks[i-2].id() == idWithout && toks[i-1].id() == idDoubt:
			return val
		case toks[i-2].negates():
			return val * vaderNegScalar
		}
	case 2:
		switch {
		case toks[i-3].id() == idNever && (isSoThis(toks[i-2].id()) || isSoThis(toks[i-1].id())):
			return val * vaderNeverScale
		case toks[i-3].id() == idWithout && (toks[i-2].id() == idDoubt || toks[i-1].id() == idDoubt):
			return val
		case toks[i-3].negates():
			return val * vaderNegScalar
		}
	}
	return val
}

// leastCheck negates a word after "least", except in "at least" and
// "very least". Like govader it compares the original-case token.
func leastCheck(toks []token, val float64, i int) float64 {
	origIs := func(j int, id uint8) bool {
		return toks[j].flags&tokLowered == 0 && toks[j].id() == id
	}
	if i > 1 && toks[i-1].flags&tokOrigInLex == 0 && origIs(i-1, idLeast) {
		if !origIs(i-2, idAt) && !origIs(i-2, idVery) {
			val *= vaderNegScalar
		}
	} else if i > 0 && toks[i-1].flags&tokOrigInLex == 0 && origIs(i-1, idLeast) {
		val *= vaderNegScalar
	}
	return val
}

// matchPhrase returns the value of the first phrase in tab that the
// tokens from..to (inclusive) spell.
func matchPhrase(tab []phrase, toks []token, from, to int) (float64, bool) {
	n := to - from + 1
	for _, p := range tab {
		if len(p.ids) != n {
			continue
		}
		ok := true
		for k, id := range p.ids {
			if toks[from+k].id() != id {
				ok = false
				break
			}
		}
		if ok {
			return p.val, true
		}
	}
	return 0, false
}

// idiomCheck applies the special-case idioms around token i (i >= 3) and
// the multi-word boosters before it.
func (v *vader) idiomCheck(toks []token, val float64, i int) float64 {
	hi := min(i+2, len(toks)-1)
	found := false
	for j := i - 3; j <= hi; j++ {
		if toks[j].has(vPhraseWord) {
			found = true
			break
		}
	}
	if !found {
		return val
	}
	for _, r := range [...][2]int{{i - 1, i}, {i - 2, i}, {i - 2, i - 1}, {i - 3, i - 1}, {i - 3, i - 2}} {
		if x, ok := matchPhrase(v.special, toks, r[0], r[1]); ok {
			val = x
			break
		}
	}
	n := len(toks)
	if n-1 > i {
		if x, ok := matchPhrase(v.special, toks, i, i+1); ok {
			val = x
		}
	}
	if n-1 > i+1 {
		if x, ok := matchPhrase(v.special, toks, i, i+2); ok {
			val = x
		}
	}
	for _, r := range [...][2]int{{i - 3, i - 1}, {i - 3, i - 2}, {i - 2, i - 1}} {
		if x, ok := matchPhrase(v.boosters, toks, r[0], r[1]); ok {
			val += x
		}
	}
	return val
}

// punctEmphasis is the amplifier for "!" (0.292 each, at most 4) and "?"
// (0.18 each for 2 or 3, 0.96 for more).
func punctEmphasis(text string) float64 {
	ep := strings.Count(text, "!")
	if ep > vaderMaxExclaim {
		ep = vaderMaxExclaim
	}
	out := float64(ep) * vaderExclaimScale
	switch qm := strings.Count(text, "?"); {
	case qm > 3:
		out += vaderMaxQuest
	case qm > 1:
		out += float64(qm) * vaderQuestScale
	}
	return out
}

// normalize maps a valence sum to [-1, 1]: x / sqrt(x² + 15).
func normalize(x float64) float64 {
	y := x / math.Sqrt(x*x+vaderAlpha)
	if y < -1 {
		return -1
	}
	if y > 1 {
		return 1
	}
	return y
}
