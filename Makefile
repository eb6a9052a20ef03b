# tonal — common tasks. `make test` is what CI runs.
GO ?= go
PKGS := ./...
# The race detector needs cgo and a C compiler; without one, tests run without it.
RACE := $(shell [ "$$($(GO) env CGO_ENABLED)" = 1 ] && command -v "$$($(GO) env CC)" >/dev/null 2>&1 && echo -race)

.PHONY: build test bench eval lint fmt sample clean

build:
	$(GO) build -o bin/tonal ./cmd/tonal

test:
	@test -z "$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))" || { echo "gofmt needed:"; gofmt -l .; exit 1; }
	$(GO) vet $(PKGS)
	$(GO) test $(RACE) $(PKGS)

bench:
	$(GO) test -run '^$$' -bench . -benchmem -cpu 1 $(PKGS)

eval:
	$(GO) run ./cmd/tonal eval quotes --gold datasets/quotes-gold datasets/quotes-gold
	$(GO) test -count 1 -v -run 'TestVaderParity|TestVaderAgreement|TestDimensionPrecisionRecall' ./scoring

lint:
	$(GO) vet $(PKGS)
	$(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2 $(PKGS)

fmt:
	gofmt -l -w .

sample:
	$(GO) run ./cmd/tonal run datasets/sample -o tonal-out --overwrite

clean:
	rm -rf bin tonal-out
