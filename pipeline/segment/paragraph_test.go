package segment

import (
	"strings"
	"testing"
)

func TestParagraphs(t *testing.T) {
	const long = "The council of Lirr met on Monday night and voted by a wide margin to keep the old ferry to the islands running."
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
		{"a quoted subheading in capitals on its own line", long + "\n“DIVISIVE, STUPID AND WRONG”\nOde will work with whoever is elected.", []string{long, "“DIVISIVE, STUPID AND WRONG”", "Ode will work with whoever is elected."}, []bool{false, false, false}, ""},
		{"a subheading in capitals on its own line", "“We stay,” Ode said.\nODE PRAISED “A BRAVE CREW”\nOn the ferries, Ode was firm.", []string{"“We stay,” Ode said.", "ODE PRAISED “A BRAVE CREW”", "On the ferries, Ode was firm."}, []bool{false, false, false}, ""},
		{"dateline in title case with an agency", "Ashford (Northgate Press) – The council met.", []string{"Ashford (Northgate Press) – The council met."}, []bool{false}, "Ashford (Northgate Press) – "},
		{"no dateline before a bracket in a sentence", "Ode (who was late) – spoke.", []string{"Ode (who was late) – spoke."}, []bool{false}, ""},
		{"dateline that an agency in brackets ends with no dash", "DEHRAPUR, Aug 22 (PTI) Former chief minister Ana Ode spoke.", []string{"DEHRAPUR, Aug 22 (PTI) Former chief minister Ana Ode spoke."}, []bool{false}, "DEHRAPUR, Aug 22 (PTI) "},
		{"no dateline before a lower-case word after the agency", "DEHRAPUR (PTI) said it would.", []string{"DEHRAPUR (PTI) said it would."}, []bool{false}, ""},
		{"one newline after a long sentence line", long + "\n“We will stay,” she said.\n\nThe end.", []string{long, "“We will stay,” she said.", "The end."}, []bool{false, false, false}, ""},
		{"line of spaces is blank", "The port closed.\n \t\nThe ferry stayed.", []string{"The port closed.", "The ferry stayed."}, []bool{false, false}, ""},
		{"one paragraph per line with no blank line", "Lirr keeps its ferry\n" + long + " " + long + "\n“We will stay,” she said.\nThe end.", []string{"Lirr keeps its ferry", long + " " + long, "“We will stay,” she said.", "The end."}, []bool{true, false, false, false}, ""},
		{"wrapped lines with no blank line stay one paragraph", "Lirr keeps its ferry\nThe council met on Monday and voted\nto keep the ferry. It will sail.", []string{"Lirr keeps its ferry\nThe council met on Monday and voted\nto keep the ferry. It will sail."}, []bool{false}, ""},
		{"an archive's headline ending in a semicolon, then its deck", "Lund calls the plan 'reckless,' but backs it; \nCriticism within the party drives him to say remarks 'misread.'\n\nThe end.", []string{"Lund calls the plan 'reckless,' but backs it;", "Criticism within the party drives him to say remarks 'misread.'", "The end."}, []bool{false, false, false}, ""},
		{"a semicolon ends a first line only when short", long + ";\nand the ferry stays.", []string{long + ";\nand the ferry stays."}, []bool{false}, ""},
		{"wrapped lines stay one paragraph", "The council met on Monday and voted\nto keep the ferry. It will sail.\n\nThe end.", []string{"The council met on Monday and voted\nto keep the ferry. It will sail.", "The end."}, []bool{false, false}, ""},
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

// TestColonDateline checks the datelines South Asian papers write with a
// colon: read only where an article's text starts, after its headline.
func TestColonDateline(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a place", "Rains lash Kellpur\n\nKELLPUR: The council met on Monday.", "KELLPUR: "},
		{"two words, a date and an agency", "NEW KELL, Nov. 26 (KPA): The council met on Monday.", "NEW KELL, Nov. 26 (KPA): "},
		{"before a quote", "Walkout in the house\n\nSADIQPUR: “We will not stay,” the leader said.", "SADIQPUR: "},
		{"not a lone capital", "Q: Why did you stay?", ""},
		{"not a word in lower case", "Kellpur: The council met on Monday.", ""},
		{"not after the first paragraph of text", "The council met.\n\nKELLPUR: It rained on Monday.", ""},
		{"not four words", "ONE TWO THREE FOUR: The council met.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ps, _ := splitParagraphs(tc.in, nil, nil)
			got := ""
			for _, p := range ps {
				if p.Dateline.Valid() {
					got = tc.in[p.Dateline.Start:p.Dateline.End]
				}
			}
			if got != tc.want {
				t.Errorf("dateline %q, want %q", got, tc.want)
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

func TestLineEndsParagraph(t *testing.T) {
	long := "The council of Lirr met on Monday night and voted by a wide margin to keep the old ferry to the islands"
	tests := []struct {
		name, line, next string
		want             bool
	}{
		{"long sentence line", long + " running.", "The mayor spoke.", true},
		{"closing quote", long + " “running.”", "“We will stay,” she said.", true},
		{"doubled apostrophes close a quote", long + " ''running.''", "The mayor spoke.", true},
		{"an apostrophe ends a word", long + " the runners'", "The mayor spoke.", false},
		{"short line", "It rained.", "The mayor spoke.", false},
		{"no sentence end", long + " running", "The mayor spoke.", false},
		{"next starts lower case", long + " running.", "and then it rained.", false},
		{"a subheading in capitals and quote marks", "“DIVISIVE, STUPID AND WRONG”", "Ode will work with whoever is elected.", true},
		{"a short quote is no subheading", "“We won,” he said.", "The mayor spoke.", false},
		{"a short line before a subheading", "Ode also announced new ferries.", "“EVENTUALLY VOTERS DECIDE WELL”\nAcross the port, dockers were startled.", true},
		{"a subheading in capitals that quotes", "LUND PRAISED “A BRAVE CREW”", "On the ferries, Lund praised the crew.", true},
		{"a subheading in capitals with no stop", "FERRIES STAY", "On the ferries, Lund praised the crew.", true},
		{"a short line before a subheading in capitals", "Ode also announced new ferries.", "FERRIES STAY\nOn the ferries, Lund praised the crew.", true},
		{"a text in capitals has no subheading", "THE FERRIES STAY", "THE COUNCIL VOTED ON MONDAY.", false},
		{"a dateline in capitals goes on", "ASHFORD, VARNIA —", "The council met on Monday.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := LineEndsParagraph(tc.line, tc.next); got != tc.want {
				t.Errorf("LineEndsParagraph = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestTitleCaseFirstLine: a headline in title case on the first line ends
// its paragraph at a single newline however short it is, unless the next
// line is more of it.
func TestTitleCaseFirstLine(t *testing.T) {
	seg := newTestSegmenter(t)
	body := "Ana Ode offered some blunt advice to the dockers who had gathered at the harbour gate on a cold Friday morning.\n“If you cannot handle a storm, you do not belong on the quay,” Ode told the harbour radio station on Friday afternoon.\nShe spoke at length about the ferries, the board and the long winter that the port now faces after the vote."
	tests := []struct {
		in, first string
	}{
		{"Ana Ode: Dockers ‘Do Not Belong On The Quay.’\n" + body, "Ana Ode: Dockers ‘Do Not Belong On The Quay.’"},
		{"Ana Ode: Dockers Who Can’t ‘Handle’ Storms ‘Do Not Belong\nOn The Quay.’\n" + body, "Ana Ode: Dockers Who Can’t ‘Handle’ Storms ‘Do Not Belong\nOn The Quay.’"},
		{"Ana Ode offered advice to the dockers.\n" + body, ""},
	}
	for _, tc := range tests {
		d := seg.Segment(tc.in)
		checkDoc(t, tc.in, d)
		got := tc.in[d.Paragraphs[0].Start:d.Paragraphs[0].End]
		if tc.first == "" {
			if strings.HasPrefix(tc.in, got) && !strings.Contains(got, "\n") && len(d.Paragraphs) > 1 && d.Paragraphs[1].Start == len(got)+1 {
				t.Errorf("%q: a sentence-case first line was read as a headline", tc.in[:30])
			}
			continue
		}
		if got != tc.first {
			t.Errorf("first paragraph %q, want %q", got, tc.first)
		}
		if len(d.Quotes) == 0 || d.Quotes[0].Speaker != "Ana Ode" {
			t.Errorf("%q: quotes %+v, want the headline's partial quote by Ana Ode", tc.first, d.Quotes)
		}
	}
}
