package clean

import (
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/htmlindex"
)

// damage returns s as a browser that took its UTF-8 bytes for
// Windows-1252 would show it (the WHATWG decoder, which gives the five
// bytes Windows-1252 leaves undefined the C1 controls).
func damage(t *testing.T, s string) string {
	t.Helper()
	enc, err := htmlindex.Get("windows-1252")
	if err != nil {
		t.Fatal(err)
	}
	out, err := enc.NewDecoder().String(s)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// latin1 returns s as a reader that took its UTF-8 bytes for Latin-1
// would show it.
func latin1(s string) string {
	r := make([]rune, 0, len(s))
	for i := 0; i < len(s); i++ {
		r = append(r, rune(s[i]))
	}
	return string(r)
}

func TestFixMojibake(t *testing.T) {
	texts := []string{
		"“We will rebuild the pier,” said Ana Ode, the harbour’s director — in 2026.",
		"François Hollande met José Núñez in Kraków for the café’s opening… €5 a cup™.",
		"Gdańsk and Škoda: “Ça va?” asked Zoë.",
	}
	for _, s := range texts {
		once := damage(t, s)
		if once == s {
			t.Fatalf("damage(%q) left it as it was", s)
		}
		if got := FixMojibake(once); got != s {
			t.Errorf("FixMojibake(%q) = %q, want %q", once, got, s)
		}
		if got := FixMojibake(latin1(s)); got != s {
			t.Errorf("FixMojibake(%q) read as Latin-1 = %q, want %q", latin1(s), got, s)
		}
		if got := FixMojibake(latin1(latin1(s))); got != s {
			t.Errorf("FixMojibake of %q damaged twice = %q, want %q", s, got, s)
		}
	}
	// "Ł" holds the byte 0x81, which Windows-1252 leaves undefined: read
	// as Latin-1 it is the control U+0081
	if got, want := FixMojibake(latin1("Łódź")), "Łódź"; got != want {
		t.Errorf("FixMojibake(%q) = %q, want %q", latin1("Łódź"), got, want)
	}
	// a decoder that gives U+FFFD for the bytes Windows-1252 leaves
	// undefined loses the last byte of "”": "â€\ufffd" is read as "”"
	if got, want := FixMojibake("â€œIt is over,â€\ufffd she said."), "“It is over,” she said."; got != want {
		t.Errorf("FixMojibake with U+FFFD = %q, want %q", got, want)
	}
	// text that was never damaged stays as it is
	for _, s := range []string{
		"São Paulo", "«ÉTÉ» à Montréal", "the CAFÉ” sign", "¿Qué pasa?", "Â is a letter", "Ünal’s “plan”", "plain ASCII", "„SCHÖN“",
	} {
		if got := FixMojibake(s); got != s {
			t.Errorf("FixMojibake(%q) = %q, want it unchanged", s, got)
		}
	}
}

func FuzzFixMojibake(f *testing.F) {
	for _, s := range []string{"", "Ã©", "â€œxâ€\u009d", "FranÃ\u0083Â§ois", "São", "Ã", "â€", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := FixMojibake(s)
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("FixMojibake(%q) = %q, not valid UTF-8", s, got)
		}
		if len(got) > len(s) {
			t.Fatalf("FixMojibake(%q) = %q grew", s, got)
		}
	})
}
