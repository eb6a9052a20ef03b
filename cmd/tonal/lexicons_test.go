package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeLexicon(t *testing.T, dir, name, content string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestLexiconsCheck(t *testing.T) {
	good := t.TempDir()
	writeLexicon(t, good, "optimism.tsv", "# name: optimism\n# version: 2\n# definition: hope\nhopeful\t1\nbright future\t2\n")
	code, stdout, _ := tonal(t, "", "lexicons", "check", good)
	if code != 0 || !strings.Contains(stdout, "no problems") {
		t.Errorf("good dir: exit %d\n%s", code, stdout)
	}
	bad := t.TempDir()
	writeLexicon(t, bad, "broken.tsv", "# name: broken\n# version: 1\nhopeful\tmany\n\nok\t1\n")
	code, stdout, _ = tonal(t, "", "lexicons", "check", bad)
	if code == 0 || !strings.Contains(stdout, filepath.Join(bad, "broken.tsv")+":3:") {
		t.Errorf("bad dir: exit %d\n%s", code, stdout)
	}
	if code, _, stderr := tonal(t, "", "lexicons", "check", filepath.Join(bad, "missing")); code != exitUsage || !strings.Contains(stderr, "missing") {
		t.Errorf("missing dir: exit %d %q", code, stderr)
	}
}

func TestUserLexicons(t *testing.T) {
	dir := t.TempDir()
	writeLexicon(t, dir, "optimism.tsv", "# name: optimism\n# version: 2\n# definition: hope\nhopeful\t1\nbright future\t2\n")
	code, stdout, stderr := tonal(t, "We are hopeful about a bright future.\n", "score", "--lines", "--lexicons", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got map[string]float64
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatal(err)
	}
	// 3 weighted matches in 7 words.
	if v, ok := got["dim_optimism"]; !ok || v < 42 || v > 43 {
		t.Errorf("dim_optimism = %v (present %v) in %s", v, ok, stdout)
	}
	if _, ok := got["dim_threat"]; !ok {
		t.Errorf("built-in dimensions lost: %s", stdout)
	}
	code, stdout, _ = tonal(t, "", "lexicons", "list", "--lexicons", dir)
	if code != 0 || !strings.Contains(stdout, "dim_optimism") || !strings.Contains(stdout, dir) {
		t.Errorf("list: exit %d\n%s", code, stdout)
	}
	code, stdout, _ = tonal(t, "", "lexicons", "show", "optimism", "--lexicons", dir)
	if code != 0 || !strings.Contains(stdout, "bright future") {
		t.Errorf("show user: exit %d\n%s", code, stdout)
	}
	code, stdout, _ = tonal(t, "", "lexicons", "show", "threat")
	if code != 0 || !strings.Contains(stdout, "# name: threat") {
		t.Errorf("show built-in: exit %d\n%.200s", code, stdout)
	}
	out := filepath.Join(t.TempDir(), "out")
	if code, _, stderr := tonal(t, "", "run", "../../datasets/sample/txt", "-o", out, "--lexicons", dir, "--quiet"); code != 0 {
		t.Fatalf("run: exit %d %s", code, stderr)
	}
	m := readManifest(t, out)
	data, _ := json.Marshal(m["lexicons"])
	if !strings.Contains(string(data), "dimensions/optimism") {
		t.Errorf("manifest lexicons lack the user's: %s", data)
	}
	bad := t.TempDir()
	writeLexicon(t, bad, "x.tsv", "term\n")
	if code, _, stderr := tonal(t, "", "run", "../../datasets/sample/txt", "-o", filepath.Join(t.TempDir(), "o"), "--lexicons", bad); code != exitUsage || !strings.Contains(stderr, "x.tsv:1") {
		t.Errorf("bad user lexicon: exit %d %q", code, stderr)
	}
}

func TestEvalQuotes(t *testing.T) {
	gold := "../../datasets/quotes-gold"
	code, stdout, stderr := tonal(t, "", "eval", "quotes", "--gold", gold, gold, "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var rep struct {
		Files  int `json:"files"`
		Strict struct {
			F1 float64 `json:"f1"`
		} `json:"direct_strict"`
		SpeakerAccuracy float64 `json:"speaker_accuracy"`
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Files < 30 || rep.Strict.F1 < 0.9 || rep.SpeakerAccuracy < 0.9 {
		t.Errorf("report %+v", rep)
	}
	if code, _, _ := tonal(t, "", "eval", "quotes", gold); code != exitUsage {
		t.Errorf("missing --gold: exit %d", code)
	}
}
