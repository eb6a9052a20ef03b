package main

import (
	"errors"
	"fmt"

	"github.com/tonalhq/tonal/internal/quoteeval"
)

const evalUsage = `quotes --gold GOLD_DIR INPUT_DIR [--json]

Evaluates quote extraction against gold annotations. INPUT_DIR holds .txt
articles; GOLD_DIR holds for each NAME.txt a NAME.ann in brat standoff
format (Source, Cue and Content spans in code points, linked by Attribution
events), or NAME_<annotator>.ann files as PolNeAR names them (the first in
name order is used). Prints precision, recall and F1 for direct-quote content spans at
overlap >= 0.8 and >= 0.3, speaker accuracy, and reported speech at 0.3.`

func runEval(e env, args []string) error {
	fs := newFlags("eval", evalUsage, e)
	gold := fs.String("gold", "", "`GOLD_DIR` of brat .ann files")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 || pos[0] != "quotes" {
		return withCode(exitUsage, errors.New("want: tonal eval quotes --gold GOLD_DIR INPUT_DIR"))
	}
	if *gold == "" {
		return withCode(exitUsage, errors.New("--gold GOLD_DIR is required"))
	}
	if err := checkDir(*gold, "--gold"); err != nil {
		return err
	}
	if err := checkDir(pos[1], "INPUT_DIR"); err != nil {
		return err
	}
	eng, err := newEngine("")
	if err != nil {
		return err
	}
	rep, err := quoteeval.Evaluate(*gold, pos[1], eng.Segmenter)
	if err != nil {
		return withCode(exitUsage, fmt.Errorf("eval quotes: %w", err))
	}
	if *asJSON {
		return rep.WriteJSON(e.stdout)
	}
	return rep.WriteText(e.stdout)
}
