package tables

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet"
	"github.com/apache/arrow-go/v18/parquet/compress"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"

	"github.com/tonalhq/tonal/pipeline/article"
	"github.com/tonalhq/tonal/scoring"
)

// Defaults for the writer options.
const (
	DefaultRowGroupBytes = 16 << 20
	DefaultFileBytes     = 1 << 30
)

// ErrOutput marks a problem with the output directory; callers test it
// with errors.Is.
var ErrOutput = errors.New("bad output directory")

type config struct {
	mem           memory.Allocator
	rowGroupBytes int
	fileBytes     int64
	meta          map[string]string
	overwrite     bool
}

// Option configures a Writer.
type Option func(*config)

// WithAllocator sets the Arrow allocator (tests pass a checked one).
func WithAllocator(mem memory.Allocator) Option { return func(c *config) { c.mem = mem } }

// WithRowGroupBytes sets roughly how many bytes of data a row group holds
// before it is cut; it bounds the memory each table buffers.
func WithRowGroupBytes(n int) Option { return func(c *config) { c.rowGroupBytes = n } }

// WithFileBytes sets roughly how large a Parquet file grows before the
// table continues in a new part file.
func WithFileBytes(n int64) Option { return func(c *config) { c.fileBytes = n } }

// WithMetadata adds key-value metadata to every Parquet file.
func WithMetadata(kv map[string]string) Option {
	return func(c *config) {
		for k, v := range kv {
			c.meta[k] = v
		}
	}
}

// WithOverwrite lets Create use a non-empty directory: tonal's tables and
// manifest there are removed first.
func WithOverwrite(ok bool) Option { return func(c *config) { c.overwrite = ok } }

// Counts holds rows written per table.
type Counts map[string]int64

// Writer writes articles as rows of the output tables. It is not safe for
// concurrent use: the pipeline's runner calls it from one goroutine, in
// input order.
type Writer struct {
	dir    string
	cfg    config
	scores []scoring.Column
	tables []*tableWriter
	byName map[string]*tableWriter
	cp     cpIndex
	done   bool
}

// Create prepares dir for a new dataset. dir must be empty or missing
// unless WithOverwrite is given.
func Create(dir string, scores []scoring.Column, opts ...Option) (*Writer, error) {
	cfg := config{mem: memory.DefaultAllocator, rowGroupBytes: DefaultRowGroupBytes, fileBytes: DefaultFileBytes, meta: map[string]string{}}
	for _, o := range opts {
		o(&cfg)
	}
	if err := prepareDir(dir, cfg.overwrite); err != nil {
		return nil, err
	}
	w := &Writer{dir: dir, cfg: cfg, scores: scores, byName: map[string]*tableWriter{}}
	for _, t := range Catalog(scores) {
		t := t
		if err := os.MkdirAll(filepath.Join(dir, t.Name), 0o755); err != nil {
			return nil, fmt.Errorf("%w: %s: %w", ErrOutput, dir, err)
		}
		tw := &tableWriter{table: t, dir: filepath.Join(dir, t.Name), cfg: &w.cfg}
		tw.schema = t.Schema(cfg.meta)
		tw.builder = array.NewRecordBuilder(cfg.mem, tw.schema)
		w.tables = append(w.tables, tw)
		w.byName[t.Name] = tw
	}
	return w, nil
}

// prepareDir makes sure dir exists and is empty, or with overwrite removes
// the tables and manifest a previous run left there.
func prepareDir(dir string, overwrite bool) error {
	entries, err := os.ReadDir(dir)
	switch {
	case errors.Is(err, os.ErrNotExist):
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fmt.Errorf("%w: %s: %w", ErrOutput, dir, unwrapPath(err))
		}
		return checkWritable(dir)
	case err != nil:
		return fmt.Errorf("%w: %s: %w", ErrOutput, dir, unwrapPath(err))
	}
	if len(entries) > 0 && !overwrite {
		return fmt.Errorf("%w: %s is not empty (use --overwrite to replace its tables)", ErrOutput, dir)
	}
	if len(entries) > 0 {
		for _, t := range []string{Articles, Paragraphs, Sentences, Quotes, Rejects} {
			if err := os.RemoveAll(filepath.Join(dir, t)); err != nil {
				return fmt.Errorf("%w: %s: %w", ErrOutput, dir, unwrapPath(err))
			}
		}
		if err := os.Remove(filepath.Join(dir, ManifestFile)); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("%w: %s: %w", ErrOutput, dir, unwrapPath(err))
		}
	}
	return checkWritable(dir)
}

func checkWritable(dir string) error {
	f, err := os.CreateTemp(dir, ".tonal-probe-*")
	if err != nil {
		return fmt.Errorf("%w: %s: %w", ErrOutput, dir, unwrapPath(err))
	}
	name := f.Name()
	f.Close()
	return os.Remove(name)
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Write appends the rows of one article: a reject row when it is
// rejected, else its article, paragraph, sentence and quote rows.
func (w *Writer) Write(a *article.Article) error {
	if a.Rejected() {
		return w.writeReject(a)
	}
	w.cp.reset(a.Text)
	if err := w.writeArticle(a); err != nil {
		return err
	}
	for i := range a.Doc.Paragraphs {
		if err := w.writeParagraph(a, i); err != nil {
			return err
		}
	}
	for i := range a.Doc.Sentences {
		if err := w.writeSentence(a, i); err != nil {
			return err
		}
	}
	for i := range a.Doc.Quotes {
		if err := w.writeQuote(a, i); err != nil {
			return err
		}
	}
	return nil
}

// Close flushes every table, closes the files and renames them into place.
// It returns the rows written per table.
func (w *Writer) Close() (Counts, error) {
	if w.done {
		return nil, errors.New("tables: writer already closed")
	}
	w.done = true
	counts := Counts{}
	var firstErr error
	for _, t := range w.tables {
		if err := t.close(); err != nil && firstErr == nil {
			firstErr = err
		}
		counts[t.table.Name] = t.rows
	}
	if firstErr != nil {
		w.removeTemps()
		return nil, firstErr
	}
	for _, t := range w.tables {
		for _, p := range t.parts {
			if err := os.Rename(p.tmp, p.final); err != nil && firstErr == nil {
				firstErr = fmt.Errorf("tables: %w", err)
			}
		}
	}
	return counts, firstErr
}

// Abort stops writing and removes every file the writer created, so an
// interrupted run leaves no Parquet file a reader would load.
func (w *Writer) Abort() {
	if w.done {
		return
	}
	w.done = true
	for _, t := range w.tables {
		t.abort()
	}
	w.removeTemps()
}

func (w *Writer) removeTemps() {
	for _, t := range w.tables {
		for _, p := range t.parts {
			os.Remove(p.tmp)
		}
	}
}

// part is one Parquet file of a table.
type part struct {
	tmp, final string
}

// tableWriter buffers one table's rows in an Arrow record builder and
// writes a row group whenever the buffer holds about rowGroupBytes.
type tableWriter struct {
	table   Table
	dir     string
	cfg     *config
	schema  *arrow.Schema
	builder *array.RecordBuilder
	file    *os.File
	fw      *pqarrow.FileWriter
	parts   []part
	pending int // approximate bytes buffered
	rows    int64
}

// row ends a row of about size bytes, flushing when the buffer is full.
func (t *tableWriter) row(size int) error {
	t.pending += size
	t.rows++
	if t.pending >= t.cfg.rowGroupBytes {
		return t.flush()
	}
	return nil
}

func (t *tableWriter) writerProps() *parquet.WriterProperties {
	props := []parquet.WriterProperty{
		parquet.WithAllocator(t.cfg.mem),
		parquet.WithCompression(compress.Codecs.Zstd),
		parquet.WithDictionaryDefault(false),
		parquet.WithCreatedBy("tonal"),
		parquet.WithMaxRowGroupLength(1 << 30),
	}
	for _, c := range t.table.Columns {
		if c.Dict {
			props = append(props, parquet.WithDictionaryFor(c.Name, true))
		}
	}
	return parquet.NewWriterProperties(props...)
}

func (t *tableWriter) open() error {
	name := fmt.Sprintf("part-%05d.parquet", len(t.parts))
	f, err := os.CreateTemp(t.dir, "."+name+".*.tmp")
	if err != nil {
		return fmt.Errorf("%w: %w", ErrOutput, err)
	}
	fw, err := pqarrow.NewFileWriter(t.schema, f, t.writerProps(),
		pqarrow.NewArrowWriterProperties(pqarrow.WithStoreSchema(), pqarrow.WithAllocator(t.cfg.mem)))
	if err != nil {
		f.Close()
		os.Remove(f.Name())
		return fmt.Errorf("tables: %s: %w", t.table.Name, err)
	}
	t.file, t.fw = f, fw
	t.parts = append(t.parts, part{tmp: f.Name(), final: filepath.Join(t.dir, name)})
	return nil
}

// flush writes the buffered rows as one row group.
func (t *tableWriter) flush() error {
	t.pending = 0
	rec := t.builder.NewRecordBatch()
	defer rec.Release()
	if rec.NumRows() == 0 {
		return nil
	}
	if t.fw == nil {
		if err := t.open(); err != nil {
			return err
		}
	}
	if err := t.fw.Write(rec); err != nil {
		return fmt.Errorf("tables: write %s: %w", t.table.Name, err)
	}
	if t.fw.TotalCompressedBytes() >= t.cfg.fileBytes {
		return t.closeFile()
	}
	return nil
}

func (t *tableWriter) closeFile() error {
	if t.fw == nil {
		return nil
	}
	err := t.fw.Close() // closes t.file too
	t.fw, t.file = nil, nil
	if err != nil {
		return fmt.Errorf("tables: close %s: %w", t.table.Name, err)
	}
	return nil
}

// close writes what is buffered and closes the current file. A table
// without rows still gets one (empty) file so readers find its schema.
func (t *tableWriter) close() error {
	defer t.builder.Release()
	if err := t.flush(); err != nil {
		return err
	}
	if len(t.parts) == 0 {
		if err := t.open(); err != nil {
			return err
		}
	}
	return t.closeFile()
}

func (t *tableWriter) abort() {
	if t.fw != nil {
		t.fw.Close()
		t.fw, t.file = nil, nil
	}
	t.builder.Release()
}

// timestampOf converts a publication time to the column's microseconds.
func timestampOf(t time.Time) arrow.Timestamp { return arrow.Timestamp(t.UnixMicro()) }
