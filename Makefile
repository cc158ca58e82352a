# Building and installing coach.
#
#   make                       build the release binary (.build/release/coach), the
#                              Swift runtime, libstdc++, libedit and libyaml linked
#                              in: it starts faster, having far fewer libraries to
#                              load and symbols to relocate
#   make install [PREFIX=/usr/local] [DESTDIR=]
#                              bin/coach, share/coach/Prompts (with its tests/),
#                              share/man/man1/coach.1 and the bash, zsh and fish completions
#   make uninstall             takes away everything install put there
#
# COACH_BIN names another binary to install (the tests install the debug one).

PREFIX ?= /usr/local
DESTDIR ?=
COACH_BIN ?= .build/release/coach

root := $(DESTDIR)$(PREFIX)
bindir := $(root)/bin
promptsdir := $(root)/share/coach/Prompts
man1dir := $(root)/share/man/man1
bashdir := $(root)/share/bash-completion/completions
zshdir := $(root)/share/zsh/site-functions
fishdir := $(root)/share/fish/vendor_completions.d

.PHONY: all install uninstall record-tests FORCE

all: .build/release/coach

# libstdc++ is linked in too, when the compiler has its archive: its
# thousands of symbol relocations were most of what the dynamic linker
# still did at start-up. The toolchain's static link line names -lstdc++,
# which finds the shared library, so a linker script of that name, in a
# directory searched first, points it at the archive instead.
#
# This trick and the next write the checkout's path into link flags and
# files: a path with a space, '|' or '&' in it gets the shared libraries.
plain_path := $(if $(word 2,$(CURDIR))$(findstring |,$(CURDIR))$(findstring &,$(CURDIR)),,yes)
static_cxx := $(shell gcc -print-file-name=libstdc++.a 2>/dev/null)
cxxdir := $(CURDIR)/.build/static-libstdc++
ifneq ($(filter /%,$(static_cxx)),)
ifeq ($(plain_path),yes)
cxx_flags := -Xswiftc -L$(cxxdir)
endif
endif

# libedit (with the terminfo, libbsd and libmd it needs) and libyaml are
# linked in as well, when their archives are installed (libedit-dev and
# libyaml-dev bring them): four libraries fewer to find, map and relocate
# at every start. The link line's -ledit and -lyaml come from pkg-config
# (Package.swift), so .pc files of our own, first on PKG_CONFIG_PATH, send
# them to a folder where libedit.so and libyaml.so are linker scripts
# naming the archives. Without every archive, the shared libraries are used.
archive = $(shell gcc -print-file-name=lib$(1).a 2>/dev/null)
edit_archives := $(foreach name,edit tinfo bsd md,$(call archive,$(name)))
yaml_archive := $(call archive,yaml)
pcdir := $(dir $(yaml_archive))pkgconfig
libsdir := $(CURDIR)/.build/static-libs
ifeq ($(words $(wildcard $(edit_archives) $(yaml_archive) $(pcdir)/libedit.pc $(pcdir)/yaml-0.1.pc)),7)
ifeq ($(plain_path),yes)
libs_env := PKG_CONFIG_PATH=$(libsdir)$${PKG_CONFIG_PATH:+:$$PKG_CONFIG_PATH}
endif
endif

# coach never starts a thread (its signal handlers are C that only set
# flags), so its reference counts need no atomic instructions: about a
# tenth of a long replay's CPU went to lock-prefixed retains and releases.
# The tests build without this flag, and run in parallel; a test
# (SingleThreadTests) fails if coach itself ever makes a second thread.
single_thread := -Xswiftc -Xfrontend -Xswiftc -assume-single-threaded

.build/release/coach: FORCE
ifneq ($(cxx_flags),)
	@mkdir -p $(cxxdir) && printf 'INPUT(%s)\n' '$(static_cxx)' > $(cxxdir)/libstdc++.so
endif
ifneq ($(libs_env),)
	@mkdir -p $(libsdir)
	@printf 'INPUT(%s)\n' '$(edit_archives)' > $(libsdir)/libedit.so
	@printf 'INPUT(%s)\n' '$(yaml_archive)' > $(libsdir)/libyaml.so
	@sed 's|^Libs:.*|Libs: -L$(libsdir) -ledit|' $(pcdir)/libedit.pc > $(libsdir)/libedit.pc
	@sed 's|^Libs:.*|Libs: -L$(libsdir) -lyaml|' $(pcdir)/yaml-0.1.pc > $(libsdir)/yaml-0.1.pc
endif
	$(libs_env) swift build -c release --static-swift-stdlib --disable-local-rpath --product coach $(single_thread) $(cxx_flags)

install: $(COACH_BIN)
	install -d $(bindir) $(promptsdir)/tests $(man1dir) $(bashdir) $(zshdir) $(fishdir)
	install -m 755 $(COACH_BIN) $(bindir)/coach
	install -m 644 Prompts/*.yaml $(promptsdir)/
	install -m 644 Prompts/tests/* $(promptsdir)/tests/
	install -m 644 docs/coach.1 $(man1dir)/coach.1
	$(COACH_BIN) completions bash > $(bashdir)/coach
	$(COACH_BIN) completions zsh > $(zshdir)/_coach
	$(COACH_BIN) completions fish > $(fishdir)/coach.fish
	chmod 644 $(bashdir)/coach $(zshdir)/_coach $(fishdir)/coach.fish

uninstall:
	rm -f $(bindir)/coach $(man1dir)/coach.1
	rm -f $(bashdir)/coach $(zshdir)/_coach $(fishdir)/coach.fish
	rm -rf $(root)/share/coach

FORCE:

# Records the tests in Prompts/tests/ again from their NAME.answers files
# (first line '# coach start [SCRIPT...]', then one answer a line), with the
# clock fixed: for when a change to the scripts is one you meant.
# RECORD names the .answers files to record again (default: all). Each
# recording makes a new plan id, so record only what changed:
#   make record-tests COACH_BIN=.build/debug/coach RECORD=Prompts/tests/vague-goals.answers
RECORD ?= Prompts/tests/*.answers
record-tests: $(COACH_BIN)
	@set -e; for answers in $(RECORD); do \
	  name=$${answers%.answers}; \
	  scripts=$$(head -n 1 "$$answers" | sed -n 's/^# coach start *//p'); \
	  data=$$(mktemp -d); \
	  tail -n +2 "$$answers" | COACH_NOW=2026-11-25T09:00:00Z COACH_PROMPTS=Prompts \
	    $(COACH_BIN) start $$scripts --data-dir "$$data" > /dev/null; \
	  id=$$(ls "$$data/sessions"); \
	  cp "$$data/sessions/$$id/transcript.jsonl" "$$name.jsonl"; \
	  COACH_PROMPTS=Prompts $(COACH_BIN) export "$$id" --data-dir "$$data" --format json \
	    -o "$$name.plan.json"; \
	  rm -rf "$$data"; \
	  echo "recorded $$name.jsonl and $$name.plan.json"; \
	done
