// Package segment splits an article's text into paragraphs (headings and
// body), sentences, direct and partial quotes and reported speech, and
// attributes each quote to its speaker.
//
// Splitters are pure functions from text to spans: they do no I/O and
// never panic, whatever the input.
package segment
