# rapport — the two commands of the README are `make run` and `make test`.
# Each installs the Debian packages it needs (through sudo when not root), then builds.

SWIFT      ?= swift
# Where `make install` puts rapport: PREFIX/bin, PREFIX/share/man/man1 and the shells' folders.
PREFIX     ?= $(HOME)/.local
# `make install CONFIG=debug` installs the debug build (the install test uses it: no release build).
CONFIG     ?= release
BUILD_DEPS := libedit-dev libsqlite3-dev pkg-config
TEST_DEPS  := $(BUILD_DEPS) fortunes-min man-db
BENCH_DEPS := $(BUILD_DEPS) fortune-mod fortunes-min hyperfine python3-venv gcc time
RELEASE    := $(SWIFT) build -c release --static-swift-stdlib
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# What `make build` and `make install` produce.
STRIPPED   := .build/rapport
MANUAL     := .build/rapport.1
COMPLETION := .build/completions

.PHONY: run build test test-install bench bench-startup bench-json bench-lint install uninstall \
	manual completions deps test-deps bench-deps static-cxx clean

## run: install what is missing, build, and start the coaching shell
run: deps static-cxx
	$(RELEASE) --product rapport
	@exec "$$($(RELEASE) --show-bin-path)/rapport"

## build: a release binary at .build/release/rapport (with debug info) and .build/rapport (stripped)
build: deps static-cxx
	$(RELEASE) --product rapport
	strip -o $(STRIPPED) "$$($(RELEASE) --show-bin-path)/rapport"
	@ls -l $(STRIPPED) | awk '{ printf "%s: %.1f MB stripped\n", $$NF, $$5 / 1e6 }'

## test: install what is missing, then run every test, then install into a temporary prefix
test: test-deps
	$(SWIFT) test
	$(MAKE) --no-print-directory test-install

## test-install: `make install` into a temporary prefix, `man -l` its page, then `make uninstall`
test-install: test-deps
	scripts/test-install

## bench: start-up against fortune and floors, JSON and line throughput against proselint
bench: bench-deps build
	bench/startup.sh
	bench/lint-vs-proselint.sh

bench-startup: bench-deps build
	bench/startup.sh

## bench-lint: `rapport lint` against proselint 0.16 (bench/lint-vs-proselint.sh)
bench-lint: bench-deps build
	bench/lint-vs-proselint.sh

## install: the stripped binary, its man page and bash/zsh/fish completions under PREFIX
install: $(if $(filter debug,$(CONFIG)),,build) manual completions
	install -d "$(PREFIX)/bin" "$(PREFIX)/share/man/man1" \
		"$(PREFIX)/share/bash-completion/completions" "$(PREFIX)/share/zsh/site-functions" \
		"$(PREFIX)/share/fish/vendor_completions.d"
	install -m 0755 $(if $(filter debug,$(CONFIG)),"$$($(SWIFT) build --show-bin-path)/rapport",$(STRIPPED)) \
		"$(PREFIX)/bin/rapport"
	install -m 0644 $(MANUAL) "$(PREFIX)/share/man/man1/rapport.1"
	install -m 0644 $(COMPLETION)/rapport.bash "$(PREFIX)/share/bash-completion/completions/rapport"
	install -m 0644 $(COMPLETION)/_rapport "$(PREFIX)/share/zsh/site-functions/_rapport"
	install -m 0644 $(COMPLETION)/rapport.fish "$(PREFIX)/share/fish/vendor_completions.d/rapport.fish"
	@echo "Installed rapport in $(PREFIX)/bin; try: man rapport"
	@case ":$$PATH:" in *":$(PREFIX)/bin:"*) ;; *) echo "Add $(PREFIX)/bin to your PATH to run it by name.";; esac

## uninstall: remove what `make install` put under PREFIX
uninstall:
	rm -f "$(PREFIX)/bin/rapport" "$(PREFIX)/share/man/man1/rapport.1" \
		"$(PREFIX)/share/bash-completion/completions/rapport" \
		"$(PREFIX)/share/zsh/site-functions/_rapport" \
		"$(PREFIX)/share/fish/vendor_completions.d/rapport.fish"

## manual: rapport.1 from the commands' own help (swift-argument-parser's generate-manual plugin)
manual: deps
	$(SWIFT) package plugin generate-manual --configuration debug
	@# mdoc wants .Pp, not empty lines, between paragraphs.
	sed 's/^$$/.Pp/' .build/plugins/GenerateManual/outputs/rapport/rapport.1 > $(MANUAL)

## completions: the bash, zsh and fish scripts, written by rapport itself
completions: deps
	$(SWIFT) build --product rapport
	mkdir -p $(COMPLETION)
	bin="$$($(SWIFT) build --show-bin-path)/rapport"; \
	"$$bin" --generate-completion-script bash > $(COMPLETION)/rapport.bash && \
	"$$bin" --generate-completion-script zsh > $(COMPLETION)/_rapport && \
	"$$bin" --generate-completion-script fish > $(COMPLETION)/rapport.fish

# A link to the static libstdc++.a, which Package.swift's release link flags look for.
static-cxx:
	@mkdir -p .build/static-cxx
	@archive="$$(cc -print-file-name=libstdc++.a 2>/dev/null)"; \
	if [ -f "$$archive" ]; then ln -sf "$$archive" .build/static-cxx/libstdc++.a; fi

deps:
	@scripts/apt-ensure $(BUILD_DEPS)

test-deps:
	@scripts/apt-ensure $(TEST_DEPS)

bench-deps:
	@scripts/apt-ensure $(BENCH_DEPS)

clean:
	rm -rf .build
