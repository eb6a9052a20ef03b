package segment

import (
	"strings"
	"testing"
)

// TestTranscript: paragraphs that open with a speaker's name in capitals
// and a colon are turns, each a direct quote of its speaker, also when
// the publisher opens every paragraph with a mark it never closes.
func TestTranscript(t *testing.T) {
	seg := newTestSegmenter(t)
	for _, in := range []string{
		"On Sunday, Gov. Ana Ode spoke to the host, Ivo Lund.\n\nLUND: Will the port reopen?\n\nODE: Yes. The cranes are fixed and the crews are back.\n\nLUND: When?",
		"On Sunday, Gov. Ana Ode spoke to the host, Ivo Lund.\n\n\"LUND: Will the port reopen?\n\n\"(CROSSTALK.)\n\n\"ODE: Yes. The cranes are fixed and the crews are back.\n\n\"LUND: When?\"",
		// the writer's sign-off that the marks run on into is no one's turn
		// a label with a title before the surname
		"On Sunday, Gov. Ana Ode spoke to the host, Ivo Lund.\n\nLUND: Will the port reopen?\n\nGOV. ODE: Yes. The cranes are fixed and the crews are back.\n\nLUND: When?",
		// labels in title case that name people of the article
		"On Sunday, Gov. Ana Ode spoke to the host, Ivo Lund.\n\nLund: Will the port reopen?\n\nOde: Yes. The cranes are fixed and the crews are back.\n\nLund: When?\n\nUpdate: This story has been corrected.",
		"On Sunday, Gov. Ana Ode spoke to the host, Ivo Lund:\n\n\"LUND: Will the port reopen?\n\n\"ODE: Yes. The cranes are fixed and the crews are back.\n\n\"LUND: When?\n\n\"Follow Kim Reed on Twitter @kimreed.\"",
		// a reporter's outlet in brackets between the label and its colon
		"On Sunday, Gov. Ana Ode took questions.\n\nIVO LUND (Kell Post): Will the port reopen?\n\nODE: Yes. The cranes are fixed and the crews are back.\n\nLUND (Kell Post): When?",
	} {
		d := seg.Segment(in)
		checkDoc(t, in, d)
		got := directBySpeaker(in, d)
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
		// a notes column's headings, none of them anyone's name
		"Sirens notes\n\nWRIST WATCH: Forward Ana Ode did not practice on Thursday.\n\nNEW STARTER: Guard Ivo Lund will start.\n\nFINED: The league fined Lund $2,000.",
	)
}

// TestInterview: a question-and-answer interview gives one direct quote
// per answer, by the person its introduction names; the questions give
// none.
func TestInterview(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Harbour Weekly is glad to welcome Mira Castell, our new port director.\n\n" +
		"We asked her about the year ahead.\n\n" +
		"Q: What did you feel on your first morning?\n\n" +
		"A: Proud and a little nervous. The port has a great crew.\n\n" +
		"Q: What comes next?\n\n" +
		"A: We open the north quay in May, and I want “every ship on time.”\n"
	d := seg.Segment(in)
	checkDoc(t, in, d)
	var got []string
	for _, q := range d.Quotes {
		if q.Speaker != "Mira Castell" || q.Kind != Direct {
			t.Errorf("quote %q by %q (%v), want a direct quote by Mira Castell", in[q.Start:q.End], q.Speaker, q.Kind)
		}
		got = append(got, in[q.Start:q.End])
	}
	want := []string{"Proud and a little nervous. The port has a great crew.", "We open the north quay in May, and I want “every ship on time.”"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("answers %q, want %q", got, want)
	}
	// the role that opens the paragraph before the first question answers,
	// not the person named last
	in = "Harbury head coach Gordon Pask was angry.\n\nSpeaking in the tunnel, Ellie Maddox said: “I got the ball.”\n\n" +
		"The coach faced questions at his press conference. An excerpt:\n\n" +
		"Q: Will you write to the league?\n\nA: I will write a letter.\n\nQ: Was it a dive?\n\nA: I am not going to say that.\n"
	d = seg.Segment(in)
	checkDoc(t, in, d)
	if len(d.Quotes) != 3 || d.Quotes[1].Speaker != "Gordon Pask" || d.Quotes[2].Speaker != "Gordon Pask" {
		t.Errorf("got %+v, want two answers by Gordon Pask after Ellie Maddox's quote", d.Quotes)
	}
	// the person the introduction names most answers, not someone it
	// quotes about her once, named last
	in = "Mira Castell looks back\n\nFor ten years Mira Castell has run the port. Its chairman, Ivo Brandt, once called her “the most stubborn person I know.”\n\n" +
		"Q: Why the port?\n\nA: A midlife crisis with better paperwork.\n\nQ: What next?\n\nA: Sleep through a storm, for once.\n"
	d = seg.Segment(in)
	checkDoc(t, in, d)
	if n := len(d.Quotes); n < 2 || d.Quotes[n-1].Speaker != "Mira Castell" || d.Quotes[n-2].Speaker != "Mira Castell" {
		t.Errorf("got %+v, want two answers by Mira Castell", d.Quotes)
	}
	// the one the interviewee "spoke with" asks the questions
	in = "Ruth Adeyemi-Clark took over as chair in January.\n\nShe spoke with Owen Marsh of The Valley Courier at her office.\n\n" +
		"Q: What surprised you?\n\nA: How fast people stop talking about averages.\n\nQ: Is the cut fair?\n\nA: It is not accurate to say otherwise.\n"
	d = seg.Segment(in)
	checkDoc(t, in, d)
	if got, want := strings.Join(directBySpeaker(in, d), "|"), "Owen Marsh: What surprised you?|Ruth Adeyemi-Clark: How fast people stop talking about averages.|Owen Marsh: Is the cut fair?|Ruth Adeyemi-Clark: It is not accurate to say otherwise."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	// the one who "spoke to" the paper in the introduction answers, not
	// someone quoted twice before it
	in = "Dockers’ leader Ivo Brandt said the port was shut. “Nobody has come to talk to us,” Brandt said.\n\n" +
		"The union’s branch secretary, Dr. Mira Castell, spoke to the Courier at the union’s offices on Sunday.\n\n" +
		"Q: Why strike now?\n\nA: Because we have waited three years.\n\nQ: What next?\n\nA: We wait for the Treasury.\n"
	d = seg.Segment(in)
	checkDoc(t, in, d)
	got = nil
	for _, q := range directBySpeaker(in, d) {
		if strings.HasSuffix(q, "three years.") || strings.HasSuffix(q, "the Treasury.") {
			got = append(got, q)
		}
	}
	if g, want := strings.Join(got, "|"), "Mira Castell: Because we have waited three years.|Mira Castell: We wait for the Treasury."; g != want {
		t.Errorf("answers %q, want %q", g, want)
	}
	// one question and one answer make no interview
	in = "Mira Castell spoke to us.\n\nQ: Why?\n\nA: Because the port needs it.\n"
	if d := seg.Segment(in); len(d.Quotes) != 0 {
		t.Errorf("got %+v, want no quotes", d.Quotes)
	}
}

// TestQuotesAfterTranscript: the quotes in marks after a transcript keep
// their words and speakers, however many turns come before them.
func TestQuotesAfterTranscript(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "On Sunday, Gov. Ana Ode spoke to the host, Ivo Lund.\n\nLUND: Will the port reopen?\n\nODE: Yes.\n\nLUND: When?\n\nODE: In May.\n\nLUND: Are the cranes fixed?\n\nODE: They are.\n\nRita Vell, who runs the docks, was less sure.\n\n“May is a hope, not a date,” Vell said. “Nobody has seen the cranes.”\n\nAsked about the delay, Ode laughed.\n\n“Probably a week,” she said."
	d := seg.Segment(in)
	checkDoc(t, in, d)
	got := directBySpeaker(in, d)
	want := []string{"Ivo Lund: Will the port reopen?", "Ana Ode: Yes.", "Ivo Lund: When?", "Ana Ode: In May.", "Ivo Lund: Are the cranes fixed?", "Ana Ode: They are.",
		"Rita Vell: May is a hope, not a date,” Vell said. “Nobody has seen the cranes.", "Ana Ode: Probably a week,"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// directBySpeaker lists the direct quotes of d as "speaker: words".
func directBySpeaker(in string, d Document) []string {
	var got []string
	for _, q := range d.Quotes {
		if q.Kind == Direct {
			got = append(got, q.Speaker+": "+in[q.Start:q.End])
		}
	}
	return got
}

// TestInterviewWithNamedAnswers: questions labelled "Q:" and answers
// labelled with the speaker's surname are that speaker's turns, without
// the label, whoever the paragraphs before them quote.
func TestInterviewWithNamedAnswers(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Union chair Rhea Solberg said the rosters were unsafe. “We are tired,” Solberg said.\n\n" +
		"The port's director, Marcus Delaine, answered questions later. An excerpt:\n\n" +
		"Q: How many sailings were lost?\n\nDELAINE: About forty since Thursday.\n\n" +
		"Q: Are the crews tired?\n\nDELAINE: Our rosters follow every rule.\n"
	d := seg.Segment(in)
	checkDoc(t, in, d)
	got := directBySpeaker(in, d)
	want := []string{"Rhea Solberg: We are tired,", "Marcus Delaine: About forty since Thursday.", "Marcus Delaine: Our rosters follow every rule."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("direct quotes %q, want %q", got, want)
	}
}

// TestInterviewWithoutAnswerLabels: an interview that labels only its
// questions ("Q:") makes the paragraphs after each question the answers
// of the person the introduction names; after the last question only
// its first paragraph is, and two questions are too few to tell.
func TestInterviewWithoutAnswerLabels(t *testing.T) {
	seg := newTestSegmenter(t)
	qa := "Q: How is the harbour?\n\nIt is quieter than it was. The boats left in May.\n\n" +
		"Q: Will they come back?\n\nSome will. The younger crews have gone south.\n\nThe older ones stay.\n\n" +
		"Q: And you?\n\nI stay too.\n\nThe ferry leaves at six."
	in := "Harbour talk\n\nWe spoke to Marta Ilves, who has run the harbour office for twenty years.\n\n" + qa
	d := seg.Segment(in)
	checkDoc(t, in, d)
	got := map[string]string{}
	for _, q := range d.Quotes {
		got[strings.TrimSpace(in[q.Start:q.End])] = q.Speaker
	}
	for _, a := range []string{"It is quieter than it was. The boats left in May.", "Some will. The younger crews have gone south.", "The older ones stay.", "I stay too."} {
		if got[a] != "Marta Ilves" {
			t.Errorf("answer %q: speaker %q, want Marta Ilves (quotes %v)", a, got[a], got)
		}
	}
	if _, ok := got["The ferry leaves at six."]; ok {
		t.Errorf("the paragraph after the last answer is a quote")
	}
	two := "Harbour talk\n\nWe spoke to Marta Ilves.\n\nQ: How is the harbour?\n\nIt is quiet.\n\nQ: And you?\n\nI stay."
	if d := seg.Segment(two); len(d.Quotes) != 0 {
		t.Errorf("two questions: %d quotes, want none", len(d.Quotes))
	}
}

// TestInterviewQuestioner: the paragraph before a Q:/A: exchange that
// opens "Under questioning from X, she …" makes the answers hers and the
// questions X's; "took questions from reporters" makes them the reporters'.
func TestInterviewQuestioner(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Trial\n\nNadia Lund, the bank's former risk officer, testified on Monday.\n\nUnder questioning from prosecutor Daniel Farragut, she recounted the conversation:\n\nQ: Who told you to delay reporting the losses?\n\nA: Mr. Vale. In his office.\n\nQ: Did you raise any concerns?\n\nA: I asked whether the auditors would be told.\n\nThe trial continues on Tuesday."
	checkSpeaker(t, seg, in, "Who told you", "Daniel Farragut", Direct)
	checkSpeaker(t, seg, in, "In his office", "Nadia Lund", Direct)
	checkSpeaker(t, seg, in, "auditors would be told", "Nadia Lund", Direct)
	// reporters ask, after a name the introduction does not open with
	in = "Football\n\nThe Ironhawks lost 31-10 on Sunday.\n\nCoach Dan Whitfield later took questions from reporters. An edited portion of the exchange:\n\nQ: Is Marcus still your starting quarterback?\n\nA: Marcus is our quarterback.\n\nQ: What did you see on the injury?\n\nA: I saw a guy I love go down."
	checkSpeaker(t, seg, in, "starting quarterback", "reporters", Direct)
	checkSpeaker(t, seg, in, "Marcus is our", "Dan Whitfield", Direct)
	// a line that names no one between the introduction and the first
	// question; the witness named as its subject after the questioner
	in = "Trial\n\nNadia Lund, 54, gave evidence at the trial of Piet Vale.\n\nUnder questioning from prosecutor Daniel Farragut, Lund said she had raised concerns with Vale twice.\n\nPart of the exchange is set out below.\n\nQ: What happened after you raised them?\n\nA: I was told not to worry about it.\n\nQ: Did you see the equipment?\n\nA: Not once."
	checkSpeaker(t, seg, in, "What happened after", "Daniel Farragut", Direct)
	checkSpeaker(t, seg, in, "not to worry", "Nadia Lund", Direct)
}

// TestTranscriptRoleLabel: a label of a role ("THE SPEAKER:") is the
// person the article gave the role, set off before the name.
func TestTranscriptRoleLabel(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Debate\n\nThe Speaker of the Assembly, Rosalind Akerman, had to intervene when the opposition leader, Ivo Lund, rose.\n\nLUND: The minister misled the house.\n\nTHE SPEAKER: Order. Members will address their remarks through the chair.\n\nLUND: I withdraw the word."
	checkSpeaker(t, seg, in, "Members will address", "Rosalind Akerman", Direct)
}
