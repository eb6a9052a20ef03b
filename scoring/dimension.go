package scoring

import (
	"cmp"
	_ "embed"
	"fmt"
	"math"
	"slices"
	"strings"
)

// A tone dimension scores a unit by the terms of its lexicon found in the
// unit's word tokens: dim_<name> is the sum of the weights of the matched
// terms per 100 words.
//
// Matching works on the shared token stream, on each word token's word
// form (lower case, ASCII punctuation stripped from both ends); tokens
// without a letter or digit are skipped. Per dimension the words are read
// left to right and at each word the longest term starting there wins
// (multi-word terms before their parts; an exact word and a prefix term
// both of one word count once); the words of a match are consumed, so a
// word counts at most once per dimension. A multi-word term does not match
// across a clause end (a word ending in , ; : . ! or ?).
//
// Negation: a match does not count when one of the three words before it
// is a negator — a word of dim_negators.tsv (not, no, never, without,
// nor, neither, hardly, barely, lack, absence, …) or a word containing
// "n't" — unless a clause end lies between them. Words tagged not-after-a
// ("little", "few") negate only when not preceded by "a" ("little
// progress" negates, "a little progress" does not). So "no threat", "not
// encouraging", "without any progress" and "lack of cooperation" do not
// count. The negated words are still consumed.
type dimMatcher struct {
	names []string
	// starts[w] lists the terms whose first word has dimension word id w,
	// sorted by dimension and then by length, longest first.
	starts [][]int32
	terms  []dimTerm
	// A trie of the prefix (wildcard) words as a dense transition table:
	// trans[node*ncols+col[b]] is the node after byte b, 0 for none (the
	// root, node 0, is never a target); col[b] is 0 for bytes no prefix
	// contains. nodePats[node] lists the patterns ending at node, and
	// patTerms[p] the one-word terms of pattern p.
	col      [256]uint8
	ncols    int32
	trans    []int32
	nodePats [][]int32
	patTerms [][]int32
}

type dimTerm struct {
	dim    int32
	words  []int32 // dimension word ids; for a prefix last word, its pattern id
	prefix bool
	weight float64
}

//go:embed dim_negators.tsv
var dimNegatorsFile []byte

// buildDims adds the dimension lexicons' words to vocab and returns their
// matcher. The negator list is part of every Scorer.
func buildDims(vocab *vocabBuilder, lexs []*Lexicon) (*dimMatcher, error) {
	neg, err := ParseLexicon("dim_negators.tsv", strings.NewReader(string(dimNegatorsFile)))
	if err != nil {
		return nil, fmt.Errorf("load negators: %w", err)
	}
	for _, e := range neg.Entries {
		en := vocab.entry(trimPunct(e.Term))
		en.flags |= vDimNegator
		if e.HasTag("not-after-a") {
			en.flags |= vDimNegAfterA
		}
	}
	vocab.entry("a").flags |= vArticleA

	m := &dimMatcher{}
	type node struct {
		kids map[byte]int32
		pats []int32
	}
	nodes := []node{{kids: map[byte]int32{}}}
	pats := map[string]int32{}
	patID := func(prefix string) int32 {
		if p, ok := pats[prefix]; ok {
			return p
		}
		p := int32(len(m.patTerms))
		pats[prefix] = p
		m.patTerms = append(m.patTerms, nil)
		cur := int32(0)
		for i := 0; i < len(prefix); i++ {
			nx, ok := nodes[cur].kids[prefix[i]]
			if !ok {
				nx = int32(len(nodes))
				nodes = append(nodes, node{kids: map[byte]int32{}})
				nodes[cur].kids[prefix[i]] = nx
			}
			cur = nx
		}
		nodes[cur].pats = append(nodes[cur].pats, p)
		return p
	}
	wordID := func(w string) int32 {
		e := vocab.entry(w)
		if e.dim == 0 {
			m.starts = append(m.starts, nil)
			e.dim = int32(len(m.starts))
		}
		return e.dim - 1
	}
	for d, l := range lexs {
		m.names = append(m.names, l.Name)
		for _, e := range l.Entries {
			t := dimTerm{dim: int32(d), prefix: e.Prefix, weight: e.Weight}
			for k, w := range e.Words {
				w = trimPunct(w)
				if e.Prefix && k == len(e.Words)-1 {
					t.words = append(t.words, patID(w))
				} else {
					t.words = append(t.words, wordID(w))
				}
			}
			ti := int32(len(m.terms))
			m.terms = append(m.terms, t)
			if t.prefix && len(t.words) == 1 {
				m.patTerms[t.words[0]] = append(m.patTerms[t.words[0]], ti)
			} else {
				m.starts[t.words[0]] = append(m.starts[t.words[0]], ti)
			}
		}
	}
	for _, s := range m.starts {
		slices.SortStableFunc(s, func(a, b int32) int {
			ta, tb := &m.terms[a], &m.terms[b]
			if c := cmp.Compare(ta.dim, tb.dim); c != 0 {
				return c
			}
			return cmp.Compare(len(tb.words), len(ta.words))
		})
	}
	// Lay the trie out as a dense table over the bytes it uses.
	m.ncols = 1
	for _, n := range nodes {
		for b := range n.kids {
			if m.col[b] == 0 {
				if m.ncols == math.MaxUint8 {
					return nil, fmt.Errorf("build dimensions: too many distinct bytes in prefix terms")
				}
				m.col[b] = uint8(m.ncols)
				m.ncols++
			}
		}
	}
	m.trans = make([]int32, int(m.ncols)*len(nodes))
	m.nodePats = make([][]int32, len(nodes))
	for i, n := range nodes {
		for b, nx := range n.kids {
			m.trans[int32(i)*m.ncols+int32(m.col[b])] = nx
		}
		m.nodePats[i] = n.pats
	}
	return m, nil
}

// wordPats fills sc.pats and sc.patAt with the prefix patterns each word
// token matches.
func (m *dimMatcher) wordPats(low []byte, toks []token, sc *scratch) {
	pats := sc.pats[:0]
	at := sc.patAt[:0]
	for _, ti := range sc.words {
		t := &toks[ti]
		lo := int32(len(pats))
		if len(m.patTerms) > 0 {
			cur := int32(0)
			for _, c := range low[t.ws:t.we] {
				k := int32(m.col[c])
				if k == 0 {
					break
				}
				cur = m.trans[cur*m.ncols+k]
				if cur == 0 {
					break
				}
				pats = append(pats, m.nodePats[cur]...)
			}
		}
		at = append(at, patRange{lo, int32(len(pats))})
	}
	sc.pats, sc.patAt = pats, at
}

// score adds, per dimension, the weights of the matched terms into
// sc.sums.
func (m *dimMatcher) score(sc *scratch) {
	nd := len(m.names)
	sums := sc.sums[:0]
	free := sc.free[:0]
	for range nd {
		sums = append(sums, 0)
		free = append(free, 0)
	}
	sc.sums, sc.free = sums, free
	if nd == 0 {
		return
	}
	m.wordPats(sc.low, sc.toks, sc)
	nw := int32(len(sc.words))
	for wi := int32(0); wi < nw; wi++ {
		t := &sc.toks[sc.words[wi]]
		if t.form != nil && t.form.dim != 0 {
			for _, ti := range m.starts[t.form.dim-1] {
				term := &m.terms[ti]
				if free[term.dim] > wi || !m.matchAt(sc, term, wi) {
					continue
				}
				m.count(sc, term, wi)
			}
		}
		pr := sc.patAt[wi]
		for _, p := range sc.pats[pr.lo:pr.hi] {
			for _, ti := range m.patTerms[p] {
				term := &m.terms[ti]
				if free[term.dim] > wi {
					continue
				}
				m.count(sc, term, wi)
			}
		}
	}
}

// matchAt reports whether term matches the words from word index wi.
func (m *dimMatcher) matchAt(sc *scratch, term *dimTerm, wi int32) bool {
	if int(wi)+len(term.words) > len(sc.words) {
		return false
	}
	last := len(term.words) - 1
	for k, w := range term.words {
		t := &sc.toks[sc.words[wi+int32(k)]]
		if k < last && t.flags&tokClauseEnd != 0 {
			return false
		}
		if k == last && term.prefix {
			pr := sc.patAt[wi+int32(k)]
			if !slices.Contains(sc.pats[pr.lo:pr.hi], w) {
				return false
			}
			continue
		}
		if t.form == nil || t.form.dim != w+1 {
			return false
		}
	}
	return true
}

// count consumes the words of a match of term at wi and adds its weight
// unless the match is negated.
func (m *dimMatcher) count(sc *scratch, term *dimTerm, wi int32) {
	sc.free[term.dim] = wi + int32(len(term.words))
	if !negatedAt(sc, wi) {
		sc.sums[term.dim] += term.weight
	}
}

// negatedAt reports whether one of the three words before word index wi
// negates it (see dimMatcher).
func negatedAt(sc *scratch, wi int32) bool {
	for j := wi - 1; j >= 0 && j >= wi-3; j-- {
		t := &sc.toks[sc.words[j]]
		if t.flags&tokClauseEnd != 0 {
			return false
		}
		if t.flags&tokNT != 0 {
			return true
		}
		f := t.form
		if f == nil || f.flags&vDimNegator == 0 {
			continue
		}
		if f.flags&vDimNegAfterA != 0 && j > 0 {
			if p := sc.toks[sc.words[j-1]].form; p != nil && p.flags&vArticleA != 0 {
				continue
			}
		}
		return true
	}
	return false
}
