# briefing: set-up, build, demo, tests, benchmarks and evaluation.
SWIFT ?= swift
PREFIX ?= /usr/local
JOBS ?= 2
APT_PACKAGES = libedit-dev libsqlite3-dev libxml2-dev pkg-config sqlite3 cmark
CORPUS ?= ../shared/corpus
RELEASE = .build/release/briefing

.PHONY: deps build release demo test install bench compare-yake eval-quotes eval-topics fuzz fuzz-ci lint clean

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

release: deps
	$(SWIFT) build -c release -j $(JOBS) --product briefing

# The main job on the shipped examples: load, curate, render the morning memo.
demo: release
	$(RELEASE) -f examples/morning.brief

test: deps
	$(SWIFT) build --build-tests -j $(JOBS)
	$(SWIFT) test --skip-build

install: release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/briefing/templates
	install -m 755 $(RELEASE) $(DESTDIR)$(PREFIX)/bin/briefing
	cp -R templates/. $(DESTDIR)$(PREFIX)/share/briefing/templates/

clean:
	rm -rf .build .build-*
