// Package lexicons holds tonal's data files — word lists a person can edit
// and diff — embedded into the binary, and the loader that reads them.
//
// Every file is UTF-8 text: one entry per line, fields separated by tabs,
// blank lines and lines starting with # skipped. A file starts with a
// header comment that says what the list is for and its version:
//
//	# name: boilerplate
//	# version: 1
//	# Lines of page furniture that scraped articles carry.
package lexicons
