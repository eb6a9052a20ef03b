// Package segment splits an article's text into paragraphs (headings and
// body), sentences, direct and partial quotes and reported speech, and
// attributes each quote to its speaker.
//
// Splitters are pure functions from text to spans: they do no I/O and
// never panic, whatever the input. All offsets are bytes into the text.
//
// Decisions the output depends on:
//
//   - A dateline ("WASHINGTON (Reuters) — ") is recorded in
//     Paragraph.Dateline and belongs to no sentence; the first sentence
//     starts after it. A heading paragraph is one sentence of its own.
//   - Scare quotes and titles (the film “Argo”, the so-called “deal”, a
//     short quoted phrase with no reporting verb or speaker near it) are
//     not returned at all: they are nobody's words.
//   - A quote nested in another (single marks inside double ones) is part
//     of the outer quote and is not returned on its own.
//   - An unclosed quote ends with its paragraph unless the next paragraph
//     opens with a mark of the same family, which continues it (one quote,
//     one piece per paragraph). A new opening mark inside an open quote
//     after a sentence end ("…end. “Next…") starts a new piece.
//   - “…,” Rivera added, “…” is one quote of two pieces, attributed once;
//     so are “…,” Rivera said. “…” and a paragraph that is a bare quote
//     after a paragraph that Rivera's quote or attribution closed.
//   - Speaker is the canonical name: honorifics (Mr., Dr.) dropped, titles
//     and role words kept in Role ("Foreign Minister"), a nationality
//     adjective before a title dropped ("Iranian Foreign Minister Abbas
//     Araghchi" → "Abbas Araghchi", Role "Foreign Minister"), a surname
//     resolved to the full name used elsewhere in the article. A role
//     phrase ("the minister") resolves to the latest person with that role,
//     else the phrase without its article is the speaker ("White House").
//     He and she resolve to the latest named person whose known gender
//     fits (a name inside a sentence's opening phrase is not its
//     subject); they resolves to the group or organisation that spoke last
//     in the paragraph, it and "the statement" to the organisation that
//     spoke last, and "the group" or "the ministry" to the organisation
//     of that kind named before. A speaker named through "who" keeps "who"
//     as the Mention, as a pronoun does, and its antecedent as Speaker.
//   - Paragraphs end at a blank line (or a line of spaces), and at a
//     single newline after a long line that ends a sentence
//     (LineEndsParagraph). A text with no blank line whose lines are too
//     long to be wrapped text has one paragraph per line.
//   - Indirect quotes span the reported clause, from its "that" when it
//     has one, without the final full stop. A partial quote inside a reported clause lies
//     inside the Indirect quote; so does a direct quote that the writer's
//     words lead into from the reporting verb ("said that if she wins,
//     “…”"). An attribution set off by commas inside its sentence ("The
//     plan, Ode said, is dead.") leaves an Indirect quote of two pieces.
//   - “A,” Rivera said. “B.” is one quote of two pieces when B has no
//     attribution of its own, also across up to two sentences of the
//     writer's with no quote marks and no reporting verb. A partial quote
//     that its attribution follows goes on the same way ("X are “A,” says
//     Ode. “B.”"), and so does “A,” said Ode, with an appositive of up to
//     30 tokens, “B.”
//   - Mention is where the speaker is named for the quote: its own
//     attribution's subject, else the mention of the quote or reported
//     speech it takes its speaker from, else the name of the person its
//     paragraph names before it.
//   - A partial quote after "<verb> <object> as" is the subject's whatever
//     the verb ("pounding Trump as a “con artist”"). A sentence may hold
//     two reported clauses; passives and negated verbs report nothing.
//   - An interview transcript ("PENCE: Well, …" paragraphs, two or more
//     turns by two or more names) gives one direct quote per turn. A
//     question-and-answer interview ("Q:" and "A:" paragraphs, two of
//     each) gives one direct quote per answer, by the person named last
//     before the first question.
//   - A participle after a reported clause ("…, adding that …", "…,
//     calling it “absurd”") ends it and reports a second clause of the
//     same speaker.
//   - A one-line headline before the body is read for the attributions
//     headlines are written as ("Ode: …", "…, Ode Says").
//   - A text longer than DefaultWindow (128 KiB, more than any news
//     article) is read in windows of whole paragraphs, so that time grows
//     with its length: names, roles and pronouns resolve within a window,
//     and no window starts at a paragraph that opens with a quote mark.
//
// The word lists (reporting verbs, titles and roles, abbreviations) are
// TSV files in package lexicons; WithLexicons reads them from elsewhere.
// Small closed classes of grammar words (pronouns, determiners, clause
// openers) live in code.
package segment
