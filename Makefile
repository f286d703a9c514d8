# rapport — the two commands of the README are `make run` and `make test`.
# Each installs the Debian packages it needs (through sudo when not root), then builds.

SWIFT      ?= swift
BUILD_DEPS := libedit-dev libsqlite3-dev pkg-config
TEST_DEPS  := $(BUILD_DEPS) fortunes-min man-db groff-base binutils time
BENCH_DEPS := $(BUILD_DEPS) fortune-mod fortunes-min hyperfine python3-venv gcc time
RELEASE    := $(SWIFT) build -c release --static-swift-stdlib
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# make install: where (PREFIX; DESTDIR to stage a package) and which binary (BIN; default
# the release build, which it builds first).
PREFIX     ?= $(HOME)/.local
DESTDIR    ?=
BIN        ?=
# Man pages: swift-argument-parser's generate-manual (built by its plugin) reads the
# installed binary's help; dated by the last commit so a page changes only with the code.
export GENERATE_MANUAL := .build/debug/generate-manual-tool
export MAN_DATE ?= $(shell git log -1 --format=%cs 2>/dev/null || date +%F)

# What `make build` leaves beside the release binary (which keeps its debug info).
STRIPPED   := .build/rapport

.PHONY: run build test golden bench bench-startup bench-lint deps test-deps bench-deps static-libs clean \
	install uninstall manual eval fit-lint

## run: install what is missing, build, and start the coaching shell
run: deps static-libs
	$(RELEASE) --product rapport
	@exec "$$($(RELEASE) --show-bin-path)/rapport"

## build: a release binary at .build/release/rapport (with debug info) and .build/rapport (stripped; copy it anywhere)
build: deps static-libs
	$(RELEASE) --product rapport
	strip -o $(STRIPPED) "$$($(RELEASE) --show-bin-path)/rapport"
	@ls -l $(STRIPPED) | awk '{ printf "%s: %.1f MB stripped\n", $$NF, $$5 / 1e6 }'

## test: install what is missing, then run every test (and `make install` into a temporary prefix)
test: test-deps
	$(SWIFT) test
	scripts/test-install

## install: the stripped binary, man pages and shell completions under PREFIX (default ~/.local)
install: $(if $(BIN),,build) $(GENERATE_MANUAL)
	@PREFIX="$(PREFIX)" DESTDIR="$(DESTDIR)" scripts/install "$(or $(BIN),.build/release/rapport)"

## uninstall: remove exactly the files `make install` put under PREFIX
uninstall:
	@PREFIX="$(PREFIX)" DESTDIR="$(DESTDIR)" scripts/install --uninstall

## manual: the man pages of the binary `make install` would install, in .build/manual (man -l .build/manual/rapport.1)
manual: $(if $(BIN),,build) $(GENERATE_MANUAL)
	rm -rf .build/manual
	scripts/man-pages "$(or $(BIN),.build/release/rapport)" .build/manual

# The generate-manual plugin builds its tool first; asked for --help, it stops there.
$(GENERATE_MANUAL):
	@scripts/apt-ensure $(BUILD_DEPS)
	$(SWIFT) package plugin generate-manual --help >/dev/null

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

## bench: start-up against fortune and floors, JSON and line throughput against proselint (bench/README.md)
bench: bench-deps build
	bench/startup.sh
	bench/lint-vs-proselint.sh

## bench-startup: `rapport --version` and `rapport quote` against fortune, a C and a Swift "hello"
bench-startup: bench-deps build
	bench/startup.sh

## bench-lint: compare `rapport lint` with proselint 0.16 (bench/lint-vs-proselint.sh)
bench-lint: bench-deps build
	bench/lint-vs-proselint.sh

# Static archives (libstdc++, SQLite, libedit) that Package.swift's release link prefers.
static-libs:
	@scripts/static-libs .build/static-libs

## link-order: refresh scripts/link-order.txt, the functions a start-up runs (the release link
## places them side by side); needs valgrind
.PHONY: link-order
link-order: build
	@scripts/apt-ensure valgrind
	scripts/link-order .build/release/rapport scripts/link-order.txt
	$(RELEASE) --product rapport
	strip -o $(STRIPPED) "$$($(RELEASE) --show-bin-path)/rapport"

## eval: the lint focus verdict's figures on the committed set and the local real set
## (REAL_TEXT, default Tests/RealText/local; see Tests/RealText/README.md)
REAL_TEXT ?= Tests/RealText/local
eval: deps
	$(SWIFT) build --product rapport
	scripts/real-text $(REAL_TEXT)

## fit-lint: refit models/lint-focus.json and models/lint-words.tsv on the committed set + the local real set, then rebuild
fit-lint: deps
	$(SWIFT) build --product rapport
	scripts/real-text --check $(REAL_TEXT)
	"$$($(SWIFT) build --show-bin-path)/rapport" eval --fit --no-cross-validation --real $(REAL_TEXT) $(FIT_OPTIONS)
	$(SWIFT) build --product rapport

## eval-answers: the why-ladder's stop-or-dig figures on the written answers and the local real set
.PHONY: eval-answers fit-ladder
eval-answers: deps
	$(SWIFT) build --product rapport
	scripts/real-text --answers $(REAL_TEXT)

## eval-new-pages: the why-ladder fitted on the written answers + the first NEW_PAGES_AFTER real
## answers (the set before batches 2-4 and 6), scored on the answers after them (new pages)
NEW_PAGES_AFTER ?= 455
.PHONY: eval-new-pages
eval-new-pages: deps
	$(SWIFT) build --product rapport
	scripts/real-text --answers $(REAL_TEXT) -- --new-pages-after $(NEW_PAGES_AFTER) $(FIT_OPTIONS)

## fit-ladder: refit models/ladder.json and models/ladder-words.tsv on the written answers + the local real set, then rebuild
fit-ladder: deps
	$(SWIFT) build --product rapport
	scripts/real-text --answers --check $(REAL_TEXT)
	"$$($(SWIFT) build --show-bin-path)/rapport" eval --answers --fit-ladder --real $(REAL_TEXT) $(FIT_OPTIONS)
	$(SWIFT) build --product rapport

deps:
	@scripts/apt-ensure $(BUILD_DEPS)

test-deps:
	@scripts/apt-ensure $(TEST_DEPS)

bench-deps:
	@scripts/apt-ensure $(BENCH_DEPS)

clean:
	rm -rf .build
