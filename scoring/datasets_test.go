package scoring

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// datasetsDir locates the shared evaluation data: $TONAL_DATASETS, else
// the first shared/datasets found walking up from the package directory
// (/work/shared/datasets next to the repository). It skips the test when
// there is none.
func datasetsDir(tb testing.TB) string {
	tb.Helper()
	if d := os.Getenv("TONAL_DATASETS"); d != "" {
		return d
	}
	dir, err := filepath.Abs(".")
	if err != nil {
		tb.Skipf("skipping: no datasets (%v); set TONAL_DATASETS", err)
	}
	for {
		d := filepath.Join(dir, "shared", "datasets")
		if fi, err := os.Stat(d); err == nil && fi.IsDir() {
			return d
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Skip("skipping: shared/datasets not found above the package directory; set TONAL_DATASETS")
		}
		dir = parent
	}
}

// snippet is one line of a VADER ground-truth file.
type snippet struct {
	file, id, text string
	rating         float64 // mean human rating, -4 .. +4
}

// readSnippets reads id<TAB>rating<TAB>text lines, accepting CRLF and a
// UTF-8 byte-order mark.
func readSnippets(path string) ([]snippet, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read snippets: %w", err)
	}
	defer f.Close()
	var out []snippet
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	n := 0
	base := filepath.Base(path)
	for sc.Scan() {
		n++
		line := strings.TrimSuffix(sc.Text(), "\r")
		if n == 1 {
			line = strings.TrimPrefix(line, "\uFEFF")
		}
		if line == "" {
			continue
		}
		parts := strings.SplitN(line, "\t", 3)
		if len(parts) != 3 {
			return nil, fmt.Errorf("%s:%d: want id, rating and text", base, n)
		}
		rating, err := strconv.ParseFloat(strings.TrimSpace(parts[1]), 64)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: rating %q: %w", base, n, parts[1], err)
		}
		out = append(out, snippet{file: base, id: parts[0], text: parts[2], rating: rating})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", base, n, err)
	}
	return out, nil
}

// vaderSnippets reads the named files of datasets/vader, skipping when
// they are missing.
func vaderSnippets(tb testing.TB, names ...string) []snippet {
	tb.Helper()
	dir := filepath.Join(datasetsDir(tb), "vader")
	var all []snippet
	for _, name := range names {
		s, err := readSnippets(filepath.Join(dir, name))
		if os.IsNotExist(unwrapAll(err)) {
			tb.Skipf("skipping: %s missing", filepath.Join(dir, name))
		}
		if err != nil {
			tb.Fatal(err)
		}
		all = append(all, s...)
	}
	return all
}

func unwrapAll(err error) error {
	for {
		u, ok := err.(interface{ Unwrap() error })
		if !ok {
			return err
		}
		err = u.Unwrap()
	}
}

var vaderFiles = []string{
	"tweets_GroundTruth.txt",
	"movieReviewSnippets_GroundTruth.txt",
	"amazonReviewSnippets_GroundTruth.txt",
	"nytEditorialSnippets_dev.txt",
}
