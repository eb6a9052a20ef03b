package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/tonalhq/tonal/pipeline"
	"github.com/tonalhq/tonal/pipeline/article"
	"github.com/tonalhq/tonal/scoring"
)

const scoreUsage = `[flags] [TEXT|-]

Scores one text as an article and prints JSON: the article's scores and
every paragraph, sentence and quote with its offsets (code points) and
scores. Without TEXT, or with -, the text is read from standard input.
With --lines, each line of standard input is scored as one unit, without
segmentation, and printed as one JSON object per line.`

func runScore(e env, args []string) error {
	fs := newFlags("score", scoreUsage, e)
	lines := fs.Bool("lines", false, "score each line of standard input as one unit; print one JSON object per line")
	title := fs.String("title", "", "the article's title (not scored)")
	user := fs.String("lexicons", "", "a `DIR` of NAME.tsv tone dimensions that add to or replace the built-in ones")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	eng, err := newEngine(*user)
	if err != nil {
		return err
	}
	if *lines {
		if len(pos) > 0 {
			return withCode(exitUsage, errors.New("--lines reads standard input; give no TEXT"))
		}
		return scoreLines(e, eng)
	}
	if len(pos) > 1 {
		return withCode(exitUsage, fmt.Errorf("want one TEXT argument (quote it), have %d", len(pos)))
	}
	var text string
	if len(pos) == 0 || pos[0] == "-" {
		b, err := io.ReadAll(e.stdin)
		if err != nil {
			return withCode(exitUsage, fmt.Errorf("read standard input: %w", err))
		}
		text = string(b)
	} else {
		text = pos[0]
	}
	a := &article.Article{Title: *title, Raw: strings.ToValidUTF8(text, "\uFFFD")}
	eng.Process(a)
	if a.Rejected() {
		return withCode(exitUsage, fmt.Errorf("nothing to score: %s", a.Reject.Reason))
	}
	out, err := articleJSON(eng.Scorer.Columns(), a)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(e.stdout, "%s\n", out)
	return err
}

func scoreLines(e env, eng *pipeline.Engine) error {
	cols := eng.Scorer.Columns()
	sc := bufio.NewScanner(e.stdin)
	sc.Buffer(make([]byte, 0, 64<<10), 64<<20)
	bw := bufio.NewWriter(e.stdout)
	var s scoring.Scores
	var buf []byte
	for sc.Scan() {
		line := strings.ToValidUTF8(strings.TrimRight(sc.Text(), "\r"), "\uFFFD")
		eng.Scorer.Score(line, &s)
		buf = appendScores(buf[:0], cols, &s, true)
		buf = append(buf, '}', '\n')
		if _, err := bw.Write(buf); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return withCode(exitUsage, fmt.Errorf("read standard input: %w", err))
	}
	return bw.Flush()
}

// appendScores appends the score columns as JSON object members, starting
// the object when open is true.
func appendScores(b []byte, cols []scoring.Column, s *scoring.Scores, open bool) []byte {
	if open {
		b = append(b, '{')
	}
	for i, c := range cols {
		if i > 0 || !open {
			b = append(b, ',')
		}
		b = strconv.AppendQuote(b, c.Name)
		b = append(b, ':')
		b = strconv.AppendFloat(b, c.Get(s), 'g', -1, 64)
	}
	return b
}

// object builds a JSON object with members in insertion order.
type object struct{ b []byte }

func (o *object) field(name string, v any) error {
	if len(o.b) == 0 {
		o.b = append(o.b, '{')
	} else {
		o.b = append(o.b, ',')
	}
	o.b = strconv.AppendQuote(o.b, name)
	o.b = append(o.b, ':')
	j, err := json.Marshal(v)
	if err != nil {
		return err
	}
	o.b = append(o.b, j...)
	return nil
}

func (o *object) close(cols []scoring.Column, s *scoring.Scores) json.RawMessage {
	if len(o.b) == 0 {
		o.b = appendScores(o.b, cols, s, true)
	} else {
		o.b = appendScores(o.b, cols, s, false)
	}
	return append(o.b, '}')
}

// articleJSON renders a processed article with its units.
func articleJSON(cols []scoring.Column, a *article.Article) ([]byte, error) {
	cp := newCodePoints(a.Text)
	var top object
	if err := top.field("title", a.Title); err != nil {
		return nil, err
	}
	top.field("text", a.Text)
	top.field("word_count", a.Scores.Words)
	var paras, sents, quotes []json.RawMessage
	for i, p := range a.Doc.Paragraphs {
		var o object
		o.field("paragraph_index", i)
		o.field("kind", p.Kind.String())
		o.field("start", cp(p.Start))
		o.field("end", cp(p.End))
		o.field("text", a.Text[p.Start:p.End])
		o.field("word_count", a.ParagraphScores[i].Words)
		paras = append(paras, o.close(cols, &a.ParagraphScores[i]))
	}
	for i, s := range a.Doc.Sentences {
		var o object
		o.field("sentence_index", i)
		o.field("paragraph_index", s.Paragraph)
		o.field("start", cp(s.Start))
		o.field("end", cp(s.End))
		o.field("text", a.Text[s.Start:s.End])
		o.field("word_count", a.SentenceScores[i].Words)
		if s.Quote >= 0 && s.Quote < len(a.Doc.Quotes) {
			o.field("quote_index", s.Quote)
			if sp := a.Doc.Quotes[s.Quote].Speaker; sp != "" {
				o.field("speaker", sp)
			}
		}
		sents = append(sents, o.close(cols, &a.SentenceScores[i]))
	}
	for i := range a.Doc.Quotes {
		q := &a.Doc.Quotes[i]
		var o object
		o.field("quote_index", i)
		o.field("paragraph_index", q.Paragraph)
		o.field("kind", q.Kind.String())
		o.field("start", cp(q.Start))
		o.field("end", cp(q.End))
		o.field("text", a.QuoteText(i))
		o.field("pieces", max(1, len(q.Pieces)))
		if q.Speaker != "" {
			o.field("speaker", q.Speaker)
		}
		if q.Role != "" {
			o.field("speaker_role", q.Role)
		}
		if q.Mention.Valid() {
			o.field("speaker_mention", a.Text[q.Mention.Start:q.Mention.End])
		}
		if q.Cue.Valid() {
			o.field("cue", a.Text[q.Cue.Start:q.Cue.End])
		}
		o.field("word_count", a.QuoteScores[i].Words)
		quotes = append(quotes, o.close(cols, &a.QuoteScores[i]))
	}
	top.field("paragraphs", orEmpty(paras))
	top.field("sentences", orEmpty(sents))
	top.field("quotes", orEmpty(quotes))
	var out bytes.Buffer
	if err := json.Indent(&out, top.close(cols, &a.Scores), "", "  "); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

func orEmpty(v []json.RawMessage) []json.RawMessage {
	if v == nil {
		return []json.RawMessage{}
	}
	return v
}

// newCodePoints returns a function from byte offsets in text to code-point
// offsets.
func newCodePoints(text string) func(int) int {
	return func(b int) int { return utf8.RuneCountInString(text[:b]) }
}
