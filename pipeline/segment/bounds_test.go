package segment

import (
	"fmt"
	"strings"
	"testing"
)

// TestRunWithoutSentenceEndIsCut checks that a run of words with no
// sentence end, longer than maxSentence, comes out as sentences of at most
// maxSentence bytes that cover all its words in order.
func TestRunWithoutSentenceEndIsCut(t *testing.T) {
	seg := newTestSegmenter(t)
	text := strings.Repeat("the cranes stood still and the boats waited ", 250) // 11,000 bytes
	d := seg.Segment(text)
	if len(d.Sentences) < 2 {
		t.Fatalf("one run of %d bytes gave %d sentences; want it cut", len(text), len(d.Sentences))
	}
	var words []string
	for i, s := range d.Sentences {
		if n := s.End - s.Start; n > maxSentence {
			t.Errorf("sentence %d holds %d bytes, more than %d", i, n, maxSentence)
		}
		if i > 0 && s.Start < d.Sentences[i-1].End {
			t.Errorf("sentence %d starts at %d, before %d, where the one before ends", i, s.Start, d.Sentences[i-1].End)
		}
		words = append(words, strings.Fields(text[s.Start:s.End])...)
	}
	if got, want := strings.Join(words, " "), strings.Join(strings.Fields(text), " "); got != want {
		t.Errorf("the sentences' words are not the run's: %d words against %d", len(words), len(strings.Fields(text)))
	}
	if short := "the cranes stood still and the boats waited"; len(seg.Segment(short).Sentences) != 1 {
		t.Errorf("%q is cut", short)
	}
}

// TestMergedArchiveIsCutIntoParagraphs checks that a text with no
// paragraph breaks, longer than maxParagraph, is cut into paragraphs at
// sentence ends, so that it can be read in windows, and that its quotes
// are still found and attributed.
func TestMergedArchiveIsCutIntoParagraphs(t *testing.T) {
	seg := newTestSegmenter(t)
	var b strings.Builder
	for i := 0; b.Len() < 40_000; i++ {
		fmt.Fprintf(&b, "The harbour board met for the %dth time on Monday. “We will reopen the quay,” said Ana Ode, who chairs it. Dockers waited outside. ", i+1)
	}
	text := b.String()
	d := seg.Segment(text)
	if len(d.Paragraphs) < 5 {
		t.Fatalf("%d bytes in one line gave %d paragraphs; want it cut", len(text), len(d.Paragraphs))
	}
	for i, p := range d.Paragraphs {
		if n := p.End - p.Start; n > maxParagraph {
			t.Errorf("paragraph %d holds %d bytes, more than %d", i, n, maxParagraph)
		}
		if i+1 < len(d.Paragraphs) && !strings.HasSuffix(text[p.Start:p.End], ".") {
			t.Errorf("paragraph %d ends %q, not at a sentence's end", i, text[max(p.Start, p.End-20):p.End])
		}
	}
	direct := 0
	for _, q := range d.Quotes {
		if q.Kind == Direct {
			direct++
			if q.Speaker != "Ana Ode" {
				t.Errorf("quote at %d has speaker %q, want Ana Ode", q.Start, q.Speaker)
			}
		}
	}
	if want := strings.Count(text, "“We will"); direct != want {
		t.Errorf("%d direct quotes, want %d", direct, want)
	}
	one := "The harbour board met on Monday. “We will reopen the quay,” said Ana Ode."
	if n := len(seg.Segment(one).Paragraphs); n != 1 {
		t.Errorf("%q gave %d paragraphs, want 1", one, n)
	}
}

// BenchmarkSegmentAdversarial segments texts of about 300 KB built to
// defeat a segmenter's bounds: one run of quote marks, one sentence of
// partial quotes, one paragraph of attributed quotes and pronouns, one
// sentence of appositives and reporting verbs, one paragraph of sentences
// that each open a quote and never close it. Each once cost its length
// squared (37 s for 350 KB of the partial quotes); MB/s well below
// BenchmarkSegment's is expected, MB/s that falls as the text grows is a
// regression.
func BenchmarkSegmentAdversarial(b *testing.B) {
	seg := newTestSegmenter(b)
	for _, c := range []struct{ name, unit string }{
		{"marks", "“a” ‘b’ \"c\" "},
		{"partials", "called it “a disgrace” and “a sham” "},
		{"attributions", "Ana Ode said “yes.” He said “no,” she said. "},
		{"appositives", "Mr. Ode of Kell, Varnia, 47, said: "},
		{"unclosed", "“Yes. "},
	} {
		text := strings.Repeat(c.unit, 300_000/len(c.unit))
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for range b.N {
				seg.Segment(text)
			}
		})
	}
}

// TestCoveredMatchesWalk checks the search by halves in covered against a
// walk over every piece, for spans before, across, inside and after the
// pieces of a quote.
func TestCoveredMatchesWalk(t *testing.T) {
	q := &Quote{Span: Span{10, 200}}
	for s := 10; s < 200; s += 19 {
		q.Pieces = append(q.Pieces, Span{s, s + 7})
	}
	for a := 0; a < 220; a += 3 {
		for b := a; b < 230; b += 5 {
			sp := Span{a, b}
			want := 0
			for _, p := range q.Pieces {
				want += overlap(p, sp)
			}
			if got := covered(q, sp); got != want {
				t.Fatalf("covered(%v) = %d, want %d", sp, got, want)
			}
		}
	}
}
