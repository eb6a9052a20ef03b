package scoring

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sync"

	"github.com/tonalhq/tonal/lexicons"
)

// Scorer computes Scores for units of text. It is immutable and safe for
// concurrent use.
//
// Each unit is prepared (emoji and typographic quotes, see prepare) and
// cut into tokens once; the valence, tone and dimension scorers all read
// that one token stream.
type Scorer struct {
	vocab   map[string]*vocabEntry
	vader   *vader
	dims    *dimMatcher
	infos   []DimensionInfo
	tone    []DimensionInfo
	columns []Column
	// coop and conflict are the indices of the cooperation and conflict
	// dimensions, or -1.
	coop, conflict int

	byteClass, lowerByte [256]uint8
	pool                 sync.Pool
}

// Option configures a Scorer.
type Option func(*config)

type config struct {
	lexicons fs.FS
	user     []fs.FS
}

// WithLexicons reads the built-in tone dimensions from the files
// dimensions/*.tsv of fsys, and the tone lists activity.tsv and
// pronouns.tsv from its top level (from the embedded lexicons.FS when fsys
// lacks them). The default is lexicons.FS.
func WithLexicons(fsys fs.FS) Option {
	return func(c *config) { c.lexicons = fsys }
}

// WithUserLexicons adds the dimensions in the *.tsv files at the top of
// fsys: a file whose name matches a built-in dimension replaces it, any
// other adds a dimension after the built-ins. The option may be given more
// than once; later folders win.
func WithUserLexicons(fsys fs.FS) Option {
	return func(c *config) { c.user = append(c.user, fsys) }
}

// DimensionInfo describes one tone dimension (or tone list) of a Scorer:
// its name, the version from its header, the first 16 hex digits of the
// SHA-256 of its file and its number of entries.
type DimensionInfo struct {
	Name, Version, Hash string
	Entries             int
}

// New returns a Scorer built from the embedded lexicons, or those the
// options name. All lexicon problems are reported together, each as
// "file:line: problem".
func New(opts ...Option) (*Scorer, error) {
	cfg := config{lexicons: lexicons.FS}
	for _, o := range opts {
		o(&cfg)
	}
	vb := newVocabBuilder()
	v, err := loadVader(vb)
	if err != nil {
		return nil, fmt.Errorf("new scorer: %w", err)
	}
	toneLists, err := loadTone(vb, cfg.lexicons, lexicons.FS)
	if err != nil {
		return nil, fmt.Errorf("new scorer: %w", err)
	}
	lexs, err := loadDimensions(cfg)
	if err != nil {
		return nil, fmt.Errorf("new scorer: %w", err)
	}
	dm, err := buildDims(vb, lexs)
	if err != nil {
		return nil, fmt.Errorf("new scorer: %w", err)
	}
	s := &Scorer{vocab: vb.m, vader: v, dims: dm, coop: -1, conflict: -1}
	s.byteClass, s.lowerByte = byteTables()
	for i, l := range lexs {
		s.infos = append(s.infos, l.Info())
		switch l.Name {
		case "cooperation":
			s.coop = i
		case "conflict":
			s.conflict = i
		}
	}
	for _, l := range toneLists {
		s.tone = append(s.tone, l.Info())
	}
	s.columns = s.buildColumns()
	s.pool.New = func() any { return new(scratch) }
	return s, nil
}

// loadDimensions reads the built-in and user dimension lexicons.
func loadDimensions(cfg config) ([]*Lexicon, error) {
	var lexs []*Lexicon
	var errs []error
	add := func(fsys fs.FS, pattern string, replace bool) {
		names, err := fs.Glob(fsys, pattern)
		if err != nil {
			errs = append(errs, fmt.Errorf("list dimensions: %w", err))
			return
		}
		for _, name := range names {
			l, err := readLexiconFile(fsys, name)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			if !validDimName(l.Name) {
				errs = append(errs, &LexiconError{File: name, Line: 1, Problem: fmt.Sprintf("dimension name %q: use lower-case letters, digits and _", l.Name)})
				continue
			}
			i := -1
			for k := range lexs {
				if lexs[k].Name == l.Name {
					i = k
				}
			}
			switch {
			case i >= 0 && replace:
				lexs[i] = l
			case i >= 0:
				errs = append(errs, &LexiconError{File: name, Line: 1, Problem: fmt.Sprintf("dimension %q defined twice", l.Name)})
			default:
				lexs = append(lexs, l)
			}
		}
	}
	add(cfg.lexicons, path.Join("dimensions", "*.tsv"), false)
	for _, u := range cfg.user {
		add(u, "*.tsv", true)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return lexs, nil
}

func validDimName(name string) bool {
	if name == "" {
		return false
	}
	for _, c := range []byte(name) {
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// Dimensions lists the tone dimensions in the order of Scores.Dims.
func (s *Scorer) Dimensions() []DimensionInfo { return append([]DimensionInfo(nil), s.infos...) }

// ToneLists describes the word lists behind the tone fields: the active
// verbs and the pronouns.
func (s *Scorer) ToneLists() []DimensionInfo { return append([]DimensionInfo(nil), s.tone...) }

// Score scores text as one unit into dst, reusing dst.Dims.
func (s *Scorer) Score(text string, dst *Scores) {
	sc := s.pool.Get().(*scratch)
	defer s.pool.Put(sc)
	text = s.vader.prepare(text, sc)
	s.tokenize(text, sc)
	out := Scores{Dims: dst.Dims[:0]}
	if text != "" {
		// Text that is empty once trimmed scores zero; govader gives
		// it neu = 1.
		out.Valence = s.vader.valence(text, sc)
	}
	out.Tone = toneOf(sc)
	out.Words = len(sc.words)
	s.dims.score(sc)
	for _, sum := range sc.sums {
		d := 0.0
		if out.Words > 0 {
			d = 100 * sum / float64(out.Words)
		}
		out.Dims = append(out.Dims, d)
	}
	out.CooperationConflict = s.coopConflict(out.Dims)
	*dst = out
}

// coopConflict is (cooperation - conflict) / (cooperation + conflict): 1
// when a unit has only cooperation, -1 when only conflict, 0 when it has
// neither or the Scorer lacks one of the two dimensions.
func (s *Scorer) coopConflict(dims []float64) float64 {
	if s.coop < 0 || s.conflict < 0 || s.coop >= len(dims) || s.conflict >= len(dims) {
		return 0
	}
	c, k := dims[s.coop], dims[s.conflict]
	if c+k <= 0 {
		return 0
	}
	return (c - k) / (c + k)
}

// Combine sets dst to the scores of a unit made of parts: the score of a
// paragraph from its sentences, or of an article from its paragraphs.
//
// Every score except Words and CooperationConflict is the word-weighted
// mean of the parts' scores (each part weighs its Words); when no part has
// words, the plain mean. Words is the sum of the parts' Words.
// CooperationConflict is recomputed from the combined cooperation and
// conflict dimensions, so it is not the mean of the parts' values. The
// per-100-words dimension scores and the percentages combine exactly:
// the combined value is what scoring the whole unit would give when the
// parts' tokens are the whole's tokens. The VADER valence does not: VADER
// is defined on sentences, and the combined valence is their weighted
// mean.
func (s *Scorer) Combine(dst *Scores, parts []Scores) {
	out := Scores{Dims: dst.Dims[:0]}
	for range s.infos {
		out.Dims = append(out.Dims, 0)
	}
	total := 0
	for i := range parts {
		total += parts[i].Words
	}
	var wsum float64
	for i := range parts {
		p := &parts[i]
		w := float64(p.Words)
		if total == 0 {
			w = 1
		}
		wsum += w
		out.Compound += w * p.Compound
		out.Pos += w * p.Pos
		out.Neu += w * p.Neu
		out.Neg += w * p.Neg
		out.Tone.Tone += w * p.Tone.Tone
		out.PositivePct += w * p.PositivePct
		out.NegativePct += w * p.NegativePct
		out.PolarityPct += w * p.PolarityPct
		out.ActivityPct += w * p.ActivityPct
		out.SelfGroupPct += w * p.SelfGroupPct
		for d := range min(len(out.Dims), len(p.Dims)) {
			out.Dims[d] += w * p.Dims[d]
		}
	}
	if wsum > 0 {
		out.Compound /= wsum
		out.Pos /= wsum
		out.Neu /= wsum
		out.Neg /= wsum
		out.Tone.Tone /= wsum
		out.PositivePct /= wsum
		out.NegativePct /= wsum
		out.PolarityPct /= wsum
		out.ActivityPct /= wsum
		out.SelfGroupPct /= wsum
		for d := range out.Dims {
			out.Dims[d] /= wsum
		}
	}
	out.Words = total
	out.CooperationConflict = s.coopConflict(out.Dims)
	*dst = out
}

// valenceOnly computes only the VADER scores of text (for benchmarks
// against govader).
func (s *Scorer) valenceOnly(text string, sc *scratch) Valence {
	text = s.vader.prepare(text, sc)
	s.tokenize(text, sc)
	if text == "" {
		return Valence{}
	}
	return s.vader.valence(text, sc)
}
