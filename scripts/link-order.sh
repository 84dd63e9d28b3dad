#!/usr/bin/env bash
# Writes scripts/link-order.txt, the order in which the release link (Makefile LINK_FLAGS) lays
# out functions: first those that run to reach the prompt, then those the commands run (first
# on a session just loaded, then the rest), then those only a load runs. Code that runs
# together then shares pages, so the process maps fewer of them (each page fault also maps the
# 64 KB around it, or the whole large folio the page cache holds it in). Profiled with callgrind on the
# shipped examples, so it needs valgrind and a release build, but no corpus:
#
#   make release && scripts/link-order.sh [.build/release/briefing]
#
# A stale order costs only memory: names that no longer exist are skipped at link time and
# new functions go after the listed ones. Regenerate it after large changes to the code.
set -euo pipefail
cd "$(dirname "$0")/.."
BINARY=${1:-.build/release/briefing}
OUT=scripts/link-order.txt
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# Valgrind 3.19 cannot read the toolchain's DWARF 5; the symbol table is all it needs here.
objcopy --strip-debug "$BINARY" "$WORK/briefing"
export SOURCE_DATE_EPOCH=1700000000

# profile NAME ARGS...: the functions one run executes, one mangled name a line.
profile() {
  local name=$1
  shift
  valgrind --tool=callgrind --demangle=no --callgrind-out-file="$WORK/$name.out" \
    "$WORK/briefing" "$@" >/dev/null 2>"$WORK/$name.log" || {
    cat "$WORK/$name.log" >&2
    exit 1
  }
  sed -n "s/^c\{0,1\}fn=([0-9]*) //p" "$WORK/$name.out" | sed "s/'[0-9]*$//" | sort -u >"$WORK/$name.names"
}

SESSION="$WORK/session.brief"
profile start -c quit
profile load --session "$SESSION" -c "load examples/articles"
# The first run of each command on a session just loaded builds the caches later runs read:
# the path the benchmark's memory figure takes, so it goes first.
cp "$SESSION" "$WORK/fresh.brief"
profile first --session "$WORK/fresh.brief" --templates templates -c "articles" -c "topics" \
  -c "quotes --speaker Okafor" -c "search bridge" -c "topic Kingsport" -c "memo"
profile commands --session "$SESSION" --templates templates -f examples/morning.brief \
  -c "articles" -c "topics" -c "quotes" -c "speakers" -c "search bridge" -c "show 1" \
  -c "topic Kingsport" -c "notes" -c "pins" -c "fields"

# Functions defined in the binary (the rest live in shared libraries), in phase order.
nm --defined-only "$WORK/briefing" | awk '$2 ~ /^[tTwW]$/ { print $3 }' | sort -u >"$WORK/defined"
: >"$WORK/seen"
: >"$OUT.tmp"
for phase in start first commands load; do
  comm -12 "$WORK/$phase.names" "$WORK/defined" | comm -23 - "$WORK/seen" >"$WORK/new"
  cat "$WORK/new" >>"$OUT.tmp"
  sort -u "$WORK/seen" "$WORK/new" -o "$WORK/seen"
  echo "$phase: $(wc -l <"$WORK/new") functions" >&2
done
mv "$OUT.tmp" "$OUT"
echo "wrote $OUT ($(wc -l <"$OUT") functions)" >&2
