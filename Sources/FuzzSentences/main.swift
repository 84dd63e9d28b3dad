// The `FuzzSentences` fuzz target: libFuzzer drives `SentenceCheck` when scripts/fuzz.sh builds it
// (-DFUZZING -sanitize=fuzzer); a plain build replays the input files it is given.
import FuzzSupport

FuzzDriver.main { data, size in FuzzDriver.test(SentenceCheck.self, data, size) }
