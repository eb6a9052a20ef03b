package lexicons

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"strings"

	"github.com/tonalhq/tonal/internal/textio"
)

// Entry is one data line of a word list.
type Entry struct {
	// Line is the 1-based line number in the file.
	Line int
	// Fields are the tab-separated fields, trimmed of surrounding space.
	Fields []string
}

// List is a parsed word list.
type List struct {
	// Name is the file name the list was read from.
	Name string
	// Header holds the "# key: value" lines of the leading comment block.
	Header map[string]string
	// Hash is the first 16 hex digits of the SHA-256 of the file's bytes.
	Hash    string
	Entries []Entry
}

// Version returns the list's "# version:" header, or "".
func (l *List) Version() string { return l.Header["version"] }

// ReadList reads a word list from r. name is used in error messages.
// A line with fewer than minFields fields is an error "name:line: ...".
func ReadList(name string, r io.Reader, minFields int) (*List, error) {
	h := sha256.New()
	l := &List{Name: name, Header: map[string]string{}}
	inHeader := true
	err := textio.Lines(name, io.TeeReader(r, h), func(n int, line string) error {
		trimmed := strings.TrimSpace(line)
		if trimmed == "" {
			return nil
		}
		if strings.HasPrefix(trimmed, "#") {
			if inHeader {
				if k, v, ok := strings.Cut(strings.TrimSpace(trimmed[1:]), ":"); ok && !strings.ContainsAny(k, " \t") {
					l.Header[strings.ToLower(k)] = strings.TrimSpace(v)
				}
			}
			return nil
		}
		inHeader = false
		fields := strings.Split(line, "\t")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		if len(fields) < minFields || fields[0] == "" {
			return fmt.Errorf("%s:%d: want %d tab-separated fields, have %d", name, n, minFields, len(fields))
		}
		l.Entries = append(l.Entries, Entry{Line: n, Fields: fields})
		return nil
	})
	if err != nil {
		return nil, err
	}
	l.Hash = hex.EncodeToString(h.Sum(nil))[:16]
	return l, nil
}

// ReadListFS reads the word list at path in fsys (see ReadList).
func ReadListFS(fsys fs.FS, path string, minFields int) (*List, error) {
	f, err := fsys.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open lexicon: %w", err)
	}
	defer f.Close()
	return ReadList(path, f, minFields)
}

// Info identifies a lexicon in the run manifest and the Parquet metadata.
type Info struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	Hash    string `json:"hash"`
	Entries int    `json:"entries"`
}

// Info returns the list's identity under the given name.
func (l *List) Info(name string) Info {
	return Info{Name: name, Version: l.Version(), Hash: l.Hash, Entries: len(l.Entries)}
}
