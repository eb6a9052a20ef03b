package clean

import (
	"context"
	"html"
	"io/fs"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tonalhq/tonal/lexicons"
	"github.com/tonalhq/tonal/pipeline/article"
	"github.com/tonalhq/tonal/pipeline/segment"
)

// BoilerplateFile is the name of the boilerplate list in a lexicon folder.
const BoilerplateFile = lexicons.BoilerplateFile

// titleWindow is how many leading paragraphs are compared with the title.
const titleWindow = 3

// Cleaner is the clean stage. It is immutable and safe for concurrent use.
type Cleaner struct {
	boilerplate *lexicons.Boilerplate
}

type config struct {
	fsys fs.FS
}

// Option configures a Cleaner.
type Option func(*config)

// WithLexicons reads boilerplate.tsv from fsys instead of the embedded one.
func WithLexicons(fsys fs.FS) Option { return func(c *config) { c.fsys = fsys } }

// New returns a Cleaner with the boilerplate list of the embedded lexicons.
func New(opts ...Option) (*Cleaner, error) {
	cfg := config{fsys: lexicons.FS}
	for _, o := range opts {
		o(&cfg)
	}
	b, err := lexicons.ReadBoilerplate(cfg.fsys)
	if err != nil {
		return nil, err
	}
	return &Cleaner{boilerplate: b}, nil
}

// Lexicon describes the boilerplate list in use, for the manifest.
func (c *Cleaner) Lexicon() lexicons.Info { return c.boilerplate.List.Info("boilerplate") }

// Process cleans every article of the batch that is not rejected; an
// article with nothing left is rejected with reason empty_after_cleaning.
func (c *Cleaner) Process(_ context.Context, batch []*article.Article) error {
	for _, a := range batch {
		if a.Rejected() {
			continue
		}
		a.Title = Line(a.Title)
		a.Text = c.Clean(a.Title, a.Raw)
		if a.Text == "" {
			a.Reject = &article.Reject{Reason: article.EmptyAfterClean, Detail: "only markup or boilerplate", Excerpt: article.Excerpt([]byte(a.Raw))}
		}
	}
	return nil
}

// Clean returns the cleaned body of raw: markup residue, control characters
// and boilerplate paragraphs removed, a leading repeat of title removed,
// runs of spaces folded, the lines of a paragraph joined by one space (they
// are wrapped text), and paragraphs joined by "\n\n".
// Paragraphs are separated by blank lines in raw; a text without any blank
// line has one paragraph per line unless it is wrapped at a fixed width
// (segment.WrapWidth), and in one with blank lines a single
// newline after a long line that ends a sentence, before one that starts
// one, separates paragraphs too (segment.LineEndsParagraph), as does one
// after the last line of a paragraph of text wrapped at a fixed width
// (segment.EndsWrappedParagraph).
func (c *Cleaner) Clean(title, raw string) string {
	raw = strings.ReplaceAll(raw, "\r\n", "\n")
	blank := hasBlankLine(raw)
	width := segment.WrapWidth(raw) // 0 unless the text is wrapped at a fixed width
	var out strings.Builder
	out.Grow(len(raw))
	var para []string
	paraCount := 0
	normTitle := normalise(title)
	flush := func() {
		if len(para) == 0 {
			return
		}
		p := strings.Join(para, " ")
		para = para[:0]
		if c.isBoilerplate(p) {
			return
		}
		if paraCount < titleWindow && normTitle != "" && normalise(p) == normTitle {
			return
		}
		if out.Len() > 0 {
			out.WriteString("\n\n")
		}
		out.WriteString(p)
		paraCount++
	}
	for _, line := range strings.Split(raw, "\n") {
		l := Line(line)
		if l == "" {
			if strings.TrimSpace(line) == "" { // a blank line, not one emptied by cleaning
				flush()
			}
			continue
		}
		if n := len(para); n > 0 && (segment.LineEndsParagraph(para[n-1], l) || segment.EndsWrappedParagraph(para[n-1], l, width)) {
			flush() // one newline between long lines that end and start like sentences, or a wrapped paragraph's end
		}
		para = append(para, l)
		if !blank && width == 0 {
			flush() // one paragraph per line, unless the lines are wrapped
		}
	}
	flush()
	return out.String()
}

// Line cleans one line: text that was read with the wrong encoding
// repaired (FixMojibake), tags and leading tag residue ("/head>") removed,
// HTML entities decoded, control and zero-width characters dropped, other
// white space turned into single spaces, and the ends trimmed.
func Line(s string) string {
	s = stripAllTags(fold(FixMojibake(s)))
	if strings.IndexByte(s, '&') >= 0 {
		s = stripAllTags(fold(html.UnescapeString(s)))
	}
	return s
}

// stripAllTags strips tags until none is left: removing "<b>" from
// "<a<b>>" leaves a tag "<a >" to remove. Every pass that changes s makes it
// shorter, so the loop ends.
func stripAllTags(s string) string {
	if strings.IndexByte(s, '<') < 0 && residueEnd(s) == 0 {
		return s
	}
	for {
		t := fold(stripTags(s))
		if t == s {
			return s
		}
		s = t
	}
}

// fold drops control and zero-width characters, turns runs of white space
// into one space and trims both ends.
func fold(s string) string {
	if isFolded(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case dropped(r):
			continue
		case unicode.IsSpace(r):
			space = true
			continue
		case unicode.IsControl(r):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// isFolded reports whether fold would return s unchanged: no control,
// zero-width or non-ASCII space characters, and single spaces between words.
func isFolded(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f || c == ' ' && s[i+1] == ' ' {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || dropped(r) || unicode.IsSpace(r) || unicode.IsControl(r) {
			return false
		}
		i += n
	}
	return true
}

// dropped reports whether fold removes r: zero-width characters, the
// byte-order mark and the soft hyphen.
func dropped(r rune) bool {
	return r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || r == '\u00ad'
}

// stripTags removes HTML tags ("<p>", "</div>", "<a href=…>", "<!-- … -->")
// and tag tails left at the start of a line by a bad cut ("/head>",
// "div>").
func stripTags(s string) string {
	for {
		s = strings.TrimLeft(s, " ")
		end := residueEnd(s)
		if end == 0 {
			break
		}
		s = s[end:]
	}
	if strings.IndexByte(s, '<') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if s[i] == '<' {
			if n := tagLen(s[i:]); n > 0 {
				i += n
				b.WriteByte(' ')
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// residueEnd returns the length of a tag tail such as "/head>" or "p>" at
// the start of s, or 0.
func residueEnd(s string) int {
	i := 0
	if i < len(s) && s[i] == '/' {
		i++
	}
	start := i
	for i < len(s) && i-start < 12 && isASCIIAlnum(s[i]) {
		i++
	}
	if i > start && i < len(s) && s[i] == '>' && isASCIILetter(s[start]) {
		return i + 1
	}
	return 0
}

// tagLen returns the length of the HTML tag at the start of s, or 0 if s
// does not start with one.
func tagLen(s string) int {
	if strings.HasPrefix(s, "<!--") {
		if end := strings.Index(s, "-->"); end >= 0 {
			return end + 3
		}
		return 0
	}
	if len(s) < 3 {
		return 0
	}
	c := s[1]
	if !(isASCIILetter(c) || c == '/' || c == '!') {
		return 0
	}
	for i := 1; i < len(s) && i < 512; i++ {
		switch s[i] {
		case '>':
			return i + 1
		case '<', '\n':
			return 0
		}
	}
	return 0
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isASCIIAlnum(c byte) bool  { return isASCIILetter(c) || c >= '0' && c <= '9' }

// hasBlankLine reports whether s has an empty (or all-space) line between
// two non-empty ones.
func hasBlankLine(s string) bool {
	seenText, blankAfterText := false, false
	for _, line := range strings.Split(s, "\n") {
		if strings.TrimSpace(line) == "" {
			if seenText {
				blankAfterText = true
			}
			continue
		}
		if blankAfterText {
			return true
		}
		seenText = true
	}
	return false
}

// isBoilerplate reports whether paragraph p is page furniture.
func (c *Cleaner) isBoilerplate(p string) bool { return c.boilerplate.Match(p) }

// normalise lower-cases s and keeps only its letters and digits, each word
// separated by one space, for loose comparison (lexicons.LineKey).
func normalise(s string) string { return lexicons.LineKey(s) }
