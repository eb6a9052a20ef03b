package segment

import (
	"slices"
	"strings"
	"testing"
)

// checkSpeaker segments in and checks that the first quote whose text
// holds sub, of one of kinds (any kind when none is given), has the
// speaker want.
func checkSpeaker(t *testing.T, seg *Segmenter, in, sub, want string, kinds ...QuoteKind) {
	t.Helper()
	d := seg.Segment(in)
	checkDoc(t, in, d)
	for _, q := range d.Quotes {
		if !strings.Contains(in[q.Start:q.End], sub) || len(kinds) > 0 && !slices.Contains(kinds, q.Kind) {
			continue
		}
		if q.Speaker != want {
			t.Errorf("%q: %s quote %q by %q, want %q", in, q.Kind, in[q.Start:q.End], q.Speaker, want)
		}
		return
	}
	t.Errorf("%q: no %v quote holding %q", in, kinds, sub)
}

// TestTeamOwner checks that a pronoun after "X's team" opening a sentence
// stands for X, not for the speaker quoted before.
func TestTeamOwner(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Glacier\n\nDr. Stefan Brunner leads the survey.\n\n“The flow was strong,” Josef Gruber said.\n\nBrunner's team will return in October. He is not optimistic. “We've stopped asking whether it will disappear,” he said."
	checkSpeaker(t, seg, in, "stopped asking", "Stefan Brunner", Direct)
}

// TestRound17Pronouns checks pronouns after a kin noun, an opening
// phrase of time, a gender-neutral "himself or herself" and a
// description named later.
func TestRound17Pronouns(t *testing.T) {
	seg := newTestSegmenter(t)
	tests := []struct{ in, sub, want string }{
		{"Drought\n\nBill Hennessy sold half his herd.\n\nState Agriculture Minister Tony Barrasso visited on Wednesday.\n\nMargaret Hennessy, 64, Bill's wife of 42 years, runs the auxiliary.\n\nAsked what it would take to turn things around, her husband didn't hesitate.\n\n“Four inches of rain,” he said.", "Four inches", "Bill Hennessy"},
		{"Jetty\n\nDuring public question time, an elderly man in a fishing club jacket stood and addressed councillors.\n\n“My father built the boat shed,” he said.", "My father", "elderly man"},
		{"Jetty\n\nAn elderly man in a fishing club jacket stood and addressed councillors.\n\n“My father built the boat shed,” he said.\n\nThe man, retired cray fisherman Ron Tilley, 78, later told reporters he had not given up.", "My father", "Ron Tilley"},
		{"Crash\n\nSgt. Dana Vaughn, a spokeswoman for the sheriff's office, gave the details.\n\nCurtis Banerjee said the group has asked for a bike lane.\n\nVaughn said the driver still has a chance to make things easier on himself or herself.\n\n“Leaving is the worst decision you can make,” she said.", "Leaving", "Dana Vaughn"},
		{"Hollin\n\nThe woman, Anneke Solvay, 67, a retired nurse, said her husband, Piet, was killed when a shell hit their kitchen. She had been in the cellar fetching potatoes.\n\n“I heard it and I knew,” she said.", "I heard it", "Anneke Solvay"},
		{"Premiere\n\nLena Okafor plays the captain.\n\nFestival director Ruth Abernathy told reporters the film was chosen early. “Everyone in the room knew,” Abernathy said.\n\nEarly reviews have been strong, and Okafor's name has already surfaced in awards chatter. Asked whether she was paying attention to the buzz, she shook her head.\n\n“I've heard it,” she said.", "I've heard it", "Lena Okafor"},
		{"Strikes\n\nA European diplomat in Selin, who asked not to be named because of the sensitivity of the matter, said: “We understand the security concerns.”", "We understand", "European diplomat"},
		{"Case\n\nGloria Benavides, 71, is deaf.\n\nBenavides’ daughter, Lucia Benavides-Grant, said she still blames herself for making the call.\n\n“My mom raised me to believe you call the police,” she said.", "My mom", "Lucia Benavides-Grant"},
		{"Case\n\n“Our investigators will review all available evidence,” a state police spokesman, Trooper Jason Bibb, said in a written release.", "Our investigators", "Jason Bibb"},
		{"Seagrass\n\nDr. Martin Greaves supervised her doctorate.\n\nA 2011 paper by Fabian Korr, then a rising figure in the field, dismissed her methods as anecdotal.\n\nKorr, reached by telephone last week, did not try to defend it. “I was wrong,” he said.", "I was wrong", "Fabian Korr"},
		{"Riding\n\nASHFORD FALLS, Ont. — Priya Castellano had barely stepped onto the stage before the room erupted.\n\n“We did this together,” the 41-year-old former school principal told about 300 supporters.", "We did this", "Priya Castellano"},
		{"Vote\n\nThe party won 21 seats, while Premier Ross McAllister's Heartland Party took 38.\n\nMcAllister, speaking to supporters, struck a conciliatory tone.\n\n“Tonight is not a night for gloating,” the premier said.", "Tonight", "Ross McAllister"},
		{"Budget\n\nLabour's Fiona Lennie was blunter. Speaking to BBC Scotland after the statement, she said: “This is a settlement written for a press release.”", "This is a settlement", "Fiona Lennie"},
		{"Sale\n\nLucinda Marsh ran the sale.\n\nAsked afterwards whether the price had surprised her, Marsh was candid: “Yes. I thought we might get to three.”", "Yes.", "Lucinda Marsh"},
		{"Vigil\n\nAmong the speakers at the vigil was Rabbi Naomi Feldstein of Beth Shalom Synagogue, a ten-minute walk away.\n\nShe put it simply: “When one of our houses of worship is attacked, all of them are.”", "When one of our houses", "Naomi Feldstein"},
		{"Funeral\n\nMonsignor Francis Dolan, the retired pastor of nearby St. Columba's Church, spoke first.\n\n“There were Catholic grandmothers selling scarves,” the monsignor said.", "There were", "Francis Dolan"},
		{"Schools\n\nCWMDERI — The leader of Glanteifi County Council has defended plans to close five village schools, saying the authority “cannot keep heating half-empty classrooms”.\n\nCllr Gareth Lloyd-Rees, who has led the authority since 2022, faced a hostile meeting on Wednesday.", "cannot keep heating", "Gareth Lloyd-Rees"},
		{"Budget\n\nEDINBURGH — Scotland's finance secretary has defended a £210m settlement, insisting councils would be “better protected than anywhere else in the UK”.\n\nMorag Kincaid, who set out the figures to MSPs on Tuesday, said the choices were fair.", "better protected", "Morag Kincaid"},
		{"Appeal\n\nThe Court of Appeal on Friday quashed the conviction of a councillor, ruling that the recordings “should never have been put before the jury”.\n\nRafael Mendes-Whitlock, 61, was convicted in 2022.", "should never have been", "Court of Appeal"},
		{"Union\n\nOne adviser, a woman in her fifties who asked to be identified only as Carol, said her team leader had warned them.\n\n“It felt like a threat, honestly,” she said.", "It felt like", "Carol"},
		{"Ballot\n\nGreyline's managing director, Stephen Lowther, wrote to staff. According to a copy of the letter seen by this newspaper, he told drivers that a strike would “only damage the services” and warned that the company could not “magic up money that isn't there.”", "magic up money", "Stephen Lowther"},
		{"Standoff\n\nPINE HOLLOW, Ky. — “It sounded like somebody dropping a stack of lumber,” one neighbor said Sunday morning.\n\nThe woman, Darlene Pickett, 52, has lived across the road for 19 years.", "It sounded like", "Darlene Pickett"},
		{"Lockdown\n\nStudents were told to stay in class.\n\n“We heard the announcement, and our teacher locked the door.”\n\nThat's how junior Micah Bellamy, 17, described the start of the morning.", "We heard", "Micah Bellamy"},
	}
	for _, tt := range tests {
		checkSpeaker(t, seg, tt.in, tt.sub, tt.want, Direct, Partial)
	}
	// a deed after "according to" is still the source's report: "wrote
	// 212 checks" reports no words of the writer's
	checkSpeaker(t, seg, "Fraud\n\nAccording to the complaint filed by Ray Munoz, Kim Sowers wrote 212 checks from the league's account to herself or to “cash” between 2020 and 2024.", "212 checks", "Ray Munoz", Indirect)
}

// TestRound18 checks the eighteenth round's speakers: "the witness" in
// trial copy is who testified last, not the lawyer questioning them, and
// "The other juror, a man …" is what a later "he" stands for.
func TestRound18(t *testing.T) {
	seg := newTestSegmenter(t)
	tests := []struct{ in, sub, want string }{
		{"Trial\n\nThe state's second witness, Dr. Imelda Ruiz, a pathologist with the county, testified that the wound was fatal within minutes.\n\nOn cross-examination, defense attorney Paul Greer asked her whether the bruising could be older.\n\n“It could not,” the witness said. “I have seen thousands.”", "It could not", "Imelda Ruiz"},
		{"Verdict\n\nThat neighbor, Tomas Brill, testified on Monday that he heard two voices.\n\nAsked by prosecutor Ann Lowe why he waited, Brill said he had been scared.\n\n“I have a family,” the witness told jurors.", "I have a family", "Tomas Brill"},
		{"Jury\n\nOne juror, Marta Quine, 51, said the panel split early.\n\nThe other juror, a man in his 40s who declined to give his name, said the recordings settled it.\n\n“It was all there on tape,” he said.", "It was all there", "other juror"},
		// a later "The woman, NAME," three paragraphs on names her
		{"Town hall\n\n\"Why should we trust you?\" a woman in a green coat asked the senator on Tuesday.\n\nThe senator stepped off the stage.\n\n\"You should not trust me,\" he said. \"Watch me.\"\n\nThe woman, Edna Prall, 63, a retired nurse, said later that she was unconvinced.", "Why should we", "Edna Prall"},
		// the quote that opens the story, then "With those words, …,
		// roles and the name announced"
		{"Layoffs\n\n\"I was wrong about the market.\"\n\nWith those words, spoken to staff on a video call, Brindle co-founder and chief executive Ola Marsh announced 90 job cuts.", "I was wrong", "Ola Marsh"},
		// a description, then the name and age set off after it
		{"Vote\n\nNot every voter was pleased.\n\n\"They lost my registration.\"\n\nThe woman at the end of the line, Greta Lund, 71, said she would come back.", "They lost", "Greta Lund"},
		// "put it this way" and when, before the colon
		{"Schools\n\nLia Moor, a senior, put it this way during public comment:\n\n\"We are not ready for this.\"", "We are not ready", "Lia Moor"},
		// a gerund subject's clause, then a quote of the same speaker
		{"Hoax\n\nPolice Chief Tara Quist spoke to reporters.\n\nCalling in a fake threat is a crime, the chief said. \"We will find you.\"", "We will find", "Tara Quist"},
		// an occupation as an unnamed source's role, and its pronoun
		{"Inquiry\n\nThe agency's director, Paulo Neri, denied the claims.\n\nOne of them, a chemist who asked not to be named, described the hiring as rigged.\n\n\"Everyone knew who would get the job,\" she said.", "Everyone knew", "chemist"},
		// "a <role> who …" right after a name is that person
		{"Island\n\nHis daughter, Ines Varga, a marine surveyor who lives on the mainland, keeps the accounts. She has tried to make him sell.\n\n\"He will never stop,\" she says.", "He will never", "Ines Varga"},
		// a sign's words before "he said:" are no part of his quote
		{"Farm\n\nThe union's president, Ewan Tull, went further at a rally the next day. Addressing about 2,000 growers, many holding placards reading \"No Deal Is Better Than a Bad Deal\", he said: \"They promised us a seat at the table. Instead we are on the menu.\"", "They promised", "Ewan Tull"},
		// "Those words, spoken by X, …" after a lone quote
		{"Talks\n\n\"We will never trade away our fishermen.\"\n\nThose words, spoken by Ms Ferro at the start of the talks, now haunt her.", "We will never", "Ferro"},
		// British trial copy: "Giving evidence", "Cross-examined by"
		{"Trial\n\nGiving evidence on Monday, the roofer, Shaun Pryor, 29, said he had warned the firm twice.\n\nUnder cross-examination by Ruth Amis KC, for Colin Frew, he accepted his firm fitted the rails.\n\n'It was our job, yes,' the witness replied.", "It was our job", "Shaun Pryor"},
		{"Trial\n\nIrene Mott, 60, was giving evidence on the second day of the trial of Karl Vance, 41.\n\nCross-examined by Omar Reid KC, defending, Mrs Mott agreed she saw nothing.\n\n'No, I did not,' the witness replied.", "No, I did not", "Irene Mott"},
		// the coordinated verb after an object's relative clause is the
		// main subject's
		{"Court\n\nMaria Lowe, 44, read a statement.\n\nShe said she did not hate the man who hit her son, but added: 'I want him to know what he did.'", "I want him", "Maria Lowe"},
		// "The description came from X" after a lone quote about someone else
		{"Profile\n\nAcross the table sits Ilse Brandt, 51, a lawyer.\n\n\"Ilse reads every footnote. Then she reads them again.\"\n\nThe description came from Ola Wren, who worked with Brandt for a decade.", "Ilse reads", "Ola Wren"},
		// a diary's or a logbook's entry speaks for its keeper
		{"Choir\n\nIda Venn, 71, founded the choir in 1990.\n\nHer diary from that winter is blunter. \"Eight came. One could sing,\" reads the entry for January 9, 1991.", "Eight came", "Ida Venn"},
		{"Swimmer\n\nMara Quill, 34, swims the channel.\n\nShe has kept a logbook of every training swim since 2014. Most entries are short. The entry for the day she was pulled out reads: \"Failed. Go again.\"", "Failed", "Mara Quill"},
		// "in simple terms" names no verb
		{"Music\n\nIn a 1990 interview, Mr. Hale described his method in simple terms: \"You play it like a secret.\"", "You play it", "Hale"},
	}
	for _, tt := range tests {
		checkSpeaker(t, seg, tt.in, tt.sub, tt.want, Direct)
	}
	partials := []struct{ in, sub, want string }{
		// "A.M." after an hour is no name to take for a subject
		{"Budget\n\nMayor Ida Crane issued a statement shortly after 1 A.M. thanking the Council for ''doing the hard thing.''", "doing the hard", "Ida Crane"},
		// the name set off after "One of them", before its place
		{"Bill\n\nTwo senators voted no. One of them, Senator Carl Avery of Westfield, said he had heard from his district, and ''not one of them liked it.''", "not one of them", "Carl Avery"},
		// "the Mayor's chief of staff" is no mayor
		{"Hall\n\nMayor Rosa Petti promised a cheap renovation.\n\nAt a 1988 meeting, the Mayor's chief of staff, Dale Kirk, told builders to relax.\n\nThe Mayor said the overruns came from ''problems nobody saw coming,'' such as asbestos.", "problems nobody", "Rosa Petti"},
		// the second of two relative clauses after a name and an age
		{"Boat\n\nThe remark came from Ned Sorley, 70, who has run the ferry for 30 years and who said he had voted for Mr. Pike ''every single time.''", "every single", "Ned Sorley"},
	}
	for _, tt := range partials {
		checkSpeaker(t, seg, tt.in, tt.sub, tt.want, Partial)
	}
	// after a reporter's quoted question, the answer and the reporter's
	// next line are turns, not one statement run over paragraphs
	in := "Derby\n\n\"Was it a penalty, Rob?\" one reporter began.\n\n\"You saw it,\" Rob Ellery said.\n\n\"I'm asking what you saw.\"\n\n\"I saw a man go down. That is all I will say.\""
	d := seg.Segment(in)
	checkDoc(t, in, d)
	for _, q := range d.Quotes {
		if q.Kind == Direct && strings.Contains(in[q.Start:q.End], "You saw it") && strings.Contains(in[q.Start:q.End], "asking") {
			t.Errorf("%q: one quote %q across an exchange's turns", in, in[q.Start:q.End])
		}
	}
	// a parenthetical "he said" after an opening clause is not the
	// subject of the main clause that leads into the quote
	checkSpeaker(t, seg, "Fraud\n\nNora Pell, 58, kept the books. Victor Hale, the chairman, gave evidence.\n\nWhen auditors began asking questions, he said, Pell sent an email to the trustees insisting: 'There is nothing to worry about.'", "nothing to worry", "Nora Pell", Direct)
	// a body in the phrase that opens "it"'s sentence is not what "it"
	// stands for
	checkSpeaker(t, seg, "Border\n\nThe Velsk Defence Council rejected the charge. In a statement read out on the state broadcaster Kestra One, it said its troops had \"not fired a single shot\".", "not fired", "Velsk Defence Council", Partial)
	// "the party" after the party's own report in the sentence before
	checkSpeaker(t, seg, "Obituary\n\nIvo Marek, a former minister, has died aged 80.\n\nThe Green Reform League, which he led from 2001 to 2005, said its flags would fly at half-mast. \u201cIvo was one of our best,\u201d the party said.", "Ivo was one", "Green Reform League", Direct)
	// a body set off before "which said" speaks the partial quote after it
	checkSpeaker(t, seg, "Fire\n\nWinds will ease by Monday, according to the Weather Office, which said in an update that \"conditions remain critical through Sunday.\"", "conditions remain", "Weather Office", Partial)
	wantNoQuotes(t, seg, "Storm\n\nAt the church hall, volunteers handed out water. A hand-painted board by the gate read \"MILLBRIDGE STANDS — ALL WELCOME INSIDE\".")
	wantNoQuotes(t, seg, "Rally\n\nParents packed the hall for the vote, many of them wearing green buttons that read ''Parks, Not Parking.'' The board voted at midnight.")
	// a name in title case given after "as" or "call", and a work's title
	// after the clause that tells who made it, are no one's words
	wantNoQuotes(t, seg,
		"Names\n\nFeld, who styled himself on the radio as “The Pension Doctor,” ran the firm for a decade.",
		"Names\n\nThe tower, which a 1971 brochure billed as “Harbor Living at Its Finest,” has 90 flats.",
		"Names\n\nSmoke rose over the depot, a sprawling shed locals call “the Iron Barn,” by noon.",
		"Names\n\nInvestors were handed copies of a self-published book Feld wrote in 2015, “Sleep Well, Retire Early,” at each seminar.",
	)
}

// TestSpeakers checks the speaker, role and cue of the first quote of the
// wanted kind found in short fictional texts; role "*" is not checked.
func TestSpeakers(t *testing.T) {
	seg := newTestSegmenter(t)
	tests := []struct {
		name, in           string
		speaker, role, cue string
		kind               string
	}{
		{"a name inside a relative clause set off after the subject", "Schools\n\nAngela Freer, whose two sons attend Kingsmere Academy, one of the later-starting schools, said her family had adjusted after “a rough first term.”", "Angela Freer", "*", "said", "partial"},
		{"he is not a spokeswoman described before", "Glacier\n\nJosef Gruber keeps sheep below the ice.\n\nA spokeswoman for the regional environment office said the study would “look at the next fifty years.”\n\nBrunner's team will return in October. He is not optimistic. “We've stopped asking whether it will disappear,” he said.", "Josef Gruber", "*", "said", "direct"},
		{"another participant, described, is the pronoun after it", "Trial\n\nDr. Imogen Vale ran the trial.\n\nAnother participant, who asked not to be named, said her pain had not changed at all. “I was probably on the sugar pill,” she said.", "Another participant", "*", "said", "direct"},
		{"a councillor's abbreviated title", "Bus route\n\n“It is not a luxury.”\n\nThat was the message from Cllr. Aoife Lynam as she moved a motion on Monday.", "Aoife Lynam", "*", "was the message from", "direct"},
		{"a quoted nickname inside a name", "Gulls lose\n\nCoach Raymond Foxworth was ejected.\n\nThe ejection came after guard DeShawn “Flash” Whitaker was knocked to the floor. Whitaker stayed down for several seconds.\n\nHe said the wrist was “fine, just sore” and that he expected to play.", "DeShawn Whitaker", "*", "said", "partial"},
		{"a possessive pronoun's reasoning before a colon", "Bike lanes\n\nMayor Gurpreet Sandhu cast the deciding vote.\n\nHer reasoning was simple: “We spent $1.4 million building this.”", "Gurpreet Sandhu", "*", "", "direct"},
		{"what a body agreed to do inside a clause another verb reports", "Bike lanes\n\nCoun. Priya Natarajan spoke last.\n\nShe noted that the city had already agreed to add four loading zones on side streets: “That is a reasonable compromise.”", "Priya Natarajan", "*", "noted", "direct"},
		{"the one a message shows doing it is the participle's subject", "Trial\n\nRoss Marsh, 26, was jailed.\n\nThe jury heard that messages recovered from a phone showed him instructing Lee Somerton to “sort the little one out” after the boy lost a package.", "Ross Marsh", "*", "instructing", "partial"},
		{"a member of a body named is one person, not the body", "Crisis\n\nA member of the House who did not want to be named told our correspondent that the deal “was sealed on Wednesday night”.", "member of the House", "*", "told", "partial"},
		{"a senior member of a body named", "Crisis\n\nA senior member of the Ruling Party told reporters that the vote was “rigged”.", "senior member of the Ruling Party", "*", "told", "partial"},
		{"the monarch after a traditional ruler's titles", "Plant\n\nThe Amanyanabo of Esuama, King Boma Ofori-Pepple, received the delegation at his palace.\n\n“Our youths are roaming the streets,” the monarch said.", "Boma Ofori-Pepple", "*", "said", "direct"},
		{"a comrade's name set off after the role", "Defection\n\nThe party's State Publicity Secretary, Comrade Ibrahim Musa Jega, said in a statement that the lawmakers “should vacate their seats”.", "Ibrahim Musa Jega", "*", "said", "partial"},
		{"a bracketed honorific after a title", "Book launch\n\nThe chairperson, Justice (Mrs.) Abena Darkwa-Larbi, described the book as “candid, sometimes painfully so”.", "Abena Darkwa-Larbi", "*", "described", "partial"},
		{"who after a phrase that from leads into", "Trial\n\nThe jury was also read a character statement from the daughter of a former resident, who described the defendant as ‘the one carer Mum always asked for’.", "daughter of a former resident", "*", "described", "partial"},
		{"who after a phrase that by leads into, in reported speech", "Wind farm\n\nHer warning was echoed by the committee's legal adviser, who reminded members that refusals had to be based on planning grounds.", "committee's legal adviser", "*", "reminded", "indirect"},
		{"the name before an age that a relative clause follows", "Vote\n\nOutside the Legion hall, Bev Hollander, 70, who said she had voted Conservative “for most of my life,” stood smoking.", "Bev Hollander", "*", "said", "partial"},
		{"Sardar and a given name after the full name", "Budget\n\nLeader of the Opposition Sardar Iftikhar Ahmed Bajwa spoke first.\n\n“The government has found the one thing that the poor cannot stop buying,” Sardar Iftikhar said.", "Iftikhar Ahmed Bajwa", "*", "said", "direct"},
		{"an article inside the portfolio before the name", "Border\n\nMinister of the Interior Ana Ode said on Monday that the crossing would stay shut.\n\n“We will not bend,” Ode said.", "Ana Ode", "Minister of the Interior", "said", "direct"},
		{"an article after the portfolio's for", "Rivers\n\nMinister for the Environment Maria Varga said the rivers were dirtier than in any year on record.", "Maria Varga", "Minister for the Environment", "said", "indirect"},
		{"a portfolio's role stops at the headline above it", "Talks\n\nMinister for Trade and Industry Ana Ode said the talks would resume next week.", "Ana Ode", "Minister for Trade and Industry", "said", "indirect"},
		{"who after a name and its role of a body, as an object", "Plant\n\nThe deal was backed by Ana Ode, chair of the Harbour Trust, who said it would “save jobs.”", "Ana Ode", "*", "said", "partial"},
		{"who after a name and its role of a lower-case body", "Plant\n\nThe deal was welcomed by Ana Ode, chair of the trust, who said it would save jobs.", "Ana Ode", "*", "said", "indirect"},
		{"the union is not the trust that spoke before", "Plant\n\n“It will save jobs,” the Harbour Trust said.\n\nThe union said the closure was “a betrayal.”", "union", "", "said", "indirect"},
		{"the force is the police named by place", "Venue\n\nKellbridge Police were called to the venue at 9pm.\n\n“Officers attended and no arrests were made,” the force said.", "Kellbridge Police", "", "said", "direct"},
		{"a police force's name is no person a pronoun stands for", "Arrest\n\nCallum Mott, 41, was arrested on Friday after a call to the council.\n\nThe office referred the call to U.S. Park Police, who worked with detectives to investigate. When Mott was approached, he told officers he had been “nowhere near” the depot.", "Callum Mott", "*", "told", "partial"},
		{"a role the quote's own words bring in, in the paragraph it opened before, is no speaker", "Border\n\nHanna Reiss, a former military attaché, said the two armies were signalling to each other.\n\n“This is theatre. One nervous sergeant on either bank could turn a rehearsal into the real thing.\n\n“That is what worries me, not the speeches,” she said.", "Hanna Reiss", "*", "said", "direct"},
		{"a list of names after a preposition inside a clause set off after an opening phrase", "Talks\n\nIn its closing communique, the Contact Group, which brings together the foreign ministers of Orlenia, Vastria and Peltavia, said the two sides had agreed to complete the exchange.", "Contact Group", "", "said", "indirect"},
		{"a part of a document speaks for its issuer", "Talks\n\nIn its closing communique, the Contact Group said the sides would meet again.\n\nThe final paragraph of the communique read: “The parties recognise that no military solution exists.”", "Contact Group", "", "read", "direct"},
		{"the company is the engineering firm named by its trade", "Flood wall\n\nThe wall was completed in 2020 by Denholm Civil Engineering. The company said in a statement that it was working with the agency.", "Denholm Civil Engineering", "", "said", "indirect"},
		{"the company is the water utility named by its trade", "Sewage\n\nRedmere Water has been fined £38m.\n\nThe fine follows a Water Standards Authority inquiry.\n\nThe company said in a statement that it accepted the fine.", "Redmere Water", "", "said", "indirect"},
		{"people in a place named after its kind, not the place", "River\n\nSwimmers in the village of Thornby, downstream of the largest outfall, say they have been falling ill for years.", "swimmers", "", "say", "indirect"},
		{"a partner, then a body's leader and her name set off", "Vote\n\nHis junior partner, Green Alliance leader Marit Sunde, accused him of running “a cabinet of one man and a phone.”", "Marit Sunde", "Green Alliance leader", "accused", "partial"},
		{"a role and the name set off after it, after an opening phrase", "Vote\n\nAt the time, his chief rival, Green Alliance leader Marit Sunde, accused him of running “a cabinet of one man and a phone.”", "Marit Sunde", "Green Alliance leader", "accused", "partial"},
		{"its general secretary and his name set off, then two verbs", "Strike\n\nThe union was quick to reply. Its general secretary, Piet Osmand, appeared on the same programme and called her remarks “a nice line for the radio”.", "Piet Osmand", "*", "called", "partial"},
		{"after and a name alone is no clause whose subject the second verb shares", "Strike\n\nPiet Osmand appeared on the same programme an hour after Hanne Loeb and called her remarks “a nice line for the radio”.", "Piet Osmand", "*", "called", "partial"},
		{"a daughter set off before her name is a she whose given name no list holds", "Obit\n\nHarold Lott has died at his home. He was 87.\n\nHis daughter, Mara Lott, spoke of his last days.\n\n“He never once trusted a weather report,” she said.", "Mara Lott", "*", "said", "direct"},
		{"guides inside a relative clause whose object the noun is", "Rescue\n\nThe walkers had set out on Monday to complete a 14-mile circuit that local guides describe as “serious in summer and a different animal in winter”.", "local guides", "", "describe", "partial"},
		{"a clergyman's name set off with the article his honorific takes", "Church\n\nThe Archdeacon of Selbury, the Ven David Kinsella, said that the diocese had spent three years searching for a buyer.", "David Kinsella", "*", "said", "indirect"},
		{"a bishop's name set off after Rt Rev", "Church\n\nThe Bishop of Selbury, the Rt Rev Anne Holt, said that the diocese had spent three years searching for a buyer.", "Anne Holt", "*", "said", "indirect"},
		{"a book's title and subtitle inside a clause set off after the subject", "Church\n\nLocal historian Ann Brightwell, whose book “Stone and Faith: The Quarry Churches of Selbury” traces the parish’s history, said the church was built in 1864.", "Ann Brightwell", "*", "said", "indirect"},
		{"her son is the son named after those words before", "Birthday\n\nEdna Ellery turned 100 on Friday.\n\nHer son, Robert Ellery, 74, chose the music.\n\nAccording to her son, she still reads two newspapers a day.", "Robert Ellery", "*", "According to", "indirect"},
		{"her son is the man who shares her surname", "Birthday\n\nEdna Ellery turned 100 on Friday. Robert Ellery, 74, chose the music.\n\nHer son said she still reads two newspapers a day.", "Robert Ellery", "*", "said", "indirect"},
		{"a role, the name, then a possessive's description and a clause, all set off", "Tree\n\nAnother neighbour, Simon Quayle, Deborah’s brother-in-law, who lives at number 22, said he had some sympathy for the Pikes.", "Simon Quayle", "*", "said", "indirect"},
		{"a role, the name, then an indefinite description and a clause, all set off", "Tree\n\nAnother neighbour, Simon Quayle, a retired teacher, who lives at number 22, said he had some sympathy for the Pikes.", "Simon Quayle", "*", "said", "indirect"},
		{"a role, the name, then a kin noun and a clause, all set off", "Tree\n\nThe neighbour, Simon Quayle, her brother-in-law, who lives nearby, said he had some sympathy for the Pikes.", "Simon Quayle", "*", "said", "indirect"},
		{"a list whose last name a word describes, inside a clause set off", "Talks\n\nIn its closing communique, the Contact Group, which brings together the foreign ministers of Orlenia, Vastria and host Peltavia, said the two sides had agreed to complete the exchange.", "Contact Group", "", "said", "indirect"},
		{"analysts at a bank speak for the bank", "Oil\n\nAnalysts at Brenholt Bank wrote in a note to clients that a cut of that size would tip the market into deficit.", "Brenholt Bank", "", "wrote", "indirect"},
		{"they after analysts at a research firm are the firm", "Oil\n\nAnalysts at Greyfield Research wrote in a note to clients that gold would rise.\n\n“Real yields no longer explain the gold price,” they wrote.", "Greyfield Research", "", "wrote", "direct"},
		{"officials at a public body speak for it", "Port\n\nOfficials at the Harbour Authority said the port was safe.", "Harbour Authority", "", "said", "indirect"},
		{"the note of analysts at a bank speaks for the bank", "Oil\n\nAnalysts at Brenholt Bank wrote in a note to clients that a cut would tip the market into deficit.\n\nTraders were calmer.\n\n“The pace is not sustainable,” the note said.", "Brenholt Bank", "", "said", "direct"},
		{"they, in the sentence after analysts at a firm, are the firm", "Grain\n\nAnalysts at Aldermoor Agri Research expect more bans. They wrote that the ban would force importers to buy elsewhere.", "Aldermoor Agri Research", "", "wrote", "indirect"},
		{"he after a sentence the judge opens is the judge", "Tribunal\n\nEmployment Judge Colin Marsh heard the case. Her lawyer, Tomas Reyes-Hartley, had called two witnesses.\n\nThe judge was unpersuaded. He noted that the barriers went up only after a forklift clipped a worker.", "Colin Marsh", "*", "noted", "indirect"},
		{"data a body published, after the clause they show", "Waits\n\nThe number waiting has risen to a record 3.4 million, data published on Monday by the National Health Statistics Office showed.", "National Health Statistics Office", "", "showed", "indirect"},
		{"a report by a body, after the clause it found", "Glaciers\n\nGlaciers in the northern mountains have lost a third of their volume since 2000, a report published on Tuesday by the Alpine Institute found.", "Alpine Institute", "", "found", "indirect"},
		{"the role after led by and its, set off before the name", "Fair\n\nThe largest pavilion belongs to Ruthmar, whose delegation is led by its ambassador to Pelloria, Rafael Ondreko. The ambassador told reporters as he toured the stands: “Ruthmar is not here to sell and go home.”", "Rafael Ondreko", "*", "told", "direct"},
		{"and said after a relative clause on the object of a verb in the past", "Bust\n\nSheriff Sam Drayton thanked residents who had called in tips and said more arrests were possible.", "Sam Drayton", "*", "said", "indirect"},
		{"asked not to be named is no report", "Camp\n\nA refugee who feared reprisals and asked not to be named said the camp was full.", "refugee", "", "said", "indirect"},
		{"and said after a long object of another verb", "Robbery\n\nThe department posted still images from the surveillance video on the department’s Facebook page Thursday night and said tips could be left anonymously.", "department", "", "said", "indirect"},
		{"according to a report a body released, a phrase after it", "Shooting\n\nThe officer fired two rounds, according to a police report released by the Brennard Police Department along with the findings.", "Brennard Police Department", "", "according to", "indirect"},
		{"according to a body whose name a day follows", "Shooting\n\nThe officer fired two rounds, according to the Brennard Police Department on Tuesday.", "Brennard Police Department", "", "according to", "indirect"},
		{"it after a clause that names a body is the body, far from its full name", "Strike\n\nWorkers at Vantor Motors will return on Monday.\n\nKieran Doyle, a welder, voted against the deal.\n\nThe strike cost Vantor about 180 million crowns in lost output, it said in a filing to the stock exchange on Friday.", "Vantor Motors", "", "said", "indirect"},
		{"they after analysts at a firm its kind names first", "Batteries\n\nAnalysts at the consultancy Brightwater Metrics expect a slump. They also warned that small recyclers could be squeezed out.", "Brightwater Metrics", "", "warned", "indirect"},
		{"a police report is the force's named before", "Robbery\n\nPolice are searching for a man, an officer of the Fenwick Police Department confirmed.\n\nThe robbery at the credit union happened at about 2:40 p.m., according to a police report.", "Fenwick Police Department", "", "according to", "indirect"},
		{"a country's ambassador in a city, then his name set off", "Culture\n\nLindaria's ambassador in Tollin, Matteo Ferrand, underlined the symbolism in a speech: “Politicians sometimes forget how to talk.”", "Matteo Ferrand", "*", "", "direct"},
		{"the hospital is the medical center the clause names", "Hiker\n\nGranger was in fair condition Monday night at St. Brendan’s Regional Medical Center, according to the hospital.", "St. Brendan’s Regional Medical Center", "", "according to", "indirect"},
		{"the regulator is no medical center", "Devices\n\nThe National Medical Devices Authority opened an inquiry.\n\nThe regulator said the pumps posed a serious risk to patients.", "National Medical Devices Authority", "", "said", "indirect"},
		{"it after a body's noun and the name set off after it", "Spies\n\nThe Calverian counter-intelligence agency, the State Security Service, later released grainy video footage. It said the technician seen in the footage was a petty officer.", "State Security Service", "", "said", "indirect"},
		{"a document titled with a colon in its title, set off before the verb", "Famine\n\nThe assessment, titled “Three Seasons Without Rain: Northern Tasuria Outlook,” warned that parts of the Harel and Sabu districts could slip into famine.", "assessment", "", "warned", "indirect"},
		{"she is no forecasters who open the sentence before", "Heat\n\nDr Priya Valand, a climatologist, spoke on Monday. Temperatures will ease only slightly. Forecasters expect humidity to climb later in the week.\n\n“This will not be the last summer like this,” she said.", "Priya Valand", "*", "said", "direct"},
		{"the orchestra is the philharmonic named before", "Orchestra\n\nThe Calderbrook Philharmonic cancelled three concerts.\n\nThe orchestra said around 1,900 ticket holders would be offered refunds.", "Calderbrook Philharmonic", "", "said", "indirect"},
		{"a chairman whose given name is a woman's is a she", "Transfer\n\nCastellan chairman Ines Marquardt met the buyers on Monday.\n\nMarquardt rejected that account. She insisted the payment had been “on the table since the first conversation in June”.", "Ines Marquardt", "*", "insisted", "partial"},
		{"a surname, then who had said that, set off before the main verb", "Boxing\n\nLaszlo Varga weighed in on Friday.\n\nVarga, who had said earlier in the week that he had nothing personal against his opponent, struck a very different tone on Friday.", "Laszlo Varga", "", "said", "indirect"},
		{"the party is the alliance that spoke before", "Vote\n\nThe Social Democratic Alliance said the vote was rigged.\n\n“We will appeal,” the party said.", "Social Democratic Alliance", "", "said", "direct"},
		{"a time of day before a weekday opens no name", "Race\n\nCarla Benedetti toured the county.\n\nLate Saturday, as her staff loaded the bus, Ms. Benedetti said she was tired.\n\n“We will win,” she said.", "Carla Benedetti", "*", "said", "direct"},
		{"a weekday before a name without a comma", "Race\n\nOn Monday Ana Ode said the polls had been wrong all year.", "Ana Ode", "", "said", "indirect"},
		{"early before a weekday before a name", "Race\n\nEarly Monday Ana Ode said the polls had been wrong all year.", "Ana Ode", "", "said", "indirect"},
		{"Early as a surname", "Games\n\n“Streaming is binary,” says Chris Early. “You are in or out,” Early said.", "Chris Early", "", "says", "direct"},
		{"a noun for words said after a preposition is no cue", "Plan\n\nLuis Ferreira runs a hardware store.\n\nHe was blunter during public comment: \"If my customers can't park, they will drive to the mall.\"", "Luis Ferreira", "", "", "direct"},
		{"a reflexive and a time between the subject and its verb", "Bill\n\nSpeaker Raymond Costa has been noncommittal.\n\nMr. Costa himself last week described several members as \"nervous about going home.\"", "Raymond Costa", "*", "described", "partial"},
		{"what a group later called is their words", "Theft\n\nHe served until 2021, when an audit uncovered what investigators later called \"a pattern of quiet, steady theft.\"", "investigators", "", "called", "partial"},
		{"the one a role is for is not the pronoun's antecedent", "Fire\n\nKyle Dempsey, 31, was arrested.\n\nA lawyer for Mr. Dempsey, Harold Greene, said his client would plead not guilty. He called the bail amount ''absurd for a man with no history of violence.''", "Harold Greene", "", "called", "partial"},
		{"a decade's apostrophe inside a relative clause set off", "Cuts\n\nProfessor Dame Eleanor Hart, who headed the department for most of the ’90s and is now an emeritus professor, said she had written to the council.", "Eleanor Hart", "*", "said", "indirect"},
		{"told a broadcaster's name, then the clause's subject and a long phrase", "Tunnel\n\nMr Kostas told ABC Radio Melbourne the revised cost of $9.8 billion already included a fresh contingency.", "Kostas", "", "told", "indirect"},
		{"a statement issued on someone's behalf", "Club\n\nA statement issued on Mr Hollis’ behalf said he had no plans to sell the club.", "Hollis", "", "said", "indirect"},
		{"a letter sent on someone's behalf", "Club\n\nA letter sent on Ana Ode's behalf said she would resign at the end of the season.", "Ana Ode", "", "said", "indirect"},
		{"a court's holding that", "Trees\n\nThe High Court on Monday stayed the felling of 1,200 trees, holding that the permission had been granted without a public hearing.", "High Court", "", "holding", "indirect"},
		{"had written before a colon, after an opening phrase naming another", "Trial\n\nColin Ashby denied it.\n\nIn one, sent in March 2021 to co-defendant Gary Pell, a freight agent, Ashby had written: “Usual berth Thursday. Keep the paperwork tidy.”", "Colin Ashby", "", "written", "direct"},
		{"a live page's time stamp before according to", "Night\n\n11:15 p.m. — According to the commission, 74 of the 112 seats have now been declared.", "commission", "", "According to", "indirect"},
		{"one official at a workplace named with the", "Swap\n\nAn official at the Contact Group, who spoke on condition of anonymity, said inspections would add about a day to each voyage.", "official", "", "said", "indirect"},
		{"one official at a workplace after the verb", "Swap\n\n“It is fine,” said an official at the Contact Group.", "official at the Contact Group", "", "said", "direct"},
		{"a club named after club is no person a pronoun takes", "Match\n\nTiago Ferraz scored twice.\n\nFor Ferraz, who arrived from Portuguese club Vila Serra in January, it was the best afternoon. Asked about the winner, he said: \"I just closed my eyes and hit it.\"", "Tiago Ferraz", "", "said", "direct"},
		{"the team a person coaches", "Match\n\nThe team Ana Ode coaches won on Sunday. “We won,” she said.", "Ana Ode", "", "said", "direct"},
		{"a relative clause with whose and a comma inside", "Film\n\nQuist, whose films earned her a reputation for slow, patient dramas, says she read the novel in one sitting.", "Quist", "", "says", "indirect"},
		{"a publisher's name set off is a firm, which no she takes", "Film\n\nLeonie Fairweather wrote the novel.\n\nIn a statement released through her publisher, Larkspur Books, she said: “Amara found the film that was hiding inside my book.”", "Leonie Fairweather", "", "said", "direct"},
		{"in the words of", "Markets\n\nIn the words of Ana Ode, a trader in the capital, “Nobody sells a currency because of one bad month.”", "Ana Ode", "", "In the words of", "direct"},
		{"according to set off after a clause with a number, a phrase after it", "Refugees\n\nMore than 40,000 people have crossed into Aldevia in the past eight days, according to the United Nations refugee agency, most of them women and children.", "United Nations refugee agency", "", "according to", "indirect"},
		{"a body's whole name with and, after according to", "Filing\n\nAccording to the Securities and Exchange Commission, his departure was “not the result of any disagreement.”", "Securities and Exchange Commission", "", "According to", "indirect"},
		{"in blunt terms before a colon is no cue", "Board\n\nCarla J. Whitfield spoke first.\n\nShe laid out the problem in blunt terms: “We can’t outbid Marlow County on salary.”", "Carla J. Whitfield", "", "", "direct"},
		{"one reporter from a paper asks", "Police\n\nA reporter from the Kestrel Lake Courier asked: “Why did it take three months to make an arrest?”", "reporter", "", "asked", "direct"},
		{"the publisher is the house that spoke before", "Memoir\n\nThe book was published by Halyard House.\n\n“The first print run has almost sold out,” a spokesperson for Halyard House said. According to the publisher, a second printing is already under way.", "Halyard House", "", "According to", "indirect"},
		{"a statement from someone that reads as follows", "Night\n\n9:42 p.m. — A statement from Prime Minister Conrad Vell has just landed in our inbox. It is the first time he has commented since polls closed, and it reads in part as follows.\n\n“Whatever tonight brings, this government has kept its promises.”", "Conrad Vell", "*", "", "direct"},
		{"the company is the firm that is one of the country's companies", "Breach\n\nSkylark Travel, one of the country’s biggest online holiday companies, was hacked last week.\n\nIn a notice posted on its website late on Wednesday, the company said the attackers had exploited a flaw in software.", "Skylark Travel", "", "said", "indirect"},
		{"a numbered district inside the place after a name", "Hoops\n\nRep. Lorna Esguerra-Uy of Santa Rosita’s 2nd District said she would file a counterpart resolution this week.", "Lorna Esguerra-Uy", "*", "said", "indirect"},
		{"averred", "Cocoa\n\nKofi Boateng-Asare spoke first. He further averred that the high cost of fertiliser had pushed many young people out of farming.", "Kofi Boateng-Asare", "", "averred", "indirect"},
		{"a firm a headline named as no body, then described as one", "Skylark Travel hit by hackers\n\nSkylark Travel, one of the country’s biggest online holiday companies, has confirmed a breach.\n\nIn a notice posted on its website late on Wednesday, the company said the attackers had exploited a flaw in software.", "Skylark Travel", "", "said", "indirect"},
		{"praised an object but said a clause", "Museum\n\nAna Ode praised the museum but said the return should have come much sooner.", "Ana Ode", "", "said", "indirect"},
		{"a participle's phrase before the subject of a verb but said", "Museum\n\nAma Dufie-Mensah, the culture minister, accepted the figures.\n\nSpeaking after the ceremony, she thanked the museum but said the return should have come much sooner.", "Ama Dufie-Mensah", "*", "said", "indirect"},
		{"a given name that tells the gender, newly listed", "Rally\n\nCelia Marrow, the former treasury secretary, spoke for forty minutes.\n\n“Turnout will decide it,” said Anika Sol, a political scientist.\n\nMarrow will sit for an interview on Sunday. She told reporters that she expected to debate Ashby twice.", "Celia Marrow", "", "told", "indirect"},
		{"he is not a woman whose given name is newly listed", "Rally\n\nCelia Marrow spoke first.\n\n“Nobody from the capital came to tell him why,” he said.", "", "", "said", "direct"},
		{"a name set off after a portfolio that holds a list", "Rail\n\nThe Minister for Employment, Workplace Relations and Skills, Harriet Osei-Lindqvist, said the talks would go on.", "Harriet Osei-Lindqvist", "*", "said", "indirect"},
		{"a surname that is also an honorific elsewhere", "Econ\n\nAtif Mian of Kell University said the data were “clear”.", "Atif Mian", "*", "said", "partial"},
		{"a surname Chaudhry", "Iftar\n\nImam Bilal Chaudhry of Masjid an-Noor told the gathering that fasting was “a school for empathy.”", "Bilal Chaudhry", "*", "told", "partial"},
		{"an agency dateline with no dash is not the subject", "Quits\n\nDEHRAPUR, Aug 22 (PTI) Former chief minister Smt Rajeshwari Negi on Friday accused Chief Minister Devendra Kathait of running the party “like a private limited company”.", "Rajeshwari Negi", "*", "accused", "partial"},
		{"one of them and a name set off after it", "Vote\n\nAt least two defeated candidates called for a review. One of them, former Kestrel Bay North candidate Wes Dunmore, wrote on social media that the party needed “fresh eyes”.", "Wes Dunmore", "*", "wrote", "partial"},
		{"a name set off after a possessive role, with the body it is of", "Ruling\n\nThe case was brought by Arturo Lugo, 37, a landscaper.\n\nOn the courthouse steps, his lawyer, Jocelyn Tremaine of the Immigrant Rights Litigation Center, said she was “heartbroken but not surprised” by the ruling.", "Jocelyn Tremaine", "*", "said", "partial"},
		{"a name and its country set off after the role", "Council\n\nThe council's president for the month, Ambassador Sofia Reinholt of Meridia, said after the vote that members were “close, but not close enough.”", "Sofia Reinholt", "*", "said", "partial"},
		{"who after a name, its role and the body it is of", "Ruling\n\nTeachers' groups welcomed the ruling, according to Gloria Estrand, president of the Ohio Federation of Classroom Teachers, who predicted the decision would “change the conversation in every district.”", "Gloria Estrand", "*", "predicted", "partial"},
		{"less than an hour later is no name", "Fire\n\nKyle Henning, 34, was charged.\n\nAccording to the criminal complaint, Henning was fired at 9 p.m. Less than an hour later, he sent a text message to a co-worker that read: “They are going to be sorry.”", "Kyle Henning", "*", "", "direct"},
		{"an adverb of two words between the subject and the verb", "Fire\n\nKyle Henning, 34, was charged.\n\nHenning at first denied that he “was even there.”", "Kyle Henning", "*", "denied", "partial"},
		{"the subject after according to a complaint is not its issuer", "Fire\n\nKyle Henning, 34, was charged.\n\nAccording to the complaint, Henning was fired on Sunday.\n\nVideo shows a man “filling a red container,” the complaint says.", "complaint", "*", "says", "partial"},
		{"an engineer's honorific before a name", "Fuel prices\n\n“The board has absorbed part of the increase,” NEPB Director-General Eng. Paul Rotich said in a statement.", "Paul Rotich", "*", "said", "direct"},
		{"a span of time and a place before the subject of a participle", "Sunday shows\n\nGov. Nathaniel Brooke appeared on two programs.\n\nAn hour later, on a different network, Brooke was more willing to draw contrasts, describing its record as “a lot of press releases.”", "Nathaniel Brooke", "*", "describing", "partial"},
		{"the sergeant and the corporal after their abbreviated ranks", "Drill\n\nSgt. Ana Ode ran the range on Monday, and Cpl. Ivo Lund kept score.\n\n“Nobody missed,” the corporal said.", "Ivo Lund", "*", "said", "direct"},
		{"a name set off after the role that opens a line before a colon", "Primary\n\nThe likely Democratic nominee, Kansas City Councilwoman Ayesha Grant, weighed in with a single sentence: “Grab the popcorn, Missouri.”", "Ayesha Grant", "*", "", "direct"},
		{"one of them, a role set off after it", "Nurses strike\n\nOne of them, a ward sister with 22 years of experience who asked not to be named, said she had voted yes “with a heavy heart.”", "ward sister", "*", "said", "partial"},
		{"a name given in a relative clause after the description", "Library hours\n\nA 16-year-old junior at Harlow Creek High School, who gave her name only as Priya, told the board the library had been “the one place where nobody asks.”", "Priya", "*", "told", "partial"},
		{"a knight goes by the given name", "Harbour leader Sir Ivo Lund spoke first.\n\nSir Ivo added: “The port deserves better.”", "Ivo Lund", "*", "added", "direct"},
		{"a dame goes by the given name", "Dame Ana Ode chaired the inquiry.\n\n“We found no fault,” Dame Ana said.", "Ana Ode", "*", "said", "direct"},
		{"a place after at the names no one", "Signe Lund won the vote.\n\nBack at the Old Foundry, the mayor-elect thanked her team. “My father worked here,” she said.", "Signe Lund", "*", "said", "direct"},
		{"the subject after an opening question is the pronoun's", "Ivo Albery spoke in Kell.\n\nAsked whether the Tandra Creek clinic would open in 2026, Mr Albery said he would wait.\n\n“We have hired 120 nurses,” he said.", "Ivo Albery", "*", "said", "direct"},
		{"letters after a name are no part of it", "Simon Arkwright KC, for the defence, rose.\n\n“It is not so,” Arkwright said.", "Simon Arkwright", "*", "said", "direct"},
		{"a pronoun after a described speaker's words is that speaker", "Detective Ana Ode is leading the inquiry.\n\nOne witness, who asked not to be named, said she had heard shouting.\n\n“Two of them were pushing each other,” she said.", "One witness", "", "said", "direct"},
		{"a person named between takes the pronoun", "One witness, who asked not to be named, said she had heard shouting.\n\nDetective Ana Ode is leading the inquiry. “We need footage,” she said.", "Ana Ode", "*", "said", "direct"},
		{"a place after a role and from names no one", "Among the diners was Carol Dunne, 67, a retired nurse from Ember Hill, who said she had never been to a rally. “He talks like my neighbours,” she said.", "Carol Dunne", "*", "said", "direct"},
		{"an honorific after the role", "LSM State president Shri Harish Nair alleged that farmers had not been paid.", "Harish Nair", "*", "alleged", "indirect"},
		{"a surname the Arabic article opens in lower case", "President Bashar al-Rahim said the war was over.", "Bashar al-Rahim", "President", "said", "indirect"},
		{"a name after the is no person's", "Marisol Tenner sang for decades.\n\nShe formed the Lantern Hours in 1974, and the Lantern Hours reunited in 2012.\n\n“Loud,” she said.", "Marisol Tenner", "*", "said", "direct"},
		{"a role before any name is the pronoun's", "The harbour closed on Monday.\n\nThe mayor said the decision had been made with a heavy heart.\n\n“It is going to be a hard winter,” she told reporters.", "mayor", "", "told", "direct"},
		{"a definite role after a name is most often that person", "Tim Alder is a comedian.\n\nIn an interview, the actor explained the jokes. “I am not as quick,” he said.", "Tim Alder", "*", "said", "direct"},
		{"a quote after a paragraph that ends with someone speaking", "Harriet Voss, 78, rose at the hearing. Leaning on a cane, she addressed the council for six minutes.\n\n“I learned to read in that building.”\n\nThe room rose in applause.", "Harriet Voss", "*", "", "direct"},
		{"a pronoun opening the sentence before an unattributed quote", "Ana Ode fixes toasters.\n\nIvo Lund visits on Fridays. She is not sentimental about everything. “Some things are built to die.”", "Ana Ode", "*", "", "direct"},
		{"he after a speaker named by one word only", "Further along the road, a fisherman who gave his name only as Teodor said his boat had been carried inland. “It is sitting in a field now,” he said.", "Teodor", "", "said", "direct"},
		{"a place after in names no one", "Barney Quill admitted speeding.\n\nThe 52-year-old star of a cookery show was clocked near his country pile in Little Abbotsley.\n\n“I was late for a soufflé,” he said.", "Barney Quill", "*", "said", "direct"},
		{"a name set off after a capitalised role and for", "Addressing journalists, the Commissioner for Health, Dr. Funmi Adeyemo, said 243 cases had been recorded.", "Funmi Adeyemo", "*", "said", "indirect"},
		{"a capitalised title after a country's possessive, then the name set off", "Narvia’s Foreign Minister, Tobias Hallgren, told reporters the talks had been useful.", "Tobias Hallgren", "*", "told", "indirect"},
		{"a lower-case role set off before the name, then told and a clause", "The regional governor, Petra Vasch, told reporters the road was shut.", "Petra Vasch", "*", "told", "indirect"},
		{"a portfolio listed with commas names no one: she is the minister", "The Minister for Employment, Workplace Relations and Skills, Harriet Osei-Lindqvist, urged both sides to return to talks.\n\n“Nobody wins from a strike,” she said.", "Harriet Osei-Lindqvist", "*", "said", "direct"},
		{"it after a sentence whose subject is a body, with another body named later in it", "The Dockers’ Union voted to strike.\n\nUnder the law, the union must give Pellam Freight 14 days’ notice. It said the first stoppage would begin in December.", "Dockers’ Union", "", "said", "indirect"},
		{"a guild is a body that it stands for", "The Midwives Guild rejected the offer on Monday.\n\nThe guild disputes the hospital’s figures. It said agency staff had cost more than £9 million.", "Midwives Guild", "", "said", "indirect"},
		{"a role resolved to its holder is a mention a pronoun after it may stand for", "Judge Meriel Vance jailed him on Friday.\n\nTessa Quill, defending, spoke next.\n\n‘He is clean now,’ Ms Quill said.\n\nThe judge said: ‘You chose a small post office.’\n\nShe said the letter of apology had been taken into account.", "Meriel Vance", "*", "said", "indirect"},
		{"a name inside an opening participle's phrase is not the subject a pronoun goes on with", "Daniel Horrocks, 34, admitted robbery.\n\nJudge Meriel Vance jailed him for nine years.\n\nTessa Quill, defending, spoke next.\n\n‘He is clean now,’ Ms Quill said.\n\nAddressing Horrocks directly, the judge said: ‘You chose a small post office.’\n\nShe said the letter of apology had been taken into account.", "Meriel Vance", "*", "said", "indirect"},
		{"according to a document named twice: the naming that tells whose it is", "“Floods will cut the harvest by a third,” the Basin Food Office said in its annual report published on Wednesday.\n\nThe report, titled “Fields Under Strain”, runs to 240 pages. According to the report, prices in the basin have risen by 70 percent since January.", "Basin Food Office", "", "According to", "indirect"},
		{"they after a bare plural that opens the sentence before, whose verb is an irregular past", "Jonas Pell spoke first.\n\nDairy cooperatives met Brandvik later the same day. They said afterwards that the ministry had promised credit.", "dairy cooperatives", "", "said", "indirect"},
		{"she after a spokeswoman for a body, with a woman named before", "Ana Awuah called the spending a choice.\n\nA spokeswoman for the Holm Hospitals Trust, which runs the hospital, confirmed the figures.\n\nShe added: “The trust remains open to talks.”", "Holm Hospitals Trust", "", "added", "direct"},
		{"a name with a particle set off after a portfolio listed with commas", "Its leader, the Minister for Agriculture, Food and Rural Affairs, Cornelis van Doorne, told the cabinet the road was promised.", "Cornelis van Doorne", "*", "told", "indirect"},
		{"a surname's particle is no role", "Cornelis van Doorne spoke first.\n\n“People have waited,” van Doorne said.", "Cornelis van Doorne", "", "said", "direct"},
		{"a name set off after a country's title with a portfolio of the and and", "“We will not pay ransom,” Ettrea’s Minister of the Interior and National Security, Gideon Farrow-Ames, told a news conference.", "Gideon Farrow-Ames", "*", "told", "direct"},
		{"the role set off before a name after a quote's closing mark is that person's", "“We will not pay,” Ettrea’s Minister of the Interior and National Security, Gideon Farrow-Ames, told a news conference.\n\nAsked about it by reporters, the minister said the government would not negotiate.", "Gideon Farrow-Ames", "*", "said", "indirect"},
		{"a pronoun that opens the line before a colon, after but", "Marguerite Olsson runs the bank.\n\nBut she struck a more cautious note on the outlook for the second half: “The consumer is holding up better than we feared.”", "Marguerite Olsson", "", "", "direct"},
		{"according to its document: the organisation named last", "Corvina Air filed for bankruptcy on Monday.\n\nCorvina owes about 410 million crowns to creditors, according to its filing with the district court in Haldor.", "Corvina Air", "", "according to", "indirect"},
		{"former and a place before a role and a name: the place is no one", "Chidi Okafor took five wickets.\n\nFormer Eastland fast bowler Martin Glass was among those celebrating online. “Best spell I have seen,” he wrote on X.", "Martin Glass", "*", "wrote", "direct"},
		{"they after a group of a plural, after an opening phrase", "Andre Kowalczyk was traded on Monday.\n\nOutside the arena on Tuesday evening, a group of fans in Kowalczyk jerseys were in no mood to be reasonable. They said the front office had wasted his best years.", "fans", "", "said", "indirect"},
		{"they after a plural that opens the sentence before, then a preposition", "Andre Kowalczyk was traded on Monday.\n\nFans in Kowalczyk jerseys were in no mood to be reasonable. They said the front office had wasted his best years.", "fans", "", "said", "indirect"},
		{"the filing named once, several paragraphs before", "Norrland Foods agreed to buy Castel.\n\n“This is a good day,” Norrland said in a filing to the Haldor stock exchange.\n\nCastel was founded in 1921.\n\nIts plants employ 4,000 people.\n\nThe deal needs approval from regulators.\n\nNorrland expects annual savings of about 180 million crowns by the third year, the filing said.", "Norrland", "", "said", "indirect"},
		{"a spokesman for the company: the company named before", "Carrow Freight employs 3,000 people.\n\nA spokesman for the company, who asked not to be named, told reporters that contingency plans were in place.", "Carrow Freight", "", "told", "indirect"},
		{"a spokesman for the federation: the federation named before", "The Federation of Business Employers backed the plan.\n\n“Hybrid is not going away,” a spokesman for the federation said.", "Federation of Business Employers", "", "said", "direct"},
		{"a participle after a video is no cue: the subject before the colon speaks", "Whitfield, a three-term congressman, responded within hours in a video posted to social media: “Every dollar my campaign spent was spent legally.”", "Whitfield", "", "responded", "direct"},
		{"it after an opening phrase stands for the campaign the sentence before opens with", "The Haldane campaign also sent letters on Tuesday to eight television stations. In the letters, it called the ad’s central claim “demonstrably false and reckless.”", "Haldane campaign", "", "called", "partial"},
		{"a role no one was given that opens a sentence is the one the sentence before opens with", "Eyla Sowers didn’t know the governor was coming. The real estate agent said she was impressed with his record.", "Eyla Sowers", "", "said", "indirect"},
		{"a role that the sentence before holds is someone else's", "Ana Ode met the mayor. The mayor said the port would stay open.", "mayor", "", "said", "indirect"},
		{"a title of several words before a portfolio with and, then the name", "Secretary of State for Education and Skills Tomas Verhaege said on Tuesday that the timing had been set by the inspectorate.", "Tomas Verhaege", "Secretary of State for Education and Skills", "said", "indirect"},
		{"the role set off before a name is that person's", "Addressing journalists, the Commissioner for Health, Dr. Funmi Adeyemo, said 243 cases had been recorded.\n\n“The situation is serious,” the commissioner said.", "Funmi Adeyemo", "*", "said", "direct"},
		{"an official after according to a Varnian official is no one named", "According to a Varnian official briefed on the call, Matthias Corvel opened with condolences.\n\n“It was not a friendly call,” the official said.", "official", "", "said", "direct"},
		{"the judge is the Justice named before", "Justice Meena Rao observed that the drains had not been cleared.\n\n“This court will not accept it any longer,” the judge stated.", "Meena Rao", "*", "stated", "direct"},
		{"counsel for an organisation set off before the name", "Counsel for the RMC, Ms. Sunanda Kulkarni, submitted that the drains had been cleared.", "Sunanda Kulkarni", "*", "submitted", "indirect"},
		{"an irregular past verb ends the subject before but", "The Central Bank of Carova kept its rate unchanged on Thursday but signalled that it could cut it in March.", "Central Bank of Carova", "", "signalled", "indirect"},
		{"a day's name names no one", "Paul Vasquez counts the votes.\n\nAbout 1,100 ballots postmarked by Election Day were still arriving, he told reporters.", "Paul Vasquez", "*", "told", "indirect"},
		{"a gerund after the verb's object has the sentence's subject", "Gregory Brandt lost the race.\n\nBrandt, for his part, spent much of the campaign describing the rail yards as “a rusting scar” on the east side.", "Gregory Brandt", "", "describing", "partial"},
		{"four role words between commas before the name", "One of them, retired school bus driver Alma Reyes, said a test had shown she was healthy.", "Alma Reyes", "*", "said", "indirect"},
		{"the company is the firm named before by a word of trade", "Northvale Forest Products, the largest mill owner in Kell, reported a loss on Thursday.\n\n“The mill is no longer viable,” the company said.", "Northvale Forest Products", "", "said", "direct"},
		{"the pronoun of a closing attribution is no one its clause names", "“We need people of substance,” said Cornell Brooks, president of the group.\n\nPeople like Bobby Scott, he said.", "Cornell Brooks", "*", "said", "indirect"},
		{"an acronym stands for the name it was given after", "The Ubuntu Ratepayers Alliance withdrew, accusing the United Progress Front (UPF) of bad faith.\n\nThe UPF said it would study the ruling.", "United Progress Front", "", "said", "indirect"},
		{"two named speakers after the quote, the first leads", "“Dredging would let bigger ships in,” harbour engineers Ana Ode and Piet Kerr of the Institute for Science and Security wrote.", "Ana Ode", "*", "wrote", "direct"},
		{"two surnames after the quote", "“Dredging would let bigger ships in,” Ode and Kerr said.", "Ode", "*", "said", "direct"},
		{"a participle's clause after the subject", "A former port treasurer accused of stealing more than £380,000 from a housing fund told a colleague to “keep quiet and let me handle it” when she asked.", "former port treasurer", "", "told", "partial"},
		{"a man charged with", "A man charged with fraud told the court that he was innocent.", "man", "", "told", "indirect"},
		{"a preposition opening the sentence is no name", "The charge is explained in an affidavit written by Marc Ode, a detective.\n\nBeyond the camera footage, the affidavit cited interviews with Ana Lund and said that Ode had seen bruises on her forearm. They “appeared to be several finger marks,” he wrote.", "Marc Ode", "*", "wrote", "partial"},
		{"a role named later by an appositive after the name", "The city's chief engineer, who led the inspection, said the girders were in no danger.\n\nPaul Rennick, the engineer, has worked for the city for 22 years.", "Paul Rennick", "*", "said", "indirect"},
		{"a role after a, named later by an appositive before the name", "A shift supervisor at the plant told a board today that she had reported a corroded valve.\n\nThe board heard from the supervisor, Clara Ode, for an hour.", "Clara Ode", "*", "told", "indirect"},
		{"a name set off after a role of a place", "The Chairman of Kell Council, Ivo Lund, said the outbreak was linked to the borehole.", "Ivo Lund", "*", "said", "indirect"},
		{"a local government area is no person", "The Chairman of Oke-Ado LGA, Hon. Kayode Ibikunle, who also spoke at the briefing, said the outbreak was linked to the borehole.\n\n\"Our people have been drinking from streams for months,\" he lamented.", "Kayode Ibikunle", "*", "lamented", "direct"},
		{"an organisation's name with and before a set-off relative clause", "Raymond Tetrault, president of the Woodworkers and Allied Trades Union, which represents 290 workers, said members learned of the closure at a meeting.", "Raymond Tetrault", "*", "said", "indirect"},
		{"the words came from someone in the next paragraph", "Ivo Lund scored first.\n\n“We are gutted. We did everything right.”\n\nThe words came from Rita Vell, who stopped on her way to the bus.", "Rita Vell", "*", "came from", "direct"},
		{"a capitalised role set off before the name", "Budget\n\n“The governor talks,” said the Assembly Speaker, Rosalind T. Carrow of Milbury.", "Rosalind T. Carrow", "*", "said", "direct"},
		{"a capitalised title set off before the name", "Budget\n\n“The governor talks,” said the Speaker, Cy Dorn.", "Cy Dorn", "*", "said", "direct"},
		{"that answer came from someone", "Ivo Lund asked about the plants.\n\n“Everything is on the table.”\n\nThat answer came from Ms. Vell, who added that the board would meet.", "Vell", "*", "came from", "direct"},
		{"a surname that is a title too after a title and a name", "Mayor Rosalind Dean and Council President Ivo Lund clashed.\n\n“We won,” Ms. Dean said.", "Rosalind Dean", "*", "said", "direct"},
		{"a surname that is a title too after an honorific is she", "Mayor Rosalind Dean and Council President Ivo Lund clashed.\n\nHe spoke first. “We won,” she said.", "Rosalind Dean", "*", "said", "direct"},
		{"an outlet quoted him as saying", "Chairman Ulric Maddoc inspected a battery on Tuesday.\n\nThe agency quoted him as saying: “Every gun must be ready.”", "Ulric Maddoc", "*", "saying", "direct"},
		{"state television quoted the minister as telling", "State television quoted the minister as telling troops: “Be ready.”", "minister", "", "telling", "direct"},
		{"a role after and starts a second person", "The vote went to a runoff after President Alvaro Quintel and opposition leader Rita Vell fell short.\n\nThe president called the result “a mandate.”", "Alvaro Quintel", "*", "called", "partial"},
		{"the statement that opens its sentence is its issuer's", "Hesk’s military General Staff warned on Wednesday that it would respond, in a statement carried by the state news agency.\n\nThe statement, published by the agency, said: “The warmongers are playing with fire.”", "General Staff", "", "said", "direct"},
		{"the statement went on", "In Dressa, the Foreign Ministry said in a statement that the government remained committed to talks.\n\nThe statement continued: “Our patience is real, but it is not infinite.”", "Foreign Ministry", "", "continued", "direct"},
		{"a pledge came at a time from a role and the name set off after it", "Shots were fired on the ridge.\n\n“We will investigate every second of it.”\n\nThat pledge came late Monday from the deputy interior minister, Sabin Oller, who sent a team.", "Sabin Oller", "*", "came late Monday from", "direct"},
		{"so said someone in the next paragraph", "Ships wait off the port.\n\n“Insurers are not moved by speeches.”\n\nSo said Tobias Renwick, a broker in Port Ellis.", "Tobias Renwick", "*", "So said", "direct"},
		{"a partial quote after a participle after a place", "Deputy Foreign Minister Dariel Sorani arrived at the Hotel Marienhof saying his delegation had brought “new ideas and old patience.”", "Dariel Sorani", "*", "saying", "partial"},
		{"a partial quote on a verb of reaction in a second clause is the clause's", "The Kadrian Foreign Ministry called the package an act of aggression and said Tamsk would answer with “mirror measures” against firms.", "Kadrian Foreign Ministry", "", "answer", "partial"},
		{"the possessive of an abbreviation opens no quote", "Earlier, the U.N.’s humanitarian chief, Nadia Brennholt, told the council that the people inside had “days, not weeks” of food left.", "Nadia Brennholt", "*", "told", "partial"},
		{"that was the verdict of someone in the next paragraph", "Ana Ode was angry.\n\n“This is a sad day, but not a surprising one.”\n\nThat was the verdict of a senior Commonwealth official, who asked not to be named.", "senior Commonwealth official", "", "was the verdict of", "direct"},
		{"a name set off after an owned role is first in its sentence", "Ms. Galvin had complained in March.\n\nMr. Stolle's lawyer, Nina Barakat, said that he had struggled for years. She called him “a sick young man.”", "Nina Barakat", "*", "called", "partial"},
		{"a dash and the before a title on the line after the quote", "Survivors spoke.\n\n“We’ll have church on Sunday.”\n— the Rev. Amos Whitaker, Grace Fellowship Church", "Amos Whitaker", "*", "", "direct"},
		{"a role opening a line that ends with a colon and has no verb of saying", "A senior source insisted that the freeze was temporary. One minister, speaking privately, was more candid: “Of course it is a tax rise.”", "One minister", "", "", "direct"},
		{"she opening a line that ends with a colon", "Ivo Lund spoke first. Ana Ode arrived late.\n\nShe was blunt: “The port is finished.”", "Ana Ode", "*", "", "direct"},
		{"the agency is the public body named before, not the firm", "Brightwell Home Appliances is recalling 240,000 fryers, the National Product Safety Office said on Tuesday.\n\n“We have received 61 reports,” the agency said.", "National Product Safety Office", "", "said", "direct"},
		{"the company is the business named before, not the agency that spoke last", "Brightwell Home Appliances is recalling 240,000 fryers. The National Product Safety Office ordered the recall.\n\n“Stop using them,” the office said. The company said it had traced the fault to a supplier.", "Brightwell Home Appliances", "", "said", "indirect"},
		{"the airline is the business named before", "Coastline Air grounded its fleet after the Port Ellery incident.\n\nThe airline said inspections would take two days.", "Coastline Air", "", "said", "indirect"},
		{"the newspaper is the paper named before", "Ana Ode met the families, the Kell Sentinel reported.\n\nThe newspaper reported that she stayed an hour.", "Kell Sentinel", "", "reported", "indirect"},
		{"the company is not the firm an analyst works at", "Halvorsen Foods will close two plants. “It is a sad day,” said Ana Ode, an analyst at Tilden Partners.\n\nThe company said the closures would save money.", "Halvorsen Foods", "", "said", "indirect"},
		{"the company is not the firm that owns it", "Drivers struck against Northway Buses on Monday.\n\nNorthway, which is owned by the private equity firm Pellworth Capital, made an offer. The company said the offer was final.", "Northway Buses", "", "said", "indirect"},
		{"a surname set off before the verb with a title's comma inside its marks", "Losana Vaiti spoke first. Vaiti, who chairs a bloc known as the “high-water group,” said her delegation would not accept any text.", "Losana Vaiti", "*", "said", "indirect"},
		{"a hometown after an age is no he", "Among those bedding down was Kieran Ashdown, 31, of Carrow Vale, with his partner. “The kids think it is an adventure,” he said.", "Kieran Ashdown", "*", "said", "direct"},
		{"the statement after the company said is the firm the company stands for", "Brightwell Home Appliances is recalling 240,000 fryers. The National Product Safety Office ordered the recall.\n\nIn a statement, the company said it was sorry. “Customer safety is everything to us,” the statement said.", "Brightwell Home Appliances", "", "said", "direct"},
		{"it after the agency said is the agency's name", "Inspectors from the International Atomic Monitoring Agency visited the plant on Friday. “The seals were intact,” the agency said.\n\nIt said, however, that inspectors needed further access to records.", "International Atomic Monitoring Agency", "", "said", "indirect"},
		{"the role a person was described by after the name", "“Nobody listened,” said Niamh Garvey, 20, a second-year student of Italian. “We stay.”\n\nIvo Lund watched. The student said the protesters had no plans to leave.", "Niamh Garvey", "*", "said", "indirect"},
		{"someone was quoted by an outlet as saying", "Gregor Halvik has avoided the press, but he was quoted by the Valdorian Herald last month as saying: “My party needed someone.”", "Gregor Halvik", "*", "saying", "direct"},
		{"that was the message from someone in the quote's own paragraph", "Schools will stay open.\n\n“Wash your hands, stay home if you are sick.” That was the message from Prime Minister Jonas Reiter, who addressed the nation.", "Jonas Reiter", "*", "was the message from", "direct"},
		{"the group is the body of members named before", "Dockers joined the Harbour Workers Alliance on Monday.\n\nThe group said the strike would go on.", "Harbour Workers Alliance", "", "said", "indirect"},
		{"the researcher is the person described as a scientist of some kind", "“We kept pulling up black cores,” said Dr. Maren Solvik, a marine ecologist at the University of Kell. Ivo Lund disagreed.\n\nThe researcher said the sediment was intact.", "Maren Solvik", "*", "said", "indirect"},
		{"a plural's apostrophe inside the name after the quote", "“This is a body blow for young families,” Jessica Caldwell, Edmunds' executive director of analysis, said in a statement.", "Jessica Caldwell", "*", "said", "direct"},
		{"a name in s and its apostrophe before the role and the name", "“Istrana is not alone,” Thalos’ Foreign Minister Ivo Brandt wrote on X.", "Ivo Brandt", "*", "wrote", "direct"},
		{"a supporter of the governor is not the governor", "Former Governor Lucan Abravel was jailed on Monday.\n\nA supporter of the former governor said Abravel had brought jobs to the region.", "supporter of the former governor", "", "said", "indirect"},
		{"the engineer is the person described as the dam's chief engineer, far back", "Mirek Dalca, the dam’s chief engineer, met us at the wall. Ana Ode, Ivo Lund, Rita Vell and Tomas Reyl came too.\n\nThe engineer insisted that every decision had been reviewed.", "Mirek Dalca", "*", "insisted", "indirect"},
		{"the hydrologist, a noun no list holds, is the person described so", "Fenna Solberg, a hydrologist at the University of Karsk, has studied the basin for years. Ivo Lund disagrees.\n\n“That is a very different story,” the hydrologist said.", "Fenna Solberg", "*", "said", "direct"},
		{"the report found, after a report released at a time by its author", "Rents rose fast in Lindenport. A report released in May by the city's Department of Housing Planning looked at 40 buildings.\n\nThe report found that median rents rose 34 percent.", "Department of Housing Planning", "", "found", "indirect"},
		{"a tail that says who was quoted by an outlet as saying", "Henrik Dahlgaard defended the sale.\n\n“Every one of those aircraft can reach Zemgrad,” a senior Kalgari military officer was quoted by the agency KalPress as saying.", "senior Kalgari military officer", "", "saying", "direct"},
		{"a bare quote after a paragraph that ends on someone shrugging", "Hanne Lykke criticised the plan.\n\nAsked about Lykke’s criticism, Jonas Tervik shrugged.\n\n“Hanne is entitled to her opinion.”", "Jonas Tervik", "*", "", "direct"},
		{"a bare quote after a paragraph whose subject has a title and a place before the name", "The talks ended.\n\nVessland Chancellor Bertrand Moska, who left early, was unapologetic when he spoke to reporters.\n\n“The dam is on Vessland soil.”", "Bertrand Moska", "*", "", "direct"},
		{"a dash signature on its own line after a long quote", "The mood was subdued.\n\n“My students are sitting their final exams in six weeks. Every day matters to them, and every day matters to me.”\n— Hanneke Dols, chemistry teacher, Branska\n\nDols, 41, has taught there for years.", "Hanneke Dols", "*", "", "direct"},
		{"a bare quote paragraph after one that ends on someone being asked", "Amaya Lindgren spoke in Meridia.\n\nLindgren was asked at a news conference whether Meridia would try again.\n\n“We will resupply our people.”", "Amaya Lindgren", "*", "", "direct"},
		{"pressed after a question", "“Would it be open on Sunday for the ferries?” Lund pressed.", "Lund", "", "pressed", "direct"},
		{"fumed", "“This is a disgrace and a scandal for the port,” Ode fumed.", "Ode", "", "fumed", "direct"},
		{"a base form after the and a noun is the object's noun before a colon", "Ibarra-Chen described the phone call that brought her home:\n\n“My mom called me on a Sunday night. So I knew it was bad.”", "Ibarra-Chen", "", "described", "direct"},
		{"a group before a base form after the still speaks", "Her parents were told nothing.\n\nThe hospital has apologised to them, but the family say “sorry is not enough.”", "family", "", "say", "partial"},
		{"said, a role with its phrase of, then the name set off", "“It stayed inside limits,” replied the company’s head of engineering, Dr Luca Moretti.", "Luca Moretti", "*", "replied", "direct"},
		{"a name set off after a role whose phrase ends in a place after in", "The leader of the largest opposition group in the Bundestag, Tobias Reinhold, accused the minister of „recklessness with the most sensitive data“.", "Tobias Reinhold", "*", "accused", "partial"},
		{"a capitalised role with no article opens the phrase before the name", "Leader of the Opposition in the Municipal Council, Suresh Gowda, accused the ruling group of “sleeping through the monsoon”.", "Suresh Gowda", "*", "accused", "partial"},
		{"said, a title, its portfolio in brackets, then the name", "“The situation is under control,” said Additional Chief Secretary (Health and Family Welfare) Dr. Anuradha Menon-Kulkarni after a review meeting.", "Anuradha Menon-Kulkarni", "*", "said", "direct"},
		{"a portfolio of two parts joined by and before the title names no one", "Federal Industry and Science Minister Rachel Dunstan called the launch “a proud day”.\n\n“Sovereign launch capability means we no longer queue,” she said in a statement.", "Rachel Dunstan", "*", "said", "direct"},
		{"a role's long phrase with and set off before the name after the quote", "“We will have water by Friday,” the metro’s acting director of water and sanitation, Pieter Oosthuizen, told reporters.", "Pieter Oosthuizen", "*", "told", "direct"},
		{"a capitalised role set off before the name", "The local MP, Caroline Ashdown, said she would raise the issue with ministers.", "Caroline Ashdown", "*", "said", "indirect"},
		{"a surname shared by two is the one it named before", "Donald Marsh opened the port on Monday. Marsh said the ferries would run.\n\nHis daughter, Ivanka Marsh, 34, cut the ribbon.\n\nMarsh called the closure “an attack on our town.”", "Donald Marsh", "*", "called", "partial"},
		{"a possessive group after the verb's object, then a participle", "Lund’s campaign shrugged off Ode’s comments, telling reporters, “Neither the mayor nor anyone on his team has ever asked for it.”", "Lund’s campaign", "", "telling", "direct"},
		{"a noun after a degree word is no cue", "“We will consider it if one is proposed,” the spokesman said. On a more conciliatory note, Cameron has said Lund deserves respect.", "Cameron", "*", "said", "indirect"},
		{"a dateline that opens a sentence after a headline run into it", "Ode swipes at Lund over the port.  KELL (Harbour Press) – Mayor Ana Ode has taken a swipe at her rival, saying that “bombastic comments” do more harm than good.", "Ana Ode", "*", "saying", "indirect"},
		{"his counterpart is the other of the two named", "The foreign ministers, Anton Brasek and Emil Sorvanen, met on Thursday. Brasek spoke first, of a page turned.\n\n“We are ready to walk the rest of the road,” his Estrenian counterpart replied.", "Emil Sorvanen", "*", "replied", "direct"},
		{"another role set off before a name of an institution", "Another outside expert, Dr. Lena Marquez-Hale of the Kell School of Public Health, said the findings were consistent with earlier work.", "Lena Marquez-Hale", "*", "said", "indirect"},
		{"a headline's speaker On a topic", "Harbour Board Chair On Lund: ‘We Do Not Pay Mayors To Attend Debates.’\n\nThe chair spoke on Monday.", "Harbour Board Chair", "", "", "direct"},
		{"has already between the subject and the verb", "Nor would it silence the critics. Senator Rupert Hale has already called the expected terms “a down payment on a bomb.”", "Rupert Hale", "*", "called", "partial"},
		{"a subject set off with along with, then say and a clause", "Ana Fields, along with the reporter Ivo Terris, say Lund’s 41-year-old campaign manager yanked her out of the way.", "Ana Fields", "*", "say", "indirect"},
		{"a lecture from someone is theirs", "In Kell, Lund endured without complaint a lecture from the harbour master, who said that the new quay has been good for the town.", "harbour master", "", "said", "indirect"},
		{"a partial quote with no speaker of its own in a second clause", "The fund could only be spent on food.\n\nKestrel’s Tomas Reyke called the proposal “a step in the right direction” but said it was “too small and too conditional.” Reyke added that more was needed.", "Tomas Reyke", "*", "called", "partial"},
		{"it after a sentence an organisation opens", "Kestrel's Foreign Ministry rejected the deadline within hours. \"The federation does not respond to ultimatums,\" it said in a statement.", "Kestrel's Foreign Ministry", "", "said", "direct"},
		{"one of a group named before", "Western diplomats said privately that the window was meant to create momentum. One described it as “a target, not a trap.”", "Western diplomats", "", "described", "partial"},
		{"a year, then the subject", "Will the dredging ever stop? I hope in 2027 Kell says, \"Mayor Lund, thank you for a lifetime of service.\"", "Kell", "", "says", "direct"},
		{"a month and year after the subject", "Mayor Lund in March 2027 said, \"Thank you.\"", "Lund", "*", "said", "direct"},
		{"place before role noun", "“We were slow,” Port Kell coach Ivo Marsh said.", "Ivo Marsh", "Port Kell coach", "said", "direct"},
		{"country before title", "Northland President Ana Ode has confirmed that the border will reopen.", "Ana Ode", "President", "confirmed", "indirect"},
		{"pronoun prefers the sentence subject", "Ivo Sol, who runs Ceres Robotics, spoke on Monday. “We will grow,” he said.", "Ivo Sol", "", "said", "direct"},
		{"title before name in a sentence", "Varn Robotics chief executive Lia Dorn spoke. “We will grow,” she said.", "Lia Dorn", "Varn Robotics chief executive", "said", "direct"},
		{"statement with no issuer speaks as itself", "“We are closed,” the statement said.", "statement", "", "said", "direct"},
		{"issuer of a statement", "“We are closed,” the ministry’s statement said.", "ministry", "", "said", "direct"},
		{"common noun lower-cased", "Officials said the port would close on Friday.", "officials", "", "said", "indirect"},
		{"abstract subject is not a speaker", "His remarks indicated the plan was over. Rivera said the plan was over.", "Rivera", "", "said", "indirect"},
		{"time phrase is not a speaker", "The move this month suggests the board is confident. Ode said the board was calm.", "Ode", "", "said", "indirect"},
		{"name inside a common noun phrase", "Critics of Ms Ode’s plan say the timing is poor.", "Critics of Ms Ode’s plan", "", "say", "indirect"},
		{"partial quote, cue at sentence end", "It is vital to “take detailed histories” of patients, Ode said.", "Ode", "", "said", "partial"},
		{"partial quote, cue far before", "Lia Marr gave her players a talk, telling them to “believe in yourselves” before the game.", "Lia Marr", "", "telling", "partial"},
		{"partial quote after a long subject", "A farmer who asked not to be named said that the claim is “absolutely not true.”", "farmer", "", "said", "partial"},
		{"chanted", "“Fund our schools,” the teachers chanted.", "teachers", "", "chanted", "direct"},
		{"begged", "Ivo Marsh spoke. He begged lawmakers “not to lose sight of” the war.", "Ivo Marsh", "", "begged", "partial"},
		{"remembered", "“It was cold,” Ana Ode remembered.", "Ana Ode", "", "remembered", "direct"},
		{"that being said", "Ivo Marsh spoke. That being said, “nobody should panic,” he said.", "Ivo Marsh", "", "said", "partial"},
		{"name after the cue is the clause subject", "Lia Dorn spoke. She said Varncorp would fly the rocket “a lot” first.", "Lia Dorn", "", "said", "partial"},
		{"party tag in brackets", "“Subpoenas are not optional,” panel Chairman Rep. Jon Vale (R-Utah) said.", "Jon Vale", "Chairman", "said", "direct"},
		{"state tag with a full stop", "“We will win,” Rep. Ana Ode (D-Wis.) said on Tuesday.", "Ana Ode", "*", "said", "direct"},
		{"appositive tag with a full stop", "“The veto will fail,” Senate Leader Ivo Marsh, R-Ky., told reporters.", "Ivo Marsh", "*", "told", "direct"},
		{"opener is not a speaker", "During a speech in the port, Ivo Marsh attacked the plan, saying, “It is a fraud.”", "Ivo Marsh", "", "saying", "direct"},
		{"adverb before the verb", "The council swiftly called the test “a clear violation.”", "council", "", "called", "partial"},
		{"role before the name, set off by commas", "“Is this fair?” Vale’s niece, Ana Ode, asked.", "Ana Ode", "", "asked", "direct"},
		{"role word that is also a verb", "“It is fair,” Vale’s niece, state Del. Ana Ode (D-Arden), said.", "Ana Ode", "", "said", "direct"},
		{"time phrase before the name", "“It is fair,” on Tuesday, Ana Ode said.", "Ana Ode", "", "said", "direct"},
		{"verb that judges what it quotes", "Ivo Marsh blasted the plan as “a disaster” on Tuesday.", "Ivo Marsh", "", "blasted", "partial"},
		{"participle takes the sentence's subject", "Ana Ode spoke on Tuesday about a crash in Tarn, Westmark, arguing that the police should be “held to account.”", "Ana Ode", "", "arguing", "partial"},
		{"adverb before a name", "Even Ivo Marsh said the strike was “far from over.”", "Ivo Marsh", "", "said", "partial"},
		{"infinitive after an earlier verb", "“We are close,” Ana Ode said, going on to say that the port had “no time left.”", "Ana Ode", "", "said", "partial"},
		{"verb without its subject after but", "Lia Dorn spoke. She gave no date, but said Varncorp would fly the rocket “a lot” first.", "Lia Dorn", "", "said", "partial"},
		{"two appositives after the name", "“We will see,” Omar Lamrani, a senior analyst at Stratfor, the research firm, told reporters.", "Omar Lamrani", "", "told", "direct"},
		{"antecedent of who", "The panel heard a career army officer who described the call as “improper.”", "career army officer", "", "described", "partial"},
		{"antecedent of who after a comma", "“It was fine,” said Ana Ode, who called the plan “a gift.”", "Ana Ode", "", "called", "partial"},
		{"participle after a relative clause", "Ana Ode refused to pay an architect who said he was owed, saying, “He did not do a good job.”", "Ana Ode", "", "saying", "direct"},
		{"bare quote after reported speech", "Saeb Oran said the offer was an insult.\n\n“They want us on our knees.”", "Saeb Oran", "", "", "direct"},
		{"issuer of a document", "The Varnian Port Authority, which runs the docks, issued a statement warning that ships “face long delays.”", "Varnian Port Authority", "", "warning", "partial"},
		{"number after of ends the subject", "When pressed, the mother of three replied, “It is meant for the mother.”", "mother of three", "", "replied", "direct"},
		{"participle clause without quotes", "Ana Ode spoke in Tarn on Tuesday, arguing that the port should stay open all winter.", "Ana Ode", "", "arguing", "indirect"},
		{"they after a group", "Port officials said the gates would close at noon.\n\n“We have no choice,” they said.", "Port officials", "", "said", "direct"},
		{"they after two people is the two, not the group before", "The Varnia Dockers Union said the strike would go on.\n\nAna Ode and Ivo Marsh left early. “We are tired,” they said.", "Ana Ode and Ivo Marsh", "", "said", "direct"},
		{"time phrase before the verb", "Ana Ode on Monday said the port would close.", "Ana Ode", "", "said", "indirect"},
		{"place phrase before the verb", "The ministry in Varnia said the port would close.", "ministry", "", "said", "indirect"},
		{"long appositive after a question", "The aides were upbeat.\n“Who do you trust to make decisions?” said Dana Whitfield, the architect of the 2008 campaign and a close aide.", "Dana Whitfield", "", "said", "direct"},
		{"manner of speaking", "“Sit down, all of you,” Ivo Marsh barked.", "Ivo Marsh", "", "barked", "direct"},
		{"reacted after a question", "“Is the port open? Who decided?” reacted Ana Ode.", "Ana Ode", "", "reacted", "direct"},
		{"recent time phrase before the verb", "Ivo Marsh in recent days has suggested that the port is tired.", "Ivo Marsh", "", "suggested", "indirect"},
		{"this month before the verb", "The port authority earlier this month announced it would close the yard.", "port authority", "", "announced", "indirect"},
		{"last week before the verb", "The union last week said the port would close.", "union", "", "said", "indirect"},
		{"party tag before an appositive", "Rep. Ivo Marsh (D-Arden), chairman of the port caucus, said members will help him.", "Ivo Marsh", "*", "said", "indirect"},
		{"party tag before a phrase set off", "Senate leader Ivo Marsh (D-Arden), in particular, has been steadily pounding Ode as a “con artist.”", "Ivo Marsh", "*", "pounding", "partial"},
		{"opening participle with that", "Noting that the port was full, Ana Ode left early.", "Ana Ode", "", "Noting", "indirect"},
		{"participle without that", "Ana Ode spoke on Tuesday, saying the port would close.", "Ana Ode", "", "saying", "indirect"},
		{"participle after an opening participle", "Arriving at the port, Ana Ode spoke to the crowd, saying the gates would close.", "Ana Ode", "", "saying", "indirect"},
		{"noun after a determiner, an adverb and an adjective", "But Ms. Ode also said in an interview that in her economically depressed state, “there is a huge degree of gloom.”", "Ode", "*", "said", "direct"},
		{"issued the following statement", "In response, Ana Ode issued the following statement:\n\n“Our thoughts are with all those hurt in the fire.”", "Ana Ode", "", "issued the following statement", "direct"},
		{"released a statement on a day", "The union released a statement on Friday: “Our thoughts are with all those hurt in the fire.”", "union", "", "released a statement", "direct"},
		{"name after an infinitive is its object", "Ivo Marsh went on radio to call Ode “totally delusional” for the claim.", "Ivo Marsh", "", "call", "partial"},
		{"retaliated after an adjective", "“Arden will always be Arden,” an angry Ana Ode retaliated.", "Ana Ode", "", "retaliated", "direct"},
		{"organisation of a field", "In May, the Department of Harbours announced that the quay would reopen.", "Department of Harbours", "", "announced", "indirect"},
		{"organisation on a field", "The National Institute on Port Safety has estimated that 9,000 dockers were hurt.", "National Institute on Port Safety", "", "estimated", "indirect"},
		{"city before a police department", "Port Kell Police Department responded and confirmed that there was blood on the quay.", "Port Kell Police Department", "", "responded", "indirect"},
		{"think tank is no verb", "The Centre for Harbour Research, an Arden-based think tank, concluded that the tariffs hurt.", "Centre for Harbour Research", "", "concluded", "indirect"},
		{"name set off after a role of a place", "The mayor of Arden, Ana Ode, said the port would close.", "Ana Ode", "", "said", "indirect"},
		{"sentence opener is no part of an organisation's name", "Whatever Varncorp did for the cranes was moved. Varncorp says the cranes have new motors.", "Varncorp", "", "says", "indirect"},
		{"place after a role and to", "Varnia’s ambassador to Britain Liu Xiaoming has said that the port will stay shut.", "Liu Xiaoming", "", "said", "indirect"},
		{"place after a role and to, named before", "The special envoy to Ukraine Kurt Volker, shifted his account. “It was fine,” Volker said.", "Kurt Volker", "", "said", "direct"},
		{"first person before the colon names no one", "That’s why I always tell my clients: “an open face is a happy face.”", "", "", "tell", "direct"},
		{"name that opens a line before a colon", "Ivo Marsh swiped at Lund in a series of posts: “Lund, always fighting the port!”", "Ivo Marsh", "", "", "direct"},
		{"role to a place with no name", "The ambassador to Britain said the port would close.", "ambassador to Britain", "", "said", "indirect"},
		{"words in another language before a colon name no one", "Quando você fala sobre fluência de leitura: “Que história é essa?”", "", "", "", "direct"},
		{"maker of a statement before a colon", "The bias shows in how the site rated this statement by Ivo Marsh on June 11:\n\n“If you look at the port, it is empty.”", "Ivo Marsh", "", "", "direct"},
		{"issuer of the statement a quote is attributed to", "The Harbour Group flatly denied the claims in a statement on its website.\n\n\"We were shocked to see these claims,\" the statement read.", "Harbour Group", "", "read", "direct"},
		{"name set off after a relative clause", "The company that runs the Harbour Awards, Tide Clark Productions, denies that anything has been sorted.", "Tide Clark Productions", "", "denies", "indirect"},
		{"age used as a noun after a named person", "The board named Ana Ode as its coach on Tuesday. The 56-year-old said after her appointment: “I am excited to be joining.”", "Ana Ode", "", "said", "direct"},
		{"possessor of a noun of saying", "Lund dismissed the report. Critics doubted Ana Ode’s repeated assertion that the port was safe for ships.", "Ana Ode", "", "assertion", "indirect"},
		{"possessor of a noun of saying after two adjectives", "Lund dismissed the report. Critics doubted Ana Ode’s oft-repeated public assertion that the port was safe for ships.", "Ana Ode", "", "assertion", "indirect"},
		{"its before a noun of saying is the body's", "The Harbour Board met on Friday. The board stood by its hyperbolic assertion that the port was never unsafe for ships.", "Harbour Board", "", "assertion", "indirect"},
		{"hyphenated adjective before a name", "Harbour-based Varncorp reported that its revenue fell.", "Varncorp", "", "reported", "indirect"},
		{"question verb before a name", "Would Ana Ode scream “close the port” at them?", "Ana Ode", "", "scream", "partial"},
		{"known name at the start of a title-case headline", "Ana Ode Hammers Varn Bank CEO: “You Should Be Criminally Investigated by the Board”\n\nSenator Ana Ode spoke on Tuesday at the hearing about the bank.", "Ana Ode", "*", "", "direct"},
		{"noun after a and a modifier", "In a separate tweet, the Varnia Dockers Union added that the port “is not safe.”", "Varnia Dockers Union", "", "added", "partial"},
		{"issuer after a coordinated verb, name in apposition", "The group, Varnia Port Coalition, formed last month and sent a letter to the board stating that they “will not be silenced.”", "Varnia Port Coalition", "", "stating", "partial"},
		{"the group after a named organisation", "The Varnia Port Coalition said on Monday that talks had failed.\n\nThe group said the strike would “go on all winter.”", "Varnia Port Coalition", "", "said", "partial"},
		{"the ministry after the named ministry", "The Foreign Ministry of Varnia said the port was shut.\n\nLater the ministry said the port was “open again.”", "Foreign Ministry of Varnia", "", "said", "partial"},
		{"opening participle clause takes the main subject", "Ana Ode spoke first.\n\nAfter saying her left knee was “so sore I could barely walk,” Lia Dorn was taken to hospital.", "Lia Dorn", "", "saying", "partial"},
		{"opening participle clause, reported", "Before telling reporters that the port was safe, Ivo Lund left the harbour.", "Ivo Lund", "", "telling", "indirect"},
		{"as X put it", "As Ms. Ana Ode put it in a statement in July, the port is ''open to every ship that pays.''", "Ana Ode", "", "put it", "partial"},
		{"antecedent of who after an appositive", "Ode has a frosty relationship with Lund, now the Senate majority leader, who in 2010 said the goal was a “one-term mayor.”", "Lund", "", "said", "partial"},
		{"first between the subject and the verb", "When Varnian President Ana Ode first announced the swap last week, she said the port was safe.", "Ana Ode", "President", "announced", "indirect"},
		{"it after a quote of an organisation", "“We will build it,” the Varnia Port Authority said.\n\nIvo Lund doubted the plan. “Work starts in May,” it said.", "Varnia Port Authority", "", "said", "direct"},
		{"name and his team", "“We suggest the vapour is real,” Ivo Lund and his team wrote in the paper.", "Ivo Lund", "", "wrote", "direct"},
		{"two roles joined by and before the name", "“What is fun to think about is the lakes,” port scientist and study co-author Ana Ode said.", "Ana Ode", "", "said", "direct"},
		{"a list of roles before the name", "“Our results reflect the market,” chairman, CEO and president Ivo Lund said in the release.", "Ivo Lund", "*", "said", "direct"},
		{"issuer of a report after from", "“The market is calm,” said a report from Varn Harbour Equities.", "Varn Harbour Equities", "", "said", "direct"},
		{"the statement of the organisation that spoke last", "The Varnia Port Authority said in a statement on Monday that a crane fell.\n\n“The cause of the fall is unknown,” the statement said.", "Varnia Port Authority", "", "said", "direct"},
		{"ordered", "“Hands! Let me see your hands!” an officer ordered.", "officer", "", "ordered", "direct"},
		{"bare quote after a sentence that opens with a known surname", "At current rates, Lund said, the port will have three cranes by May.\n\nLund expects to buy three cranes through 2024. “Adding a fourth could happen.”", "Lund", "", "", "direct"},
		{"contracted pronoun", "Ivo Lund was asked about his plans.\n\n“I have a horror of being obvious,” he’d respond.", "Ivo Lund", "", "respond", "direct"},
		{"name before a lower-case organisation word", "The Lund administration said the port would close.", "Lund administration", "", "said", "indirect"},
		{"nationality before a lower-case ministry", "The Varnian foreign ministry said the port would close.", "Varnian foreign ministry", "", "said", "indirect"},
		{"role and name open the sentence before and", "Varnian ambassador Ivo Lund, speaking in Tarn, accused the board of delay and warned that the port “will not wait.”", "Ivo Lund", "*", "warned", "partial"},
		{"possessive and role open the sentence before and", "Varnia’s ambassador to Tarn accused the board of delay and warned that the port “will not wait.”", "Varnia’s ambassador to Tarn", "", "warned", "partial"},
		{"media role before the name", "“We will see,” Harbour Radio host Ana Ode said.", "Ana Ode", "*", "said", "direct"},
		{"role owned by an organisation before the name", "“We stand by the story,” the Gazette’s senior port editor Ivo Lund responded.", "Ivo Lund", "editor", "responded", "direct"},
		{"has written", "“Prices will rise,” Ivo Lund, a fellow at the Varnia Trade Centre, has written.", "Ivo Lund", "", "written", "direct"},
		{"an opening phrase is no subject set off by commas", "Ivo Lund phoned the port office on Monday.\n\nDuring the call, he asked about the cranes, called the mayor a “traitor” and hung up.", "Ivo Lund", "", "called", "partial"},
		{"contracted they names no one", "The dockers met on Monday.\n\n“We will strike,” they’d say.", "", "", "say", "direct"},
		{"verb after according to", "According to the Harbour Gazette, port spokesman Ivo Marsh said on Friday that “the gates stay shut.”", "Ivo Marsh", "*", "said", "partial"},
		{"name after the role after the verb", "“It is fair,” said her lawyer, Ivo Marsh.", "Ivo Marsh", "", "said", "direct"},
		{"second attribution joined by and", "The jury said the film was good, and jury president Ana Ode called it “the bravest film”.", "Ana Ode", "*", "called", "partial"},
		{"pronoun skips a name in an opening phrase", "Retired Gen. Norman Hale spoke.\n\nIn an interview with Morning Harbour Radio with Rusty Penn, Hale made it clear he had doubts.\n\n“It was hard,” he told the host.", "Norman Hale", "", "told", "direct"},
		{"place of two words before an honorific", "New Varnia Gov. Ana Ode described the plan as “a disgrace.”", "Ana Ode", "*", "described", "partial"},
		{"day after a document", "Ana Ode issued a statement Tuesday saying, “I do not feel that way.”", "Ana Ode", "", "saying", "direct"},
		{"verb forms as nouns", "Marta Lind, a waitress, also decried the mayor’s repeated calls to close the port, noting she has “sacrificed nothing” for it.", "Marta Lind", "", "decried", "partial"},
		{"gerund after a preposition reports", "Ivo Marsh ended the debate by warning that the port was “a lost cause.”", "Ivo Marsh", "", "warning", "partial"},
		{"negative auxiliary", "“It is over,” Ivo Marsh said. Ana Ode cannot say that the port is “safe.”", "Ana Ode", "", "say", "partial"},
		{"verb inside the quote is no attribution", "Ivo Marsh spoke. He said he did not raise it because “no one can prove it, and as soon as they do, I'll report it.”", "Ivo Marsh", "", "said", "partial"},
		{"possessor of a reporting noun", "The row began with Ana Ode’s claim that the port “was broke.”", "Ana Ode", "", "claim", "indirect"},
		{"determiner subject after an opening phrase", "In three interviews, the justice sounded off on the port plan, saying she did not “want to contemplate” it.", "justice", "", "saying", "partial"},
		{"elided subject after but", "A spokesman for the Harbour Board declined to comment but said in a statement that the board “did not, at any time, mislead” anyone.", "Harbour Board", "*", "said", "partial"},
		{"participle set off by commas after the subject", "A port official, speaking on condition of anonymity, said Wednesday that Ode “will meet with anyone.”", "port official", "", "said", "partial"},
		{"given name tells the gender", "Maria Lind spoke first. Later, Tom Berg arrived. “We will stay,” she said.", "Maria Lind", "", "said", "direct"},
		{"made the following comment", "On July 6, Ana Ode made the following comment:\n\n“For young dockers the rate is 33 percent.”", "Ana Ode", "", "made the following comment", "direct"},
		{"object of the main verb before a participle does not speak", "The board backed Ode. Meanwhile, it attacked Ivo Lund, saying he “has failed the port.”", "", "", "saying", "partial"},
		{"opening time phrase before a participle does not speak", "The board backed Ode. On Monday, it attacked Ivo Lund, saying he “has failed the port.”", "", "", "saying", "partial"},
		{"verb after a quote that a colon opens", "Ivo Lund spoke last. He asserted that Varnia had lost its way: “Varnia is no longer Varnia,” he claimed.", "Ivo Lund", "", "claimed", "direct"},
		{"whoever is told does not speak", "On Friday, Lund — named by the Gazette as the leading choice for the post — told Ana Ode of Harbour Radio, that “you have to look at it very seriously.”", "Lund", "", "told", "partial"},
		{"party before a role is no name", "The Democratic presidential candidate said on Wednesday that the plan was “absurd.”", "Democratic presidential candidate", "", "said", "partial"},
		{"place before a possessive role is no name", "The Varnian capital's new mayor rejected the offer as an “insult.”", "Varnian capital's new mayor", "", "rejected", "partial"},
		{"organisation before a role and a name", "“It depends on the board,” Varn Space administrator Ivo Lund responded.", "Ivo Lund", "Varn Space administrator", "responded", "direct"},
		{"subject of a colon line before a place", "The mayor spoke first. One early supporter, Representative Ivo Lund, Republican of New Varnia, gave the idea a whirl in an interview: “You can easily argue that the mayor is a fraud.”", "Ivo Lund", "*", "", "direct"},
		{"subject of a colon line after a long opening phrase", "With port leaders increasingly worried about a lack of passion for Ana Ode among young dockers on the quay, Mayor Ivo Lund is rolling out a new message: “It is about me.”", "Ivo Lund", "*", "", "direct"},
		{"appositive with commas of its own", "“We have a new approach to the quay,” Ivo Lund, senior vice president for cranes at Varn Harbour, Cargo, and Security, said in that statement.", "Ivo Lund", "", "said", "direct"},
		{"role words, a name and an appositive with commas", "“The third is hard to find,” study lead author Ana Ode, a port scientist at the Harbour Centre in Tarn, Varnia, and Arden University in Kell, said in a statement.", "Ana Ode", "*", "said", "direct"},
		{"lyrics a singer sings", "Ana Ode takes the stage last. “Had to find my own way,” she sings.", "Ana Ode", "", "sings", "direct"},
		{"a date before the role after said", "“The rationale is wrong,” said 9/11 widow Tara Vance.", "Tara Vance", "widow", "said", "direct"},
		{"verb after a colon quote whose comma sits in a nested quote", "Ivo Lund spoke last. Sen. Ana Ode scolded him: “The board is against the three cranes you called ‘miracles,’” she said.", "Ana Ode", "*", "said", "direct"},
		{"first after a noun before the verb", "The docker first said he did not recall the changes.", "docker", "", "said", "indirect"},
		{"a pair after a preposition in the subject", "Experts on Varnia and port trade said the strike could end soon.", "Experts on Varnia and port trade", "", "said", "indirect"},
		{"two roles joined by and after of", "On the radio, the former minister of ports and current harbour master said she wanted to reopen the quay.", "former minister of ports and current harbour master", "", "said", "indirect"},
		{"what it called after an organisation opens the sentence", "The Varnia Harbour Council on Friday made a strong statement and pledged fines as a deterrence to what it called “a clear threat to the port and its trade.”", "Varnia Harbour Council", "", "called", "partial"},
		{"a quantity's bound opens the subject", "At least half of dockers say the plan is “about right.”", "At least half of dockers", "", "say", "partial"},
		{"more than before a determiner opens the subject", "More than a third of dockers in Kell said the plan is “about right.”", "More than a third of dockers", "", "said", "partial"},
		{"fewer than before a number opens the subject", "Fewer than 300 dockers said the plan is “about right.”", "Fewer than 300 dockers", "", "said", "partial"},
		{"a quantity's bound after a conjunction", "Ana Ode and at least a dozen dockers said the plan is “about right.”", "at least a dozen dockers", "", "said", "partial"},
		{"documents a restrictive clause is about", "Worries grew last week as the port office released two critical reports that described “cost increases and delays”.", "", "", "described", "partial"},
		{"what it called after a body named by common nouns opens the sentence", "The harbour council on Friday spoke about what it called “a clear threat to the port.”", "harbour council", "", "called", "partial"},
		{"what it called inside the organisation's reported clause", "The harbour council condemned what it called “a clear threat to the port.”", "harbour council", "", "called", "partial"},
		{"a participle after a clause of after, with no comma before after and a bracket after the name", "The assembly passed the bill after the opposition Jan Sangharsh Dal (JSD) staged a walkout, alleging that the waiver would cover “barely a third” of farmers.", "Jan Sangharsh Dal", "opposition", "alleging", "partial"},
		{"a dateline of capitals and a colon is no speaker", "Assembly passes waiver\n\nBHUBANESWAR: The minister defended the bill on Tuesday, saying it would help “every farmer in need.”", "minister", "", "saying", "partial"},
		{"a partial quote inside a which clause's report is the clause's, not a verb's after it", "The mood was not helped by a memo circulated Tuesday by the Senate Republican Policy Committee, which warned that the offer would “hand litigators a new weapon” and urged members to wait.", "Senate Republican Policy Committee", "", "warned", "partial"},
		{"a report the words after it say a body released", "Rents rose again.\n\nA report released by the Kell Housing Trust said rents had risen faster than wages.", "Kell Housing Trust", "", "said", "indirect"},
		{"a bare quote after a sentence that has someone laugh, with a nickname's marks in it", "Jamie Dalgleish scored twice and said his legs were like jelly.\n\nAsked about the ‘Postman’ nickname, he laughed. ‘My mum still doesn't get it.’", "Jamie Dalgleish", "", "", "direct"},
		{"a body, a role of two words and a name open the sentence of a participle", "ACT chief executive Miriam Castellano went further in an interview, accusing union leaders of “holding the regional economy to ransom” this winter.", "Miriam Castellano", "*", "accusing", "partial"},
		{"the company is the body that spoke just before, whose name tells no kind", "Fennick said in a statement that it “strongly disagrees” with the decision.\n\n“We have always been transparent with our customers,” the company said.", "Fennick", "", "said", "direct"},
		{"a role from a place is the person, not the place", "“We are ready,” a doctor from Lagos said.", "doctor", "", "said", "direct"},
		{"a role with a long phrase from a place after the quote", "Crews arrived from San Diego overnight.\n\n“You don’t get a lot of sleep on a fire like this,” one firefighter with a strike team from Fresno said.", "one firefighter with a strike team", "", "said", "direct"},
		{"a name and title of a police department", "“The bus driver did everything right,” Sgt. Dana Whitfield of the Pine Hollow Police Department told KTVR 7 at the scene.", "Dana Whitfield", "*", "told", "direct"},
		{"a body whose name opens with a word in -ing", "Rents rose again.\n\n“Flats will be bigger,” the Housing Authority said.", "Housing Authority", "", "said", "direct"},
		{"thanked someone for words in quote marks", "Washington, the star of the drama, thanked Ode for “taking these steps to make us all safer.”", "Washington", "", "thanked", "partial"},
		{"she is not the name a she before it in its sentence acts on", "Margaret Delacourt spoke for an hour.\n\nShe went on to accuse Hollis Grange of siding with donors. “He has never met a lobbyist he didn’t like,” she said of Grange.", "Margaret Delacourt", "*", "said", "direct"},
		{"a she after a name whose sentence a she opens tells the name no gender", "Margaret Delacourt spoke for an hour.\n\nWhen she mentioned Vice President Hollis Grange by name, the boos were loud enough that she paused.\n\n“Don’t boo. Vote,” she said.", "Margaret Delacourt", "*", "said", "direct"},
		{"he after a sentence that brings in a technician unnamed", "Gary Szymanski, the union local president, called the closure a betrayal.\n\nA maintenance technician, who asked that his name not be used, said rumors had circulated for months.\n\n“Everybody knew something was coming,” he said.", "maintenance technician", "", "said", "direct"},
		{"quoted a name, its role and a which clause set off, as saying", "China’s official Xinhua news agency quoted Wei Jianming, deputy director of the Institute of Deep Sea Research, which operates the ship, as saying the crew had been studying “hydrothermal vents, nothing more.”", "Wei Jianming", "*", "saying", "partial"},
		{"the bureau is the name set off after the noun", "The state weather bureau, PAGASA, said the storm had weakened.\n\n“Kalasag has weakened slightly,” the bureau said.", "PAGASA", "", "said", "direct"},
		{"she after a name with Sri, which tells no gender", "Presiding judge Sri Wahyuningsih read the verdict.\n\n“The permit is therefore declared null and void,” she said.", "Wahyuningsih", "*", "said", "direct"},
		{"a memo seen by a paper speaks, not the paper", "The firm denies wrongdoing.\n\nA memo seen by the Guardian, circulated to team leaders in June, states: “All delays should be recorded as patient-initiated.”", "memo", "", "states", "direct"},
		{"the boss is the manager named before", "Kilmarnock manager Derek McAusland was incensed. ‘It is never a penalty,’ said McAusland.\n\nGordon Stirrat was pleased.\n\nThe Killie boss said his players had been ‘cheated out of a point they deserved’.", "Derek McAusland", "*", "said", "partial"},
		{"a TD's title before the name", "Labour TD Colm Byrne spoke first. “It is a scandal,” Byrne said.", "Colm Byrne", "TD", "said", "direct"},
		{"the member for a seat is the person named just before", "Sinn Féin housing spokeswoman Áine Ní Chonaill accused the Government of “managing a crisis”.\n\n“Every month the Taoiseach comes in here with a new target,” the Dublin South-Central TD said.", "Áine Ní Chonaill", "*", "said", "direct"},
		{"the member for a seat is the person with that title", "Labour MP Ana Lund accused the Government of “managing a crisis”. Ivo Brandt, a Green, disagreed.\n\n“Every month the minister comes in here with a new target,” the Wexmoor MP said.", "Ana Lund", "*", "said", "direct"},
		{"a nationality, a noun no list holds and a name open the sentence of a participle", "Finnish policymaker Aino Lindqvist struck a softer tone, telling reporters in Helsinki that the bank should keep “all options on the table”.", "Aino Lindqvist", "*", "telling", "partial"},
		{"the company is the name an appositive calls a manufacturer", "Arden Dynamics, a privately held manufacturer based in the port city of Orvik, said it would hire 600 workers.\n\n“We intend to deliver on time,” the company said in a statement.", "Arden Dynamics", "", "said", "direct"},
		{"the utility is the firm named after the noun", "South Africa’s power utility Eskom escalated rolling blackouts on Monday.\n\n“Stage 6 will remain in place,” the utility said in a statement.", "Eskom", "", "said", "direct"},
		{"a person an appositive calls a software developer stays a person", "Rohan Mehta, a 34-year-old software developer in Singapore, lost his savings.\n\n“I trusted them,” Mehta told Meridian Newswire.", "Rohan Mehta", "*", "told", "direct"},
		{"the role is the unnamed one brought in since the person described so", "Margit Solberg, a former Norwegian diplomat, has shuttled between the sides.\n\nA Western diplomat briefed on the talks said the sequencing mattered.\n\n“Everything else can be fudged,” said the diplomat, who spoke on condition of anonymity.", "Western diplomat", "", "said", "direct"},
		{"the role is the person an appositive describes so, not the appositive itself", "Margit Solberg, a former Norwegian diplomat, said the talks would go on.\n\n“Everything else can be fudged,” the diplomat said.", "Margit Solberg", "*", "said", "direct"},
		{"as X put it set off before the verb the quote completes", "Viktor Aldane campaigned against cameras. Live facial recognition, as he put it in 2019, was “a digital leash around the neck of every citizen”.", "Viktor Aldane", "*", "put it", "partial"},
		{"as X put it set off before the quote", "His degree has not kept him from being seen, as the Harbour Gazette put it in a long expose, “the fixer.”", "Harbour Gazette", "", "put it", "partial"},
		{"an aside to the reader before a colon names no one", "The fact-checker knows better.\n\nWait, it gets better:\n\n“By law, the mayor sets the number of berths every year.”", "", "", "", "direct"},
		{"a honorific's gender picks the namesake", "Ana Lund founded the group. Her son, John Lund, runs it now.\n\nMrs. Lund replied in an even voice that she was pleased the board had said that.", "Ana Lund", "", "replied", "indirect"},
		{"a report of what it said opens with a verb", "Ana Ode said that the board’s report “wasn’t good.”", "Ana Ode", "", "said", "partial"},
		{"a label in capitals is no person", "Admiral Ivo Lund leads the Varnian fleet.\n\nFULL TEXT.\n\nHe has called the treaty “provocative and expansionist.”", "Ivo Lund", "*", "called", "partial"},
		{"a question's verb is no name", "Ana Ode runs the port.\n\nAm I wrong to be angry?\n\nShe believes the board, too.", "Ana Ode", "", "believes", "indirect"},
		{"a particle after the verb of a short exclamation", "The candidate asked who would pay for the wall.\n\n“Varnia!” the audience screamed back.", "audience", "", "screamed", "direct"},
		{"an opening participle takes the speaker of the sentence before", "Ana Ode said that the board's report “wasn’t good.” Adding, “Now, like with all port scandals, what they do is never that bad.”", "Ana Ode", "", "Adding", "direct"},
		{"an adverb opening the sentence is no part of the name", "Even Varnia said it was “resolutely opposed” to the test.", "Varnia", "", "said", "partial"},
		{"a named subject after an opening phrase before a colon", "As if addressing the mayor directly, the Varnia Board of Elections was conclusive in its findings: “Further discussion on this issue is unnecessary.”", "Varnia Board of Elections", "", "", "direct"},
		{"a bare quote paragraph after a document issued", "At Ode’s direction, the Varnia Port Board issued a statement apologizing to the dockers for the emails, which included staff asking that someone question their pay.\n\n“On behalf of everyone at the board, we want to offer a deep and sincere apology.”", "Varnia Port Board", "", "", "direct"},
		{"whom the subject spoke to does not speak", "A port source speaking to Harbour Radio said, “The agents are looking at the cranes.”", "port source", "", "said", "direct"},
		{"how the subject spoke is no part of it", "A port official speaking on condition of anonymity said the agents were looking at the cranes.", "port official", "", "said", "indirect"},
		{"as X pointed out before a quote", "But as the Harbour Gazette pointed out, “Still, Lund has so far declined to release any tax returns.”", "Harbour Gazette", "", "pointed", "direct"},
		{"pointed out that", "Ana Ode pointed out that the port is open.", "Ana Ode", "", "pointed", "indirect"},
		{"a long opening phrase before the subject", "On the eve of her historic election to a fourth term as mayor of the port in March, Ana Ode rallied supporters by warning darkly that “the port is in danger.”", "Ana Ode", "", "warning", "partial"},
		{"words after a title noun that are no title", "Former governor Ana Ode called the H1-B program “worse than amnesty.”", "Ana Ode", "*", "called", "partial"},
		{"the subject after but when the sentence opens with another", "Neither side disclosed the amount, but sources familiar with the talks said it was close to the figure in the draft “roadmap” leaked last month.", "sources familiar with the talks", "", "said", "partial"},
		{"a participle after have begun", "The third round runs through Friday, with sessions on the file and what Varnian officials have begun calling a “roadmap” for phased steps.", "Varnian officials", "", "calling", "partial"},
		{"a country's possessive before a person's name", "Kestrel’s Maria Reyke said the next step should be “reciprocal.”", "Maria Reyke", "*", "said", "partial"},
		{"a country's possessive before an organisation stays", "Kestrel’s Atomic Energy Directorate said the visit was “a gesture of goodwill.”", "Kestrel’s Atomic Energy Directorate", "", "said", "partial"},
		{"a section heading in title case names no one", "“We will rebuild,” Oksana Trell said.\n\nA Long Campaign\n\nShe said her daughter had been held for months.", "Oksana Trell", "", "said", "indirect"},
		{"whoever was asked does not speak the question", "Ivo Lund spoke on Harbour Radio.\n\nLund was asked, “If you had known about the server, would you have told her?”", "", "", "asked", "direct"},
		{"the writer of a note after from", "On his office wall, the port writer Ivo Lund has a framed, handwritten note from Ana Ode.\n\n“Ivo, you are a total loser!” the note says.", "Ana Ode", "", "says", "direct"},
		{"whom the subject told does not report the clause after", "Ivo Marsh, the mayor, spoke on Monday.\n\nThe mayor also told Harbour Radio host Tomas Lund that he believes he, “may stand for change that worries them.”", "Ivo Marsh", "", "believes", "direct"},
		{"a participle of speech after began", "Ana Ode began calling the plan “a disaster” last week.", "Ana Ode", "", "calling", "partial"},
		{"the verb before that and a subordinate clause", "Ana Ode said that when Ivo Lund railed against the port and its board, “he is speaking for all of us.”", "Ana Ode", "", "said", "direct"},
		{"a subordinate clause's verb without that", "Dockers laughed when Ivo Lund urged them, “Look what I have done for the port.”", "Ivo Lund", "", "urged", "direct"},
		{"two roles joined by and after a quote", "“The port is full,” the independent Tarn senator and Labour candidate told Harbour Radio.", "independent Tarn senator and Labour candidate", "", "told", "direct"},
		{"a participle after an adverb takes the sentence's subject", "Ivo Lund tries to turn the interruptions to his advantage, showcasing his crowds, alternately shouting “Get them out” to the guards.", "Ivo Lund", "", "shouting", "partial"},
		{"a participle after and takes the sentence's subject", "At the last debate before the primary and at one town hall, Ana Ode only hinted at Lund by mentioning the need for a wall and adding, “I have an idea of who should build it.”", "Ana Ode", "", "hinted", "direct"},
		{"a verb and its clause after a partial quote are no attribution", "Mr. Ivo Lund, citing “the unique magic of Ode,” said the candidate could win in Tarn.", "Ivo Lund", "", "said", "partial"},
		{"a name after a participle is its object", "Ivo Lund answered the tweet by calling Ana Ode “dopey” on Monday.", "Ivo Lund", "", "calling", "partial"},
		{"whom it was told with common nouns after the capitals", "“It looks like we will not get on, who knows?” Ivo Lund told Tarn’s HRV television station in an interview aired on Monday when asked how ties would fare.", "Ivo Lund", "", "told", "direct"},
		{"an initial in a name inside a role", "“These are the darkest days for dockers like myself,” former Ana J. Ode speechwriter Ivo Lund wrote in a column this month.", "Ivo Lund", "*", "wrote", "direct"},
		{"a role noun for an abbreviated honorific", "Sen. Ana Ode spoke to the dockers.\n\n“We are not done,” the senator said.", "Ana Ode", "", "said", "direct"},
		{"a pronoun after a role subject with a name set off after it", "Oscar winner Maren Hale, 52, signed autographs.\n\nThe Oscar winner, wearing a gown by designer Tobiah Reyes, said the role was hard. ‘I spent four months learning to row,’ she revealed.", "Maren Hale", "*", "revealed", "direct"},
		{"a group's convener with an honorific before the name", "The court ruled on Wednesday.\n\nOutside the court, Suvarna Bachao Samiti convener Shri Mathew Kurian Thomas welcomed the order. \"This is a victory for the ordinary people,\" he told reporters.", "Mathew Kurian Thomas", "*", "told", "direct"},
		{"a district collector", "District Collector Anuradha Pethkar visited the camps on Monday.\n\n\"Four teams have been pressed into service,\" the Collector said.", "Anuradha Pethkar", "*", "said", "direct"},
		{"a star named by what she is", "Soap star Kiki Langmore is engaged.\n\n“I had no idea,” the star said.", "Kiki Langmore", "*", "said", "direct"},
		{"a nominee named by what he is", "Republican nominee Ivo Lund spoke in Kell.\n\n“We will win,” the nominee said.", "Ivo Lund", "*", "said", "direct"},
		{"a British councillor's abbreviation, named after the role", "Voters go to the polls.\n\n“I have never known so many undecided,” said the councillor.\n\nEdna Fairweather, an independent, said she had knocked on 600 doors.\n\n“The anger is real,” Cllr Fairweather said.", "Edna Fairweather", "", "said", "direct"},
		{"the first of two roles joined by and", "Sen. Ivo Lund spoke first. Sen. Ana Ode spoke later.\n\n“We are not done,” the independent Tarn senator and Labour candidate told the radio.", "Ana Ode", "", "told", "direct"},
		{"an opening phrase through a city, a state and a day", "At a rally in Kell, N.V., on Tuesday, Senator Ana Ode of Tarn endorsed Lund, saying that her rival would “make an outstanding mayor.”", "Ana Ode", "*", "saying", "partial"},
		{"a party before a given name is a role", "Democrat Ana Ode has taken a swipe at Ivo Lund, saying that “bombastic comments” do more harm than good.", "Ana Ode", "Democrat", "saying", "partial"},
		{"a part of the day after a weekday before the verb", "In addition, a fundraising email sent out by Ana Ode on Tuesday night warned of the tough fight ahead: “There are 14 votes left.”", "Ana Ode", "", "warned", "direct"},
		{"a one-word name before a weekday and a part of the day", "Ana Ode spoke first. Later, an email sent out by Ode on Friday morning warned of the fight ahead: “There are 14 votes left.”", "Ana Ode", "", "warned", "direct"},
		{"a coordinated verb after and then", "Smiling broadly, Mrs. Ana Ode drew cheers as she thanked her adopted home state and then boomed, “Today, you proved once again, there is no place like home.”", "Ana Ode", "", "boomed", "direct"},
		{"states after a noun that takes that", "A document on the port’s website states that dockers would receive six weeks of paid leave.", "port", "", "states", "indirect"},
		{"felt like with a clause reports a feeling", "Ana Ode felt like she had no choice but to sell the crane.", "Ana Ode", "", "felt", "indirect"},
		{"the sentence subject for a quote with no attribution inside its sentence", "Ivo Lund, the port’s lawyer and treasurer of the pro-Ode Harbour Action Fund, has egged on the dockers on the radio with pep talks like “The quay will win and can still take the most berths.”", "Ivo Lund", "", "", "direct"},
		{"a subject after a possessive determiner before a participle", "Ivo Lund took his time. His chief aide doubled down on attacks on her fitness, saying she is experienced “on paper” but suggesting that might not be enough.", "his chief aide", "", "saying", "partial"},
		{"a possessive before a noun of saying speaks", "Ivo Lund spoke to the radio in June. His assumption, confidently stated on live radio, was that “as dockers learn more,” they would come to his side.", "Ivo Lund", "", "stated", "partial"},
		{"a candidacy that opens the next sentence is its subject", "Port talks go on.\n\nAna Ode met the harbour master privately on Saturday.\n\nThe Labour mayoral candidate said the meeting was for personal reasons.", "Ana Ode", "", "said", "indirect"},
		{"a candidacy after a quote is no one named before", "Ivo Lund disbanded the unit in April.\n\n“There is hatred like nobody has seen,” the Labour candidate said.", "Labour candidate", "", "said", "direct"},
		{"an artist's trade is the subject named before", "Oren Vale, cast as the keeper, spent months on the lenses.\n\n“No cuts, no doubles,” the Welsh actor said.", "Oren Vale", "*", "said", "direct"},
		{"an artist's trade is no one named inside a clause", "One ad stars an impersonator who promises that Ivo Lund won't raise taxes.\n\n“It is a two-horse race,” the Lincoln actor says.", "Lincoln actor", "", "says", "direct"},
		{"a call after a noun is no verb", "Harbour Capital will leave with a payout that shareholder Ivo Lund blasted on an investor conference call as “morally wrong.”", "Ivo Lund", "*", "blasted", "partial"},
		{"the attribution after the rest of the quoted sentence", "“The port wants a bigger deal. Bigger than the little deal” announced in May, said Ivo Lund, a harbour analyst.", "Ivo Lund", "*", "said", "direct"},
		{"a titled name set off after a description with a place", "The Rector of Kell College, Arden, Engr. Ana Ode, told reporters that management was “in touch with both parties.”", "Ana Ode", "*", "told", "partial"},
		{"a titled name set off after a description with a portfolio", "The Minority Spokesperson on Harbours, Hon. Ivo Lund, has called for the report to be published, describing the delay as “a disgrace.”", "Ivo Lund", "*", "called", "partial"},
		{"an advocate's given name tells his gender", "Under cross-examination by the defence counsel, Advocate Pieter Johannes Lund SC, Ana Ode conceded that she had signed. Lund put it to her that she had “every opportunity to refuse” and had chosen not to.\n\n“I had a child in university,” she replied.", "Ana Ode", "*", "replied", "direct"},
		{"a role after a place's possessive set off after the name", "Ivo Lund, Kell’s minister for water resources, led the team. Before boarding his flight, he spoke to reporters.\n\n“We have come with an open mind,” the minister said.", "Ivo Lund", "*", "said", "direct"},
		{"the subject after an opening phrase and a role, before a noun's partial quote", "In Kell, the union's national secretary-general, Dr Ana Ode, threatened a “nationwide solidarity strike” if the doctors were not paid.", "Ana Ode", "*", "threatened", "partial"},
		{"a radio station set off is no antecedent", "The Member of Parliament for Kell Central, Hon. Ivo Lund, was less charitable. Speaking on a local radio station, Kell FM, on Thursday, he described the outbreak as “a direct result of years of neglect” of the wells.", "Ivo Lund", "*", "described", "partial"},
		{"summed it up before a colon", "On the trading floor the mood was grim. One trader, who asked not to be named because he was not authorised to speak, summed it up: “Nobody had this. Nobody.”", "One trader", "", "summed it up", "direct"},
		{"a role set off with a body's name before a lower-case role and the name", "The moderator, longtime Kell television anchor Dana Whitfield, pressed both candidates on the river, noting that Kell faces deeper cuts to its share of the water.", "Dana Whitfield", "*", "noting", "indirect"},
		{"a title of with a portfolio of its own and an honorific before the name", "Minister of State for Energy Smt Urmila Shekhawat rushed to the spot in the afternoon.\n\n“I give you my word,” the minister said.", "Urmila Shekhawat", "Minister of State for Energy", "said", "direct"},
		{"relayed is a verb of saying", "Minutes later a dispatcher relayed a call from a stranded driver on Route 12: “Caller says the car is floating.”", "dispatcher", "", "relayed", "direct"},
		{"capitalised verb form in a name", "The United States Navy reported that the ship had docked.", "United States Navy", "", "reported", "indirect"},
		{"at least and a count in words after the verb", "Ana Ode, who toured a camp on Friday, said at least four people had died.", "Ana Ode", "", "said", "indirect"},
		{"put it to someone that", "Under cross-examination, Ms Ana Ode put it to her that the trust’s finance team had been understaffed for years.", "Ana Ode", "", "put it to", "indirect"},
		{"state before a title is no verb", "The law’s sponsor, state Sen. Ana Ode, told reporters Friday that she was already drafting a new bill.", "Ana Ode", "*", "told", "indirect"},
		{"an auxiliary after a set-off relative clause", "Varncorp, which operates 38 depots, has said it will bargain in good faith.", "Varncorp", "", "said", "indirect"},
		{"two nouns joined before a relative clause", "Students and teachers who opposed it said the district was erasing stories.", "teachers", "", "said", "indirect"},
		{"a coordinated verb's subject in its own sentence, not the one before", "The tariffs have divided opinion at home. Ana Ode welcomed the move but warned: “This buys us time. It does not buy us a future.\n\n“We need investment in the furnaces.”", "Ana Ode", "", "warned", "direct"},
		{"a verb's base form a possessive owns, before for, is a noun", "Ivo Lund spoke on Monday. He described the union’s separate demand for a pay rise as “unrealistic in the current climate” and left.", "Ivo Lund", "", "described", "partial"},
		{"a participle between the verb's object and the clause is its cue", "Ana Ode rejected the claim, telling broadcasters that talks had been constructive.", "Ana Ode", "", "telling", "indirect"},
		{"that and a noun before a comma is the verb's object", "Ana Ode rejected that characterisation, telling broadcasters that talks had been constructive from the start.", "Ana Ode", "", "telling", "indirect"},
		{"the spokesperson is the body a spokesperson spoke for before", "A spokesperson for Kell Power said the utility had cut power to 9,000 homes. “We know how hard this is,” the spokesperson said.", "Kell Power", "", "said", "direct"},
		{"a spokesperson named before the body is the one named", "Rosa Quint, a spokeswoman for Kell Water, said leakage had fallen. “We are fixing pipes,” the spokeswoman added.", "Rosa Quint", "", "added", "direct"},
		{"a spokesperson named after the body is the one named", "The port stayed shut. A spokeswoman for Kell Ports, Lena Hart, said talks would resume.\n\n“We are ready,” the spokeswoman added.", "Lena Hart", "", "added", "direct"},
		{"a spokesperson named with no body is no earlier one's", "A spokesman for the Department of Harbours said work could begin in spring.\n\nA spokeswoman for the dockers declined to comment. “No,” the spokeswoman said.", "spokeswoman", "", "said", "direct"},
		{"a name before a long lower-case affiliation", "Prof. Ana Ode of the department of political science at Kell University said the low turnout could hurt the party.", "Ana Ode", "*", "said", "indirect"},
		{"a person before a firm named in the affiliation", "Tomasz Brzeski of the research firm Kestrel Insight pointed out that the watch had sold well.", "Tomasz Brzeski", "", "pointed", "indirect"},
		{"a name before a lower-case department", "Ana Ode of the political science department said the turnout was low.", "Ana Ode", "", "said", "indirect"},
		{"a long label before a title-case headline's colon is no speaker", "Vantor Strike Enters Third Day: More Than 1,900 Flights Canceled\n\nFlight attendants at Vantor Airlines stayed off the job.\n\nVantor said in a statement that it expected to run 40% of its schedule.", "Vantor", "", "said", "indirect"},
		{"a title-case headline with an amount names no one", "Marlowe & Finch in Court: Judge Approves $250 Million Lifeline\n\nA judge gave the chain permission to borrow, but she warned that the window would be short.", "", "", "warned", "indirect"},
		{"a subject pronoun after a short opening phrase with a possessive", "Ruth Okafor-Lane won the seat. In her speech she thanked her volunteers and then said:\n\n“People here are tired.”", "Ruth Okafor-Lane", "", "said", "direct"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := seg.Segment(tc.in)
			checkDoc(t, tc.in, d)
			if len(d.Quotes) == 0 {
				t.Fatalf("no quote")
			}
			// the quote of the wanted kind: a partial quote may sit inside
			// the reported clause that holds it
			q := d.Quotes[0]
			for _, o := range d.Quotes {
				if o.Kind.String() == tc.kind {
					q = o
					break
				}
			}
			if q.Speaker != tc.speaker || q.Role != tc.role && tc.role != "*" || tc.in[q.Cue.Start:q.Cue.End] != tc.cue || q.Kind.String() != tc.kind {
				t.Errorf("got %s speaker %q role %q cue %q; want %s %q %q %q", q.Kind, q.Speaker, q.Role, tc.in[q.Cue.Start:q.Cue.End], tc.kind, tc.speaker, tc.role, tc.cue)
			}
		})
	}
}

// TestArtistTradeAfterQuote: "said the actor", a trade given to no one,
// is the person whose quote came just before.
func TestArtistTradeAfterQuote(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Mira Kessel left the dance show on Monday after her wife, Tess, had suffered a loss.\n\n“We lost the baby,” Kessel said. “The little soul took a shortcut.”\n\n“You never know why,” said the actor. “It makes you more human.”"
	d := seg.Segment(in)
	checkDoc(t, in, d)
	if len(d.Quotes) != 2 {
		t.Fatalf("%d quotes, want 2", len(d.Quotes))
	}
	if q := d.Quotes[1]; q.Speaker != "Mira Kessel" || in[q.Mention.Start:q.Mention.End] != "the actor" {
		t.Errorf("second quote's speaker %q (mention %q), want Mira Kessel (the actor)", q.Speaker, in[q.Mention.Start:q.Mention.End])
	}
}

// TestTitledNameAfterDescriptionReports: the description before a titled
// name set off after it is the subject, not the words reported.
func TestTitledNameAfterDescriptionReports(t *testing.T) {
	seg := newTestSegmenter(t)
	for _, in := range []string{
		"The Minority Spokesperson on Harbours, Hon. Ivo Lund, has called for the report to be published, describing the delay as “a disgrace.”",
		"In Kell, the union's leader, Ivo Lund, warned of a “strike” at the port.",
	} {
		d := seg.Segment(in)
		checkDoc(t, in, d)
		found := false
		for _, q := range d.Quotes {
			if q.Kind == Indirect {
				if got := in[q.Start:q.End]; strings.HasPrefix(got, "The") || strings.HasPrefix(got, "In") || q.Speaker != "Ivo Lund" {
					t.Errorf("indirect %q by %q, want the words after the verb by Ivo Lund", got, q.Speaker)
				}
				found = true
			}
		}
		if !found {
			t.Errorf("no indirect quote in %q", in)
		}
	}
}

// TestLastQuoteSpeaker checks the speaker of an article's last quote,
// which what comes before it decides.
func TestLastQuoteSpeaker(t *testing.T) {
	seg := newTestSegmenter(t)
	tests := []struct{ name, in, want string }{
		{"a role set off after a dateline, then a quote of two sentences in the next paragraph",
			"KELL - The National Chairman of the Harbour Unity Party (HUP), Alhaji Musa Ode, on Tuesday dismissed his suspension.\n\nHis press secretary, Mr. Ivo Lund, told journalists that the governor was not involved.\n\nThe chairman, a former senator who has led the party since 2021, said he would meet the state leaders next week.\n\n“I have been in this party since the day it was registered. I am not going anywhere,” he said.",
			"Musa Ode"},
		{"a dateline with a colon before a quote, its speaker in the next paragraph",
			"Walkout in the house\n\nSADIQPUR: “We will not let this house be run like a company.”\n\nThe words, shouted over the din, came from Begum Shamim Durrani, the deputy leader of the opposition.",
			"Shamim Durrani"},
		{"an honorific that ends a name is its surname",
			"Floods cut off the district\n\nIn the village of Char Baliya, Rokeya Begum, 45, has been sheltering on her roof since Thursday.\n\n“Nobody has come,” she said.",
			"Rokeya Begum"},
		{"an age and a noun after the",
			"Rafael Quintero walked off the mound to an ovation.\n\n“I didn't know what to do with my hands,” said the 34-year-old right-hander, smiling.",
			"Rafael Quintero"},
		{"a place named first in the sentences before is no one",
			"Rail strike\n\nOnly 14 services ran, most of them between Thornbury Central and the airport.\n\nAddressing a rally outside Thornbury Central, its general secretary, Callum Breck, said: ‘Nobody wanted to be here.’\n\nHe added that the offer was ‘an insult dressed up as a compromise’.",
			"Callum Breck"},
		{"a preposition of place that opens a sentence starts no name",
			"Strike\n\nOutside Eastfield on Monday morning, about 60 teachers walked a slow loop.\n\nAmong them was Walter Dunmore, 72, who retired from Eastfield in 2014. “I was on strike in this exact spot in 1989,” he said.",
			"Walter Dunmore"},
		{"a role after an opening participle phrase is the pronoun's",
			"Courts bill passes\n\n“This is the end of an era,” the minister told the chamber.\n\nThe words came from Agnieszka Wrobel-Sito, Kell's Minister of Justice and Prosecutor General, as she presented the bill.\n\nAccording to Jakub Lenart, an MEP from the governing Forward Kell party, delays could put payments at risk.\n\n“Every week of this is a week lost,” he said.\n\nSpeaking to reporters after the vote, the justice minister was defiant. “If the president vetoes this, he vetoes the law itself,” she said.",
			"Agnieszka Wrobel-Sito"},
		{"a role after an opening participle phrase is the pronoun's, not the one quoted before",
			"Soap star Nina Ode engaged\n\nSoap star Nina Ode has revealed she is engaged to footballer Ivo Lund.\n\nFans flooded the post, and her co-star Bea Rowse wrote: “CRYING. Called it!!”\n\nSpeaking exclusively to the paper on Monday, the star, 34, gushed: “I had no idea.”\n\n“When I turned round he was on one knee,” she added.",
			"Nina Ode"},
		{"a title that ends a name is a surname",
			"School plan\n\nCouncillor Anthony Reeve, the cabinet member for schools, told the meeting the authority had not decided.\n\n“Nobody goes into local government wanting to close a school,” he said.",
			"Anthony Reeve"},
		{"an unnamed juror after a named lawyer",
			"Verdict\n\nPriya Menon, the prosecutor, spoke after the verdict.\n\nOne juror, a retired postal worker who asked that her name not be used, said the panel spent much of its time on the print.\n\n“We went over it again and again,” she said.",
			"One juror"},
		{"an unnamed grower after a named farmer",
			"Bird flu\n\nHarold Bjornstad, whose farm was hit, said the flock had been culled.\n\nA grower who raises turkeys a few miles away, and who asked not to be named, said he had barely slept.\n\n“You do everything right,” he said.",
			"grower"},
		{"a progressive inside the clause a verb reports before a colon",
			"Floods\n\nMayor Bronwyn Hale toured the valley.\n\nShe said the council would be asking the Government for help with the clean-up: ‘We cannot rebuild forty kilometres of road on our own.’",
			"Bronwyn Hale"},
		{"that was how a place's role and a name described it",
			"Fire\n\nA spokeswoman for the fire service said crews were exhausted.\n\n‘We heard it before we saw it.’\n\nThat was how Bora Ridge orchardist Ray Mancini, 63, described the moment the fire reached his fence.",
			"Ray Mancini"},
		{"she after one of them, a role set off, is that role, not a woman named before",
			"Nurses strike\n\nDeirdre Kavanagh, the union's regional secretary, led the picket.\n\nOne of them, a ward sister with 22 years of experience who asked not to be named, said she had voted yes.\n\n“I did my training here,” she said.",
			"ward sister"},
		{"a class year after a name",
			"Library hours cut\n\nThe assembly voted 31-2.\n\nAssembly President Keisha Mbeki ’25 put it plainly: “If the university wants to talk, it can start now.”",
			"Keisha Mbeki"},
		{"a class year in straight marks, then a reported clause",
			"Library hours cut\n\n\"We are cold,\" said Dana Ortiz '26, a senior.\n\nMbeki '25 said: \"The vote was close.\"",
			"Mbeki"},
		{"an honorific that ends a name is its surname, after a place",
			"Floods cut off the district\n\nIn the village of Char Baliya, Meera Pandit, 45, has been sheltering on her roof since Thursday.\n\n“Nobody has come,” she said.",
			"Meera Pandit"},
		{"a man's given name leaves she to the woman before him",
			"Lorraine Ode, the finance chief, spoke on the call.\n\nMateo Lund of Kell Securities asked on the call whether the bank had been “behind the curve.”\n\n“No, I don't think that's fair,” she replied.",
			"Lorraine Ode"},
		{"a spokeswoman for a body the name finder does not resolve",
			"Ana Ode, 38, who runs a shop nearby, said she heard shouting.\n\nA spokeswoman for Kell Police said patrols would continue. “We understand the concern,” she said.",
			"spokeswoman"},
		{"a spokeswoman after an opening question",
			"Beatriz Holm, the union's secretary, said cuts were coming.\n\nAsked whether the authority might revisit its decision, a spokeswoman for the agency was firm.\n\n“The ruling stands,” she said.",
			"spokeswoman"},
		{"the skipper is the captain",
			"Ralf Ode takes over as coach on Monday.\n\nCaptain Niklas Vogt, who has been at the club since he was 12, said the players had to accept their share of the blame.\n\n“We are the ones on the pitch,” the skipper said.",
			"Niklas Vogt"},
		{"an age given to no one after an opening question, before a colon",
			"Those were the words of Northmoor captain Rajesh Lund, who faced the media alone. Lund himself fell for a duck, edging Keith Varley to second slip.\n\nHe refused to blame the surface. Asked whether the pitch had been fit, the 31-year-old shook his head: “You can't hide behind that.”",
			"Rajesh Lund"},
		{"an opening quote, then its speaker named with an age",
			"Hearing checks\n\n“I thought the world had started mumbling.”\n\nArthur, 72, a retired surveyor from the coast, put off a test for years.",
			"Arthur"},
		{"an opening quote, then its speaker speaking through an interpreter",
			"Kell not afraid\n\nKELL — “We respect them. But respect is not fear.”\n\nCarlos Ode was speaking through an interpreter on Tuesday.",
			"Carlos Ode"},
		{"a surname of two words that opens with Abu",
			"Samira Abu Hamdan, 58, waited at the crossing for her son. Lina Haddad, a volunteer, handed out water.\n\n“We will stay,” Abu Hamdan said.",
			"Samira Abu Hamdan"},
		{"the group is the name without title or gender that opened the sentence before",
			"Talks stalled on Friday.\n\nAnsar al-Wadi blamed the government. “The enemy is responsible,” the group said in a statement.",
			"Ansar al-Wadi"},
		{"the group is no person the sentence before opened with",
			"Talks stalled on Friday.\n\nAhmed al-Obeidi blamed the government. “The enemy is responsible,” the group said in a statement.",
			"group"},
		{"he said after a question put to him is the one asked",
			"Health minister Ivo Ashdown, 58, faced repeated questions about the death.\n\nOne journalist put it to him directly: ‘Minister, will you apologise to the family, yes or no?’\n\n‘My thoughts are with the family,’ he said.",
			"Ivo Ashdown"},
		{"the negotiator after one negotiator brought in unnamed is that one, not one named later",
			"Talks dragged on.\n\nOne negotiator described the mood in the room as “poisonous.”\n\n“People are not even pretending to listen,” the negotiator said.\n\nThe group's lead negotiator, Ana Ode, was more direct.",
			"negotiator"},
		{"the negotiator after one negotiator brought in unnamed is that one, not one named before",
			"Talks dragged on. Negotiator Ana Ode spoke first.\n\nOne negotiator described the mood in the room as “poisonous.”\n\n“People are not even pretending to listen,” the negotiator said.",
			"One negotiator"},
		{"her statement is the statement of the woman before",
			"Wendell Lowe, 61, a former treasurer, admitted fraud.\n\nIn a victim impact statement read to the court, committee chairwoman Patricia Lowe said the betrayal had ‘torn the heart out of the village’.\n\n‘Derek was a friend. He sat in our kitchens,’ her statement said.",
			"Patricia Lowe"},
		{"the CM is the chief minister",
			"Chief Minister Smt Hemlata Bhardwaj thanked the Centre for its support.\n\n“We have been asking for this road,” the CM said.",
			"Hemlata Bhardwaj"},
		{"the mayor after a mayor whose honorific is Barrister",
			"Mayor Barrister Saadia Jatoi visited the station on Friday night.\n\nThe mayor said she had written to the province, describing the pumps as “older than most of the people who depend on them”.",
			"Saadia Jatoi"},
		{"a participle after a clause of after and its subject, past an adverb and a number's comma",
			"Shares tumbled on Wednesday after the Monetary Authority unexpectedly raised its benchmark rate by half a point to 5.25%, saying inflation was proving “stickier than anticipated.”",
			"Monetary Authority"},
		{"a role for a place set off after a name before a relative clause is the name's",
			"The bill passed on Tuesday.\n\nReuben Clarke, the MP for Kowhai Bay, who spoke against the bill, called it “a sticking plaster on a broken leg”.",
			"Reuben Clarke"},
		{"a body after an opening phrase that ends with a name is no appositive of it",
			"Ana Ode arrived on Monday.\n\nAfter her meeting with Ivo Lund, the Harbour Office announced that the port would reopen “within days”.",
			"Harbour Office"},
		{"a quote that is its paragraph in mid-article, then its speaker named with an age",
			"The agency said it had approved 4,100 applications and that “help is flowing every day.”\n\nOn the ground, the frustration is hard to miss.\n\n“You call, you wait on hold for two hours, and then the line just drops.”\n\nMarisol Vega, 34, a school bus driver, has called eleven times.",
			"Marisol Vega"},
		{"a quote that is its paragraph after a paragraph ending in a colon is the colon's speaker's",
			"Ana Ode went to her bank. She says:\n\n“The man at the branch was lovely, and then he said no.”\n\nIvo Lund, 52, a loans officer, declined to comment.",
			"Ana Ode"},
		{"First Nations are no man a pronoun stands for",
			"Forests minister Daniel Okafor flew in for the ceremony.\n\nThe minister said the province was negotiating with four other First Nations in the north.\n\n“We are not going back to the old way,” he said.",
			"Daniel Okafor"},
		{"a noun after a determiner and an adjective is no verb",
			"Leah Brandt spoke on the podcast hosted by Owen Teller.\n\nTeller asked the obvious question: “Was that stubbornness or strategy?”",
			"Owen Teller"},
		{"two titles joined by and before a name are both the name's",
			"Governor and Chancellor Shri Ramniwas Khandelwal urged graduates to stay in the villages.\n\nAddressing the convocation, the Governor said: “You have received a degree today.”",
			"Ramniwas Khandelwal"},
		{"the force is the police force named before",
			"According to the Kell Border Police, 412 people crossed on Thursday, “all of them after full screening”. The force said it had deployed more officers to the crossing.",
			"Kell Border Police"},
		{"a role another speaker reports on is no antecedent",
			"President Marco Ode announced the cut on Monday.\n\nAsked whether the government would negotiate, Ivo Lund left the door only slightly open. The president, he said, was willing to meet the union.\n\n“Dialogue, yes. Going back, no,” he said.",
			"Ivo Lund"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := seg.Segment(tc.in)
			checkDoc(t, tc.in, d)
			if len(d.Quotes) == 0 {
				t.Fatal("no quote")
			}
			if q := d.Quotes[len(d.Quotes)-1]; q.Speaker != tc.want {
				t.Errorf("last quote %q by %q, want %q", tc.in[q.Start:q.End], q.Speaker, tc.want)
			}
		})
	}
}

// TestLeadQuoteSpeakerAfter: an article's opening quote whose speaker
// the next paragraph names.
// TestWordsFrom: a bare quote paragraph handed on by the sentence after
// it: "Those words, from X, …", "The remark, from X, …" and "With those
// words, …, X confirmed …"; but "The reply, from X, …" leads into the
// quote after it.
func TestWordsFrom(t *testing.T) {
	seg := newTestSegmenter(t)
	for _, tc := range []struct{ in, sub, want string }{
		{"Parents pack hall\n\nThe council set out its plan.\n\n“They keep saying ‘falling rolls’. Rolls fall when you stop investing.”\n\nThose words, from campaign organiser Deborah Quayle, 52, a parent governor, drew the loudest cheer of the night.", "They keep", "Deborah Quayle"},
		{"Water rates\n\nThe board met.\n\n“My bill has gone up three times in six years.”\n\nThe remark, from retiree Dolores Whitcombe of the Harbor Heights neighborhood, drew applause.", "My bill", "Dolores Whitcombe"},
		{"Capsule lands\n\nDUNMERE FLATS — “It's home, it's intact.”\n\nWith those words, delivered to a cheering control room on Sunday, Samuel Achter confirmed that the capsule had landed.", "It's home", "Samuel Achter"},
		{"Plant emails\n\n“Unit 4 is running warm,” a shift supervisor wrote in one email. “I need someone to tell me what to do.”\n\nThe reply, from the plant's operations manager, Gerald Pruett, was two lines long. “Keep it moving.”", "I need someone", "shift supervisor"},
	} {
		checkSpeaker(t, seg, tc.in, tc.sub, tc.want, Direct)
	}
}

// TestThatTime: "that night" after a reporting verb is a time in the
// reported clause, not the "that" it starts with.
func TestThatTime(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Fire\n\nThe ambulance trust said response times that night had been affected by long waits."
	d := seg.Segment(in)
	checkDoc(t, in, d)
	for _, q := range d.Quotes {
		if q.Kind == Indirect {
			if got := in[q.Start:q.End]; !strings.HasPrefix(got, "response times") {
				t.Errorf("reported clause %q, want it from \"response times\"", got)
			}
			return
		}
	}
	t.Errorf("no reported clause in %q", in)
}

// TestCreditedAfter: a bare quote paragraph after a closed quote is not
// more of it when the paragraph after it hands it to someone.
func TestCreditedAfter(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Gus Whitcombe, the manager, was calm.\n\n“It is a wall,” Darnell Beckett said. “I will be out there Tuesday.”\n\n“We will see about Tuesday.”\n\nThat came from Whitcombe a few minutes later, when a reporter told him what Beckett had said."
	checkSpeaker(t, seg, in, "I will be out", "Darnell Beckett", Direct)
	checkSpeaker(t, seg, in, "We will see", "Gus Whitcombe", Direct)
	d := seg.Segment(in)
	for _, q := range d.Quotes {
		if s := in[q.Start:q.End]; strings.Contains(s, "I will be out") && strings.Contains(s, "We will see") {
			t.Errorf("one quote %q, want two", s)
		}
	}
}

func TestLeadQuoteSpeakerAfter(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "How a one-person studio made the year's surprise hit\n\n\"We had eleven days of money left when the demo went viral.\"\n\nIlse Ode says it flatly, as if describing the weather.", "eleven days", "Ilse Ode", Direct)
	checkSpeaker(t, seg, "Talks stall\n\nKELL - “If we leave here without a number, we leave with nothing.”\n\nThat was the blunt assessment late on Wednesday of Lindiwe Ode, the chief negotiator.", "without a number", "Lindiwe Ode", Direct)
	checkSpeaker(t, seg, "Wards full\n\nListeners heard from a doctor.\n\n\"We had patients on trolleys for 30 hours last week.\"\n\nThat was the account of Dr Helen Ode, a consultant at a large hospital.", "on trolleys", "Helen Ode", Direct)
}

// TestSubjectMention: a quote whose speaker is the person its paragraph
// names before it keeps where that person is named as its mention.
func TestSubjectMention(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "The mayor spoke first. One early supporter, Representative Ivo Lund, Republican of New Varnia, gave the idea a whirl in an interview: “You can easily argue that the mayor is a fraud.”"
	d := seg.Segment(in)
	checkDoc(t, in, d)
	for _, q := range d.Quotes {
		if q.Kind == Direct {
			if m := in[q.Mention.Start:q.Mention.End]; q.Speaker != "Ivo Lund" || !strings.HasSuffix(m, "Ivo Lund") {
				t.Errorf("speaker %q mention %q; want Ivo Lund named", q.Speaker, m)
			}
			return
		}
	}
	t.Fatalf("no direct quote in %+v", d.Quotes)
}

// TestParticipleAfterTitle: a quote after ", adding," whose subject a
// title's quote marks cut off takes the speaker of the quote before.
func TestParticipleAfterTitle(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "“I think Lund would be the best mayor, but he does not have a chance,” Ode said on Harbour Radio's “Morning Line,” adding, “Lund's problem is he is an insider in an outsider year.”"
	d := seg.Segment(in)
	checkDoc(t, in, d)
	if len(d.Quotes) == 0 {
		t.Fatal("no quote")
	}
	q := d.Quotes[len(d.Quotes)-1]
	if q.Speaker != "Ode" || in[q.Cue.Start:q.Cue.End] != "adding" {
		t.Errorf("last quote %q: speaker %q cue %q; want Ode and adding", in[q.Start:q.End], q.Speaker, in[q.Cue.Start:q.Cue.End])
	}
}

// TestMentionIsTheSubject checks that the mention of a participle's
// speaker is the sentence's subject alone, not its verb and object.
func TestMentionIsTheSubject(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Ana Ode attacked Ivo Lund, saying he “has failed the port.”"
	d := seg.Segment(in)
	checkDoc(t, in, d)
	if len(d.Quotes) == 0 {
		t.Fatal("no quote")
	}
	for _, q := range d.Quotes {
		if got := in[q.Mention.Start:q.Mention.End]; got != "Ana Ode" || q.Speaker != "Ana Ode" {
			t.Errorf("%s quote: mention %q speaker %q; want \"Ana Ode\" for both", q.Kind, got, q.Speaker)
		}
	}
}

// TestIsPrepositionAnyCase checks the buffer lowering against
// strings.ToLower, including a capital that lowers to an ASCII letter.
func TestIsPrepositionAnyCase(t *testing.T) {
	tests := []struct {
		name, w string
	}{
		{"lower", "in"},
		{"capital", "In"},
		{"upper", "WITHIN"},
		{"longest", "Across"},
		{"too long", "Withinn"},
		{"not one", "Rivera"},
		{"dotted capital I", "İn"},
		{"other letters", "Über"},
		{"empty", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got, want := isPrepositionAnyCase(tc.w), isPreposition(strings.ToLower(tc.w)); got != want {
				t.Errorf("isPrepositionAnyCase(%q) = %v, want %v", tc.w, got, want)
			}
		})
	}
}

// TestNounsAreNoCues: reporting-verb forms used as nouns report nothing.
func TestNounsAreNoCues(t *testing.T) {
	seg := newTestSegmenter(t)
	wantNoQuotes(t, seg,
		"A preview of the report was shared with subscribers.",
		"In Varnia, they voted for control of the state council.",
		"While Ode delayed the vote, he made no mention of the port.",
		"The agency released two critical reports that depicted the delays.",
		"The simple answer is that the port needs money.",
		"Our hope is that the port reopens in May.",
		"The outbreak came weeks ago, sparking widespread fears that the port would close.",
		"The board read two highly critical reports that the auditors wrote.",
		"As we’ve said many times, the port is open.",
		"You’ll feel much better about the port once it opens.",
		"Nothing indicated he was hiding the keys to the port.",
		"Shortly after the vote, claiming the port was safe, the crews went home.",
		"On his office wall, the port writer Ivo Lund has a framed, handwritten note from the mayor.",
		"These little delays add up, and could have sunk the whole port project.",
		"The port closed on Monday, adding to fears that the city would lose its ferry.",
		"Ana Ode added three assists to lead Kell to a comfortable win at home.",
		"The Kell index added 20.72 points, or 0.24%, to 8,570.66 on Monday.",
	)
	// a count before a colon may still be said: "added two conditions: …"
	wantIndirect(t, seg, "Ana Ode added two conditions: the port must stay open and the crews must be paid.", "two conditions: the port must stay open and the crews must be paid", "Ana Ode")
	// but "added to" an outlet or to reporters says something to them
	checkSpeaker(t, seg, "Ana Ode spoke.\n\n“It was a good night,” Lund added to Kell Radio.", "good night", "Lund", Direct)
	checkSpeaker(t, seg, "Ana Ode spoke.\n\n“It was a good night,” Lund added to reporters.", "good night", "Lund", Direct)
	// a noun after a determiner and an ordinal: "her first term"
	in := "Gov. Ana Ode made the harbour a priority in her first term, but the effort stalled, at one point calling the mayor a \"liar.\""
	for _, q := range seg.Segment(in).Quotes {
		if c := in[q.Cue.Start:q.Cue.End]; c != "calling" || q.Speaker != "Ana Ode" {
			t.Errorf("%s quote %q by %q, cue %q: want Ana Ode's, cue calling", q.Kind, in[q.Start:q.End], q.Speaker, c)
		}
	}
	// "a third Ode term as mayor": a noun after a name and an ordinal
	in = "Ana Ode spoke.\n\nIt would be “a third Ode term” as mayor, in effect."
	d := seg.Segment(in)
	checkDoc(t, in, d)
	for _, q := range d.Quotes {
		if q.Kind == Indirect {
			t.Errorf("%s quote %q by %q: the noun reported", q.Kind, in[q.Start:q.End], q.Speaker)
		}
	}
	// a phrase of saying after an adverb or an auxiliary
	wantIndirect(t, seg, "Lund also made the point that her policy would fail.", "that her policy would fail", "Lund")
	wantIndirect(t, seg, "Lund has made clear that the port would close.", "that the port would close", "Lund")
	// but a pronoun after the comma is a subject: "…, they say, …"
	wantIndirect(t, seg, "It's an investment, they say, that would pay for itself.", "It's an investment", "")
}

func TestUncontract(t *testing.T) {
	for _, tc := range []struct {
		w, stem string
		ok      bool
	}{
		{"he’d", "he", true}, {"we've", "we", true}, {"you’ll", "you", true}, {"they're", "they", true}, {"I'm", "I", true},
		{"Iran's", "", false}, {"he", "", false}, {"’d", "", false}, {"don’t", "", false}, {"rock'n'roll", "", false}, {"", "", false},
	} {
		if stem, ok := uncontract(tc.w); stem != tc.stem || ok != tc.ok {
			t.Errorf("uncontract(%q) = %q, %v; want %q, %v", tc.w, stem, ok, tc.stem, tc.ok)
		}
	}
}

// TestRelativeMention: a speaker named through "who" keeps "who" as the
// mention, as written, and the antecedent as the speaker; a relative
// clause that is not the verb's subject changes nothing.
func TestRelativeMention(t *testing.T) {
	seg := newTestSegmenter(t)
	for _, tc := range []struct{ in, mention, speaker string }{
		{"The panel heard a career port officer who described the call as “improper.”", "who", "career port officer"},
		{"Ivo Lund, now the port director, who has long said the quay was “unsafe,” left.", "who", "Ivo Lund"},
		{"Ana Ode, who runs Varncorp, said the port would close.", "Ana Ode", "Ana Ode"},
	} {
		d := seg.Segment(tc.in)
		checkDoc(t, tc.in, d)
		if len(d.Quotes) == 0 {
			t.Errorf("%s: no quotes", tc.in)
			continue
		}
		for _, q := range d.Quotes {
			if m := tc.in[q.Mention.Start:q.Mention.End]; m != tc.mention || q.Speaker != tc.speaker {
				t.Errorf("%s: quote %q mention %q speaker %q, want %q and %q", tc.in, tc.in[q.Start:q.End], m, q.Speaker, tc.mention, tc.speaker)
			}
		}
	}
}

// TestSubordinatorIsNoName: a word that opens a subordinate clause at the
// start of a sentence is never taken for a speaker's name, even when the
// subject of the speaking verb is hard to find.
func TestSubordinatorIsNoName(t *testing.T) {
	seg := newTestSegmenter(t)
	for _, w := range []string{"Once", "Unless", "Until", "Whether"} {
		in := w + " the clerks exhaust their excuses, even the crowd on the quay gets angry and begins yelling “Enough!”"
		d := seg.Segment(in)
		checkDoc(t, in, d)
		for _, q := range d.Quotes {
			if q.Speaker == w {
				t.Errorf("%q: speaker %q", in, q.Speaker)
			}
		}
	}
}

// TestTitleBeforeAttribution: a title that a word leads into is not the
// first piece of a quote its sentence's attribution interrupts.
func TestTitleBeforeAttribution(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "After playing “Down By the Quay,” the singer and guitarist told the crowd, “that was for my father.”"
	d := seg.Segment(in)
	checkDoc(t, in, d)
	for _, q := range d.Quotes {
		if q.Kind == Direct {
			if len(q.Pieces) > 0 || in[q.Start:q.End] != "that was for my father." || q.Speaker != "singer and guitarist" {
				t.Errorf("direct quote %q by %q in %d pieces", in[q.Start:q.End], q.Speaker, len(q.Pieces))
			}
			return
		}
	}
	t.Errorf("no direct quote: %+v", d.Quotes)
}

// TestSecondQuoteAfterAnd: the second of two quotes joined by "and" is
// said as the first is.
func TestSecondQuoteAfterAnd(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Ivo Lund tries to turn the interruptions to his advantage, showcasing his crowds, alternately shouting “Get them out” and “Be nice.”"
	d := seg.Segment(in)
	checkDoc(t, in, d)
	n := 0
	for _, q := range d.Quotes {
		if q.Kind == Partial {
			n++
			if q.Speaker != "Ivo Lund" {
				t.Errorf("%q by %q", in[q.Start:q.End], q.Speaker)
			}
		}
	}
	if n != 2 {
		t.Errorf("%d partial quotes, want 2: %+v", n, d.Quotes)
	}
}

// TestRoleNamedLast: a role noun ("the Tarn coach") names the person with
// that role named last before it, whatever order the speakers were
// resolved in.
func TestRoleNamedLast(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "“We were lucky,” Rovers coach Ana Ode said.\n\nTarn coach Ivo Lund was angry. He said that his side had been robbed.\n\n“We frightened the leaders,” said the Tarn coach."
	d := seg.Segment(in)
	checkDoc(t, in, d)
	q := d.Quotes[len(d.Quotes)-1]
	if in[q.Start:q.End] != "We frightened the leaders," || q.Speaker != "Ivo Lund" {
		t.Errorf("last quote %q by %q, want Ivo Lund's", in[q.Start:q.End], q.Speaker)
	}
}

// TestSecondCueSplitsQuote: an interruption that goes on past its cue to
// a second reporting verb ("said, adding:", "said as a heckler yelled:")
// parts two statements; each is a quote of its own, with its speaker.
func TestSecondCueSplitsQuote(t *testing.T) {
	seg := newTestSegmenter(t)
	for _, tc := range []struct {
		in    string
		first string
		then  string
	}{
		{"“We have started those talks,” Mr. Lund said, adding of the mayor, “She cares about the harbour.”", "Lund", "Lund"},
		{"“If the council picks the route, nothing can be done,” Ode said before adding: “Though the dockers may try.”", "Ode", "Ode"},
		{"“There is a young man having some problems,” Ode said as a heckler yelled: “Go home!”", "Ode", "heckler"},
		{"“Keep your hands in sight,” Vera Lind sings to the crowd before asking them, “Where do we go from here?”", "Vera Lind", "Vera Lind"},
	} {
		d := seg.Segment(tc.in)
		checkDoc(t, tc.in, d)
		var got []string
		for _, q := range d.Quotes {
			if q.Kind == Direct {
				got = append(got, q.Speaker)
			}
		}
		if len(got) != 2 || got[0] != tc.first || got[1] != tc.then {
			t.Errorf("%q: direct quotes by %q, want %q then %q", tc.in, got, tc.first, tc.then)
		}
	}
}

// TestDrawnNounIsNoCue: what a verb draws ("drew rare praise", "faced
// sharp criticism") is a noun, no reporting verb with a clause of its own.
func TestDrawnNounIsNoCue(t *testing.T) {
	seg := newTestSegmenter(t)
	for _, in := range []string{
		"The agreement drew rare praise from across the port, although opposition leader Rupert Hale warned the board not to “let a good day make us forget the bad years.”",
		"The plan faced sharp criticism from the dockers, who said it came too late.",
		"As she has for weeks, Ode avoided all mention of her rival Ivo Lund, even as both campaigned in Kell ahead of the vote.",
	} {
		d := seg.Segment(in)
		checkDoc(t, in, d)
		for _, q := range d.Quotes {
			if c := in[q.Cue.Start:q.Cue.End]; c == "praise" || c == "criticism" || c == "mention" {
				t.Errorf("%q: quote %q on the noun %q", in, in[q.Start:q.End], c)
			}
		}
	}
}

// TestPartialInSecondClause: a partial quote with no speaker of its own
// inside the second of two clauses ("called … but said it was “…”") is
// the clauses' speaker's.
func TestPartialInSecondClause(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "The fund could only be spent on food.\n\nKestrel’s Tomas Reyke called the proposal “a step in the right direction” but said it was “too small and too conditional.” Reyke added that more was needed."
	d := seg.Segment(in)
	checkDoc(t, in, d)
	for _, q := range d.Quotes {
		if q.Kind == Partial && q.Speaker != "Tomas Reyke" {
			t.Errorf("partial %q by %q, want Tomas Reyke", in[q.Start:q.End], q.Speaker)
		}
	}
}

// TestSubheadAfterQuote: a subhead that an archive ran into the paragraph
// between dashes ("– A life on the quay –") names no speaker of the quote
// before it, as "— Rivera" would.
func TestSubheadAfterQuote(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Ana Ode has run the port for a decade.  “We will not move,” Ode said at the quay.  “The port is ours, and it will stay ours.”  – A life on the quay –  Ode, who lives in Kell, started as a crane driver."
	d := seg.Segment(in)
	checkDoc(t, in, d)
	for _, q := range d.Quotes {
		if strings.Contains(in[q.Start:q.End], "The port is ours") && q.Speaker != "Ana Ode" {
			t.Errorf("quote %q by %q, want Ana Ode", in[q.Start:q.End], q.Speaker)
		}
	}
}

// TestTheyWithoutGroup: "they" with no group speaking before it stands for
// the plural subject of the sentence just before: two names joined by
// "and" or a plural noun, not a thing.
func TestTheyWithoutGroup(t *testing.T) {
	seg := newTestSegmenter(t)
	for _, tc := range []struct{ in, want string }{
		{"Hundreds of dockers walked out in Kellton on Monday.\n\n“We are not going back until the cranes are fixed,” they said.", "dockers"},
		{"Ana Ode and Ivo Lund met the strikers on Tuesday. They said the talks had gone well.", "Ana Ode and Ivo Lund"},
		{"The two firms filed papers on Friday. “We expect the deal to close in May,” they said in a joint statement.", "two firms"},
		{"But port workers rejected the offer. “It is an insult,” they said.", "port workers"},
		{"The talks broke down on Friday. “We tried,” they said.", ""},
	} {
		d := seg.Segment(tc.in)
		checkDoc(t, tc.in, d)
		if len(d.Quotes) == 0 {
			t.Errorf("%q: no quote", tc.in)
			continue
		}
		if q := d.Quotes[len(d.Quotes)-1]; q.Speaker != tc.want {
			t.Errorf("%q: speaker %q, want %q", tc.in, q.Speaker, tc.want)
		}
	}
}

// TestPlaceIsNoPerson: a place whose name ends in a street or landmark
// word (Quarry Lane, Gull Point) is no person a pronoun stands for; after
// a given name, the same word is a surname (Diane Lane).
func TestPlaceIsNoPerson(t *testing.T) {
	seg := newTestSegmenter(t)
	for _, tc := range []struct{ in, want string }{
		{"Anselm Roke has built boats for 46 years in a shed at the end of Quarry Lane.\n\n“Cedar tells you when it is ready,” he says.", "Anselm Roke"},
		{"Leonard Fisk died on Saturday at his home in Gull Point. He was 88.\n\n“Keep the coffee hot,” he told his crew every morning.", "Leonard Fisk"},
		{"Diane Lane won the award.\n\n“It was cold,” she said.", "Diane Lane"},
		{"Justice Ruth Vell spoke last week.\n\nIn a later interview, she joked about moving to Nova Tessaly if Lund wins. She went further on Tuesday. “He is a faker,” she said.", "Ruth Vell"},
		{"Justice Ruth Vell spoke last week.\n\nShe talked of a trip to Nova Tessaly with her son. “He is a faker,” she said.", "Ruth Vell"},
		{"Ivo Lund chairs the board.\n\nMembers of the Organisation of Crude Exporting Nations met on Sunday. “We will cut,” he said.", "Ivo Lund"},
	} {
		d := seg.Segment(tc.in)
		checkDoc(t, tc.in, d)
		if len(d.Quotes) == 0 || d.Quotes[len(d.Quotes)-1].Speaker != tc.want {
			t.Errorf("%q: quotes %+v, want the last by %q", tc.in, d.Quotes, tc.want)
		}
	}
}

// TestCompanyIsNoPerson: a name that ends in a word of business or sport
// (Terminals, Rovers, Bakery) is an organisation, which he or she never
// stands for.
func TestCompanyIsNoPerson(t *testing.T) {
	seg := newTestSegmenter(t)
	for _, in := range []string{
		"Kessler Terminals rejected that account.\n\n“Refrigerated boxes cannot wait forever,” she said.",
		"Wexmoor Town beat Brackendale Rovers 3-2 on Saturday.\n\n“Everybody in the ground saw it,” he said.",
		"Second Rise Bakery opened in May.\n\n“I nearly did not turn up,” he said.",
		"Maud Pennick runs the Regal.\n\nThe lease is held by Fenmarch Estates. She says she will stay. “It is my cinema,” she said.",
	} {
		d := seg.Segment(in)
		checkDoc(t, in, d)
		for _, q := range d.Quotes {
			if strings.Contains(q.Speaker, "Terminals") || strings.Contains(q.Speaker, "Rovers") || strings.Contains(q.Speaker, "Bakery") || strings.Contains(q.Speaker, "Estates") {
				t.Errorf("%q: speaker %q", in, q.Speaker)
			}
		}
	}
}

// TestReadAsIsNoCue: "read as" tells how words were understood, so the
// ones who read them so are not their speakers.
func TestReadAsIsNoCue(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "The bank dropped a line that had described the risks as “broadly balanced”, a change several analysts read as a hawkish tilt."
	d := seg.Segment(in)
	checkDoc(t, in, d)
	for _, q := range d.Quotes {
		if strings.Contains(q.Speaker, "analysts") {
			t.Errorf("quote %q by %q", in[q.Start:q.End], q.Speaker)
		}
	}
}

// TestReferredToAs: "referred to X as “…”" names X in the subject's words,
// as "called X “…”" does; "referred the case to" and a base form that
// opens the sentence ("State broadcaster …") report nothing.
func TestReferredToAs(t *testing.T) {
	seg := newTestSegmenter(t)
	for _, c := range []struct{ in, quote, speaker string }{
		{"Protests spread.\n\nThe rally began at noon. State broadcaster Radio Velta referred to the protesters as “foreign-funded agitators.”", "foreign-funded agitators", "Radio Velta"},
		{"The council met.\n\nMayor Ilse Brandt referred to the plan as “a gift to landlords” and left.", "a gift to landlords", "Ilse Brandt"},
		{"The council met.\n\nThe judge referred the case to a higher court, calling it “unusually complex.”", "unusually complex", "judge"},
	} {
		d := seg.Segment(c.in)
		checkDoc(t, c.in, d)
		found := false
		for _, q := range d.Quotes {
			if q.Kind == Partial && strings.Contains(c.in[q.Start:q.End], c.quote) {
				found = true
				if q.Speaker != c.speaker {
					t.Errorf("%q: partial %q by %q, want %q", c.in, c.in[q.Start:q.End], q.Speaker, c.speaker)
				}
				if cue := c.in[q.Cue.Start:q.Cue.End]; cue == "State" || cue == "referred" && strings.Contains(c.in, "the case") {
					t.Errorf("%q: cue %q", c.in, cue)
				}
			}
		}
		if !found {
			t.Errorf("%q: no partial quote %q", c.in, c.quote)
		}
	}
}

// TestForOpenerIsTheTopic: a person named in an opening "For X," phrase
// with no one named after it is whom a following "she" stands for; with
// someone named after the phrase, the subject goes first as before.
func TestForOpenerIsTheTopic(t *testing.T) {
	seg := newTestSegmenter(t)
	for _, c := range []struct{ open, speaker string }{
		{"For Dana Whitlow, the coach, the loss was painful.", "Dana Whitlow"},
		{"For coach Dana Whitlow, the loss was painful.", "Dana Whitlow"},
		{"In an interview with Dana Whitlow, Mara Lind was blunt.", "Mara Lind"},
	} {
		checkSpeaker(t, seg, "Loss\n\nJudge Mara Lind said the club had misled fans.\n\n"+c.open+" “It hurts,” she said.\n", "It hurts", c.speaker)
	}
}

// TestOrgAppositiveTakesNoShe: a one-word name set off as "the ride-hailing
// company" is an organisation, which "she" does not stand for; one set off
// as "the head of the agency" is still a person.
func TestOrgAppositiveTakesNoShe(t *testing.T) {
	seg := newTestSegmenter(t)
	for _, c := range []struct{ set, speaker string }{
		{"Hoppa, the ride-hailing company,", "Mara Lind"},
		{"Odevane, the head of the agency,", "Odevane"},
	} {
		in := "Fine upheld\n\nJudge Mara Lind said the app had misled drivers.\n\n" + c.set + " said it would appeal. “We disagree with the ruling,” she said.\n"
		checkSpeaker(t, seg, in, "We disagree", c.speaker)
	}
}

// TestOrgNameWithAnd: a body whose name holds "and" is named whole, not
// from its "and" on; two bodies joined by "and", or a person and a body,
// are not run together.
func TestOrgNameWithAnd(t *testing.T) {
	seg := newTestSegmenter(t)
	for _, c := range []struct{ in, speaker string }{
		{"Officials from Immigration and Customs Enforcement said the raid was lawful.", "Immigration and Customs Enforcement"},
		{"The Varnia Department of Health and Human Services said the rule would stand.", "Varnia Department of Health and Human Services"},
		{"The United Nations and European Union said the vote was fair.", "European Union"},
		{"The Ministry of Defence and Coast Guard Command said the ship was sunk.", "Coast Guard Command"},
		{"Maria and Customs Enforcement said the raid was lawful.", "Customs Enforcement"},
	} {
		checkSpeaker(t, seg, "Raid\n\n"+c.in, "", c.speaker, Indirect)
	}
}

// TestRoleInOrgName: a role word inside a body's capitalised name ("Dock
// Workers Union") is part of the name, not a title stripped from it.
func TestRoleInOrgName(t *testing.T) {
	seg := newTestSegmenter(t)
	for _, c := range []struct{ in, speaker string }{
		{"The Dock Workers Union said it would review the deal.", "Dock Workers Union"},
		{"The Harbour Teachers Federation said the strike would go on.", "Harbour Teachers Federation"},
		{"Port director Henrik Olle said the berth would reopen.", "Henrik Olle"},
		{"General Motors said the plant would close in the spring.", "General Motors"},
		{"Kell General Hospital said the patient was stable.", "Kell General Hospital"},
		{"General Ana Ode said the troops would stay in the north.", "Ana Ode"},
	} {
		checkSpeaker(t, seg, "Deal\n\n"+c.in, "", c.speaker, Indirect)
	}
}

// TestQuoteAfterIntroduction: a quote that fills its paragraph with no
// attribution is the person the paragraph before brings on as its last
// sentence's subject, when that paragraph holds no quote; not someone
// named after the verb, and not an owner.
func TestQuoteAfterIntroduction(t *testing.T) {
	seg := newTestSegmenter(t)
	for _, c := range []struct{ before, speaker string }{
		{"Jonah Pike, 16, spent the afternoon unloading water from a church van.", "Jonah Pike"},
		{"Back at the gate, foreman Tomas Reyhani poured coffee for the pickets.", "Tomas Reyhani"},
		{"Dols's teammate Hanne Ostrovsky visited her in hospital.", "Hanne Ostrovsky"},
		{"At the union's request, the council issued a statement thanking Tomas Reyhani for his patience.", "council"}, // the statement's words
		{"Ilse Brandt has long attacked the so-called “paper levee” plan. She returned to that theme on Tuesday.", "Ilse Brandt"},
	} {
		in := "Flood\n\nThe river rose all night. Mayor Ilse Brandt ordered the evacuation.\n\n" + c.before + "\n\n“My school is the shelter now. At least everybody is in one place.”\n\nThe water fell on Friday."
		checkSpeaker(t, seg, in, "My school", c.speaker)
	}
}

// TestAnonymousSourceClause: a source who "asked not to be named because
// …" speaks through the clause that describes them, whose words (the
// courts, the talks) are not the subject of the sentence's verb.
func TestAnonymousSourceClause(t *testing.T) {
	seg := newTestSegmenter(t)
	for _, c := range []struct{ in, speaker string }{
		{"A senior official who asked not to be named because the case is before the courts said the network had targeted engineers.", "senior official"},
		{"A diplomat who spoke on condition of anonymity because he was not authorised to brief reporters said the talks had stalled.", "diplomat"},
		{"A man who gave his name only as Desmond shouted that the council was selling the waterfront.", "Desmond"},
		{"A lawmaker who voted for the bill, speaking on condition of anonymity, said colleagues had doubts.", "lawmaker"},
		{"A Western diplomat who has been briefed on the talks, and who spoke on condition of anonymity, said the delegation had signalled flexibility.", "Western diplomat"},
	} {
		checkSpeaker(t, seg, "Case\n\n"+c.in, "", c.speaker, Indirect)
	}
}

// TestQuotedAsAndColonPronoun: "she is quoted as saying" gives the quote
// to the subject of the passive; a line ending in a colon whose subject
// is a pronoun after an opening phrase gives the next quote to it; an
// adverb that opens such a line ("Outside,") names no one.
func TestQuotedAsAndColonPronoun(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Summit\n\nThe leaders signed the deal. Outside, the crowd greeted the news with a new chant: “Now pay it!”\n\n" +
		"A nurse identified only as Lina described the walk.\n\n“On the bad days I make the trip four times,” she is quoted as saying.\n\n" +
		"Harl Vesk rakes salt on the flats.\n\nThen, leaning on his rake, he delivers a verdict on the port:\n\n“They think salt is a thing you buy in a shop.”\n"
	checkSpeaker(t, seg, in, "Now pay it", "")
	checkSpeaker(t, seg, in, "On the bad days", "Lina")
	checkSpeaker(t, seg, in, "They think salt", "Harl Vesk")
}

// TestParticiplePhraseSubject: people described by a phrase in -ing
// before the verb ("Police investigating a fire that destroyed a
// warehouse said") speak, not the phrase's last noun; "during", "nothing"
// and a sentence that opens with a verb ("Try …") have no such phrase.
func TestParticiplePhraseSubject(t *testing.T) {
	seg := newTestSegmenter(t)
	for _, c := range []struct{ in, speaker string }{
		{"Police investigating a fire that destroyed a warehouse on Sunday said they were treating the blaze as arson.", "police"},
		{"Officials overseeing the count have repeatedly said turnout was high.", "officials"},
		{"Democrats trying to win back the Senate say they have a new weapon.", "Democrats"},
		{"But during the roll call, states are called in order, Ana Ode noted.", "Ana Ode"},
	} {
		checkSpeaker(t, seg, "Fire\n\n"+c.in, "", c.speaker, Indirect)
	}
}

// TestRoleNameAndGender: a name set off after a possessive role speaks
// ("Tavrin’s president, Iskra Dobrin, opened …"); "Its foreign ministry"
// is a body that speaks; and "he" after "Jessica Lund replaced Tomas
// Berg" is Berg, since the subject is a woman.
func TestRoleNameAndGender(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Summit\n\nTavrin’s president, Iskra Dobrin, opened the plenary by telling delegates that the summit would not end “until there is money on the table.”",
		"money on the table", "Iskra Dobrin", Partial)
	checkSpeaker(t, seg, "Spy row\n\nBraskovia reacted furiously. Its foreign ministry summoned the ambassador and said the accusations were “fabricated from start to finish.”",
		"fabricated", "Its foreign ministry", Partial)
	checkSpeaker(t, seg, "Station\n\nOmar Feld ran the station for a decade.\n\nAfter the vote, Jessica Lund replaced Tomas Berg as chair. “I will miss it,” he said.",
		"I will miss it", "Tomas Berg", Direct)
}

// TestDocumentSpeaksWhenNoIssuer: a document whose issuer the text does
// not name speaks as itself; one whose issuer it names speaks as that.
func TestDocumentSpeaksWhenNoIssuer(t *testing.T) {
	seg := newTestSegmenter(t)
	for _, c := range []struct{ in, speaker string }{
		{"Clinics\n\nThe report found that nearly half the clinics relied on trucks for water.", "report"},
		{"Border\n\n«The error rate is eight times higher,» the memo reads.", "memo"},
		{"Clinics\n\nThe Harbour Health Trust published a report on Monday. The report found that nearly half the clinics relied on trucks.", "Harbour Health Trust"},
	} {
		d := seg.Segment(c.in)
		checkDoc(t, c.in, d)
		if len(d.Quotes) == 0 {
			t.Errorf("%q: no quote", c.in)
		}
		for _, q := range d.Quotes {
			if q.Speaker != c.speaker {
				t.Errorf("%q: %q by %q, want %q", c.in, c.in[q.Start:q.End], q.Speaker, c.speaker)
			}
		}
	}
}

// TestItIsTheDocumentBefore: "It" after a sentence that opens with a
// document ("Solm’s memo is unusually frank.") is that document, whose
// reported words are kept, not dropped as an "it" that stands for no one;
// a named writer's document speaks for the writer.
func TestItIsTheDocumentBefore(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Memo\n\nSolm’s memo is unusually frank. It describes the tests as “not representative of real conditions.”\n\nIt also states that error rates were higher for older travellers."
	d := seg.Segment(in)
	checkDoc(t, in, d)
	n := 0
	for _, q := range d.Quotes {
		if q.Speaker != "Solm" {
			t.Errorf("%q by %q, want Solm", in[q.Start:q.End], q.Speaker)
		}
		n++
	}
	if n < 3 {
		t.Errorf("%d quotes, want the reported clause, its partial quote and the second clause", n)
	}
	// an "it" with no document or organisation before it reports nothing
	in = "Weather\n\nThe storm moved east. It feels like the port will close."
	if d := seg.Segment(in); len(d.Quotes) != 0 {
		t.Errorf("it feels like: %d quotes, want none", len(d.Quotes))
	}
}

// TestParticipleSentenceAfterQuote: a sentence that opens with its own
// participle's phrase after a quote that ended its sentence ("Listing the
// ventures she added, …") is not that quote's attribution, so the quote
// stays the follow-on of the one before.
func TestParticipleSentenceAfterQuote(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Rally\n\nAna Ode spoke on Saturday. “The salespeople would focus on money,” Ode said. “Then they would push students to max out their cards.”  Listing several of Lund’s ventures she added, Lund is a proven failure.”  The crowd cheered."
	d := seg.Segment(in)
	checkDoc(t, in, d)
	for _, q := range d.Quotes {
		if strings.Contains(in[q.Start:q.End], "Then they would") || strings.Contains(in[q.Start:q.End], "salespeople") {
			if !strings.Contains(in[q.Start:q.End], "salespeople") || q.Speaker != "Ana Ode" {
				t.Errorf("%q by %q, want one quote of both sentences by Ana Ode", in[q.Start:q.End], q.Speaker)
			}
		}
	}
}

// TestLowerCaseRoleNamedLater: "a judge" and "the state's premier" inside
// a sentence are the person the article names with that role later; "the
// police report" is no role.
func TestLowerCaseRoleNamedLater(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Driver jailed\n\nA driver was jailed for eight years after a judge told him his “utter selfishness” had destroyed a family.\n\nSentencing him on Friday, Judge Rosalind Acheson said the case was grave.",
		"utter selfishness", "Rosalind Acheson", Partial)
	checkSpeaker(t, seg, "Rebuild\n\nA month after the fire, the state's premier has promised residents they “will not be forgotten.”\n\nPremier Deborah Kellaway, who visited on Thursday, announced a recovery package.",
		"will not be forgotten", "Deborah Kellaway", Partial)
}

// TestTitleWithOfAndBriefing: "Chief of Police Marisol Dunleavy" holds the
// role "Chief of Police", so "the chief" is her and "Police said" is the
// force; "in a video briefing that" is a noun, not a cue of its own.
func TestTitleWithOfAndBriefing(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Shooting\n\nChief of Police Marisol Dunleavy asked for calm.\n\nPolice said officers had pulled over his car.\n\n“We want the same thing,” the chief said.\n\n" +
		"The agency met on Monday. Its director, Dr. Henrik Solberg, told reporters in a video briefing that the situation was “serious but manageable.”"
	checkSpeaker(t, seg, in, "officers had pulled", "police", Indirect)
	checkSpeaker(t, seg, in, "We want the same", "Marisol Dunleavy", Direct)
	checkSpeaker(t, seg, in, "serious but manageable", "Henrik Solberg", Partial)
}

// TestKinNamedBefore: "His daughter said" after "His daughter, Clara
// Salomir," is Clara Salomir, and so is the "she" of the quotes after it,
// though another woman is named between.
func TestKinNamedBefore(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Obituary\n\nEdvard Salomir died on Sunday. His daughter, Clara Salomir, said the cause was heart failure.\n\n" +
		"In addition to his daughter and son, he is survived by a sister, Magda Orlik.\n\n" +
		"His daughter said the family would hold a private funeral. She added that her father had left instructions.\n\n“Of course he did,” she said."
	d := seg.Segment(in)
	checkDoc(t, in, d)
	n := 0
	for _, q := range d.Quotes {
		if strings.Contains(in[q.Start:q.End], "private funeral") || strings.Contains(in[q.Start:q.End], "instructions") || strings.Contains(in[q.Start:q.End], "Of course") {
			n++
			if q.Speaker != "Clara Salomir" {
				t.Errorf("%q by %q, want Clara Salomir", in[q.Start:q.End], q.Speaker)
			}
		}
	}
	if n != 3 {
		t.Errorf("%d quotes, want 3", n)
	}
}

// TestAnotherRoleColonLine: "Another official was blunter:" gives the
// quote after it to that official, as "One official was" does.
func TestAnotherRoleColonLine(t *testing.T) {
	seg := newTestSegmenter(t)
	for _, w := range []string{"One", "Another"} {
		in := "Budget\n\nThe minister spoke first. " + w + " official was blunter: “If we are still sitting here on the 19th, we lose the suburbs.”"
		d := seg.Segment(in)
		checkDoc(t, in, d)
		if len(d.Quotes) != 1 || d.Quotes[0].Speaker != w+" official" {
			t.Errorf("%s: got %+v", w, d.Quotes)
		}
	}
}

// TestPronounsDocument: "Her 2015 essay described …" is the writing of the
// woman "her" stands for.
func TestPronounsDocument(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Judge\n\nMargit Aalto has long criticised the judge.\n\nHer 2015 essay described his opinions as “beautifully written and frequently wrong.”"
	checkSpeaker(t, seg, in, "beautifully written", "Margit Aalto", Partial)
}

// TestGivenNameOnly: a person set off as ", who gave her name only as
// Leyla," is Leyla, and so is the "she" of the quote after.
func TestGivenNameOnly(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Camp\n\nA woman in the next tent, who gave her name only as Leyla, said she had sold her wedding ring.\n\n“They told us the border was open,” she said."
	checkSpeaker(t, seg, in, "wedding ring", "Leyla", Indirect)
	checkSpeaker(t, seg, in, "border was open", "Leyla", Direct)
}

// TestParticipleAfterAppositive: "…,” said Ana Ode, the harbour master,
// adding that …" reports her words after the appositive too.
func TestParticipleAfterAppositive(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Port\n\n“We are closing the port,” said Ana Ode, the harbour master, adding that ships would be diverted.", "ships would be diverted", "Ana Ode", Indirect)
}

// TestPossessiveInName: the apostrophe of "the Dockers’ Guild" inside an
// appositive is no closing quote mark; one that closes a quote is.
func TestPossessiveInName(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Port\n\nMara Vell, an organiser with the Dockers’ Guild, said crews had heard of the sale on the radio.", "crews had heard", "Mara Vell", Indirect)
	checkSpeaker(t, seg, "Port\n\nTobin Hale, a steward at the Pilots' Association, said the tugs would stay in port.", "tugs would stay", "Tobin Hale", Indirect)
}

// TestWhereSetOff: a where-clause set off after the speaker's place ("of
// Brenton, where …,") is passed over to the speaker.
func TestWhereSetOff(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Floods\n\nCouncillor Ivo Marsh of Brenton, where the flooding was worst, said sandbags had run out by noon.", "sandbags had run out", "Ivo Marsh", Indirect)
}

// TestCoordinatedAfterRelative: "X, who …, welcomed the ruling but said
// …": the relative clause closed before the first verb, so "said" is
// X's.
func TestCoordinatedAfterRelative(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Ruling\n\nTenants, who have fought the landlord for three years, welcomed the ruling but said it came too late for many families.", "came too late", "tenants", Indirect)
}

// TestProgressiveReport: a reporting verb in the progressive ("are
// warning that") reports its clause; "There have been telling signs" and
// a naming verb's object do not.
func TestProgressiveReport(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Floods\n\nRiver wardens are warning that the embankment at Sorrel Bend could fail within days.", "the embankment", "River wardens", Indirect)
	checkSpeaker(t, seg, "Envoy\n\nState radio was reporting that the envoy had been recalled to Brenz.", "the envoy had been recalled", "State radio", Indirect)
	for _, in := range []string{
		"Signs\n\nThere have already been telling signs that the coalition is fraying at the edges.",
		"Change\n\nJust after the verdict, the senator was calling for a review of every case the judge had heard.",
	} {
		for _, q := range seg.Segment(in).Quotes {
			t.Errorf("%q: %s quote %q by %q", in, q.Kind, in[q.Start:q.End], q.Speaker)
		}
	}
}

// TestRestrictiveRelative: "Witnesses who saw the crash said …" is the
// witnesses' report, not the crash's, and a relative clause's own
// reporting verb ("who asked not to be named") gives way to the
// sentence's.
func TestRestrictiveRelative(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Crash\n\nWitnesses who saw the crash said the lorry had run a red light.", "the lorry had run", "witnesses", Indirect)
	checkSpeaker(t, seg, "Dam\n\nA farmer who asked not to be named said the dam had failed before dawn.", "the dam had failed", "farmer", Indirect)
}

// TestRestrictiveRelativeDirect: the same reading before a direct quote,
// and not past a clause that has a subject of its own ("recalled that he
// said").
func TestRestrictiveRelativeDirect(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Crash\n\nThe lorry hit a bus on Friday.\n\nWitnesses who saw the crash said: “The lorry never slowed down.”", "never slowed down", "witnesses", Direct)
	checkSpeaker(t, seg, "Threat\n\nIvo Brandt was charged on Monday.\n\nThe clerk who took the call recalled that he said, “You will regret this.”", "regret this", "Ivo Brandt", Direct)
}

// TestPeopleOfPlace: people named by a role and their place speak, not
// the place ("Villagers from Tarn said", "Residents of Marsh End said").
func TestPeopleOfPlace(t *testing.T) {
	seg := newTestSegmenter(t)
	const lead = "Floods\n\nThe river burst its banks on Friday.\n\n"
	checkSpeaker(t, seg, lead+"Villagers from Tarn said the water rose within minutes.", "the water rose", "villagers", Indirect)
	checkSpeaker(t, seg, lead+"Residents of Marsh End said the water rose within minutes.", "the water rose", "residents", Indirect)
	checkSpeaker(t, seg, lead+"Farmers near Tarn said the water rose within minutes.", "the water rose", "farmers", Indirect)
}

// TestThatRelative: "The agency that runs the port said …" is the
// agency's report, not the port's.
func TestThatRelative(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Port\n\nThe storm closed the port on Friday.\n\nThe agency that runs the port said the berths would reopen on Monday.", "the berths would reopen", "agency", Indirect)
}

// TestIndefiniteRole: "One ambassador from a country that …" is not the
// ambassador named before, and a verb inside a clause set off by commas
// ("…, which calls itself …,") does not stop the sentence's own verb,
// whose speaker is the name the body calls itself.
func TestIndefiniteRole(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Vote\n\n“The principle holds,” Ambassador Teodora Lind told the assembly.\n\nOne ambassador from a country that voted in favour said the size of the abstention bloc was worrying."
	checkSpeaker(t, seg, in, "abstention bloc", "One ambassador from a country", Indirect)
	checkSpeaker(t, seg, "Hostages\n\nThe group that held the workers, which calls itself the Highland Front, said in a message that it had freed them.", "it had freed them", "Highland Front", Indirect)
	checkSpeaker(t, seg, "Hostages\n\nThe armed group, which calls itself the Highland Front, said in a statement that it had freed them. It described the release as a “gesture to the mothers of the valley”.", "gesture to the mothers", "Highland Front", Partial)
}

// TestOfTheDescribedParty: "Ana Ode of the ruling Unity Party said" is
// Ana Ode's report; the word that describes the party does not cut the
// name off.
func TestOfTheDescribedParty(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Vote\n\nAna Ode of the ruling Unity Party said the vote would go ahead.", "the vote would go ahead", "Ana Ode", Indirect)
}

// TestCompanyNamedAfterNoun: "the social-media company Chirpline" makes
// Chirpline a company, which "the company" then stands for.
func TestCompanyNamedAfterNoun(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Fine\n\nThe regulator fined the social-media company Chirpline on Thursday.\n\n“We disagree,” the company said in a statement.", "We disagree", "Chirpline", Direct)
}

// TestPointsOut: "points out that" reports; "percentage points" does not.
func TestPointsOut(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Ferries\n\nFiona Rathbone points out that the operator paid a dividend of £11 million last year.", "the operator paid", "Fiona Rathbone", Indirect)
	in := "Poll\n\nThe margin of error is plus or minus 3.4 percentage points for the full sample of voters."
	for _, q := range seg.Segment(in).Quotes {
		t.Errorf("%q: %s quote %q", in, q.Kind, in[q.Start:q.End])
	}
}

// TestPartialOnSecondClauseVerb: a partial quote in the second clause of a
// sentence is the clause's speaker's, as the clause is.
func TestPartialOnSecondClauseVerb(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Ferries\n\nFiona Rathbone, the union’s secretary, reads the numbers differently. She points out that Calder Marine paid a dividend of £11 million last year, and she describes the new roster as “a safety problem dressed up as an efficiency.”"
	checkSpeaker(t, seg, in, "safety problem", "Fiona Rathbone", Partial)
}

// TestPronounsWordsBeforeColon: "Her answer is blunt: “…”" is the quote
// of the woman "her" stands for.
func TestPronounsWordsBeforeColon(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Ferries\n\nCaptain Signe Halloran has crossed the sound for 20 years.\n\nAsk her whether she will join the strike, and her answer is blunt: “No. But nobody asked the crews either.”"
	checkSpeaker(t, seg, in, "nobody asked", "Signe Halloran", Direct)
}

// TestOnePersonAtWorkplace: "A former manager at Castellan Bank told
// jurors …" is the manager's testimony, not the bank's statement.
func TestOnePersonAtWorkplace(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Trial\n\nA former treasury manager at Castellan Federal Bank told jurors on Wednesday that she had hidden the losses.", "she had hidden", "former treasury manager", Indirect)
}

// TestDescribedAfterTitle: "described the drills, code-named “Iron
// Tide,” as …" reports how, the title's words and marks between.
func TestDescribedAfterTitle(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Drills\n\nThe Defence Ministry issued a statement on Monday. It described the naval exercises, code-named “Iron Tide,” as a rehearsal for war and warned that its units were ready.", "a rehearsal for war", "Defence Ministry", Indirect)
}

// TestPutIt: "Ode put it bluntly: “…”" is Ode's quote; "put it on the
// table" names how nothing was said.
func TestPutIt(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Floods\n\nThe river burst its banks on Friday.\n\nMayor Ana Ode put it bluntly: “We were not ready.”", "not ready", "Ana Ode", Direct)
	checkSpeaker(t, seg, "Floods\n\nThe river burst its banks on Friday.\n\nAs one nurse put it: “We were not ready.”", "not ready", "one nurse", Direct)
}

// TestCompanyNames: "Western Ridge Power & Light" is one firm's name,
// "Lumora Devices" a firm's, and an agency named "jointly with" is no
// one's workplace: "the company" and "the agency" stand for them.
func TestCompanyNames(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Fire\n\nWestern Ridge Power & Light, which operates the line, said Thursday that its equipment did not cause the fire. In a written statement, the company said its systems had recorded no faults."
	checkSpeaker(t, seg, in, "its equipment", "Western Ridge Power & Light", Indirect)
	checkSpeaker(t, seg, in, "recorded no faults", "Western Ridge Power & Light", Indirect)
	checkSpeaker(t, seg, "Recall\n\nLumora Devices is recalling 2.3 million power banks.\n\nThe company said it had received 87 reports of overheating.", "87 reports", "Lumora Devices", Indirect)
	checkSpeaker(t, seg, "Recall\n\nThe recall, announced jointly with the National Product Safety Commission, covers every unit.\n\nIn a statement, the agency said Lumora had waited too long.", "waited too long", "National Product Safety Commission", Indirect)
}

// TestGivenNameWithAge: "Bea, 81," names a person by her given name
// alone, whom "she" stands for after.
func TestGivenNameWithAge(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Shelter\n\nFire chief Dana Kowalczyk said the blaze had spread overnight.\n\nTwo cots away, Bea, 81, was working on a crossword puzzle.\n\n“It doesn’t help to see the pictures,” she said."
	checkSpeaker(t, seg, in, "see the pictures", "Bea", Direct)
}

// TestAdverbBeforeAnd: "before" that ends a clause ("evacuated twice
// before, in 2008, and said") is an adverb, which opens no clause to
// take the subject from.
func TestAdverbBeforeAnd(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Shelter\n\nIvy Lund, 81, was working on a crossword. She had been evacuated twice before, in 2008 and 2017, and said she had learned not to watch the news.", "not to watch the news", "Ivy Lund", Indirect)
}

// TestDemonstrativeInSubject: "Residents of that road said …": "that"
// after a preposition points at the road, it opens no clause.
func TestDemonstrativeInSubject(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Fire\n\nThe fire began near a power line off Copper Gulch Road. Several residents of that road said they heard a loud bang.", "heard a loud bang", "Several residents of that road", Indirect)
}

// TestClauseBeforeSecondVerb: "Ode said X, adding: “…”" and "Ode said X,
// but added: “…”" report X with said and quote with the second verb.
func TestClauseBeforeSecondVerb(t *testing.T) {
	seg := newTestSegmenter(t)
	for _, in := range []string{
		"Port\n\nThe harbour flooded on Friday.\n\nMayor Ana Ode said the port would reopen on Monday, adding: “We have no choice.”",
		"Port\n\nThe harbour flooded on Friday.\n\nMayor Ana Ode said the port would reopen on Monday, but added: “We have no choice.”",
	} {
		checkSpeaker(t, seg, in, "the port would reopen", "Ana Ode", Indirect)
		d := seg.Segment(in)
		for _, q := range d.Quotes {
			if q.Kind == Direct && in[q.Cue.Start:q.Cue.End] == "said" {
				t.Errorf("%q: the direct quote's cue is %q", in, in[q.Cue.Start:q.Cue.End])
			}
		}
	}
}

// TestInvertedSubjectPronoun: "Among the speakers was Greta Sorensen,
// who …. She told …": she is the person the inverted sentence is about,
// not the subject of an earlier one.
func TestInvertedSubjectPronoun(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Books\n\nBoard President Linda Farrow extended the session twice.\n\nAmong the speakers was Greta Sorensen, who has been the librarian for 17 years. She told the board the district already had a policy."
	checkSpeaker(t, seg, in, "already had a policy", "Greta Sorensen", Indirect)
}

// TestRoleSubjectPronoun: "The minister, for her part, dismissed it.
// ‘…,’ she said." — she is the minister the sentence before opens with,
// not the woman named last.
func TestRoleSubjectPronoun(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Budget\n\nFinance Minister Grace Hale presented the budget. Philippa Roe, the opposition leader, called it cruel.\n\nThe minister, for her part, dismissed the episode as theatre. ‘I have been heckled by better,’ she said."
	checkSpeaker(t, seg, in, "heckled by better", "Grace Hale", Direct)
}

// TestAcronymOfNamedBody: "the AHWU" after "the Allied Health Workers’
// Union" is that union, though the acronym was never given in brackets.
func TestAcronymOfNamedBody(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Strike\n\nTalks between the Allied Health Workers’ Union and the trust collapsed.\n\nIn a statement, the AHWU accused the trust of stalling."
	checkSpeaker(t, seg, in, "the trust of stalling", "Allied Health Workers’ Union", Indirect)
}

// TestPluralPossessiveInName: a body whose name holds a plural possessive
// ("the Kell Teachers’ Union") speaks by its whole name, with a curly or
// a straight apostrophe, while a single quote that closes on a plural
// before its speaker is still a quote.
func TestPluralPossessiveInName(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Strike\n\nThe Kell Teachers’ Union said the board should settle.", "the board should settle", "Kell Teachers’ Union", Indirect)
	checkSpeaker(t, seg, "Strike\n\nThe Ashbury Supporters' Trust urged the board to “hold its nerve” this summer.", "hold its nerve", "Ashbury Supporters' Trust", Partial)
	checkSpeaker(t, seg, "Strike\n\n‘We will not sign these papers’ Ode said on Monday.", "We will not sign these papers", "Ode", Direct)
}

// TestRoleNamedLater: a role whose holder the text names only later ("its
// governor" before "Governor Ingrid Halvorsen", "the chief executive"
// before "Isolde Varga, the chief executive,") speaks as that person.
func TestRoleNamedLater(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Bank holds rates\n\nThe central bank left its rate unchanged on Thursday, with its governor saying inflation had proved “stickier than we would like.”\n\nAt a press conference, Governor Ingrid Halvorsen said the krone had added to price pressures.", "stickier than", "Ingrid Halvorsen", Partial)
	checkSpeaker(t, seg, "Lumora unveils translator\n\nLumora on Tuesday unveiled the Parley, in what the chief executive called “the most important thing we have ever shipped.”\n\nIsolde Varga, the chief executive, said it was ready.", "most important", "Isolde Varga", Partial)
}

// TestVerbEndsSubject: a past verb and its preposition's object are not
// part of the subject a participle after them looks back for, and a role
// set off before the name is no clause of the name's verb.
func TestVerbEndsSubject(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Strike looms\n\nThe company's chief operating officer, Martin Haverley, wrote to staff on Wednesday urging them to \"think carefully about the impact on colleagues.\""
	checkSpeaker(t, seg, in, "think carefully", "Martin Haverley", Partial)
	for _, q := range seg.Segment(in).Quotes {
		if q.Kind == Indirect && strings.Contains(in[q.Start:q.End], "operating officer") {
			t.Errorf("the role before the name read as a clause: %q", in[q.Start:q.End])
		}
	}
	checkSpeaker(t, seg, "Talks\n\nOne mediator involved in the negotiations said the two sides were “closer than they admit.”", "closer than", "One mediator", Partial)
}

// TestTailBeforeParticiple: after a question that ends its sentence, a
// short attribution whose verb a comma and a participle's phrase follow
// ("“…?” Brand replied, before adding that …") is the quote's, and the
// quote is not run into the question asked in the paragraph before.
func TestTailBeforeParticiple(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Talks stall\n\nIvo Lund said: “Will Varnia be back at the table next week?”\n\n“Why should we come back to be insulted?” Brand replied, before adding that he would go."
	checkSpeaker(t, seg, in, "Why should we", "Brand", Direct)
	checkSpeaker(t, seg, in, "Will Varnia", "Ivo Lund", Direct)
	for _, q := range seg.Segment(in).Quotes {
		if q.Kind == Direct && strings.Contains(in[q.Start:q.End], "Will Varnia") && strings.Contains(in[q.Start:q.End], "insulted") {
			t.Errorf("question and answer run together: %q", in[q.Start:q.End])
		}
	}
}

// TestAsideAndDocumentSubject: an aside set off by dashes between the
// subject and its verb is no part of either, and a document noun in -ing
// ("The filing describes …") is a subject, not a verb's modifier.
func TestAsideAndDocumentSubject(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Talks\n\nHours earlier in the capital, the speaker of parliament, Nadia Haddad — no relation — told lawmakers that any deal would be “dead on arrival” in the chamber.", "dead on arrival", "Nadia Haddad", Partial)
	checkSpeaker(t, seg, "Recall\n\nThe filing describes the fault as “a variance at a single supplier” and says the firm knew in May.", "a variance at", "filing", Partial)
}

// TestAgeEpithetOfSubject: "the 21-year-old" with no age given before is
// the person the sentence before opens with, not the last speaker.
func TestAgeEpithetOfSubject(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Match\n\nChidi Okafor headed a winner.\n\nSteve Gallacher said Okafor had been \"itching to get on\" since the warm-up.\n\nOkafor, who joined on loan in January, was mobbed by team-mates at the final whistle.\n\n\"Honestly, I did not even see it go in,\" the 21-year-old told reporters."
	checkSpeaker(t, seg, in, "did not even see", "Chidi Okafor", Direct)
}

// TestSecondClausePronounAndBodyName: a partial quote in "… and said …"
// after a clause whose subject is a pronoun takes that pronoun's speaker,
// and "he" after "A spokesman for the Department for Environment" is the
// whole body's name.
func TestSecondClausePronounAndBodyName(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Schools\n\nThe Kell Parents’ Alliance met on Monday. In a statement, it accused the council of “balancing the books” and said the consultation had been “rushed through in the hope that nobody would notice.”", "rushed through", "Kell Parents’ Alliance", Partial)
	checkSpeaker(t, seg, "Schools\n\nThe Allied Health Workers’ Union met on Monday.\n\nIt said the plan was “rushed through.”", "rushed through", "Allied Health Workers’ Union", Partial)
	checkSpeaker(t, seg, "Water\n\nA spokesman for the Department for Environment said ministers were being kept informed. “We expect a full account,” he said.", "We expect", "Department for Environment", Direct)
}

// TestBodyPossessiveAndPluralThey: "the regulator’s final notice" is the
// regulator named before; "they" after a plural role that opens the
// sentence, its own or the one before, is that group.
func TestBodyPossessiveAndPluralThey(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Bank fined\n\nCastlereagh Bank has been fined by the Financial Services Conduct Authority.\n\nAccording to the regulator’s final notice, published on Wednesday, one customer received 23 calls in a single month.", "one customer received", "Financial Services Conduct Authority", Indirect)
	checkSpeaker(t, seg, "Mould\n\nResidents described visits from contractors who, they said, “paint over it and leave”.", "paint over it", "residents")
	checkSpeaker(t, seg, "Mould\n\nResidents met the board on Monday. They said the plan was “a disgrace”.", "a disgrace", "residents", Partial)
}

// TestPossessiveSubjectForPronoun: a known surname with a possessive that
// opens a sentence ("Malouf’s speech was interrupted") is whom a pronoun
// after it stands for, unless what is owned is a person ("Elliott’s
// father, the Rev. …").
func TestPossessiveSubjectForPronoun(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Oil\n\nPresident Idris Malouf spoke in the capital.\n\nMr. Ivo Lund said the market was calm.\n\nIn Bandar Suri, Malouf’s speech was interrupted several times.\n\n“They say this ship belongs to a criminal network,” he said.", "this ship", "Idris Malouf", Direct)
	checkSpeaker(t, seg, "Church\n\nAssistant pastor Charles Elliott III spoke first.\n\nElliott’s father, the Rev. Charles Elliott Jr., knew Ali for decades. “He fed this city,” he said.", "He fed", "Charles Elliott Jr.", Direct)
}

// TestPlaceModifierTimeAndFreeRelative: "A Rio Verde fifth-grader" names
// a place, not a speaker, and no clause before the name set off after it;
// "at the time" after a name is no part of it; the verb of a free
// relative inside an earlier verb's clause ("what the city asked of it:")
// is not the colon's attribution.
func TestPlaceModifierTimeAndFreeRelative(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Schools\n\nA Rio Verde fifth-grader, 10-year-old Sofia Ramírez, read from a letter she had written to the board. “Please don’t take away our school,” she read."
	checkSpeaker(t, seg, in, "Please don’t", "Sofia Ramírez", Direct)
	for _, q := range seg.Segment(in).Quotes {
		if q.Kind == Indirect {
			t.Errorf("%q: a clause where there is none: %q", in, in[q.Start:q.End])
		}
	}
	checkSpeaker(t, seg, "Race\n\nSheriff Dwayne Colquitt, 58, is seeking a third term. Teresa Mabry was dismissed in 2020 over what Colquitt at the time described as “a pattern of insubordination.”", "a pattern of", "Dwayne Colquitt", Partial)
	checkSpeaker(t, seg, "Zoning\n\nThe lone no vote came from Commissioner Nadia Farouk, who said the applicant had already done what the city asked of it: \"They submitted a traffic study.\"", "They submitted", "Nadia Farouk", Direct)
	checkSpeaker(t, seg, "Zoning\n\nAna Ode spoke. This is what the minister told reporters: \"They submitted a traffic study.\"", "They submitted", "minister", Direct)
}

// TestOpeningTimeAndObjectNoun: "Since then she has …" opens with a time
// and no comma before its subject, and "fielded angry calls" holds a noun,
// not a verb of naming.
func TestOpeningTimeAndObjectNoun(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Drought\n\nAna Ode took over in January. Since then she has presided over the cuts, fielded angry calls from farmers, and described her job as “mostly saying no.”", "mostly saying no", "Ana Ode", Partial)
}

// TestFormalRolesBeforeNames: roles written in capitals before a name set
// off by commas, as Nigerian and Indian papers write them, give the name;
// a bracketed second honorific is stripped; "the Commissioner" later is
// the one named after that role.
func TestFormalRolesBeforeNames(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Flood\n\nAddressing journalists on Tuesday, the Commissioner for Health and Human Services, Dr. (Mrs.) Ngozi Terseer-Agbo, said samples had been sent to Abuja.\n\n\"The vaccines are expected by Friday,\" the Commissioner said."
	checkSpeaker(t, seg, in, "samples had been", "Ngozi Terseer-Agbo", Indirect)
	checkSpeaker(t, seg, in, "The vaccines", "Ngozi Terseer-Agbo", Direct)
	checkSpeaker(t, seg, "Flood\n\nReacting, the Chief Press Secretary to the Governor, Mr. Sesugh Akaahan, described the statement as \"cheap politics\".", "cheap politics", "Sesugh Akaahan", Partial)
	checkSpeaker(t, seg, "Flood\n\nThe number of displaced persons \"may rise above 50,000\", according to the Executive Secretary of the State Emergency Management Agency, Dr. Emmanuel Ortese-Iyough.", "may rise above", "Emmanuel Ortese-Iyough", Partial)
	checkSpeaker(t, seg, "Flood\n\nFares will rise, according to the Executive Secretary of the State Transport Agency, Dr. Emmanuel Ortese-Iyough.", "Fares will rise", "Emmanuel Ortese-Iyough", Indirect)
}

// TestDocumentSenderAndRecordedAs: "A text message she sent …, read:" is
// the sender's; "Notes … record the counsel, Dana Whitcomb, as saying"
// gives the one recorded.
func TestDocumentSenderAndRecordedAs(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Hospital\n\nMs. Ana Park appears to have kept pushing. A text message she sent to a deputy on April 2, reviewed by the paper, read: “Holt says no. I am documenting everything.”", "Holt says no", "Ana Park", Direct)
	checkSpeaker(t, seg, "Hospital\n\nNotes from a meeting in May record the hospital’s deputy general counsel, Dana Whitcomb, as saying that the exposure would be “manageable if we can show we trained people.”", "manageable if", "Dana Whitcomb", Partial)
}

// TestCouncilRoleSynonym: "the councilwoman" after "Councilmember Rosa
// Delgado" is Delgado, and "the singer" after "pop star Kiki Ambrose" is
// Ambrose.
func TestCouncilRoleSynonym(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Divorce\n\nActor Grant Holloway and pop star Kiki Ambrose are divorcing, their representatives said.\n\nAmbrose, 38, broke her silence on Monday. \"Some chapters end so others can begin,\" the singer wrote.", "Some chapters", "Kiki Ambrose", Direct)
	checkSpeaker(t, seg, "Budget\n\nCouncilmember Rosa Delgado called the plan \"a shell game.\"\n\nMayor Victor Hensley disagreed.\n\n\"I keep asking for the repayment schedule,\" the councilwoman said.", "I keep asking", "Rosa Delgado", Direct)
}

// TestParticipleInsideClause: a participle inside a reported clause
// whose subject follows "but" is that subject's: "He declined to say …,
// but analysts estimated the bill …, describing it as “…”"; analysts at
// a firm speak for the firm.
func TestParticipleInsideClause(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Recall\n\nTomas Ode runs the firm. He declined to say how much the recall would cost, but analysts at Brightwater Securities estimated the bill at £18m, describing it as “painful but manageable” for the firm.", "painful but", "Brightwater Securities", Partial)
}

// TestTwoWordRoleSetOff: "the chief executive" is the one set off after
// "The city’s chief executive,", and "the deputy mayor" is not the mayor.
func TestTwoWordRoleSetOff(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Port\n\nThe city’s chief executive, Ana Ode, opened the port.\n\nThe chief executive said the port had been rebuilt.", "the port had been", "Ana Ode", Indirect)
	checkSpeaker(t, seg, "Port\n\nThe city’s mayor, Ana Ode, opened the port.\n\nThe deputy mayor said the port had been rebuilt.", "the port had been", "deputy mayor", Indirect)
}

// TestAmpersandAppositiveAndOwnedPlace: an appositive that names a firm
// with "&" still leads to the verb, and a place owned by "the city’s" is
// no one a pronoun stands for.
func TestAmpersandAppositiveAndOwnedPlace(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Deal\n\n“This is the combination,” Margaret Oyelaran, chief executive of Harbour & Vale, said on a call.", "This is the", "Margaret Oyelaran", Direct)
	checkSpeaker(t, seg, "Campaign\n\nThe lights are on at the headquarters, a former showroom on the city’s North Side, and Nell Garrity is already irritated.\n\n“Somebody moved my whiteboard,” she said.", "Somebody moved", "Nell Garrity", Direct)
}

// TestPlaceBodySubject: "Nigeria's Defence Headquarters" is a body that
// speaks through the participle after its verb, and "Borno state that
// local officials say" holds a noun, not "state" that reports.
func TestPlaceBodySubject(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Strike\n\nABUJA - Nigeria's Defence Headquarters on Thursday defended an airstrike in Borno state that local officials say killed 23 civilians, insisting that \"no credible evidence\" of civilian deaths had been presented.", "no credible", "Nigeria's Defence Headquarters", Partial)
}

// TestBodyNamesWithOf: "the group" is the body named in its paragraph
// or the one before ("the Center for Equitable Transition", its name
// going on after "for"), "the ministry" is "the Ministry of Health", and
// "the Finance Ministry on Monday" ends before the day.
func TestBodyNamesWithOf(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Plan\n\nThe framework was drafted with help from the Center for Equitable Transition, a think tank. In a white paper, the group argued that \"price signals work.\"", "price signals", "Center for Equitable Transition", Partial)
	checkSpeaker(t, seg, "Vaccines\n\nThe campaign is run by the Ministry of Health.\n\nThe ministry said it would publish daily figures.", "it would publish", "Ministry of Health", Indirect)
	checkSpeaker(t, seg, "Sanctions\n\nThe Halvenian Finance Ministry on Monday said further designations were \"under active preparation.\"", "under active", "Halvenian Finance Ministry", Partial)
}

// TestIdentifiedHimselfAs: the name after "who identified himself as" is
// the subject's, whom "he" goes on with.
func TestIdentifiedHimselfAs(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Hostages\n\nBamako said in a statement that it \"will not negotiate with armed groups,\" but added that it backed \"all efforts to bring the men home.\"\n\nIn the most recent video, released on Sunday, one of the captives, who identified himself as Kwame Asante, a Ghanaian surveyor, read a short statement while seated in front of a black flag.\n\n\"Please do what they ask. We are tired,\" he said, reading from a sheet of paper.", "Please do what", "Kwame Asante", Direct)
}

// TestGerundOfRelativeSubject: "which Wheatley introduced by calling Hayes
// “…”" is Wheatley's, not the sentence subject's.
func TestGerundOfRelativeSubject(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Awards\n\nPerformances included a duet between Hayes and veteran singer Lorraine Wheatley on “Red Clay Sunday,” which Wheatley introduced by calling Hayes “the real thing no matter what anybody says.”", "the real thing", "Lorraine Wheatley", Partial)
}

// TestUntilDateIsNoClause: "until March 21" is a time, not a subordinate
// clause whose subject a coordinated verb after it takes.
func TestUntilDateIsNoClause(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Ransom\n\nIn a later post on its site, the group gave the city until March 21 to pay and threatened to publish \"every document\" it had taken.", "every document", "group", Partial)
}

// TestPartyMemberIsNoName: "a Liberal Democrat who was elected …" is a
// party's member, not a person's name the quote after goes to.
func TestPartyMemberIsNoName(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Bins\n\nPriya Mandalia led the vote.\n\nMs Mandalia, a Liberal Democrat who was elected to the council two years ago, denied the vote was politically motivated. \"This isn't about party colours.\"", "party colours", "Priya Mandalia", Direct)
}

// TestNounPhraseOpensSentence: "The obvious question" is a noun phrase,
// no subject and verb that would speak the question after it.
func TestNounPhraseOpensSentence(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Feature\n\nThe obvious question — \"Why not just retire?\" — makes him laugh so hard he has to take off his glasses."
	for _, q := range seg.Segment(in).Quotes {
		if q.Speaker == "obvious" {
			t.Errorf("%q: quote %q given to %q", in, in[q.Start:q.End], q.Speaker)
		}
	}
}

// TestTitleOpensParagraphBeforeQuote: "The Premier later announced …" a
// few sentences that name no one before "“…,” she said" is the Premier,
// not the woman named last.
func TestTitleOpensParagraphBeforeQuote(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Fire\n\nVictorian Premier Gabrielle Hartnett has defended her government’s record.\n\nAt the relief centre, cattle farmer Lorraine Tebbutt, 59, said she had left her property at 4am.\n\nThe Premier later announced a relief package for affected communities. The money will be available from Friday. Councils in the region will also receive funding. “Nobody who loses their home will be left to rebuild on their own,” she said."
	checkSpeaker(t, seg, in, "Nobody who loses", "Gabrielle Hartnett", Direct)
}

// TestNationalityEpithet: "the Italian", "the Mexican" and "the South
// African" stand for the person the sentence before opens with, by name
// or by role, as "the 21-year-old" does; a body's possessive before a
// name ("Albion GP’s Diego Salcedo") leaves the person's name whole.
func TestNationalityEpithet(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Tennis\n\nHaruka Ozawa beat world No. 3 Valentina Costa.\n\nCosta, the world No. 3, cut a subdued figure later. “I didn’t play my best tennis today,” the Italian said.", "my best tennis", "Valentina Costa", Direct)
	checkSpeaker(t, seg, "Race\n\nElias Koskinen won on Sunday, holding off Albion GP’s Diego Salcedo by a second. Team principal Hannelore Voss was pleased.\n\nSalcedo, who started fifth, said he had given everything. “Second is good, but I came here to win,” the Mexican said.", "Second is good", "Diego Salcedo", Direct)
	checkSpeaker(t, seg, "Match\n\nPieter de Klerk spilled a cross and Ravenhill scored through Marcus Adeyemi.\n\nThe goalkeeper later admitted he had been at fault. “I have to take responsibility,” the South African said.", "take responsibility", "Pieter de Klerk", Direct)
}

// TestUnlistedRoleSetOffBefore: a role no list holds, set off before a
// name ("The vice-chancellor, Professor Alison Kerr,"), is that person
// later; "the company" is not the one set off after "The company’s chief
// financial officer,".
func TestUnlistedRoleSetOffBefore(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Cuts\n\nThe vice-chancellor, Professor Alison Kerr, said the university faced a deficit.\n\nStudents protested.\n\n“But if we do not act now,” the vice-chancellor added, “we will be worse off.”", "if we do not act", "Alison Kerr", Direct)
	checkSpeaker(t, seg, "Results\n\nKell Foods reported a loss. The company’s chief financial officer, Helena Marchetti, spoke first.\n\nThe company said it expected a decision within a year.", "it expected a decision", "Kell Foods", Indirect)
}

// TestAdverbOpensSentence: "Backstage she described …" opens with an
// adverb, no name a pronoun could stand for.
func TestAdverbOpensSentence(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Talia Brooke sweeps Meridian Music Awards as Novak Brothers take best group\n\nLONDON — Talia Brooke went into Wednesday night’s Meridian Music Awards with five nominations and came out with four, including album of the year for “Paper Moons”, capping a year in which the Manchester-born singer went from playing pub back rooms to selling out arenas.\n\n“Eighteen months ago I was doing my own eyeliner on a bus to Leeds,” the 26-year-old told a packed Eventim Apollo after collecting the night’s final prize. “I want to thank my mum, who drove the van, and my nan, who told me to stop singing at the dinner table and then bought me my first microphone.”\n\nThe singer also won best female artist, best song for “Kerosene Heart” and the public-voted breakthrough award. Backstage she described the evening as “completely ridiculous, in the best way”, and said she planned to celebrate with “a kebab and about eleven hours of sleep”.", "completely ridiculous", "Talia Brooke", Partial)
}

// TestPronounOfPeopleWithRelative: "Those who were aboard say …" reports
// the words of those the clause describes.
func TestPronounOfPeopleWithRelative(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Ferry\n\nThe ferry lost power two miles off the point.\n\nThose who were aboard say the captain kept the ship steady for three hours.", "the captain kept", "Those who were aboard", Indirect)
}

// TestPartyTagOfTwoWords: "Rep. Alma Puente, R-North Cedar, said": the
// tag's place has two words, and the name before it speaks.
func TestPartyTagOfTwoWords(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Vote\n\nThe bill passed 52-47.\n\nRep. Alma Puente, R-North Cedar, one of the two, said afterward that she had wrestled with the vote.", "wrestled with the vote", "Alma Puente", Indirect)
}

// TestParticiplePhraseAfterLongerSubject: a participle's phrase that
// describes the subject ("students sharing a pair of earbuds on the
// bench", after an opening phrase too) is passed over to its noun.
func TestParticiplePhraseAfterLongerSubject(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Fares\n\nFares will rise in March.\n\nTwo high school students sharing a pair of earbuds on the bench said they had not heard about the increase.", "had not heard", "Two high school students", Indirect)
	checkSpeaker(t, seg, "Bakery\n\nThe bakery will close.\n\nBehind him, a young woman balancing a toddler on her hip said the bakery was the heart of the town.", "the heart of the town", "young woman", Indirect)
}

// TestPlatformPost: "the Instagram post" is a noun, not the Instagram
// posting; the partial quote after it is the subject's.
func TestPlatformPost(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Lawsuit\n\nThe actor's lawyer, Lionel Abernathy, spoke by phone.\n\nAbernathy dismissed the Instagram post as “a cute bit of theater.”"
	checkSpeaker(t, seg, in, "a cute bit of theater", "Lionel Abernathy", Partial)
}

// TestRoleOfPlace: "The Mayor of Kell said" is the mayor named before,
// or the office; never the place.
func TestRoleOfPlace(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Election\n\nMayor Ana Ode opened the count on Monday.\n\nThe Mayor of Kell said the count was fair.", "the count was fair", "Ana Ode", Indirect)
	checkSpeaker(t, seg, "Election\n\nVoting ended on Monday.\n\nThe Chief Electoral Officer of Sahyagiri said turnout stood at 71 per cent.", "turnout stood", "Chief Electoral Officer of Sahyagiri", Indirect)
}

// TestSpokespersonBeforeQuote: "A spokesman for the Coastal Fisheries
// Authority confirmed …" then a quote paragraph with "he said": the
// spokesman's words, for the authority, not a man named earlier.
func TestSpokespersonBeforeQuote(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Sharks\n\nSurfer Tomas Reyl saw the fin at dawn.\n\nA spokesman for the Coastal Fisheries Authority confirmed a tagged shark had pinged a station nearby.\n\n“We cannot say with certainty that it is the same animal,” he said."
	checkSpeaker(t, seg, in, "same animal", "Coastal Fisheries Authority", Direct)
}

// TestNicknameInName: a nickname in marks inside a name ("Dean “Squid”
// Kowalczyk") is no quote that ends the attribution, and the speaker's
// name leaves it out; "according to X, 34, who …" closes the sentence.
func TestNicknameInName(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Sharks\n\nThe beach reopened at noon.\n\nThe shark was harmless, according to Dean “Squid” Kowalczyk, 34, who has surfed there for 20 years.", "The shark was harmless", "Dean Kowalczyk", Indirect)
	checkSpeaker(t, seg, "Match\n\nThe final ended 2-1.\n\n“It was close,” said Liam “Tank” Fairbrother, the captain.", "It was close", "Liam Fairbrother", Direct)
	// the nickname before the verb, after the quote or before it
	checkSpeaker(t, seg, "Match\n\nThe final ended 2-1.\n\n“It was close!” Liam “Tank” Fairbrother shouted to the fans.", "It was close", "Liam Fairbrother", Direct)
	checkSpeaker(t, seg, "Match\n\nThe final ended 2-1.\n\nLiam “Tank” Fairbrother said: “It was close.”", "It was close", "Liam Fairbrother", Direct)
	checkSpeaker(t, seg, "Match\n\nThe final ended 2-1.\n\n\"It was close,\" the striker's cousin, state Sen. Orla \"Dot\" Fairbrother, said.", "It was close", "Orla Fairbrother", Direct)
}

// TestPortfolioTitle: a title with its portfolio before a name ("Minister
// for Trade and Industry Ana Ode") is the role; the name after it speaks.
func TestPortfolioTitle(t *testing.T) {
	seg := newTestSegmenter(t)
	for _, c := range []struct{ in, want string }{
		{"Talks\n\nThe talks ended late.\n\n“There is no other route,” said Minister for Trade and Industry Tomás Salinas.", "Tomás Salinas"},
		{"Talks\n\nThe talks ended late.\n\n“There is no other route,” Minister of Foreign Affairs Ana Ode said.", "Ana Ode"},
		{"Talks\n\nThe talks ended late.\n\n“There is no other route,” Deputy Prime Minister for Integration and Dialogue Dren Berisa said.", "Dren Berisa"},
		{"Talks\n\nThe talks ended late.\n\n“We came with proposals,” Varnia's chief negotiator, Deputy Foreign Minister for Legal and International Affairs Kaveh Rostami, told reporters.", "Kaveh Rostami"},
		{"Talks\n\nThe talks ended late.\n\n“No,” the Minister for Foreign Affairs said.", "Minister for Foreign Affairs"},
		// the portfolio's words are no person a pronoun could stand for
		{"Talks\n\nKell's chief negotiator, Deputy Prime Minister for European Integration and Dialogue Dren Berisa, left first. Later he wrote: “We met a wall.”", "Dren Berisa"},
	} {
		checkSpeaker(t, seg, c.in, "", c.want, Direct)
	}
}

// TestLongRoleSetOff: a long role phrase set off before a name ("The
// United Nations special envoy for the Great Lakes region, Ingrid
// Solberg,") is hers when "the envoy" speaks later.
func TestLongRoleSetOff(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Truce\n\nThe United Nations special envoy for the Lake Varn region, Ingrid Solberg, who attended the signing as an observer, welcomed the agreement.\n\n\"A truce without monitors is a promise without witnesses,\" the envoy said."
	checkSpeaker(t, seg, in, "A truce", "Ingrid Solberg", Direct)
}

// TestRoleOfNamedBefore: a role given a person before speaks for that
// person later: a possessive's role set off before the name, a role of
// two lower-case words, and "the 22-year-old" after a person a pronoun
// showed to be one.
func TestRoleOfNamedBefore(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Fire\n\nKell's fire brigade captain, Graham Otway, has fought fires for years.\n\n“The fuel loads are enormous,” the captain said.", "fuel loads", "Graham Otway", Direct)
	checkSpeaker(t, seg, "Fire\n\nIncident controller Rebecca Thorne said the fire was moving fast.\n\n“Not at this stage,” the incident controller said.", "Not at this stage", "Rebecca Thorne", Direct)
	checkSpeaker(t, seg, "Rugby\n\nA late try to Sione Fifita won the game.\n\nFifita himself was modest. “I just fell over the line,” the 22-year-old said.", "fell over", "Sione Fifita", Direct)
}

// TestAskedQuestionNoCue: a reporting verb inside the question put to
// the subject ("Asked what advice she would give someone thinking of
// …,") is no attribution; the subject after it speaks.
func TestAskedQuestionNoCue(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Bakery\n\nAsked what advice she would give someone thinking of opening a bakery, Lan Nguyen did not hesitate: “Don’t borrow more than you can afford to lose.”"
	checkSpeaker(t, seg, in, "borrow", "Lan Nguyen", Direct)
}

// TestPronounGenderEvidence: an object pronoun after a subject ("Ngata
// was ready for him") tells nothing of the subject's gender, and "she"
// is no speaker described as a man.
func TestPronounGenderEvidence(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Debate\n\nLabour’s Aroha Ngata and National’s Craig Whitcombe traded insults.\n\nNgata, a former chief executive of an iwi trust, was ready for him.\n\n“Craig says I’ve never run anything,” she said.", "never run", "Aroha Ngata", Direct)
	checkSpeaker(t, seg, "Debate\n\nLabour’s Aroha Ngata and National’s Craig Whitcombe traded insults.\n\nNgata began by talking about housing supply, until a man near the back of the hall shouted: “Just answer the question!”\n\n“Not a blanket cap, no,” she said.", "blanket cap", "Aroha Ngata", Direct)
}

// TestNameSetOffInOpening: a name set off after the role in an opening
// phrase ("Under questioning from the claimants’ counsel, Fionnuala
// Brennan,") is not the sentence's subject, which a pronoun later takes.
func TestNameSetOffInOpening(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Trial\n\nDr. Anjali Raghunathan, an engineer, gave evidence on Tuesday.\n\nUnder questioning from the claimants’ counsel, Fionnuala Brennan, Dr. Raghunathan described a meeting with a manager.\n\n“He looked at my photographs and laughed,” she told the court."
	checkSpeaker(t, seg, in, "photographs", "Anjali Raghunathan", Direct)
}

// TestObjectClauseAfterQuote: "a position North Korea has repeatedly
// rejected" after a quote is no attribution: the noun is the object of
// the verb, whose subject did not say the quote.
func TestObjectClauseAfterQuote(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Drills\n\nA Varnian Foreign Ministry spokesperson said the drills were “defensive in nature” and that Kell “remains open to diplomacy without preconditions,” a position North Varnia has repeatedly rejected.", "remains open", "Varnian Foreign Ministry spokesperson", Partial)
	checkSpeaker(t, seg, "Drills\n\nKell said it was ready. “We remain open to talks without preconditions,” a position North Varnia has long rejected.", "remain open", "Kell", Direct)
}

// TestAgedAfterPlace: "the 47-year-old" is the person named last, not a
// place or team named since.
func TestAgedAfterPlace(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Football\n\nRovers manager Tomasz Rennick insisted his side was fine.\n\nThe Polish-born coach, who took charge in the summer after three seasons at second-tier Dunmore Town, admitted the mood was tense. Supporters booed the team off.\n\nAsked whether he feared for his job, the 47-year-old paused before answering:\n\n“Look, I speak to the chairman every week.”"
	checkSpeaker(t, seg, in, "chairman", "Tomasz Rennick", Direct)
}

// TestRoleAfterSubordinateClause: a role that is the subject after an
// opening phrase and a clause ("Later, as the crowd began to thin, the
// Oscar winner returned") is the one a pronoun in the next paragraph
// stands for, not the woman named last.
func TestRoleAfterSubordinateClause(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Premiere\n\nOscar winner Maren Delacroix-Hale, 52, stopped to sign autographs.\n\nAmong the famous faces were singer Juno Castellane and TV presenter Rory Blaithwaite.\n\nJuno, 31, wore a silver cape. ‘I’m not a crier,’ she said.\n\nLater, as the crowd began to thin, the Oscar winner returned to the barriers one last time.\n\n‘Go home and get dry,’ she told the last of the fans."
	checkSpeaker(t, seg, in, "Go home", "Maren Delacroix-Hale", Direct)
}

// TestIndefiniteRoleIsSomeoneNew: "A spokesman for the Whitcomb
// campaign" is not a spokesman the article named before, even when it
// names him again later.
func TestIndefiniteRoleIsSomeoneNew(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Fact check\n\nAsked for evidence, Hale campaign spokesman Kyle Mercer pointed to a ranking. “The record speaks for itself,” Mercer said.\n\nA spokesman for the Whitcomb campaign said the senator “stands by” the figure.\n\nOur sources: PolitiFact; email from Kyle Mercer."
	checkSpeaker(t, seg, in, "stands by", "spokesman for the Whitcomb campaign", Partial)
}

// TestDocumentIssuer: a document that speaks ("The memo said", "The
// declaration stated:") speaks for whoever the sentences before say put
// it out: the speaker of a quote written "in the memo", the subject of a
// sentence that opens "In a declaration filed …,".
func TestDocumentIssuer(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Layoffs\n\n“This is the hardest decision I have made,” Chief Executive Nadia Korhonen wrote in the memo, which was sent to staff on Tuesday.\n\nThe memo said the cuts would fall on sales, and that staff would receive “at least 16 weeks of severance pay” as well as health cover.", "16 weeks", "Nadia Korhonen", Partial)
	checkSpeaker(t, seg, "Court\n\nIn a declaration filed with the court on Monday, the chain’s restructuring officer, Samuel Ortega-Hahn, said the firm was nearly out of cash. The declaration stated: “Absent immediate access to the facility, the Debtors will run out of cash.”", "Absent immediate", "Samuel Ortega-Hahn", Direct)
	checkSpeaker(t, seg, "Results\n\nIn its annual report filed with the regulator on Tuesday, Corvane Industries set out the risk in plain terms. The filing stated: “Should market conditions in Europe fail to improve, we may record further impairment charges.”", "Should market", "Corvane Industries", Direct)
}

// TestWithAbsolute: ", with one trader calling the comments “…”" ends the
// reported clause before it, and the one after "with" says the quote;
// "with a second post accusing" leaves the speaker the sentence's.
func TestWithAbsolute(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Oil\n\nOil prices rose 3% on Monday after a senior minister said exporters were ready to extend supply curbs, with one trader calling the comments “a line in the sand” for prices."
	checkSpeaker(t, seg, in, "line in the sand", "one trader", Partial)
	checkSpeaker(t, seg, in, "exporters were ready", "senior minister", Indirect)
	for _, q := range seg.Segment(in).Quotes {
		if q.Kind == Indirect && strings.Contains(in[q.Start:q.End], "trader") {
			t.Errorf("the minister's clause runs on into the trader's words: %q", in[q.Start:q.End])
		}
	}
	checkSpeaker(t, seg, "Tweets\n\nGov. Marcus Hale attacked his rival on Monday. He followed up with a second post accusing Elaine Whitcomb of “declaring war on the Rust Belt,” along with a video clip.", "declaring war", "Marcus Hale", Partial)
}

// TestObjectAfterPerfectIsNoCue: a reporting verb's bare form after "had" and a
// past participle is the object ("the company had misjudged demand:"),
// not a report whose subject says the quote after the colon.
func TestObjectAfterPerfectIsNoCue(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Layoffs\n\nIn a section of the memo, Nadia Korhonen acknowledged that the company had misjudged demand:\n\n“We over-hired in 2021 and 2022. It did not last.”"
	checkSpeaker(t, seg, in, "over-hired", "Nadia Korhonen", Direct)
}

// TestFirmsAreNoPronounAntecedent: a firm's name ("Harland Brothers", the
// "Calder Row" of "Calder Row Capital") is no one "he" or "she" stands
// for; an unnamed colleague described just before is.
func TestFirmsAreNoPronounAntecedent(t *testing.T) {
	seg := newTestSegmenter(t)
	intro := "The contrarian of Calder Row\n\nEleanor Whitlock-Hayes manages money. Whitlock-Hayes, 52, founded Calder Row Capital in 2009, after a decade as a bond trader at Harland Brothers.\n\n"
	checkSpeaker(t, seg, intro+"A former colleague at Harland Brothers, who asked not to be named, is more generous. ‘She is the most stubborn person I have ever worked with,’ he says.", "stubborn", "former colleague", Direct)
	checkSpeaker(t, seg, intro+"As we finish, I ask whether she worries about what happens to Calder Row when she steps back. She pauses for a long time.\n\n‘Gareth’s point about personalities isn’t wrong,’ she says eventually.", "Gareth", "Eleanor Whitlock-Hayes", Direct)
}

// TestAccordingToAfterPartial: "according to" after a partial quote in a
// sentence where no one else speaks names its source; after a sentence
// whose own verb reports, it is the sentence's source, not the quote's.
func TestAccordingToAfterPartial(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Jobs\n\nKell’s growth rate over the period was “roughly in line with neighboring states,” according to a report released in June by the Western States Labor Institute.", "roughly in line", "Western States Labor Institute", Partial)
	checkSpeaker(t, seg, "Jobs\n\nAna Ode told the panel the growth rate was “roughly in line with neighboring states,” according to a report released in June by the Western States Labor Institute.", "roughly in line", "Ana Ode", Partial)
}

// TestReplyAfterQuestion: "he replied" after a question the pronoun's
// nearest man asked is the answer of the other man, the one asked, and
// not of a channel named since.
func TestReplyAfterQuestion(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Interview\n\nGov. Grant Tillman went on the air again on Sunday, this time on Fox Business with host Dale Rourke, who asked him about the plan.\n\n“Are you saying she is lying about her own plan?” Rourke asked.\n\n“I am saying read pages 5 through 30,” he replied."
	checkSpeaker(t, seg, in, "read pages", "Grant Tillman", Direct)
}

// TestParticiplePhraseIsNoClause: a sentence-opening participle's phrase
// ("Speaking to MSNBC's Morning Joe in Concord, which hosts the vote,")
// is not what the verb after it reports; a gerund subject before a verb
// ("Targeting audiences is key …, Graham said") is.
func TestParticiplePhraseIsNoClause(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Race\n\nSpeaking to MSNBC’s Morning Joe Monday in New Hampshire, which is set to host the second contest Tuesday, Bush referred to Rubio as “a bright, charismatic leader.”"
	for _, q := range seg.Segment(in).Quotes {
		if strings.Contains(in[q.Start:q.End], "Speaking") {
			t.Errorf("the participle's phrase is reported: %s %q", q.Kind, in[q.Start:q.End])
		}
	}
	checkSpeaker(t, seg, "Ads\n\nTargeting audiences is key in making dollars go further, Julie Graham said on Monday.", "Targeting audiences", "Julie Graham", Indirect)
}

// TestReferredToAsClause: "referred to Rubio as “…”" reports how Rubio was
// named, as "described … as" does, and a second report after "but" keeps
// the subject past a relative clause closed in the opening phrase.
func TestReferredToAsClause(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Race\n\nBush referred to Rubio as “a bright, charismatic leader” on Monday."
	d := seg.Segment(in)
	found := false
	for _, q := range d.Quotes {
		if q.Kind == Indirect {
			found = true
			if got := in[q.Start:q.End]; !strings.HasPrefix(got, "Rubio as") || q.Speaker != "Bush" {
				t.Errorf("indirect %q by %q, want Rubio as … by Bush", got, q.Speaker)
			}
		}
	}
	if !found {
		t.Errorf("%q: no indirect quote", in)
	}
	checkSpeaker(t, seg, "Race\n\nIn Concord, which hosts the vote, Bush referred to Rubio as “a bright leader” but described his skills as a “work in progress.”", "his skills", "Bush", Indirect)
}

// TestWarningThat: a possessed "warning that …" reports its clause, with
// the partial quote in it, for the possessor.
func TestWarningThat(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Port\n\nThe backlash followed Ana Ode’s warning that the harbour would “silt up within a decade” if nothing changed.", "the harbour would", "Ana Ode", Indirect)
}

// TestWentOn: "Trump went on," after a quote attributes it; "the meeting
// went on for hours" and a headline's "Goes After" report nothing.
func TestWentOn(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Interview\n\nMegyn Kelly asked Donald Trump about the feud.\n\n“You know, it happens, right?” Trump went on, as if he didn’t hear her.", "it happens", "Donald Trump", Direct)
	for _, in := range []string{
		"Talks\n\nThe meeting went on for hours, and “nothing changed,” one delegate said.",
		"Ana Ode Goes After Ivo Lund As The New Harbour Boss\n\nThe race tightened on Monday.",
	} {
		for _, q := range seg.Segment(in).Quotes {
			if c := in[q.Cue.Start:q.Cue.End]; c == "went" || c == "Goes" {
				t.Errorf("%q: %s quote %q with cue %q", in, q.Kind, in[q.Start:q.End], c)
			}
		}
	}
}

// TestVeteranAndPoliceTitles: "the 22-year veteran of the force" is the
// person named last, as "the 56-year-old" is; "the CP" is the
// Commissioner of Police named with that title; a Baale set off before
// the name is a title.
func TestVeteranAndPoliceTitles(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Crime\n\n\"This was not a random attack,\" Detective Sergeant Rolf Anand told reporters.\n\n\"We are asking anyone who was there to call us,\" said the 22-year veteran of the force.", "asking anyone", "Rolf Anand", Direct)
	checkSpeaker(t, seg, "Police\n\nThe Commissioner of Police, CP Babatunde Oyelaran, ordered the deployment of the unit.\n\n\"Ilarome will not be a safe haven for criminals,\" the CP said.", "safe haven", "Babatunde Oyelaran", Direct)
	checkSpeaker(t, seg, "Police\n\nThe Baale of Oke Ayo, Chief Lamidi Akanbi Oyewole, commended the command and averred: \"Our people can now go back to their farms.\"", "farms", "Lamidi Akanbi Oyewole", Direct)
}

// TestIndefiniteSubjectBeforePronoun: "A former colleague …, who asked
// not to be named, is more generous. ‘…,’ he says." is the colleague's,
// not the man named in the paragraph before.
func TestIndefiniteSubjectBeforePronoun(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Profile\n\nEleanor Whitlock-Hayes runs a fund. ‘Her returns are good but not miraculous,’ says Gareth Penhallow, a fund analyst.\n\nA former colleague at the bank, who asked not to be named, is more generous. ‘She is the most stubborn person I have ever worked with,’ he says."
	checkSpeaker(t, seg, in, "stubborn", "former colleague", Direct)
}

// TestVerbBeforeRoleIsNoPlace: "Lee declined to criticise referee Ben
// Okoro’s decision" names Lee as its subject; the words before the role
// are a verb's, not a place's, so "he" after it is Lee.
func TestVerbBeforeRoleIsNoPlace(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Rugby\n\nCanterbury coach Andrew Lee called the result “a hard pill to swallow” on Saturday.\n\nLee declined to criticise referee Ben Okoro’s decision to send Hartnell to the bin. “He’s got a tough job,” he said."
	checkSpeaker(t, seg, in, "tough job", "Andrew Lee", Direct)
}

// TestRelativeWithCommaBeforeVerb: a phrase set off inside a relative
// clause ("who played with him until his final engagement, at the Blue
// Lantern in 2022,") is not the subject; the name before "who" is.
func TestRelativeWithCommaBeforeVerb(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Obituary\n\nThe saxophonist died on Sunday.\n\nAugusta Pell, who played bass with him from 1979 until his final engagement, at the Blue Lantern in 2022, said:\n\n“The first night I sat in with him I was 23 and terrified.”"
	checkSpeaker(t, seg, in, "first night", "Augusta Pell", Direct)
}

// TestPossessorsOwnWords: "Janet’s own view of the increase is simple:"
// gives the quote after the colon to Janet, as "Janet’s view" does.
func TestPossessorsOwnWords(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Rents\n\nJanet Okafor lives on the top floor.\n\nJanet’s own view of the increase is simple: “If they want us out, they should say so.”"
	checkSpeaker(t, seg, in, "want us out", "Janet Okafor", Direct)
}

// TestInHisOwnWords: "in his own words, “…”" and "by his own account,
// “…”" quote the pronoun's person; "words" there marks no scare quote.
func TestInHisOwnWords(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Chess\n\nTomasz Wierzbicki coaches her.\n\nHis answer to that danger is, in his own words, “boring on purpose”."
	checkSpeaker(t, seg, in, "boring on purpose", "Tomasz Wierzbicki", Partial)
	in = "Chess\n\nAmong the grandmasters she has beaten is Oliver Pembury, a veteran of eight Olympiads, who lost to her last spring and, by his own account, \"did not see the rook coming at all\"."
	checkSpeaker(t, seg, in, "did not see", "Oliver Pembury", Partial)
}

// TestInterruptingPronounIsNotTheSubject: "Keller, he says, has been “a
// rock”" — he is not Keller, whom his words are about.
func TestInterruptingPronounIsNotTheSubject(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Study\n\nMartin Keller led the study. His co-author, Ravi Desai, a researcher, has taken it harder. He was 29 when it was published. Keller, he says, has been “a rock” throughout."
	checkSpeaker(t, seg, in, "a rock", "Ravi Desai", Partial)
}

// TestPronounInRelativeNoGender: "his" inside a relative clause after a
// subject ("Hilary Penhallow, who played his long-suffering wife Doreen,")
// is another man's, and tells nothing of the subject's gender.
func TestPronounInRelativeNoGender(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Obituary\n\nComedy actor Bernie Walsh has died aged 81.\n\nHis long-time co-star Hilary Penhallow, 78, who played his long-suffering wife Doreen, said she was “utterly devastated” by the news.\n\n“Bernie was my partner in crime for thirteen years,” she said."
	checkSpeaker(t, seg, in, "partner in crime", "Hilary Penhallow", Direct)
}

// TestPartyTagAfterQuote: a party tag after the name of an attribution
// that follows a quote's own sentence does not make it too long to be one.
func TestPartyTagAfterQuote(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Rally\n\nThe crowd filled the hall.\n\n\"This is our year!\" Lund's niece, state Del. Ana Ode (D-North Kell), shouted to the crowd. \"The nation is watching.\"", "our year", "Ana Ode", Direct)
}

// TestAskedThenCoordinated: "Asked about the lawsuit, Vance smiled and
// said …": the subject after the question put to her says it.
func TestAskedThenCoordinated(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Premiere\n\nThe film opened on Friday.\n\nAsked about the lawsuit, Marisol Vance smiled and said she was focused on the work.", "focused on the work", "Marisol Vance", Indirect)
}

// TestRoleAppositiveAndRoleWords: "The Chief Electoral Officer of
// Sahyagiri, Anand Mishra, said" is Mishra's report, and "…, party
// spokesman Ana Ode said." closes a sentence Ode reports.
func TestRoleAppositiveAndRoleWords(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Polls\n\nCounting ended at midnight.\n\nThe Chief Electoral Officer of Sahyagiri, Anand Mishra, said that turnout stood at 71.8 per cent.", "turnout stood", "Anand Mishra", Indirect)
	checkSpeaker(t, seg, "Polls\n\nCounting ended at midnight.\n\nThe party will meet on Sunday to elect its leader, party spokesman Ana Ode said.", "The party will meet", "Ana Ode", Indirect)
}

// TestSetOffRelativeBeforeSaid: "The Trust, which runs the hospital,
// said its chief executive, Martin Oduya, had been suspended": the
// trust reports it; "said its chief executive, X" is no inverted
// attribution there.
func TestSetOffRelativeBeforeSaid(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Hospital\n\nThe minister resigned on Monday.\n\nThe Carrowby Health Trust, which runs the hospital, said its chief executive, Martin Oduya, had been suspended on full pay.", "had been suspended", "Carrowby Health Trust", Indirect)
}

// TestRelativeAfterComma: "…, the mediator who brokered the deal
// announced on Saturday, after …" closes the sentence with the
// mediator's attribution; a relative clause's own verb before a later
// "…, said" gives way to it.
func TestRelativeAfterComma(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Talks\n\nThe talks lasted six weeks.\n\nA ceasefire will take effect at midnight on Sunday, the mediator who brokered the deal announced on Saturday, after six weeks of talks.", "A ceasefire will take effect", "mediator", Indirect)
	in := "Camp\n\nThe camp is near the border.\n\nOur source inside the camp, a refugee who feared retaliation and asked not to be identified, said that the claim is false."
	d := seg.Segment(in)
	for _, q := range d.Quotes {
		if q.Kind == Indirect && in[q.Cue.Start:q.Cue.End] == "asked" {
			t.Errorf("%q: the clause is asked's", in)
		}
	}
}

// TestItAfterBodySubject: "the Veltaran ministry released a statement of
// its own. “…,” it said.": it is the body the sentence before opens with.
func TestItAfterBodySubject(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Strait\n\nTensions rose on Tuesday.\n\nLate on Tuesday, the Veltaran ministry released a short statement of its own. “We remain open to talks,” it said.", "open to talks", "Veltaran ministry", Direct)
}

// TestUsedToReport: "Markov used a speech last month to promise that …"
// is Markov's report, as is "took to social media to warn that …".
func TestUsedToReport(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Rates\n\nPrices rose again in May.\n\nGovernor Helena Markov used a speech in Velmont last month to promise that the bank would act.", "the bank would act", "Helena Markov", Indirect)
	checkSpeaker(t, seg, "Port\n\nThe storm hit on Monday.\n\nMayor Ana Ode took to social media to warn that the port would close.", "that the port would close", "Ana Ode", Indirect)
}

// TestDelayedLede: the role that opens an article's first paragraph ("The
// chief executive …", "A property developer …") is the person whose name
// opens the next one for the first time.
func TestDelayedLede(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Lumora chief grilled by MPs\n\nThe chief executive of the social media app Lumora faced three hours of questions on Wednesday, conceding that a location feature had been launched too quickly.\n\nKieran Vale, who founded the company in 2016, appeared before the Digital Affairs Committee."
	checkSpeaker(t, seg, in, "launched too quickly", "Kieran Vale", Indirect)
	// and a role an indefinite article opens
	in = "Developer sues paper\n\nA property developer who is suing a local newspaper for libel told a jury on Wednesday that the articles had cost him three bank loans.\n\nConrad Vail, 58, spent most of the day on the witness stand."
	checkSpeaker(t, seg, in, "cost him three bank loans", "Conrad Vail", Indirect)
}

// TestRestatedDescription: "A man in a faded jacket … said …" is the
// person the article names when it comes back to him: "said the man,
// Walt Brennan, 72".
func TestRestatedDescription(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Bakery\n\nA line formed by six o'clock.\n\nA man in a faded union jacket, third in line, said he had come every Saturday for years.\n\n“My dad brought me here,” said the man, Walt Brennan, 72, who worked at the mill."
	checkSpeaker(t, seg, in, "every Saturday", "Walt Brennan", Indirect)
}

// TestInvertedRoleWithRelative: "…, said the mayor, who declined to give
// details." closes the sentence with the mayor's attribution.
func TestInvertedRoleWithRelative(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Port\n\nThe storm closed the port.\n\nThe berths will reopen Monday, said the mayor, who declined to give details.", "The berths will reopen", "mayor", Indirect)
}

// TestThoseWereTheWords: "“…” Those were the words of Mayor Ana Ode" names
// the quote's speaker after it.
func TestThoseWereTheWords(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Floods\n\nOfficials counted the damage on Friday.\n\n“We will rebuild.” Those were the words of Mayor Ana Ode on Friday.", "We will rebuild", "Ana Ode", Direct)
}

// TestUnnamedRolePronoun: "The mayor was blunt. “…,” she said." with no
// one named: the mayor, not no one.
func TestUnnamedRolePronoun(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Floods\n\nThe river burst its banks on Friday.\n\nThe mayor was blunt. “We were not ready,” she said.", "not ready", "mayor", Direct)
}

// TestParticipleOwner: the one who speaks in a participle before a quote
// is the nearer clause's subject ("…, when port protesters interrupted
// her speech, shouting"), not a time that opens the sentence ("Hours
// later, Lund …"), nor a name inside the object ("posted a Twitter
// comment of her own, saying").
func TestParticipleOwner(t *testing.T) {
	seg := newTestSegmenter(t)
	for _, c := range []struct{ in, speaker string }{
		{"Hours later, Lund returned the compliment to Ode, telling Reuters, “She is a fine mayor.”", "Ivo Lund"},
		{"The first incident came during a rally in Kell, when port protesters interrupted her speech, shouting “no more fees!”", "port protesters"},
		{"Ana Ode immediately posted a Twitter comment of her own, saying, “We are so proud of the crew!”", "Ana Ode"},
		{"Ode left the hall after the vote, as the doors closed, saying, “We are done here.”", "Ana Ode"},
	} {
		checkSpeaker(t, seg, "Ferry\n\nIvo Lund and Ana Ode spoke in Kell. "+c.in, c.in[strings.LastIndex(c.in, "“")+len("“"):][:4], c.speaker, Direct, Partial)
	}
}

// TestQuestionWordIsNoSpeaker: "Why not just say: “…”?" asks; no one
// named Why speaks.
func TestQuestionWordIsNoSpeaker(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Ferry\n\nAna Ode spoke. Why not just say: “They will go home the same way they came”?", "go home", "")
}

// TestTailWithTime: an attribution after a quote that ended its sentence
// may go on with a time ("he tweeted during the first half"), which is
// no object of the verb, nor part of the name after it.
func TestTailWithTime(t *testing.T) {
	seg := newTestSegmenter(t)
	for _, c := range []struct{ tail, mention string }{
		{"he tweeted during the first half.", "he"},
		{"he said outside the court.", "he"},
		{"said Lund during the game.", "Lund"},
	} {
		in := "Ivo Lund spoke in Kell.\n\n“So far the regatta is very boring!” " + c.tail
		d := seg.Segment(in)
		checkDoc(t, in, d)
		if len(d.Quotes) != 1 || !d.Quotes[0].Mention.Valid() || in[d.Quotes[0].Mention.Start:d.Quotes[0].Mention.End] != c.mention || !d.Quotes[0].Cue.Valid() {
			t.Errorf("%q: got %+v, want one quote with mention %q and a cue", in, d.Quotes, c.mention)
		}
	}
}

// TestNameJoinedByAndOpensSentence: a subject of two names joined by
// "and" that opens the sentence before a set-off clause is read without
// running off its start.
func TestNameJoinedByAndOpensSentence(t *testing.T) {
	seg := newTestSegmenter(t)
	for _, in := range []string{
		"Lund and Ode, who run the port, said the fees would rise.",
		"Castlebridge and Wexmoor, the two boroughs, said the fees would rise.",
	} {
		checkDoc(t, in, seg.Segment(in))
	}
}

// TestAskedOpenerBeforeColon: "Asked whether …, the manager paused before
// answering:" names the one asked as the speaker of the quote after it.
func TestAskedOpenerBeforeColon(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Halverton manager Tomasz Lund spoke on Thursday.\n\nAsked whether he feared for his job, the manager paused before answering:\n\n“Look, I speak to the chairman every week.”"
	checkSpeaker(t, seg, in, "Look, I speak", "Tomasz Lund", Direct)
}

// TestTradeBeforeName: a lower-case noun of someone's trade that the
// lexicon does not list, between a capitalised word and a given name,
// is a role, not the end of the subject: "Television baker Philippa
// Grange".
func TestTradeBeforeName(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Pastry\n\nTelevision baker Philippa Grange caused a storm after suggesting that home cooks are “not really baking at all”.", "not really", "Philippa Grange", Partial)
}

// TestAgeAndGrin: "the 27-year-old" is the one introduced with that age
// ("Fenwick Obi, 27,"), and "he grinned" attributes the quote before it.
func TestAgeAndGrin(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Premiere\n\nHer co-star Fenwick Obi, 27, makes his debut as a fisherman, and Juno Lark, 31, sings.\n\nAsked what he had learned, the 27-year-old did not hesitate. ‘Never eat before a night shoot,’ he grinned.\n\n“It was great,” the 31-year-old said."
	checkSpeaker(t, seg, in, "Never eat", "Fenwick Obi", Direct)
	checkSpeaker(t, seg, in, "It was great", "Juno Lark", Direct)
}

// TestRoleSubjectAfterOpener: "Asked whether …, the singer laughed.
// “…,” she joked." — the role subject after the opening phrase is the
// singer named before, and the pronoun is hers, not the described
// speaker's of the quote before.
func TestRoleSubjectAfterOpener(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "TV\n\nSinger Nadia Quilliam fought back tears on live TV.\n\nViewers were moved. One viewer wrote on X: “Never seen the host go this quiet.”\n\nAsked whether she would ever tour again, the singer laughed. “Ask me in a year,” she joked."
	checkSpeaker(t, seg, in, "Ask me", "Nadia Quilliam", Direct)
}

// TestGivenNameOfNamedPerson: feature and tabloid copy goes on with a
// given name the lexicon does not list ("Kiki" after "Soap star Kiki
// Langmore"), and a "she" after the name in its own sentence tells her
// gender, so a later "she" can stand for her.
func TestGivenNameOfNamedPerson(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Engaged\n\nSoap star Kiki Langmore has revealed she is engaged.\n\nCo-star Bettina Rowse wrote: “Called it!!”\n\nThe couple are yet to set a date, but Kiki hinted at a summer ceremony. “Have you met my mum?” she quipped."
	checkSpeaker(t, seg, in, "Have you met", "Kiki Langmore", Direct)
	// a product's name is no person's: "Apple" stays Apple
	in = "Laptops\n\nThe Apple Thunderbolt port is faster. Apple said the keyboard had been redesigned."
	checkSpeaker(t, seg, in, "keyboard", "Apple", Indirect)
}

// TestPartialInSecondReportedClause checks that a partial quote inside a second
// reported clause of a sentence is the reporter's, not the clause's own
// subject's: "… and said Hanoi “reserves the right to respond”".
func TestPartialInSecondReportedClause(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Tran Minh Duc spoke on Monday.\n\nHe called the inspections “clearly retaliatory” and said Hanoi “reserves the right to respond” if they stayed."
	checkSpeaker(t, seg, in, "reserves the right", "Tran Minh Duc", Partial)
}

// TestWithAfterFramingVerb checks that someone speaking after a verb of
// opening or closing and "with" is the speaker, and not the subject.
func TestWithAfterFramingVerb(t *testing.T) {
	seg := newTestSegmenter(t)
	const lede = "Kell Radio aired the council's new advertisement.\n\n"
	checkSpeaker(t, seg, lede+"The 30-second ad ends with a narrator saying: “Kell deserves better.”", "Kell deserves", "narrator", Direct)
	checkSpeaker(t, seg, lede+"The rally ended with one protester shouting: “No deal!”", "No deal", "one protester", Direct)
	checkSpeaker(t, seg, lede+"The hearing opened with Ana Ode warning that the port would close.", "the port would close", "Ana Ode", Indirect)
}

// TestClauseOpenersAreNoSpeakers checks words that open a sentence or a
// clause before its subject: an ordinal that lists a point, a
// conjunction before an imperative, and "where" before the verb's own
// subject.
func TestClauseOpenersAreNoSpeakers(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Harbour master Ana Ode took questions.\n\nThe leaked notes had two aims, Ode said. First, they were meant to show that the port was “closed for good.”\n\n“That is not true,” she said.", "That is not true", "Ana Ode", Direct)
	wantNoQuotes(t, seg, "The vote is close. But don't expect a new mayor to take office before May.")
	checkSpeaker(t, seg, "Ana Ode spoke.\n\nThe plan has gone to the point where the board actually believes the port will close.", "the port will close", "board", Indirect)
	checkSpeaker(t, seg, "Ana Ode spoke.\n\nThe agency where she works said the port would close.", "the port would close", "agency", Indirect)
}

// TestIssuedDocument checks documents named with the participle of their
// issuing: the issuer after "by" is the speaker, else no one (a document
// alone speaks for no one), and the participle is no part of a name.
func TestIssuedDocument(t *testing.T) {
	seg := newTestSegmenter(t)
	const lede = "The council met on Monday in Kell.\n\n"
	checkSpeaker(t, seg, lede+"A news report published Wednesday said the minister used a personal email account for his work.", "personal email", "", Indirect)
	checkSpeaker(t, seg, lede+"Waits were the longest on record, according to data released Thursday by the Kell Health Authority.", "Waits were", "Kell Health Authority", Indirect)
	checkSpeaker(t, seg, lede+"A civil complaint filed by the Securities and Exchange Commission says the developers ran a fraud for years.", "ran a fraud", "Securities and Exchange Commission", Indirect)
	checkSpeaker(t, seg, lede+"A poll conducted by voters in Saturday’s primary showed that change mattered most to them.", "change mattered", "", Indirect)
	// a document posted on someone's website or page is theirs, and its
	// participle is no reporting verb
	checkSpeaker(t, seg, lede+"“The talks were useful,” said a statement posted on the ministry’s website.", "talks were useful", "ministry", Direct)
	checkSpeaker(t, seg, lede+"“The talks were useful,” a statement posted on Ana Ode’s Facebook page said.", "talks were useful", "Ana Ode", Direct)
}

// TestNumberInSubject checks that the comma inside a number ("40,000")
// neither ends a subject nor starts one.
func TestNumberInSubject(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "The council met on Monday.\n\nOne study of over 40,000 adults found that meal planning was linked to better diets."
	for _, q := range seg.Segment(in).Quotes {
		if m := in[q.Mention.Start:q.Mention.End]; m != "One study of over 40,000 adults" {
			t.Errorf("%s quote %q by %q: mention %q, want the whole study", q.Kind, in[q.Start:q.End], q.Speaker, m)
		}
	}
}

// TestDocumentObjectSpeaksForSubject checks that a document a verb's
// object is, with no issuer of its own, speaks for the sentence's subject,
// and that "early" or "late" before a day is a time, no part of a name.
func TestDocumentObjectSpeaksForSubject(t *testing.T) {
	seg := newTestSegmenter(t)
	const lede = "The race tightened on Friday.\n\n"
	checkSpeaker(t, seg, lede+"Ana Ode unleashed a series of tweets early Friday saying that her rival had shown bad judgment in hiring Ivo Lund “as a paragon of virtue.”", "paragon", "Ana Ode", Partial)
	checkSpeaker(t, seg, lede+"Ana Ode late Tuesday said the port would close for good in the spring.", "the port would close", "Ana Ode", Indirect)
}

// TestInvertedQuestionIsNoSpeaker checks that a question's inverted subject
// gives no speaker.
func TestInvertedQuestionIsNoSpeaker(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "The council met.\n\nThe question is: why would any rational person believe the port would reopen before the list of “failures” is fixed?"
	for _, q := range seg.Segment(in).Quotes {
		if q.Speaker != "" {
			t.Errorf("%s quote %q by %q, want no one", q.Kind, in[q.Start:q.End], q.Speaker)
		}
	}
}

// TestRoleSetOffAfterName checks that a role set off after a name stands
// for that person later, in capitals or not: "Ana Ode, the Transport
// Secretary," then "the Transport Secretary said", "the secretary said".
func TestRoleSetOffAfterName(t *testing.T) {
	seg := newTestSegmenter(t)
	const intro = "Trains\n\nThe timetable collapsed again.\n\nAna Ode, the Transport Secretary, visited the depot on Monday.\n\n"
	checkSpeaker(t, seg, intro+"“We will fix the trains,” the Transport Secretary said.", "fix the trains", "Ana Ode", Direct)
	checkSpeaker(t, seg, intro+"“We will fix the trains,” the secretary said.", "fix the trains", "Ana Ode", Direct)
	checkSpeaker(t, seg, "Trains\n\nThe Transport Secretary visited the depot.\n\n“We will fix the trains,” the Transport Secretary said.", "fix the trains", "Transport Secretary", Direct)
}

// TestPronounSkipsPlaceAndComplement checks that a name after "as" or a
// preposition of place is not the one a pronoun in the next sentence
// stands for; and that a witness the jury "heard from" still is.
func TestPronounSkipsPlaceAndComplement(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Novels\n\nThe book is long.\n\nI came to think of them as Iceberg Passages after Jo Ode explained them to me. “You see only a tenth of it,” she said.", "tenth", "Jo Ode", Direct)
	checkSpeaker(t, seg, "Trial\n\nThe judge spoke first.\n\nEarlier, the jury heard from Ivo Lund, 58, the van driver, who said he had been unloading crates. He told the court: “I heard it before I saw it.”", "heard it before", "Ivo Lund", Direct)
}

// TestTheyAfterNamedSubject checks that "they" with no group before it
// stands for the name that opens the sentence before: a firm written in
// the plural, or a person who goes by "they".
func TestTheyAfterNamedSubject(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Awards\n\nThe row went on.\n\nKell Records have twice denied doing anything wrong.\n\n“At no point did we block her show,” they said in a statement.", "block her show", "Kell Records", Direct)
	checkSpeaker(t, seg, "Rents\n\nThe council met.\n\nJordan Vesey, 29, a renter on Alder Street, said their rent had gone up twice.\n\n“Every time the city raises a fee, landlords pass it on,” they said.", "landlords pass", "Jordan Vesey", Direct)
	checkSpeaker(t, seg, "Strike\n\nThe port shut.\n\nAna Ode and Ivo Lund met the strikers on Monday.\n\n“We heard them out,” they said.", "heard them out", "Ana Ode and Ivo Lund", Direct)
	// and "it" for a name that is no man's or woman's
	checkSpeaker(t, seg, "Moon\n\nThe agency wants a lander.\n\nKell Aero is one of the companies bidding on the program. In a statement released November 5, it said it submitted a proposal that would involve the launch of a lander.", "submitted a proposal", "Kell Aero", Indirect)
	wantNoQuotes(t, seg, "Moon\n\nThe agency wants a lander.\n\nAna Ode is one of the bidders on the program. In a statement released November 5, it said the proposal was sound and cheap to build.")
}

// TestFindingThenSpeaker checks that words a finding leads into ("Polling
// shows that “…,”") are the speaker's who closes them ("said Ana Ode"),
// while a person's naming verb before keeps the words ("Ode called the
// plan “a disaster,” Lund said").
func TestFindingThenSpeaker(t *testing.T) {
	seg := newTestSegmenter(t)
	const lede = "Army\n\nThe debate went on.\n\n"
	checkSpeaker(t, seg, lede+"Polling shows that “the public is not comfortable with the military,” said Ana Ode, the editor of the magazine.", "the public is not", "Ana Ode", Partial, Direct)
	checkSpeaker(t, seg, lede+"Ivo Lund called the plan “a disaster,” Ana Ode said.", "a disaster", "Ivo Lund", Partial, Direct)
}

// TestPronounInSubordinateClause checks that a pronoun after "when" or
// "because" stands for the subject of the clause it hangs on, not the
// sentence's first name.
func TestPronounInSubordinateClause(t *testing.T) {
	seg := newTestSegmenter(t)
	const lede = "Generals\n\nThe debate went on.\n\n"
	checkSpeaker(t, seg, lede+"John Lund said Tom Ode was “absolutely right” when he said on Wednesday that under the old board, “the port was reduced to rubble.”", "reduced to rubble", "Tom Ode", Direct, Partial)
	checkSpeaker(t, seg, lede+"Ana Ode said Ivo Lund had left early because he was tired, and then she added that the port would close.", "the port would close", "Ana Ode", Indirect)
}

// TestRoleSynonymsOfSportAndStage checks that a player's position and an
// actor's trade stand for the footballer and the star named before.
func TestRoleSynonymsOfSportAndStage(t *testing.T) {
	seg := newTestSegmenter(t)
	const lede = "Star engaged\n\nSoap star Kiki Haldane has revealed she is engaged to footballer Dario Fenn.\n\n"
	checkSpeaker(t, seg, lede+"The Kell midfielder, 29, was quick to reply, writing: “Took me three rehearsals.”", "three rehearsals", "Dario Fenn", Direct)
	checkSpeaker(t, seg, lede+"The Kell Rovers midfielder, 29, was quick to reply, writing: “Took me three rehearsals.”", "three rehearsals", "Dario Fenn", Direct)
	checkSpeaker(t, seg, lede+"At the time, the actress admitted she had found the attention “really hard”.", "really hard", "Kiki Haldane", Partial)
}

// TestNamedAfterBareQuote: a quote that is its paragraph, then a
// paragraph that says whose it was ("That complaint came from …", "That
// was how … greeted the result"), is that person's, not more of the quote
// before it.
func TestNamedAfterBareQuote(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Chips\n\nGraham Oduya, who leads the alliance, said: \"Every time the rules move, we lose customers.\"\n\n\"Nobody here objects to the rules. We object to the timing.\"\n\nThat complaint came from Ruth Anand-Booker, general counsel at a chip designer.",
		"Nobody here", "Ruth Anand-Booker", Direct)
	checkSpeaker(t, seg, "Union vote\n\nThe count ended at ten.\n\n\"We did it. We actually did it.\"\n\nThat was how Dolores Mbeki, 44, a picker on the night shift, greeted the result.",
		"We did it", "Dolores Mbeki", Direct)
	// "That is how" followed by no name names no one
	in := "Rules\n\nIvo Lund chairs the board.\n\n\"Every member gets one vote.\"\n\nThat is how the system works, the handbook says."
	for _, q := range seg.Segment(in).Quotes {
		if cue := in[q.Cue.Start:q.Cue.End]; q.Kind == Direct && strings.Contains(cue, "how") {
			t.Errorf("a quote given to %q by %q", q.Speaker, cue)
		}
	}
}

// TestCompanyAfterLoneFirmName: "the company" is the business a lone word
// named, set off by what it does or is ("Parcelwise, which sells …",
// "Parcelwise, the online retailer,"), and not a union whose name holds a
// word of trade ("United Logistics Workers").
func TestCompanyAfterLoneFirmName(t *testing.T) {
	seg := newTestSegmenter(t)
	for _, appositive := range []string{"which sells doorbells and kettles", "the online retailer"} {
		in := "Union vote\n\nWorkers voted for representation by the United Logistics Workers.\n\nParcelwise, " + appositive + ", had campaigned against the union.\n\nIn a statement, the company said: \"We're disappointed.\""
		checkSpeaker(t, seg, in, "disappointed", "Parcelwise", Direct)
	}
}

// TestReportAfterItsYear: "report" after a year and a determiner or a
// possessive is a noun, not the verb of a subject before it.
func TestReportAfterItsYear(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Sea wall\n\nIn its 2021 report, “the sea wall is failing and must be raised,” the council warned.", "sea wall is failing", "council", Partial)
}

// TestBodyNameWithAnd: a body's name with "and" after its "of" or "for"
// is read whole, and a person "of" such a body is the speaker; a person
// set off after the "and" is no part of the name.
func TestBodyNameWithAnd(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Fish\n\nThe Ministry of Agriculture and Fisheries said it would appeal.", "it would appeal", "Ministry of Agriculture and Fisheries", Indirect)
	checkSpeaker(t, seg, "Flight\n\nA spokeswoman for the Department for Borders and Residence said the department would “appeal the decision robustly” in court.", "robustly", "Department for Borders and Residence", Partial)
	checkSpeaker(t, seg, "Flu\n\nDr. Lena Varga of the Kell Department of Health and Human Services says the risk continues.", "the risk", "Lena Varga", Indirect)
	checkSpeaker(t, seg, "Flu\n\nIn a letter to Ivo Lund, the director of the Department of Harbour Security and Aldo Rusk, the port secretary, said the plan was unsafe.\n\nThe agency said in a statement that it chose not to test the water.", "chose not", "Department of Harbour Security", Indirect)
}

// TestOneUnnamedThenHe: "One detainee, who …, said …" brings in someone
// unnamed whom the "he" of the quote after stands for.
func TestOneUnnamedThenHe(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Flight\n\nThe minister, Ana Ode, said the flight would go.\n\nOne detainee, a 29-year-old who asked not to be named, said that he had been woken at 4 a.m.\n\n“They gave us a plastic bag each,” he said.", "plastic bag", "One detainee", Direct)
}

// TestUnnamedAfterOpeningPhrase: someone brought in unnamed after an
// opening phrase ("In a statement read to the court, a 17-year-old
// survivor described …") is the "he" of the quote after, not a man named
// earlier.
func TestUnnamedAfterOpeningPhrase(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Sentence\n\nThe judge, Colin Baptiste, described the remorse as thin.\n\nIn a statement read to the court by the prosecutor, a 17-year-old survivor described the journey. “I thought the box was going to be my grave,” he wrote.", "my grave", "17-year-old survivor", Direct)
	// the sentence may end the paragraph before the one the quote opens
	checkSpeaker(t, seg, "Diner\n\nDenise Kowalczyk, who runs the diner, said the candidate had tipped well.\n\nNot everyone was won over. At the counter, a woman in a nurse's uniform listened for several minutes.\n\n''I liked him better in the Senate,'' she said.", "liked him", "woman", Direct)
}

// TestPluralPossessiveBodyName: a body's name with a plural possessive
// whose body's word comes a word later ("Taxpayers’ Justice Alliance") is
// read whole, for its spokesman's "he" too.
func TestPluralPossessiveBodyName(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Tribunal\n\nA spokesman for the Taxpayers’ Justice Alliance, which campaigns for lower immigration, said tribunals were too willing to second-guess caseworkers.\n\n“Judges see one appellant,” he said."
	checkSpeaker(t, seg, in, "tribunals were", "Taxpayers’ Justice Alliance", Indirect)
	checkSpeaker(t, seg, in, "Judges see", "Taxpayers’ Justice Alliance", Direct)
}

// TestDecisionSpeaksForItsIssuer: a regulator's decision is a document
// that speaks for the body that issued it.
func TestDecisionSpeaksForItsIssuer(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Fine\n\nThe Online Safety Commission fined Chirrup on Thursday. The platform \"consistently put growth ahead of the safety of children\", the decision said.", "consistently put", "Online Safety Commission", Partial)
}

// TestStackedTitlesAndSetOffNames: Commonwealth press stacks honorifics
// ("Dr. (Prof.)", "Prof. (Mrs.)") and sets the name off after a long
// role ("the Principal Secretary for Petroleum, Dr Anne Kosgei,"), whose
// holder speaks however far on the verb is.
func TestStackedTitlesAndSetOffNames(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Slide\n\n“We have been warning for a decade,” said Dr. (Prof.) Anjali Thapliyal, a geologist.", "warning", "Anjali Thapliyal", Direct)
	checkSpeaker(t, seg, "Admissions\n\nThe Vice-Chancellor, Prof. (Mrs.) Theodora Mensah, said the university would open a window.", "open a window", "Theodora Mensah", Indirect)
	checkSpeaker(t, seg, "Fuel\n\nThe minister, Ana Ode, spoke first.\n\nIn the capital, the minister for petroleum, Bea Lund, defended the review, saying the fund was “simply not sustainable”.", "simply not", "Bea Lund", Partial)
	checkSpeaker(t, seg, "Fuel\n\nIn the capital, the Principal Secretary for Petroleum, Dr Anne Kosgei, defended the review, saying the fund was “simply not sustainable”.", "simply not", "Anne Kosgei", Partial)
	checkSpeaker(t, seg, "Admissions\n\nAt the Great Hall, the Vice-Chancellor, Prof. (Mrs.) Theodora Mensah, apologised to students and said the university would open a window.", "open a window", "Theodora Mensah", Indirect)
	// after "according to", a relative clause tells that the name set
	// off is the role's
	checkSpeaker(t, seg, "Cricket\n\nThe celebrations had started early, according to the bowler’s elder brother, Dinesh Perera, who said their mother had been in tears.", "celebrations", "Dinesh Perera", Indirect)
}

// TestWelcomedAsAndPressRelease: "welcomed … as “…”" judges as "called"
// does, and a welcome with no "as" leaves the verb after it to report; a
// press release speaks for the body that issued it.
func TestWelcomedAsAndPressRelease(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Ruling\n\nAna Ode welcomed the ruling as “a victory for workers.”", "victory", "Ana Ode", Partial)
	checkSpeaker(t, seg, "Ruling\n\nThe oath was administered by Rep. Consuelo Marasigan, who welcomed the new members as \"partners in nation-building\" and urged others to follow.", "partners", "Consuelo Marasigan", Partial)
	checkSpeaker(t, seg, "Fine\n\nMr Whitfield welcomed the package but said it did not answer “the real question, which is why the fuel was there.”", "real question", "Whitfield", Partial)
	checkSpeaker(t, seg, "Fine\n\nCampaigners welcomed the decision but said fines alone would not change the industry.", "fines alone", "campaigners", Indirect)
	checkSpeaker(t, seg, "Cricket\n\nIn a press release issued late on Sunday, the Federal Cricket Board said the meeting had been \"validly convened\".\n\n\"The revised structure has been prepared after extensive consultation,\" the press release stated.", "revised structure", "Federal Cricket Board", Direct)
}

// TestWordsSetOffThenCameFrom: "Those words, posted …, came from X" names
// the speaker of the quote paragraph before it; "said a retired teacher
// who gave her name only as Monika" names Monika.
func TestWordsSetOffThenCameFrom(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Border\n\nThe island sits beside the channel.\n\n“We will not be intimidated.”\n\nThose words, posted on social media on Tuesday morning, came from Prime Minister Dorota Welczek, who later flew to the border.", "intimidated", "Dorota Welczek", Direct)
	checkSpeaker(t, seg, "Protest\n\nOthers brought coffee. „My parents had a farm. I know what these people go through,“ said a retired teacher who gave her name only as Monika.", "My parents", "Monika", Direct)
}

// TestPutItAfterLongSubject: "X, who …, put it bluntly:" reads X however
// long the clause set off after it, not a name inside the clause.
func TestPutItAfterLongSubject(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Budget\n\nSome legislators were uneasy about Mr. Dunleavy. One Republican senator from the southern tier, who spoke on condition of anonymity because he did not want to be seen breaking with Mr. Dunleavy, put it bluntly: “Nobody back home is going to thank me.”", "Nobody back home", "One Republican senator from the southern tier", Direct)
}

// TestHoursLaterCaptioning: "Hours later he shared a clip, captioning it:
// “…”" is his: "Hours" names no one, and "captioning" reports.
func TestHoursLaterCaptioning(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Closure\n\nChef Bernard Kovac closed the restaurant on Sunday.\n\nHours later he shared a short clip of his brigade, captioning the video simply: \"Family. Always.\"", "Family", "Bernard Kovac", Direct)
}

// TestDialogueScene: in a scene told in the present, a short line that
// fills the paragraph after another's short line is the other person's
// turn; in news told in the past, a short paragraph after "she said" goes
// on with her words.
func TestDialogueScene(t *testing.T) {
	seg := newTestSegmenter(t)
	scene := "Memoir\n\nRosalind Achterberg was a judge for 30 years. \"I loved every day of it,\" she says. Her husband, Gideon Achterberg, sits beside her.\n\n\"Tell her about the wig,\" he says.\n\n\"I'm not telling her about the wig.\""
	checkSpeaker(t, seg, scene, "Tell her", "Gideon Achterberg", Direct)
	checkSpeaker(t, seg, scene, "not telling", "Rosalind Achterberg", Direct)
	news := "Vote\n\nMayor Ana Ode lost the vote on Tuesday.\n\n“It’s over,” she said.\n\n“We lost.”"
	d := seg.Segment(news)
	if len(d.Quotes) != 1 || len(d.Quotes[0].Pieces) != 2 {
		t.Errorf("%q: got %d quotes, want one of two pieces", news, len(d.Quotes))
	}
}

// TestUnnamedWithModifiersAndPAC: "One released Ukrainian soldier, speaking
// to KTV, said …" is the "he" of the quote after; a PAC is the group.
func TestUnnamedWithModifiersAndPAC(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Swap\n\nColonel Aleksander Drobny oversaw the exchange.\n\nOne released Ukrainian soldier, speaking to the state broadcaster KTV, said he had lost 14 kilograms. \"They fed us, but not much,\" he said.", "They fed us", "released Ukrainian soldier", Direct)
	checkSpeaker(t, seg, "Money\n\nThe Federal Election Commission published the filings.\n\nHeartland Renewal PAC, the main super PAC supporting Hale, reported raising $52 million. The group said in a statement that it would spend “whatever it takes” to close the gap.", "whatever it takes", "Heartland Renewal PAC", Partial)
}

// TestPassiveWithAgent: "was described by Mehrotra as “…”" is Mehrotra's
// judgement; a passive with no agent still names no one.
func TestPassiveWithAgent(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Selection\n\nAnand Mehrotra named the squad.\n\nQadri took 51 wickets. He was described by Mehrotra as “a genuine wicket-taker who isn’t afraid to be hit”.", "genuine wicket-taker", "Anand Mehrotra", Partial)
	checkSpeaker(t, seg, "Plan\n\nThe plan was described by the mayor as “a disaster for the port”.", "a disaster", "mayor", Partial)
}

// TestAgentSetOffWithAffiliation: "Whitaker's agent, Glenn Abernathy of
// Crestline Sports Group, said" is the agent's; the sentence had given
// no one.
func TestAgentSetOffWithAffiliation(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Trade\n\nWhitaker's agent, Glenn Abernathy of Crestline Sports Group, said his client had not requested a trade.", "not requested", "Glenn Abernathy", Indirect)
}

// TestPartyTagWithComma: a party and ward in brackets after a name set
// off by commas ("Cllr Anne Price (Lab, Riverside),") are no speaker.
func TestPartyTagWithComma(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Budget\n\nOpening the debate, the cabinet member for finance, Cllr Anne Price (Lab, Riverside), said the authority had been left with “no good options” after a decade.", "no good options", "Anne Price", Partial)
	checkSpeaker(t, seg, "Bins\n\nThe cabinet member, Councillor Joanne Steele (Con, Wrexford North), said the change could not be put off: 'We are one of only four councils still collecting black bins every week.'", "We are one", "Joanne Steele", Direct)
}

// TestChantOf: "the crowd broke into a chant of “…”" is the crowd's, not
// the speaker of the clause before.
func TestChantOf(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Rally\n\nHale wasted little time going after his opponent. When he first mentioned her name, the crowd broke into a chant of \"Send her home! Send her home!\" that went on for nearly a minute.", "Send her home", "crowd", Direct, Partial)
}

// TestTradeFromPlace: "a self-employed plasterer from Thornbury Heath"
// comes from a place, which the "he" after is not; "a header from Nico
// Ferrow earned a draw" is from a person.
func TestTradeFromPlace(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Food bank\n\nAmong those waiting was Stuart Fenwick, 38, a self-employed plasterer from Thornbury Heath with three children.\n\n\"I never thought I'd be standing here,\" he said.", "never thought", "Stuart Fenwick", Direct)
	checkSpeaker(t, seg, "Derby\n\nLate Ferrow header keeps Rovers top\n\nRovers stayed top after a stoppage-time header from Nico Ferrow earned a draw.\n\n“I just had to close my eyes,” Ferrow said.", "close my eyes", "Nico Ferrow", Direct)
}

// TestPortfolioAndSeatNameNoOne: "the Minister for Social Support" and
// "the Labour MP for Carrick Vale" name a portfolio and a seat, not
// people the "she" after may stand for; "Senator" before a name set off
// after a role is a title.
func TestPortfolioAndSeatNameNoOne(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Estimates\n\nThe Minister representing the Minister for Social Support, Senator Helen Yearwood, defended the contract, saying it had been awarded \"in accordance with all procurement rules\".", "procurement", "Helen Yearwood", Partial)
	checkSpeaker(t, seg, "Water\n\nDame Helen Carrow chairs the company.\n\nUnder questioning from Tobias Ngata, the Labour MP for Carrick Vale, she conceded that monitoring equipment had been \"out of action for a period\" she could not specify.", "out of action", "Helen Carrow", Partial)
}

// TestOneDescribedThenNamed: "“…,” one woman said" is the woman the next
// paragraph names ("The woman, Loretta Vance, 66, said").
func TestOneDescribedThenNamed(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Dam\n\n“The water came through the back door,” one woman said as she waited outside a shelter.\n\nThe woman, Loretta Vance, 66, said a neighbor in a canoe reached the house about an hour later.", "back door", "Loretta Vance", Direct)
}

// TestHowOneSummedUp: "That is how one scientist summed up the findings"
// gives the quote before it to the scientist, whom "The scientist, Dr.
// Tomasz Wielgat," names after; "That is how a bill becomes law" gives it
// to no one.
func TestHowOneSummedUp(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Bees\n\n\"They simply forget where the flowers are.\"\n\nThat is how one scientist summed up the findings of a new study.\n\nThe scientist, Dr. Tomasz Wielgat, an ecologist at the institute, said the effect was subtle.", "simply forget", "Tomasz Wielgat", Direct)
	checkSpeaker(t, seg, "Law\n\n\"It goes to committee first.\"\n\nThat is how a bill becomes law in the state.", "committee first", "", Direct)
}

// TestOpeningPhraseThenWhich: "On Tuesday, the council, which controls
// the city, said" is the council's; the opening phrase is no subject.
func TestOpeningPhraseThenWhich(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Pause\n\nOn the other side of the front line, the Orlen Defence Council, which controls the city, said in a statement that it would accept a pause \"immediately and unconditionally.\"", "immediately", "Orlen Defence Council", Partial)
	checkSpeaker(t, seg, "Pause\n\nOn Tuesday, the Orlen Defence Council, which controls the city, said it would accept a pause \"immediately and unconditionally.\"", "immediately", "Orlen Defence Council", Partial)
}

// TestBodyInStatementSignedBy: "The commission, in a statement signed by
// its spokesperson, Mr Tunji Olatoye, said" is the commission speaking;
// the name in the set-off phrase signs for it.
func TestBodyInStatementSignedBy(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Fish\n\nThe Coastal Fisheries Directorate, in a statement signed by its Head of Public Affairs, Mr Selorm Agbeko, said the extension was “based on scientific evidence” and was needed.", "scientific evidence", "Coastal Fisheries Directorate", Partial)
}

// TestThatWasName: "That was Dr Fathima Beevi, president of …" and "The
// speaker was Mrs Nneka Eze, 39, …" name whose the quote before is;
// "That was Monday." names no one.
func TestThatWasName(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Campus\n\n\"Whoever is appointed, we will cooperate with him.\"\n\nThat was Dr Fathima Beevi, president of the teachers' association.", "Whoever", "Fathima Beevi", Direct)
	checkSpeaker(t, seg, "Flood\n\n\"The water came in the middle of the night.\"\n\nThe speaker was Mrs Nneka Eze, 39, a petty trader.", "middle of the night", "Nneka Eze", Direct)
	checkSpeaker(t, seg, "Rowing\n\n\"We go again next week.\"\n\nThat was Monday.", "go again", "", Direct)
}

// TestColonAfterOpeningWithVerb: a reporting verb in the opening phrase
// ("a meeting of state water supply secretaries") does not keep "the
// minister was blunt:" from naming the speaker of the quote after it.
func TestColonAfterOpeningWithVerb(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Water\n\nUnion Minister Dr Harish Chandra Naik asked states to speed up work.\n\nAddressing a review meeting of state water supply secretaries at Pragati Sadan here, the minister was blunt: \"Not a single village should be left out.\"", "Not a single", "Harish Chandra Naik", Direct)
}

// TestPronounAfterQuoteOfSentences: "“A. B,” she said" after "A
// spokeswoman for the corporation said …" is the spokeswoman's, though
// the sentence before the pronoun's is the quote's first.
func TestPronounAfterQuoteOfSentences(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Dengue\n\nA spokeswoman for the Kalindipur Municipal Corporation said fogging had been stepped up. \"Our teams have inspected premises. Construction sites are the biggest problem,\" she said.", "Our teams", "Kalindipur Municipal Corporation", Direct)
}

// TestSheIsName: a feature's "“…,” she shouts" about "a woman in a white
// hard hat" is the woman "She is Ingrid Solberg-Mensah, 46, …" names in
// the next paragraph; a capitalised headline holds no names the pronoun
// may stand for.
func TestSheIsName(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Metal\n\nIn a warehouse on the waterfront, a shredder begins to grind. A woman in a white hard hat leans close.\n\n\"People think recycling is the boring end,\" she shouts over the noise.\n\nShe is Ingrid Solberg-Mensah, 46, chief operating officer of Ferrocycle.", "boring end", "Ingrid Solberg-Mensah", Direct)
	checkSpeaker(t, seg, "The Cold Truth: How a Sensor Startup Learned to Love the Freezer Aisle\n\nAt 5:40 on a Tuesday morning, a woman in a fleece vest walks the length of a warehouse. Pallets slide past on a conveyor. She stops at bay 14.\n\n\"Ninety seconds is nothing to a human being,\" she says.\n\nShe is Dana Okonkwo-Reyes, 41, co-founder of Frostline Systems.", "Ninety seconds", "Dana Okonkwo-Reyes", Direct)
}

// TestQuoteAfterBodyInStatement: a quote that is its paragraph, after
// "The commission, in a statement signed by its spokesperson, Mr Tunji
// Olatoye, said …", goes on with the commission, not the name that signs.
func TestQuoteAfterBodyInStatement(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Court\n\nThe commission, in a statement signed by its spokesperson, Mr Tunji Olatoye, said the arraignment was part of its efforts.\n\n\"The commission wishes to reiterate that nobody is above the law.\"", "nobody is above", "commission", Direct)
}

// TestReadoutAndStatementIssuer: "a readout released late on Tuesday by the
// ministry" and "a statement from the ministry rejecting the claim as
// “…”" are the ministry's words.
func TestReadoutAndStatementIssuer(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Talks\n\nAccording to a readout released late on Tuesday by the Merovian Foreign Ministry, the two sides \"agreed to continue discussions on a mechanism.\"", "agreed to continue", "Merovian Foreign Ministry", Partial)
	checkSpeaker(t, seg, "Truce\n\nIn Tarkan, the official news agency carried a statement from the Tarkani Foreign Ministry rejecting the claim as \"fabricated from beginning to end.\"", "fabricated", "Tarkani Foreign Ministry", Partial)
}

// TestItSaidOfReadStatement: "“A. B,” it said." after "Mr Tully's victim
// impact statement was read out." is the statement's writer.
func TestItSaidOfReadStatement(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Fraud\n\nThe club's chairman, Graham Tully, asked to see the invoices.\n\nMr Tully's victim impact statement on behalf of the club was read out.\n\n\"Stephen was a friend to many of us. He was at the club every Saturday,\" it said. \"People cried in the clubhouse.\"", "friend to many", "Graham Tully", Direct)
}

// TestPronounNotTheOneQuoted: the "she" after “I cannot believe Martha
// would …” is not Martha, whom the quote speaks of, but the woman named
// before her; a name inside a quote the speaker quotes ("He said to me,
// ‘Mrs Ellory, …’") does not count.
func TestPronounNotTheOneQuoted(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Books\n\nJane Starner lives in Indiana. She gave me an email address for Ford’s sister, Martha Fry. “I cannot believe Martha would not want his books back in print,” she said.", "cannot believe", "Jane Starner", Direct)
	checkSpeaker(t, seg, "Waits\n\nMargaret Ellory, 71, has waited a year.\n\n‘He said to me, “Mrs Ellory, I can’t give you a date,”’ she said.", "He said to me", "Margaret Ellory", Direct)
}

// TestLowerCaseNickname: Marcus “the Cat” Delaney is a name in the
// opening phrase, not a quote whose end starts the speaker's line.
func TestLowerCaseNickname(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Semi\n\nAlan Pellow is the manager.\n\nAsked about Dunmore's forward Marcus \"the Cat\" Delaney, who has scored nine goals, Pellow offered a smile: \"He's a very good player.\"", "very good player", "Alan Pellow", Direct)
}

// TestAsPutItBeforeQuote: "…, or, as one supporter put it, “…”" is the
// supporter's, not the subject's of the clause before.
func TestAsPutItBeforeQuote(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Semi\n\nFans will hope for a repeat, or, as one supporter put it, \"another afternoon of my nerves being shredded\".", "nerves", "one supporter", Direct, Partial)
}

// TestPossessorsDocument: "According to the panel's written judgement"
// is the panel's; "the sheriff's office's annual report" the office's.
func TestPossessorsDocument(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Ban\n\nAccording to the panel's written judgement, the shoulder made \"direct and forceful contact\" with his head.", "forceful", "panel", Partial)
}

// TestRelativeOfDocumentOrFirm: "according to the center's written
// report, which described that group as “…”" is the center's, and "a
// polling firm whose survey found that “…”" the firm's.
func TestRelativeOfDocumentOrFirm(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Poll\n\nThe Halvorsen Center for Survey Research ran the poll.\n\nThe movement among independent voters was the most striking finding, according to the center's written report, which described that group as \"breaking late and breaking in no particular direction.\"", "breaking late", "Halvorsen Center for Survey Research", Partial)
	checkSpeaker(t, seg, "Poll\n\nHis support has stalled since early summer, according to Northgate Analytics, a nonpartisan polling firm whose most recent national survey found that \"no candidate other than the front-runner has gained ground.\"", "no candidate", "Northgate Analytics", Partial)
}

// TestMadeTheRemarks: "A senior commander … warned that …" is the
// commander whom "Brigadier General Hossein Dariush, who heads the
// division, made the remarks" names after.
func TestMadeTheRemarks(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Warning\n\nA senior commander in Kashvan's Guardian Corps warned on Friday that any attack would be met with a response \"that the region will remember for a generation.\"\n\nBrigadier General Hossein Dariush, who heads the corps' aerospace division, made the remarks in an interview.", "region will remember", "Hossein Dariush", Partial)
}

// TestRoleSetOffOpeningSentence: "said the minister" is the minister
// whom "The minister, Annika Strand, has made six trips" names after.
func TestRoleSetOffOpeningSentence(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Plane\n\nThe minister herself was more guarded.\n\n\"It would be irresponsible of me to put a date on anything,\" said the minister.\n\nThe minister, Annika Strand, has made six trips to the region.", "irresponsible", "Annika Strand", Direct)
}

// TestQuoteBeforeParticiplePhrase: "a “precautionary and temporary
// measure” prompted by …" is a partial quote, the participle's phrase no
// noun it modifies; "the “national team” led by Blue Origin" is a label.
func TestQuoteBeforeParticiplePhrase(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Alert\n\nThe Azmerati Defence Ministry said in a statement late on Thursday that the heightened alert was a \"precautionary and temporary measure\" prompted by \"unusual activity\" at missile bases.", "precautionary", "Azmerati Defence Ministry", Partial)
	in := "Moon\n\nThe only other bidder is the “national team” led by Blue Origin."
	if d := seg.Segment(in); len(d.Quotes) != 0 {
		t.Errorf("%q: %d quotes, want none", in, len(d.Quotes))
	}
}

// TestRoleBasedInPlace: "One European diplomat based in Savaran, who
// asked not to be named, said" is the diplomat's, not the city's; "A
// coroner has said" is the coroner "senior coroner Richard Pellow" names
// after (titles.tsv: coroner).
func TestRoleBasedInPlace(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Talks\n\nOne European diplomat based in Savaran, who asked not to be named, said the speech was \"more careful than it sounded.\"", "more careful", "One European diplomat", Partial)
	checkSpeaker(t, seg, "Coroner\n\nA coroner has said there were \"missed opportunities\" to treat a girl.\n\nRecording a conclusion, senior coroner Richard Pellow said: \"Ellie was bright.\"", "missed opportunities", "Richard Pellow", Partial)
}

// TestHonorificWithoutFullStop: British style writes "Prof", "Sgt" and
// "The Rev" without a full stop; the honorific is no part of the name
// (titles.tsv), and the "he" after "The Rev Alan Creswick …" is his, not
// the "Officers" a sentence before opened with, who are no person.
func TestHonorificWithoutFullStop(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Report\n\n‘This was not a computer glitch,’ Prof Helen Garside told reporters.", "computer glitch", "Helen Garside", Direct)
	checkSpeaker(t, seg, "Search\n\nOfficers urged people not to speculate.\n\nThe Rev Alan Creswick, vicar of St Bride's Church, opened the church overnight. He said the response had shown \"the very best of this town\".", "very best", "Alan Creswick", Partial)
}

// TestTheStatementSaid: "the statement said" is the statement's: "a
// statement on behalf of Mrs Ellery's family" is the family's, and the
// statement Tessa Morrow spoke in is hers.
func TestTheStatementSaid(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Court\n\nOutside court, Detective Chief Inspector Owen Brackley read a statement on behalf of Mrs Ellery's family.\n\n\"Mum was the centre of our family,\" the statement said.", "centre of our family", "Mrs Ellery's family", Direct)
	checkSpeaker(t, seg, "Rally\n\nIn a statement released after the rally, campaign spokeswoman Tessa Morrow said Hollister \"has spent more time courting donors.\"\n\nThe statement went on: \"Voters here deserve a senator who shows up.\"", "Voters here", "Tessa Morrow", Direct)
}

// TestHeardTelling: "Tony “Tank” Morales was heard telling the others:"
// is Morales's; the passive is no part of his name.
func TestHeardTelling(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "House\n\nInside the house, the housemates appeared relieved. Former boxer Tony \"Tank\" Morales was heard telling the others: \"Right, who is putting the kettle on?\"", "kettle", "Tony Morales", Direct)
}

// TestForHerHandTellsNoGender: "Rourke … reached for her hand" does not
// make Rourke a woman, so the "he" after is Rourke.
func TestForHerHandTellsNoGender(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Show\n\nCarol Fenwick turned to co-host Jamie Rourke and said goodbye.\n\nRourke, 41, reached for her hand. \"You are the heart of this show,\" he said.", "heart of this show", "Jamie Rourke", Direct)
}

// TestPostedCaption: the caption of one's own post is one's words:
// "Okafor shared a photo on Instagram …, with the caption: “…”"; a
// museum's caption is still no one's.
func TestPostedCaption(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Wedding\n\nJade Okafor married on Saturday.\n\nOkafor shared a single photo on Instagram on Sunday, showing the couple's hands, with the caption: \"Mrs Lindqvist. Forever starts now.\"", "Forever starts", "Jade Okafor", Direct)
	in := "Museum\n\nThe museum showed a photo with the caption \"Harbour at dawn\"."
	if d := seg.Segment(in); len(d.Quotes) != 0 {
		t.Errorf("%q: %d quotes, want none", in, len(d.Quotes))
	}
}

// TestTitleBeforeSubject: "“Harbour Lane” actress Nicola Pryce has
// launched an attack …, accusing him of “…”" is the actress's; the title
// that opens the sentence is no subject.
func TestTitleBeforeSubject(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Soap\n\n\"Harbour Lane\" actress Nicola Pryce has launched an attack on her co-star, accusing him of \"making life hell\" on set.", "making life hell", "Nicola Pryce", Partial)
}

// TestSpokespersonSynonyms: "the spokesman added" is the spokesperson
// named before; "SP Ahmed Lawal" is Ahmed Lawal, SP his title.
func TestSpokespersonSynonyms(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Kidnap\n\nPolice spokesperson Ahmed Lawal spoke on Monday.\n\nA farmer, Musa Danladi, said the roads were closed.\n\n\"Report any suspicious movement,\" the spokesman added.", "suspicious movement", "Ahmed Lawal", Direct)
	checkSpeaker(t, seg, "Kidnap\n\nThe command's spokesperson, SP Ahmed Lawal, said the suspects would be charged to court.", "charged", "Ahmed Lawal", Indirect)
}

// TestNameAfterOpeningPhrase: "In a motion filed last month, Hannah
// Greaves, a lawyer representing six drivers whose cash was seized,
// argued that …" is hers, the opening phrase and the set-off clause
// passed over.
func TestNameAfterOpeningPhrase(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Cash\n\nIn a motion filed in Hollis County Circuit Court last month, Hannah Greaves, a lawyer representing six drivers whose cash was seized, argued that the missing reports reflected \"a systematic failure to account for money.\"", "missing reports", "Hannah Greaves", Indirect)
}

// TestThatWasTheBluntMessage: "That was the blunt message from Reeve
// Linda Sauvé" names the speaker of the quote before, an adjective or two
// before the noun, a day before "from"; "Reeve" is a title.
func TestThatWasTheBluntMessage(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Bypass\n\n\"We have 600 trucks a day coming down Main Street.\"\n\nThat was the blunt message from Reeve Linda Sauvé, who opened the meeting.", "600 trucks", "Linda Sauvé", Direct)
	// a day between the noun and "from"
	checkSpeaker(t, seg, "Bank results\n\n\"Credit is normalizing. It is not deteriorating.\"\n\nThat was the message on Friday from Lorraine Achebe-Finch, chief financial officer of the bank.", "Credit is", "Lorraine Achebe-Finch", Direct)
}

// TestNamedOnlyAsAfterBody: "A commander of the Sulvan Defence Council,
// who gave his name only as Abu Karim, said" is Abu Karim's, not the
// council's; "Aunty" is an honorific.
func TestNamedOnlyAsAfterBody(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Convoys\n\nA commander of the Sulvan Defence Council, who gave his name only as Abu Karim, said that the group was not responsible for the hunger.", "not responsible", "Abu Karim", Indirect)
	checkSpeaker(t, seg, "Land\n\n‘I’m happy, really happy,’ said Aunty Rose Kennaway.", "really happy", "Rose Kennaway", Direct)
}

// TestWasAllHeSaid: "“I had nothing,” was all he told a television crew"
// is his; "the CS said" is the Cabinet Secretary named before.
func TestWasAllHeSaid(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Stage\n\nRace leader Jonas Berglund was dropped on the final climb.\n\n\"I had nothing,\" was all he told a television crew.", "had nothing", "Jonas Berglund", Direct)
	checkSpeaker(t, seg, "Fertiliser\n\nAgriculture Cabinet Secretary Joseph Mwangi Kariuki defended the programme.\n\nA farmer, Grace Atieno, disagreed.\n\n\"We tested samples from every county,\" the CS said.", "tested samples", "Joseph Mwangi Kariuki", Direct)
}

// TestCompoundSurnameAndSuffix: a surname of two words ("Marsh Tolley")
// is the person named in full before, and "Hollis" is "James P. Hollis
// Jr.", whose surname is not "Jr.": another Jr. is someone else.
func TestCompoundSurnameAndSuffix(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Prisons\n\nThe governor put Kathleen Marsh Tolley in charge of the prison service last month.\n\nMarsh Tolley told lawmakers the system had failed. \"We don't want those people here,\" she said.", "want those", "Kathleen Marsh Tolley", Direct)
	checkSpeaker(t, seg, "Hockey\n\nParise buried Joel Lind Ek’s feed on a two-on-one.\n\n“I didn’t really see him coming,” Lind Ek said.", "really see", "Joel Lind Ek", Direct)
	checkSpeaker(t, seg, "Threats\n\nRoy Carl Dunne Jr. was charged on Friday.\n\nJames P. Hollis Jr., the U.S. Attorney for the district, said the case mattered.\n\n\"The right to speak carries a duty,\" Hollis said in a statement.", "right to speak", "James P. Hollis Jr.", Direct)
}

// TestPronounSkipsPlaces: a name after "a" that modifies a noun ("a South
// Carolina workspace") or after "around" ("strolling around Central
// Park") is no one a later pronoun stands for.
func TestPronounSkipsPlaces(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Visit\n\nOwners gathered in a South Carolina workspace when they were told Deval Morgan would stop by.\n\nWhen Morgan walked in, the women turned around.\n\n“Don’t mind me!” he told them.", "mind me", "Deval Morgan", Direct)
	checkSpeaker(t, seg, "Visit\n\nAndrew met Corliss in 2010.\n\nDuring the visit, he was photographed with Corliss while strolling around Central Park.\n\nHe instead told the interviewer: “I had to go and see him.”", "had to go", "Andrew", Direct)
}

// TestAccordingToRoleThenName: "According to his aunt, Jane Starner,"
// credits the name set off after the role, before a quote or a clause;
// kin nouns (aunt, uncle, cousin) are roles.
func TestAccordingToRoleThenName(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Profile\n\nMike Ford grew up in Indiana.\n\nAccording to his aunt, Jane Starner, “He was brilliant from the start.”", "was brilliant", "Jane Starner", Direct)
	checkSpeaker(t, seg, "Profile\n\nMike Ford grew up in Indiana.\n\nAccording to his uncle, Paul Starner, he read everything.", "read everything", "Paul Starner", Indirect)
}

// TestNameBeforeLongAside: "“…,” Dylan Norris, a fellow at the Kell
// Institute in Munich, Germany, and co-author of the study, said" is the
// name's, an aside with commas of its own between it and the verb.
func TestNameBeforeLongAside(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Galaxies\n\nThe researchers ran the largest simulation yet.\n\n\"Experiments of this kind work when you get out more than you put in,\" Dylan Norris, a postdoctoral fellow at the Kell Institute for Astrophysics in Munich, Germany, and co-author of the study, said in a statement.", "Experiments of", "Dylan Norris", Direct)
	checkSpeaker(t, seg, "Moon\n\nThe agency chose a lander last year.\n\n\"The clearest path to the surface,\" Jim Chiltern, senior vice president for space and launch at Harwell Defense, Space, and Security, said on Tuesday.", "clearest path", "Jim Chiltern", Direct)
}

// TestColonHeads: "Steve Menet, Senior Vice President of Sales for
// Dräger, Inc., says:" is the name's, not the company's its aside ends
// on; "Buckley, who phoned in from the set of “Fargo,” had a similar
// experience:" is Buckley's, past the title in the relative clause.
func TestColonHeads(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Alarms\n\nSteve Menet, Senior Vice President of Sales for Draegen, Inc., says: “Effective alarm management continues to be a high focus.”", "Effective alarm", "Steve Menet", Direct)
	checkSpeaker(t, seg, "Film\n\nThe director met the cast in June.\n\nBuckley, who phoned in from the Chicago set of “Fargo,” had a similar experience: “It was just that immediate feeling.”", "immediate feeling", "Buckley", Direct)
}

// TestTitlesAndSurnamesThatAreRoles: "NASA Administrator Jim Bridenstone"
// is Jim Bridenstone, the Administrator; "analyst Ken Doctor" is Ken
// Doctor, and "says Doctor." later is he, not a doctor.
func TestTitlesAndSurnamesThatAreRoles(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Moon\n\n\"Companies of all sizes are joining,\" NASA Administrator Jim Bridenstone said in a statement.", "all sizes", "Jim Bridenstone", Direct)
	checkSpeaker(t, seg, "Papers\n\n\"It will take years,\" says veteran analyst Ken Doctor.\n\n\"They are making money on the way down,\" says Doctor.", "making money", "Ken Doctor", Direct)
}

// TestFamilyNameFirst: "Xi said" and "Wang said" after "Xi Jinping" and
// "Wang Yi, the foreign minister," are they, the family name written
// first; "Eva-Marie" is one given name, so the portfolio before it is the
// role's ("Director of Public Prosecutions Eva-Marie Lund").
func TestFamilyNameFirst(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Talks\n\nChinese President Xi Jinping met the delegation on Friday. Xi said the talks \"were useful.\"", "were useful", "Xi Jinping", Partial)
	checkSpeaker(t, seg, "Talks\n\nWang Yi, the foreign minister, arrived on Monday. Wang said the deal was \"close.\"", "close", "Wang Yi", Partial)
	checkSpeaker(t, seg, "Law\n\nDirector of Public Prosecutions Eva-Marie Lund said the case was \"closed for now.\"", "closed for", "Eva-Marie Lund", Partial)
}

// TestOfficeWithPortfolio: "The Minister for Foreign Affairs said" is the
// office, not "Foreign Affairs"; "Browns DL Sheldon Rickards" is Sheldon
// Rickards, a position's abbreviation before his name.
func TestOfficeWithPortfolio(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Law\n\nThe Minister for Foreign Affairs said the decision did \"not modify existing law.\"", "not modify", "Minister for Foreign Affairs", Partial)
	checkSpeaker(t, seg, "Fight\n\nBrowns DL Sheldon Rickards said Rudolph \"can't start a fight and then claim bullying.\"", "start a fight", "Sheldon Rickards", Partial)
}

// TestCompanyNouns: "the production company said" is the business named
// before; so is "the statement read" after "The company denied it in a
// statement", the firm a short name ("Harbour Tide") stands for; a name after "around" is a place, not whom
// "He" stands for.
func TestCompanyNouns(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Awards\n\nGreyline Productions denied it. \"At no time did we agree,\" the production company said.", "At no time", "Greyline Productions", Direct)
	checkSpeaker(t, seg, "Music\n\nThe singer left Harbour Tide Records in 2018.\n\nOn Thursday she accused Harbour Tide of blocking her film.\n\nThe company flat-out denied the allegations in a statement on Friday.\n\n\"We have worked diligently,\" the statement concluded.", "worked diligently", "Harbour Tide Records", Direct)
	checkSpeaker(t, seg, "Visit\n\nAndrew claims that he felt bound to visit Corliss. This required three days at the mansion. It must have been complicated.\n\nDuring the visit, he was photographed with Corliss while strolling around Central Park. Was this to find out more?\n\nHe instead told the interviewer: “I had to go and see him.”", "had to go", "Andrew", Direct)
}

// TestPronounChain: "He raised that point in criticism of NASA’s Lunar
// Landing System (LLS) procurement. ¶ “…,” he continued." goes on with whom the
// sentence's opening He stands for, not the name later in it.
func TestPronounChain(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Rockets\n\n“Every study in 40 years pointed to a heavy-lift rocket,” said Rep. Brian Babb (R-TX), ranking member of the House Science Committee’s space subcommittee.\n\nHe raised that point in criticism of NASA’s Lunar Landing System (LLS) procurement, which sought proposals for landers.\n\n“Switching horses midstream is not a wise move,” he continued.", "Switching horses", "Brian Babb", Direct)
}

// TestDiminutiveGivenName: "Tommy — who only goes by his first name
// online —" is a person (first_names.tsv v6 lists Tommy, Bobby, Eddie …),
// whom the he that follows stands for, not the billionaire named before.
func TestDiminutiveGivenName(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Money\n\nMany early retirees stick to billionaire Warren Buffel's favourite investment: index funds.\n\nTommy — who only goes by his first name online — retired nearly 10 years ago at age 51. He never earned a six-figure salary.\n\n\"Being mortgage free adds another level of mental freedom,\" he wrote.", "mortgage free", "Tommy", Direct)
}

// TestFirstNameOnlySources: "Marcus, 44, an electrician who … asked that
// his last name not be used," is Marcus, the request no report; "As one
// reader from Ashby put it in an email:" is the reader's; "One, Ana
// Lucía Serrano of Brookhaven, wrote" is hers; "as he likes to put it"
// is his; "the former tester from Brennan Hills" is no place.
func TestFirstNameOnlySources(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Money\n\nMarcus, 44, an electrician who lives outside Denholm and asked that his last name not be used, tried that approach. \"We sat down with a calculator,\" he said.", "sat down", "Marcus", Direct)
	checkSpeaker(t, seg, "Tips\n\nPerhaps the most common sentiment was weariness. As one reader from Ashby put it in a one-line email: “I miss when a cookie was just a cookie.”", "miss when", "one reader", Direct)
	checkSpeaker(t, seg, "Wills\n\nReaders were split. One, Ana Lucía Serrano of Brookhaven, wrote that her mother's decision \"was the kindest thing she ever did.\"", "kindest thing", "Ana Lucía Serrano", Partial)
	checkSpeaker(t, seg, "Blog\n\nOwen Castellano maxed out his accounts and lived, as he likes to put it, \"like a graduate student with a mortgage.\"", "graduate student", "Owen Castellano", Partial)
	checkSpeaker(t, seg, "Blog\n\nBy some measures, Owen Castellano did everything right.\n\nLast spring, at 38, the former software tester from Brennan Hills announced on his blog that he was leaving his job.\n\n\"I am not rich. I am just done,\" he wrote in the post.", "not rich", "Owen Castellano", Direct)
}

// TestSportsAndSurnameOnly: "Foxes president of basketball operations
// Samuel Ashford said" is his (a portfolio in lower case after the role);
// "Rookie G Darnell Prine Jr." is Darnell Prine Jr.; "called the coverage
// on the final play “a gift,”" quotes him, no title after "play"; "said a
// taxi driver, who gave only his surname, Liu" is Liu.
func TestSportsAndSurnameOnly(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Deadline\n\n\"We had real conversations,\" Foxes president of basketball operations Samuel Ashford said at a news conference.", "real conversations", "Samuel Ashford", Direct)
	checkSpeaker(t, seg, "Rookie\n\nRookie G Darnell Prine Jr., the Comets' first-round pick, has become a shadow. \"He'll pause the tape on a play,\" Prine said.", "pause the tape", "Darnell Prine Jr.", Direct)
	checkSpeaker(t, seg, "Game\n\nOkafor called the coverage on the final play \"a gift,\" saying Hill had motioned him across.", "a gift", "Okafor", Partial)
	checkSpeaker(t, seg, "Verdict\n\n\"He took so much money,\" said a taxi driver, who gave only his surname, Liu.", "took so much", "Liu", Direct)
}

// TestFirstOfTwoSurnames: "Ybarra" after "Ignacio Ybarra Santacruz" is
// he (Spanish names go by the first of two surnames), and so is the he
// that follows; "Sarah Whitlow SC" is Sarah Whitlow.
func TestFirstOfTwoSurnames(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Rates\n\nCentral bank governor Ignacio Ybarra Santacruz held rates on Tuesday. Analysts at Valores Cordillera had expected a cut.\n\nAsked about the minister’s comments, Ybarra smiled. “We have an excellent relationship,” he said.", "excellent relationship", "Ignacio Ybarra Santacruz", Direct)
	checkSpeaker(t, seg, "Fuel\n\nPresidential spokesman Julián Ferreyra Olmedo said on Tuesday that the cut would go ahead.\n\n\"I fill the tank twice a week,\" said Amílcar Sosa Benítez, 52.\n\nAsked whether the government would negotiate, Ferreyra left the door only slightly open. The president, he said, was willing to meet transport leaders \"any day of the week\".", "any day", "Julián Ferreyra Olmedo", Partial)
	checkSpeaker(t, seg, "Inquiry\n\n\"The risk was known,\" said counsel assisting the inquiry, Sarah Whitlow SC.", "risk was known", "Sarah Whitlow", Direct)
}

// TestObituaryForms: "Born Theodora Pike in 1931" names Theodora Pike,
// not "Born Theodora Pike"; "Said Henrik Dahl, her student:" opens with
// the verb, inverted; "the letter began" is the letter's writer's ("the
// Harbour Museum issued a statement", "she wrote a letter").
func TestObituaryForms(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Novelist\n\nBorn Theodora Pike in 1931, she wrote eleven novels. \"Write the thing you are embarrassed to write,\" she advised.", "Write the thing", "Theodora Pike", Direct)
	checkSpeaker(t, seg, "Biologist\n\nSaid Henrik Dahl, her former doctoral student and now director of the station: \"Half the papers on this coast cite her tables.\"\n\nAt a conference in 2006 she asked what a slide meant \"in English, for the fish.\"", "Half the papers", "Henrik Dahl", Direct)
	checkSpeaker(t, seg, "Refugees\n\nDays after its report was issued, the Harbour Museum issued a statement of concern about the bill.\n\n\"We remember the consequences,\" the statement said.", "We remember", "Harbour Museum", Direct)
}

// TestSharedSurname: of two people with one surname, the bare surname is
// the one named more often so far (the obituary's subject), not the
// relative named once since.
func TestSharedSurname(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Dr. Nuala Brennick, country doctor, dies at 89\n\nCARRIGMORE — Dr. Nuala Brennick, who for 37 years was the only physician in the valley, has died.\n\nHer death was confirmed by her nephew, Declan Brennick, who said she had been in declining health.\n\nBrennick arrived in Carrigmore in 1961, newly qualified. She stayed for the rest of her working life.\n\nThat was how Maeve Kinsale, the clinic's nurse from 1972 to 2005, summed up the woman she worked beside.\n\nBrennick never married. \"I had a valley instead,\" she told the Herald when she retired.", "valley instead", "Nuala Brennick", Direct)
}

// TestKinSurname: a person first named as someone's relative ("his wife,
// Carol Ostrow,") is not whom the bare surname names after; the one they
// are kin to is.
func TestKinSurname(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Coach who built Fenwick into a power dies at 76\n\nFENWICK — Harold Ostrow, the gruff football coach, died Thursday.\n\nThe cause was Parkinson's disease, his wife, Carol Ostrow, said.\n\nIn a 1998 interview, Ostrow said he had thought about quitting. \"So I stayed and finished it,\" Ostrow told the paper.", "stayed and finished", "Harold Ostrow", Direct)
}

// TestCaptionsAndLabels: a post's caption is its poster's words ("Callum
// Reddy posted a photograph … “…,” the caption read."; "The caption read
// simply: “Back.”"), and "the label said" is the record company named
// before.
func TestCaptionsAndLabels(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Tour\n\nOn Sunday Callum Reddy posted a photograph of his plaster cast on Instagram. \"Not the kind of hardware I was hoping to pick up this year,\" the caption read.", "Not the kind", "Callum Reddy", Direct)
	checkSpeaker(t, seg, "Reunion\n\nDrummer Robbie Kwan said little.\n\nKwan posted a single photo on Instagram on Monday. The caption read simply: \"Back.\"", "Back.", "Robbie Kwan", Direct)
	checkSpeaker(t, seg, "Album\n\nIn a statement, Fennick Music Group described the record as \"a bold step.\"\n\n\"Lena came to us with a very clear vision,\" the label said.", "clear vision", "Fennick Music Group", Direct)
}

// TestFamilyNameFirstAlone: "Jang was asked …" after "Jang Eun-sook" is
// she, though no list gives her gender, so "She stopped and said only:"
// is hers, not the polling firm's named since.
func TestFamilyNameFirstAlone(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Hearing\n\nSouth Korea’s prime minister nominee, Jang Eun-sook, apologised on Wednesday.\n\nA survey released on Tuesday by Hangil Research found that 48 percent of respondents opposed Jang’s appointment.\n\nAs she left the hearing room on Wednesday evening, Jang was asked by reporters whether she would consider stepping aside. She stopped briefly and said only: “I will let the committee and the people judge.”", "let the committee", "Jang Eun-sook", Direct)
}

// TestThatWasHowTheRole: "That was how the country's chief prosecutor,
// Renata Olazabal, summed up the decision" names the quote before, which
// no longer joins the lawyer's quote in the paragraph above it.
func TestThatWasHowTheRole(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Trial\n\n\"Evidence born illegal does not become legal,\" the lawyer, Ivo Quint, added.\n\n\"Today nobody is above the law.\"\n\nThat was how the country's chief anti-corruption prosecutor, Renata Olazabal, summed up the decision. She did not take questions.", "nobody is above", "Renata Olazabal", Direct)
}

// TestLeadAndColleagues: "Dr. Ana Ode and her colleagues write that …"
// is the lead's, who speaks for the team.
func TestLeadAndColleagues(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Coral\n\nDr. Ana Ode and her colleagues write that the effect was \"large and lasting.\"", "large and", "Ana Ode", Partial)
}

// TestTitleInsideRole: "“…,” the “Pose” actor previously said" is the
// actor's: the show's title inside the role neither ends the tail nor
// stays in the speaker's name.
func TestTitleInsideRole(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Show\n\n\"Hearing the heartbeat was something we never take for granted,\" the \"Harbour Lane\" actor previously said on the show.", "Hearing the heartbeat", "actor", Direct)
}

// TestLeadWithLongAsideAndColleagues: "lead author Dr. Tomas Ekwu, a
// physiologist at … in Wellford, New Zealand, and his colleagues write"
// is the lead's, past an aside with commas of its own.
func TestLeadWithLongAsideAndColleagues(t *testing.T) {
	seg := newTestSegmenter(t)
	checkSpeaker(t, seg, "Coral\n\nIn the paper, lead author Dr. Tomas Ekwu, a coral physiologist at Harrowgate University in Wellford, New Zealand, and his colleagues write that the effect \"diminishes sharply when heatwaves come close together.\"", "diminishes sharply", "Tomas Ekwu", Partial)
}

// TestReportedClauseBounds checks where reported clauses start and end
// and whose they are. The clause of a partial quote after "told him"
// starts after the one told, unless "to" follows (a directive keeps its
// object), and its speaker is the subject of the subordinate clause even
// with a place and a state set off after it; an attribution that closes
// its words ends them before the writer's participle phrase after it; a
// "per" after a comma sources the clause before it, and a statement's
// issuer speaks for it; a clause that its own verb reports keeps its
// speaker before "according to" ("told her counterpart … that").
func TestReportedClauseBounds(t *testing.T) {
	seg := newTestSegmenter(t)
	for _, tc := range []struct{ in, speaker, clause string }{
		{"Ivo Lund is assuring voters after a woman in Kellton, Va., told him she worries he is “too soft” to win.", "woman", "she worries he is “too soft” to win"},
		{"Ivo Lund is assuring voters after a woman in Kellton told him she worries he is “too soft” to win.", "woman", "she worries he is “too soft” to win"},
		{"A docker in Kellton, Va., told her the port is “finished” for good.", "docker", "the port is “finished” for good"},
		{"Ana Ode rallied the dockers, telling them to “hold the line” until spring.", "Ana Ode", "them to “hold the line” until spring"},
		{"Dockers voted 612 to 488 to join the union, the Harbour Labour Board said late Tuesday, handing organisers their first win.", "Harbour Labour Board", "Dockers voted 612 to 488 to join the union"},
		{"Kell Power Co. crews worked all night.\n\nService should be restored to 90% of customers by Sunday night, per a statement the utility released Thursday morning.", "Kell Power Co.", "Service should be restored to 90% of customers by Sunday night"},
		{"Shares rose 4 per cent, per Varncorp.", "Varncorp", "Shares rose 4 per cent"},
		{"Two men escaped with 180,000 crowns, prosecutor Ana Ode told a jury on Monday.", "Ana Ode", "Two men escaped with 180,000 crowns"},
		{"The regional governor, Petra Vasch, told reporters the road was shut.", "Petra Vasch", "the road was shut"},
		{"The road was shut, Petra Vasch told reporters on Monday.", "Petra Vasch", "The road was shut"},
		{"Half a million households will lose their supply from Monday, the regional utility Kell Water said on Thursday, after the driest summer on record left its reservoirs low.", "Kell Water", "Half a million households will lose their supply from Monday"},
		{"Ana Ode told her counterpart in a phone call on Monday evening that the port would stay shut, according to a readout of the call released by the ministry.", "Ana Ode", "that the port would stay shut"},
	} {
		d := seg.Segment(tc.in)
		checkDoc(t, tc.in, d)
		found := false
		for _, q := range d.Quotes {
			if q.Kind != Indirect {
				continue
			}
			found = true
			if got := tc.in[q.Start:q.End]; got != tc.clause || q.Speaker != tc.speaker {
				t.Errorf("%q: clause %q speaker %q; want %q %q", tc.in, got, q.Speaker, tc.clause, tc.speaker)
			}
		}
		if !found {
			t.Errorf("%q: no indirect quote", tc.in)
		}
	}
}

// TestTitleAfterOwnedDocument checks that a title set off after a
// document a possessive owns is no one's words: "report" there is a noun,
// not a verb whose subject says the title.
func TestTitleAfterOwnedDocument(t *testing.T) {
	seg := newTestSegmenter(t)
	for _, in := range []string{
		"The city’s February fiscal report, “Kell at the Crossroads,” showed deficits in each of the next four years.",
		"Her latest report, “Port in Peril,” was published on Monday.",
	} {
		d := seg.Segment(in)
		checkDoc(t, in, d)
		for _, q := range d.Quotes {
			if q.Kind != Indirect {
				t.Errorf("%q: %s quote %q by %q; want the title read as no one's", in, q.Kind, in[q.Start:q.End], q.Speaker)
			}
		}
	}
}

// TestTitleInListIsNoCue: "State" before "Representative" in a list set off
// by commas is a title, not the verb "state" with a clause after it.
func TestTitleInListIsNoCue(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Rally\n\nSeveral local figures joined her on the flatbed, including Mayor Ruth Okonkwo-Haines of Brannock Falls, State Representative Hal Brisco and Leon Farrier, the county party chairman."
	d := seg.Segment(in)
	checkDoc(t, in, d)
	for _, q := range d.Quotes {
		t.Errorf("got %s quote %q by %q, cue %q; want none", q.Kind, in[q.Start:q.End], q.Speaker, in[q.Cue.Start:q.Cue.End])
	}
}

// TestReplyToAddressed: "she replied" after words that address someone by
// an honorific and a surname ("…, Mrs Moreau.") is that person's reply,
// whoever the pronoun would stand for by itself; and words put to "her"
// with no question mark are answered by her too.
func TestReplyToAddressed(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Trial\n\nAgnes Moreau, 54, gave evidence against her former boss. Prosecutor Leona Varga called no other witness.\n\nThe barrister, Jonathan Pike, put it to her directly: “You signed hundreds of invoices that year, Mrs Moreau.”\n\n“I remember these ones because they frightened me,” she replied."
	checkSpeaker(t, seg, in, "I remember these ones", "Agnes Moreau", Direct)
	in = "Trial\n\nAgnes Moreau, 54, gave evidence against her former boss.\n\nProsecutor Leona Varga put it to her directly: “You signed hundreds of invoices that year.”\n\n“I remember these ones because they frightened me,” she replied."
	checkSpeaker(t, seg, in, "I remember these ones", "Agnes Moreau", Direct)
}

// TestNoWordAsSpeaker: a day set off after a participle, an amount that
// opens the sentence and a participle before a document's verb are no
// speakers' names; the document, the writer or the sentence's subject
// speaks.
func TestNoWordAsSpeaker(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Ferries\n\nThe council's first advert, launched Wednesday, argued the ferry could not survive another winter of cuts."
	checkSpeaker(t, seg, in, "the ferry could not survive", "council's first advert", Indirect)
	in = "Ferries\n\nMore than 15 months ago, I argued that \"the ferry may be a burden, but it is the burden the council chose.\" Lund failed to act."
	checkSpeaker(t, seg, in, "the ferry may be a burden", "")
	in = "Ferries\n\nCouncillor Ivo Lund is now celebrating his win over the board, tweeting out a message on Tuesday declaring it was “so good” to be free."
	checkSpeaker(t, seg, in, "so good", "Ivo Lund", Partial)
}

// TestRound25Sources: a quote that runs on into the next paragraph is
// the speaker's of the sentence that opens it, not of a verb in the
// sentence before, and a pronoun after an opening phrase in the sentence
// before speaks a quote with no attribution; "according to" a source set off with a description
// after it reports the clause before it, and a document's maker gets no
// role from it; "he said, according to the paper" keeps the quote's own
// speaker.
func TestRound25Sources(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Drought\n\nThe Growers’ Union said the cuts fell unfairly on farms. Its president, Gerda Haskell, set out the union’s position on Thursday: “Farmers are being asked to carry the load.\n\n“We expect the minister to step in.”"
	checkSpeaker(t, seg, in, "Farmers are being asked", "Gerda Haskell", Direct)
	in = "Letter\n\nMiriam Oakes wrote to shareholders.\n\nIn the letter, she also acknowledged mistakes. “We expanded into ready meals at exactly the wrong moment.\n\n“I own it.”"
	checkSpeaker(t, seg, in, "We expanded", "Miriam Oakes", Direct)
	in = "Farms\n\nLarge estates stand to lose most, while smaller hill farms could gain, according to modelling by the Rural Policy Institute, an independent think tank."
	checkSpeaker(t, seg, in, "Large estates stand to lose most", "Rural Policy Institute", Indirect)
	d := seg.Segment(in)
	for _, q := range d.Quotes {
		if q.Role != "" {
			t.Errorf("%q: role %q, want none", in[q.Start:q.End], q.Role)
		}
	}
	in = "Border\n\nAgents \"say you have got to watch this, it is a lot of money,\" he said, according to the Kellbridge Gazette, a daily paper."
	checkSpeaker(t, seg, in, "say you have got to watch this", "", Indirect, Partial)
	for _, q := range seg.Segment(in).Quotes {
		if q.Speaker == "Kellbridge Gazette" {
			t.Errorf("%s quote %q by the paper, want the one who said it", q.Kind, in[q.Start:q.End])
		}
	}
}

// TestRound25Relative: "in the past" between a relative clause's subject
// and its verb is a time, not a noun the verb's passive describes; a
// noun set off after a clause with its relative "that" ("…, a practice
// that …") is no clause that "asked" reports.
func TestRound25Relative(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Shops\n\nTwo chains asked suppliers for discounts, a practice that the adjudicator, Celia Brandt, has in the past described as “the quiet tax on the food chain”."
	checkSpeaker(t, seg, in, "the quiet tax", "Celia Brandt", Partial)
	for _, q := range seg.Segment(in).Quotes {
		if q.Speaker == "Two chains" {
			t.Errorf("%s quote %q by %q, want no clause of asked", q.Kind, in[q.Start:q.End], q.Speaker)
		}
	}
}

// TestRound25SetOff: a second report joined by "and" whose subject is a
// long phrase ("a spokesperson for the retailer Halden Foods said") ends
// the first clause; a name set off after a role and its phrase of ("Its
// director of policy, Ingrid Solberg,") speaks the quote after the colon.
func TestRound25SetOff(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Milk\n\nIndustry sources said several supermarkets had run short of milk, and a spokesperson for the retailer Halden Foods said by phone that deliveries had been delayed."
	checkSpeaker(t, seg, in, "several supermarkets", "Industry sources", Indirect)
	for _, q := range seg.Segment(in).Quotes {
		if q.Speaker == "Industry sources" && strings.Contains(in[q.Start:q.End], "delayed") {
			t.Errorf("%q: the second report is in the first's clause", in[q.Start:q.End])
		}
	}
	checkSpeaker(t, seg, in, "deliveries had been delayed", "Halden Foods", Indirect)
	in = "Food\n\nThe Consumer Council sided with the makers. Its director of policy, Ingrid Solberg, set out the council’s view: “We have looked hard for evidence.”"
	checkSpeaker(t, seg, in, "looked hard", "Ingrid Solberg", Direct)
}

// TestAccordingWhich: the source of "according to" reports again in a
// relative clause after it, set off by "which" or "who".
func TestAccordingWhich(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Fish\n\nLandings are expected to fall by 60 per cent, according to the Harbour Authority, which said several merchants had already put staff on short hours."
	checkSpeaker(t, seg, in, "several merchants", "Harbour Authority", Indirect)
	in = "Pork\n\nThe outbreak could cost the sector 300 million crowns, according to Henrietta Vogt, an economist at Kestrel Bank, who said prices had already fallen by 8 per cent."
	checkSpeaker(t, seg, in, "prices had already fallen", "Henrietta Vogt", Indirect)
}

// TestReportAfterClosingAttribution: a second report after an
// attribution that closes the first clause ("…, Kettering said in a note,
// though he cautioned that …") is read after its verb; a participle there
// keeps the first speaker.
func TestReportAfterClosingAttribution(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Wine\n\nAlasdair Kettering is an economist.\n\nPrices will rise, Kettering said in a note, though he cautioned that buyers could switch to cheaper wines."
	checkSpeaker(t, seg, in, "buyers could switch", "Alasdair Kettering", Indirect)
	in = "Talks\n\nVarnia will send its negotiators back in February, President Matthias Corvel said on Saturday, adding that last week's sessions had left him more hopeful."
	checkSpeaker(t, seg, in, "last week's sessions", "Matthias Corvel", Indirect)
}

// TestBodyOwnWords: a body's verb of naming inside another speaker's
// reported clause keeps its own subject ("a practice the council has
// called “…”"), and "it" after a name's body ("Ana Ode’s union") stands
// for that body.
func TestBodyOwnWords(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Wine\n\nThe Growers Council met.\n\nIndustry sources said two merchants had begun buying grapes from outside the valley, a practice the council has called \"a quiet betrayal of the appellation\"."
	checkSpeaker(t, seg, in, "a quiet betrayal", "Growers Council", Partial)
	in = "Port\n\nAna Ode’s union is defending the strike. It’s denouncing what it calls “a lockout in all but name.”"
	checkSpeaker(t, seg, in, "a lockout", "Ana Ode’s union", Partial)
}

// TestClauseThenLead: "X said A, and he called for B: “…”" gives the
// first verb's clause as well as the one that leads into the quote; a
// verb and its object right after "that" are a relative clause's, not
// the clause a verb reports.
func TestClauseThenLead(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Wine\n\nThe council’s president, Laurent Maillefer, said growers were facing a second blow after prices fell sharply last year, and he called for emergency support in a speech to members: \"Many of our members had already borrowed.\""
	checkSpeaker(t, seg, in, "growers were facing", "Laurent Maillefer", Indirect)
	checkSpeaker(t, seg, in, "Many of our members", "Laurent Maillefer", Direct)
	in = "Waits\n\nSome consumers reported telephone wait times that exceeded two hours."
	checkSpeaker(t, seg, in, "telephone wait times", "Some consumers", Indirect)
}

// TestWhatItCalled: the pronoun in "what it called" is the subject of the
// verb before "what", a body named in a clause after "as" though no
// quote has made it a speaker before; after a preposition ("over what it
// called") "it" is the body named last before it in the sentence.
func TestWhatItCalled(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Results\n\nPupils opened their results on Thursday to find that the share of top grades had fallen, as the Northern Assessment Board defended what it called ‘a steady return to pre-pandemic standards’."
	checkSpeaker(t, seg, in, "a steady return", "Northern Assessment Board", Partial)
	in = "Talk\n\nNorthgate University has refused to cancel a talk by the author Desmond Carville, despite a call from Northgate Students’ Union for the event to be dropped over what it called his ‘contempt for young people’."
	checkSpeaker(t, seg, in, "contempt for young people", "Northgate Students’ Union", Partial)
}

// TestQuotedWordsInSetOffClause: a few quoted words that end a relative
// clause set off between the subject and its verb do not hide the
// subject.
func TestQuotedWordsInSetOffClause(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Results\n\nOrla Marsh, 18, got three As.\n\nHer mother, Janine Kell, who had taken the day off work ‘just in case’, told reporters she had spent most of the morning refreshing the website."
	checkSpeaker(t, seg, in, "she had spent most of the morning", "Janine Kell", Indirect)
}

// TestSecretaryIsMinister: "the minister" after "Education Secretary
// Miriam Oakes" is hers, a portfolio's secretary being a minister, and
// her role is the whole title.
func TestSecretaryIsMinister(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Results\n\nEducation Secretary Miriam Oakes, visiting a college in Dunmore, rejected the criticism. ‘A grade has to mean the same thing,’ the minister said."
	checkSpeaker(t, seg, in, "A grade has to mean", "Miriam Oakes", Direct)
	in = "Strike\n\nPress Secretary Ivo Lund spoke first. Transport Minister Ana Ode came later. ‘We will not move,’ the minister said."
	checkSpeaker(t, seg, in, "We will not move", "Ana Ode", Direct)
	in = "Talks\n\nHealth Secretary Ana Ode said the plan was fine."
	d := seg.Segment(in)
	if len(d.Quotes) != 1 || d.Quotes[0].Role != "Health Secretary" {
		t.Errorf("%q: quotes %+v, want one with the role Health Secretary", in, d.Quotes)
	}
}

// TestRelativeSays: a relative clause whose speaker stands between the
// pronoun and "says" reports the verb phrase after it ("the plan, which
// the union says spends more on consultants …"); a noun after its
// determiner ("that this claim did not …") is no verb.
func TestRelativeSays(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Strike\n\nMany carried signs mocking the budget plan, which the union says spends more on consultants than on classrooms."
	checkSpeaker(t, seg, in, "spends more on consultants", "union", Indirect)
	in = "Money\n\nWe found that this claim did not originate with a credible news outlet."
	for _, q := range seg.Segment(in).Quotes {
		if q.Speaker == "this" {
			t.Errorf("%q: %s quote %q by %q", in, q.Kind, in[q.Start:q.End], q.Speaker)
		}
	}
}

// TestCampedOnTheLawn: a participle clause after the subject ("Dozens of
// students camped on the lawn outside the library") is no part of the
// subject's noun, before a perfect ("have said") as before a past.
func TestCampedOnTheLawn(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Students\n\nDozens of students camped on the lawn outside the library have said they will not leave until the university drops its plans."
	checkSpeaker(t, seg, in, "they will not leave", "Dozens of students", Indirect)
}

// TestDelayedLedeRole: a lede's unnamed role ("A coroner has ruled") is
// the person the article later gives that role ("Senior Coroner Elaine
// Faraday"), not the one the next paragraph names first (the victim).
func TestDelayedLedeRole(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Coroner says death was preventable\n\nA coroner has ruled that the death of a cyclist at a Westbury junction could have been prevented.\n\nDaniel Okoro, 34, a science teacher, died at the scene in March.\n\nConcluding the inquest on Thursday, Senior Coroner Elaine Faraday said the junction gave cyclists no space."
	checkSpeaker(t, seg, in, "the death of a cyclist", "Elaine Faraday", Indirect)
}

// TestBodyNameSetOff: a body's name with "of" inside, set off after its
// description ("A rider advocacy group, the Straphangers Alliance of Port
// Calder, said"), is the speaker.
func TestBodyNameSetOff(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Fares\n\nA rider advocacy group, the Straphangers Alliance of Port Calder, said in a statement that the board should have looked harder."
	checkSpeaker(t, seg, in, "the board should have looked harder", "Straphangers Alliance of Port Calder", Indirect)
}

// TestRelativeInReportedSubject: "He said parishes that objected could
// request …": the relative clause belongs to the reported clause's
// subject, which the clause starts with.
func TestRelativeInReportedSubject(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Synod\n\nDominic Ashgrove spoke.\n\nHe said parishes that objected could request pastoral oversight."
	checkSpeaker(t, seg, in, "parishes that objected could request", "Dominic Ashgrove", Indirect)
}

// TestTitleOfPlaceSetOff: a title and its place set off after the name,
// then a relative clause ("Celia Marran, Archbishop of Aldermere, who
// chaired …, urged"), leave the name as the subject.
func TestTitleOfPlaceSetOff(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Synod\n\nThe Most Rev Celia Marran, Archbishop of Aldermere, who chaired the final session, urged members to remember that “those who lost today are not our enemies”."
	checkSpeaker(t, seg, in, "those who lost today", "Celia Marran", Partial)
}

// TestDeclaredThingIsNoSpeech: a verb such as "declared" with a thing for
// its object inside another's reported clause ("added that Pell had
// declared his interests to the board “at every stage”") reports no
// words of its subject: the quoted words are the clause's speaker's.
func TestDeclaredThingIsNoSpeech(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Charity\n\nA lawyer for Graham Pell, Simon Drage, said his client denied any wrongdoing. He added that Pell had declared his interests to the board “at every stage and in writing”."
	checkSpeaker(t, seg, in, "at every stage", "Simon Drage", Partial)
}

// TestOpeningParticiple: a sentence that opens with a participle
// reporting a quote ("Calling Ode's challenger, Ana Lund, “…,” Mrs.
// Reyes upbraided Ode") gives it to the main clause's subject after the
// quote, not to the participle's object.
func TestOpeningParticiple(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Senate\n\nCalling Mr. Ode's Democratic challenger, Ana Lund, \"exactly the kind of partner I need in the Senate,\" Mrs. Reyes upbraided Mr. Ode for failing to act."
	checkSpeaker(t, seg, in, "exactly the kind of partner", "Reyes", Direct)
}

// TestTailBeforeParticipleClause: an attribution after a question ("“…?”
// her top aide Huma Abedin wrote to staffers in March, noting that …")
// stays the quote's though a participle's clause follows it.
func TestTailBeforeParticipleClause(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Money\n\n\"Can we discuss the fundraising plans for first quarter?\" her top aide Huma Abedin wrote to other senior staffers in March 2015, noting that the candidate was concerned."
	checkSpeaker(t, seg, in, "Can we discuss", "Huma Abedin", Direct)
}

// TestPluralOfSetOff: "Officials of the university, who asked not to be
// named, said": a plural and its phrase of, then a relative clause set
// off, are the subject.
func TestPluralOfSetOff(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Admissions\n\nThe Vice-Chancellor could not be reached. Officials of the university, who asked not to be named, said the matter would be tabled before the Senate."
	checkSpeaker(t, seg, in, "the matter would be tabled", "officials of the university", Indirect)
}

// TestWhileSpeakingSetOff: "The member representing Ogbadu, Hon. Musa
// Yakubu, while speaking to our correspondent, said": a participle's
// phrase after while, set off before the verb, hides neither the verb
// nor its subject.
func TestWhileSpeakingSetOff(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Admissions\n\nThe member representing Ogbadu Federal Constituency, Hon. Musa Danladi Yakubu, while speaking to our correspondent, said he had written to the Vice-Chancellor."
	checkSpeaker(t, seg, in, "he had written", "Musa Danladi Yakubu", Indirect)
	in = "Politics\n\nPolitical analyst Dr. Yemi Ogunleye of Ubulu State University, while speaking to our correspondent, said that defections had little to do with ideology."
	checkSpeaker(t, seg, in, "defections had little", "Yemi Ogunleye", Indirect)
}

// TestTitleSetOffName: a title that opens the clause, with or without
// "The" and a portfolio in brackets, then the name set off ("Principal
// Secretary (Health), Smt. Meenakshi Rao, informed"): the name speaks.
func TestTitleSetOffName(t *testing.T) {
	seg := newTestSegmenter(t)
	for _, in := range []string{
		"Health\n\nPrincipal Secretary (Health), Smt. Meenakshi Rao, informed that the department had trained 9,400 frontline workers.",
		"Health\n\nPrincipal Secretary, Smt. Meenakshi Rao, informed that the department had trained 9,400 frontline workers.",
	} {
		checkSpeaker(t, seg, in, "the department had trained", "Meenakshi Rao", Indirect)
	}
	in := "Health\n\nThe Principal Secretary (Health), Meenakshi Rao, said the department had trained workers."
	d := seg.Segment(in)
	if len(d.Quotes) != 1 || in[d.Quotes[0].Mention.Start:d.Quotes[0].Mention.End] != "Meenakshi Rao" {
		t.Errorf("%q: quotes %+v, want one whose mention is the name", in, d.Quotes)
	}
}

// TestClubsAndLeagues: "the club" is the club the article is about, named
// as Europe and Latin America name clubs ("Deportivo San Aurelio", "FC
// Hafenberg 1897"), not an opponent after "by" or a former club after
// "from … side"; "the league" and the "it" after it are the league
// named ("The Liga Pampeana").
func TestClubsAndLeagues(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Coach sacked\n\nSEVILLA DEL MAR, Spain — Deportivo San Aurelio dismissed head coach Martín Olvera on Monday, after a 3-0 home defeat by Real Cantera.\n\nOlvera arrived from Uruguayan side Atlético Bañados two summers ago.\n\nIn a statement on its website, the club said it would name a permanent successor before the international break."
	checkSpeaker(t, seg, in, "a permanent successor", "Deportivo San Aurelio", Indirect)
	in = "Ban\n\nROSALES, Argentina — The Liga Pampeana on Wednesday ordered Sportivo Ribera to play behind closed doors.\n\nThe league also fined the club 12 million pesos. In its written ruling, it said the club had failed to carry out body searches."
	checkSpeaker(t, seg, in, "failed to carry out", "Liga Pampeana", Indirect)
}

// TestTitleOpensSentenceRole: "Federal Minister for Power, Kamran Niazi,
// defended …" names the role "the minister" stands for later, though no
// article opens the title; a phrase in words before a name ("According
// to a Varnian official briefed on the call, Corvel …") is no title.
func TestTitleOpensSentenceRole(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Power\n\nFederal Minister for Power, Kamran Niazi, defended the decision on Thursday.\n\n\"We have asked the companies to cut losses,\" the minister said."
	checkSpeaker(t, seg, in, "We have asked", "Kamran Niazi", Direct)
	in = "Talks\n\nAccording to a Varnian official briefed on the call, Matthias Corvel opened by expressing condolences.\n\n“It was not a friendly call,” the official said."
	checkSpeaker(t, seg, in, "not a friendly call", "official", Direct)
}

// TestDistrictAfterTitle: "Deputy Commissioner Khairabad, Zulfiqar Ali
// Memon," names the district after the title and the holder after it:
// "he" is Memon, not Khairabad; a list of titled names ("Gov. Ana Ode,
// Mayor Ivo Lund, and …") keeps each.
func TestDistrictAfterTitle(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Floods\n\nDeputy Commissioner Khairabad, Zulfiqar Ali Memon, who visited the camp on Wednesday, told reporters that 1,100 tents had been received.\n\n“We are not hiding the numbers,” he said."
	checkSpeaker(t, seg, in, "not hiding the numbers", "Zulfiqar Ali Memon", Direct)
	in = "Floods\n\nGovernor Ode, Mayor Ivo Lund, and Senator Ana Varga toured the camp.\n\n“We will rebuild,” Ode said."
	checkSpeaker(t, seg, in, "We will rebuild", "Ode", Direct)
}

// TestAmongWas: "Among the protesters was Smt. Gurnam Kaur, 61, …": the
// name after the verb of the inverted sentence is its subject, whom "she"
// after it stands for.
func TestAmongWas(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Farmers\n\nDistrict Collector Smt. Priya Nair informed that traffic had been diverted.\n\nAmong the protesters was Smt. Gurnam Kaur, 61, of Bhaini Khurd village, who has been sleeping in a tractor-trolley at the site since Monday.\n\n“My son took a loan for this crop.\n\n“If the government cannot buy our grain on time, what is the use?” she said."
	checkSpeaker(t, seg, in, "My son took a loan", "Gurnam Kaur", Direct)
}

// TestOfDistrictNumber: "Council Member Ana Ode of District 5, who …,
// said": the district's number ends her affiliation, and the speaker is
// her name with her title as the role.
func TestOfDistrictNumber(t *testing.T) {
	seg := newTestSegmenter(t)
	for _, in := range []string{
		"Budget\n\nCouncil Member Victor Oyelaran of District 2, one of three members to vote no, said the plan leaned too heavily on one-time money.",
		"Budget\n\nCouncil Member Victor Oyelaran of District 2 said the plan leaned too heavily on one-time money.",
	} {
		checkSpeaker(t, seg, in, "the plan leaned", "Victor Oyelaran", Indirect)
	}
}

// TestItAfterBodyAsObject: "It said" after a sentence that names a body
// only as the object of "by" ("The increase is driven by the Verde Basin
// Authority, the wholesaler that supplies water.") is that body's.
func TestItAfterBodyAsObject(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Water\n\nThe increase is also driven by the Verde Basin Authority, the regional wholesaler that supplies water. It said last month that its charges would rise 9 percent."
	checkSpeaker(t, seg, in, "charges would rise", "Verde Basin Authority", Indirect)
}

// TestNowSays: "now" or "still" between the subject and its verb ("Falk
// now says that …") leaves the subject the speaker.
func TestNowSays(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Library\n\nOren Falk opposed it.\n\nFalk now says that he underestimated how much the town would use the building."
	checkSpeaker(t, seg, in, "he underestimated", "Oren Falk", Indirect)
}

// TestColonLineNoVerb: an adjective that looks like a verb ("He was more
// pointed later in the same message: “…”") and the verb of a clause after
// how ("She is blunt about how it felt: “…”") leave the line's subject
// the speaker.
func TestColonLineNoVerb(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Veto\n\nMayor Howard Brandt vetoed it.\n\nHe was more pointed later in the same message: “I share the concerns about housing, but this punishes homeowners.”"
	checkSpeaker(t, seg, in, "I share the concerns", "Howard Brandt", Direct)
	in = "Book\n\nMarguerite Sallow rewrote the book while her house was gutted.\n\nShe is blunt about how it felt: “Every morning I sat down and tried to remember sentences.”"
	checkSpeaker(t, seg, in, "Every morning", "Marguerite Sallow", Direct)
}

// TestDirectedThat: a court "directed that …" reports its order; a film
// directed by someone reports nothing, and "more direct" is no verb.
func TestDirectedThat(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Court\n\nIn her ruling on Tuesday, Lady Justice Wanjiku Mbugua directed that the Authority should not demolish the homes."
	checkSpeaker(t, seg, in, "should not demolish", "Wanjiku Mbugua", Indirect)
	in = "Film\n\nAna Ode directed the film in 2019. Her producer was more direct."
	for _, q := range seg.Segment(in).Quotes {
		t.Errorf("%q: %s quote %q by %q, want none", in, q.Kind, in[q.Start:q.End], q.Speaker)
	}
}

// TestAccordingToBodySetOffName: "According to his team, Lumena–Brabo,
// Verhaegen suffered …": the body's name set off after its noun is the
// source, a name joined by an en dash whole; the clause is the rest.
func TestAccordingToBodySetOffName(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Cycling\n\nAccording to his team, Lumena–Brabo, Verhaegen suffered a suspected broken collarbone and will not start."
	checkSpeaker(t, seg, in, "Verhaegen suffered", "Lumena–Brabo", Indirect)
}

// TestTailBeforeColonIsNoAttribution: a sentence after a quote that ended
// its own, whose verb leads on through a colon ("“….” Her readers, it
// seems, agree: …"), does not attribute the quote before it.
func TestTailBeforeColonIsNoAttribution(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Food\n\nConstance Whitlow writes a column.\n\nShe reserves scorn for so-called “elevated” comfort food, a trend she once summed up in print as “a cheese toastie with a mortgage.” Her readers, it seems, agree: that column drew more letters than anything."
	for _, q := range seg.Segment(in).Quotes {
		if q.Speaker == "Her readers" || q.Speaker == "readers" {
			t.Errorf("%s quote %q by %q, want not the readers", q.Kind, in[q.Start:q.End], q.Speaker)
		}
	}
}

// TestOfHers: "A single paragraph of hers once described …": the words
// are hers, whom the pronoun stands for.
func TestOfHers(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Food\n\nConstance Whitlow writes a column.\n\nA single paragraph of hers once described a restaurant’s signature dish as “a lobster that died for nothing,” and the restaurant closed."
	checkSpeaker(t, seg, in, "a lobster that died", "Constance Whitlow", Partial)
}

// TestInstituteNotItsScientist: "the institute" after "Achterberg, a
// glaciologist with the Polar Survey Institute," is the institute, not
// the scientist whose appositive names it after "with".
func TestInstituteNotItsScientist(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Ice\n\nDr. Mireille Achterberg works on the ice.\n\nAchterberg, a glaciologist with the Polar Survey Institute, has spent nine summers on the ice.\n\nThe institute said in a statement that the results would be fed into the next assessment."
	checkSpeaker(t, seg, in, "the results would be fed", "Polar Survey Institute", Indirect)
}

// TestFoodFirmIsCompany: "Lindqvist Dairies" is a business by its last
// word, which "the company" after it stands for.
func TestFoodFirmIsCompany(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Milk\n\nThe blockade at the Ostmark creamery, run by the cooperative Lindqvist Dairies, began on Tuesday after the company announced it would pay farmers 31 cents a litre."
	checkSpeaker(t, seg, in, "it would pay farmers", "Lindqvist Dairies", Indirect)
}

// TestAmountInSetOffClause: an amount in a clause set off before the verb
// ("Margaret Hale, 76, who lost £148,000, said") hides no subject.
func TestAmountInSetOffClause(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Fraud\n\nRetired teacher Margaret Hale, 76, who lost £148,000, said in her statement that she could no longer afford to heat her home."
	checkSpeaker(t, seg, in, "she could no longer afford", "Margaret Hale", Indirect)
}

// TestBodyWithAndAfterFor: "Dr. Matthias Berle of the Federal Institute
// for Snow and Avalanche Research, whose team …, said": the body's name
// holds its "for" and its "and", and the man before it speaks.
func TestBodyWithAndAfterFor(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Ice\n\nDr. Matthias Berle of the Federal Institute for Snow and Avalanche Research, whose team had been monitoring the glacier, said movement had accelerated."
	checkSpeaker(t, seg, in, "movement had accelerated", "Matthias Berle", Indirect)
}
