package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// tonal runs the command line in-process and returns its exit code and output.
func tonal(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = mainWith(env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb}, args)
	return code, out.String(), errb.String()
}

func readManifest(t *testing.T, dir string) map[string]any {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func rowsOf(m map[string]any, table string) int {
	return int(m["rows"].(map[string]any)[table].(float64))
}

func TestRunSample(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	code, _, stderr := tonal(t, "", "run", "../../datasets/sample", "-o", out, "--workers", "2")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	m := readManifest(t, out)
	if rowsOf(m, "articles") < 50 || rowsOf(m, "quotes") == 0 || rowsOf(m, "rejects") != 0 {
		t.Errorf("rows %v", m["rows"])
	}
	if !strings.Contains(stderr, "articles,") || strings.Count(strings.TrimSpace(stderr), "\n") != 0 {
		t.Errorf("want one summary line, got %q", stderr)
	}
	for _, table := range []string{"articles", "paragraphs", "sentences", "quotes", "rejects"} {
		files, _ := filepath.Glob(filepath.Join(out, table, "*.parquet"))
		if len(files) == 0 {
			t.Errorf("no parquet in %s", table)
		}
	}
	// A second run into the same directory is refused, then allowed.
	code, _, stderr = tonal(t, "", "run", "../../datasets/sample", "-o", out)
	if code != exitUsage || !strings.Contains(stderr, out) {
		t.Errorf("non-empty out: exit %d, %q", code, stderr)
	}
	if code, _, stderr = tonal(t, "", "run", "--quiet", "--overwrite", "-o", out, "../../datasets/sample"); code != 0 || stderr != "" {
		t.Errorf("--overwrite --quiet: exit %d, %q", code, stderr)
	}
}

func TestRunMalformedLines(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	for i := range 100 {
		if i%20 == 0 {
			fmt.Fprintf(&b, "{\"id\":\"m%d\",\"text\":\"unterminated}\n", i)
			continue
		}
		fmt.Fprintf(&b, "{\"id\":\"m%d\",\"title\":\"Talks\",\"published\":\"2026-01-%02dT08:00:00Z\",\"text\":\"Envoys met again. “It was useful,” the minister said.\"}\n", i, 1+i%28)
	}
	in := filepath.Join(dir, "in.jsonl")
	if err := os.WriteFile(in, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	code, _, stderr := tonal(t, "", "run", in, "-o", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	m := readManifest(t, out)
	if rowsOf(m, "articles") != 95 || rowsOf(m, "rejects") != 5 {
		t.Errorf("rows %v", m["rows"])
	}
	if got := m["rejects_by_reason"].(map[string]any)["malformed_json"]; got != 5.0 {
		t.Errorf("rejects_by_reason %v", m["rejects_by_reason"])
	}
	if !strings.Contains(stderr, "5 rejects (malformed_json 5)") {
		t.Errorf("summary %q", stderr)
	}
	// The same file with a strict ratio fails with exit 3, tables written.
	code, _, stderr = tonal(t, "", "run", in, "-o", filepath.Join(dir, "strict"), "--max-reject-ratio", "0.01")
	if code != exitRejects || !strings.Contains(stderr, "max-reject-ratio") {
		t.Errorf("strict: exit %d, %q", code, stderr)
	}
}

func TestUsageErrors(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a.txt")
	os.WriteFile(file, []byte("T\n\nBody."), 0o644)
	notDir := filepath.Join(file, "out") // a path under a file cannot be created
	tests := []struct {
		name string
		args []string
		want string // in the one line on stderr
	}{
		{"missing input", []string{"run", filepath.Join(dir, "nope.jsonl"), "-o", filepath.Join(dir, "o1")}, "nope.jsonl"},
		{"unknown flag", []string{"run", "--frobnicate", file}, "-frobnicate"},
		{"bad format", []string{"run", "--format", "xml", file}, "xml"},
		{"bad ratio", []string{"run", "--max-reject-ratio", "2", file}, "max-reject-ratio"},
		{"no input", []string{"run", "-o", filepath.Join(dir, "o2")}, "no INPUT"},
		{"unwritable out", []string{"run", file, "-o", notDir}, notDir},
		{"unknown command", []string{"frob"}, "frob"},
		{"unknown table", []string{"schema", "nope"}, "nope"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := tonal(t, "", tt.args...)
			if code != exitUsage {
				t.Errorf("exit %d, want %d", code, exitUsage)
			}
			if strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, tt.want) {
				t.Errorf("stderr %q: want one line naming %q", stderr, tt.want)
			}
		})
	}
}

func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"help"}, {"run", "--help"}, {"score", "-h"}, {"schema", "--help"}, {"help", "run"}, {"version", "--help"}} {
		code, stdout, stderr := tonal(t, "", args...)
		if code != 0 || stdout == "" || stderr != "" {
			t.Errorf("%v: exit %d, stdout %d bytes, stderr %q", args, code, len(stdout), stderr)
		}
		if n := strings.Count(stdout, "Usage:"); n != 1 {
			t.Errorf("%v: the usage is printed %d times, want once:\n%s", args, n, stdout)
		}
	}
}

func TestScoreCommand(t *testing.T) {
	text := "Envoys Meet\n\nThe talks were productive. “We are hopeful,” said Foreign Minister Lena Morrow.\n\nCritics warned of sanctions."
	code, stdout, stderr := tonal(t, "", "score", text)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got struct {
		Compound   *float64         `json:"compound"`
		Paragraphs []map[string]any `json:"paragraphs"`
		Sentences  []map[string]any `json:"sentences"`
		Quotes     []map[string]any `json:"quotes"`
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("%v\n%s", err, stdout)
	}
	if got.Compound == nil || len(got.Paragraphs) != 3 || len(got.Sentences) < 4 || len(got.Quotes) == 0 {
		t.Fatalf("output:\n%s", stdout)
	}
	if got.Paragraphs[0]["kind"] != "heading" {
		t.Errorf("first paragraph kind %v", got.Paragraphs[0]["kind"])
	}
	if _, ok := got.Sentences[0]["dim_threat"]; !ok {
		t.Errorf("sentence lacks dim_threat: %v", got.Sentences[0])
	}
	// Reading standard input gives the same.
	code, stdin, _ := tonal(t, text, "score", "-")
	if code != 0 || stdin != stdout {
		t.Errorf("score - differs from score TEXT")
	}
}

func TestScoreLines(t *testing.T) {
	code, stdout, stderr := tonal(t, "What a wonderful day!\nThis is a terrible, awful idea.\n\n", "score", "--lines")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines: %q", len(lines), stdout)
	}
	var first, second map[string]float64
	json.Unmarshal([]byte(lines[0]), &first)
	json.Unmarshal([]byte(lines[1]), &second)
	if first["compound"] <= 0.5 || second["compound"] >= -0.5 {
		t.Errorf("compounds %v %v", first["compound"], second["compound"])
	}
	for _, k := range []string{"compound", "pos", "neu", "neg", "tone", "positive_pct", "dim_threat", "dim_hedging", "cooperation_conflict"} {
		if _, ok := first[k]; !ok {
			t.Errorf("no %s in %s", k, lines[0])
		}
	}
}

func TestSchemaCommand(t *testing.T) {
	code, stdout, _ := tonal(t, "", "schema", "quotes")
	if code != 0 || !strings.Contains(stdout, "speaker_mention") || !strings.Contains(stdout, "dim_threat") {
		t.Errorf("exit %d:\n%s", code, stdout)
	}
}

// TestInterrupt builds tonal, starts it on a large input, sends SIGINT and
// checks that it exits non-zero leaving no Parquet file.
func TestInterrupt(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and writes a large input; skipped with -short")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "tonal")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	in := filepath.Join(dir, "big.jsonl")
	f, err := os.Create(in)
	if err != nil {
		t.Fatal(err)
	}
	para := strings.Repeat("The envoys met again and said the talks were useful but difficult. “We will not give up,” the minister said. ", 20)
	for i := range 20000 {
		fmt.Fprintf(f, "{\"id\":\"b%d\",\"text\":%q}\n", i, para+"\n\n"+para)
	}
	f.Close()
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			out := filepath.Join(dir, "out-"+fmt.Sprint(int(sig)))
			cmd := exec.Command(bin, "run", in, "-o", out, "--workers", "2")
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			time.Sleep(700 * time.Millisecond)
			cmd.Process.Signal(sig)
			err := cmd.Wait()
			ee, ok := err.(*exec.ExitError)
			if !ok || ee.ExitCode() != exitInterrupted {
				t.Fatalf("exit: %v (stderr %q); want code %d", err, stderr.String(), exitInterrupted)
			}
			matches, _ := filepath.Glob(filepath.Join(out, "*", "*.parquet"))
			if len(matches) != 0 {
				t.Errorf("parquet files after interrupt: %v", matches)
			}
			if _, err := os.Stat(filepath.Join(out, "manifest.json")); err == nil {
				t.Errorf("manifest written after interrupt")
			}
			var leftovers []string
			filepath.Walk(out, func(p string, info os.FileInfo, err error) error {
				if err == nil && !info.IsDir() {
					leftovers = append(leftovers, p)
				}
				return nil
			})
			if len(leftovers) != 0 {
				t.Errorf("files left after interrupt: %v", leftovers)
			}
		})
	}
}

// TestWorkersSameTables runs the sample with 1 and 4 workers and compares
// the Parquet files byte for byte.
func TestWorkersSameTables(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"1", "4"} {
		if code, _, stderr := tonal(t, "", "run", "../../datasets/sample", "-o", filepath.Join(dir, n), "--workers", n, "--quiet"); code != 0 {
			t.Fatalf("--workers %s: exit %d %s", n, code, stderr)
		}
	}
	for _, table := range []string{"articles", "paragraphs", "sentences", "quotes", "rejects"} {
		a, err := os.ReadFile(filepath.Join(dir, "1", table, "part-00000.parquet"))
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(dir, "4", table, "part-00000.parquet"))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs between --workers 1 and --workers 4", table)
		}
	}
}
