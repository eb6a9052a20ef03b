package main

import (
	"fmt"
	"runtime"

	"github.com/tonalhq/tonal/internal/version"
)

func runVersion(e env, args []string) error {
	fs := newFlags("version", "", e)
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	_, err := fmt.Fprintf(e.stdout, "tonal %s (%s %s/%s)\n", version.Version, runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return err
}

func runHelp(e env, args []string) error {
	if len(args) == 0 {
		writeUsage(e.stdout)
		return nil
	}
	for _, c := range commands() {
		if c.name == args[0] && c.name != "help" {
			return c.run(e, []string{"--help"})
		}
	}
	return withCode(exitUsage, fmt.Errorf("unknown command %q", args[0]))
}
