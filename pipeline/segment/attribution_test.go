package segment

import "testing"

// TestSpeakers checks the speaker, role and cue of the first quote (of any
// kind) found in short fictional texts.
func TestSpeakers(t *testing.T) {
	seg := newTestSegmenter(t)
	tests := []struct {
		name, in           string
		speaker, role, cue string
		kind               string
	}{
		{"place before role noun", "“We were slow,” Port Kell coach Ivo Marsh said.", "Ivo Marsh", "Port Kell coach", "said", "direct"},
		{"country before title", "Northland President Ana Ode has confirmed that the border will reopen.", "Ana Ode", "President", "confirmed", "indirect"},
		{"capitalised verb form in a name", "The United States Navy reported that the ship had docked.", "United States Navy", "", "reported", "indirect"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := seg.Segment(tc.in)
			checkDoc(t, tc.in, d)
			if len(d.Quotes) == 0 {
				t.Fatalf("no quote")
			}
			q := d.Quotes[0]
			if q.Speaker != tc.speaker || q.Role != tc.role || tc.in[q.Cue.Start:q.Cue.End] != tc.cue || q.Kind.String() != tc.kind {
				t.Errorf("got %s speaker %q role %q cue %q; want %s %q %q %q", q.Kind, q.Speaker, q.Role, tc.in[q.Cue.Start:q.Cue.End], tc.kind, tc.speaker, tc.role, tc.cue)
			}
		})
	}
}
