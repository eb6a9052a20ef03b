// Package clean is the pipeline stage that turns scraped article text into
// the clean body that every offset in tonal's tables refers to: markup
// residue and page boilerplate removed, white space normalised, paragraphs
// separated by exactly one blank line.
package clean
