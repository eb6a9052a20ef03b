package pipeline

import (
	"context"
	"io/fs"
	"strings"

	"github.com/tonalhq/tonal/lexicons"
	"github.com/tonalhq/tonal/pipeline/article"
	"github.com/tonalhq/tonal/pipeline/clean"
	"github.com/tonalhq/tonal/pipeline/score"
	"github.com/tonalhq/tonal/pipeline/segment"
	"github.com/tonalhq/tonal/scoring"
)

// Engine holds the built stages of a run: cleaner, segmenter and scorer,
// each built once from the lexicons and shared by all workers.
type Engine struct {
	Cleaner   *clean.Cleaner
	Segmenter *segment.Segmenter
	Scorer    *scoring.Scorer
}

type engineConfig struct {
	user fs.FS
}

// EngineOption configures NewEngine.
type EngineOption func(*engineConfig)

// WithUserLexicons adds the tone dimensions in the NAME.tsv files of fsys
// to the built-in ones; a file named like a built-in dimension replaces it.
func WithUserLexicons(fsys fs.FS) EngineOption {
	return func(c *engineConfig) { c.user = fsys }
}

// NewEngine builds the stages from the embedded lexicons.
func NewEngine(opts ...EngineOption) (*Engine, error) {
	var cfg engineConfig
	for _, o := range opts {
		o(&cfg)
	}
	c, err := clean.New()
	if err != nil {
		return nil, err
	}
	seg, err := segment.New()
	if err != nil {
		return nil, err
	}
	var sopts []scoring.Option
	if cfg.user != nil {
		sopts = append(sopts, scoring.WithUserLexicons(cfg.user))
	}
	sc, err := scoring.New(sopts...)
	if err != nil {
		return nil, err
	}
	return &Engine{Cleaner: c, Segmenter: seg, Scorer: sc}, nil
}

// Stages returns the processing stages in order: clean, segment, score.
func (e *Engine) Stages() []Stage {
	return []Stage{e.Cleaner, Segment{Segmenter: e.Segmenter}, score.Stage{Scorer: e.Scorer}}
}

// Lexicons identifies the data files in use, for the manifest.
func (e *Engine) Lexicons() []lexicons.Info {
	out := []lexicons.Info{e.Cleaner.Lexicon()}
	for _, l := range e.Segmenter.Lexicons() {
		if strings.TrimSuffix(l.Name, ".tsv") == out[0].Name {
			continue // the boilerplate list, which both read
		}
		out = append(out, lexicons.Info{Name: strings.TrimSuffix(l.Name, ".tsv"), Version: l.Version, Hash: l.Hash, Entries: l.Entries})
	}
	for _, d := range e.Scorer.ToneLists() {
		out = append(out, lexicons.Info{Name: d.Name, Version: d.Version, Hash: d.Hash, Entries: d.Entries})
	}
	for _, d := range e.Scorer.Dimensions() {
		out = append(out, lexicons.Info{Name: "dimensions/" + d.Name, Version: d.Version, Hash: d.Hash, Entries: d.Entries})
	}
	return out
}

// Process runs the stages on one article, synchronously.
func (e *Engine) Process(a *article.Article) {
	batch := []*article.Article{a}
	for _, st := range e.Stages() {
		_ = st.Process(context.Background(), batch) // the stages return errors only for I/O
	}
}
