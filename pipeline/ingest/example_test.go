package ingest_test

import (
	"fmt"

	"github.com/tonalhq/tonal/pipeline/ingest"
)

func ExampleParseTime() {
	for _, s := range []string{"2026-03-02T14:00:00+03:30", "March 2, 2026", "20260302140000", "soon"} {
		t, ok := ingest.ParseTime(s)
		fmt.Println(t.Format("2006-01-02 15:04 MST"), ok)
	}
	// Output:
	// 2026-03-02 10:30 UTC true
	// 2026-03-02 00:00 UTC true
	// 2026-03-02 14:00 UTC true
	// 0001-01-01 00:00 UTC false
}

func ExampleParseText() {
	a := ingest.ParseText([]byte("---\ntitle: Talks Resume\nsource: The Harbor Ledger\n---\n\nEnvoys met again."))
	fmt.Printf("%s | %s | %q\n", a.Title, a.Source, a.Raw)
	// Output: Talks Resume | The Harbor Ledger | "\nEnvoys met again."
}
