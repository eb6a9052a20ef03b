// Package quoteeval measures the quote segmenter against gold brat
// annotations: direct-quote precision, recall and F1 at two overlap
// thresholds, speaker accuracy, and indirect-quote figures.
//
// Conventions. A gold attribution is a direct quote when its Content text
// holds a quote mark, else an indirect one. A quote mark is a double one
// (" “ ” « » „), two apostrophes in a row (as one US archive writes every
// mark), a single mark at either end of the content, or a pair of single
// marks inside it that open and close words (‘a gift,’); an apostrophe
// inside a word (Iran's) or before a number ('90s) is none. The same rule
// sorts the predictions: the segmenter's Direct and Partial quotes, each
// piece widened to take in its quote marks (segment.MarkedPieces), since
// gold Content includes the marks, and its Indirect quotes whose clause
// holds a quote mark. A partial quote inside such a clause is part of it,
// not a second prediction. A multi-piece quote (interrupted or over
// several paragraphs) is compared as the union of its pieces, on both
// sides. Overlap is the share of the gold span's code points covered by
// the predicted one; each prediction matches at most one gold span and
// each gold span at most one prediction, greedily by best overlap.
package quoteeval
