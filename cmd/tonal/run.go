package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/tonalhq/tonal/internal/version"
	"github.com/tonalhq/tonal/pipeline"
	"github.com/tonalhq/tonal/pipeline/ingest"
	"github.com/tonalhq/tonal/pipeline/tables"
)

// runOptions are the settings of one "tonal run".
type runOptions struct {
	inputs         []string
	out            string
	overwrite      bool
	format         ingest.Format
	workers        int
	maxRejectRatio float64
	quiet          bool
	lexicons       string
	args           []string // the command line, for the manifest
}

const runUsage = `[flags] INPUT...

Reads news archives and writes Parquet tables of tone scores to the output
directory: articles/, paragraphs/, sentences/, quotes/, rejects/ and
manifest.json. INPUT is a file, a directory (read recursively, in sorted
order) or - for standard input. Formats: JSONL (.jsonl, .ndjson, one article
per line with id, url, source, title, published, text) and text (.txt, .md,
one article per file with optional front matter); .gz files are read as
they are.`

func runRun(e env, args []string) error {
	fs := newFlags("run", runUsage, e)
	var o runOptions
	var format string
	fs.StringVar(&o.out, "o", "tonal-out", "output `DIR`ectory")
	fs.StringVar(&o.out, "out", "tonal-out", "output `DIR`ectory (same as -o)")
	fs.BoolVar(&o.overwrite, "overwrite", false, "replace the tables in a non-empty output directory")
	fs.StringVar(&format, "format", "auto", "input format: auto (by file extension), jsonl or text")
	fs.IntVar(&o.workers, "workers", 0, "worker goroutines (default: all cores)")
	fs.Float64Var(&o.maxRejectRatio, "max-reject-ratio", 0.5, "exit 3 when more than this share of records is rejected")
	fs.BoolVar(&o.quiet, "quiet", false, "print no progress and no summary")
	fs.StringVar(&o.lexicons, "lexicons", "", "a `DIR` of NAME.tsv tone dimensions that add to or replace the built-in ones")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if o.format, err = ingest.ParseFormat(format); err != nil {
		return withCode(exitUsage, fmt.Errorf("--format: %w", err))
	}
	if o.workers < 0 {
		return withCode(exitUsage, fmt.Errorf("--workers %d: want 0 (all cores) or more", o.workers))
	}
	if o.maxRejectRatio < 0 || o.maxRejectRatio > 1 {
		return withCode(exitUsage, fmt.Errorf("--max-reject-ratio %g: want a number from 0 to 1", o.maxRejectRatio))
	}
	if len(pos) == 0 {
		return withCode(exitUsage, errors.New("no INPUT given (a file, a directory or -; see --help)"))
	}
	o.inputs = pos
	o.args = args
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return runPipeline(ctx, e, o)
}

func runPipeline(ctx context.Context, e env, o runOptions) error {
	started := time.Now()
	eng, err := newEngine(o.lexicons)
	if err != nil {
		return err
	}
	src, err := ingest.Open(o.inputs, ingest.WithFormat(o.format), ingest.WithStdin(e.stdin))
	if err != nil {
		return withCode(exitUsage, err)
	}
	defer src.Close()

	lex, _ := json.Marshal(eng.Lexicons())
	w, err := tables.Create(o.out, eng.Scorer.Columns(), tables.WithOverwrite(o.overwrite),
		tables.WithMetadata(map[string]string{"tonal.version": version.Version, "tonal.lexicons": string(lex)}))
	if err != nil {
		return withCode(exitUsage, err)
	}
	prog := newProgress(e.stderr, o.quiet, src)
	runner := pipeline.NewRunner(eng.Stages(), pipeline.WithWorkers(o.workers), pipeline.WithProgress(prog.update))

	type result struct {
		stats pipeline.Stats
		err   error
	}
	done := make(chan result, 1)
	go func() {
		st, err := runner.Run(ctx, src, w)
		done <- result{st, err}
	}()
	var res result
	select {
	case res = <-done:
	case <-ctx.Done():
		// The runner stops at the next batch; a reader blocked on standard
		// input may never return, so do not wait for it for long.
		select {
		case res = <-done:
		case <-time.After(3 * time.Second):
			res.err = ctx.Err()
		}
	}
	prog.finish()
	if res.err != nil {
		w.Abort()
		if ctx.Err() != nil {
			return withCode(exitInterrupted, errors.New("interrupted: no tables written"))
		}
		if errors.Is(res.err, ingest.ErrInput) {
			return withCode(exitUsage, res.err)
		}
		return res.err
	}
	counts, err := w.Close()
	if err != nil {
		return withCode(exitUsage, err)
	}
	st := res.stats
	finished := time.Now()
	m := &tables.Manifest{
		Tool: "tonal", Version: version.Version, Command: append([]string{"tonal", "run"}, o.args...),
		Inputs: src.Inputs(), InputBytes: src.TotalBytes(), Lexicons: eng.Lexicons(), Rows: counts,
		Rejects: st.ByReason, Records: st.Records, RepairedUTF8: st.RepairedUTF8, Workers: runner.Workers(),
		Started: started.UTC(), Finished: finished.UTC(), ElapsedSeconds: finished.Sub(started).Seconds(),
		Files: w.Files(),
	}
	if err := tables.WriteManifest(o.out, m); err != nil {
		return withCode(exitUsage, err)
	}
	if !o.quiet {
		elapsed := finished.Sub(started)
		fmt.Fprintf(e.stderr, "tonal: %d articles, %d paragraphs, %d sentences, %d quotes, %d rejects%s; %.1f MB/s, %s → %s\n",
			st.Articles, st.Paragraphs, st.Sentences, st.Quotes, st.Rejects, reasons(st.ByReason),
			mbps(src.BytesRead(), elapsed), elapsed.Round(time.Millisecond), o.out)
	}
	if st.Records > 0 && float64(st.Rejects)/float64(st.Records) > o.maxRejectRatio {
		return withCode(exitRejects, fmt.Errorf("%d of %d records rejected, more than --max-reject-ratio %g (see %s/rejects)",
			st.Rejects, st.Records, o.maxRejectRatio, o.out))
	}
	return nil
}

func reasons(by map[string]int64) string {
	if len(by) == 0 {
		return ""
	}
	var parts []string
	for _, r := range sortedKeys(by) {
		parts = append(parts, fmt.Sprintf("%s %d", r, by[r]))
	}
	return " (" + strings.Join(parts, ", ") + ")"
}

func mbps(n int64, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return float64(n) / 1e6 / d.Seconds()
}
