package lexicons

import "embed"

// FS holds the built-in data files: the word lists at the top level
// (boilerplate, reporting verbs, titles, abbreviations, …) and one file per
// tone dimension under dimensions/.
//
//go:embed *.tsv dimensions
var FS embed.FS
