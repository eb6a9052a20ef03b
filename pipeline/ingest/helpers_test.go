package ingest

import (
	"bufio"
	"bytes"
	"unicode/utf8"
)

func utf8Valid(s string) bool { return utf8.ValidString(s) }

func bufioReader(b []byte) *bufio.Reader { return bufio.NewReaderSize(bytes.NewReader(b), 16) }
