package segment

import "testing"

// TestTranscript: paragraphs that open with a speaker's name in capitals
// and a colon are turns, each a direct quote of its speaker, also when
// the publisher opens every paragraph with a mark it never closes.
func TestTranscript(t *testing.T) {
	seg := newTestSegmenter(t)
	for _, in := range []string{
		"On Sunday, Gov. Ana Ode spoke to the host, Ivo Lund.\n\nLUND: Will the port reopen?\n\nODE: Yes. The cranes are fixed and the crews are back.\n\nLUND: When?",
		"On Sunday, Gov. Ana Ode spoke to the host, Ivo Lund.\n\n\"LUND: Will the port reopen?\n\n\"(CROSSTALK.)\n\n\"ODE: Yes. The cranes are fixed and the crews are back.\n\n\"LUND: When?\"",
	} {
		d := seg.Segment(in)
		checkDoc(t, in, d)
		var got []string
		for _, q := range d.Quotes {
			if q.Kind == Direct {
				got = append(got, q.Speaker+": "+in[q.Start:q.End])
			}
		}
		want := []string{"Ivo Lund: Will the port reopen?", "Ana Ode: Yes. The cranes are fixed and the crews are back.", "Ivo Lund: When?"}
		if len(got) != len(want) {
			t.Errorf("%q: turns %q, want %q", in, got, want)
			continue
		}
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("%q: turn %d %q, want %q", in, i, got[i], want[i])
			}
		}
	}
	// one labelled line, and questions and answers, are no transcript
	wantNoQuotes(t, seg,
		"UPDATE: The port reopened on Monday.\n\nThe cranes are fixed.",
		"Q: Will the port reopen?\n\nA: Yes, in May.",
	)
}
