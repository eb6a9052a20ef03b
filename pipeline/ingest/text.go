package ingest

import (
	"bufio"
	"bytes"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/tonalhq/tonal/pipeline/article"
)

// textReader reads a whole file as one article.
type textReader struct {
	br   *bufio.Reader
	file file
	max  int
	done bool
}

func (t *textReader) next() (*article.Article, error) {
	if t.done {
		return nil, io.EOF
	}
	t.done = true
	data, err := io.ReadAll(io.LimitReader(t.br, int64(t.max)+1))
	if err != nil {
		return nil, err
	}
	if len(data) > t.max {
		return &article.Article{Input: t.file.display, Reject: &article.Reject{
			Reason: article.LineTooLong, Detail: "file longer than " + strconv.Itoa(t.max) + " bytes", Excerpt: article.Excerpt(data)}}, nil
	}
	a := ParseText(data)
	a.Input = t.file.display
	a.ID = t.file.idBase
	if a.ID == "" {
		a.ID = hashID(a.URL, a.Raw)
	}
	if strings.TrimSpace(a.Raw) == "" {
		a.Reject = &article.Reject{Reason: article.MissingText, Detail: "the file has a title but no body", Excerpt: article.Excerpt(data)}
	}
	return a, nil
}

// ParseText reads one article from a text file's bytes: an optional front
// matter block ("---" lines around "key: value" lines: title, published,
// source, url), then the body. Without front matter, or when it gives no
// title, the first non-empty line is the title. Invalid UTF-8 is replaced
// and RepairedUTF8 set.
func ParseText(data []byte) *article.Article {
	a := &article.Article{}
	if !utf8.Valid(data) {
		data = bytes.ToValidUTF8(data, []byte("\uFFFD"))
		a.RepairedUTF8 = true
	}
	s := strings.TrimPrefix(string(data), "\uFEFF")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	if body, meta, ok := frontMatter(s); ok {
		s = body
		for k, v := range meta {
			switch k {
			case "title":
				a.Title = v
			case "source":
				a.Source = v
			case "url", "link":
				a.URL = v
			case "published", "date":
				if t, ok := ParseTime(v); ok {
					a.Published = t
				}
			}
		}
	}
	if a.Title == "" {
		s = strings.TrimLeft(s, " \t\n")
		line, rest, _ := strings.Cut(s, "\n")
		a.Title = strings.TrimSpace(line)
		s = rest
	}
	a.Raw = s
	return a
}

// frontMatter splits "---\nkey: value\n---\nbody". Keys are lower-cased;
// values lose surrounding quotes.
func frontMatter(s string) (body string, meta map[string]string, ok bool) {
	t := strings.TrimLeft(s, " \t\n")
	if !strings.HasPrefix(t, "---\n") {
		return s, nil, false
	}
	t = t[4:]
	if strings.HasPrefix(t, "---") { // empty block
		return strings.TrimPrefix(t[3:], "\n"), map[string]string{}, true
	}
	end := strings.Index(t, "\n---")
	if end < 0 {
		return s, nil, false
	}
	block := t[:end]
	rest := t[end+4:]
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		if strings.TrimSpace(rest[:i]) != "" {
			return s, nil, false
		}
		rest = rest[i+1:]
	} else if strings.TrimSpace(rest) != "" {
		return s, nil, false
	} else {
		rest = ""
	}
	meta = map[string]string{}
	for _, line := range strings.Split(block, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		k, v, found := strings.Cut(line, ":")
		if !found {
			return s, nil, false // not YAML-ish key/value: treat as text
		}
		v = strings.TrimSpace(v)
		if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
			v = v[1 : len(v)-1]
		}
		meta[strings.ToLower(strings.TrimSpace(k))] = v
	}
	return rest, meta, true
}
