#!/usr/bin/env bash
# pgo-train.sh BRIEFING [CORPUS [WORKDIR]] — the training run for the release build's profile-guided
# optimisation (`make release`; see the Makefile). BRIEFING is the instrumented build; each process
# it starts writes a .profraw where LLVM_PROFILE_FILE says. It runs what an analyst runs: the
# morning memo, then a session over the shipped examples (text, Markdown, HTML, JSONL; English and
# German) with every reading command. When the corpus is beside the checkout it also loads texts
# that are not the speed benchmark's (PolNeAR's training split in English, KPCrowd's French and
# Portuguese sets), so the hot loops are trained on real volume; BBC, which `make bench` and
# scripts/compare-yake.sh time, is left out.
set -euo pipefail
bin=$1
corpus=${2:-../shared/corpus}
cd "$(dirname "$0")/.."
export SWIFT_DETERMINISTIC_HASHING=1 SOURCE_DATE_EPOCH=1700000000
# A fixed working folder (not mktemp's random name), so that a training run counts the same.
work=${3:-.build-pgo/train}
rm -rf "$work"
mkdir -p "$work"

# Runs briefing with the arguments given; its messages are shown only when it fails.
run() {
  "$bin" "$@" > /dev/null 2> "$work/log" || { cat "$work/log" >&2; exit 1; }
}

# One session: load, then the commands of a morning's work, on the session's top topic.
session() {
  local db="$work/session.db" top
  run --session "$db" -c "load $1"
  top=$("$bin" --session "$db" -c 'topics --json --limit 1' | sed -n 's/^\[{"name":"\([^"]*\)".*/\1/p')
  run --session "$db" \
    -c 'articles --limit 50' -c 'quotes' -c 'quotes --json' -c 'speakers' \
    -c 'topics' -c 'topics --json' -c 'topics 1' -c "topic \"$top\"" \
    -c 'search minister OR bank* OR "said on"' -c 'show 1' \
    -c 'pin quote 1.1' -c "pin topic \"$top\"" -c 'set title Training' -c "memo --out $work/memo.md"
  rm -f "$db"
}

run -f examples/morning.brief
session examples/articles
if [ -d "$corpus/polnear/train/text" ]; then
  session "'$corpus/polnear/train/text'"
  session "'$corpus/kpcrowd/WikiNews-FR/docsutf8' '$corpus/kpcrowd/110-PT-BN-KP/docsutf8'"
else
  echo "pgo-train: no corpus at $corpus; trained on the shipped examples only" >&2
fi
