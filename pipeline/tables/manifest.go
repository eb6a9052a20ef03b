package tables

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/tonalhq/tonal/lexicons"
)

// ManifestFile is the name of the run manifest in the output directory.
const ManifestFile = "manifest.json"

// Manifest records what a run read, with what, and what it wrote.
type Manifest struct {
	Tool           string              `json:"tool"`
	Version        string              `json:"version"`
	Command        []string            `json:"command"`
	Inputs         any                 `json:"inputs"`
	InputBytes     int64               `json:"input_bytes"`
	Lexicons       []lexicons.Info     `json:"lexicons"`
	Rows           Counts              `json:"rows"`
	Rejects        map[string]int64    `json:"rejects_by_reason"`
	Records        int64               `json:"records"`
	RepairedUTF8   int64               `json:"repaired_utf8"`
	Workers        int                 `json:"workers"`
	Started        time.Time           `json:"started"`
	Finished       time.Time           `json:"finished"`
	ElapsedSeconds float64             `json:"elapsed_seconds"`
	Files          map[string][]string `json:"files"`
}

// WriteManifest writes m to dir/manifest.json atomically.
func WriteManifest(dir string, m *Manifest) error {
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return fmt.Errorf("manifest: %w", err)
	}
	return writeFileAtomic(filepath.Join(dir, ManifestFile), append(data, '\n'))
}

// writeFileAtomic writes data to a temporary file beside path and renames
// it into place, so a reader sees the old file, the whole new one, or none.
func writeFileAtomic(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("%w: %w", ErrOutput, err)
	}
	_, werr := f.Write(data)
	cerr := f.Close()
	if werr == nil {
		werr = cerr
	}
	if werr != nil {
		os.Remove(f.Name())
		return fmt.Errorf("%w: %w", ErrOutput, werr)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("%w: %w", ErrOutput, err)
	}
	return nil
}

// Files lists the Parquet files written per table, relative to dir.
func (w *Writer) Files() map[string][]string {
	out := map[string][]string{}
	for _, t := range w.tables {
		for _, p := range t.parts {
			rel, _ := filepath.Rel(w.dir, p.final)
			out[t.table.Name] = append(out[t.table.Name], filepath.ToSlash(rel))
		}
	}
	return out
}
