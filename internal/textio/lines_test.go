package textio

import (
	"errors"
	"strings"
	"testing"
)

func TestLines(t *testing.T) {
	var got []string
	err := Lines("f", strings.NewReader("\uFEFFone\r\ntwo\n\nfour"), func(n int, line string) error {
		got = append(got, line)
		return nil
	})
	if err != nil || strings.Join(got, "|") != "one|two||four" {
		t.Errorf("got %q, %v", got, err)
	}
	stop := errors.New("stop")
	calls := 0
	err = Lines("f", strings.NewReader("a\nb\nc"), func(n int, line string) error {
		calls++
		if n == 2 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || calls != 2 {
		t.Errorf("err %v after %d calls", err, calls)
	}
	err = Lines("f", strings.NewReader(strings.Repeat("x", MaxLine+1)), func(int, string) error { return nil })
	if err == nil || !strings.HasPrefix(err.Error(), "f:1:") {
		t.Errorf("long line: %v", err)
	}
}
