// Package textio reads the line-oriented text files tonal's data comes in
// (word lists, annotation files, rating files) the same way everywhere.
package textio

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// MaxLine is the longest line Lines accepts.
const MaxLine = 4 << 20

// Lines calls fn for each line of r with its 1-based number, without the
// line ending: LF and CRLF endings and a UTF-8 byte-order mark at the
// start are accepted. It stops at the first error fn returns. A read
// error is returned as "name:line: error".
func Lines(name string, r io.Reader, fn func(n int, line string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), MaxLine)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSuffix(sc.Text(), "\r")
		if n == 1 {
			line = strings.TrimPrefix(line, "\uFEFF")
		}
		if err := fn(n, line); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s:%d: %w", name, n+1, err)
	}
	return nil
}
