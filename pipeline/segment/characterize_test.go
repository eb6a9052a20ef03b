package segment

import "testing"

// TestCharacterization: a partial quote after "<verb> <object> as" (or
// likened … to) is the subject's, whatever the verb; a passive or a
// phrase without an object before "as" gives it no speaker.
func TestCharacterization(t *testing.T) {
	seg := newTestSegmenter(t)
	tests := []struct {
		name, in, clause, speaker string
	}{
		{"unlisted verb", "Ana Ode has been steadily pounding Ivo Lund as a “con artist” for months.", "Ivo Lund as a “con artist” for months", "Ana Ode"},
		{"titled object", "Lund openly admires Harbour Minister Ana Ode as a “steady hand,” comparing her to her father.", "Harbour Minister Ana Ode as a “steady hand,” comparing her to her father", "Lund"},
		{"likened to", "Another critic, Ivo Lund, likened the levy to “a tax on bread” and left.", "the levy to “a tax on bread” and left", "Ivo Lund"},
		{"phrasal verb", "In recent weeks, Ode has gone after Lund as a “drifter who will sink the port.”", "Lund as a “drifter who will sink the port.”", "Ode"},
		{"pronoun object", "The union has cast her as “the enemy of the docks.”", "her as “the enemy of the docks.”", "union"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantIndirect(t, seg, tc.in, tc.clause, tc.speaker)
		})
	}
	for _, in := range []string{
		"The bill, known as the “Harbour Act,” passed on Monday.",
		"The port is seen as a “safe haven” by traders.",
		"The choice was between going after Ode as “the culprit” or not.",
		"It treats the levy as a “temporary” measure.",
		"The harbour board compared notes to “see what stuck.”",
	} {
		d := seg.Segment(in)
		checkDoc(t, in, d)
		for _, q := range d.Quotes {
			if q.Speaker != "" {
				t.Errorf("%s: quote %q has speaker %q, want none", in, in[q.Start:q.End], q.Speaker)
			}
		}
	}
}

// TestVerbObjectIsNoCue: a reporting-verb form in -s after a verb in -ed
// or -ing is that verb's object, not a cue: no one "hopes" or "notes"
// here. Nor does anyone report after "can't help but", inside a thing's
// relative clause, or with a date for a clause.
func TestVerbObjectIsNoCue(t *testing.T) {
	seg := newTestSegmenter(t)
	wantNoQuotes(t, seg,
		"The audit was published a day after the board swapped two directors, raising hopes that the port would reopen soon.",
		"The harbour board compared notes that the crews had kept over the winter.",
		"Sitting in my cabin, I couldn't help but feel a little lost at sea.",
		"The tour, which opens June 9th in Arden, Varnia, and concludes October 10th in Tarn, is sold out.",
	)
}
