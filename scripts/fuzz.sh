#!/usr/bin/env bash
# Builds the libFuzzer targets (Sources/Fuzz*) with -sanitize=fuzzer,address and runs each one
# for SECONDS seconds, seeded from the project's own fixtures, examples and saved regressions.
#
#   scripts/fuzz.sh [-s SECONDS] [-p PARALLEL] [TARGET...]   (default: every target, 60 s each)
#
# Grown corpora stay in .build-fuzz/corpus/TARGET, logs in .build-fuzz/logs, crashing inputs in
# .build-fuzz/artifacts. Exits 1 when a target crashed or failed its check; the log names the
# input to add under Tests/BriefingKitTests/Fixtures/regressions/NAME/.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_EACH=60
PARALLEL=1
while getopts "s:p:" option; do
  case $option in
    s) SECONDS_EACH=$OPTARG ;;
    p) PARALLEL=$OPTARG ;;
    *) echo "usage: $0 [-s SECONDS] [-p PARALLEL] [TARGET...]" >&2; exit 64 ;;
  esac
done
shift $((OPTIND - 1))
ALL=(FuzzReader FuzzSentences FuzzQuotes FuzzTopics FuzzWords FuzzMemo)
TARGETS=("${@:-${ALL[@]}}")
SCRATCH=.build-fuzz
mkdir -p "$SCRATCH/logs" "$SCRATCH/artifacts"

# ld.gold cannot link sanitized executables; use the ld.lld that sits beside swiftc.
TOOLSET=fuzz/lld-toolset.json
LLD="$(dirname "$(readlink -f "$(command -v swiftc)")")/ld.lld"
if ! grep -q "\"$LLD\"" "$TOOLSET"; then
  TOOLSET=$SCRATCH/lld-toolset.json
  printf '{"schemaVersion": "1.0", "linker": {"path": "%s"}}\n' "$LLD" > "$TOOLSET"
fi

# Each target's main.swift calls LLVMFuzzerRunDriver itself (SwiftPM links it as <Module>_main,
# in place of libFuzzer's own main), so no -parse-as-library is needed.
for target in "${TARGETS[@]}"; do
  swift build -c release -j 2 --product "$target" --scratch-path "$SCRATCH" --toolset "$TOOLSET" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING
done
BIN=$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)

# The check's name: the regressions folder and the dictionary of each target.
check_name() {
  case $1 in
    FuzzReader) echo reader ;; FuzzSentences) echo sentences ;; FuzzQuotes) echo quotes ;;
    FuzzTopics) echo topics ;; FuzzWords) echo words ;; FuzzMemo) echo memo ;;
  esac
}

dictionary() {
  case $1 in
    FuzzReader) echo fuzz/readers.dict ;; FuzzWords) echo fuzz/words.dict ;;
    FuzzMemo) echo fuzz/memo.dict ;; *) echo fuzz/quotes.dict ;;
  esac
}

# Seeds: the fixtures and example articles (with the reader's format byte, or the quote
# checks' language byte, in front), the example script's lines, and its memo fields.
seed() {
  local target=$1 folder=$SCRATCH/seeds/$1 index=0 file byte
  rm -rf "$folder" && mkdir -p "$folder"
  for file in examples/articles/* Tests/BriefingKitTests/Fixtures/articles/*; do
    index=$((index + 1))
    case $target in
      FuzzReader)
        case $file in
          *.txt) byte=0 ;; *.md) byte=1 ;; *.html) byte=2 ;; *.jsonl) byte=4 ;; *.json) byte=3 ;;
        esac
        { printf "\\$(printf %o "$byte")"; cat "$file"; } > "$folder/$index"
        { printf '\005'; cat "$file"; } > "$folder/$index-sniffed" ;;
      FuzzSentences) cat "$file" > "$folder/$index" ;;
      FuzzQuotes | FuzzTopics) { printf '\000'; cat "$file"; } > "$folder/$index" ;;
      FuzzMemo) tr '\n' '\000' < "$file" | head -c 2000 > "$folder/$index" ;;
    esac
  done
  if [ "$target" = FuzzWords ] || [ "$target" = FuzzMemo ]; then
    index=0
    while IFS= read -r line; do
      index=$((index + 1))
      printf '%s' "$line" > "$folder/line-$index"
    done < examples/morning.brief
    grep '^set ' examples/morning.brief | cut -d' ' -f3- | tr '\n' '\000' > "$folder/fields"
  fi
}

run() {
  local target=$1 name corpus regressions
  name=$(check_name "$target")
  corpus=$SCRATCH/corpus/$target
  regressions=Tests/BriefingKitTests/Fixtures/regressions/$name
  mkdir -p "$corpus" "$regressions"
  seed "$target"
  SWIFT_BACKTRACE=enable=no nice -n 10 "$BIN/$target" "$corpus" "$SCRATCH/seeds/$target" \
    "$regressions" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 \
    -max_len=8192 -dict="$(dictionary "$target")" -print_final_stats=1 \
    -artifact_prefix="$SCRATCH/artifacts/$target-" > "$SCRATCH/logs/$target.log" 2>&1
}

status=0
running=0
for target in "${TARGETS[@]}"; do
  run "$target" &
  running=$((running + 1))
  if [ "$running" -ge "$PARALLEL" ]; then wait -n || status=1; running=$((running - 1)); fi
done
while [ "$running" -gt 0 ]; do wait -n || status=1; running=$((running - 1)); done

for target in "${TARGETS[@]}"; do
  log=$SCRATCH/logs/$target.log
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
  crash=$(grep -o "Test unit written to .*" "$log" | head -1 || true)
  printf '%-14s %10s runs in %ss  %s\n' "$target" "${runs:-?}" "$SECONDS_EACH" "${crash:-no crash}"
done
exit $status
