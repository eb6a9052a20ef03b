package segment_test

import (
	"fmt"

	"github.com/tonalhq/tonal/pipeline/segment"
)

func ExampleSegmenter_Segment() {
	seg, err := segment.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "Foreign Minister Lena Morrow arrived on Tuesday.\n\n“We did not get everything,” Morrow added, “but we got quiet.”"
	doc := seg.Segment(text)
	for _, q := range doc.Quotes {
		fmt.Printf("%s %q by %s (%s), %d pieces\n", q.Kind, text[q.Start:q.End], q.Speaker, q.Role, len(q.Pieces))
	}
	// Output:
	// direct "We did not get everything,” Morrow added, “but we got quiet." by Lena Morrow (Foreign Minister), 2 pieces
}
