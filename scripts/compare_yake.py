#!/usr/bin/env python3
"""Throughput of YAKE and of briefing on the same article files, measured in one run.

usage: compare_yake.py BRIEFING_BINARY CORPUS_DIR [--limit N] [--runs N]

YAKE (defaults, top 10 key phrases) runs in this process over the texts, read beforehand, the
way analysts would script it. briefing runs as a user runs it: one process that loads the
files (read, parse, language, quotes, topics) and then lists every quote and the session's
topics as JSON; its wall-clock time includes start-up and reading. In a session held in
memory, as here, the full-text index and the articles' summaries are made when first needed
(a search; an article listing, `show`, `memo` or `save`), so this run does not make them.
"""
import argparse
import glob
import os
import statistics
import subprocess
import sys
import time


def corpus_files(directory, limit):
    files = sorted(glob.glob(os.path.join(directory, "*", "*.txt")))
    return files[:limit] if limit else files


def yake_rate(files):
    import yake  # imported here so that a missing package gives a clear message below

    texts = [open(f, encoding="utf-8", errors="replace").read() for f in files]
    extractor = yake.KeywordExtractor(top=10)
    start = time.perf_counter()
    for text in texts:
        extractor.extract_keywords(text)
    return time.perf_counter() - start, getattr(yake, "__version__", "?")


def briefing_seconds(binary, files, directory, runs):
    if len(files) == len(glob.glob(os.path.join(directory, "*", "*.txt"))):
        load = ["load '%s'" % os.path.join(directory, "*", "*.txt")]
    else:
        load = ["load " + " ".join("'%s'" % f for f in files)]
    command = [binary]
    for line in load + ["quotes --json", "topics --json"]:
        command += ["-c", line]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append(time.perf_counter() - start)
        if done.returncode != 0:
            sys.exit("briefing failed: " + done.stderr.decode(errors="replace")[-2000:])
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("corpus")
    parser.add_argument("--limit", type=int, default=0, help="only the first N files")
    parser.add_argument("--runs", type=int, default=3, help="briefing runs (median counts)")
    args = parser.parse_args()
    files = corpus_files(args.corpus, args.limit)
    if not files:
        sys.exit("no */*.txt files under " + args.corpus)
    megabytes = sum(os.path.getsize(f) for f in files) / 1e6
    print("files: %d (%s/*/*.txt, %.1f MB)" % (len(files), args.corpus, megabytes))
    ours = briefing_seconds(args.binary, files, args.corpus, args.runs)
    ours_rate = len(files) / ours
    print("briefing (load + quotes + topics, one process, median of %d): %d articles in %.2f s"
          " = %.0f articles/s" % (args.runs, len(files), ours, ours_rate), flush=True)
    try:
        theirs, version = yake_rate(files)
    except ImportError:
        sys.exit("YAKE is not installed: pip install yake")
    theirs_rate = len(files) / theirs
    print("YAKE %s (defaults, top 10, one process): %d articles in %.1f s = %.1f articles/s"
          % (version, len(files), theirs, theirs_rate))
    ratio = ours_rate / theirs_rate
    print("ratio: briefing is %.0f× YAKE's articles/s (target: at least 100×)%s"
          % (ratio, "" if ratio >= 100 else " — MISSED"))


if __name__ == "__main__":
    main()
