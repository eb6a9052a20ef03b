package segment

import "errors"

// ErrLexicon is returned by New when a lexicon file is missing or malformed.
// The wrapped error names the file and line.
var ErrLexicon = errors.New("segment: bad lexicon")
