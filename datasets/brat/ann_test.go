package brat

import (
	"errors"
	"strings"
	"testing"
)

const sample = "T1\tSource 0 6\tRivera\nT2\tCue 7 11\tsaid\nT3\tContent 12 20;25 30\t“a b” “c”\n" +
	"E1\tAttribution:T3 Source:T1 Cue:T2 Content:T3\n#1\tAnnotatorNotes T1\tAna Rivera\n\n"

func TestParse(t *testing.T) {
	d, err := Parse("x.ann", strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.TextBounds) != 3 || len(d.Events) != 1 || len(d.Notes) != 1 {
		t.Fatalf("got %d T, %d E, %d notes", len(d.TextBounds), len(d.Events), len(d.Notes))
	}
	c, ok := d.TextBound(d.Events[0].Arg("Content"))
	if !ok || len(c.Fragments) != 2 || c.Start() != 12 || c.End() != 30 {
		t.Fatalf("content = %+v", c)
	}
	if got := d.NoteFor("T1"); got != "Ana Rivera" {
		t.Fatalf("note = %q", got)
	}
	if d.Events[0].Trigger != "T3" || d.Events[0].Type != "Attribution" {
		t.Fatalf("event = %+v", d.Events[0])
	}
}

// TestParseUnorderedFragments: brat lists fragments in the order they were
// selected, so a later piece may come first; they are read in text order.
func TestParseUnorderedFragments(t *testing.T) {
	d, err := Parse("x.ann", strings.NewReader("T1\tContent 20 26;3 9\tlater earlier\n"))
	if err != nil {
		t.Fatal(err)
	}
	got := d.TextBounds[0].Fragments
	if len(got) != 2 || got[0] != (Fragment{3, 9}) || got[1] != (Fragment{20, 26}) {
		t.Fatalf("fragments = %v", got)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"no tab", "T1 Source 0 6 Rivera\n", "x.ann:1: no tab"},
		{"bad offset", "T1\tSource a 6\tRivera\n", "x.ann:1: T1: bad start offset"},
		{"reversed", "T1\tSource 6 0\tRivera\n", "x.ann:1: T1: fragment 6-0"},
		{"bad fragment", "T1\tSource 0 6;7\tRivera\n", "bad fragment"},
		{"dangling", "E1\tAttribution:T3 Source:T1\n", "names no text-bound"},
		{"bad arg", "T1\tSource 0 6\tx\nE1\tAttribution:T1 Source\n", "x.ann:2: E1: bad argument"},
		{"unknown id", "X1\tfoo\n", "x.ann:1: unknown annotation id"},
		{"duplicate", "T1\tSource 0 6\tx\nT1\tCue 0 1\ty\n", "x.ann:2: T1: duplicate id"},
		{"overlap", "T1\tContent 5 9;0 6\tx\n", "x.ann:1: T1: fragments 0-6 and 5-9 overlap"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("x.ann", strings.NewReader(tc.in))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want %q", err, tc.want)
			}
			if !errors.Is(err, ErrSyntax) {
				t.Fatalf("err = %v is not ErrSyntax", err)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	f.Add(sample)
	f.Add("T1\tSource 0 6\tRivera\n")
	f.Add("#1\tAnnotatorNotes T1\tx\n")
	f.Fuzz(func(t *testing.T, in string) {
		d, err := Parse("f.ann", strings.NewReader(in))
		if err != nil {
			return
		}
		for _, tb := range d.TextBounds {
			if len(tb.Fragments) == 0 {
				t.Fatalf("%s has no fragments", tb.ID)
			}
			for i, fr := range tb.Fragments {
				if fr.Start < 0 || fr.End < fr.Start || i > 0 && fr.Start < tb.Fragments[i-1].End {
					t.Fatalf("%s: bad fragments %v", tb.ID, tb.Fragments)
				}
			}
		}
		for _, e := range d.Events {
			for _, a := range e.Args {
				if _, ok := d.TextBound(a.ID); !ok {
					t.Fatalf("dangling %v", a)
				}
			}
		}
	})
}
