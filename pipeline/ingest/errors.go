package ingest

import "errors"

// ErrInput marks an input path that cannot be used: missing, unreadable or
// of a kind tonal does not read. Callers test it with errors.Is.
var ErrInput = errors.New("bad input")

// ErrFormat marks an unknown --format value.
var ErrFormat = errors.New("unknown format")
