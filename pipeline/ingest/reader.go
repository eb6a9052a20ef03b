package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"

	"github.com/tonalhq/tonal/pipeline/article"
)

// DefaultMaxRecordBytes is the default limit on one JSONL line or one text
// file; larger records are rejected with reason line_too_long.
const DefaultMaxRecordBytes = 64 << 20

// Input describes one path the user gave, for the run manifest.
type Input struct {
	Path  string `json:"path"`
	Files int    `json:"files"`
	// Bytes is the size on disk of the files read from this path (-1 for stdin).
	Bytes int64 `json:"bytes"`
}

type config struct {
	format   Format
	stdin    io.Reader
	maxBytes int
}

// Option configures a Reader.
type Option func(*config)

// WithFormat forces the input format instead of choosing it by extension.
func WithFormat(f Format) Option { return func(c *config) { c.format = f } }

// WithStdin sets what the input "-" reads (default os.Stdin).
func WithStdin(r io.Reader) Option { return func(c *config) { c.stdin = r } }

// WithMaxRecordBytes sets the largest JSONL line or text file accepted.
func WithMaxRecordBytes(n int) Option { return func(c *config) { c.maxBytes = n } }

// file is one file to read.
type file struct {
	open    string // path to open; "-" for stdin
	display string // path as reported in rejects
	idBase  string // article_id for a one-article file
	format  Format // "" when unknown
	size    int64
}

// Reader yields the articles of a list of input paths in order: the paths
// in the order given, a directory's files sorted by path. It reads one
// record at a time, so memory does not grow with the input. A Reader is not
// safe for concurrent use, except BytesRead.
type Reader struct {
	cfg    config
	files  []file
	inputs []Input
	total  int64
	read   atomic.Int64

	next int // index of the next file to open
	cur  recordReader
	f    io.Closer
}

// recordReader reads the records of one open file.
type recordReader interface {
	next() (*article.Article, error) // io.EOF when done
}

// Open checks every path and lists the files to read. A missing or
// unreadable path is an error wrapping ErrInput that names it.
func Open(paths []string, opts ...Option) (*Reader, error) {
	r := &Reader{cfg: config{format: Auto, stdin: os.Stdin, maxBytes: DefaultMaxRecordBytes}}
	for _, o := range opts {
		o(&r.cfg)
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("%w: no input paths", ErrInput)
	}
	for _, p := range paths {
		if p == "-" {
			r.files = append(r.files, file{open: "-", display: "-", format: r.cfg.format})
			r.inputs = append(r.inputs, Input{Path: "-", Files: 1, Bytes: -1})
			continue
		}
		in := Input{Path: p}
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %w", ErrInput, p, unwrapPathError(err))
		}
		if !st.IsDir() {
			if err := checkReadable(p); err != nil {
				return nil, err
			}
			base := filepath.Base(p)
			r.files = append(r.files, file{open: p, display: p, idBase: stripExt(base), format: r.pick(base), size: st.Size()})
			in.Files, in.Bytes = 1, st.Size()
			r.inputs = append(r.inputs, in)
			r.total += st.Size()
			continue
		}
		var found []file
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return fmt.Errorf("%w: %s: %w", ErrInput, path, unwrapPathError(err))
			}
			name := d.Name()
			if path != p && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.Type().IsRegular() {
				return nil
			}
			info, err := d.Info()
			if err != nil {
				return fmt.Errorf("%w: %s: %w", ErrInput, path, unwrapPathError(err))
			}
			if err := checkReadable(path); err != nil {
				return err
			}
			rel, _ := filepath.Rel(p, path)
			found = append(found, file{open: path, display: path, idBase: filepath.ToSlash(stripExt(rel)), format: r.pick(name), size: info.Size()})
			return nil
		})
		if err != nil {
			return nil, err
		}
		sort.Slice(found, func(i, j int) bool { return found[i].open < found[j].open })
		for _, f := range found {
			in.Files++
			in.Bytes += f.size
		}
		r.files = append(r.files, found...)
		r.inputs = append(r.inputs, in)
		r.total += in.Bytes
	}
	return r, nil
}

func (r *Reader) pick(name string) Format {
	if r.cfg.format != Auto {
		return r.cfg.format
	}
	return formatOf(name)
}

func checkReadable(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("%w: %s: %w", ErrInput, path, unwrapPathError(err))
	}
	return f.Close()
}

// unwrapPathError drops the *fs.PathError wrapper, whose message repeats
// the path that the caller names already.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Inputs describes the paths being read, for the run manifest.
func (r *Reader) Inputs() []Input { return r.inputs }

// TotalBytes is the size on disk of all input files (stdin not counted).
func (r *Reader) TotalBytes() int64 { return r.total }

// BytesRead is how many bytes of the input files have been read so far,
// as stored on disk (compressed bytes for .gz). Safe for concurrent use.
func (r *Reader) BytesRead() int64 { return r.read.Load() }

// Next returns the next record as an article (possibly a rejected one), or
// io.EOF after the last. Other errors are I/O errors on the inputs.
func (r *Reader) Next() (*article.Article, error) {
	for {
		if r.cur == nil {
			if r.next >= len(r.files) {
				return nil, io.EOF
			}
			f := r.files[r.next]
			r.next++
			a, err := r.openFile(f)
			if err != nil || a != nil {
				return a, err
			}
			continue
		}
		a, err := r.cur.next()
		if errors.Is(err, io.EOF) {
			r.closeCurrent()
			continue
		}
		if err != nil {
			r.closeCurrent()
			return nil, err
		}
		return a, nil
	}
}

// Close releases the file being read, if any.
func (r *Reader) Close() error {
	r.closeCurrent()
	return nil
}

func (r *Reader) closeCurrent() {
	if r.f != nil {
		r.f.Close()
		r.f = nil
	}
	r.cur = nil
}

// openFile starts reading f. It returns an article when the whole file is
// one rejected record (unsupported, empty, binary).
func (r *Reader) openFile(f file) (*article.Article, error) {
	reject := func(reason article.Reason, detail string, excerpt []byte) *article.Article {
		return &article.Article{Input: f.display, Reject: &article.Reject{Reason: reason, Detail: detail, Excerpt: article.Excerpt(excerpt)}}
	}
	var raw io.Reader
	if f.open == "-" {
		raw = r.cfg.stdin
		r.f = nil
	} else {
		h, err := os.Open(f.open)
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %w", ErrInput, f.display, unwrapPathError(err))
		}
		r.f = h
		raw = &countingReader{r: h, n: &r.read}
	}
	br := bufio.NewReaderSize(raw, 64<<10)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		gz, err := gzip.NewReader(br)
		if err != nil {
			r.closeCurrent()
			return reject(article.ReadError, "gzip: "+err.Error(), nil), nil
		}
		br = bufio.NewReaderSize(gz, 64<<10)
	}
	head, err := br.Peek(8 << 10)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		r.closeCurrent()
		return reject(article.ReadError, err.Error(), nil), nil
	}
	if len(bytes.TrimSpace(bytes.TrimPrefix(head, bom))) == 0 {
		r.closeCurrent()
		return reject(article.EmptyFile, "", nil), nil
	}
	if isBinary(head) {
		r.closeCurrent()
		return reject(article.BinaryFile, "", head), nil
	}
	format := f.format
	if format == Auto { // stdin: sniff
		format = Text
		if t := bytes.TrimSpace(bytes.TrimPrefix(head, bom)); len(t) > 0 && t[0] == '{' {
			format = JSONL
		}
	}
	switch format {
	case JSONL:
		r.cur = &jsonlReader{br: br, input: f.display, max: r.cfg.maxBytes}
	case Text:
		r.cur = &textReader{br: br, file: f, max: r.cfg.maxBytes}
	default:
		r.closeCurrent()
		return reject(article.UnsupportedFormat, "file name extension "+strings.ToLower(filepath.Ext(f.open))+" is not .jsonl, .ndjson, .txt or .md (use --format)", nil), nil
	}
	return nil, nil
}

var bom = []byte("\uFEFF")

// isBinary reports whether the start of a file looks like binary data: a
// NUL byte, or many control characters.
func isBinary(head []byte) bool {
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctl++
		}
	}
	return ctl*10 > len(head)
}

type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}
