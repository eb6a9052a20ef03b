package segment

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func TestQuotes(t *testing.T) {
	seg := newTestSegmenter(t)
	type want struct {
		text, kind, speaker, mention, cue string
		pieces                            int
	}
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"said after", "“We will win,” he said. Rivera Ode spoke earlier.", nil},
		{"pronoun", "Ana Rivera arrived.\n\n“We will win,” she said.", []want{{"We will win,", "direct", "Ana Rivera", "she", "said", 0}}},
		{"said name", "“It is over,” said Ms. Ana Rivera.", []want{{"It is over,", "direct", "Ana Rivera", "Ms. Ana Rivera", "said", 0}}},
		{"colon before", "Rivera said: “We are ready.”", []want{{"We are ready.", "direct", "Rivera", "Rivera", "said", 0}}},
		{"told after sentence end", "Ana Rivera came.\n\n“We are ready.” Rivera told reporters.", []want{{"We are ready.", "direct", "Ana Rivera", "Rivera", "told", 0}}},
		{"dash", "“Never leave early.” — Nico Ferrow", []want{{"Never leave early.", "direct", "Nico Ferrow", "Nico Ferrow", "", 0}}},
		{"according to", "According to Rivera, “the plan failed.”", []want{{"the plan failed.", "direct", "Rivera", "Rivera", "According to", 0}}},
		{"interrupted", "“We did not win,” Rivera added, “but we did not lose.”", []want{{"We did not win,” Rivera added, “but we did not lose.", "direct", "Rivera", "Rivera", "added", 2}}},
		{"interrupted by a long appositive", "“This used to be the old port,” said Ivo Lund, director of Port Studies at the Harbour Institute in Kell, “but it is the new one now.”", []want{{"This used to be the old port,” said Ivo Lund, director of Port Studies at the Harbour Institute in Kell, “but it is the new one now.", "direct", "Ivo Lund", "Ivo Lund", "said", 2}}},
		{"a long gap with the writer's next sentence does not interrupt", "“We cannot pay for it now,” Lund said. He suggested moving the date of the opening of the quay to 2028, the goal before this March, “in order to have a safe and cheap quay.”", []want{{"We cannot pay for it now,", "direct", "Lund", "Lund", "said", 0}, {"in order to have a safe and cheap quay.", "direct", "Lund", "He", "suggested", 0}}},
		{"words that lead into the next quote are not the tail of the one before", "Ivo Lund spoke.\n\n''No matter how they explained it, the port is falling apart,'' he said in 2012. ''Clan conflicts continue.'' He added, ''And you want us to repeat these mistakes?''", []want{{"No matter how they explained it, the port is falling apart,'' he said in 2012. ''Clan conflicts continue.", "direct", "Ivo Lund", "he", "said", 2}, {"And you want us to repeat these mistakes?", "direct", "Ivo Lund", "He", "added", 0}}},
		{"interrupted with the comma left out", "“We are going to build a wall. It is so simple,” Lund said “Others sent people back so we can follow the laws.”", []want{{"We are going to build a wall. It is so simple,” Lund said “Others sent people back so we can follow the laws.", "direct", "Lund", "Lund", "said", 2}}},
		{"follow-on glued to the attribution's full stop", "\"After we came here, we realized it was all lies,\" said one owner of a shop who declined to be named for fear of the authorities.\"We basically got deceived into coming here.\"", []want{{"After we came here, we realized it was all lies,\" said one owner of a shop who declined to be named for fear of the authorities.\"We basically got deceived into coming here.", "direct", "one owner of a shop", "one owner of a shop", "said", 2}}},
		{"nested quote closed with the outer one before the attribution", "''We are told all the time, 'Varnia is a special case,''' Mr. Lund said.", []want{{"We are told all the time, 'Varnia is a special case,", "direct", "Lund", "Mr. Lund", "said", 0}}},
		{"role resolved", "Foreign Minister Abbas Tal arrived.\n\n“We talked,” the minister said.", []want{{"We talked,", "direct", "Abbas Tal", "the minister", "said", 0}}},
		{"organisation", "“No comment,” the White House said in a statement.", []want{{"No comment,", "direct", "White House", "the White House", "said", 0}}},
		{"partial", "Rivera called the plan “a disaster for everyone” on Monday.", []want{{"a disaster for everyone", "partial", "Rivera", "Rivera", "called", 0}}},
		{"scare and title", "The so-called “deal” was signed. The film “Argo” won.", nil},
		{"multi paragraph", "Rivera said: “We came here to work.\n\n“And we will finish,” she added.", []want{{"We came here to work.\n\n“And we will finish,", "direct", "Rivera", "Rivera", "said", 2}}},
		{"a quote opened mid-sentence goes on in a next paragraph with no attribution of its own", "Rivera said the vote “gives us hope for the talks, which we stand ready to support.\n\n“We see these signs as hopeful.”", []want{{"gives us hope for the talks, which we stand ready to support.\n\n“We see these signs as hopeful.", "direct", "Rivera", "Rivera", "said", 2}}},
		{"a partial quote left open mid-sentence does not go on in the next paragraph", "Rivera said the plan is “a half-built bridge.\n\n“We legislate. That is what we do,” Rivera said.", []want{{"a half-built bridge.", "partial", "Rivera", "Rivera", "said", 0}, {"We legislate. That is what we do,", "direct", "Rivera", "Rivera", "said", 0}}},
		{"straight and doubled", "''We lost two days,'' Quell said. \"Then we won,\" he said.", []want{{"We lost two days,", "direct", "Quell", "Quell", "said", 0}, {"Then we won,", "direct", "Quell", "he", "said", 0}}},
		{"apostrophes", "Rock 'n' roll in the '90s was Jones' thing, don't you know.", nil},
		{"nested single", "“They said ‘final offer’ twice,” Hennik said.", []want{{"They said ‘final offer’ twice,", "direct", "Hennik", "Hennik", "said", 0}}},
		{"nested quote of the outer quote's own marks", "“I would rather live in what he calls “hell” than live under him,” Ana Ode said.", []want{{"I would rather live in what he calls “hell” than live under him,", "direct", "Ana Ode", "Ana Ode", "said", 0}}},
		{"a quoted question read out inside a quote after a colon", "Ana Ode continued:\n\n\"I will read the question: “Do you trust the council?” Most said no.\"", []want{{"I will read the question: “Do you trust the council?” Most said no.", "direct", "Ana Ode", "Ana Ode", "continued", 0}}},
		{"a participle after the quote is no inverted attribution", "In a statement, the Harbour Board said: “The port was a success when it opened,” adding that its traffic doubled in a year.", []want{{"The port was a success when it opened,", "direct", "Harbour Board", "the Harbour Board", "said", 0}}},
		{"it after a name's campaign is the campaign", "Ana Ode’s campaign is defending the ads. It denounced what it calls “a smear by the old guard.”", []want{{"a smear by the old guard.", "partial", "Ana Ode’s campaign", "it", "calls", 0}}},
		{"lauded someone for", "In January, Gov. Ana Ode lauded Mr. Lund in her address for helping develop “new and bold ideas.”", []want{{"new and bold ideas.", "partial", "Ana Ode", "Gov. Ana Ode", "lauded", 0}}},
		{"a commentary's title set off after it", "Ana Ode’s commentary, “Harbour towns, keep your ferries,” is very thoughtful.", nil},
		{"people a participle's phrase describes before a head attribution", "Protesters marching through the old town chanted “Open the port!” and kept going until dawn.", []want{{"Open the port!", "direct", "protesters", "Protesters", "chanted", 0}}},
		{"a short partial quote in a clause after a sign that is evidence", "Ivo Lund dismissed the poll as a sign that the Ode campaign was “running scared.”", []want{{"running scared.", "partial", "Ivo Lund", "Ivo Lund", "dismissed", 0}}},
		{"a sign that reads is a sign", "Ana Ode said marchers carried a sign that read “hands off our port.”", nil},
		{"a short partial quote with no attribution of its own is the reported clause's", "In recent weeks, Ode has gone after Lund as a “leech who will bleed the port dry” and a “spoiled brat.”", []want{{"leech who will bleed the port dry", "partial", "Ode", "Ode", "gone after", 0}, {"spoiled brat.", "partial", "Ode", "Ode", "gone after", 0}}},
		{"a heading that read is a label", "The option to stop sharing was buried four screens deep, beneath a heading that read “Help us personalise your training experience”.", nil},
		{"often called a possessive's name is a name given", "The HX volatility index, often called the market’s “fear gauge,” jumped to its highest level since 2020.", nil},
		{"a noun its article opens, often described as: a name given, no one's words", "The bacteria belong to a group often described in headlines as a “superbug.”", nil},
		{"a title set off after a decade's handbook", "She still keeps his battered copy of a 1970s handbook, “Organising Is Just Talking to People Properly,” on her kitchen table.", nil},
		{"a title set off after a book about something", "Oduya has written a short book about the experience, “The Signature at the Bottom of the Page,” which a small press will publish in the spring.", nil},
		{"a title an appositive names as a work", "In a footnote, he pointed to “Common Sense,” the 1776 pamphlet, and to nothing else.", nil},
		{"a sign far back before read", "By noon, a hand-lettered sign tied to the fence outside the depot read “THANK YOU CREWS — WE OWE YOU.”", nil},
		{"a lower-case role just before a name after and", "The move came late, and coach Bram Huisman made two changes.\n\n“We never panic,” the coach said.", []want{{"We never panic,", "direct", "Bram Huisman", "the coach", "said", 0}}},
		{"roles joined by and before a name", "The free kick came, and captain and center back Niall Corrigan scored.\n\n“We never panic,” the captain said.", []want{{"We never panic,", "direct", "Niall Corrigan", "the captain", "said", 0}}},
		{"a role of a place set off before a colon, who asked not to be named", "A resident of nearby Church Lane, who asked not to be named, was more blunt: “They have had the money.”", []want{{"They have had the money.", "direct", "resident", "A resident", "", 0}}},
		{"a verb's form opening a title before a name", "State Sen. Ana Ode sharpened her attacks on Ivo Lund on Saturday, accusing the former port boss of treating the docks as “a photo backdrop” while offering no plan.", []want{{"a photo backdrop", "partial", "Ana Ode", "State Sen. Ana Ode", "accusing", 0}}},
		{"a report's issuer named before the sentence that opens with the report", "Detainees were beaten, according to a report published on Monday by the rights group Harbour Watch.\n\nThe 84-page report, based on 61 interviews, documents conditions at three sites.\n\n“Abuse in the system is the predictable result of policy,” the report said.", []want{{"Abuse in the system is the predictable result of policy,", "direct", "Harbour Watch", "the report", "said", 0}}},
		{"the one asked about does not answer", "Harbour striker Ivo Lund has scored 19 goals this season.\n\nKell manager Piet Varn, speaking at his press conference, refused to be drawn on targets.\n\n“I read the papers like everybody else,” Varn said. “Some days I learn that we are signing three players. So I don’t take it too seriously.”\n\nWhen asked about Lund directly, he replied: “He is a very good player, of course.”", []want{{"I read the papers like everybody else,” Varn said. “Some days I learn that we are signing three players. So I don’t take it too seriously.", "direct", "Piet Varn", "Varn", "said", 2}, {"He is a very good player, of course.", "direct", "Piet Varn", "he", "replied", 0}}},
		{"a product the firm branded is no quote and no one a pronoun stands for", "The feature, which Quaymark has branded “Tide Clerk,” will be sold next month.\n\nAna Ode, the product manager, said the team tested it for a year.\n\nShe said recordings are deleted after 30 days while Tide Clerk is running.\n\n“We are not recording anybody in secret,” she said.", []want{{"We are not recording anybody in secret,", "direct", "Ana Ode", "she", "said", 0}}},
		{"the pronoun after whom is not whom", "Kiki Ode engaged\n\nSinger Kiki Ode is engaged, she announced on Sunday.\n\nKiki, who also scored a hit in 2021 with her single “Paper Lanterns”, was previously in a relationship with DJ Toma Varnell, whom she once described as “the biggest mistake of my twenties”.", []want{{"the biggest mistake of my twenties", "partial", "Kiki Ode", "she", "described", 0}}},
		{"captioned a post", "Kiki Ode is engaged.\n\nShe captioned the post: “Said yes to my forever person!!!”", []want{{"Said yes to my forever person!!!", "direct", "Kiki Ode", "She", "captioned", 0}}},
		{"a two-word name after the kind of body it is", "Detainees were beaten, according to a report by the rights group Meridian Watch.\n\n“Guards answered every complaint with punishment,” the group wrote.", []want{{"Guards answered every complaint with punishment,", "direct", "Meridian Watch", "the group", "wrote", 0}}},
		{"an advocate's honorific", "The firm is represented by Adv. Peter Kamau Ndegwa.\n\n‘My client won this tender fairly and openly,’ said Adv. Ndegwa, adding that the firm would appeal.", []want{{"My client won this tender fairly and openly,", "direct", "Peter Kamau Ndegwa", "Adv. Ndegwa", "said", 0}}},
		{"the subject inside an object relative clause", "A valve stuck in the second year, a problem that engineers at the time described as “threading a needle.”", []want{{"threading a needle.", "partial", "engineers", "engineers", "described", 0}}},
		{"instructed someone to", "In an email, the chief financial officer, Ivo Lund, instructed regional directors to cut “discretionary field work” by 15 percent.", []want{{"discretionary field work", "partial", "Ivo Lund", "Ivo Lund", "instructed", 0}}},
		{"an audit's issuer", "An internal audit by the agency’s Office of Internal Review found a backlog in 2022.\n\nThe audit described the backlog as “significant and growing” and asked for a review.", []want{{"significant and growing", "partial", "Office of Internal Review", "The audit", "described", 0}}},
		{"termed and labelled", "Its lawyer, Ivo Lund, termed the suspension ‘malicious and politically motivated’. The ministry labelled the claims ‘baseless’.", []want{{"malicious and politically motivated", "partial", "Ivo Lund", "Ivo Lund", "termed", 0}, {"baseless", "partial", "ministry", "The ministry", "labelled", 0}}},
		{"a numbered district before a title", "District 1 Councilmember Dev Raman voted yes on Monday, saying the city needed “every unit we can get, at every price point.”", []want{{"every unit we can get, at every price point.", "partial", "Dev Raman", "District 1 Councilmember Dev Raman", "saying", 0}}},
		{"radioed", "“Two adults on the roof, water at the eaves,” Lieutenant Ana Ode radioed at 4:17 a.m.", []want{{"Two adults on the roof, water at the eaves,", "direct", "Ana Ode", "Lieutenant Ana Ode", "radioed", 0}}},
		{"an appositive with a role noun that is a verb's form and a relative clause's own reporting verb", "“The numbers are not the problem,” said Ana Ode, a former deputy state treasurer who now advises Ivo Lund's campaign, “but the timing might be.”", []want{{"The numbers are not the problem,” said Ana Ode, a former deputy state treasurer who now advises Ivo Lund's campaign, “but the timing might be.", "direct", "Ana Ode", "Ana Ode", "said", 2}}},
		{"the one asked answers in the next paragraph", "Reporter Tasha Greenfield met the Ode family on Sunday.\n\nAs our crew was packing up, Greenfield asked Marcus whether he would do it all again.\n\n“Every time,” he said.", []want{{"Every time,", "direct", "Marcus", "he", "said", 0}}},
		{"the Times is a paper", "Ode's firm lost money.\n\n“The company was left holding some $8.8 billion in debt,” the Times wrote.", []want{{"The company was left holding some $8.8 billion in debt,", "direct", "Times", "the Times", "wrote", 0}}},
		{"the Post is a paper, though a post is a document", "Ode's firm lost money.\n\n“The company was left holding some $8.8 billion in debt,” the Post wrote.", []want{{"The company was left holding some $8.8 billion in debt,", "direct", "Post", "the Post", "wrote", 0}}},
		{"guillemets and low-9", "« Nous gagnerons », Brauer said. „Wir auch“, Haupt said.", []want{{"Nous gagnerons", "direct", "Brauer", "Brauer", "said", 0}, {"Wir auch", "direct", "Haupt", "Haupt", "said", 0}}},
		{"curly closed straight", "“We are done,\" Rivera said.", []want{{"We are done,", "direct", "Rivera", "Rivera", "said", 0}}},
		{"odd mark does not pair across", "He said \"no.\n\nThe \"end\" came. Then: \"Later,\" Ode said.", []want{{"no.", "partial", "", "He", "said", 0}, {"Later,", "direct", "Ode", "Ode", "said", 0}}},
		{"doubled curly closer", "“We are done,’’ Rivera said.", []want{{"We are done,", "direct", "Rivera", "Rivera", "said", 0}}},
		{"spaced possessive is no mark", "Ode told Varn Radio ’s host that the vote was ‘a farce,’ she said.", []want{{"a farce,", "partial", "Ode", "Ode", "told", 0}}},
		{"plural possessive closer before a second quote", "The party dropped its call for ‘more harbour patrols’ and asked instead for ‘closer watch.’", []want{{"more harbour patrols", "partial", "party", "The party", "asked", 0}, {"closer watch.", "partial", "party", "The party", "asked", 0}}},
		{"plural possessive closer before a preposition", "Ode said the board wanted ‘fewer ferries’ in winter, and Lund said ‘not again.’", []want{{"fewer ferries", "partial", "Ode", "Ode", "said", 0}, {"not again.", "partial", "Lund", "Lund", "said", 0}}},
		{"plural possessive before a noun", "‘The dockers’ union will not sign,’ Ode said.", []want{{"The dockers’ union will not sign,", "direct", "Ode", "Ode", "said", 0}}},
		{"a next sentence that reports a clause is no tail", "“We took the blame,” Ode said. “It is a matter of judgment.” Lund told the forum he was “against the plan” from the start.", []want{{"We took the blame,” Ode said. “It is a matter of judgment.", "direct", "Ode", "Ode", "said", 2}, {"against the plan", "partial", "Lund", "Lund", "told", 0}}},
		{"a next sentence that an attribution interrupts is no tail", "“We took the blame,” Ode said. “It is a matter of judgment.” The port, Lund often says, is the real threat.", []want{{"We took the blame,” Ode said. “It is a matter of judgment.", "direct", "Ode", "Ode", "said", 2}}},
		{"a question nested at the end ends the sentence", "“We took the blame,” Ode said. “What a world, where we must ask, ‘Should they?’” Former clerk Rita Vell accused Ivo Lund of grabbing her.", []want{{"We took the blame,” Ode said. “What a world, where we must ask, ‘Should they?’", "direct", "Ode", "Ode", "said", 2}}},
		{"an aside between dashes interrupts a quote", "Ana Ode spoke.\n\n“They” — the unions — “want more than we can give,” Ivo Lund said.", []want{{"They” — the unions — “want more than we can give,", "direct", "Ivo Lund", "Ivo Lund", "said", 2}}},
		{"a progressive verb's subject ends before its auxiliary", "Ana Ode fixes clocks.\n\nShe calls the clocks “patients” and the owners who bring them in “next of kin”, and she is only half joking.", []want{{"patients", "partial", "Ana Ode", "She", "calls", 0}, {"next of kin", "partial", "Ana Ode", "she", "joking", 0}}},
		{"a condition's verb after a partial quote is no cue", "Yusuf Tal told reporters that Haddar remained committed “in letter and in spirit” but would not “stand idle” if the attacks continued.", []want{{"in letter and in spirit", "partial", "Yusuf Tal", "Yusuf Tal", "told", 0}, {"stand idle", "partial", "Yusuf Tal", "Yusuf Tal", "told", 0}}},
		{"a quote that fills its paragraph after one that did goes on", "Ana Ode opened the shop in 2014. She says the idea came from her granddaughter.\n\n“I fixed it in four minutes.”\n\n“That is when I understood.”", []want{{"I fixed it in four minutes.", "direct", "Ana Ode", "She", "", 0}, {"That is when I understood.", "direct", "Ana Ode", "She", "", 0}}}, // the mention of the quote it goes on from
		{"a lone given name is a person and tells the gender", "“The water came in like a wall,” said Lucia, 52, who declined to give her surname.\n\nJoaquin Ferreol, director of the agency, told reporters that 38,000 people had been moved.\n\n“When we heard him knocking, everybody went silent,” said Amara, 29, a nurse who gave only her first name.\n\nAt a school gymnasium, Lucia sat on a folded blanket beside her mother. “We are alive,” she said.", []want{{"The water came in like a wall,", "direct", "Lucia", "Lucia", "said", 0}, {"When we heard him knocking, everybody went silent,", "direct", "Amara", "Amara", "said", 0}, {"We are alive,", "direct", "Lucia", "she", "said", 0}}},
		{"a role after a place's possessive named only later is that person", "Varnia's port minister on Monday called the audit “a work of fiction.”\n\nPort Minister Ana Ode, who has run the ministry since 2021, said the figures were wrong.", []want{{"a work of fiction.", "partial", "Ana Ode", "Varnia's port minister", "called", 0}}},
		{"a role named only later is that person", "The harbour closed on Monday.\n\nThe mayor said the decision had been hard. “It is going to be a hard winter,” she told reporters.\n\nMayor Ana Ode, who is in her second term, said the city had asked for a grant.", []want{{"It is going to be a hard winter,", "direct", "Ana Ode", "she", "told", 0}}},
		{"an exchange after a question someone asked takes turns", "“We cannot keep the school open,” Helen Amari said.\n\n“Did anyone walk through the building?” Marcus Dell asked.\n\n“Yes. Our team inspected it twice.”\n\n“Then you saw the new roof.”\n\n“I saw it.”", []want{{"We cannot keep the school open,", "direct", "Helen Amari", "Helen Amari", "said", 0}, {"Did anyone walk through the building?", "direct", "Marcus Dell", "Marcus Dell", "asked", 0}, {"Yes. Our team inspected it twice.", "direct", "Helen Amari", "Helen Amari", "", 0}, {"Then you saw the new roof.", "direct", "Marcus Dell", "Marcus Dell", "", 0}, {"I saw it.", "direct", "Helen Amari", "Helen Amari", "", 0}}},
		{"what someone believes is told in the words of who reports it", "Sabine Alder spoke for the ministry. She noted that doubts remained but stated that the government now believed “a deal is possible.”", []want{{"a deal is possible.", "partial", "Sabine Alder", "She", "stated", 0}}},
		{"a question after a reply is the asker's turn", "“Who decided this?” asked Leon Farrugia.\n\n“The council did,” Renata Ode replied.\n\n“Did anyone on the council swim there?”\n\n“I did,” Ode said.\n\n“Then why not fix it?”", []want{{"Who decided this?", "direct", "Leon Farrugia", "Leon Farrugia", "asked", 0}, {"The council did,", "direct", "Renata Ode", "Renata Ode", "replied", 0}, {"Did anyone on the council swim there?", "direct", "Leon Farrugia", "Leon Farrugia", "", 0}, {"I did,", "direct", "Renata Ode", "Ode", "said", 0}, {"Then why not fix it?", "direct", "Leon Farrugia", "Leon Farrugia", "", 0}}},
		{"a reply with back after the verb", "Ana Ode spoke first.\n\n“The port is ours,” Ode said.\n\nIvo Lund shot back, “The port belongs to the town.”\n\n“It is not yours to sell,” Lund fired back.", []want{{"The port is ours,", "direct", "Ana Ode", "Ode", "said", 0}, {"The port belongs to the town.", "direct", "Ivo Lund", "Ivo Lund", "shot", 0}, {"It is not yours to sell,", "direct", "Ivo Lund", "Lund", "fired", 0}}},
		{"who with a phrase set off before the verb of a quote", "Then came the Gazette's editor Ivo Lund, who, after a long night at the port, said on the radio that the board had “lost its way.”", []want{{"lost its way.", "partial", "Ivo Lund", "the Gazette's editor Ivo Lund", "said", 0}}},
		{"she after a role someone holds, named after the words", "Ivo Lund spoke first.\n\n“About 11,000 containers are waiting,” a spokeswoman for the port said.\n\n“Refrigerated boxes cannot wait forever,” she said.", []want{{"About 11,000 containers are waiting,", "direct", "spokeswoman for the port", "a spokeswoman for the port", "said", 0}, {"Refrigerated boxes cannot wait forever,", "direct", "spokeswoman for the port", "she", "said", 0}}},
		{"a name's words before a colon", "Ivo Lund runs the port.\n\nLund’s message to the town was simple: “Come back to the harbour.”", []want{{"Come back to the harbour.", "direct", "Ivo Lund", "Lund", "", 0}}},
		{"according to after a quote that opens its sentence", "Ana Ode is the mayor of Kell.\n\n“We need help,” according to Ana Ode.\n\n“We need more,” according to the statement issued by Ode.", []want{{"We need help,", "direct", "Ana Ode", "Ana Ode", "according to", 0}, {"We need more,", "direct", "Ana Ode", "Ode", "according to", 0}}},
		{"according to after a partial quote is the sentence's source", "Ana Ode said critics should “look for a psychiatrist,” according to the Harbour Press.", []want{{"look for a psychiatrist,", "partial", "Ana Ode", "Ana Ode", "said", 0}}},
		{"that before a name opens a clause, no part of the mention", "The board heard that Mayor Ivo Lund called the plan “a disgrace.”", []want{{"a disgrace.", "partial", "Ivo Lund", "Mayor Ivo Lund", "called", 0}}},
		{"a partial quote on a verb of agreeing inside a reported clause is the reporter's", "Foreign Minister Irena Kovarik told a news conference that both sides had agreed to a “road map” for talks.", []want{{"road map", "partial", "Irena Kovarik", "Foreign Minister Irena Kovarik", "agreed", 0}}},
		{"someone described, then named by the writer", "“You don't rush cedar,” the old boatbuilder says.\n\nHis name is Anselm Roke. He is 74.", []want{{"You don't rush cedar,", "direct", "Anselm Roke", "the old boatbuilder", "says", 0}}},
		{"a role alone in a headline is the person named with it below", "Minister hits back at “fiction” as housing vote nears\n\nVELDMAR — Housing Minister Anton Reiss on Monday dismissed the audit as “a work of fiction.”", []want{{"fiction", "partial", "Anton Reiss", "Minister", "hits", 0}, {"a work of fiction.", "partial", "Anton Reiss", "Housing Minister Anton Reiss", "dismissed", 0}}},
		{"the noun an organisation's name ends in, before it was quoted", "The Harbour Port Authority closed the quay on Monday.\n\n“The quay is unsafe,” the authority said.", []want{{"The quay is unsafe,", "direct", "Harbour Port Authority", "the authority", "said", 0}}},
		{"continuation paragraph", "“We won,” Ana Rivera said.\n\n“Now we rest.”", []want{{"We won,” Ana Rivera said.\n\n“Now we rest.", "direct", "Ana Rivera", "Ana Rivera", "said", 2}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := seg.Segment(tc.in)
			checkDoc(t, tc.in, d)
			var got []Quote
			for _, q := range d.Quotes {
				if q.Kind != Indirect {
					got = append(got, q)
				}
			}
			if tc.want == nil {
				tc.want = []want{}
			}
			if tc.name == "said after" {
				if len(got) != 1 || got[0].Speaker != "" && got[0].Speaker != "Rivera Ode" {
					t.Fatalf("got %+v", got)
				}
				return
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %d quotes %+v, want %d", len(got), got, len(tc.want))
			}
			for i, w := range tc.want {
				q := got[i]
				at := func(s Span) string { return tc.in[s.Start:s.End] }
				if at(q.Span) != w.text || q.Kind.String() != w.kind || q.Speaker != w.speaker || at(q.Mention) != w.mention || at(q.Cue) != w.cue || len(q.Pieces) != w.pieces {
					t.Errorf("quote %d = %q %s speaker %q mention %q cue %q pieces %d; want %+v", i, at(q.Span), q.Kind, q.Speaker, at(q.Mention), at(q.Cue), len(q.Pieces), w)
				}
			}
		})
	}
}

func TestIndirect(t *testing.T) {
	seg := newTestSegmenter(t)
	tests := []struct {
		name, in, content, speaker, cue string
	}{
		{"said that", "Ana Rivera said on Monday that the talks had stalled.", "that the talks had stalled", "Ana Rivera", "said"},
		{"a progressive after a pronoun contracted with is", "She’s claiming that the vote count was wrong.", "that the vote count was wrong", "", "claiming"},
		{"a progressive after a pronoun contracted with is, straight", "He's saying the port will close.", "the port will close", "", "saying"},
		{"a thousands comma inside a relative clause set off before the verb", "The union, which represents about 6,000 drivers and staff, said it would review the deal.", "it would review the deal", "union", "said"},
		{"a role on a street set off before the verb", "A neighbour on Millbrook Road, who asked not to be named, said she had heard shouting.", "she had heard shouting", "neighbour", "said"},
		{"a role of a nearby street", "A resident of nearby Church Lane said the money was there.", "the money was there", "resident", "said"},
		{"a person at a firm", "Helena Marchbank at Arkwright Lowe Securities said the writedown was larger than feared.", "the writedown was larger than feared", "Helena Marchbank", "said"},
		{"a reporting verb inside a relative clause set off before the main verb", "A reader in Fenwick, who asked that her name not be used, wrote that she paid off her home at 49.", "that she paid off her home at 49", "reader", "wrote"},
		{"told reporters", "He told reporters the fee had been withdrawn.", "the fee had been withdrawn", "", "told"},
		{"a role for two places joined by and, then the name set off", "The MP for Ashcombe and Wendle, Fiona Marr, said the plan had been rushed.", "the plan had been rushed", "Fiona Marr", "said"},
		{"a which clause after an appositive's organisation", "Jonah Whitfield-Ames, a lawyer with the Ossipaw Tenants' Legal Project, which brought the case on behalf of Dabrowski and two others, said the ruling was a victory for renters.", "the ruling was a victory for renters", "Jonah Whitfield-Ames", "said"},
		{"a set-off organisation joined by and, and a who clause", "Detective Chief Inspector Owen Cardle, of Castlebridge and Wexmoor Police, who led the investigation, said the fire was set on purpose.", "the fire was set on purpose", "Owen Cardle", "said"},
		{"a request made of someone", "Ana Ode exhorted the dockers to vote their conscience at the meeting.", "the dockers to vote their conscience at the meeting", "Ana Ode", "exhorted"},
		{"a warning to someone", "The council warned residents to stay indoors until the storm passed.", "residents to stay indoors until the storm passed", "council", "warned"},
		{"an organisation's which clause after the main verb", "The trial was funded by the Harwick Foundation, which said in a statement that it had no role in the design.", "that it had no role in the design", "Harwick Foundation", "said"},
		{"a where clause inside the subject", "The manager of a night shelter where Doyle had been a regular visitor said staff had been shaken.", "staff had been shaken", "manager of a night shelter", "said"},
		{"a document's relative clause", "He released a letter from his doctor on Friday that says he is in good health.", "he is in good health", "his doctor", "says"},
		{"a participle after by, when the main verb's clause is none", "Ode responded to a mother on Wednesday by saying the fee was a manufactured issue.", "the fee was a manufactured issue", "Ode", "saying"},
		{"told a determiner's noun", "Ivo Lund told the crowd he was against the plan.", "he was against the plan", "Ivo Lund", "told"},
		{"told a noun a clause with its own determiner", "Ivo Lund told the crowd the township would apply for grants.", "the township would apply for grants", "Ivo Lund", "told"},
		{"told a noun and a time", "Ivo Lund told a forum on Monday it was time to sell.", "it was time to sell", "Ivo Lund", "told"},
		{"told a paper by name", "Ivo Lund told the Harbour Gazette his plan would work.", "his plan would work", "Ivo Lund", "told"},
		{"a conjunction inside a relative clause set off by commas", "Priya Shah, who represents Kell and the Isles, said she would vote against the plans.", "she would vote against the plans", "Priya Shah", "said"},
		{"a participle after a verb with an object", "The Varnian government rejected calls for an inquiry, saying the matter was closed.", "the matter was closed", "Varnian government", "saying"},
		{"a participle after a verb of naming with no quote", "Ana Ode dismissed the plan, saying that the port would stay open.", "that the port would stay open", "Ana Ode", "saying"},
		{"two clauses the second with that", "Ana Ode told reporters the port remained open and that she expected a deal this week.", "the port remained open and that she expected a deal this week", "Ana Ode", "told"},
		{"a plural possessive in an appositive", "Ana Ode, head of the dockers’ union, said it would stay neutral.", "it would stay neutral", "Ana Ode", "said"},
		{"a plural possessive with a straight apostrophe", "Ivo Lund, president of the paperworkers' union, said the union would stay neutral.", "the union would stay neutral", "Ivo Lund", "said"},
		{"a relative clause inside an appositive", "A second witness, a delivery driver who asked not to be named, said he saw a man run.", "he saw a man run", "second witness", "said"},
		{"a relative clause with whose set off by commas", "Ailsa Munro, whose two children take the ferry to school, said parents had not been consulted.", "parents had not been consulted", "Ailsa Munro", "said"},
		{"a subordinate clause inside a relative clause set off by commas", "Gerda Halloran, who quit as mayor in 2011 after weeks of strikes, told a conference that no mayor had ever survived the reform.", "that no mayor had ever survived the reform", "Gerda Halloran", "told"},
		{"a long appositive noun phrase before who", "Liesl Harrow, an economist at the University of Kellmouth who has advised three mayors, argued that the timetable was too slow.", "that the timetable was too slow", "Liesl Harrow", "argued"},
		{"a role whose preposition leads to a name before a second appositive", "Tobias Fenn, director of the Centre for Port Policy, a think tank that has long campaigned for a bigger quay, contends that the plan does not go far enough.", "that the plan does not go far enough", "Tobias Fenn", "contends"},
		{"a which clause after an appositive's name", "Owen Trask, a manager at Brightwater Capital, which holds port shares, warned that rivals were winning contracts.", "that rivals were winning contracts", "Owen Trask", "warned"},
		{"a relative that after said and a noun phrase", "Ana Ode said many of the examples that critics cite failed to note the gains.", "many of the examples that critics cite failed to note the gains", "Ana Ode", "said"},
		{"that after said and a time", "Ana Ode said the next day that the plan had failed.", "that the plan had failed", "Ana Ode", "said"},
		{"a role in a place set off before the verb", "A Western diplomat in Eskel, who requested anonymity, said the talks remained fragile.", "the talks remained fragile", "Western diplomat", "said"},
		{"a plural role from a place opening the sentence", "Officials from Varnia said the talks remained fragile.", "the talks remained fragile", "officials", "said"},
		{"a verb and an infinitive after a comma is no closing attribution", "The broadcaster quoted a government source as saying that Ostmark would accept arbitration, provided gas continued to flow.", "that Ostmark would accept arbitration, provided gas continued to flow", "government source", "saying"},
		{"a participle after a place with no comma", "Deputy Foreign Minister Dariel Sorani arrived at the Hotel Marienhof saying his delegation had brought new ideas.", "his delegation had brought new ideas", "Dariel Sorani", "saying"},
		{"according to a role and the name set off after it", "According to the regional governor, Petra Vasch, two civilians were killed overnight.", "two civilians were killed overnight", "Petra Vasch", "According to"},
		{"according to a poll of a number with a comma, by its author", "According to a snap poll of 1,200 viewers by Pellam Research, 38 per cent thought Ode had done best.", "38 per cent thought Ode had done best", "Pellam Research", "According to"},
		{"according to a survey of a number, published by a firm with an ampersand", "Nearly half would take a pay cut, according to a survey of 6,000 workers published on Tuesday by the research firm Holt & Vine.", "Nearly half would take a pay cut", "Holt & Vine", "according to"},
		{"a closing attribution to a body whose name a level of government opens", "Two inmates escaped early Sunday by cutting through a fence, the state Department of Corrections said in a statement.", "Two inmates escaped early Sunday by cutting through a fence", "Department of Corrections", "said"},
		{"a clause whose subject is a sum of money, with no that", "Forensic accountant Pia Lund, called by the prosecution, said at least $1.1 million of client money had gone into a house at Lorne.", "at least $1.1 million of client money had gone into a house at Lorne", "Pia Lund", "said"},
		{"a clause that opens with a pound sign", "Ana Ode said £40m was spent on consultants last year.", "£40m was spent on consultants last year", "Ana Ode", "said"},
		{"a restrictive who after a role set off after a name", "Among the crowd was Hugo Brannock, 67, a retired welder who said he had voted for the party at the last three elections.", "he had voted for the party at the last three elections", "Hugo Brannock", "said"},
		{"a restrictive who after a role the verb governs", "Lund spoke to a nurse who said the ward was full.", "the ward was full", "nurse", "said"},
		{"who set off after a plural the preposition governs", "Earned-wage products have drawn scrutiny from consumer advocates, who argue that they encourage debt.", "that they encourage debt", "consumer advocates", "argue"},
		{"who set off after a name the preposition governs", "The rule drew scrutiny from Ana Ode, who argues that it encourages debt.", "that it encourages debt", "Ana Ode", "argues"},
		{"a reporting verb in an opening subordinate clause leaves the main clause's", "When Brandt asked Ferreira-Lund how the cap would be enforced, Ferreira-Lund replied that councils would be given new powers.", "that councils would be given new powers", "Ferreira-Lund", "replied"},
		{"a verb of telling in an although clause, then the main clause's", "Although details of the meeting were not disclosed, sources familiar with the talks described them as exploratory.", "them as exploratory", "sources familiar with the talks", "described"},
		{"much and a modal after said open a clause", "Prof. Anil Varma said much would depend on the silent voter.", "much would depend on the silent voter", "Anil Varma", "said"},
		{"a body's name that ends in a number, then which set off", "Transit Workers Local 412, which represents about 900 bus operators, said in a statement that it welcomed the vote.", "that it welcomed the vote", "Transit Workers Local 412", "said"},
		{"a restrictive who after a role and where the person is from", "Among them was Marisol Tate, a home health aide from Eastgate who said she spends three hours a day on buses.", "she spends three hours a day on buses", "Marisol Tate", "said"},
		{"a participle's object before who set off is not the subject", "Two officials involved in drafting the text, who asked not to be named, said the paragraph had been rewritten six times.", "the paragraph had been rewritten six times", "Two officials involved in drafting the text", "said"},
		{"ruled, a day and that", "The Sports Appeals Tribunal ruled on Wednesday that Renwick had not intended to cheat.", "that Renwick had not intended to cheat", "Sports Appeals Tribunal", "ruled"},
		{"according to set off after an opening phrase: the clause after", "Within hours of the finish, according to Berg, three agents had been in touch.", "three agents had been in touch", "Berg", "according to"},
		{"according to set off after a time phrase: the clause after", "At one point, according to a Lisvanian official, Tomas Reyke asked for a break.", "Tomas Reyke asked for a break", "Lisvanian official", "according to"},
		{"according to a body and its short name in brackets", "According to the United Dockworkers Union (SUP), about 3,500 workers joined the strike.", "about 3,500 workers joined the strike", "United Dockworkers Union", "According to"},
		{"according to a body and its short name in brackets, closing the sentence", "About 3,500 workers joined the strike, according to the United Dockworkers Union (SUP).", "About 3,500 workers joined the strike", "United Dockworkers Union", "according to"},
		{"a closing attribution to a body a country's possessive opens", "At least 19 miners were killed on Wednesday, the country's Ministry of Mines said.", "At least 19 miners were killed on Wednesday", "Ministry of Mines", "said"},
		{"a passive with an adverb before its participle is no report; which said after the one it is by", "The payments were first reported last month by the Charleston Ledger, which said the company had no aircraft of its own.", "the company had no aircraft of its own", "Charleston Ledger", "said"},
		{"a closing attribution to a body whose name holds and", "Public funding for universities will fall by 8 per cent next year, the Ministry of Higher Education and Research confirmed on Monday.", "Public funding for universities will fall by 8 per cent next year", "Ministry of Higher Education", "confirmed"},
		{"according to a role, then a subject with an age", "According to the police, Ana Ode, 34, was arrested.", "Ana Ode, 34, was arrested", "police", "According to"},
		{"a name set off after a role's long phrase", "The leader of the opposition Liberal Alliance, Owen Tregarthen, said the summit had failed.", "the summit had failed", "Owen Tregarthen", "said"},
		{"a name with role words set off after a role's long phrase", "The head of the observer mission from the Concord of Southern States, former Lusenian prime minister Gerta Vollmann, said the vote had been orderly.", "the vote had been orderly", "Gerta Vollmann", "said"},
		{"a name, an age, a hometown and a relative clause set off", "Lucille Tran, 71, of the Eastgate neighborhood, who rides the bus, said she had never heard of the service.", "she had never heard of the service", "Lucille Tran", "said"},
		{"a name and a phrase with since set off", "Ivo Pask, in charge since 2021, said he would not quit.", "he would not quit", "Ivo Pask", "said"},
		{"a name and an appositive with whose set off", "Kevin Lattimer, a backbencher whose seat was held by 412 votes at the last election, told me that his inbox had filled.", "that his inbox had filled", "Kevin Lattimer", "told"},
		{"a title with its comma inside a pair of ASCII apostrophes in a set-off clause", "Superintendent Nadia Okafor, who backed a plan known as ''Right-Size Kell,'' said that enrollment had fallen.", "that enrollment had fallen", "Nadia Okafor", "said"},
		{"a clause of when between told and that", "Ivo Lund told reporters as he left City Hall that he would introduce an amendment.", "that he would introduce an amendment", "Ivo Lund", "told"},
		{"a clause of when right after said, then that", "Ana Ode said when she arrived that the port was closed.", "that the port was closed", "Ana Ode", "said"},
		{"so said then who added that", "So said Tobias Renwick, a broker in Port Ellis, who added that premiums remained high.", "that premiums remained high", "Tobias Renwick", "added"},
		{"a participle after a place, the subject's name set off after its role", "Astrava’s lead negotiator, Deputy Foreign Minister Dariel Sorani, arrived at the Hotel Marienhof saying his delegation had brought new ideas.", "his delegation had brought new ideas", "Dariel Sorani", "saying"},
		{"a participle opening a title is no opening phrase", "Presiding Judge Miriam Castellane rejected the motion, saying the defense had time to prepare.", "the defense had time to prepare", "Miriam Castellane", "saying"},
		{"a long phrase of where before that", "Its director, Tomasz Rybak, said in a television interview with the broadcaster VTV on Sunday that public trust would depend on the outcome.", "that public trust would depend on the outcome", "Tomasz Rybak", "said"},
		{"a role, the name set off, a day after on and no that", "But his agent, Nadia Kettering, said on Tuesday her client had not asked to leave.", "her client had not asked to leave", "Nadia Kettering", "said"},
		{"according to a role and the name set off after it, closing the sentence", "Turnout was 38 per cent, up from 31 per cent, according to the returning officer, Colin Ashby.", "Turnout was 38 per cent, up from 31 per cent", "Colin Ashby", "according to"},
		{"according to a name with a plural's apostrophe, closing the sentence", "By evening about 400 people were inside, according to the Harrowgate Students' Union.", "By evening about 400 people were inside", "Harrowgate Students' Union", "according to"},
		{"a name, an age, a role and a place set off, then said", "Martin Kessel, 44, a sheep farmer from Pennock, just outside the evacuation zone, said he had stayed behind.", "he had stayed behind", "Martin Kessel", "said"},
		{"according to figures published at a time by their author", "Average house prices fell in September, according to figures published on Monday by the lender Hartwell Building Society.", "Average house prices fell in September", "Hartwell Building Society", "according to"},
		{"an organisation after the and an adjective, a phrase set off before said", "The independent Sarvenian Fiscal Council, in an assessment published hours after the speech, said the target was achievable.", "the target was achievable", "Sarvenian Fiscal Council", "said"},
		{"a verb's plural object is no clause before the main one", "In the port city, where pharmacies have reported shortages of face masks, residents said they were keeping their children at home.", "they were keeping their children at home", "residents", "said"},
		{"a participle and its phrase after the subject", "A person briefed on the investigation said investigators believed the attackers had gained access.", "investigators believed the attackers had gained access", "person", "said"},
		{"role words in lower case before the name of a closing attribution", "The port will close, harbour master Ivo Lund said.", "The port will close", "Ivo Lund", "said"},
		{"role words before an organisation's name of a closing attribution and a clause after", "No one was seriously hurt, airport operator Hallor Airport Company said, though nine people were treated.", "No one was seriously hurt", "Hallor Airport Company", "said"},
		{"a role in a place named with a word of places", "A senior Western diplomat in Port Lessing, who spoke on condition of anonymity, said the army was restless.", "the army was restless", "senior Western diplomat", "said"},
		{"a name set off after a role with to and a place", "Karvonia’s ambassador to Tarsenia, Pieter Demsky, said the two sides had agreed to talk.", "the two sides had agreed to talk", "Pieter Demsky", "said"},
		{"the object of a relative clause after the subject is not the subject", "The group that held the workers said in a message that it had released them.", "that it had released them", "group", "said"},
		{"quoted a role and the name set off after it as saying", "State broadcaster DTV quoted the exercise commander, General Ivo Rask, as saying the drills would go on.", "the drills would go on", "Ivo Rask", "saying"},
		{"her challenger and the name set off after it", "Her challenger, Dominic Achebe-Strand of the Reform Bloc, told a radio station that his observers had counted 400 ballots.", "that his observers had counted 400 ballots", "Dominic Achebe-Strand", "told"},
		{"quoted someone as saying", "The Harbour Gazette quoted Deputy Minister Ana Ode as saying the talks had stalled.", "the talks had stalled", "Ana Ode", "saying"},
		{"cited someone as saying that", "The agency cited one of Lund's advisers as saying that the port would close.", "that the port would close", "one of Lund's advisers", "saying"},
		{"a day after on and no that", "The Varnian foreign ministry said on Monday it would send an envoy.", "it would send an envoy", "Varnian foreign ministry", "said"},
		{"a date and a medium before a clause with no that", "Ana Ode said in a statement on March 3 the talks would resume.", "the talks would resume", "Ana Ode", "said"},
		{"a time and a place before a clause with no that", "Ivo Lund told reporters late on Friday in Kell he had not been consulted.", "he had not been consulted", "Ivo Lund", "told"},
		{"last week before a clause with no that", "The harbour board said last week the cranes were safe.", "the cranes were safe", "harbour board", "said"},
		{"a party and state tag between commas before an appositive", "Sen. Ivo Lund, R-Kell, the bill's sponsor, said the vote was a stunt.", "the vote was a stunt", "Ivo Lund", "said"},
		{"a place set off after the verb's phrase before that", "The minister, Yusuf Tal, told reporters in the capital, Qasr, that his government would wait.", "that his government would wait", "Yusuf Tal", "told"},
		{"a name set off inside a relative clause with whose", "Teresa Molnar, whose husband, Karl, was one of the two workers killed, said she had waited months.", "she had waited months", "Teresa Molnar", "said"},
		{"submitted that, as a court hears", "The counsel for the corporation, Sunanda Kulkarni, submitted that the drains had been cleared.", "that the drains had been cleared", "Sunanda Kulkarni", "submitted"},
		{"described as", "Sources familiar with the talks described them as tense.", "them as tense", "sources familiar with the talks", "described"},
		{"according to", "According to the ministry, the bridge will reopen in May.", "the bridge will reopen in May", "ministry", "According to"},
		{"according to a source in lower case", "According to state television, the delegation will stay for three more days.", "the delegation will stay for three more days", "state television", "According to"},
		{"according to a source with a relative phrase after the clause", "The delegation will stay on, according to two people briefed on the plan.", "The delegation will stay on", "two people briefed on the plan", "according to"},
		{"according to reports that name no issuer", "According to Varnian media reports, the port is pushing for a full halt.", "the port is pushing for a full halt", "Varnian media reports", "According to"},
		{"according to a source and the place it is in", "According to officials in Ashford, the sanctions will not take effect.", "the sanctions will not take effect", "officials", "According to"},
		{"according to a source and a participle set off", "According to the study, published in the Kell Journal, the man had been ill for months.", "the man had been ill for months", "study", "According to"},
		{"according to a long source with a relative clause", "According to a senior official who asked not to be named because the talks are private, the two sides are close to a deal.", "the two sides are close to a deal", "senior official", "According to"},
		{"according to a name and a relative clause set off", "According to Ana Ode, who runs the port, the gates were never locked.", "the gates were never locked", "Ana Ode", "According to"},
		{"a speaker's own clause before according to", "Ivo Lund said he would have fired the clerk, according to the Harbour Gazette.", "he would have fired the clerk", "Ivo Lund", "said"},
		{"an opening as-clause's speaker before according to", "As Ana Ode noted at the time, the repairs would cost more, according to the Harbour Gazette.", "the repairs would cost more", "Ana Ode", "noted"},
		{"a participle's phrase set off before the verb holds a conjunction", "Ivo Lund, smiling broadly after the vote, said the result was a mandate for change.", "the result was a mandate for change", "Ivo Lund", "said"},
		{"a participle of speaking set off before the verb holds a conjunction", "Ana Ode, speaking to reporters before the vote, told them the result would be close.", "the result would be close", "Ana Ode", "told"},
		{"a plural with no determiner before a relative clause set off", "Union leaders, who met on Monday, said the strike would go on.", "the strike would go on", "Union leaders", "said"},
		{"an opening as-clause's speaker", "As the harbour master pointed out, the gates were never locked.", "the gates were never locked", "harbour master", "pointed"},
		{"believe", "Regional analysts believe the deal buys time.", "the deal buys time", "Regional analysts", "believe"},
		{"that of a later clause", "Ivo Lund said he was surprised that the crane had failed.", "he was surprised that the crane had failed", "Ivo Lund", "said"},
		{"subordinate clause ends at the main clause", "Although relatives of the clerk suggested the ledger was forged, the port manager dismissed the idea.", "the ledger was forged", "relatives of the clerk", "suggested"},
		{"subject with an appositive that names two people", "The harbour whistleblower, a friend of Ivo Lund and Ana Ode, would then have claimed that he was told the port was sold.", "that he was told the port was sold", "harbour whistleblower", "claimed"},
		{"closing attribution with whom it told", "The two clerks were handed over to the police on Monday, a port source told Reuters.", "The two clerks were handed over to the police on Monday", "port source", "told"},
		{"that after a pronoun", "Varncorp said it submitted a bid that would cut costs.", "it submitted a bid that would cut costs", "Varncorp", "said"},
		{"that after a parenthetical", "Ivo Lund hoped, he said, that the port would reopen.", "that the port would reopen", "Ivo Lund", "hoped"},
		{"that of a relative clause", "Ivo Lund said the crane was one of two that failed.", "the crane was one of two that failed", "Ivo Lund", "said"},
		{"was quick to add", "Ivo Lund was quick to add that the talks do not include scrapping the idea.", "that the talks do not include scrapping the idea", "Ivo Lund", "add"},
		{"a state set off after a place inside an appositive", "Rita Vell, a docker from Kellton, Va., said the cranes were unsafe.", "the cranes were unsafe", "Rita Vell", "said"},
		{"a state spelt out inside an appositive", "Ivo Lund, one of the clerks at the depot near Arden, Maine, told the court that the ledger was forged.", "that the ledger was forged", "Ivo Lund", "told"},
		{"an inverted role after the clause", "The port will open on Monday, said the harbour minister.", "The port will open on Monday", "harbour minister", "said"},
		{"an inverted role and the name set off after it", "The port will open on Monday, said the board's chair, Rita Vell, on Friday.", "The port will open on Monday", "Rita Vell", "said"},
		{"an inverted name and a day after it", "The fees will rise, said Ana Ode on Friday.", "The fees will rise", "Ana Ode", "said"},
		{"a clause after a relative set off is no inverted role", "Aides to Ana Ode, who ran the port, said their plans, drawn up in May, would work.", "their plans, drawn up in May, would work", "Aides to Ana Ode", "said"},
		{"a hometown set off after the name", "Tomas Reyl, 47, of Lessny, Varnia, said he had moved his family.", "he had moved his family", "Tomas Reyl", "said"},
		{"a hometown of two words and a region", "Raymond Tuck, 47, of Lissal Junction, New Halvern, said he had voted for Arnott twice.", "he had voted for Arnott twice", "Raymond Tuck", "said"},
		{"a relative clause set off holds a number with a comma", "The Dockworkers Union, which represents about 6,000 workers at the port, warned that the merger could cost hundreds of jobs.", "that the merger could cost hundreds of jobs", "Dockworkers Union", "warned"},
		{"according to set off inside the sentence, after the clause", "Port fees rose 5.8% in the year to October, according to the harbour board, well above the target.", "Port fees rose 5.8% in the year to October", "harbour board", "according to"},
		{"a survey's finding, which names no issuer, is the survey's", "The survey found that 46 percent of voters back the port plan.", "that 46 percent of voters back the port plan", "survey", "found"},
		{"a role, then a name after role words", "The mediator, former Lusanian president Amadou Reste, told reporters that the gap had narrowed.", "that the gap had narrowed", "Amadou Reste", "told"},
		{"a possessive role, then a name and its party", "The government's chief whip, Marcus Tell of the governing Unity Party, told reporters that the bill was balanced.", "that the bill was balanced", "Marcus Tell", "told"},
		{"a role, then a phrase that names someone else", "The aides, led by campaign manager Terry Sullivan, told the group that they could not win Iowa.", "that they could not win Iowa", "aides", "told"},
		{"a reporting verb, then and and the verb of the clause", "Ana Ode laughed and said the port had closed for good.", "the port had closed for good", "Ana Ode", "said"},
		{"a body's name with of, a title, then the name", "Concord of Nations Secretary-General Ingrid Tamsell said the coup was illegal.", "the coup was illegal", "Ingrid Tamsell", "said"},
		{"said, then a possessor opening the clause", "Anselm Drey, a professor who advised the designers, said Tavrin's projections relied on worst-case assumptions.", "Tavrin's projections relied on worst-case assumptions", "Anselm Drey", "said"},
		{"a name set off inside the appositive of the name that opens the sentence", "Jane Doe, a spokeswoman for the governor, John Smith, said the plan was dead.", "the plan was dead", "Jane Doe", "said"},
		{"ruled that", "A judge on Friday quashed the approval, ruling that officials had failed to consult the valley's people.", "that officials had failed to consult the valley's people", "judge", "ruling"},
		{"a phrase set off between the verb and that", "Ana Ode added, in response to a question from the floor, that the bank did not target the currency.", "that the bank did not target the currency", "Ana Ode", "added"},
		{"a role before the name", "Government backbencher Tomas Wredd then broke ranks, telling the chamber he could not support the bill.", "he could not support the bill", "Tomas Wredd", "telling"},
		{"at least and a number open the clause", "The group said at least 14 journalists had been detained overnight.", "at least 14 journalists had been detained overnight", "group", "said"},
		{"made it clear that", "The minister made it clear that the port would stay open.", "that the port would stay open", "minister", "made it clear"},
		{"was adamant that", "Ana Ode was adamant that the port would stay open.", "that the port would stay open", "Ana Ode", "was adamant"},
		{"went on to say", "Ana Ode went on to say that the port would close in May.", "that the port would close in May", "Ana Ode", "say"},
		{"a clause, then a verb after then", "Ana Ode paused, then said the port had closed.", "the port had closed", "Ana Ode", "said"},
		{"by saying that: the sentence's subject", "Ana Ode closed the meeting by saying that the port would reopen in May.", "that the port would reopen in May", "Ana Ode", "saying"},
		{"a bare plural after But", "But port officials said it was too early to reopen the quay.", "it was too early to reopen the quay", "port officials", "said"},
		{"a bare plural after And", "And analysts believe the deal buys time.", "the deal buys time", "analysts", "believe"},
		{"a number after about opens the clause", "Ana Ode said about 140 people had registered at the shelter.", "about 140 people had registered at the shelter", "Ana Ode", "said"},
		{"a verb form used as a noun opens the clause", "Ivo Lund says demand has never been higher.", "demand has never been higher", "Ivo Lund", "says"},
		{"an adjective that is a verb form opens the clause", "The port board said repeated tests since Friday had found no trace of oil.", "repeated tests since Friday had found no trace of oil", "port board", "said"},
		{"a long phrase of place before that", "The firm's president, Ivo Lund, said in a telephone interview from its offices in Kell that the mill had lost money.", "that the mill had lost money", "Ivo Lund", "said"},
		{"who with a phrase set off before its verb", "First there was the Gazette's deputy editor Ivo Lund, who, after trading insults with Ana Ode over the port, said on the radio that the board had lost its way.", "that the board had lost its way", "Ivo Lund", "said"},
		{"a closing attribution that names whom it told", "The port would reopen, Ivo Lund told reporters on Monday, though he gave no date.", "The port would reopen", "Ivo Lund", "told"},
		{"both between the subject and the verb", "The two men both said the cranes were safe.", "the cranes were safe", "two men", "said"},
		{"a team, its role and the name before but said", "Kell coach Ana Ode declined to comment but said the decision would be looked at.", "the decision would be looked at", "Ana Ode", "said"},
		{"a possessive's gerund is a noun", "People familiar with the mayor's thinking said she had been reluctant.", "she had been reluctant", "People familiar with the mayor's thinking", "said"},
		{"a place's role and the name set off after it", "Wexmoor’s MP, Owen Prideaux, said the minister had rubber-stamped a decision.", "the minister had rubber-stamped a decision", "Owen Prideaux", "said"},
		{"an accusation", "Marta Veld accused the minister of misleading parliament over the cost.", "the minister of misleading parliament over the cost", "Marta Veld", "accused"},
		{"an urging", "Sami Ketola urged the council to publish all contracts linked to the port.", "the council to publish all contracts linked to the port", "Sami Ketola", "urged"},
		{"a noun read as a verb inside a set-off clause before the verb", "Ibarra, whose header had given Castlemere hope, told reporters his side had deserved at least a point.", "his side had deserved at least a point", "Ibarra", "told"},
		{"who after a name and its appositive inside the sentence", "The jury heard from Annika Solberg, a former manager at the port, who said berth allocations had become harder to predict.", "berth allocations had become harder to predict", "Annika Solberg", "said"},
		{"a title inside a set-off phrase before the verb", "Ivo Lund, host of Harbour Radio’s “Morning Quay,” suggested the strike could end soon.", "the strike could end soon", "Ivo Lund", "suggested"},
		{"a title inside a set-off relative clause before the verb", "Director Ana Ode, who cast her after seeing her in “Salt and Iron,” said in an interview that she was the only actor who turned up.", "that she was the only actor who turned up", "Ana Ode", "said"},
		{"accepted that", "Under cross-examination, Ivo Lund accepted that he had not filed a written declaration.", "that he had not filed a written declaration", "Ivo Lund", "accepted"},
		{"a title in the object of told", "Ana Ode told Harbour Radio’s “Drive Time” that the strike would end soon.", "that the strike would end soon", "Ana Ode", "told"},
		{"a title in a phrase after said", "Ivo Lund said on Harbour TV’s “Face the Week” that the port would reopen.", "that the port would reopen", "Ivo Lund", "said"},
		{"a participle after kept", "Ivo Lund kept saying that the port would close.", "that the port would close", "Ivo Lund", "saying"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := seg.Segment(tc.in)
			checkDoc(t, tc.in, d)
			if len(d.Quotes) != 1 || d.Quotes[0].Kind != Indirect {
				t.Fatalf("got %+v", d.Quotes)
			}
			q := d.Quotes[0]
			if got := tc.in[q.Start:q.End]; got != tc.content || q.Speaker != tc.speaker || tc.in[q.Cue.Start:q.Cue.End] != tc.cue {
				t.Errorf("got %q speaker %q cue %q", got, q.Speaker, tc.in[q.Cue.Start:q.Cue.End])
			}
			if d.Sentences[0].Quote != 0 {
				t.Errorf("sentence quote = %d, want 0", d.Sentences[0].Quote)
			}
		})
	}
}

// TestSecondClause: a sentence may hold two reported clauses, one after
// the other.
func TestSecondClause(t *testing.T) {
	seg := newTestSegmenter(t)
	for _, tc := range []struct{ in, first, by1, second, by2 string }{
		{"While Ivo Lund acknowledged the budget was tight, Ana Ode also noted that the cranes were old.", "the budget was tight", "Ivo Lund", "that the cranes were old", "Ana Ode"},
		{"Ana Ode said the port would close in May, and Ivo Lund said it would not.", "the port would close in May", "Ana Ode", "it would not", "Ivo Lund"},
		// a participle after the first clause reports a second one for
		// the same speaker
		{"Reached by the Herald, Ivo Lund denied that a shakeup is coming, explaining that he was “taking a day off.”", "that a shakeup is coming", "Ivo Lund", "that he was “taking a day off.”", "Ivo Lund"},
		{`Cruz said last week that Lund represents "Arden values," stating during the debate that they are "soft on ports."`, `that Lund represents "Arden values,"`, "Cruz", `that they are "soft on ports."`, "Cruz"},
		{`The candidate blasted Lund’s call for a "port force" on Wednesday, calling it "absurd."`, `Lund’s call for a "port force" on Wednesday`, "candidate", `it "absurd."`, "candidate"},
		// after a quote, and a reporting verb of the same subject's own
		{"Ana Ode described the talks as “a beginning, not a breakthrough” and said she had asked Lund to go on.", "the talks as “a beginning, not a breakthrough”", "Ana Ode", "she had asked Lund to go on", "Ana Ode"},
		{"The ministry said the collision was “a criminal act” and demanded that Varnia “accept responsibility.”", "the collision was “a criminal act”", "ministry", "that Varnia “accept responsibility.”", "ministry"},
		{"Velde, who ran on a pledge to freeze port fees, told reporters outside her office on Quay Street that she had “no regrets” and hinted that she might run again.", "that she had “no regrets”", "Velde", "that she might run again", "Velde"},
		{"Senior midwives have warned that plans to close the unit will force women to travel 40 miles, as health chiefs insist the move is needed to tackle staff shortages.", "that plans to close the unit will force women to travel 40 miles", "Senior midwives", "the move is needed to tackle staff shortages", "health chiefs"},
		{"Ivo Lund said the findings were consistent with earlier work but noted that the sample was small.", "the findings were consistent with earlier work", "Ivo Lund", "that the sample was small", "Ivo Lund"},
		{"Ana Ode blamed the delays on “lazy crews,” not on the weather, and said the port would hire more staff.", "the delays on “lazy crews,” not on the weather", "Ana Ode", "the port would hire more staff", "Ana Ode"},
		{"Ana Ode wrote that the ferry “needs to be fixed this winter,” adding “we need everyone on it.”", "that the ferry “needs to be fixed this winter,”", "Ana Ode", "“we need everyone on it.”", "Ana Ode"},
		// a partial quote's closing mark after the comma before the second clause
		{"Ivo Lund said that the footage did not give “clear evidence of a gun,” but he said that the other evidence “supports what we heard” about the night.", "that the footage did not give “clear evidence of a gun,”", "Ivo Lund", "that the other evidence “supports what we heard” about the night", "Ivo Lund"},
		{"Ivo Lund called the talks “limping,” while Speaker Ana Ode told state radio that the delay proved “they are not serious.”", "the talks “limping,”", "Ivo Lund", "that the delay proved “they are not serious.”", "Ana Ode"},
		{`Lund said the port was full, saying calling the union by another name, as some do, will do nothing.`, "the port was full", "Lund", "calling the union by another name, as some do, will do nothing", "Lund"},
		// a partial quote's clause that the speaker's next report ends,
		// with a finite verb or a participle that reports a clause
		{"Ivo Lund toured the docks on Friday and he, once again, promised a “port for everyone” and said that he and his allies would take on the “shipping cartel” that sets the fees.", "a “port for everyone”", "Ivo Lund", "that he and his allies would take on the “shipping cartel” that sets the fees", "Ivo Lund"},
		{"Ana Ode exclaimed “What a night for Kell!” and said that her campaign would go on “knocking on every door” across the island.", "“What a night for Kell!”", "Ana Ode", "that her campaign would go on “knocking on every door” across the island", "Ana Ode"},
		{"Ana Ode went after Lund on Tuesday over the unpublished audit, calling it “unacceptable” and asserting that the only reason must be “a hole in the books.”", "it “unacceptable”", "Ana Ode", "that the only reason must be “a hole in the books.”", "Ana Ode"},
		// a directive verb whose object's "to" opens a partial quote,
		// then the speaker's next report
		{"Ana Ode urged voters to “stay home” and said she was standing firm on the plan.", "voters to “stay home”", "Ana Ode", "she was standing firm on the plan", "Ana Ode"},
		{`Ivo Lund exhorted the crews to "hold the line" and said the port would reopen.`, `the crews to "hold the line"`, "Ivo Lund", "the port would reopen", "Ivo Lund"},
		// an opening participle's phrase is no clause, and the verb after
		// it still reports
		{"Speaking to reporters in Concord, which hosts the first primary on Tuesday, Ana Ode referred to Lund as “a bright leader” but described his plan as a “work in progress.”", "Lund as “a bright leader”", "Ana Ode", "his plan as a “work in progress.”", "Ana Ode"},
		// "and accused X of", "and urged X to": the first clause's speaker,
		// not the subject of the quote before
		{"Ana Ode said the board had published results “before the ballot boxes had even arrived”, and accused Lund of “stealing the future”.", "the board had published results “before the ballot boxes had even arrived”", "Ana Ode", "Lund of “stealing the future”", "Ana Ode"},
		{"Ana Ode said the ferry was “older than the harbour wall” and urged the council to replace it.", "the ferry was “older than the harbour wall”", "Ana Ode", "the council to replace it", "Ana Ode"},
	} {
		wantIndirect(t, seg, tc.in, tc.first, tc.by1)
		wantIndirect(t, seg, tc.in, tc.second, tc.by2)
	}
	// "and called" after the main clause that an opening "While …," leads
	// into is the main clause's subject's
	wantIndirect(t, seg, "Rita Vell met Ana Ode. While the harbour donor didn’t disclose her plans for the race, she did say she found Ode to be “very charming” and called her standing in the field “unheard of.”",
		"her standing in the field “unheard of.”", "Rita Vell")
	// a reporting verb in a relative clause after "but" is no second report
	wantIndirect(t, seg, "Ana Ode said voters are “right to be angry,” but also hungry for what she calls “real answers.”",
		"voters are “right to be angry,” but also hungry for what she calls “real answers.”", "Ana Ode")
}

// TestClauseEndsWithDroppedTitle: a reported clause that ends in a title
// or name dropped as no one's words keeps its closing mark.
func TestClauseEndsWithDroppedTitle(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Garden\n\nAna Ode said the children had named their new vegetable garden “The Phoenix Patch”."
	d := seg.Segment(in)
	checkDoc(t, in, d)
	for _, q := range d.Quotes {
		if q.Kind == Indirect {
			if got := in[q.Start:q.End]; !strings.HasSuffix(got, "”") {
				t.Errorf("clause %q, want it to end with the title's closing mark", got)
			}
			return
		}
	}
	t.Errorf("%q: no clause", in)
}

// TestNoClause: no one reports in an idiom's passive, and a verb that a
// form of be follows starts no clause.
func TestNoClause(t *testing.T) {
	seg := newTestSegmenter(t)
	wantNoQuotes(t, seg,
		"After all is said and done, the port will stay open.",
		"The ferry operator, Strait Lines Ltd., has not commented.",
		"As the minister spoke, protesters gathered outside the port.",
		"As Ana Ode said this, the crowd cheered.",
		"In an interview with “Harbour Mornings,” Ivo Lund pointed to the ferries.",
		"In a scathing opinion piece, the Kell Gazette called on the board to resign.",
		"On the campaign trail with her sister, Ana Ode pledges to open the port.",
		"Ana Ode accepted the award on behalf of the crews.",
		"Ivo Lund urged the crowd at the quay.",
		// a clause asked about, not reported
		"The harder question is whether Ode has explained what, precisely, would make her change it back.",
		// what was said only measured: no clause
		"Lindqvist himself has said little publicly, though he liked a post from a supporters’ group on Sunday.",
		// a question put to the subject, then no report: its verbs are the question's
		"Asked whether she would recommend that the council take up the matter, Ana Ode paused.",
		"Ana Ode said as much during public comment.",
		"Ana Ode said during public comment.",
		"Ana Ode accused the clerk of the port board.",
		"As she has for weeks, Ana Ode avoided all mention of her rival on the quay.",
		"The board pushed back the vote to May after the storm.",
		"Harbour Board Fires Its Chief Over Crane Deal",
		"But hearing him say it in a harbour accent gives it a certain charm.",
		"But Ode also struck populist notes similar to those Lund had sounded.",
		"Ana Ode found the keys under the crane on Monday.",
		"The old crane shows no sign of rust after a winter at sea.",
		"Harbour Survey Shows Gains For The Port",
		"When Ivo Lund explained it, the room went quiet.",
		"Asked what he would do if he lost, Ivo Lund laughed.",
		"The firm submitted a plan to the council on Monday.",
		"Later, at a diner stop in the town of Pell Creek, Ivo Lund was asked about the polls.",
		"The harbour board has not said when it would vote.",
		"The letter Ivo Lund wrote was kind and short.",
		"It feels like a blend of the two old ferries, with a smooth ride.",
		"The port has been quiet for a week, and it felt like the strike would never end.",
		"Varncorp showed the crane on Monday but didn't say when it will be sold.",
		"Her first book held a poem called “Winter Gate, Arden Station,” which went on to win a prize.",
		"Ivo Lund agreed a deal to run the port until 2030.",
		"Ana Ode wrote those books in a cabin by the port.",
		"I am asked to speak at the port every year.",
		"Following the arrest of the clerk, a lawyer for the dockers asked for the inquiry to resume.",
		"In Kell, the campaign was represented by Gov. C.L. “Butch” Lund, who talked more about the needs of Western states than about the mayor.",
		"State Del. Marcia “Cia” Price spoke to the crowd at the quay.",
		"Nia Sol, who spent more time talking about the needs of Western states than about the port, left early.",
		"The interests of member states trump everything else at the port.",
		"Two dozen states balked at accepting any of the cargo.",
		"Then, last week, Ana Ode posted on the port’s website about the cranes.",
		"Shortly before their arrival, Ivo Lund admitted to hiding the ledger in a basket.",
		"In August, Quay House plans to release “The Making of Ivo Lund,” by the Harbour Prize-winning reporter Ana Ode.",
		"The crane is based on the old model, which the port’s founder Ana Ode announced earlier this year.",
		"The Tarn state attorney general is looking into the port.",
		"The new crane feels like the best you can buy now.",
		"Ode is scheduled to appear on “The Quay” and “The Late Show With Ivo Lund,” among other media appearances.",
		"Ivo Lund began feeling tired after the port closed.",
		"The stock added more than 2% on Monday after the port reopened.",
		"The man began feeling tired after a week at the port.",
		"Ana Ode had written the song in a week by the port.",
		"To confirm the link between the two, the port board ran more tests.",
		"As the mayor read out her text, Ivo Marsh railed at her refusal to act.",
		"A team led by researchers at the Goddard Center in Greenbelt, Maryland, has confirmed traces of water.",
		"You can watch a dazzling number of Tide, Pixel, Marvel, and Harbour films.",
		"Yet fires have continued, showing that enforcement is a problem, and farmers are still burning.",
		"Ana Ode left the port, saying goodbye to everyone who was there.",
		"The board read two critical reports that the auditors wrote.",
		"The novelist Ana Walton explained them to me.",
		"I truly believe that actions speak louder than words.",
		"Ivo Lund reiterated them on Harbour Radio on Thursday.",
		"Thousands of teachers surrounded the Arden Statehouse on Tuesday to call for better pay and more respect from the Arden-dominated state government in a protest that closed more than half of the state’s school districts for the day.",
		"Though most dockers stayed calm, a small group of them responded with anger.",
		// a lower-case singular word with no determiner is no subject of a
		// present verb: the verb is a noun it modifies
		"A long strike can lead to post-traumatic stress disorder or severe depression.",
		"The bill passed, requiring state and local police to report every death in custody.",
		"The union hosts guest posts on the port and its history.",
	)
	// the phrase after a set-off "put it" is no reported clause
	for _, q := range seg.Segment("His degree has not kept him from being seen, as the Harbour Gazette put it in a long expose, “the fixer.”").Quotes {
		if q.Kind == Indirect {
			t.Errorf("indirect quote %+v after put it, want none", q)
		}
	}
	// a concessive clause with a speaker and a reporting verb of its own
	// ends the first reported clause and is reported on its own
	wantIndirect(t, seg, "Ana Ode said late on Wednesday that she would go ahead with the meeting, although she tweeted that she rejects the latest plan.", "that she would go ahead with the meeting", "Ana Ode")
	wantIndirect(t, seg, "Ana Ode said late on Wednesday that she would go ahead with the meeting, although she tweeted that she rejects the latest plan.", "that she rejects the latest plan", "Ana Ode")
	// a title right after a naming verb is no quoted word
	wantNoQuotes(t, seg, "Best sellers include a collection from the cartoonist Ivo Lund called ''Yuge!: 30 Years of Harbour Life.''")
	// a preposition's phrase after the verb leads into "that"
	wantIndirect(t, seg, "Later in the show, after the Lund interview ended, Ana Ode stated of the scandal that the report was late.", "that the report was late", "Ana Ode")
	// events and looks are no speakers
	wantNoQuotes(t, seg, "His appearance hinted that the port would close.", "The interview suggests the port is calm.")
	// but a plural without -s is
	wantIndirect(t, seg, "Harbour police say the crane fell in the night.", "the crane fell in the night", "Harbour police")
	// a verb with an object after a quote that ended its sentence opens a
	// sentence of its own, not the quote's attribution
	in := `The crowd booed as Ana Ode took the "hot seat." The Dockers Union has protested the use of old slurs.`
	for _, q := range seg.Segment(in).Quotes {
		if q.Speaker == "Dockers Union" {
			t.Errorf("%s: quote %q by %q, want no speaker", in, in[q.Start:q.End], q.Speaker)
		}
	}
	// the clause of an opening participle ends before "though"
	wantIndirect(t, seg, "Acknowledging that Ode “says a lot of odd stuff,” though, Marsh did suggest that the port would stay open.", "that Ode “says a lot of odd stuff,”", "Marsh")
	wantNoQuotes(t, seg, "Saying that is easy.", "Saying that, Ana Ode left.")
	// a participle after the attribution reports for its subject
	wantIndirect(t, seg, "The port’s “excesses” are sickening, Marsh said Tuesday in Arden, noting the harbour master “makes you want to weep.”", "the harbour master “makes you want to weep.”", "Marsh")
	wantNoQuotes(t, seg, "Ana Ode left on Tuesday, noting the boats in the harbour.")
	// a passive names no speaker for a partial quote
	in = `Ivo Lund has been called a charlatan by fellow dockers for selling "quack" cures.`
	for _, q := range seg.Segment(in).Quotes {
		if q.Speaker == "Ivo Lund" {
			t.Errorf("%s: quote %q by %q, want none by the passive's subject", in, in[q.Start:q.End], q.Speaker)
		}
	}
	// "according to" after a clause that has its own speaker names a
	// source of it and ends it
	wantIndirect(t, seg, "The Herald reports that the port has won among dockers, according to the Arden Centre for Labour Research.", "that the port has won among dockers", "Herald")
	wantIndirect(t, seg, "Ivo Lund expects them to become less common over time.", "them to become less common over time", "Ivo Lund")
	// a negated verb reports nothing; the attribution that closes the
	// sentence reports the clause that holds it
	wantIndirect(t, seg, "Ode cannot say that “from his view,” Lund added, saying it was “up to the board.”", "Ode cannot say that “from his view,”", "Lund")
	wantNoQuotes(t, seg, "However, Lund could not explain why a marriage rule is cited on the port's website.")
	// according to a document filed by someone: its author speaks
	wantIndirect(t, seg, "According to a 52-count civil complaint filed by the federal Harbour Commission, the developers engaged in fraud.", "the developers engaged in fraud", "Harbour Commission")
	// a subordinate clause after a quote is no attribution of it
	in = "Ana Ode spoke first. “It is hard,” she said. “It makes it dense.” When his editors would ask him to clarify, he refused."
	for _, q := range seg.Segment(in).Quotes {
		if c := in[q.Cue.Start:q.Cue.End]; c == "ask" {
			t.Errorf("%s: quote %q attributed by %q to %q", in, in[q.Start:q.End], c, in[q.Mention.Start:q.Mention.End])
		}
	}
	// a subordinate clause before a parenthetical that the clause goes on
	// after is still reported
	wantIndirect(t, seg, "Though the last vote was calm, he said, the next one will be hard.", "Though the last vote was calm, he said, the next one will be hard", "")
}

// wantNoQuotes segments each text and fails t for every quote found in it:
// the texts report no one's words.
func wantNoQuotes(t *testing.T, seg *Segmenter, texts ...string) {
	t.Helper()
	for _, in := range texts {
		d := seg.Segment(in)
		checkDoc(t, in, d)
		for _, q := range d.Quotes {
			t.Errorf("%s: quote %q by %q (cue %q), want none", in, in[q.Start:q.End], q.Speaker, in[q.Cue.Start:q.Cue.End])
		}
	}
}

// wantIndirect segments in and fails t unless one of its indirect quotes
// is the clause, attributed to speaker.
func wantIndirect(t *testing.T, seg *Segmenter, in, clause, speaker string) {
	t.Helper()
	d := seg.Segment(in)
	checkDoc(t, in, d)
	var got []string
	for _, q := range d.Quotes {
		if q.Kind == Indirect {
			got = append(got, in[q.Start:q.End])
			if in[q.Start:q.End] == clause && q.Speaker == speaker {
				return
			}
		}
	}
	t.Errorf("indirect quotes %q (all %+v); want %q by %q", got, d.Quotes, clause, speaker)
}

// TestClauseAroundPartial: reported speech that holds a partial quote is
// one indirect quote whose clause takes in the partial quote and its marks,
// and a quote that follows its own attribution sentence joins it.
func TestClauseAroundPartial(t *testing.T) {
	seg := newTestSegmenter(t)
	// a participle's clause whose verb is a past form after its subject
	wantIndirect(t, seg, "Levy row\n\nThe firm disputed the campaigners’ figures, saying much of the increase reflected heavier rainfall and new monitors that were ‘far more sensitive’ than the old ones.", "much of the increase reflected heavier rainfall and new monitors that were ‘far more sensitive’ than the old ones", "firm")
	wantIndirect(t, seg, "Levy row\n\nAna Ode tried to make the case that this was rare, explaining the firings amounted to 1 percent of staff.", "the firings amounted to 1 percent of staff", "Ana Ode")
	tests := []struct {
		name, in, clause, speaker string
	}{
		{"said", "Ivo Marsh said the offer was “not worth the paper.”", "the offer was “not worth the paper.”", "Ivo Marsh"},
		{"called", "The union called the offer “an insult” to its members.", "the offer “an insult” to its members", "union"},
		{"calling", "Lia Dorn left the hearing early, calling the plan “a fraud.”", "the plan “a fraud.”", "Lia Dorn"},
		{"postposed", "The plan is “a disaster,” Rivera said.", "The plan is “a disaster,”", "Rivera"},
		{"lead clause into a quote", "Ana Ode said Friday that if she wins, “the bill will pass.”", "that if she wins, “the bill will pass.”", "Ana Ode"},
		{"lead clause before a colon", "Ana Ode said she has what the job needs: “Steadiness, and more of it.”", "she has what the job needs: “Steadiness, and more of it.”", "Ana Ode"},
		{"pondered", "Ana Ode pondered who, without Lund, might “speak for the dockers in this season of strikes.”", "who, without Lund, might “speak for the dockers in this season of strikes.”", "Ana Ode"},
		{"a condition that leads into a quote with no comma", "Ana Ode says if elected mayor “I will work very closely with the council.”", "if elected mayor “I will work very closely with the council.”", "Ana Ode"},
		{"participle after the attribution", "“We need change,” Ana Ode said, arguing that the port needs “new hands” soon.", "that the port needs “new hands” soon", "Ana Ode"},
		{"lead clause before a colon and a quote of sentences", "Ms. Vale said in an interview that she sent the council the same text: ''Do you feel the wind? Thanks!''", "that she sent the council the same text: ''Do you feel the wind? Thanks!''", "Vale"},
		{"the speaker's relative clause reports after the quote", "“It was not a convincing argument,” said Ivo Lund, who added that the board seemed “rattled” by the strike.", "that the board seemed “rattled” by the strike", "Ivo Lund"},
		{"a clause before the participle that leads into a quote", "In an interview, Ode said the making of the port plan could be “messy,” adding, “Democracy is messy.”", "the making of the port plan could be “messy,”", "Ode"},
		{"a clause before while and the participle", "Ode insisted it was “premature” to back the port plan while adding on harbour matters, “I do not doubt her heart is in the right place.”", "it was “premature” to back the port plan", "Ode"},
		{"a relative clause after the object reports", "Lund met Ana Ode, who said that the quay was safe.", "that the quay was safe", "Ana Ode"},
		{"a relative clause after a noun phrase object", "Lund met the harbour master, who also said the quay was safe.", "the quay was safe", "harbour master"},
		{"people before a place take the relative clause", "The plan may placate nervous dockers in Kell, who have argued that it helps when the board is painted as greedy.", "that it helps when the board is painted as greedy", "dockers"},
		{"a relative clause ends before the next name's", "Voters met Ana Ode, who claimed that the port was full, and Ivo Lund, who suggested it could be sold.", "that the port was full", "Ana Ode"},
		{"a verb with an object, then and said", "The mayor rejected the plan and said the port would stay open.", "the port would stay open", "mayor"},
		{"a subject and its verb before a relative's that", "Ivo Tetrault said members learned of the closure at a meeting that lasted “less than fifteen minutes” on Tuesday.", "members learned of the closure at a meeting that lasted “less than fifteen minutes” on Tuesday", "Ivo Tetrault"},
		{"ripped someone as", "Lund ripped the harbour board for acting as “the judge and the jury” in the inquiry.", "the harbour board for acting as “the judge and the jury” in the inquiry", "Lund"},
		{"lead clause after and said", "Ana Ode praised the crew of the ferry “Long Quay” and said she has what the job needs: “Steadiness, and more of it.”", "she has what the job needs: “Steadiness, and more of it.”", "Ana Ode"},
		{"inverted postposed attribution", "Raising the port tax ''is a misguided approach,'' said Mr. Ivo Marsh (a view others share).", "Raising the port tax ''is a misguided approach,''", "Ivo Marsh"},
		{"attribution closing the sentence", "Nothing the mayor said “will ease the fears,” Senator Ana Ode said.", "Nothing the mayor said “will ease the fears,”", "Ana Ode"},
		{"writer's words after a quote after the verb", "Asked why, Ana Ode said, “We have three weeks to go” until the vote.", "“We have three weeks to go” until the vote", "Ana Ode"},
		{"verb after and in a subordinate clause", "There were sharper words too, such as when Ana Ode knocked Ivo Lund on trade and called him “a drifter.”", "him “a drifter.”", "Ana Ode"},
		{"day after the closing verb", "Lund’s “excesses” are sickening, Ode said Tuesday in Arden, noting the nominee “makes you want to retch.”", "Lund’s “excesses” are sickening", "Ode"},
		{"it after an organisation", "Varncorp confirmed that its crane uses the new rails. In a statement released on Monday, it said it had submitted a bid for the port.", "it had submitted a bid for the port", "Varncorp"},
		{"rated", "The fact-check site rated 22% of the claims as “entirely true” in May.", "22% of the claims as “entirely true” in May", "fact-check site"},
		{"no parenthetical around a clause", "Last month, the port board announced it would hire 1,000 dockers from Tarn.", "it would hire 1,000 dockers from Tarn", "port board"},
		{"participle before a surname is no given name", "Varn CEO Tim Cook spoke first.\n\nHosting Cook at the summit “is our dream,” Lund said.\n\nCook said that the port is open to every ship.", "that the port is open to every ship", "Tim Cook"},
		{"place in -ing before an organisation word", "Downing Street said the talks would go on.", "the talks would go on", "Downing Street"},
		{"as X put it after the clause", "The main need for the visa is a “lawful source of income,” as a Varnia Home Office memo put it.", "The main need for the visa is a “lawful source of income,”", "Varnia Home Office"},
		{"relative clause and age set off before the verb", "Ivo Lund, 56, who has sat on the port board for a decade, told reporters the cranes are old.", "the cranes are old", "Ivo Lund"},
		{"agreed with a pronoun", "Even the dockers agreed they had no choice but to strike.", "they had no choice but to strike", "dockers"},
		{"comma after the verb", "The port board says that, in such a case, the cranes could run all night.", "in such a case, the cranes could run all night", "port board"},
		{"told an organisation's programme", "Ana Ode told Harbour Radio's weekly news show it is clear the port is safe.", "it is clear the port is safe", "Ana Ode"},
		{"with and a participle", "Smoke will cover Tarn this week, with forecasters warning that the air will be “severe” by Friday.", "that the air will be “severe” by Friday", "forecasters"},
		{"date after the verb", "The port authority said Friday afternoon the crane had failed twice in a week.", "the crane had failed twice in a week", "port authority"},
		{"relative clause in the subject", "A port official, a Varnian docker who feared reprisals and asked not to be named, said that the claim is “absolutely not true.”", "that the claim is “absolutely not true.”", "port official"},
		{"sentence goes on after the quote", "“Prices will fall” within a year, Rivera said.", "“Prices will fall” within a year", "Rivera"},
		{"a quote of two sentences inside the clause", "Ivo Lund told the radio that he backs Ode because “we don’t need a clerk as mayor. We need a leader.”", "that he backs Ode because “we don’t need a clerk as mayor. We need a leader.”", "Ivo Lund"},
		{"lead clause into a quote after and that", "Ana Ode told reporters that she had spoken to the harbour master and that “I think you will see a pause in the sales.”", "that she had spoken to the harbour master and that “I think you will see a pause in the sales.”", "Ana Ode"},
		{"a quote right after the verb that the writer's words go on from", "Ana Ode runs the port. When Lund accused Ode of being too close to the banks, she said “I stood up against the banks” for their reckless deals.", "“I stood up against the banks” for their reckless deals", "Ana Ode"},
		{"a second subject's participle after and ends the first clause", "Both men issued a statement – Lund saying he was “very encouraged” and Ode calling it a “great meeting.”", "he was “very encouraged”", "Lund"},
		{"the second subject's participle clause", "Both men issued a statement – Lund saying he was “very encouraged” and Ode calling it a “great meeting.”", "it a “great meeting.”", "Ode"},
		{"a participle after before", "“Thank you, son,” Ana Ode replied, before adding that she thinks “dockers should speak with respect.”", "that she thinks “dockers should speak with respect.”", "Ana Ode"},
		{"reasoning", "“The quay is ours,” the port board said, reasoning that Kell met the test because it “never sold the land.”", "that Kell met the test because it “never sold the land.”", "port board"},
		{"an opening participle phrase sets the scene", "Weighing in on the dispute, former Tarn mayor Ivo Lund agreed, praising the harbour master as “one of the ablest people we have.”", "the harbour master as “one of the ablest people we have.”", "Ivo Lund"},
		{"a participle after the verb of a partial quote", "Ivo Lund agreed, praising the harbour master as “one of the ablest people we have.”", "the harbour master as “one of the ablest people we have.”", "Ivo Lund"},
		{"a quote after a conjunction inside the clause", "Mayor Ana Ode argued that harbour chief Ivo Lund has “a long way to go” on fares, because “The firms pay him well. He has to back them, right?”", "that harbour chief Ivo Lund has “a long way to go” on fares, because “The firms pay him well. He has to back them, right?”", "Ana Ode"},
		{"a partial quote's clause before the clause found later in its sentence", "Ode took to the radio on Friday to accuse the council of being “misled” by “a sham” and encourage listeners to read what she called its “secret memo.”", "the council of being “misled” by “a sham”", "Ode"},
		{"the earlier clause ends before a partial quote another verb reports", "Mayor Ana Ode, despite admitting that she did have her concerns about “ferry firms trying to get rich” and general “legal matters” that could be worrisome, the dockers “do need to have their say” and she does believe Lund is right.", "that she did have her concerns about “ferry firms trying to get rich” and general “legal matters” that could be worrisome", "Ana Ode"},
		{"a relative clause ends where the main clause takes up again", "Ana Ode, who said in 2010 that the goal was a “one-term mayor,” spoke first at the meeting.", "that the goal was a “one-term mayor,”", "Ana Ode"},
		{"a naming verb's clause holds a quote after a conjunction", "Ode called them “very dull figures” because “I remain one of the poorest members of the harbour board.”", "them “very dull figures” because “I remain one of the poorest members of the harbour board.”", "Ode"},
		{"a relative clause set off after the sentence's subject reports", "Ana Ode, who said the board was weak, resigned on Friday.", "the board was weak", "Ana Ode"},
		{"a relative clause set off after a surname, a simple past after it", "Laszlo Varga weighed in.\n\nVarga, who had said earlier in the week that he had nothing personal against his opponent, struck a very different tone on Friday.", "that he had nothing personal against his opponent", "Laszlo Varga"},
		{"portrayed as", "Harbour officials portrayed the strike as a “pay” issue.", "the strike as a “pay” issue", "Harbour officials"},
		{"depicted as", "The port board depicted the walkout as “a stunt.”", "the walkout as “a stunt.”", "port board"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantIndirect(t, seg, tc.in, tc.clause, tc.speaker)
		})
	}
}

func TestFollowOn(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "“We will not move,” Rivera said. “The port stays shut.”\n\n“That is final.”\n\nThe port board met on Friday."
	d := seg.Segment(in)
	checkDoc(t, in, d)
	if len(d.Quotes) != 1 {
		t.Fatalf("got %d quotes, want 1: %+v", len(d.Quotes), d.Quotes)
	}
	q := d.Quotes[0]
	if len(q.Pieces) != 3 || in[q.Pieces[1].Start:q.Pieces[1].End] != "The port stays shut." || q.Speaker != "Rivera" {
		t.Errorf("quote %+v, want three pieces by Rivera", q)
	}
	// a paragraph that is a bare quote goes on with the words of the
	// speaker whose attribution closed the paragraph before it
	in = "“We will not move,” Rivera said on Friday.\n\n“That is final.”"
	d = seg.Segment(in)
	checkDoc(t, in, d)
	if len(d.Quotes) != 1 || len(d.Quotes[0].Pieces) != 2 || in[d.Quotes[0].Pieces[1].Start:d.Quotes[0].Pieces[1].End] != "That is final." {
		t.Errorf("got %+v, want one quote of two pieces", d.Quotes)
	}
	// but not after a paragraph of the writer's own words
	in = "“We will not move,” Rivera said on Friday. The board met later.\n\n“That is final.”"
	if d := seg.Segment(in); len(d.Quotes) != 2 {
		t.Errorf("got %+v, want two quotes", d.Quotes)
	}
	// a conjunction that leads into the rest: "…,” he said. But “…”"
	in = "“It is not do or die, any one vote,” Rivera said outside the hall. But “the plan is stronger with the board behind it. It helps.”"
	d = seg.Segment(in)
	checkDoc(t, in, d)
	if len(d.Quotes) != 1 || len(d.Quotes[0].Pieces) != 2 || d.Quotes[0].Speaker != "Rivera" || d.Quotes[0].Kind != Direct {
		t.Errorf("got %+v, want one direct quote of two pieces by Rivera", d.Quotes)
	}
	// an attribution sentence long with its appositive and a clause of
	// its own still stands between two parts of one statement
	in = "“This may be our last chance to keep the ferry,” said Ivo Lund, 24, a junior at the Kell Institute of Marine Studies who runs its debating club, arguing that for all of the plan's faults, the harbour board would be better placed than any private operator to hold down fares for the island's commuters over the next decade. “We should say so.”"
	d = seg.Segment(in)
	checkDoc(t, in, d)
	if len(d.Quotes) != 1 || len(d.Quotes[0].Pieces) != 2 || d.Quotes[0].Speaker != "Ivo Lund" {
		t.Errorf("got %+v, want one quote of two pieces by Ivo Lund", d.Quotes)
	}
}

// TestFollowOnAfterPartial: a partial quote whose attribution comes
// after it goes on with the quote after the attribution's sentence; the
// reported clause around it keeps its marks, and the sentences of the
// quote that goes on are not read as the writer's reported speech.
func TestFollowOnAfterPartial(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "The answers to the strike are “not meeting the demand,” says Ana Ode, head of the union. “We often compare it to the old days, when the dockers felt like nobody was listening.”"
	d := seg.Segment(in)
	checkDoc(t, in, d)
	var partial, clause bool
	for _, q := range d.Quotes {
		switch q.Kind {
		case Partial:
			partial = len(q.Pieces) == 2 && q.Speaker == "Ana Ode" && strings.HasPrefix(in[q.Pieces[1].Start:q.Pieces[1].End], "We often")
		case Indirect:
			if q.Start > strings.Index(in, "We often") {
				t.Errorf("reported speech inside the quote: %q by %q", in[q.Start:q.End], q.Speaker)
			}
			clause = in[q.Start:q.End] == "The answers to the strike are “not meeting the demand,”"
		}
	}
	if !partial || !clause {
		t.Errorf("got %+v; want a partial quote of two pieces by Ana Ode and the clause around its first piece with its marks", d.Quotes)
	}
}

// TestFollowOnAfterClosingPartial: a partial quote that its reporting
// verb leads into and that ends its paragraph goes on with the bare quote
// that opens the next; a quote with an attribution of its own does not.
func TestFollowOnAfterClosingPartial(t *testing.T) {
	seg := newTestSegmenter(t)
	tests := []struct {
		in   string
		join bool
	}{
		{"Ana Ode hit back in a statement, saying she has “kept the port open through worse.”\n\n“Frankly, the board should be thanking the dockers, not blaming them.”", true},
		{"Ana Ode hit back in a statement, saying she has “kept the port open through worse.”\n\n“The board should be thanking the dockers,” Ivo Lund said.", false},
		{"Ana Ode said she has “kept the port open through worse” and left.\n\n“The board should be thanking the dockers.”", false},
	}
	for _, tc := range tests {
		d := seg.Segment(tc.in)
		checkDoc(t, tc.in, d)
		joined := false
		for _, q := range d.Quotes {
			joined = joined || q.Kind == Partial && len(q.Pieces) == 2 && q.Speaker == "Ana Ode" && strings.HasPrefix(tc.in[q.Pieces[1].Start:], "Frankly")
		}
		if joined != tc.join {
			t.Errorf("%s: joined %v, want %v: %+v", tc.in, joined, tc.join, d.Quotes)
		}
	}
}

// TestInheritedMention: a quote that takes its speaker from the reported
// speech before it keeps that speech's mention, and no cue of its own.
func TestInheritedMention(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Ana Ode met the harbour board on Friday. She said the offer was an insult.\n\n“They want us on our knees.”"
	d := seg.Segment(in)
	checkDoc(t, in, d)
	for _, q := range d.Quotes {
		if q.Kind != Direct {
			continue
		}
		if got := in[q.Mention.Start:q.Mention.End]; got != "She" || q.Cue.Valid() {
			t.Errorf("direct quote: mention %q, cue %q; want mention \"She\" and no cue", got, in[q.Cue.Start:q.Cue.End])
		}
		return
	}
	t.Fatalf("no direct quote in %+v", d.Quotes)
}

// TestFollowOnAfterTitle: a programme's name after a possessive is a title,
// not a quote, even with the sentence's full stop inside its marks, so the
// quote after it still joins the attributed one.
// A party tag's full stop does not end the attribution's sentence either.
func TestFollowOnAfterTitle(t *testing.T) {
	seg := newTestSegmenter(t)
	for _, in := range []string{
		"“We will not move,” Rivera said on Harbour Radio’s “Morning Line.” “The port stays shut.”",
		"“We will not move,” said Rep. Ana Rivera (D-Wis.), head of the caucus. “The port stays shut.”",
		"“We will not move,” Rivera told reporters after a forum in Fort Mill, S.C. “The port stays shut.”",
		"“We will not move,” Rivera said. “The port stays shut.” She said the crews would stay home until the council pays them.",
	} {
		d := seg.Segment(in)
		checkDoc(t, in, d)
		var marked []Quote // the quotes in marks; reported speech may follow
		for _, q := range d.Quotes {
			if q.Kind != Indirect {
				marked = append(marked, q)
			}
		}
		if len(marked) != 1 {
			t.Errorf("%s: got %d quotes in marks, want 1: %+v", in, len(marked), d.Quotes)
			continue
		}
		if q := marked[0]; len(q.Pieces) != 2 || in[q.Pieces[1].Start:q.Pieces[1].End] != "The port stays shut." || q.Speaker != "Ana Rivera" && q.Speaker != "Rivera" {
			t.Errorf("%s: quote %+v, want two pieces by Rivera", in, q)
		}
	}
}

// TestFollowOnAfterAside: a follow-on quote joins the attributed one
// across the writer's aside about the speaker, and across a partial quote
// of the same speaker in the attribution's sentence; it does not join
// across an aside that reports someone's words, holds a quote or runs to
// three sentences.
func TestFollowOnAfterAside(t *testing.T) {
	seg := newTestSegmenter(t)
	tests := []struct {
		in   string
		join bool
	}{
		{"“We will not move,” said Ana Rivera, 52, a crane driver from Arden. She has worked the docks for 30 years. “The port stays shut.”", true},
		{"“We will not move,” Rivera told the radio on Monday after hinting that “new talks” could come. “The port stays shut.”", false},
		{"“We will not move,” Rivera said. Lund disagreed, saying the port is open. “The port stays shut.”", false},
		{"“We will not move,” Rivera said. The strike began on the “Long Quay.” “The port stays shut.”", false},
		{"“We will not move,” Rivera said. She sat down. The hall was quiet. Nobody moved. “The port stays shut.”", false},
	}
	for _, tc := range tests {
		d := seg.Segment(tc.in)
		checkDoc(t, tc.in, d)
		var first *Quote
		for i := range d.Quotes {
			if d.Quotes[i].Kind == Direct {
				first = &d.Quotes[i]
				break
			}
		}
		if first == nil {
			t.Errorf("%s: no direct quote: %+v", tc.in, d.Quotes)
			continue
		}
		joined := len(first.Pieces) == 2 && tc.in[first.Pieces[1].Start:first.Pieces[1].End] == "The port stays shut."
		if joined != tc.join {
			t.Errorf("%s: joined %v, want %v: %+v", tc.in, joined, tc.join, d.Quotes)
		}
	}
}

func FuzzQuotes(f *testing.F) {
	seg := newTestSegmenter(f)
	addSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		st := state{text: text, lx: seg.lx}
		st.split()
		st.pairQuotes()
		for _, q := range st.raw {
			for i, p := range q.pieces {
				if p.s < p.os || p.e > p.ce || p.s >= p.e || p.ce > len(text) || i > 0 && p.os < q.pieces[i-1].ce {
					t.Fatalf("bad piece %+v in %+v", p, q.pieces)
				}
			}
		}
		checkDoc(t, text, seg.Segment(text))
	})
}

// TestInterruptedWithConjunction: “…,” X said, but “…” is one statement
// in two pieces, like “…,” X said, “…”.
func TestInterruptedWithConjunction(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "“I like Ivo,” Ana Ode said, but “his record on the port is poor.”"
	d := seg.Segment(in)
	checkDoc(t, in, d)
	if len(d.Quotes) != 1 || len(d.Quotes[0].Pieces) != 2 || d.Quotes[0].Speaker != "Ana Ode" || d.Quotes[0].Kind != Direct {
		t.Fatalf("got %+v, want one direct quote of two pieces by Ana Ode", d.Quotes)
	}
}

// TestParenthetical: an attribution set off by commas inside the sentence
// it reports leaves the words around it as the reported clause, in two
// pieces, or one after an opening phrase.
func TestParenthetical(t *testing.T) {
	seg := newTestSegmenter(t)
	tests := []struct {
		name, in string
		pieces   []string
	}{
		{"subject before", "These dockers, Ana Ode explained at the hearing, were paid well all year.", []string{"These dockers", "were paid well all year"}},
		{"opening phrase before", "During the long strike, Ana Ode said, most of the port stayed shut.", []string{"most of the port stayed shut"}},
		{"whom she told", "The difference now, Ana Ode told me on Friday, is that the port is open.", []string{"The difference now", "is that the port is open"}},
		{"quoted words go on after but", `Safety, like clean power, is not "a bolt-on thing," Ana Ode said, but instead "part of who we are."`, []string{`Safety, like clean power, is not "a bolt-on thing,"`, `but instead "part of who we are."`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := seg.Segment(tc.in)
			checkDoc(t, tc.in, d)
			for _, q := range d.Quotes {
				if q.Kind != Indirect || q.Speaker != "Ana Ode" {
					continue
				}
				ps := q.Pieces
				if len(ps) == 0 {
					ps = []Span{q.Span}
				}
				var got []string
				for _, p := range ps {
					got = append(got, tc.in[p.Start:p.End])
				}
				if strings.Join(got, "|") != strings.Join(tc.pieces, "|") {
					t.Errorf("pieces %q, want %q", got, tc.pieces)
				}
				return
			}
			t.Errorf("no indirect quote by Ana Ode in %+v", d.Quotes)
		})
	}
}

// TestHeadline: a one-line headline before the body is read for the
// reported speech headlines are written as, every word capitalised or not.
func TestHeadline(t *testing.T) {
	seg := newTestSegmenter(t)
	tests := []struct {
		name, head, clause, speaker string
	}{
		{"colon", "Ana Ode: Port Will Stay ‘Open for Good’", "Port Will Stay ‘Open for Good’", "Ana Ode"},
		{"topic before the colon", "Ana Ode on the Port Plan: The Risks Are 'Enormous.'", "The Risks Are 'Enormous.'", "Ana Ode"},
		{"says at the end", "Port Will Stay Open Through the Winter, Ana Ode Says", "Port Will Stay Open Through the Winter", "Ana Ode"},
		{"verb after the name", "Ana Ode Calls Port Plan ‘A Disgrace’", "Port Plan ‘A Disgrace’", "Ana Ode"},
		{"quote after the colon", "Ana Ode: ‘Of Course’ The Port Will Stay Open", "‘Of Course’ The Port Will Stay Open", "Ana Ode"},
		{"second verb after a comma with no small word in capitals", "Ode Says Hackers Hit Port, Calls Lund’s Port Remarks ‘Troubling.’", "Hackers Hit Port, Calls Lund’s Port Remarks ‘Troubling.’", "Ode"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantIndirect(t, seg, tc.head+"\n\nThe council met on Monday to discuss the port.", tc.clause, tc.speaker)
		})
	}
	// a partial quote in such a headline is its speaker's, not the object's
	in := "Ode Says Hackers Hit Port, Calls Lund’s Port Remarks ‘Troubling.’\n\nThe council met on Monday to discuss the port."
	for _, q := range seg.Segment(in).Quotes {
		if q.Kind == Partial && q.Speaker != "Ode" {
			t.Errorf("partial quote %q by %q, want Ode", in[q.Start:q.End], q.Speaker)
		}
	}
	// a participle with no "was" before "of" or "over" is a passive: the
	// subject says nothing
	for _, in := range []string{
		"Ministers accused of ‘betraying’ coastal towns over ferry cuts\n\nThe council met on Monday.",
		"Ministers criticised for ‘betraying’ coastal towns\n\nThe council met on Monday.",
	} {
		for _, q := range seg.Segment(in).Quotes {
			if q.Speaker == "Ministers" {
				t.Errorf("%q: quote %q given to the subject of a passive", in, in[q.Start:q.End])
			}
		}
	}
	// a first sentence of the body is no headline, and a label is no speaker
	for _, in := range []string{
		"Ana Ode: the port will stay open, she said.\nIt rained.",
		"Analysis: The Port Will Stay Open All Winter\n\nThe council met.",
		"Editor’s note: The Port Will Stay Open All Winter\n\nThe council met.",
		"Ana Ode hopes for rain.\n\nThe council met on Monday.",
	} {
		for _, q := range seg.Segment(in).Quotes {
			if q.Kind == Indirect && (!q.Cue.Valid() || in[q.Cue.Start:q.Cue.End] == "hopes") {
				t.Errorf("%q: headline read where there is none: %+v", in, q)
			}
		}
	}
}

func TestTitleCase(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Retired General Reveals ‘Demoralizing’ Experience Of Serving Under Obama.", true},
		{"Ana Ode Calls Port Plan ‘A Disgrace’ Over Ferry Comments", true},
		{"Retired Gen. Norman Hale spoke.", false},
		{"The port will stay open over the winter, the council said.", false},
	}
	for _, tc := range tests {
		if got := titleCase(tc.in); got != tc.want {
			t.Errorf("titleCase(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestInchMark: the double mark of a height (6’2”, 5'11") closes no quote.
func TestInchMark(t *testing.T) {
	seg := newTestSegmenter(t)
	for _, in := range []string{
		"“He is taller than me; he is like 6’2”,” Ivo Marsh said.",
		"\"He is taller than me; he is like 5'11\",\" Ivo Marsh said.",
	} {
		d := seg.Segment(in)
		checkDoc(t, in, d)
		if len(d.Quotes) != 1 || !strings.HasSuffix(in[d.Quotes[0].Start:d.Quotes[0].End], "like 6’2”,") && !strings.HasSuffix(in[d.Quotes[0].Start:d.Quotes[0].End], "like 5'11\",") {
			t.Errorf("%s: quotes %+v, want one that takes in the height", in, d.Quotes)
		}
	}
}

// TestInterruptedNameFirst: the words between the pieces may name the
// speaker before a reporting verb that is not theirs to open.
func TestInterruptedNameFirst(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "“We all miss him,” Ivo Marsh weighed in, telling Ode, “since he left, you have kept his values.”"
	d := seg.Segment(in)
	checkDoc(t, in, d)
	if len(d.Quotes) != 1 || len(d.Quotes[0].Pieces) != 2 || d.Quotes[0].Speaker != "Ivo Marsh" {
		t.Fatalf("got %+v, want one quote of two pieces by Ivo Marsh", d.Quotes)
	}
}

// TestInterruptionAfterHeadAttribution: a quote that its own verb leads
// into is not the first piece of the next speaker's statement.
func TestInterruptionAfterHeadAttribution(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "When someone in the crowd shouted, “Lund,” Ode joked, again putting on a thick harbour accent, “Bless you, friend! Come up and join the union!”"
	d := seg.Segment(in)
	checkDoc(t, in, d)
	if len(d.Quotes) != 2 || len(d.Quotes[0].Pieces) != 0 || d.Quotes[0].Speaker == "Ode" || d.Quotes[1].Speaker != "Ode" {
		t.Fatalf("got %+v, want the crowd's quote and then Ode's", d.Quotes)
	}
}

// TestQuoteAcrossEmbedLines: a statement left open at the end of a
// paragraph goes on after the short lines an embed leaves (a caption, a
// credit), and a bare quote after such lines keeps the speaker before them.
func TestQuoteAcrossEmbedLines(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Port Kell FC said in a statement: \"Ana is one of the most able coaches.\n\n\"She has managed three clubs.\n\nClub statement\n\n— Port Kell FC (@PortKellFC) May 2, 2019\n\n\"She has won a title in four countries.\""
	d := seg.Segment(in)
	checkDoc(t, in, d)
	if len(d.Quotes) != 1 || len(d.Quotes[0].Pieces) != 3 || d.Quotes[0].Speaker != "Port Kell FC" {
		t.Fatalf("got %+v, want one quote of three pieces by Port Kell FC", d.Quotes)
	}
	if p := d.Quotes[0].Pieces[2]; in[p.Start:p.End] != "She has won a title in four countries." {
		t.Errorf("last piece %q", in[p.Start:p.End])
	}
	in = "“We are ready,” Ana Ode said.\n\nWatch the video\n\n“The season starts now.”"
	d = seg.Segment(in)
	checkDoc(t, in, d)
	for _, q := range d.Quotes {
		if q.Speaker != "Ana Ode" {
			t.Errorf("quote %q by %q, want Ana Ode", in[q.Start:q.End], q.Speaker)
		}
	}
	// a sentence of the writer's between them is no embed line
	in = "Port Kell FC said in a statement: \"Ana is one of the most able coaches.\n\nThe club was founded in 1890.\n\n\"She has won a title in four countries.\""
	if d := seg.Segment(in); len(d.Quotes) != 2 {
		t.Errorf("got %+v, want two quotes", d.Quotes)
	}
}

// TestCapitalisedVerbAfterQuote: after a quote that ended its sentence, a
// capitalised verb opens a sentence of its own ("Read our review."), so
// the name after it is no speaker.
func TestCapitalisedVerbAfterQuote(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "“Harbour Quest is the best game in the series, without losing any of the charm.” Read our Harbour Quest review."
	for _, q := range seg.Segment(in).Quotes {
		if q.Speaker != "" {
			t.Errorf("quote %q by %q, want no speaker", in[q.Start:q.End], q.Speaker)
		}
	}
}

// TestLeadBefore: the writer's clause that leads into a quote across its
// attribution ("If Lund is elected, Ode said, “…”") is reported speech of
// two pieces around the attribution; a phrase that only sets the scene is
// not.
func TestLeadBefore(t *testing.T) {
	seg := newTestSegmenter(t)
	tests := []struct {
		in     string
		pieces []string // of the indirect quote; nil for none
	}{
		{"While port traffic is at its highest level in years, he said, “this has done nothing for the fees.”", []string{"While port traffic is at its highest level in years", "“this has done nothing for the fees.”"}},
		{"It is time for the port to be led, Ana Ode said, “not only by a strong hand, but by a decent one.”", []string{"It is time for the port to be led", "“not only by a strong hand, but by a decent one.”"}},
		{"If Lund is elected, Ode said on Friday, “the cranes will be sold.”", []string{"If Lund is elected", "“the cranes will be sold.”"}},
		{"At a rally in Kell on Friday, Ana Ode said, “The cranes will be sold by the time the ice is gone.”", nil},
		{"When his editors would ask him to explain, Ivo Lund would respond, “I have a horror of being plain.”", nil},
		{"Asked whether the port would close, Ana Ode said, “We have no plans to close it.”", nil},
		{"She said the dockers would be paid, and when it was pressed on the date, the board replied, “It is up to the port.”", nil},
	}
	for _, tc := range tests {
		d := seg.Segment(tc.in)
		checkDoc(t, tc.in, d)
		var got []string
		for _, q := range d.Quotes {
			if q.Kind == Indirect {
				for _, p := range q.Pieces {
					got = append(got, tc.in[p.Start:p.End])
				}
				if q.Pieces == nil {
					got = append(got, tc.in[q.Start:q.End])
				}
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(tc.pieces) {
			t.Errorf("%s: indirect pieces %q, want %q", tc.in, got, tc.pieces)
		}
	}
}

// TestFollowOnPartial: a quote that opens the sentence after its speaker's
// attribution and that the writer's words close goes on with the quote
// before it, unless its sentence reports again.
func TestFollowOnPartial(t *testing.T) {
	seg := newTestSegmenter(t)
	tests := []struct {
		in   string
		join bool
	}{
		{"“I don’t think dockers care about this,” Ana Ode told reporters. “What they care about is that she is raising wages” and other pocket issues.", true},
		{"“This just isn’t right,” Ana Ode said. “You squeezed the dockers to the breaking point” to raise the price, she said.", false},
	}
	for _, tc := range tests {
		d := seg.Segment(tc.in)
		checkDoc(t, tc.in, d)
		joined := false
		for _, q := range d.Quotes {
			joined = joined || q.Kind == Direct && len(q.Pieces) == 2 && q.Speaker == "Ana Ode"
		}
		if joined != tc.join {
			t.Errorf("%s: joined %v, want %v: %+v", tc.in, joined, tc.join, d.Quotes)
		}
	}
}

// TestOutletBeforeColon: a name after "on" before a colon is where words
// were said, not who said them.
func TestOutletBeforeColon(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "“We made a mistake,” Ivo Lund told the radio in October.\n\nThen, later that month on Harbour Radio: “I never said we made a mistake.”"
	d := seg.Segment(in)
	checkDoc(t, in, d)
	for _, q := range d.Quotes {
		if q.Speaker == "Harbour Radio" {
			t.Errorf("%q by %q", in[q.Start:q.End], q.Speaker)
		}
	}
}

// TestBareRun: quotes with no attribution and nothing but space between
// them are one statement.
func TestBareRun(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "“We will stay,” Ana Ode said.\n\nThe hall was quiet for a minute.\n\n“We have to do something.” \n“We have to be a lot tougher.” \n“We are not fighting hard enough.”"
	d := seg.Segment(in)
	checkDoc(t, in, d)
	if len(d.Quotes) != 2 || len(d.Quotes[1].Pieces) != 3 {
		t.Fatalf("got %+v, want the three bare quotes as one", d.Quotes)
	}
}

// TestTwoStatementsJoinedByAnd: “A,” and, “B” after one attribution is one
// quote of two pieces.
func TestTwoStatementsJoinedByAnd(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Ode took a risk, telling the dockers, “I’m a worker like you, folks,” and, “Is there anyone here who doesn’t haggle?”"
	d := seg.Segment(in)
	checkDoc(t, in, d)
	if len(d.Quotes) != 1 || len(d.Quotes[0].Pieces) != 2 || d.Quotes[0].Speaker != "Ode" {
		t.Fatalf("got %+v, want one quote of two pieces by Ode", d.Quotes)
	}
	if p := d.Quotes[0].Pieces[1]; in[p.Start:p.End] != "Is there anyone here who doesn’t haggle?" {
		t.Errorf("second piece %q", in[p.Start:p.End])
	}
}

// TestNoLeadClausePastSentence: a quote of several sentences after a
// colon is held by a reported clause only when "that" opens one; a verb's
// object ("claimed victory") is no clause.
func TestNoLeadClausePastSentence(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Ivo Lund claimed victory in a post, saying: “We won the port. Thanks to all who came out.”"
	d := seg.Segment(in)
	checkDoc(t, in, d)
	for _, q := range d.Quotes {
		if q.Kind == Indirect {
			t.Errorf("indirect quote %q", in[q.Start:q.End])
		}
	}
}

// TestNestedCloseEndsSentence: a quote that ends its sentence inside a
// nested quote's close (“… ‘a citizen.’”) is no first piece of the quote
// after the next attribution.
// TestNestedTermInStraightQuotes: curly marks around a term or title
// inside a straight-quoted statement that runs over paragraphs nest in
// it; curly marks around speech still open quotes of their own.
func TestNestedTermInStraightQuotes(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Ode stated:\n\n\"The board is not about “Fair Pay For All” anymore. It is about the levy on its “Ferry Bill,” which hurts us.\n\n\"We will stop it.\""
	d := seg.Segment(in)
	checkDoc(t, in, d)
	if len(d.Quotes) != 1 || len(d.Quotes[0].Pieces) != 2 || !strings.HasSuffix(in[d.Quotes[0].Start:d.Quotes[0].End], "We will stop it.") {
		t.Errorf("got %+v, want one quote of two paragraphs", d.Quotes)
	}
	in = "The paper wrote:\n\n\"The crowd was loud.\n\n\"Ode walked on, chanting “Kell! Kell!”\n\n“We are here, friends,” she said."
	d = seg.Segment(in)
	checkDoc(t, in, d)
	found := false
	for _, q := range d.Quotes {
		found = found || in[q.Start:q.End] == "We are here, friends,"
	}
	if !found {
		t.Errorf("got %+v, want “We are here, friends,” as a quote of its own", d.Quotes)
	}
}

func TestNestedCloseEndsSentence(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "In rejecting a similar challenge, the harbour board recognized that a court should settle the matter — “so that all port officials and the public know once and for all the meaning of ‘resident docker.’”  That, the board said, “would be helpful in avoiding doubt.”"
	d := seg.Segment(in)
	checkDoc(t, in, d)
	for _, q := range d.Quotes {
		if strings.Contains(in[q.Start:q.End], "helpful") && strings.Contains(in[q.Start:q.End], "officials") {
			t.Errorf("one quote over both: %q", in[q.Start:q.End])
		}
	}
}

// TestStateIsNoSpeaker: a US state set off by commas after a place is not
// the appositive of a subject, so it never speaks.
func TestStateIsNoSpeaker(t *testing.T) {
	seg := newTestSegmenter(t)
	for _, in := range []string{
		"Federal officials familiar with the inquiry at the depot in Kellton, Va., speaking on condition of anonymity, said the cause was arson.",
		"Port workers who met in Arden, New Mexico, last week, speaking to reporters, said the strike would go on.",
	} {
		d := seg.Segment(in)
		checkDoc(t, in, d)
		for _, q := range d.Quotes {
			if m := in[q.Mention.Start:q.Mention.End]; q.Speaker == "Va." || q.Speaker == "New Mexico" || m == "Va." || m == "New Mexico" {
				t.Errorf("%s: speaker %q (mention %q)", in, q.Speaker, m)
			}
		}
	}
}

// TestClosingAttributionAfterQuote: "…, Ode said" after a partial quote
// that ends the clause reports the whole clause, whichever marks close
// the quote: a curly mark, or a pair of ASCII apostrophes.
func TestClosingAttributionAfterQuote(t *testing.T) {
	seg := newTestSegmenter(t)
	for _, tc := range []struct{ in, clause, speaker string }{
		{"In short, the plan sends a clear message that the top priority ''is cutting the queues at the gates,'' Ivo Lund said.", "In short, the plan sends a clear message that the top priority ''is cutting the queues at the gates,''", "Ivo Lund"},
		{"In short, the plan sends a clear message that the top priority “is cutting the queues at the gates,” Ivo Lund said.", "In short, the plan sends a clear message that the top priority “is cutting the queues at the gates,”", "Ivo Lund"},
	} {
		d := seg.Segment(tc.in)
		checkDoc(t, tc.in, d)
		found := false
		for _, q := range d.Quotes {
			if q.Kind == Indirect && tc.in[q.Start:q.End] == tc.clause && q.Speaker == tc.speaker {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: no indirect quote %q by %q in %+v", tc.in, tc.clause, tc.speaker, d.Quotes)
		}
	}
}

// TestDoubledApostrophesReadAsCurly: an archive that writes every quote
// mark as a pair of ASCII apostrophes gets the same quotes, kinds, speakers and
// clause bounds as the same text with curly marks.
func TestDoubledApostrophesReadAsCurly(t *testing.T) {
	seg := newTestSegmenter(t)
	type got struct{ kind, speaker, text string }
	read := func(in string) []got {
		d := seg.Segment(in)
		checkDoc(t, in, d)
		var out []got
		for _, q := range d.Quotes {
			s := strings.NewReplacer("“", "''", "”", "''").Replace(in[q.Start:q.End])
			out = append(out, got{q.Kind.String(), q.Speaker, s})
		}
		return out
	}
	for _, in := range []string{
		"Ivo Lund hailed the vote as “a relief for the port,” telling reporters on Friday that the new quay is “a great place to work.”",
		"In short, the plan sends a clear message that the top priority “is cutting the queues,” Ivo Lund said.",
		"Ana Ode called the board “reckless and slow,” accusing it of “wasting a year” on the cranes.",
		"“We are ready,” Ana Ode said. “The cranes are fixed.”",
		"Ana Ode urged Ivo Lund to settle the strike soon, saying “time is running out for the port.”",
		"Ana Ode said “on her worst day” Rita Vell would be “a far better mayor” than any of the others.",
		"Ana Ode wrote that the ferry “needs to be fixed this winter,” adding “we need everyone on it.”",
	} {
		curly, doubled := read(in), read(strings.NewReplacer("“", "''", "”", "''").Replace(in))
		if !reflect.DeepEqual(curly, doubled) {
			t.Errorf("%s\ncurly:   %+v\ndoubled: %+v", in, curly, doubled)
		}
	}
}

// TestNamingVerbs: verbs that cast a thing in quoted words (liken, blame,
// chide) report the words they quote, as call does; their bare forms,
// which are nouns as often ("assign blame"), do not.
func TestNamingVerbs(t *testing.T) {
	seg := newTestSegmenter(t)
	wantIndirect(t, seg, "Ivo Lund likened the new quay to “a car park with cranes.”", "the new quay to “a car park with cranes.”", "Ivo Lund")
	wantIndirect(t, seg, "Ana Ode chided the board for its “endless delays” on the ferry.", "the board for its “endless delays” on the ferry", "Ana Ode")
	wantIndirect(t, seg, "Rita Vell blamed the closure on “years of neglect” by the council.", "the closure on “years of neglect” by the council", "Rita Vell")
	wantIndirect(t, seg, "Ivo Lund groused that the council “never listens” to the dockers.", "that the council “never listens” to the dockers", "Ivo Lund")
	d := seg.Segment("The joint statement did not assign blame for the collision.")
	if len(d.Quotes) != 0 {
		t.Errorf("a noun reported: %+v", d.Quotes)
	}
}

// TestHometownBeforeWho: "who said" after a name, an age and a hometown
// set off by commas stands for the name, not the place.
func TestHometownBeforeWho(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Dana Pruitt, 34, of Orville Falls, New Halvern, who said she had been unsure about the vaccine, changed her mind in May."
	d := seg.Segment(in)
	checkDoc(t, in, d)
	if len(d.Quotes) != 1 || d.Quotes[0].Speaker != "Dana Pruitt" {
		t.Errorf("got %+v, want one quote by Dana Pruitt", d.Quotes)
	}
}

// TestParticiplePhraseThenThat: a participle of saying may put a phrase
// of time or place before its that-clause; "adding to" is no saying.
func TestParticiplePhraseThenThat(t *testing.T) {
	seg := newTestSegmenter(t)
	wantIndirect(t, seg, "Analysts at Kell Securities were more cautious, saying in a separate note that they expected two more rises before the summer.", "that they expected two more rises before the summer", "Kell Securities")
	wantNoQuotes(t, seg, "The port is under review, adding to a long list of problems that have hit the harbour this year.")
}

// TestUnnamedSourceStaysUnnamed: "One source" is someone left unnamed on
// purpose, not the person a later sentence sets "the source" beside.
func TestUnnamedSourceStaysUnnamed(t *testing.T) {
	seg := newTestSegmenter(t)
	wantIndirect(t, seg, "Sources close to the minister said she had been reluctant.\n\nHealth Minister Clara Denholm signed the order on Friday.", "she had been reluctant", "sources close to the minister")
	wantIndirect(t, seg, "Talks resumed between Varnia's Ivo Lund and Kestrel's Ana Ode.\n\nOne source said that the talks were close to a deal. Lund, the source said, signaled that he would sign.", "that the talks were close to a deal", "One source")
}

// TestHeadlineEcho: a quote that opens the headline, with no one credited
// in it, is the speaker's whose later quote repeats its words.
func TestHeadlineEcho(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "‘We’ve been left to rot’: Fury as village loses its last bus\n\nVillagers in Nether Calloway are angry.\n\n‘Honestly, it feels like we’ve been left to rot out here,’ said Derek Banks, 71."
	d := seg.Segment(in)
	checkDoc(t, in, d)
	if len(d.Quotes) < 2 || in[d.Quotes[0].Start:d.Quotes[0].End] != "We’ve been left to rot" || d.Quotes[0].Kind != Direct || d.Quotes[0].Speaker != "Derek Banks" {
		t.Errorf("got %+v", d.Quotes)
	}
}

// TestClauseAcrossQuotedSentences: a partial quote that holds a sentence
// end splits its sentence; the closing attribution after it reports the
// clause from its subject, before the quote, not from the quote's last
// sentence.
func TestClauseAcrossQuotedSentences(t *testing.T) {
	seg := newTestSegmenter(t)
	wantIndirect(t, seg, "The people of Kell and towns like it “deserve someone who is with them. That is Ana Ode,” Ivo Lund said.",
		"The people of Kell and towns like it “deserve someone who is with them. That is Ana Ode,”", "Ivo Lund")
}

// TestByParticipleObject: "by adding a clause to the charter" reports no
// speech, as "by saying that …" does.
func TestByParticipleObject(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Ana Ode closed the meeting by adding a clause to the port's charter."
	if d := seg.Segment(in); len(d.Quotes) != 0 {
		t.Errorf("got %d quotes, want none: %q", len(d.Quotes), in[d.Quotes[0].Start:d.Quotes[0].End])
	}
}

// TestMadeClearPassive: "it had been made clear that …" names no one who
// made it clear, and a reporting verb before it keeps its clause.
func TestMadeClearPassive(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Ana Ode explained that after further checks it had been made clear that the claim was false."
	d := seg.Segment(in)
	if len(d.Quotes) != 1 || d.Quotes[0].Speaker != "Ana Ode" || in[d.Quotes[0].Cue.Start:d.Quotes[0].Cue.End] != "explained" {
		t.Errorf("got %+v", d.Quotes)
	}
}

// TestNumberCommaIsNoAttribution: the comma inside "40,000" sets off no
// closing attribution ("…, 000 asylum claims").
// TestClauseStartsAtItsWords checks that a reported clause read from
// just after "that," starts at its first word, not at the comma.
func TestClauseStartsAtItsWords(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "Tariffs\n\nA study by the Kell Institute concluded that, using standard methods, \"the full cost of the tariff falls on consumers.\""
	for _, q := range seg.Segment(in).Quotes {
		if c := in[q.Start]; c == ',' || c == ' ' {
			t.Errorf("%s quote %q starts at %q", q.Kind, in[q.Start:q.End], c)
		}
	}
}

func TestNumberCommaIsNoAttribution(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "He promised it would clear a backlog of more than 40,000 asylum claims within two years."
	for _, q := range seg.Segment(in).Quotes {
		if m := in[q.Mention.Start:q.Mention.End]; strings.Contains(m, "000") {
			t.Errorf("quote %q by mention %q", in[q.Start:q.End], m)
		}
	}
}

// TestItAfterDocument checks that "it" after a quote attributed to a
// document reports for that document, not for no one.
func TestItAfterDocument(t *testing.T) {
	seg := newTestSegmenter(t)
	in := "The audit came out on Monday.\n\n“The fees are far too low to matter,” the report says.\n\nIt also points out that the fines are light."
	d := seg.Segment(in)
	checkDoc(t, in, d)
	var got []string
	for _, q := range d.Quotes {
		got = append(got, fmt.Sprintf("%s %q %s", q.Kind, in[q.Start:q.End], q.Speaker))
	}
	want := []string{`direct "The fees are far too low to matter," report`, `indirect "that the fines are light" report`}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
