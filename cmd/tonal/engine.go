package main

import (
	"fmt"
	"os"

	"github.com/tonalhq/tonal/pipeline"
)

// newEngine builds the stages, adding the user's tone dimensions from the
// folder dir when it is not empty.
func newEngine(dir string) (*pipeline.Engine, error) {
	var opts []pipeline.EngineOption
	if dir != "" {
		if err := checkDir(dir, "--lexicons"); err != nil {
			return nil, err
		}
		opts = append(opts, pipeline.WithUserLexicons(os.DirFS(dir)))
	}
	eng, err := pipeline.NewEngine(opts...)
	if err != nil {
		if dir != "" {
			return nil, withCode(exitUsage, fmt.Errorf("lexicons in %s: %w", dir, err))
		}
		return nil, err
	}
	return eng, nil
}

// checkDir says, as a usage error naming the flag, why dir is not a folder.
func checkDir(dir, flag string) error {
	st, err := os.Stat(dir)
	if err != nil {
		return withCode(exitUsage, fmt.Errorf("%s %s: %w", flag, dir, unwrapPath(err)))
	}
	if !st.IsDir() {
		return withCode(exitUsage, fmt.Errorf("%s %s: not a directory", flag, dir))
	}
	return nil
}

func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
