#!/bin/sh
# Compares briefing's whole pipeline with YAKE's key-phrase extraction on the BBC corpus, in
# one run on the same files, pinned to one core. Usage (from the repository root):
#   scripts/compare-yake.sh [BRIEFING_BINARY] [CORPUS_DIR] [--limit N] [--runs N]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
binary=${1:-$root/.build/release/briefing}
corpus=${2:-$root/../shared/corpus/bbc-news/bbc}
[ $# -gt 0 ] && shift
[ $# -gt 0 ] && shift
if [ ! -d "$corpus" ]; then
  echo "compare-yake: skipped, no corpus at $corpus"
  exit 0
fi
if [ ! -x "$binary" ]; then
  echo "compare-yake: no briefing binary at $binary; run 'make release' first" >&2
  exit 1
fi
pin=""
if command -v taskset >/dev/null 2>&1; then pin="taskset -c ${BENCH_CORE:-1}"; fi
exec $pin python3 "$root/scripts/compare_yake.py" "$binary" "$corpus" "$@"
