package segment

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// windowed returns a test Segmenter that reads texts longer than n bytes
// in windows.
func windowed(t testing.TB, n int) *Segmenter {
	s := newTestSegmenter(t)
	s.window = n
	return s
}

// testArticles returns the golden test articles and all of them run
// together, one text.
func testArticles(t testing.TB) []string {
	t.Helper()
	texts := readTexts(t, filepath.Join("testdata", "*.txt"))
	if len(texts) == 0 {
		t.Fatal("no test articles")
	}
	return append(texts, strings.Join(texts, "\n\n"))
}

// TestWindowsKeepParagraphsAndSentences checks that a text read in
// windows keeps every invariant and has the paragraphs and sentences it
// has when read whole: windows change only what attribution can see.
func TestWindowsKeepParagraphsAndSentences(t *testing.T) {
	whole, win := newTestSegmenter(t), windowed(t, 1500)
	for i, text := range testArticles(t) {
		w, d := whole.Segment(text), win.Segment(text)
		checkDoc(t, text, d)
		if !reflect.DeepEqual(w.Paragraphs, d.Paragraphs) {
			t.Errorf("text %d: paragraphs differ in windows", i)
		}
		if len(w.Sentences) != len(d.Sentences) {
			t.Errorf("text %d: %d sentences whole, %d in windows", i, len(w.Sentences), len(d.Sentences))
			continue
		}
		for k := range w.Sentences {
			if a, b := w.Sentences[k], d.Sentences[k]; a.Span != b.Span || a.Paragraph != b.Paragraph {
				t.Errorf("text %d: sentence %d is %v in paragraph %d whole, %v in %d in windows", i, k, a.Span, a.Paragraph, b.Span, b.Paragraph)
				break
			}
		}
	}
}

// TestWindowCutBetweenArticles checks that two articles run together and
// cut where the second starts give each article's quotes as it gives
// them alone, the second read as a window that opens mid-text.
func TestWindowCutBetweenArticles(t *testing.T) {
	texts := testArticles(t)
	texts = texts[:len(texts)-1]
	seg := newTestSegmenter(t)
	for i := range texts {
		for j := range texts {
			a, b := strings.TrimSpace(texts[i]), strings.TrimSpace(texts[j])
			if i == j || len(b) > len(a) || opensWithMark(b) {
				continue // one cut, where b starts: b fits in the window a fills
			}
			text := a + "\n\n" + b
			win := windowed(t, len(a)+2)
			got := toGolden(text, win.Segment(text)).Quotes
			want := append(toGolden(a, seg.Segment(a)).Quotes, toGolden(b, seg.segment(b, nil, nil, true)).Quotes...)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("articles %d and %d: quotes in windows\n%+v\nwant\n%+v", i, j, got, want)
			}
		}
	}
}

// TestWindowKeepsQuoteWhole checks that a window does not start at a
// paragraph that goes on with the quote the one before opened.
func TestWindowKeepsQuoteWhole(t *testing.T) {
	lead := "The harbour board met on Tuesday to weigh the plan for the old pier and its two cranes."
	open := "Ana Ode, the harbour master, said: “We will rebuild the pier before the winter storms come in."
	cont := "“It will take two years and most of the board’s reserve, but the town cannot wait.”"
	tail := "The board will vote again in March."
	text := strings.Join([]string{lead, open, cont, tail}, "\n\n")
	// the window is full at the third paragraph, which goes on with the quote
	seg := windowed(t, strings.Index(text, cont))
	d := seg.Segment(text)
	checkDoc(t, text, d)
	for _, q := range d.Quotes {
		if q.Kind != Direct {
			continue
		}
		if len(q.Pieces) != 2 || !strings.HasPrefix(text[q.Start:], "We will rebuild") || !strings.HasSuffix(text[:q.End], "cannot wait.") {
			t.Fatalf("quote %q in %d pieces, want the two paragraphs' words", text[q.Start:q.End], len(q.Pieces))
		}
		if q.Speaker != "Ana Ode" {
			t.Errorf("speaker %q, want Ana Ode", q.Speaker)
		}
		return
	}
	t.Fatal("no direct quote")
}

func FuzzSegmentWindows(f *testing.F) {
	seg := windowed(f, 64)
	addSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		checkDoc(t, text, seg.Segment(text))
	})
}
