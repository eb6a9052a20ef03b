// Package score is the pipeline stage that scores every unit of an article.
//
// Sentences and quotes are scored directly. A paragraph's scores are the
// word-weighted mean of its sentences' scores, and an article's the
// word-weighted mean of its paragraphs' (see scoring.Scorer.Combine), so
// that a long paragraph weighs more than a one-line heading and the article
// score does not depend on how its text is cut into sentences.
package score
