# rapport — the two commands of the README are `make run` and `make test`.
# Each installs the Debian packages it needs (through sudo when not root), then builds.

SWIFT      ?= swift
BUILD_DEPS := libedit-dev libsqlite3-dev pkg-config
TEST_DEPS  := $(BUILD_DEPS) fortunes-min
BENCH_DEPS := $(BUILD_DEPS) fortune-mod fortunes-min hyperfine python3-venv
RELEASE    := $(SWIFT) build -c release --static-swift-stdlib
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run build test golden bench bench-lint deps test-deps bench-deps clean

## run: install what is missing, build, and start the coaching shell
run: deps
	$(RELEASE) --product rapport
	@exec "$$($(RELEASE) --show-bin-path)/rapport"

## build: a release binary at .build/release/rapport (copy it anywhere)
build: deps
	$(RELEASE) --product rapport

## test: install what is missing, then run every test
test: test-deps
	$(SWIFT) test

## golden: re-record the golden discovery transcripts (read the diff before committing)
golden: test-deps
	$(SWIFT) build
	@for spec in Tests/RapportCLITests/Golden/Data/*.json; do \
	  home=$$(mktemp -d); \
	  XDG_DATA_HOME=$$home/data XDG_STATE_HOME=$$home/state HOME=$$home \
	    python3 Tests/RapportCLITests/Golden/Data/drive.py .build/debug/rapport $$spec || exit 1; \
	  rm -rf $$home; \
	done
	RAPPORT_UPDATE_GOLDEN=1 $(SWIFT) test --filter GoldenTranscriptTests

## bench: compare `rapport quote` with `fortune` (see bench/README.md)
bench: bench-deps build
	bench/quote-vs-fortune.sh

## bench-lint: compare `rapport lint` with proselint 0.16 (bench/lint-vs-proselint.sh)
bench-lint: bench-deps build
	bench/lint-vs-proselint.sh

deps:
	@scripts/apt-ensure $(BUILD_DEPS)

test-deps:
	@scripts/apt-ensure $(TEST_DEPS)

bench-deps:
	@scripts/apt-ensure $(BENCH_DEPS)

clean:
	rm -rf .build
