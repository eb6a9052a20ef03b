package brat

import "errors"

// ErrSyntax is wrapped by every parse error; the message says
// "file:line: what is wrong".
var ErrSyntax = errors.New("brat: syntax error")
