package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/tonalhq/tonal/pipeline"
	"github.com/tonalhq/tonal/pipeline/ingest"
)

// statusEvery is how often a plain status line is printed when stderr is
// not a terminal.
const statusEvery = 10 * time.Second

// progress reports a run's progress on stderr: a progress bar on a
// terminal, else a status line at most every statusEvery.
type progress struct {
	w     io.Writer
	src   *ingest.Reader
	bar   *progressbar.ProgressBar
	start time.Time
	last  time.Time
	quiet bool
}

func newProgress(w io.Writer, quiet bool, src *ingest.Reader) *progress {
	p := &progress{w: w, src: src, start: time.Now(), quiet: quiet}
	p.last = p.start
	if quiet {
		return p
	}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		total := src.TotalBytes()
		if total <= 0 {
			total = -1
		}
		p.bar = progressbar.NewOptions64(total,
			progressbar.OptionSetWriter(w),
			progressbar.OptionShowBytes(true),
			progressbar.OptionSetWidth(30),
			progressbar.OptionThrottle(200*time.Millisecond),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionClearOnFinish(),
			progressbar.OptionSetDescription("reading"),
		)
	}
	return p
}

// update is called by the runner after each batch.
func (p *progress) update(s pipeline.Stats) {
	if p.quiet {
		return
	}
	now := time.Now()
	if p.bar != nil {
		rate := float64(s.Articles) / now.Sub(p.start).Seconds()
		p.bar.Describe(fmt.Sprintf("%d articles (%.0f/s), %d rejects", s.Articles, rate, s.Rejects))
		_ = p.bar.Set64(p.src.BytesRead())
		return
	}
	if now.Sub(p.last) < statusEvery {
		return
	}
	p.last = now
	el := now.Sub(p.start)
	fmt.Fprintf(p.w, "tonal: %d articles, %d rejects, %.1f MB/s, %s elapsed\n",
		s.Articles, s.Rejects, mbps(p.src.BytesRead(), el), el.Round(time.Second))
}

func (p *progress) finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}

func sortedKeys(m map[string]int64) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
