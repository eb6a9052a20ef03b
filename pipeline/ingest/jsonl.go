package ingest

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/tonalhq/tonal/pipeline/article"
)

// jsonRecord is the shape of one JSONL line. Unknown fields are ignored;
// the metadata fields may be strings, numbers or null (anything else reads
// as empty), only text must be a string.
type jsonRecord struct {
	ID        json.RawMessage `json:"id"`
	URL       json.RawMessage `json:"url"`
	Source    json.RawMessage `json:"source"`
	Title     json.RawMessage `json:"title"`
	Published json.RawMessage `json:"published"`
	Text      *string         `json:"text"`
}

// jsonlReader reads one article per line.
type jsonlReader struct {
	br    *bufio.Reader
	input string
	max   int
	line  int64
	buf   []byte
}

func (j *jsonlReader) next() (*article.Article, error) {
	for {
		line, tooLong, err := readLine(j.br, j.max, j.buf[:0])
		j.buf = line[:0]
		if len(line) == 0 && !tooLong && err != nil {
			if errors.Is(err, io.EOF) {
				return nil, io.EOF
			}
			return nil, err
		}
		j.line++
		if j.line == 1 {
			line = bytes.TrimPrefix(line, bom)
		}
		if tooLong {
			return j.reject(article.LineTooLong, "longer than "+strconv.Itoa(j.max)+" bytes", line), nil
		}
		if len(bytes.TrimSpace(line)) == 0 {
			if err != nil { // last line, blank
				return nil, io.EOF
			}
			continue
		}
		return j.parse(line), nil
	}
}

func (j *jsonlReader) reject(reason article.Reason, detail string, line []byte) *article.Article {
	return &article.Article{Input: j.input, Record: j.line, Reject: &article.Reject{Reason: reason, Detail: detail, Excerpt: article.Excerpt(line)}}
}

func (j *jsonlReader) parse(line []byte) *article.Article {
	repaired := false
	if !utf8.Valid(line) {
		line = bytes.ToValidUTF8(line, []byte("\uFFFD"))
		repaired = true
	}
	var rec jsonRecord
	if err := json.Unmarshal(line, &rec); err != nil {
		return j.reject(article.MalformedJSON, err.Error(), line)
	}
	if rec.Text == nil || strings.TrimSpace(*rec.Text) == "" {
		return j.reject(article.MissingText, "no \"text\" field, or it is empty", line)
	}
	a := &article.Article{
		Input:        j.input,
		Record:       j.line,
		ID:           rawString(rec.ID),
		URL:          rawString(rec.URL),
		Source:       rawString(rec.Source),
		Title:        rawString(rec.Title),
		Raw:          *rec.Text,
		RepairedUTF8: repaired,
	}
	if t, ok := ParseTime(rawString(rec.Published)); ok {
		a.Published = t
	}
	if a.ID == "" {
		a.ID = hashID(a.URL, a.Raw)
	}
	return a
}

// rawString turns a JSON string or number into a string; other values give "".
func rawString(m json.RawMessage) string {
	m = bytes.TrimSpace(m)
	if len(m) == 0 || string(m) == "null" {
		return ""
	}
	if m[0] == '"' {
		var s string
		if json.Unmarshal(m, &s) == nil {
			return strings.TrimSpace(s)
		}
		return ""
	}
	if (m[0] >= '0' && m[0] <= '9') || m[0] == '-' {
		return string(m)
	}
	return ""
}

// hashID makes an article id from the url, or from the text when there is
// no url: 16 hex digits of SHA-256.
func hashID(url, text string) string {
	s := url
	if s == "" {
		s = text
	}
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:8])
}

// readLine reads one line into buf without its line ending. When the line
// is longer than max, it reads on to the end of the line, returns its first
// max bytes and tooLong. err is io.EOF at the end of the input (possibly
// with a last line that had no newline).
func readLine(br *bufio.Reader, max int, buf []byte) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if len(buf)+len(chunk) > max+2 {
				room := max - len(buf)
				if room > 0 {
					buf = append(buf, chunk[:room]...)
				}
				tooLong = true
			} else {
				buf = append(buf, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if !tooLong {
			buf = bytes.TrimSuffix(buf, []byte("\n"))
			buf = bytes.TrimSuffix(buf, []byte("\r"))
		}
		return buf, tooLong, err
	}
}
