package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// errHelpShown means --help was asked for and printed: exit 0.
var errHelpShown = errors.New("help shown")

// newFlags returns a flag set that reports errors as values, not by
// printing, so each bad flag becomes one line from main.
func newFlags(name, usage string, e env) *flag.FlagSet {
	fs := flag.NewFlagSet("tonal "+name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {
		fmt.Fprintf(e.stdout, "Usage: tonal %s %s\n\nFlags:\n", name, usage)
		fs.SetOutput(e.stdout)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
	return fs
}

// parseFlags parses args with flags and positional arguments in any
// order ("tonal run DIR -o OUT" and "tonal run -o OUT DIR" both work); "--"
// ends the flags.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		err := fs.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			return nil, errHelpShown // Parse has printed the usage
		}
		if err != nil {
			return nil, withCode(exitUsage, fmt.Errorf("%s (see --help)", strings.TrimSpace(err.Error())))
		}
		rest := fs.Args()
		consumed := len(args) - len(rest)
		if consumed > 0 && args[consumed-1] == "--" {
			return append(pos, rest...), nil
		}
		if len(rest) == 0 {
			return pos, nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}
