package scoring

import (
	"errors"
	"fmt"
	"io/fs"
)

// Tone lists, read from the lexicons folder (see WithLexicons).
const (
	activityFile = "activity.tsv"
	pronounsFile = "pronouns.tsv"
)

// loadTone marks the active verbs and pronouns in vocab. The lists are read
// from fsys, or from fallback when fsys does not have them.
func loadTone(vocab *vocabBuilder, fsys, fallback fs.FS) ([]*Lexicon, error) {
	var out []*Lexicon
	for _, f := range []struct {
		file  string
		flag  uint16
		apply func(e *LexiconEntry, v *vocabEntry)
	}{
		{activityFile, vActive, nil},
		{pronounsFile, vPronoun, func(e *LexiconEntry, v *vocabEntry) {
			if e.HasTag("nocaps") {
				v.flags |= vPronounNoCaps
			}
		}},
	} {
		l, err := readLexiconFile(fsys, f.file)
		if errors.Is(err, fs.ErrNotExist) && fallback != nil {
			l, err = readLexiconFile(fallback, f.file)
		}
		if err != nil {
			return nil, fmt.Errorf("load tone list: %w", err)
		}
		for i := range l.Entries {
			e := &l.Entries[i]
			if len(e.Words) != 1 || e.Prefix {
				return nil, fmt.Errorf("load tone list: %w", &LexiconError{File: f.file, Line: e.Line, Problem: "tone lists take single words without *"})
			}
			v := vocab.entry(trimPunct(e.Words[0]))
			v.flags |= f.flag
			if f.apply != nil {
				f.apply(e, v)
			}
		}
		out = append(out, l)
	}
	return out, nil
}

// tone computes the GDELT-style tone percentages over the word tokens in
// sc (see Tone). Each word's word form is looked up once:
//
//   - positive_pct / negative_pct: words whose VADER lexicon valence is
//     positive / negative (the VADER lexicon is the tone dictionary; as in
//     GDELT, a bag of words: no negation, boosters or capitals);
//   - polarity_pct: words found in the tone dictionary, that is
//     positive_pct + negative_pct (the lexicon has no zero valences);
//   - activity_pct: words in lexicons/activity.tsv;
//   - self_group_pct: words in lexicons/pronouns.tsv ("US" and "IT" in
//     capitals are not pronouns);
//   - tone: positive_pct - negative_pct.
func toneOf(sc *scratch) Tone {
	var pos, neg, act, pron int
	for _, ti := range sc.words {
		t := &sc.toks[ti]
		f := t.form
		if f == nil {
			continue
		}
		if f.flags&vLex != 0 {
			switch {
			case f.val > 0:
				pos++
			case f.val < 0:
				neg++
			}
		}
		if f.flags&vActive != 0 {
			act++
		}
		if f.flags&vPronoun != 0 && (f.flags&vPronounNoCaps == 0 || t.flags&tokUpper == 0) {
			pron++
		}
	}
	n := len(sc.words)
	if n == 0 {
		return Tone{}
	}
	pct := func(k int) float64 { return 100 * float64(k) / float64(n) }
	out := Tone{
		PositivePct:  pct(pos),
		NegativePct:  pct(neg),
		PolarityPct:  pct(pos + neg),
		ActivityPct:  pct(act),
		SelfGroupPct: pct(pron),
	}
	out.Tone = out.PositivePct - out.NegativePct
	return out
}
