package brat

import (
	"cmp"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/tonalhq/tonal/internal/textio"
)

// Fragment is one piece of a text-bound annotation: code points [Start, End).
type Fragment struct {
	Start, End int
}

// TextBound is a "T" line: a typed annotation over one or more fragments.
type TextBound struct {
	ID        string
	Type      string
	Fragments []Fragment // in text order, not overlapping
	Text      string
}

// Start returns the first fragment's start.
func (t TextBound) Start() int { return t.Fragments[0].Start }

// End returns the last fragment's end.
func (t TextBound) End() int { return t.Fragments[len(t.Fragments)-1].End }

// Arg is one role:ID argument of an event.
type Arg struct {
	Role, ID string
}

// Event is an "E" line: a trigger and its arguments, such as
// "Attribution:T3 Source:T1 Cue:T2 Content:T3".
type Event struct {
	ID      string
	Type    string
	Trigger string
	Args    []Arg
}

// Arg returns the ID of the first argument with the role, or "".
func (e Event) Arg(role string) string {
	for _, a := range e.Args {
		if a.Role == role {
			return a.ID
		}
	}
	return ""
}

// Note is a "#" AnnotatorNotes line attached to another annotation.
type Note struct {
	ID     string
	Target string
	Text   string
}

// Document is a parsed .ann file.
type Document struct {
	TextBounds []TextBound
	Events     []Event
	Notes      []Note
	byID       map[string]int
}

// TextBound returns the text-bound annotation with the ID.
func (d *Document) TextBound(id string) (TextBound, bool) {
	if i, ok := d.byID[id]; ok {
		return d.TextBounds[i], true
	}
	return TextBound{}, false
}

// NoteFor returns the first annotator note on the annotation id, or "".
func (d *Document) NoteFor(id string) string {
	for _, n := range d.Notes {
		if n.Target == id {
			return n.Text
		}
	}
	return ""
}

// ReadFile parses the .ann file at path.
func ReadFile(path string) (*Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open annotations: %w", err)
	}
	defer f.Close()
	return Parse(path, f)
}

// Parse reads brat standoff annotations from r; name is used in errors.
// Relations (R), attributes (A, M) and normalisations (N) are accepted
// and skipped. Event arguments must name text-bound annotations that the
// file defines.
func Parse(name string, r io.Reader) (*Document, error) {
	d := &Document{byID: map[string]int{}}
	err := textio.Lines(name, r, func(n int, line string) error {
		if strings.TrimSpace(line) == "" {
			return nil
		}
		if err := d.parseLine(line); err != nil {
			return fmt.Errorf("%w: %s:%d: %w", ErrSyntax, name, n, err)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for i, e := range d.Events {
		for _, a := range e.Args {
			if _, ok := d.byID[a.ID]; !ok {
				return nil, fmt.Errorf("%w: %s: event %s: argument %s:%s names no text-bound annotation", ErrSyntax, name, d.Events[i].ID, a.Role, a.ID)
			}
		}
	}
	return d, nil
}

func (d *Document) parseLine(line string) error {
	id, rest, ok := strings.Cut(line, "\t")
	if !ok || id == "" {
		return fmt.Errorf("no tab after the annotation id")
	}
	switch id[0] {
	case 'T':
		return d.parseTextBound(id, rest)
	case 'E':
		return d.parseEvent(id, rest)
	case '#':
		target, text, _ := strings.Cut(rest, "\t")
		f := strings.Fields(target)
		if len(f) != 2 {
			return fmt.Errorf("note %s: want \"AnnotatorNotes <id>\", have %q", id, target)
		}
		d.Notes = append(d.Notes, Note{ID: id, Target: f[1], Text: text})
		return nil
	case 'R', 'A', 'M', 'N', '*':
		return nil
	}
	return fmt.Errorf("unknown annotation id %q", id)
}

func (d *Document) parseTextBound(id, rest string) error {
	head, text, ok := strings.Cut(rest, "\t")
	if !ok {
		return fmt.Errorf("%s: no tab before the annotated text", id)
	}
	typ, offs, ok := strings.Cut(head, " ")
	if !ok || typ == "" {
		return fmt.Errorf("%s: want \"<type> <start> <end>\", have %q", id, head)
	}
	t := TextBound{ID: id, Type: typ, Text: text}
	for _, part := range strings.Split(offs, ";") {
		f := strings.Fields(part)
		if len(f) != 2 {
			return fmt.Errorf("%s: bad fragment %q: want \"<start> <end>\"", id, part)
		}
		s, err := strconv.Atoi(f[0])
		if err != nil {
			return fmt.Errorf("%s: bad start offset %q: %w", id, f[0], err)
		}
		e, err := strconv.Atoi(f[1])
		if err != nil {
			return fmt.Errorf("%s: bad end offset %q: %w", id, f[1], err)
		}
		if s < 0 || e < s {
			return fmt.Errorf("%s: fragment %d-%d is not a range", id, s, e)
		}
		t.Fragments = append(t.Fragments, Fragment{s, e})
	}
	// brat keeps fragments in the order the annotator selected them; some
	// corpora list a later piece first ("209 236;91 186")
	slices.SortFunc(t.Fragments, func(a, b Fragment) int { return cmp.Compare(a.Start, b.Start) })
	for i := 1; i < len(t.Fragments); i++ {
		if a, b := t.Fragments[i-1], t.Fragments[i]; b.Start < a.End {
			return fmt.Errorf("%s: fragments %d-%d and %d-%d overlap", id, a.Start, a.End, b.Start, b.End)
		}
	}
	if _, dup := d.byID[id]; dup {
		return fmt.Errorf("%s: duplicate id", id)
	}
	d.byID[id] = len(d.TextBounds)
	d.TextBounds = append(d.TextBounds, t)
	return nil
}

func (d *Document) parseEvent(id, rest string) error {
	f := strings.Fields(rest)
	if len(f) == 0 {
		return fmt.Errorf("%s: empty event", id)
	}
	e := Event{ID: id}
	for i, a := range f {
		role, ref, ok := strings.Cut(a, ":")
		if !ok || role == "" || ref == "" {
			return fmt.Errorf("%s: bad argument %q: want Role:ID", id, a)
		}
		if i == 0 {
			e.Type, e.Trigger = role, ref
			continue
		}
		e.Args = append(e.Args, Arg{Role: role, ID: ref})
	}
	d.Events = append(d.Events, e)
	return nil
}
