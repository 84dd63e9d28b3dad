# briefing: set-up, build, demo, tests, benchmarks and evaluation.
SWIFT ?= swift
PREFIX ?= /usr/local
JOBS ?= 2
APT_PACKAGES = libedit-dev libsqlite3-dev libxml2-dev pkg-config sqlite3 cmark
CORPUS ?= ../shared/corpus
RELEASE = .build/release/briefing
BENCH_CORE ?= 1
BENCH_SIZES ?= 1000,5000,20000
PIN = $(shell command -v taskset >/dev/null 2>&1 && echo taskset -c $(BENCH_CORE))
# Release builds link the Swift runtime and Foundation statically when the toolchain ships them:
# the process then maps only the pages it uses (start-up 28 -> 22 MB resident, 17 -> 14 ms).
STATIC_DIR = $(shell dirname "$$(readlink -f "$$(command -v $(SWIFT))")")/../lib/swift_static/linux
STATIC ?= $(shell test -f $(STATIC_DIR)/libFoundation.a && echo --static-swift-stdlib)
# Release link with the ld.lld that ships beside swiftc, for a smaller resident set (issue 7):
# packed relative relocations (RELR: the 86,000 pointer fix-ups read at every start take 16 KB
# instead of 2 MB), no export of every symbol (a 0.7 MB dynamic symbol table nothing looks up;
# backtraces read the full symbol table and DWARF), and functions laid out in the order of
# scripts/link-order.txt, so that code which runs together shares pages (regenerate it with
# scripts/link-order.sh). Each function is compiled into a section of its own: with `-g` (which
# SwiftPM passes in release) swiftc otherwise puts a file's functions in one section, and the
# linker can only move whole sections, so most of the order was ignored (the commands' peak
# 19.8 -> 19.5 MB at 1,000 articles). Only the shared libraries it calls are loaded at start
# (scripts/link-as-needed.cfg: not libxml2, which the HTML reader opens on first use).
# Start-up 21 -> 14 MB resident. `make LINK= release` links as before.
LLD = $(shell dirname "$$(readlink -f "$$(command -v $(SWIFT))")")/ld.lld
LINK ?= $(shell test -x $(LLD) && echo lld)
LINK_FLAGS = $(if $(LINK),-Xswiftc -use-ld=lld -Xlinker -z -Xlinker pack-relative-relocs \
  -Xswiftc -Xfrontend -Xswiftc -function-sections \
  -Xlinker --no-export-dynamic -Xlinker --symbol-ordering-file=$(CURDIR)/scripts/link-order.txt \
  -Xlinker --no-warn-symbol-ordering \
  -Xswiftc -Xclang-linker -Xswiftc --config=$(CURDIR)/scripts/link-as-needed.cfg)
# Profile-guided optimisation (issue 7): the release products are compiled with LLVM's IR-level
# profile of a training run (scripts/pgo-train.sh: the morning memo, a session over the examples
# and, when the corpus is there, texts that are not BBC's), so branches are laid out the way they go,
# hot calls are inlined and cold code is kept out of the way: 4.3-4.6% fewer instructions for the
# BBC pipeline, same output. `make release` first builds an instrumented briefing in .build-pgo
# (the profile runtime linked by hand: the driver does not pass -ir-profile-generate on), runs the
# training, and merges the counts. The driver does not notice a changed -Xfrontend flag, so when
# the profile changes the project's objects are removed to be compiled again. `make PGO= release`
# builds once, without a profile. (-profile-use, the SIL-level kind, crashes Swift 6.3's
# optimiser on any function with a block the training never ran.)
TOOLCHAIN = $(shell dirname "$$(readlink -f "$$(command -v $(SWIFT))")")
PROFDATA = $(TOOLCHAIN)/llvm-profdata
PROFILE_RT = $(firstword $(wildcard $(TOOLCHAIN)/../lib/clang/*/lib/linux/libclang_rt.profile-$(shell uname -m).a))
PGO ?= $(shell test -x $(PROFDATA) && test -n "$(PROFILE_RT)" && echo 1)
PGO_DIR = .build-pgo
PGO_PROFILE = $(CURDIR)/.build/pgo/briefing.profdata
PGO_USE = $(if $(PGO),-Xswiftc -Xfrontend -Xswiftc -ir-profile-use=$(PGO_PROFILE))
RELEASE_BUILD = $(SWIFT) build -c release -j $(JOBS) $(STATIC) $(LINK_FLAGS) $(PGO_USE)

.PHONY: deps build pgo-profile release demo test install bench compare-yake eval-quotes eval-topics fuzz fuzz-ci lint clean

# Install the C libraries the package links against, when any is missing (Debian).
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build -j $(JOBS)

release: deps pgo-profile
	$(RELEASE_BUILD) --product briefing

# The training profile for the release build (see PGO above); nothing to do with PGO= . The
# training runs again only when the instrumented build changed (the sources did).
pgo-profile: deps
ifneq ($(PGO),)
	$(SWIFT) build -c release -j $(JOBS) $(STATIC) --scratch-path $(PGO_DIR) --product briefing \
	  $(if $(LINK),-Xswiftc -use-ld=lld) -Xswiftc -Xfrontend -Xswiftc -ir-profile-generate \
	  -Xlinker $(PROFILE_RT) -Xlinker -u -Xlinker __llvm_profile_runtime
	@if [ -f $(PGO_PROFILE) ] && cmp -s $(PGO_DIR)/release/briefing $(PGO_DIR)/trained; then \
	  echo "pgo: profile up to date"; else \
	  set -e; rm -rf $(PGO_DIR)/raw; \
	  LLVM_PROFILE_FILE=$(CURDIR)/$(PGO_DIR)/raw/%p.profraw \
	    scripts/pgo-train.sh $(PGO_DIR)/release/briefing $(CORPUS) $(PGO_DIR)/train; \
	  mkdir -p $(dir $(PGO_PROFILE)); \
	  $(PROFDATA) merge -o $(PGO_PROFILE) $(PGO_DIR)/raw/*.profraw; \
	  cp $(PGO_DIR)/release/briefing $(PGO_DIR)/trained; \
	  rm -f .build/release/BriefingKit.build/*.o .build/release/briefing*.build/*.o; \
	  echo "pgo: trained; the release objects are compiled again with the new profile"; fi
endif

# The main job on the shipped examples: load, curate, render the morning memo.
demo: release
	$(RELEASE) -f examples/morning.brief

test: deps
	$(SWIFT) build --build-tests -j $(JOBS)
	$(SWIFT) test --skip-build

# Speed (issue 7): the benchmark report in release mode on one core, then start-up with hyperfine.
bench: deps pgo-profile
	$(RELEASE_BUILD) --product briefing
	$(RELEASE_BUILD) --product briefing-bench
	$(PIN) .build/release/briefing-bench --corpus $(CORPUS)/bbc-news/bbc --sizes $(BENCH_SIZES)
	@if command -v hyperfine >/dev/null 2>&1; then \
	  $(PIN) hyperfine -N --warmup 5 --runs 50 '$(RELEASE) -c quit'; fi

# Briefing's whole pipeline against YAKE on the BBC corpus, same files, same run, one core.
compare-yake: release
	BENCH_CORE=$(BENCH_CORE) scripts/compare-yake.sh $(RELEASE) $(CORPUS)/bbc-news/bbc

# Topics (issue 5): F1@10 of `topics ID --limit 10` against KPCrowd's keys, beside YAKE, on the
# test half (odd-numbered documents; tuning used the even ones). PART=tune|test|all.
PART ?= test
# Quotes and speakers on the held-out test splits (PolNeAR, German WikiNews), both covers.
eval-quotes: deps pgo-profile
	$(RELEASE_BUILD) --product briefing-eval
	.build/release/briefing-eval polnear $(CORPUS)/polnear/test
	.build/release/briefing-eval wikinews $(CORPUS)/german-wikinews-quotes/compact_all_splits.jsonl --split test

eval-topics: release
	python3 scripts/eval-keyphrases.py $(RELEASE) $(CORPUS)/kpcrowd --part $(PART)

install: release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/briefing/templates
	install -m 755 $(RELEASE) $(DESTDIR)$(PREFIX)/bin/briefing
	cp -R templates/. $(DESTDIR)$(PREFIX)/share/briefing/templates/

# libFuzzer: every target in Sources/Fuzz* for SECONDS each, PARALLEL at a time (scripts/fuzz.sh).
SECONDS ?= 600
PARALLEL ?= 1
fuzz: deps
	scripts/fuzz.sh -s $(SECONDS) -p $(PARALLEL)

# The short pass CI runs after the tests: 10 s per target, about a minute of fuzzing in all.
fuzz-ci: deps
	scripts/fuzz.sh -s 10

# The style check CI runs: swift format with the checked-in .swift-format.
lint:
	$(SWIFT) format lint --strict -r Sources Tests

clean:
	rm -rf .build .build-*
