// Command tonal scores the tone of news at archive scale.
//
//	tonal run [flags] INPUT...   score archives into Parquet tables
//	tonal score [TEXT|-]         score one text and print JSON
//	tonal schema [TABLE]         print the output tables' columns
//	tonal lexicons list|show|check  inspect or validate word lists
//	tonal eval quotes --gold G D evaluate quote extraction
//	tonal version                print the version
//
// Exit codes: 0 success; 1 failure (an internal error, or problems found by
// "lexicons check"); 2 bad usage, input or output path; 3 too many rejected
// records (--max-reject-ratio); 130 interrupted.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// Exit codes.
const (
	exitOK          = 0
	exitInternal    = 1
	exitUsage       = 2
	exitRejects     = 3
	exitInterrupted = 130
)

// env is what a command may touch: its standard streams. Commands take it
// so tests can capture their output.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

type command struct {
	name    string
	summary string
	run     func(e env, args []string) error
}

func commands() []command {
	return []command{
		{"run", "score news archives into Parquet tables", runRun},
		{"score", "score one text (or one per line) and print JSON", runScore},
		{"schema", "print the output tables' columns and their meaning", runSchema},
		{"lexicons", "list, show or check the word lists behind the scores", runLexicons},
		{"eval", "evaluate quote extraction against gold annotations", runEval},
		{"version", "print tonal's version", runVersion},
		{"help", "print help for tonal or a command", runHelp},
	}
}

func main() {
	os.Exit(mainWith(env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr}, os.Args[1:]))
}

// mainWith runs the command line args and returns the exit code.
func mainWith(e env, args []string) int {
	if len(args) == 0 {
		writeUsage(e.stderr)
		return exitUsage
	}
	name := args[0]
	if name == "-h" || name == "--help" || name == "-help" {
		writeUsage(e.stdout)
		return exitOK
	}
	for _, c := range commands() {
		if c.name == name {
			return exitCode(e, name, c.run(e, args[1:]))
		}
	}
	fmt.Fprintf(e.stderr, "tonal: unknown command %q (see tonal help)\n", name)
	return exitUsage
}

// exitError carries an exit code with its error.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func withCode(code int, err error) error { return &exitError{code: code, err: err} }

// exitCode prints err as one line and maps it to an exit code.
func exitCode(e env, name string, err error) int {
	if err == nil {
		return exitOK
	}
	if errors.Is(err, errHelpShown) {
		return exitOK
	}
	fmt.Fprintf(e.stderr, "tonal %s: %v\n", name, err)
	var xe *exitError
	if errors.As(err, &xe) {
		return xe.code
	}
	return exitInternal
}

func writeUsage(w io.Writer) {
	fmt.Fprintln(w, "tonal scores the tone of news: valence, tone and tone dimensions per sentence, paragraph, quote and article.")
	fmt.Fprintln(w, "\nUsage:\n  tonal COMMAND [flags] [args]\n\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'tonal COMMAND --help' for a command's flags.")
	fmt.Fprintln(w, "Exit codes: 0 ok, 1 failure, 2 bad usage or path, 3 too many rejects, 130 interrupted.")
}
