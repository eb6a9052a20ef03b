package scoring

import (
	"errors"
	"fmt"
)

// ErrLexicon is wrapped by every problem found in a lexicon file; test for
// it with errors.Is.
var ErrLexicon = errors.New("invalid lexicon")

// LexiconError is one problem in a lexicon file, reported as
// "file:line: problem".
type LexiconError struct {
	File    string
	Line    int
	Problem string
}

func (e *LexiconError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Problem) }

// Unwrap returns ErrLexicon.
func (e *LexiconError) Unwrap() error { return ErrLexicon }
