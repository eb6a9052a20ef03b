package quoteeval

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tonalhq/tonal/datasets/brat"
	"github.com/tonalhq/tonal/pipeline/segment"
)

// Thresholds at which the direct-quote figures are reported.
const (
	Strict  = 0.8
	Lenient = 0.3
)

// Score is precision, recall and F1 with the counts behind them.
type Score struct {
	Threshold float64 `json:"threshold"`
	Gold      int     `json:"gold"`
	Predicted int     `json:"predicted"`
	Matched   int     `json:"matched"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// Miss is a gold quote that no prediction matched at the strict threshold,
// or a prediction that matched no gold quote.
type Miss struct {
	File string `json:"file"`
	// Kind is "missed" (gold, not found), "spurious" (predicted, not in
	// gold) or "speaker" (matched, wrong speaker).
	Kind string `json:"kind"`
	Text string `json:"text"`
	Note string `json:"note,omitempty"`
}

// Report is the result of one evaluation.
type Report struct {
	Files  int   `json:"files"`
	Strict Score `json:"direct_strict"`
	// Lenient is the direct-quote score at overlap ≥ 0.3.
	Lenient Score `json:"direct_lenient"`
	// SpeakerAccuracy is the share of strict matches whose speaker is right.
	SpeakerAccuracy float64 `json:"speaker_accuracy"`
	SpeakerMatched  int     `json:"speaker_matched"`
	// Indirect is the indirect-quote score at overlap ≥ 0.3.
	Indirect Score  `json:"indirect_lenient"`
	Misses   []Miss `json:"misses,omitempty"`
}

// span is a set of code-point ranges.
type span []brat.Fragment

func (s span) size() int {
	n := 0
	for _, f := range s {
		n += f.End - f.Start
	}
	return n
}

// covered returns how many code points of g that p covers.
func covered(g, p span) int {
	n := 0
	for _, a := range g {
		for _, b := range p {
			s, e := max(a.Start, b.Start), min(a.End, b.End)
			if e > s {
				n += e - s
			}
		}
	}
	return n
}

type goldQuote struct {
	content span
	source  span
	names   []string // canonical note, source text
	text    string
}

type predQuote struct {
	content span
	mention span
	speaker string
	text    string
}

// goldFor returns the annotation file of article name: <name>.ann, or,
// as corpora with several annotators per article name them
// (PolNeAR's <name>_<annotator>.ann), the first <name>_*.ann in name order.
func goldFor(dir, name string) (string, bool) {
	p := filepath.Join(dir, name+".ann")
	if _, err := os.Stat(p); err == nil {
		return p, true
	}
	ms, _ := filepath.Glob(filepath.Join(dir, globEscape(name)+"_*.ann"))
	if len(ms) == 0 {
		return "", false
	}
	sort.Strings(ms)
	return ms[0], true
}

// globEscape quotes the characters filepath.Match treats specially.
func globEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`*?[]\`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Evaluate segments every <name>.txt in inputDir that has a <name>.ann in
// goldDir — the whole file as it is, so offsets agree — and scores the
// quotes found against the gold attributions.
func Evaluate(goldDir, inputDir string, seg *segment.Segmenter) (Report, error) {
	var rep Report
	txts, err := filepath.Glob(filepath.Join(inputDir, "*.txt"))
	if err != nil {
		return rep, fmt.Errorf("list inputs: %w", err)
	}
	sort.Strings(txts)
	var acc accum
	for _, txt := range txts {
		name := strings.TrimSuffix(filepath.Base(txt), ".txt")
		annPath, ok := goldFor(goldDir, name)
		if !ok {
			continue
		}
		b, err := os.ReadFile(txt)
		if err != nil {
			return rep, fmt.Errorf("read input: %w", err)
		}
		ann, err := brat.ReadFile(annPath)
		if err != nil {
			return rep, fmt.Errorf("read gold: %w", err)
		}
		rep.Files++
		acc.file(&rep, name, string(b), ann, seg)
	}
	if rep.Files == 0 {
		return rep, fmt.Errorf("no .txt in %s has a .ann in %s: %w", inputDir, goldDir, os.ErrNotExist)
	}
	rep.Strict = acc.strict.score(Strict)
	rep.Lenient = acc.lenient.score(Lenient)
	rep.Indirect = acc.indirect.score(Lenient)
	rep.SpeakerMatched = acc.speakerOK
	if acc.strict.matched > 0 {
		rep.SpeakerAccuracy = float64(acc.speakerOK) / float64(acc.strict.matched)
	}
	return rep, nil
}

type counts struct{ gold, pred, matched int }

func (c counts) score(th float64) Score {
	s := Score{Threshold: th, Gold: c.gold, Predicted: c.pred, Matched: c.matched}
	if c.pred > 0 {
		s.Precision = float64(c.matched) / float64(c.pred)
	}
	if c.gold > 0 {
		s.Recall = float64(c.matched) / float64(c.gold)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}

type accum struct {
	strict, lenient, indirect counts
	speakerOK                 int
}

func (a *accum) file(rep *Report, name, text string, ann *brat.Document, seg *segment.Segmenter) {
	doc := seg.Segment(text)
	cp := newCodePoints(text)
	var gd, gi []goldQuote
	for _, e := range ann.Events {
		c, ok := ann.TextBound(e.Arg("Content"))
		if !ok {
			continue
		}
		g := goldQuote{content: span(c.Fragments), text: c.Text}
		if s, ok := ann.TextBound(e.Arg("Source")); ok {
			g.source = span(s.Fragments)
			if n := ann.NoteFor(s.ID); n != "" {
				g.names = append(g.names, n)
			}
			g.names = append(g.names, s.Text)
		}
		if strings.ContainsAny(c.Text, "\"“”‘’'«»„‚‹›`") && hasQuoteMark(c.Text) {
			gd = append(gd, g)
		} else {
			gi = append(gi, g)
		}
	}
	var pd, pi []predQuote
	for _, a := range attributions(text, doc.Quotes) {
		q := a.quote
		p := predQuote{speaker: q.Speaker}
		for _, s := range a.pieces {
			p.content = append(p.content, brat.Fragment{Start: cp.at(s.Start), End: cp.at(s.End)})
		}
		if q.Mention.Valid() {
			p.mention = span{{Start: cp.at(q.Mention.Start), End: cp.at(q.Mention.End)}}
		}
		p.text = text[q.Start:q.End]
		if a.marked {
			pd = append(pd, p)
		} else {
			pi = append(pi, p)
		}
	}
	strictPairs := match(gd, pd, Strict)
	a.strict.add(len(gd), len(pd), len(strictPairs))
	a.lenient.add(len(gd), len(pd), len(match(gd, pd, Lenient)))
	a.indirect.add(len(gi), len(pi), len(match(gi, pi, Lenient)))
	usedG := make([]bool, len(gd))
	usedP := make([]bool, len(pd))
	for _, m := range strictPairs {
		usedG[m[0]], usedP[m[1]] = true, true
		g, p := gd[m[0]], pd[m[1]]
		if speakerRight(g, p) {
			a.speakerOK++
		} else {
			rep.Misses = append(rep.Misses, Miss{File: name, Kind: "speaker", Text: clip(g.text), Note: fmt.Sprintf("gold %q, predicted %q", g.names, p.speaker)})
		}
	}
	for i, u := range usedG {
		if !u {
			rep.Misses = append(rep.Misses, Miss{File: name, Kind: "missed", Text: clip(gd[i].text), Note: nearestPred(gd[i], pd, usedP)})
		}
	}
	for i, u := range usedP {
		if !u {
			rep.Misses = append(rep.Misses, Miss{File: name, Kind: "spurious", Text: clip(pd[i].text), Note: nearestGold(pd[i], gd, gi)})
		}
	}
}

// nearestPred tells which unmatched prediction covers most of a missed
// gold quote, and how much of it: a boundary error rather than a miss.
func nearestPred(g goldQuote, pd []predQuote, used []bool) string {
	n := g.content.size()
	best, bi := 0, -1
	for j, p := range pd {
		if c := covered(g.content, p.content); c > best && !used[j] {
			best, bi = c, j
		}
	}
	if bi < 0 || n == 0 {
		return "no prediction overlaps it"
	}
	return fmt.Sprintf("covered %.2f by %q", float64(best)/float64(n), clip(pd[bi].text))
}

// nearestGold tells which gold attribution, direct or reported, a
// spurious prediction overlaps most.
func nearestGold(p predQuote, gd, gi []goldQuote) string {
	best, note := 0, "overlaps no gold attribution"
	for k, gs := range [][]goldQuote{gd, gi} {
		for _, g := range gs {
			if c := covered(g.content, p.content); c > best {
				best = c
				kind := "direct"
				if k == 1 {
					kind = "reported"
				}
				note = fmt.Sprintf("overlaps gold %s %q (%.2f of it)", kind, clip(g.text), float64(c)/float64(max(g.content.size(), 1)))
			}
		}
	}
	return note
}

// attribution is a predicted quote as the scorer sees it: its pieces with
// their quote marks, and whether it holds a quote mark.
type attribution struct {
	quote  segment.Quote
	pieces []segment.Span
	marked bool
}

// attributions applies the gold's rule to the predictions: an attribution
// whose content holds a quote mark is a direct quote. Direct and partial
// quotes are marked when their marks are written (a transcript's turns
// need none). An indirect quote (a reported clause)
// that holds direct or partial quotes ("described the plan as “a
// disaster”") is one marked attribution whose content takes them in; the
// quotes inside it are not scored again on their own. Partial quotes of
// one cue in one sentence are one attribution too.
func attributions(text string, qs []segment.Quote) []attribution {
	out := make([]attribution, 0, len(qs))
	inside := make([]bool, len(qs))
	for _, q := range qs {
		if q.Kind != segment.Indirect {
			continue
		}
		a := attribution{quote: q, pieces: []segment.Span{q.Span}}
		for j, o := range qs {
			if o.Kind == segment.Indirect || inside[j] {
				continue
			}
			mp := segment.MarkedPieces(text, o)
			// a quote whose words start inside the clause is part of it
			// (the clause ends before a closing mark and full stop)
			if o.Start >= q.Start && o.Start < q.End {
				inside[j], a.marked = true, true
				a.pieces[0].Start = min(a.pieces[0].Start, mp[0].Start)
				a.pieces[0].End = max(a.pieces[0].End, mp[len(mp)-1].End)
			}
		}
		if !a.marked {
			a.marked = hasQuoteMark(text[q.Start:q.End])
		}
		out = append(out, a)
	}
	for i := 0; i < len(qs); i++ {
		q := qs[i]
		if q.Kind == segment.Indirect || inside[i] {
			continue
		}
		// a direct quote without marks (a transcript's turn, "PENCE:
		// …") is not one by the gold's rule either
		a := attribution{quote: q, pieces: segment.MarkedPieces(text, q)}
		a.marked = openedByMark(text, q.Start) || hasQuoteMark(text[q.Start:q.End])
		// partial quotes that one reporting verb governs ("warned of
		// being “duped” by “a con”", "spoke of “how the system is
		// rigged,” and “wounded American families”") are one
		// attribution, as the gold annotates one: its content runs from
		// the first to the last
		for q.Kind == segment.Partial && q.Cue.Valid() && i+1 < len(qs) {
			o := qs[i+1]
			if o.Kind != segment.Partial || inside[i+1] || o.Cue != q.Cue || o.Paragraph != q.Paragraph || sentenceEndBetween(text, a.pieces[len(a.pieces)-1].End, o.Start) {
				break
			}
			mp := segment.MarkedPieces(text, o)
			a.pieces = []segment.Span{{Start: a.pieces[0].Start, End: mp[len(mp)-1].End}}
			i++
		}
		out = append(out, a)
	}
	return out
}

// sentenceEndBetween reports whether a full stop, a question or an
// exclamation mark that ends a sentence (one followed by a space) lies in
// text[a:b].
func sentenceEndBetween(text string, a, b int) bool {
	if a >= b {
		return false
	}
	for i := a; i < b-1; i++ {
		if c := text[i]; (c == '.' || c == '?' || c == '!') && text[i+1] == ' ' {
			return true
		}
	}
	return false
}

// openedByMark reports whether a quote mark stands before byte i, with
// only space between: “ A, « A.
func openedByMark(text string, i int) bool {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		switch r {
		case ' ', '\u00a0', '\u202f', '\u2009':
			i -= n
			continue
		case '"', '“', '”', '«', '»', '„', '‹', '›', '\'', '‘', '’', '`':
			return true
		}
		return false
	}
	return false
}

func hasQuoteMark(s string) bool {
	for _, r := range s {
		switch r {
		case '"', '“', '”', '«', '»', '„', '‹', '›':
			return true
		}
	}
	if strings.Contains(s, "''") {
		return true // two apostrophes, as one US archive writes every quote mark
	}
	s = strings.TrimSpace(s)
	r0, _ := utf8.DecodeRuneInString(s)
	r1, _ := utf8.DecodeLastRuneInString(s)
	if isSingle(r0) || isSingle(r1) {
		return true // a single mark at either end of the content
	}
	return singlePair(s)
}

func isSingle(r rune) bool { return r == '\'' || r == '‘' || r == '’' || r == '`' }

// singlePair reports a pair of single quote marks inside s: one that
// opens (after a space or an opening bracket or dash, before a letter)
// and a later one that closes (after a letter or a stop, before a space,
// a stop or the end), around more than two letters. Apostrophes sit
// inside words (don't, Iran's), open a number ('90s) or stand for a
// letter (rock 'n' roll), so they make no pair.
func singlePair(s string) bool {
	open, from := false, 0
	var prev rune = ' '
	for i, r := range s {
		next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
		if i+utf8.RuneLen(r) >= len(s) {
			next = ' '
		}
		if isSingle(r) {
			before := unicode.IsSpace(prev) || strings.ContainsRune("([—–-", prev)
			after := unicode.IsSpace(next) || strings.ContainsRune(".,;:!?)]—–-", next)
			switch {
			case !open && before && unicode.IsLetter(next):
				open, from = true, i+utf8.RuneLen(r)
			case open && !before && after && (unicode.IsLetter(prev) || strings.ContainsRune(".,!?", prev)) &&
				utf8.RuneCountInString(s[from:i]) > 2: // not rock 'n' roll
				return true
			}
		}
		prev = r
	}
	return false
}

func (c *counts) add(g, p, m int) { c.gold += g; c.pred += p; c.matched += m }

// match pairs gold and predicted quotes greedily by best overlap and returns
// the pairs (gold index, predicted index) whose overlap reaches th.
func match(gold []goldQuote, pred []predQuote, th float64) [][2]int {
	type cand struct {
		g, p int
		ov   float64
	}
	var cs []cand
	for i, g := range gold {
		n := g.content.size()
		if n == 0 {
			continue
		}
		for j, p := range pred {
			if ov := float64(covered(g.content, p.content)) / float64(n); ov >= th {
				cs = append(cs, cand{i, j, ov})
			}
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].ov > cs[j].ov })
	usedG := make([]bool, len(gold))
	usedP := make([]bool, len(pred))
	var out [][2]int
	for _, c := range cs {
		if usedG[c.g] || usedP[c.p] {
			continue
		}
		usedG[c.g], usedP[c.p] = true, true
		out = append(out, [2]int{c.g, c.p})
	}
	return out
}

// speakerRight: the predicted mention overlaps the gold source, or the
// predicted canonical speaker equals the gold canonical name or source text.
func speakerRight(g goldQuote, p predQuote) bool {
	if len(g.source) > 0 && covered(g.source, p.mention) > 0 {
		return true
	}
	if p.speaker == "" {
		return false
	}
	for _, n := range g.names {
		if n = strings.TrimSpace(n); strings.EqualFold(n, p.speaker) || strings.EqualFold(withoutArticle(n), p.speaker) || sameSurname(n, p.speaker) {
			return true
		}
	}
	return false
}

// withoutArticle returns a gold source without the article it opens with
// ("a career Army officer"), as canonical speakers are written.
func withoutArticle(n string) string {
	for _, a := range [...]string{"a ", "an ", "the ", "A ", "An ", "The "} {
		if rest, ok := strings.CutPrefix(n, a); ok {
			return rest
		}
	}
	return n
}

// sameSurname reports whether a gold source that is a bare or titled
// surname ("Graham", "President Obama", "Mr. Trump") names the predicted
// canonical speaker ("Lindsey Graham", "Barack Obama"): the last words
// agree and the gold source starts with a capital. Pronouns and common
// nouns ("she", "the senator") never match this way.
func sameSurname(gold, pred string) bool {
	// a tag after the name is not part of it: "Paul Ryan, R-Wis.,",
	// "G.K. Butterfield (D-N.C.), head of …"
	if i := strings.IndexAny(gold, ",("); i > 0 {
		gold = gold[:i]
	}
	gw, pw := strings.Fields(gold), strings.Fields(pred)
	if len(gw) == 0 || len(pw) == 0 || len(gw) == 1 && len(pw) == 1 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(gw[0])
	last := strings.TrimRight(gw[len(gw)-1], ",.")
	return unicode.IsUpper(r) && len(last) > 1 && strings.EqualFold(last, pw[len(pw)-1])
}

func clip(s string) string {
	if utf8.RuneCountInString(s) <= 80 {
		return s
	}
	r := []rune(s)
	return string(r[:77]) + "…"
}

// codePoints converts byte offsets of one text to code-point offsets.
type codePoints struct {
	text string
	idx  []int // idx[b] = code points before byte b, for every byte
}

func newCodePoints(text string) codePoints {
	idx := make([]int, len(text)+1)
	n := 0
	for i := 0; i < len(text); i++ {
		idx[i] = n
		if !utf8.RuneStart(text[i]) {
			idx[i] = n - 1
			continue
		}
		n++
	}
	idx[len(text)] = n
	// a byte inside a rune maps to that rune's index
	return codePoints{text: text, idx: idx}
}

func (c codePoints) at(b int) int {
	if b < 0 {
		return 0
	}
	if b >= len(c.idx) {
		return c.idx[len(c.idx)-1]
	}
	return c.idx[b]
}

// WriteText prints the report as a readable table, then the misses.
func (r Report) WriteText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "files: %d\n\n", r.Files)
	fmt.Fprintf(&b, "%-22s %6s %6s %7s %9s %7s %7s\n", "measure", "gold", "pred", "matched", "precision", "recall", "F1")
	row := func(name string, s Score) {
		fmt.Fprintf(&b, "%-22s %6d %6d %7d %9.3f %7.3f %7.3f\n", name, s.Gold, s.Predicted, s.Matched, s.Precision, s.Recall, s.F1)
	}
	row(fmt.Sprintf("direct @%.1f", r.Strict.Threshold), r.Strict)
	row(fmt.Sprintf("direct @%.1f", r.Lenient.Threshold), r.Lenient)
	row(fmt.Sprintf("indirect @%.1f", r.Indirect.Threshold), r.Indirect)
	fmt.Fprintf(&b, "\nspeaker accuracy: %.3f (%d of %d strict matches)\n", r.SpeakerAccuracy, r.SpeakerMatched, r.Strict.Matched)
	if len(r.Misses) > 0 {
		b.WriteString("\nmisses:\n")
		for _, m := range r.Misses {
			fmt.Fprintf(&b, "  %-28s %-8s %s", m.File, m.Kind, m.Text)
			if m.Note != "" {
				fmt.Fprintf(&b, "  [%s]", m.Note)
			}
			b.WriteByte('\n')
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteJSON writes the report as indented JSON.
func (r Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}
