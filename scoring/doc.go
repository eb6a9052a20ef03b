// Package scoring computes the tone of a unit of text (a sentence; a
// paragraph or article is combined from its parts with Scorer.Combine):
//
//   - VADER valence (compound, pos, neu, neg): tonal's own implementation
//     of VADER (Hutto & Gilbert, ICWSM 2014) as in vaderSentiment 3.3 and
//     its Go port govader, with govader's embedded lexicons and the rule
//     words in vader_rules.tsv. It reproduces govader's scores on all
//     21,135 snippets of the VADER evaluation sets; the deliberate fixes
//     (typographic quotes, emoji spacing, tabs and newlines as separators,
//     blank text scoring zero) are documented on prepare and tokenize.
//   - GDELT GKG 1.5 style tone percentages (tone, positive_pct,
//     negative_pct, polarity_pct, activity_pct, self_group_pct), with the
//     VADER lexicon as tone dictionary and the word lists
//     lexicons/activity.tsv and lexicons/pronouns.tsv.
//   - Tone dimensions (dim_<name>) from the lexicons in
//     lexicons/dimensions, or the user's: weighted term matches per 100
//     words, with multi-word terms, prefix wildcards and negation; and
//     cooperation_conflict, the net index of the cooperation and conflict
//     dimensions.
//
// A unit is tokenized once; the three scorers read the same tokens.
// Scoring allocates nothing once a Scorer's pooled buffers have grown.
package scoring
