package segment

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"
)

func TestLexiconErrors(t *testing.T) {
	good := fstest.MapFS{
		VerbsFile:         {Data: []byte("# name: reporting_verbs\n# version: 1\nsaid\tsay\n")},
		TitlesFile:        {Data: []byte("# name: titles\nMr.\thonorific\tm\n")},
		AbbreviationsFile: {Data: []byte("# name: abbreviations\nMr.\ttitle\n")},
	}
	tests := []struct {
		name, file, data, want string
	}{
		{"ok", "", "", ""},
		{"missing field", VerbsFile, "# x\nsaid\n", "reporting_verbs.tsv:2:"},
		{"bad kind", TitlesFile, "Mr.\tboss\n", "titles.tsv:1: unknown kind"},
		{"bad gender", TitlesFile, "Mr.\thonorific\tx\n", "titles.tsv:1: unknown gender"},
		{"no stop", AbbreviationsFile, "Mr\ttitle\n", "abbreviations.tsv:1: abbreviation \"Mr\" does not end"},
		{"bad class", AbbreviationsFile, "Mr.\tfirst\n", "abbreviations.tsv:1: unknown class"},
		{"bad first-name gender", FirstNamesFile, "Maria\tx\n", "first_names.tsv:1: unknown gender"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for k, v := range good {
				fsys[k] = v
			}
			if tc.file != "" {
				fsys[tc.file] = &fstest.MapFile{Data: []byte(tc.data)}
			}
			_, err := New(WithLexicons(fsys))
			if tc.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) || !errors.Is(err, ErrLexicon) {
				t.Fatalf("err = %v, want %q", err, tc.want)
			}
		})
	}
}

func TestEmbeddedLexicons(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if len(s.lx.verbs) < 150 {
		t.Errorf("only %d reporting verb forms", len(s.lx.verbs))
	}
	if got := len(s.Lexicons()); got != 5 {
		t.Errorf("Lexicons() has %d entries", got)
	}
	for _, l := range s.Lexicons() {
		if l.Entries < 50 {
			t.Errorf("lexicon %s reports %d entries", l.Name, l.Entries)
		}
	}
	if s.lx.firstNames["Maria"] != genderFemale || s.lx.firstNames["David"] != genderMale {
		t.Errorf("first names: Maria %v, David %v", s.lx.firstNames["Maria"], s.lx.firstNames["David"])
	}
}

func TestFoldsTo(t *testing.T) {
	tests := []struct {
		name, w, lower string
		want           bool
	}{
		{"same", "said", "said", true},
		{"capital", "Said", "said", true},
		{"all capitals", "SAID", "said", true},
		{"other word", "sand", "said", false},
		{"joiner", "Vice-President", "vice-president", true},
		{"non-ASCII", "Señor", "señor", true},
		{"not a letter's capital", "S@id", "s`id", false},
		{"non-ASCII byte one bit apart", "\x91", "\xb1", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := foldsTo(tc.w, tc.lower); got != tc.want {
				t.Errorf("foldsTo(%q, %q) = %v, want %v", tc.w, tc.lower, got, tc.want)
			}
			if got := equalLowerASCII(tc.w, tc.lower); got != tc.want {
				t.Errorf("equalLowerASCII(%q, %q) = %v, want %v", tc.w, tc.lower, got, tc.want)
			}
		})
	}
}
