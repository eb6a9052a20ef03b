package main

import (
	"fmt"
	"strings"

	"github.com/tonalhq/tonal/pipeline"
	"github.com/tonalhq/tonal/pipeline/tables"
)

func runSchema(e env, args []string) error {
	fs := newFlags("schema", "[TABLE]\n\nPrints the columns of every output table, or of TABLE.", e)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 1 {
		return withCode(exitUsage, fmt.Errorf("want at most one table name, have %d", len(pos)))
	}
	eng, err := pipeline.NewEngine()
	if err != nil {
		return err
	}
	cat := tables.Catalog(eng.Scorer.Columns())
	if len(pos) == 1 {
		t, ok := tables.Find(cat, pos[0])
		if !ok {
			names := make([]string, len(cat))
			for i, t := range cat {
				names[i] = t.Name
			}
			return withCode(exitUsage, fmt.Errorf("unknown table %q: want one of %s", pos[0], strings.Join(names, ", ")))
		}
		return tables.WriteSchema(e.stdout, t)
	}
	for i := range cat {
		if i > 0 {
			fmt.Fprintln(e.stdout)
		}
		if err := tables.WriteSchema(e.stdout, &cat[i]); err != nil {
			return err
		}
	}
	return nil
}
