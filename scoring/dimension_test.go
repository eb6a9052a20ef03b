package scoring

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tonalhq/tonal/internal/textio"
)

// labelled is one line of a dimension test corpus.
type labelled struct {
	line  int
	label bool
	text  string
}

func readLabelled(t *testing.T, path string) []labelled {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []labelled
	err = textio.Lines(path, f, func(n int, line string) error {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			return nil
		}
		label, text, ok := strings.Cut(line, "\t")
		if !ok || (label != "0" && label != "1") {
			return fmt.Errorf("%s:%d: want label<TAB>sentence with label 0 or 1", path, n)
		}
		out = append(out, labelled{line: n, label: label == "1", text: text})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestDimensionPrecisionRecall(t *testing.T) {
	s := newTestScorer(t)
	var sc Scores
	for i, d := range s.Dimensions() {
		t.Run(d.Name, func(t *testing.T) {
			path := filepath.Join("testdata", "dimensions", d.Name+".tsv")
			if _, err := os.Stat(path); err != nil {
				t.Skipf("skipping %s: no test corpus %s", d.Name, path)
			}
			var tp, fp, fn, tn int
			for _, c := range readLabelled(t, path) {
				s.Score(c.text, &sc)
				got := sc.Dims[i] > 0
				switch {
				case got && c.label:
					tp++
				case got && !c.label:
					fp++
					t.Logf("false positive %s:%d: %s", path, c.line, c.text)
				case !got && c.label:
					fn++
					t.Logf("false negative %s:%d: %s", path, c.line, c.text)
				default:
					tn++
				}
			}
			precision := float64(tp) / float64(max(tp+fp, 1))
			recall := float64(tp) / float64(max(tp+fn, 1))
			t.Logf("%-12s precision %.3f recall %.3f (tp %d fp %d fn %d tn %d)", d.Name, precision, recall, tp, fp, fn, tn)
			if precision < 0.85 || recall < 0.85 {
				t.Errorf("%s: precision %.3f, recall %.3f; want both >= 0.85", d.Name, precision, recall)
			}
		})
	}
}
