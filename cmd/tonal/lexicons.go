package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/tonalhq/tonal/lexicons"
	"github.com/tonalhq/tonal/scoring"
)

const lexiconsUsage = `list|show NAME|check DIR [flags]

  list        the word lists in use: tone dimensions, tone lists, segmentation
              and cleaning lists, with versions, entries and content hashes
  show NAME   print a list's file (a dimension such as threat, or a list such
              as boilerplate or reporting_verbs)
  check DIR   validate the NAME.tsv dimension files in DIR; prints each
              problem as file:line: problem and exits 1 when there is one`

func runLexicons(e env, args []string) error {
	fs := newFlags("lexicons", lexiconsUsage, e)
	user := fs.String("lexicons", "", "a `DIR` of NAME.tsv tone dimensions that add to or replace the built-in ones")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return withCode(exitUsage, errors.New("want list, show NAME or check DIR (see --help)"))
	}
	switch pos[0] {
	case "list":
		return lexiconsList(e, *user)
	case "show":
		if len(pos) != 2 {
			return withCode(exitUsage, errors.New("show wants one NAME"))
		}
		return lexiconsShow(e, *user, pos[1])
	case "check":
		if len(pos) != 2 {
			return withCode(exitUsage, errors.New("check wants one DIR"))
		}
		return lexiconsCheck(e, pos[1])
	}
	return withCode(exitUsage, fmt.Errorf("unknown subcommand %q: want list, show or check", pos[0]))
}

func lexiconsList(e env, user string) error {
	eng, err := newEngine(user)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tVERSION\tENTRIES\tHASH\tFROM\tDEFINITION")
	for _, d := range eng.Scorer.Dimensions() {
		from, def := "built-in", ""
		if l, where := findDimension(user, d.Name); l != nil {
			from, def = where, l.Definition
		}
		fmt.Fprintf(tw, "dim_%s\t%s\t%d\t%s\t%s\t%s\n", d.Name, d.Version, d.Entries, d.Hash, from, def)
	}
	for _, l := range eng.Lexicons() {
		if strings.HasPrefix(l.Name, "dimensions/") {
			continue
		}
		entries := "-"
		if l.Entries > 0 {
			entries = fmt.Sprint(l.Entries)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\tbuilt-in\t\n", l.Name, l.Version, entries, l.Hash)
	}
	return tw.Flush()
}

// findDimension parses dimension name from the user's folder, else the
// built-in one; where says which.
func findDimension(user, name string) (*scoring.Lexicon, string) {
	if user != "" {
		if l := parseFrom(os.DirFS(user), name+".tsv"); l != nil {
			return l, user
		}
	}
	return parseFrom(lexicons.FS, "dimensions/"+name+".tsv"), "built-in"
}

func parseFrom(fsys fs.FS, path string) *scoring.Lexicon {
	f, err := fsys.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	l, err := scoring.ParseLexicon(filepath.Base(path), f)
	if err != nil {
		return nil
	}
	return l
}

func lexiconsShow(e env, user, name string) error {
	name = strings.TrimPrefix(strings.TrimSuffix(name, ".tsv"), "dim_")
	var candidates []string
	if user != "" {
		if err := checkDir(user, "--lexicons"); err != nil {
			return err
		}
		candidates = append(candidates, filepath.Join(user, name+".tsv"))
	}
	for _, c := range candidates {
		if data, err := os.ReadFile(c); err == nil {
			_, err = e.stdout.Write(data)
			return err
		}
	}
	for _, p := range []string{"dimensions/" + name + ".tsv", name + ".tsv"} {
		if data, err := fs.ReadFile(lexicons.FS, p); err == nil {
			_, err = e.stdout.Write(data)
			return err
		}
	}
	return withCode(exitUsage, fmt.Errorf("no lexicon named %q (see tonal lexicons list)", name))
}

func lexiconsCheck(e env, dir string) error {
	if err := checkDir(dir, "check"); err != nil {
		return err
	}
	errs := scoring.CheckLexiconDir(os.DirFS(dir))
	for _, err := range errs {
		var le *scoring.LexiconError
		if errors.As(err, &le) {
			fmt.Fprintf(e.stdout, "%s:%d: %s\n", filepath.Join(dir, le.File), le.Line, le.Problem)
			continue
		}
		fmt.Fprintf(e.stdout, "%s: %v\n", dir, err)
	}
	if len(errs) > 0 {
		return withCode(exitInternal, fmt.Errorf("%d problems in %s", len(errs), dir))
	}
	names, _ := filepath.Glob(filepath.Join(dir, "*.tsv"))
	_, err := fmt.Fprintf(e.stdout, "%s: %d lexicons, no problems\n", dir, len(names))
	return err
}
