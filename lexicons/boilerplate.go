package lexicons

import (
	"fmt"
	"io/fs"
	"strings"
	"unicode"
	"unicode/utf8"
)

// BoilerplateFile is the name of the list of page furniture in a lexicon
// folder.
const BoilerplateFile = "boilerplate.tsv"

// MaxBoilerplateWords is the most words a line that starts with one of the
// list's "prefix" lines ("Read more: …") may have and still be furniture.
const MaxBoilerplateWords = 25

// Boilerplate tells the lines of page furniture that scraped articles
// carry ("Advertisement", "Share this article", "Read more: …"), as
// BoilerplateFile lists them: a line that is one of its "exact" lines,
// compared by LineKey, or that starts with one of its "prefix" lines and
// is short. It is immutable and safe for concurrent use.
type Boilerplate struct {
	// List is the file the matcher was read from.
	List     *List
	exact    map[string]bool
	maxExact int // the longest exact line, in bytes
	prefixes []string
	// first holds the first word of every exact line's key, and
	// prefixByte the lower-cased first bytes of the prefixes: most lines
	// are told by one of those lookups that they match none
	first      map[string]bool
	maxFirst   int
	prefixByte [256]bool
}

// ReadBoilerplate reads BoilerplateFile from fsys. The error wraps
// fs.ErrNotExist when there is no such file.
func ReadBoilerplate(fsys fs.FS) (*Boilerplate, error) {
	list, err := ReadListFS(fsys, BoilerplateFile, 2)
	if err != nil {
		return nil, err
	}
	b := &Boilerplate{List: list, exact: map[string]bool{}, first: map[string]bool{}}
	for _, e := range list.Entries {
		switch e.Fields[1] {
		case "exact":
			key := LineKey(e.Fields[0])
			b.exact[key] = true
			b.maxExact = max(b.maxExact, len(e.Fields[0]))
			w, _, _ := strings.Cut(key, " ")
			b.first[w] = true
			b.maxFirst = max(b.maxFirst, len(w))
		case "prefix":
			pre := strings.ToLower(strings.TrimSpace(e.Fields[0]))
			if pre == "" {
				return nil, fmt.Errorf("%s:%d: an empty prefix", BoilerplateFile, e.Line)
			}
			b.prefixes = append(b.prefixes, pre)
			b.prefixByte[pre[0]] = true
		default:
			return nil, fmt.Errorf("%s:%d: match %q: want exact or prefix", BoilerplateFile, e.Line, e.Fields[1])
		}
	}
	return b, nil
}

// Match reports whether line, surrounding space aside, is page furniture.
func (b *Boilerplate) Match(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" {
		return false
	}
	if len(line) <= 2*b.maxExact+8 {
		var buf [64]byte
		if w := firstKeyWord(buf[:0], line, b.maxFirst); w != nil && b.first[string(w)] {
			var key [128]byte
			if b.exact[string(AppendLineKey(key[:0], line))] {
				return true
			}
		}
	}
	c := line[0]
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	if !b.prefixByte[c] {
		return false
	}
	for _, pre := range b.prefixes {
		if len(line) >= len(pre) && strings.EqualFold(line[:len(pre)], pre) && countWords(line, MaxBoilerplateWords+1) <= MaxBoilerplateWords {
			return true
		}
	}
	return false
}

// LineKey lower-cases s and keeps only its letters and digits, each word
// separated by one space (apostrophes join: "don't" is "dont"), for loose
// comparison of lines: "ADVERTISEMENT", "Advertisement:" and
// "advertisement" have one key.
func LineKey(s string) string { return string(AppendLineKey(nil, s)) }

// AppendLineKey appends LineKey(s) to dst.
func AppendLineKey(dst []byte, s string) []byte {
	start, space := len(dst), false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && len(dst) > start {
				dst = append(dst, ' ')
			}
			space = false
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
			continue
		}
		if r != '\'' && r != '’' && r != utf8.RuneError {
			space = true
		}
	}
	return dst
}

// firstKeyWord appends to dst the first word of LineKey(s), or returns nil
// when it is longer than limit bytes (no entry's first word is).
func firstKeyWord(dst []byte, s string, limit int) []byte {
	started := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			started = true
			if dst = utf8.AppendRune(dst, unicode.ToLower(r)); len(dst) > limit {
				return nil
			}
			continue
		}
		if r != '\'' && r != '’' && r != utf8.RuneError && started {
			break
		}
	}
	return dst
}

// countWords counts the words of s, runs of letters that unicode.IsSpace
// separates, stopping at limit.
func countWords(s string, limit int) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			if n++; n >= limit {
				break
			}
		}
	}
	return n
}
