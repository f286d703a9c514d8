# rapport — the two commands of the README are `make run` and `make test`.
# Each installs the Debian packages it needs (through sudo when not root), then builds.

SWIFT      ?= swift
BUILD_DEPS := libedit-dev libsqlite3-dev pkg-config
TEST_DEPS  := $(BUILD_DEPS) fortunes-min
BENCH_DEPS := $(BUILD_DEPS) fortune-mod fortunes-min hyperfine python3-venv
RELEASE    := $(SWIFT) build -c release --static-swift-stdlib
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run build test bench bench-lint eval fit-lint deps test-deps bench-deps clean

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

## bench: compare `rapport quote` with `fortune` (see bench/README.md)
bench: bench-deps build
	bench/quote-vs-fortune.sh

## bench-lint: compare `rapport lint` with proselint 0.16 (bench/lint-vs-proselint.sh)
bench-lint: bench-deps build
	bench/lint-vs-proselint.sh

## eval: the lint focus verdict's figures on the committed set and the local real set
## (REAL_TEXT, default Tests/RealText/local; see Tests/RealText/README.md)
REAL_TEXT ?= Tests/RealText/local
eval: deps
	$(SWIFT) build --product rapport
	scripts/real-text $(REAL_TEXT)

## fit-lint: refit models/lint-focus.json on the committed set + the local real set, then rebuild
fit-lint: deps
	$(SWIFT) build --product rapport
	scripts/real-text --check $(REAL_TEXT)
	"$$($(SWIFT) build --show-bin-path)/rapport" eval --fit --no-cross-validation --real $(REAL_TEXT) $(FIT_OPTIONS)
	$(SWIFT) build --product rapport

deps:
	@scripts/apt-ensure $(BUILD_DEPS)

test-deps:
	@scripts/apt-ensure $(TEST_DEPS)

bench-deps:
	@scripts/apt-ensure $(BENCH_DEPS)

clean:
	rm -rf .build
