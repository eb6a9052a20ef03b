package pipeline

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tonalhq/tonal/pipeline/article"
	"github.com/tonalhq/tonal/pipeline/ingest"
	"github.com/tonalhq/tonal/pipeline/tables"
)

const sampleDir = "../datasets/sample"

// collect is a Sink that keeps a digest of every article it is given.
type collect struct{ rows []string }

func (c *collect) Write(a *article.Article) error {
	if a.Rejected() {
		c.rows = append(c.rows, fmt.Sprintf("reject %s:%d %s", a.Input, a.Record, a.Reject.Reason))
		return nil
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s %q p%d s%d q%d %.12f", a.ID, a.Text, len(a.Doc.Paragraphs), len(a.Doc.Sentences), len(a.Doc.Quotes), a.Scores.Compound)
	for i, s := range a.Doc.Sentences {
		fmt.Fprintf(&b, " [%d %d %.12f]", s.Start, s.End, a.SentenceScores[i].Compound)
	}
	for _, q := range a.Doc.Quotes {
		fmt.Fprintf(&b, " {%d %d %s}", q.Start, q.End, q.Speaker)
	}
	c.rows = append(c.rows, b.String())
	return nil
}

func newEngine(t testing.TB) *Engine {
	t.Helper()
	e, err := NewEngine()
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func runWith(t *testing.T, e *Engine, workers int, paths ...string) []string {
	t.Helper()
	src, err := ingest.Open(paths)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	var c collect
	// Small batches so that many are in flight and out of order.
	r := NewRunner(e.Stages(), WithWorkers(workers), WithBatch(3, 0))
	st, err := r.Run(context.Background(), src, &c)
	if err != nil {
		t.Fatal(err)
	}
	if int(st.Records) != len(c.rows) {
		t.Errorf("stats say %d records, sink got %d", st.Records, len(c.rows))
	}
	return c.rows
}

func TestWorkersGiveSameRows(t *testing.T) {
	e := newEngine(t)
	one := runWith(t, e, 1, sampleDir)
	if len(one) < 40 {
		t.Fatalf("only %d records from %s", len(one), sampleDir)
	}
	for _, n := range []int{2, 4, 8} {
		got := runWith(t, e, n, sampleDir)
		if len(got) != len(one) {
			t.Fatalf("%d workers: %d rows, 1 worker: %d", n, len(got), len(one))
		}
		for i := range one {
			if got[i] != one[i] {
				t.Fatalf("%d workers: row %d differs:\n%s\n%s", n, i, got[i], one[i])
			}
		}
	}
}

func TestRejectsFlowThrough(t *testing.T) {
	dir := t.TempDir()
	var b bytes.Buffer
	for i := range 100 {
		if i%20 == 3 {
			fmt.Fprintf(&b, "{\"id\": \"r%d\", \"text\": \n", i)
			continue
		}
		fmt.Fprintf(&b, "{\"id\":\"r%d\",\"text\":\"Envoys met on day %d. “We made progress,” she said.\"}\n", i, i)
	}
	p := filepath.Join(dir, "in.jsonl")
	if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	rows := runWith(t, newEngine(t), 4, p)
	rejects := 0
	for i, r := range rows {
		if strings.HasPrefix(r, "reject ") {
			rejects++
			if !strings.HasSuffix(r, fmt.Sprintf(":%d malformed_json", i+1)) {
				t.Errorf("row %d: %s", i, r)
			}
		} else if !strings.HasPrefix(r, fmt.Sprintf("r%d ", i)) {
			t.Errorf("row %d out of order: %.40s", i, r)
		}
	}
	if len(rows) != 100 || rejects != 5 {
		t.Errorf("%d rows, %d rejects; want 100 and 5", len(rows), rejects)
	}
}

// endless is a Source that never runs out.
type endless struct{ n int }

func (e *endless) Next() (*article.Article, error) {
	e.n++
	return &article.Article{ID: fmt.Sprint(e.n), Raw: "Talks went on.", Title: "T"}, nil
}

// failing is a Sink that fails after some articles.
type failing struct{ left int }

func (f *failing) Write(*article.Article) error {
	f.left--
	if f.left < 0 {
		return errors.New("disk full")
	}
	return nil
}

func TestRunStops(t *testing.T) {
	e := newEngine(t)
	t.Run("cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		var c collect
		sink := sinkFunc(func(a *article.Article) error {
			if len(c.rows) == 50 {
				cancel()
			}
			return c.Write(a)
		})
		_, err := NewRunner(e.Stages(), WithWorkers(2), WithBatch(5, 0)).Run(ctx, &endless{}, sink)
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want context.Canceled", err)
		}
	})
	t.Run("sink error", func(t *testing.T) {
		_, err := NewRunner(e.Stages(), WithWorkers(2)).Run(context.Background(), &endless{}, &failing{left: 10})
		if err == nil || !strings.Contains(err.Error(), "disk full") {
			t.Errorf("err = %v", err)
		}
	})
	t.Run("source error", func(t *testing.T) {
		src := sourceFunc(func() (*article.Article, error) { return nil, io.ErrUnexpectedEOF })
		_, err := NewRunner(e.Stages()).Run(context.Background(), src, &collect{})
		if !errors.Is(err, io.ErrUnexpectedEOF) {
			t.Errorf("err = %v", err)
		}
	})
}

type sinkFunc func(*article.Article) error

func (f sinkFunc) Write(a *article.Article) error { return f(a) }

type sourceFunc func() (*article.Article, error)

func (f sourceFunc) Next() (*article.Article, error) { return f() }

// scaledSample writes the sample JSONL n times over (with fresh ids) and
// returns the file's path and size.
func scaledSample(b testing.TB, n int) (string, int64) {
	b.Helper()
	data, err := os.ReadFile(filepath.Join(sampleDir, "articles.jsonl"))
	if err != nil {
		b.Skipf("sample corpus not readable: %v", err)
	}
	p := filepath.Join(b.TempDir(), "scaled.jsonl")
	f, err := os.Create(p)
	if err != nil {
		b.Fatal(err)
	}
	for i := range n {
		rep := bytes.ReplaceAll(data, []byte(`{"id": "`), []byte(fmt.Sprintf(`{"id": "%d-`, i)))
		rep = bytes.ReplaceAll(rep, []byte(`{"id":"`), []byte(fmt.Sprintf(`{"id":"%d-`, i)))
		if _, err := f.Write(rep); err != nil {
			b.Fatal(err)
		}
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	st, _ := os.Stat(p)
	return p, st.Size()
}

// BenchmarkPipeline runs the whole pipeline — ingest, clean, segment,
// score and Parquet tables — on the sample corpus scaled up. Run with
// -cpu 1 for one core's speed.
func BenchmarkPipeline(b *testing.B) {
	p, size := scaledSample(b, 20)
	e := newEngine(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		src, err := ingest.Open([]string{p})
		if err != nil {
			b.Fatal(err)
		}
		w, err := tables.Create(filepath.Join(b.TempDir(), "out"), e.Scorer.Columns())
		if err != nil {
			b.Fatal(err)
		}
		if _, err := NewRunner(e.Stages()).Run(context.Background(), src, w); err != nil {
			b.Fatal(err)
		}
		if _, err := w.Close(); err != nil {
			b.Fatal(err)
		}
		src.Close()
	}
}
