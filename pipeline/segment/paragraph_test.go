package segment

import "testing"

func TestParagraphs(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		want     []string
		heading  []bool
		dateline string
	}{
		{"heading and body", "Talks resume in Lirr\n\nThe talks resumed on Monday.", []string{"Talks resume in Lirr", "The talks resumed on Monday."}, []bool{true, false}, ""},
		{"quote is not a heading", "“We are back”\n\nBody.", []string{"“We are back”", "Body."}, []bool{false, false}, ""},
		{"sentence is not a heading", "It rained.", []string{"It rained."}, []bool{false}, ""},
		{"blank and spaced", "  \n\n A \n\n\n\nB.\n", []string{"A", "B."}, []bool{true, false}, ""},
		{"dateline", "WASHINGTON (Reuters) — The talks ended.", []string{"WASHINGTON (Reuters) — The talks ended."}, []bool{false}, "WASHINGTON (Reuters) — "},
		{"dateline with region", "ASHFORD, Varnia — The council met.", []string{"ASHFORD, Varnia — The council met."}, []bool{false}, "ASHFORD, Varnia — "},
		{"no dateline", "The mayor — who was late — spoke.", []string{"The mayor — who was late — spoke."}, []bool{false}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ps, _ := splitParagraphs(tc.in, nil, nil)
			if len(ps) != len(tc.want) {
				t.Fatalf("got %d paragraphs, want %d: %+v", len(ps), len(tc.want), ps)
			}
			for i, p := range ps {
				if got := tc.in[p.Start:p.End]; got != tc.want[i] {
					t.Errorf("paragraph %d = %q, want %q", i, got, tc.want[i])
				}
				if (p.Kind == Heading) != tc.heading[i] {
					t.Errorf("paragraph %d heading = %v", i, p.Kind == Heading)
				}
			}
			if got := tc.in[ps[0].Dateline.Start:ps[0].Dateline.End]; got != tc.dateline {
				t.Errorf("dateline = %q, want %q", got, tc.dateline)
			}
		})
	}
}

func FuzzParagraphs(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		ps, _ := splitParagraphs(text, nil, nil)
		checkDoc(t, text, Document{Paragraphs: ps})
	})
}
