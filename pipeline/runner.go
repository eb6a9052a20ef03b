package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"

	"golang.org/x/sync/errgroup"

	"github.com/tonalhq/tonal/pipeline/article"
)

// Stage is one step of the pipeline. Process works on a batch in place; an
// article it cannot handle gets its Reject set and the batch goes on. An
// error stops the run, so only configuration and I/O problems return one.
// A Stage must be safe for concurrent use by the runner's workers.
type Stage interface {
	Process(ctx context.Context, batch []*article.Article) error
}

// Source yields the records of a run in order, then io.EOF.
type Source interface {
	Next() (*article.Article, error)
}

// Sink takes the processed articles, in input order, from one goroutine.
type Sink interface {
	Write(a *article.Article) error
}

// Stats counts what a run has written so far.
type Stats struct {
	Records      int64            // input records seen (articles + rejects)
	Articles     int64            // articles written
	Paragraphs   int64            // paragraphs written
	Sentences    int64            // sentences written
	Quotes       int64            // quotes written
	Rejects      int64            // records rejected
	RepairedUTF8 int64            // articles whose invalid UTF-8 was replaced
	TextBytes    int64            // bytes of raw article text processed
	ByReason     map[string]int64 // rejects per reason
}

func (s *Stats) add(a *article.Article) {
	s.Records++
	if a.Rejected() {
		s.Rejects++
		s.ByReason[string(a.Reject.Reason)]++
		return
	}
	s.Articles++
	s.Paragraphs += int64(len(a.Doc.Paragraphs))
	s.Sentences += int64(len(a.Doc.Sentences))
	s.Quotes += int64(len(a.Doc.Quotes))
	s.TextBytes += int64(len(a.Raw))
	if a.RepairedUTF8 {
		s.RepairedUTF8++
	}
}

// Defaults for the runner options.
const (
	DefaultBatchSize  = 64
	DefaultBatchBytes = 1 << 20
)

// Runner wires stages between a source and a sink.
type Runner struct {
	stages     []Stage
	workers    int
	batchSize  int
	batchBytes int
	progress   func(Stats)
}

// Option configures a Runner.
type Option func(*Runner)

// WithWorkers sets how many batches are processed at once (default: the
// number of CPUs).
func WithWorkers(n int) Option {
	return func(r *Runner) {
		if n > 0 {
			r.workers = n
		}
	}
}

// WithBatch sets the most articles and raw text bytes in one batch.
func WithBatch(articles, bytes int) Option {
	return func(r *Runner) {
		if articles > 0 {
			r.batchSize = articles
		}
		if bytes > 0 {
			r.batchBytes = bytes
		}
	}
}

// WithProgress calls fn from the writing goroutine after each batch is
// written, with the counts so far.
func WithProgress(fn func(Stats)) Option { return func(r *Runner) { r.progress = fn } }

// NewRunner returns a Runner for the stages, applied in order.
func NewRunner(stages []Stage, opts ...Option) *Runner {
	r := &Runner{stages: stages, workers: runtime.GOMAXPROCS(0), batchSize: DefaultBatchSize, batchBytes: DefaultBatchBytes}
	for _, o := range opts {
		o(r)
	}
	return r
}

// Workers reports the size of the worker pool.
func (r *Runner) Workers() int { return r.workers }

type batch struct {
	items []*article.Article
	done  chan struct{}
	err   error
}

// Run reads src to the end, runs the stages and writes every record to
// sink in input order. It stops at the first error, or when ctx is
// cancelled (returning ctx's error); the stats say how far it got.
func (r *Runner) Run(ctx context.Context, src Source, sink Sink) (Stats, error) {
	stats := Stats{ByReason: map[string]int64{}}
	g, ctx := errgroup.WithContext(ctx)
	work := make(chan *batch, r.workers)
	order := make(chan *batch, 2*r.workers)

	g.Go(func() error {
		defer close(work)
		defer close(order)
		for {
			b, err := r.read(src)
			if len(b.items) > 0 {
				select {
				case order <- b:
				case <-ctx.Done():
					return ctx.Err()
				}
				select {
				case work <- b:
				case <-ctx.Done():
					return ctx.Err()
				}
			}
			if errors.Is(err, io.EOF) {
				return nil
			}
			if err != nil {
				return err
			}
			if err := ctx.Err(); err != nil {
				return err
			}
		}
	})
	for range r.workers {
		g.Go(func() error {
			for b := range work {
				for _, st := range r.stages {
					if err := st.Process(ctx, b.items); err != nil {
						b.err = err
						break
					}
				}
				close(b.done)
			}
			return nil
		})
	}
	g.Go(func() error {
		for b := range order {
			select {
			case <-b.done:
			case <-ctx.Done():
				return ctx.Err()
			}
			if b.err != nil {
				return b.err
			}
			for _, a := range b.items {
				if err := sink.Write(a); err != nil {
					return fmt.Errorf("write: %w", err)
				}
				stats.add(a)
			}
			if r.progress != nil {
				r.progress(stats)
			}
		}
		return ctx.Err()
	})
	err := g.Wait()
	return stats, err
}

// read fills one batch from src.
func (r *Runner) read(src Source) (*batch, error) {
	b := &batch{items: make([]*article.Article, 0, r.batchSize), done: make(chan struct{})}
	size := 0
	for len(b.items) < r.batchSize && size < r.batchBytes {
		a, err := src.Next()
		if err != nil {
			return b, err
		}
		b.items = append(b.items, a)
		size += len(a.Raw)
	}
	return b, nil
}
