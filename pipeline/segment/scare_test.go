package segment

import "testing"

// TestNotSpeech checks the rules that drop quoted text that is nobody's
// words, and that the speech next to them is kept: want lists the quotes
// (direct and partial) that must come out, in order.
func TestNotSpeech(t *testing.T) {
	seg := newTestSegmenter(t)
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"a title-case name after a, that an appositive describes", "Pit\n\nThe company has also circulated a \"Good Neighbour Agreement,\" a 12-page document promising dust control and a fund for road repairs.", nil},
		{"a label after a possessive and an adjective", "Rugby\n\nTōtara Valley’s much-talked-about “Valley wall” defence, which had conceded just four tries in eight matches, leaked three in the second spell.", nil},
		{"what a speaker called a title-case phrase is theirs", "Pit\n\nHe called it a \"Total Disaster,\" a phrase he repeated twice.", []string{"Total Disaster,"}},
		{"a release headed by its title", "Breach\n\nThe release, headed “Update on Cyber Incident Affecting Customer Data”, was published shortly after 7am.", nil},
		{"a long title after its work's noun, with its comma inside", "Union\n\nMr. Osei said the union would use its pamphlet “Know Your Rights on the Warehouse Floor,” which organizers hand out.", nil},
		{"a nickname papers have taken to calling something", "Outbreak\n\nLocal newspapers have taken to calling the outbreak the “Carrow cough”, a nickname that has spread quickly.", nil},
		{"a manifesto under the title", "Coast\n\nLast month the Assembly published a 40-page manifesto under the title “A Charter for the Coast,” with demands for control over port revenues.", nil},
		{"heading quote between paragraphs", "Ana Rivera spoke for an hour.\n\n“A very long night”\n\nRivera said the vote had been close.", nil},
		{"numbered heading quote", "Ana Rivera spoke for an hour.\n\n4. \"Not my harbour\"\n\nRivera said the vote had been close.", nil},
		{"title-case subheading with full stop", "Ana Rivera spoke for an hour.\n\n'All Bets Are Off.'\n\nRivera said the vote had been close.", nil},
		{"quote paragraph with full stop is speech", "Ana Rivera spoke for an hour.\n\n“We stayed all night.”\n\nRivera left.", []string{"We stayed all night."}},
		{"quote paragraph with words after is speech", "Ana Rivera spoke.\n\n“A long night,” Rivera said.", []string{"A long night,"}},
		{"headline opening with a quote", "“Harbour Hours”: Varnia port to close at dusk\n\nRivera said the port would close.", nil},
		{"quote paragraph with cue after is speech", "“Harbour Hours” Rivera said\n\nThe port closed.", []string{"Harbour Hours"}},
		{"title opens headline", "“The Long Quay” wins top prize at Ostra festival\n\n“It was a surprise,” Rivera said.", []string{"It was a surprise,"}},
		{"title and subtitle", "The cartoonist Ivo Lund published a collection called “Yuge!: 30 Years of Harbour Life,” and it sold well.", nil},
		{"book title and subtitle after a name", "Ana Ode's own memoir, “Lost Tycoon: The Many Lives of a Harbour Master,” has sold 23,000 copies.", nil},
		{"second title in a list", "Ode, who has starred in “Harbour Nights” and “Guardians of the Quay,” posted the clip.", nil},
		{"programme someone told", "“Of course the mayor is fair game,” Ode told “Port and Friends,” reminding the hosts of the vote.", []string{"Of course the mayor is fair game,"}},
		{"programme of an interview", "“We will not back down,” Ana Ode said in an interview with “Port Sunday.”", []string{"We will not back down,"}},
		{"title and subtitle with a number after called", "The cartoonist Ivo Lund published a collection called “Yuge!: 30 Years of Harbour Life.”", nil},
		{"title with apposition", "“The Long Quay”, a quiet film about two brothers, won on Saturday, Rivera said.", nil},
		{"title-case speech before cue is kept", "“Never Again”, Rivera said on Monday.", []string{"Never Again"}},
		{"known as, with words between", "The positions were known on the treasury desk as “the parking lot.” By June they were large.", nil},
		{"description after a code name", "The ministry described the drills, code-named “Iron Tide,” as “a rehearsal for aggression.”", []string{"a rehearsal for aggression."}},
		{"code name", "The war began in March, when Varnian troops launched an offensive, code-named “Operation Iron Meadow,” to seize three villages claimed by both countries.", nil},
		{"song performed", "The band brought out Ana Ode during an encore to perform “Takin’ It to the Harbour.”", nil},
		{"a programme's title of six words after of", "Ivo Lund is best known for his years on the radio. He is now host of “The Late Hour with Ana Ode.”", nil},
		{"song after the intro to", "He sat at the keyboard and began the intro to “Takin’ It to the Harbour.”", nil},
		{"titles in a list, the last after and", "The tour will include the band's hits, including “Listen to the Tide,” “Long Quay Running,” and “Salt Grove.”", nil},
		{"title in a list", "The service carries films from Ostra Pictures, “Long Quay,” Tide Studios and others, Rivera said.", nil},
		{"title-case quote after comma is kept", "Rivera said, “Vote For Change,” and left the hall.", []string{"Vote For Change,"}},
		{"title after a headline's label", "Review: “The Salt Orchard” finds grief in a farmhouse\n\nThe play runs through March.", nil},
		{"label after a determiner and an adjective", "The much-discussed ‘blitz’ defence that Lund introduced held firm.", nil},
		{"what someone called, a participle after", "He was hired to deliver what Ivo Lund called a “five-year project” built around the academy.", []string{"five-year project"}},
		{"paper's title in sentence case set off", "Their paper, “Catch-up sleep and heart risk in shift workers”, was published this week.", nil},
		{"debut's title after an interrupted quote's attribution", "‘My job was to get out of the way,’ said Ana Ode, who directed Marr’s debut, ‘Saltmarsh’, at the same venue.", []string{"My job was to get out of the way,"}},
		{"title set off after its noun", "The hospice said its annual winter appeal, “Light the Way”, would go ahead in December.", nil},
		{"title set off after its noun, comma inside", "The band said its new album, “Salt and Iron,” would be out in May.", nil},
		{"title set off after a report and its year, ending the sentence", "Mr Fraser said the burn had been listed as a priority in the agency’s 2020 report, ‘Fuel Management on Crown Land’.", nil},
		{"title set off after a report, a straight mark closing it", "The sea wall had been called vulnerable in a 2021 report, “Coastal Resilience in the West\", which recommended raising it.", nil},
		{"a name people call someone by", "Vance, 51, won two titles. Players and fans call him “Coach V,” and his teams are known for their speed.", nil},
		{"a name people call something by, after the", "He was placed in a holding cell that inmates and guards alike call the “drunk tank,” the lawsuit says.", nil},
		{"a name after the that an appositive describes", "His teams are known across the district for the “Mustang Mile,” a punishing run up the hill.", nil},
		{"a long report's name after the, described after it", "The findings will go into the next edition of the “Global Assessment of Sea Level Change,” an international report due in two years.", nil},
		{"a study's long title set off after its noun", "The study, ‘Dietary Processing and Cognitive Trajectories in Older Adults’, is published today.", nil},
		{"what someone calls something is their judgement", "Cruz has railed against what he calls the “Washington cartel” for months.", []string{"Washington cartel"}},
		{"a judgement people call something by", "Critics call the plan “a giveaway,” but the mayor disagrees.", []string{"a giveaway,"}},
		{"speech in lower case after a report is kept", "In its 2021 report, “the sea wall is failing and must be raised,” the council warned.", []string{"the sea wall is failing and must be raised,"}},
		{"title-case words after a verb's object are kept", "Ode told reporters, “We Will Win,” and left the hall.", []string{"We Will Win,"}},
		{"programme after of", "On Tuesday’s episode of “The Harbour Morning Show,” Rivera said the port would close.", nil},
		{"programme after a possessive", "“We will stay,” Rivera said on Harbour Radio’s “Morning Line.”", []string{"We will stay,"}},
		{"caption", "The club posted a photo with the caption: “Welcome Tomas”.", nil},
		{"genre before a title", "Brandt, 41, said her previous film, the thriller “Low Tide at Carrick,” struggled at the box office.", nil},
		{"tagline", "The council chose a new slogan. The tagline? “Clean streets. We're on it.”", nil},
		{"colon after said is speech", "Rivera said: “Welcome Tomas.”", []string{"Welcome Tomas."}},
		{"signs with sayings", "Nurses chanted as they marched, many holding signs with sayings such as, “More beds, fewer forms and no more waiting.”", nil},
		{"banner reading", "Rivera said fans unfurled a banner reading “out now, not later, not ever” before kickoff.", nil},
		{"signs that indicate are not signs with text", "Rivera said the early signs were “very worrying for the town” on Monday.", []string{"very worrying for the town"}},
		{"known as", "Rivera said the three envoys were known as the “harbour trio.”", nil},
		{"what's called", "Doctors diagnosed what's called “salt miner's cough,” a rare illness.", nil},
		{"group called", "Rivera said he joined a group called “the first voters” in May.", nil},
		{"what a role called is speech", "The firm unveiled the device, in what its chief executive called “the most important thing we have ever shipped.”", []string{"the most important thing we have ever shipped."}},
		{"the role called is speech", "At the hearing the governor called the rate rise “painful but necessary” for the port.", []string{"painful but necessary"}},
		{"a place's name after at a", "Speaking at a “town hall” in Kell on Tuesday, Ode rolled out the plan.", nil},
		{"a term after a reporting verb's clause is speech", "Lund argued that Ode was now focused on a “geographic suspension” of the ferries.", []string{"geographic suspension"}},
		{"a man called names", "Rivera said a man called “Smiley” had sold him the boat.", nil},
		{"called with person subject is speech", "Rivera called the plan “a disaster for everyone” on Monday.", []string{"a disaster for everyone"}},
		{"which she called", "The plan, which she called “a betrayal of the port,” passed.", []string{"a betrayal of the port,"}},
		{"dubbed as, with a subject, is speech", "Rivera said Hale had dubbed the envoy's role in the talks as “the tomas problem.”", []string{"the tomas problem."}},
		{"who he dubbed", "Lund mocked Ode, who he dubbed “the ferry queen.”", []string{"the ferry queen."}},
		{"a name dubbed", "The navy launched an operation dubbed “Sea Shield” on Monday.", nil},
		{"a name set off and dubbed", "The storm, dubbed “the beast from the east,” closed roads.", nil},
		{"handle", "The party renamed its account to “checkVarnia” during the debate, Rivera said.", nil},
		{"hashtag", "Rivera said the tag “#portfirst” spread fast.", nil},
		{"modifier before noun", "Rivera denied taking part in an “irregular” channel of talks.", nil},
		{"formula", "Varnia said it is committed to the “one port, two rules” formula for the islands.", nil},
		{"adjective before preposition is kept", "Rivera said the vote was a “historic betrayal of trust” by the council.", []string{"historic betrayal of trust"}},
		{"what he called, a quote and a participle's phrase is kept", "He warned against what he called a “rush to judgment” driven by posts online.", []string{"rush to judgment"}},
		{"a quote and a participle's phrase with no verb of naming is a label", "Its main rival is the “national team” led by Blue Origin.", nil},
		{"after that, a quote the subject of a past verb is kept", "She declined to release it, saying only that “a handful of sentences” remained in dispute.", []string{"a handful of sentences"}},
		{"after the, a quote before a past verb is a label", "They were silent when the “reset” proved to be appeasement.", nil},
		{"modifier with own punctuation is kept", "Rivera said the deal was “a historic move,” and left.", []string{"a historic move,"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := seg.Segment(tt.in)
			var got []string
			for _, q := range doc.Quotes {
				if q.Kind != Indirect {
					got = append(got, tt.in[q.Start:q.End])
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("quote %d = %q, want %q", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestHandleLike(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"at handle", "@varniaport", true},
		{"hashtag", "#PortFirst", true},
		{"camel case", "factcheckVN", true},
		{"plain word", "irregular", false},
		{"capitalised word", "Harbour", false},
		{"acronym", "NATO", false},
		{"two words", "Port First", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := handleLike(tt.in); got != tt.want {
				t.Errorf("handleLike(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// TestScareKeys checks that scareKeys, which reads tokens, finds every
// sign word and "dubbed" or "nicknamed" that prevWord, which reads bytes,
// can return, whatever the case and the punctuation around it.
func TestScareKeys(t *testing.T) {
	seg := newTestSegmenter(t)
	tests := []struct {
		name string
		in   string
		want uint8
	}{
		{"none", "Rivera said the vote was close", 0},
		{"sign word", "fans held a banner reading", keySign},
		{"capitals and comma", "SIGNS, with", keySign},
		{"dash after", "a placard— reading", keySign},
		{"full stop after", "wearing t-shirts. Reading", keySign},
		{"no-break space after", "a sign\u00a0reading", keySign},
		{"dubbed in brackets", "the plan (dubbed", keyDub},
		{"both", "Nicknamed: the poster with", keySign | keyDub},
		{"inside longer words", "the design assignment", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := state{text: tt.in, lx: seg.lx}
			st.split()
			got := st.scareKeys(-1, 0, len(tt.in))
			if got != tt.want {
				t.Errorf("scareKeys(%q) = %b, want %b", tt.in, got, tt.want)
			}
			var read uint8 // the keys of the words prevWord reads
			for i := len(tt.in); i > 0; {
				w, s, _ := prevWord(tt.in, 0, i)
				if w == "" {
					break
				}
				if signWords.has(w) {
					read |= keySign
				}
				if w == "dubbed" || w == "nicknamed" {
					read |= keyDub
				}
				i = s
			}
			if got&read != read {
				t.Errorf("scareKeys(%q) = %b misses words prevWord reads (%b)", tt.in, got, read)
			}
		})
	}
}

func TestWordSet(t *testing.T) {
	s := newWordSet("the", "a", "so-called")
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"member", "the", true},
		{"one letter", "a", true},
		{"hyphenated", "so-called", true},
		{"same first letter and length", "thy", false},
		{"capitalised", "The", false},
		{"empty", "", false},
		{"longer than the table", "antidisestablishmentarianism-and-then-some-more-words-to-pass-64", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := s.has(tt.in); got != tt.want {
				t.Errorf("has(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}
