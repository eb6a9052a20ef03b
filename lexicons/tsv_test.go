package lexicons

import (
	"bytes"
	"io/fs"
	"strings"
	"testing"
)

func TestReadList(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		min     int
		entries int
		version string
		err     string
	}{
		{"header and entries", "\uFEFF# name: x\n# version: 3\n\n# a comment\nadvertisement\texact\r\nread more:\tprefix\n", 2, 2, "3", ""},
		{"too few fields", "# version: 1\nword\n", 2, 0, "", "x.tsv:2:"},
		{"empty first field", "\tvalue\n", 1, 0, "", "x.tsv:1:"},
		{"header stops at first entry", "a\tb\n# version: 9\n", 1, 1, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := ReadList("x.tsv", strings.NewReader(tt.in), tt.min)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(l.Entries) != tt.entries || l.Version() != tt.version || len(l.Hash) != 16 {
				t.Errorf("got %d entries, version %q, hash %q", len(l.Entries), l.Version(), l.Hash)
			}
		})
	}
}

func TestEmbeddedLists(t *testing.T) {
	names, err := fs.Glob(FS, "*.tsv")
	if err != nil || len(names) == 0 {
		t.Fatalf("no embedded lists: %v", err)
	}
	for _, n := range names {
		l, err := ReadListFS(FS, n, 1)
		if err != nil {
			t.Errorf("%s: %v", n, err)
			continue
		}
		if l.Version() == "" {
			t.Errorf("%s has no # version: header", n)
		}
		if n != "reporting_verbs.tsv" {
			continue
		}
		// a form listed twice is an edit gone wrong: one form, one lemma
		seen := map[string]int{}
		for _, e := range l.Entries {
			if line, ok := seen[e.Fields[0]]; ok {
				t.Errorf("%s:%d: %q is listed already on line %d", n, e.Line, e.Fields[0], line)
			}
			seen[e.Fields[0]] = e.Line
		}
	}
}

func FuzzReadList(f *testing.F) {
	f.Add([]byte("# version: 1\na\tb\n"), 2)
	f.Add([]byte("\xef\xbb\xbf\r\n\t\t\n"), 1)
	f.Fuzz(func(t *testing.T, data []byte, min int) {
		min = min%4 + 1
		if min < 1 {
			min = 1
		}
		l, err := ReadList("f.tsv", bytes.NewReader(data), min)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.tsv:") {
				t.Fatalf("error without file:line: %v", err)
			}
			return
		}
		for _, e := range l.Entries {
			if len(e.Fields) < min || e.Fields[0] == "" || e.Line < 1 {
				t.Fatalf("bad entry %+v", e)
			}
		}
	})
}
