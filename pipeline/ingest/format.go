package ingest

import (
	"fmt"
	"path/filepath"
	"strings"
)

// Format is an input format.
type Format string

// Input formats.
const (
	Auto  Format = "auto"
	JSONL Format = "jsonl"
	Text  Format = "text"
)

// ParseFormat checks a --format value.
func ParseFormat(s string) (Format, error) {
	switch f := Format(strings.ToLower(s)); f {
	case Auto, JSONL, Text:
		return f, nil
	}
	return "", fmt.Errorf("%w %q: want auto, jsonl or text", ErrFormat, s)
}

// formatOf picks the format of a file by its name; "" when unknown.
// A .gz suffix is looked through.
func formatOf(name string) Format {
	base := strings.ToLower(filepath.Base(name))
	base = strings.TrimSuffix(base, ".gz")
	switch filepath.Ext(base) {
	case ".jsonl", ".ndjson":
		return JSONL
	case ".txt", ".md", ".text":
		return Text
	}
	return ""
}

// stripExt removes a file's extension, and a .gz before it.
func stripExt(name string) string {
	if strings.HasSuffix(strings.ToLower(name), ".gz") {
		name = name[:len(name)-3]
	}
	return strings.TrimSuffix(name, filepath.Ext(name))
}
