package scoring

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"path"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/tonalhq/tonal/internal/textio"
)

// Lexicon is a parsed word list: a tone dimension, or one of the tone
// lists (active verbs, pronouns).
//
// The file format, UTF-8 text (a byte-order mark and CRLF line ends are
// accepted):
//
//	# name: threat
//	# version: 1
//	# definition: language that presents a danger or harm to come
//	# any other comment
//	threat	1
//	threaten*	1	verb
//	pose a threat	1.5
//
// The leading comment block must carry the name (the file's base name
// without .tsv), version and definition headers. Other lines starting with
// # and blank lines are skipped. An entry is term<TAB>weight with an
// optional third field of comma-separated tags. A term is lower case,
// words separated by single spaces; a trailing * makes the last word a
// prefix ("threaten*" matches threaten, threatens, threatened). The
// weight is a positive number.
type Lexicon struct {
	// Name is the dimension name: the file's base name without .tsv.
	Name string
	// Version and Definition are the header values.
	Version, Definition string
	// Hash is the first 16 hex digits of the SHA-256 of the file's bytes.
	Hash    string
	Entries []LexiconEntry
}

// LexiconEntry is one term of a Lexicon.
type LexiconEntry struct {
	// Line is the 1-based line of the entry in its file.
	Line int
	// Term is the term as written, including a trailing *.
	Term string
	// Words are the words of the term, without the *.
	Words []string
	// Prefix reports whether the last word is a prefix (term ends in *).
	Prefix bool
	Weight float64
	Tags   []string
}

// Info returns the lexicon's identity.
func (l *Lexicon) Info() DimensionInfo {
	return DimensionInfo{Name: l.Name, Version: l.Version, Hash: l.Hash, Entries: len(l.Entries)}
}

// HasTag reports whether the entry carries tag.
func (e *LexiconEntry) HasTag(tag string) bool {
	for _, t := range e.Tags {
		if t == tag {
			return true
		}
	}
	return false
}

// ParseLexicon reads a lexicon from r. file names it in error messages and
// gives the lexicon its name (base name without .tsv). All problems found
// are returned together, each a *LexiconError "file:line: problem".
func ParseLexicon(file string, r io.Reader) (*Lexicon, error) {
	l, errs := parseLexicon(file, r)
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return l, nil
}

// CheckLexiconDir checks a folder of dimension lexicons (such as
// lexicons/dimensions or a user's folder): it parses every *.tsv file at
// the top of fsys, checks that its name can be a column name, and returns
// all problems, each a *LexiconError "file:line: problem" (or an I/O
// error). It returns nil when the folder is valid.
func CheckLexiconDir(fsys fs.FS) []error {
	names, err := fs.Glob(fsys, "*.tsv")
	if err != nil {
		return []error{fmt.Errorf("list lexicons: %w", err)}
	}
	if len(names) == 0 {
		return []error{fmt.Errorf("list lexicons: no *.tsv files: %w", fs.ErrNotExist)}
	}
	var errs []error
	for _, name := range names {
		f, err := fsys.Open(name)
		if err != nil {
			errs = append(errs, fmt.Errorf("open lexicon: %w", err))
			continue
		}
		_, perrs := parseLexicon(name, f)
		f.Close()
		errs = append(errs, perrs...)
		if d := strings.TrimSuffix(name, ".tsv"); !validDimName(d) {
			errs = append(errs, &LexiconError{File: name, Line: 1, Problem: fmt.Sprintf("dimension name %q: use lower-case letters, digits and _", d)})
		}
	}
	return errs
}

// readLexiconFile parses the lexicon at name in fsys.
func readLexiconFile(fsys fs.FS, name string) (*Lexicon, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, fmt.Errorf("open lexicon: %w", err)
	}
	defer f.Close()
	return ParseLexicon(name, f)
}

func parseLexicon(file string, r io.Reader) (*Lexicon, []error) {
	name := strings.TrimSuffix(path.Base(file), ".tsv")
	l := &Lexicon{Name: name}
	var errs []error
	bad := func(line int, format string, args ...any) {
		errs = append(errs, &LexiconError{File: file, Line: line, Problem: fmt.Sprintf(format, args...)})
	}
	h := sha256.New()
	header := map[string]int{}
	inHeader := true
	seen := map[string]int{}
	last := 0
	err := textio.Lines(file, io.TeeReader(r, h), func(n int, line string) error {
		last = n
		if !utf8.ValidString(line) {
			bad(n, "invalid UTF-8")
			return nil
		}
		if strings.TrimSpace(line) == "" {
			return nil
		}
		if line[0] == '#' {
			if !inHeader {
				return nil
			}
			k, v, ok := strings.Cut(strings.TrimSpace(line[1:]), ":")
			k, v = strings.ToLower(strings.TrimSpace(k)), strings.TrimSpace(v)
			if !ok || (k != "name" && k != "version" && k != "definition") {
				return nil
			}
			if first, dup := header[k]; dup {
				bad(n, "duplicate %q header (first on line %d)", k, first)
				return nil
			}
			header[k] = n
			switch k {
			case "name":
				if v != name {
					bad(n, "name %q does not match the file name %q", v, name)
				}
			case "version":
				if v == "" {
					bad(n, "empty version")
				}
				l.Version = v
			case "definition":
				if v == "" {
					bad(n, "empty definition")
				}
				l.Definition = v
			}
			return nil
		}
		if inHeader {
			inHeader = false
			for _, k := range []string{"name", "version", "definition"} {
				if _, ok := header[k]; !ok {
					bad(n, "missing \"# %s:\" header before the first entry", k)
				}
			}
		}
		e, problem := parseEntry(line)
		if problem != "" {
			bad(n, "%s", problem)
			return nil
		}
		e.Line = n
		if first, dup := seen[e.Term]; dup {
			bad(n, "duplicate term %q (first on line %d)", e.Term, first)
			return nil
		}
		seen[e.Term] = n
		l.Entries = append(l.Entries, e)
		return nil
	})
	n := last
	if err != nil {
		errs = append(errs, err) // "file:line: …" from the reader
		return nil, errs
	}
	if len(l.Entries) == 0 && len(errs) == 0 {
		bad(n, "no entries")
	}
	l.Hash = hex.EncodeToString(h.Sum(nil))[:16]
	if len(errs) > 0 {
		return nil, errs
	}
	return l, nil
}

// parseEntry parses term<TAB>weight[<TAB>tags]; problem is "" when valid.
func parseEntry(line string) (e LexiconEntry, problem string) {
	f := strings.Split(line, "\t")
	if len(f) < 2 || len(f) > 3 {
		return e, fmt.Sprintf("want term<TAB>weight[<TAB>tags], have %d tab-separated fields", len(f))
	}
	term := f[0]
	switch {
	case term == "":
		return e, "empty term"
	case term != strings.TrimSpace(term):
		return e, fmt.Sprintf("term %q has leading or trailing space", term)
	case strings.Contains(term, "  "):
		return e, fmt.Sprintf("term %q: separate words by single spaces", term)
	case strings.ContainsFunc(term, func(r rune) bool { return r != ' ' && (r < ' ' || r == 0x7f || r == 0x85 || r == 0xa0) }):
		return e, fmt.Sprintf("term %q contains a control or non-breaking space character", term)
	case term != strings.ToLower(term):
		return e, fmt.Sprintf("term %q is not lower case", term)
	}
	words := strings.Split(term, " ")
	last := words[len(words)-1]
	if strings.HasSuffix(last, "*") {
		e.Prefix = true
		last = last[:len(last)-1]
		words[len(words)-1] = last
		if last == "" {
			return e, fmt.Sprintf("term %q: * must follow a word", term)
		}
	}
	for _, w := range words {
		if strings.Contains(w, "*") {
			return e, fmt.Sprintf("term %q: * is allowed only at the end", term)
		}
		if trimPunct(w) == "" {
			return e, fmt.Sprintf("term %q: word %q has no letters or digits", term, w)
		}
	}
	ws := strings.TrimSpace(f[1])
	w, err := strconv.ParseFloat(ws, 64)
	if err != nil || math.IsNaN(w) || math.IsInf(w, 0) || w <= 0 {
		return e, fmt.Sprintf("weight %q is not a positive number", f[1])
	}
	e.Term, e.Words, e.Weight = term, words, w
	if len(f) == 3 {
		for _, t := range strings.Split(f[2], ",") {
			if t = strings.TrimSpace(t); t != "" {
				e.Tags = append(e.Tags, t)
			}
		}
	}
	return e, ""
}

// trimPunct strips ASCII punctuation from both ends of w, as the tokenizer
// does to form a token's word form.
func trimPunct(w string) string {
	return strings.Trim(w, asciiPunct)
}
