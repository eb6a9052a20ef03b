package tables

import (
	"fmt"
	"io"
	"strings"

	"github.com/apache/arrow-go/v18/arrow"

	"github.com/tonalhq/tonal/scoring"
)

// Column is one column of an output table.
type Column struct {
	Name     string
	Type     arrow.DataType
	Nullable bool
	Doc      string
	// Dict asks for Parquet dictionary encoding (low-cardinality strings).
	Dict bool
}

// Table is one output table: a folder of Parquet files under the output
// directory.
type Table struct {
	Name    string
	Doc     string
	Columns []Column
}

// Schema returns the table's Arrow schema.
func (t *Table) Schema(meta map[string]string) *arrow.Schema {
	fields := make([]arrow.Field, len(t.Columns))
	for i, c := range t.Columns {
		fields[i] = arrow.Field{Name: c.Name, Type: c.Type, Nullable: c.Nullable}
	}
	md := arrow.MetadataFrom(meta)
	return arrow.NewSchema(fields, &md)
}

// Table names.
const (
	Articles   = "articles"
	Paragraphs = "paragraphs"
	Sentences  = "sentences"
	Quotes     = "quotes"
	Rejects    = "rejects"
)

var (
	str       = arrow.BinaryTypes.String
	i32       = arrow.PrimitiveTypes.Int32
	i64       = arrow.PrimitiveTypes.Int64
	f64       = arrow.PrimitiveTypes.Float64
	timestamp = &arrow.TimestampType{Unit: arrow.Microsecond, TimeZone: "UTC"}
)

// The columns every unit table starts with.
var (
	colArticleID = Column{Name: "article_id", Type: str, Doc: "the article's id: the JSONL id, the file's path relative to the input folder without extension, or a hash of url or text"}
	colSource    = Column{Name: "source", Type: str, Dict: true, Doc: "the publisher, as given by the input (empty when unknown)"}
	colPublished = Column{Name: "published", Type: timestamp, Nullable: true, Doc: "publication time in UTC; null when unknown"}
	colStart     = Column{Name: "start", Type: i32, Doc: "offset of the unit's first character in articles.text, in Unicode code points (Python's text[start:end] is the unit)"}
	colEnd       = Column{Name: "end", Type: i32, Doc: "offset just past the unit's last character in articles.text, in code points (end-exclusive)"}
	colWords     = Column{Name: "word_count", Type: i32, Doc: "number of word tokens the scores were computed over"}
)

// Catalog returns the tables for a scorer's score columns, in the order
// they are written: articles, paragraphs, sentences, quotes, rejects.
func Catalog(scores []scoring.Column) []Table {
	sc := make([]Column, len(scores))
	for i, c := range scores {
		sc[i] = Column{Name: c.Name, Type: f64, Doc: c.Doc}
	}
	unit := func(extra ...Column) []Column {
		cols := []Column{colArticleID, colSource, colPublished}
		cols = append(cols, extra...)
		return append(cols, sc...)
	}
	return []Table{
		{Name: Articles, Doc: "one row per article: metadata, the cleaned text that all offsets refer to, counts and article-level scores (word-weighted means of its paragraphs)",
			Columns: unit(
				Column{Name: "url", Type: str, Doc: "the article's URL (empty when unknown)"},
				Column{Name: "title", Type: str, Doc: "the headline, cleaned of markup"},
				colStart, colEnd,
				Column{Name: "text", Type: str, Doc: "the cleaned body that every unit's offsets refer to: paragraphs separated by one blank line (start is 0 and end its length, as in every unit table)"},
				Column{Name: "input", Type: str, Dict: true, Doc: "the input file the article came from"},
				Column{Name: "record", Type: i64, Doc: "line number in a JSONL input, 0 for a whole file"},
				colWords,
				Column{Name: "paragraph_count", Type: i32, Doc: "number of paragraphs (headings included)"},
				Column{Name: "sentence_count", Type: i32, Doc: "number of sentences"},
				Column{Name: "quote_count", Type: i32, Doc: "number of quotes of any kind"},
				Column{Name: "repaired_utf8", Type: arrow.FixedWidthTypes.Boolean, Doc: "true when invalid UTF-8 in the input was replaced by U+FFFD"},
			)},
		{Name: Paragraphs, Doc: "one row per paragraph or heading; scores are word-weighted means of its sentences",
			Columns: unit(
				Column{Name: "paragraph_index", Type: i32, Doc: "0-based position of the paragraph in the article"},
				Column{Name: "kind", Type: str, Dict: true, Doc: "heading (a short standalone line without final punctuation) or body"},
				colStart, colEnd,
				Column{Name: "text", Type: str, Doc: "the paragraph's text"},
				colWords,
			)},
		{Name: Sentences, Doc: "one row per sentence, scored directly",
			Columns: unit(
				Column{Name: "paragraph_index", Type: i32, Doc: "0-based index of the sentence's paragraph"},
				Column{Name: "sentence_index", Type: i32, Doc: "0-based position of the sentence in the article"},
				colStart, colEnd,
				Column{Name: "text", Type: str, Doc: "the sentence's text"},
				colWords,
				Column{Name: "quote_index", Type: i32, Nullable: true, Doc: "the quote (quotes.quote_index) that holds the sentence; null when none"},
				Column{Name: "speaker", Type: str, Nullable: true, Dict: true, Doc: "canonical name of who says the sentence, when it is inside an attributed quote; null otherwise"},
			)},
		{Name: Quotes, Doc: "one row per direct, partial or indirect (reported) quote, scored directly",
			Columns: unit(
				Column{Name: "quote_index", Type: i32, Doc: "0-based position of the quote in the article"},
				Column{Name: "paragraph_index", Type: i32, Doc: "index of the paragraph where the quote starts"},
				Column{Name: "kind", Type: str, Dict: true, Doc: "direct (a quoted statement), partial (a few quoted words in a reported sentence) or indirect (reported speech without quote marks)"},
				colStart, colEnd,
				Column{Name: "text", Type: str, Doc: "the quoted words without the quote marks; the pieces of an interrupted or multi-paragraph quote are joined by one space"},
				colWords,
				Column{Name: "pieces", Type: i32, Doc: "number of pieces: 1, or more for a quote interrupted by its attribution or running over paragraphs (then text[start:end] spans all pieces)"},
				Column{Name: "speaker", Type: str, Nullable: true, Dict: true, Doc: "canonical name of the speaker (titles stripped, resolved within the article); null when unknown"},
				Column{Name: "speaker_role", Type: str, Nullable: true, Dict: true, Doc: "title or role stripped from the speaker's name (\"Foreign Minister\"); null when none"},
				Column{Name: "speaker_mention", Type: str, Nullable: true, Doc: "the speaker as written for this quote (may be a pronoun); null when none"},
				Column{Name: "speaker_start", Type: i32, Nullable: true, Doc: "code-point offset of the mention in articles.text; null when none"},
				Column{Name: "speaker_end", Type: i32, Nullable: true, Doc: "code-point end offset of the mention (exclusive); null when none"},
				Column{Name: "cue", Type: str, Nullable: true, Dict: true, Doc: "the reporting verb as written (\"said\", \"told\", \"according to\"); null when none"},
			)},
		{Name: Rejects, Doc: "one row per input record that did not become an article",
			Columns: []Column{
				{Name: "input", Type: str, Dict: true, Doc: "the input path as given (a file inside a folder: folder joined with its relative path; - for stdin)"},
				{Name: "record", Type: i64, Doc: "line number in a JSONL input, 0 for a whole file"},
				{Name: "reason", Type: str, Dict: true, Doc: "malformed_json, missing_text, empty_file, binary_file, line_too_long, unsupported_format, empty_after_cleaning or read_error"},
				{Name: "detail", Type: str, Doc: "more about the reason, such as the JSON parser's message"},
				{Name: "excerpt", Type: str, Doc: "the start of the record, at most 200 bytes of valid UTF-8"},
			}},
	}
}

// Find returns the table named name.
func Find(tables []Table, name string) (*Table, bool) {
	for i := range tables {
		if tables[i].Name == name {
			return &tables[i], true
		}
	}
	return nil, false
}

// WriteSchema prints a table's columns, types and meanings.
func WriteSchema(w io.Writer, t *Table) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s — %s\n", t.Name, t.Doc)
	for _, c := range t.Columns {
		typ := c.Type.String()
		if ts, ok := c.Type.(*arrow.TimestampType); ok {
			typ = "timestamp(" + ts.Unit.String() + ", " + ts.TimeZone + ")"
		}
		null := ""
		if c.Nullable {
			null = " nullable"
		}
		fmt.Fprintf(&b, "  %-20s %-28s %s\n", c.Name, typ+null, c.Doc)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
