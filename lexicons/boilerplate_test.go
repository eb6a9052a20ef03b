package lexicons

import (
	"strings"
	"testing"
)

// slowMatch is Match without its lookups that rule lines out early: every
// exact line's key and every prefix compared in turn.
func slowMatch(b *Boilerplate, line string) bool {
	line = strings.TrimSpace(line)
	if line == "" {
		return false
	}
	if len(line) <= 2*b.maxExact+8 && b.exact[LineKey(line)] {
		return true
	}
	for _, pre := range b.prefixes {
		if len(line) >= len(pre) && strings.EqualFold(line[:len(pre)], pre) && len(strings.Fields(line)) <= MaxBoilerplateWords {
			return true
		}
	}
	return false
}

func TestBoilerplate(t *testing.T) {
	b, err := ReadBoilerplate(FS)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Advertisement", true},
		{"  ADVERTISEMENT: ", true},
		{"Share this article", true},
		{"Previous Post Next Post", true},
		{"Read more: Port strike enters its second week", true},
		{"© 2026 The Harbor Ledger. All rights reserved.", true},
		{"Read more: " + strings.Repeat("word ", 30), false}, // too long for a prefix line
		{"Advertisements for the new bridge were everywhere.", false},
		{"The advertisement ran on Sunday.", false},
		{"“Share this article,” she said.", false},
		{"", false},
	} {
		if got := b.Match(tt.line); got != tt.want {
			t.Errorf("Match(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
	if got := LineKey("Don't  STOP—Believin’!"); got != "dont stop believin" {
		t.Errorf("LineKey = %q", got)
	}
}

// FuzzBoilerplate checks that Match's early lookups rule out no line the
// list matches.
func FuzzBoilerplate(f *testing.F) {
	b, err := ReadBoilerplate(FS)
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"Advertisement", "• Advertisement", "READ MORE: x", "©2026", "Sign up", "Post a Comment!", "Ａdvertisement", "advert’isement"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		if got, want := b.Match(line), slowMatch(b, line); got != want {
			t.Fatalf("Match(%q) = %v, the list's lines one by one say %v", line, got, want)
		}
	})
}
