package segment

import "testing"

func TestSentences(t *testing.T) {
	seg := newTestSegmenter(t)
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"abbreviations", "The U.S. and the U.N. met on Dec. 3 with Mr. Ode and Gen. Rusk. They agreed.", []string{"The U.S. and the U.N. met on Dec. 3 with Mr. Ode and Gen. Rusk.", "They agreed."}},
		{"abbreviation ends sentence", "He moved to the U.S. The move was quick.", []string{"He moved to the U.S.", "The move was quick."}},
		{"initials", "J. R. Smith spoke. Then he left.", []string{"J. R. Smith spoke.", "Then he left."}},
		{"an honorific after a word that may be an abbreviation", "Ms. Albright said the figures are in. Mr. Oyelaran said he would hold her to it.", []string{"Ms. Albright said the figures are in.", "Mr. Oyelaran said he would hold her to it."}},
		{"South Asian and Nigerian honorifics", "Smt. Meenakshi Rao and Shri. Anil Das met Barr. Tunde Ojo. They agreed.", []string{"Smt. Meenakshi Rao and Shri. Anil Das met Barr. Tunde Ojo.", "They agreed."}},
		{"a single capital before a word that opens sentences", "The clip ends on a shot of Malcolm X.  Before the vote, Lund spoke. Harry S. Truman won.", []string{"The clip ends on a shot of Malcolm X.", "Before the vote, Lund spoke.", "Harry S. Truman won."}},
		{"money and decimals", "It cost $1.5 billion, up 3.2%. Shares fell.", []string{"It cost $1.5 billion, up 3.2%.", "Shares fell."}},
		{"ellipsis", "We waited... Nothing came. We will … wait.", []string{"We waited...", "Nothing came.", "We will … wait."}},
		{"closing quote", "“We won.” The crowd cheered. \"Again.\" Then ''more.'' End.", []string{"“We won.”", "The crowd cheered.", "\"Again.\"", "Then ''more.''", "End."}},
		{"question inside quote", "“Why now?” she asked. He shrugged.", []string{"“Why now?” she asked.", "He shrugged."}},
		{"question inside quote before a named speaker", "“Why now?” Ana Ode asked. He shrugged. \"Who pays?\" Mr. Lund said on Friday.", []string{"“Why now?” Ana Ode asked.", "He shrugged.", "\"Who pays?\" Mr. Lund said on Friday."}},
		{"exclamation before a name that heads the next quote", "“Not fit!” He answered, “We will see.”", []string{"“Not fit!”", "He answered, “We will see.”"}},
		{"question before a sentence of its own", "“Why now?” Critics say the plan fails.", []string{"“Why now?”", "Critics say the plan fails."}},
		{"a script without capitals", "항구는 오늘 다시 열렸다. 노조는 파업을 끝냈다.", []string{"항구는 오늘 다시 열렸다.", "노조는 파업을 끝냈다."}},
		{"full-width stops with no space after them", "港は今日再開した。組合は「終わった。」と述べた。本当か？", []string{"港は今日再開した。", "組合は「終わった。」と述べた。", "本当か？"}},
		{"quote of several sentences", "“We fought. We won,” he said.", []string{"“We fought.", "We won,” he said."}},
		{"dateline excluded", "LIRR (Northgate Press) — Talks resumed. They went well.", []string{"Talks resumed.", "They went well."}},
		{"abbreviation closed by a quote mark before a capital", "Lund called him \"the leading voice for letting dockers in.\" Former mayor Ana Ode left.", []string{"Lund called him \"the leading voice for letting dockers in.\"", "Former mayor Ana Ode left."}},
		{"an engineer's title", "The Rector, Engr. Musa Bello, spoke. It is new.", []string{"The Rector, Engr. Musa Bello, spoke.", "It is new."}},
		{"no. and st.", "Route No. 5 runs to St. Mary's Hospital. It is new.", []string{"Route No. 5 runs to St. Mary's Hospital.", "It is new."}},
		{"heading", "Markets rally\n\nShares rose.", []string{"Markets rally", "Shares rose."}},
		{"paragraph bound", "One\ntwo.\n\nThree.", []string{"One\ntwo.", "Three."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := seg.Segment(tc.in)
			var got []string
			for _, s := range d.Sentences {
				got = append(got, tc.in[s.Start:s.End])
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("sentence %d = %q, want %q", i, got[i], tc.want[i])
				}
			}
		})
	}
}

func FuzzSentences(f *testing.F) {
	seg := newTestSegmenter(f)
	addSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		st := state{text: text, lx: seg.lx}
		st.split()
		checkDoc(t, text, st.doc)
	})
}
