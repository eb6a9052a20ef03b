package scoring

import (
	"errors"
	"os"
	"strings"
	"testing"
)

const lexHeader = "# name: threat\n# version: 2\n# definition: test\n"

func TestParseLexicon(t *testing.T) {
	l, err := ParseLexicon("dimensions/threat.tsv", strings.NewReader("\uFEFF"+strings.ReplaceAll(lexHeader, "\n", "\r\n")+
		"# a comment\r\n\r\nthreaten*\t1.5\tverb\r\npose a threat\t2\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	if l.Name != "threat" || l.Version != "2" || l.Definition != "test" || len(l.Entries) != 2 || len(l.Hash) != 16 {
		t.Fatalf("got %+v", l)
	}
	e := l.Entries[0]
	if e.Line != 6 || e.Term != "threaten*" || !e.Prefix || e.Words[0] != "threaten" || e.Weight != 1.5 || !e.HasTag("verb") {
		t.Errorf("entry 0 = %+v", e)
	}
	if e := l.Entries[1]; e.Prefix || len(e.Words) != 3 || e.Weight != 2 {
		t.Errorf("entry 1 = %+v", e)
	}
}

func TestParseLexiconErrors(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"missing headers", "threat\t1\n", "threat.tsv:1: missing \"# name:\" header"},
		{"name mismatch", "# name: danger\n# version: 1\n# definition: x\nthreat\t1\n", "threat.tsv:1: name \"danger\" does not match"},
		{"duplicate header", lexHeader + "# version: 3\nthreat\t1\n", "threat.tsv:4: duplicate \"version\" header"},
		{"one field", lexHeader + "threat\n", "threat.tsv:4: want term<TAB>weight[<TAB>tags], have 1"},
		{"four fields", lexHeader + "threat\t1\tx\ty\n", "threat.tsv:4: want term<TAB>weight[<TAB>tags], have 4"},
		{"upper case", lexHeader + "Threat\t1\n", "threat.tsv:4: term \"Threat\" is not lower case"},
		{"double space", lexHeader + "pose  a threat\t1\n", "threat.tsv:4: term \"pose  a threat\": separate words by single spaces"},
		{"leading space", lexHeader + " threat\t1\n", "threat.tsv:4: term \" threat\" has leading or trailing space"},
		{"inner star", lexHeader + "thr*eat\t1\n", "threat.tsv:4: term \"thr*eat\": * is allowed only at the end"},
		{"star on earlier word", lexHeader + "threat* of\t1\n", "threat.tsv:4: term \"threat* of\": * is allowed only at the end"},
		{"lone star", lexHeader + "*\t1\n", "threat.tsv:4: term \"*\": * must follow a word"},
		{"zero weight", lexHeader + "threat\t0\n", "threat.tsv:4: weight \"0\" is not a positive number"},
		{"negative weight", lexHeader + "threat\t-1\n", "threat.tsv:4: weight \"-1\" is not a positive number"},
		{"nan weight", lexHeader + "threat\tNaN\n", "threat.tsv:4: weight \"NaN\" is not a positive number"},
		{"text weight", lexHeader + "threat\theavy\n", "threat.tsv:4: weight \"heavy\" is not a positive number"},
		{"duplicate term", lexHeader + "threat\t1\nthreat\t2\n", "threat.tsv:5: duplicate term \"threat\" (first on line 4)"},
		{"invalid utf8", lexHeader + "thr\xffeat\t1\n", "threat.tsv:4: invalid UTF-8"},
		{"punctuation only", lexHeader + "--\t1\n", "threat.tsv:4: term \"--\": word \"--\" has no letters or digits"},
		{"no entries", lexHeader, "threat.tsv:3: no entries"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l, err := ParseLexicon("threat.tsv", strings.NewReader(tc.body))
			if err == nil {
				t.Fatalf("no error, lexicon %+v", l)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q, want it to contain %q", err, tc.want)
			}
			if !errors.Is(err, ErrLexicon) {
				t.Errorf("error %v does not wrap ErrLexicon", err)
			}
			var le *LexiconError
			if !errors.As(err, &le) || le.File != "threat.tsv" {
				t.Errorf("error %v is not a *LexiconError for threat.tsv", err)
			}
		})
	}
}

func TestCheckLexiconDir(t *testing.T) {
	errs := CheckLexiconDir(os.DirFS("testdata/badlexicons"))
	var got []string
	for _, e := range errs {
		got = append(got, e.Error())
	}
	want := []string{
		`broken.tsv:1: name "wrong" does not match the file name "broken"`,
		`broken.tsv:4: term "Threat" is not lower case`,
		`broken.tsv:5: weight "0" is not a positive number`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("CheckLexiconDir:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if errs := CheckLexiconDir(os.DirFS("../lexicons/dimensions")); len(errs) > 0 {
		t.Errorf("built-in dimensions: %v", errs)
	}
}

func FuzzParseLexicon(f *testing.F) {
	f.Add(lexHeader + "threaten*\t1.5\tverb\npose a threat\t2\n")
	f.Add("\uFEFF" + lexHeader + "x\t1e308\r\n")
	f.Add(lexHeader + "a b*\t0.5\t\n#\n\n")
	f.Add("# name: threat\n")
	f.Fuzz(func(t *testing.T, body string) {
		l, err := ParseLexicon("threat.tsv", strings.NewReader(body))
		if (l == nil) == (err == nil) {
			t.Fatalf("want exactly one of lexicon and error, got %v and %v", l, err)
		}
		if err != nil {
			return
		}
		for _, e := range l.Entries {
			if e.Weight <= 0 || len(e.Words) == 0 {
				t.Fatalf("bad entry %+v", e)
			}
		}
		// A parsed lexicon must build a Scorer.
		if _, err := buildDims(newVocabBuilder(), []*Lexicon{l}); err != nil {
			t.Fatal(err)
		}
	})
}
