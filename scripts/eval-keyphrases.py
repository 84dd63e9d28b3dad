#!/usr/bin/env python3
"""Key-phrase quality of briefing's per-article topics against YAKE, on the KPCrowd-style sets.

For each data set (500N-KPCrowd in English, WikiNews-FR, 110-PT-BN-KP) it loads the documents
into the binary, asks `topics ID --json --limit 10` for each, and scores the names with F1@10
against the gold keys (lowercased, Porter-stemmed exact match: the protocol of
../shared/eval/kpcrowd.py). YAKE runs on the same documents in the same process, with its
defaults and with n=1.

Tuning used the even-numbered documents of each set (0, 2, 4, ... in name order); `--part test`
reports on the odd-numbered ones that tuning never saw, `--part all` on everything.

Usage (from the repository root, after `swift build -c release`):
  python3 scripts/eval-keyphrases.py .build/release/briefing ../shared/corpus/kpcrowd --part test
Needs `pip install yake nltk`. Exit status 0 when briefing reaches F1@10 >= 0.20 on
500N-KPCrowd and beats YAKE (both settings) on every set.
"""
import argparse, glob, json, os, re, subprocess, sys, tempfile, time

from nltk.stem import PorterStemmer

SETS = [("500N-KPCrowd-v1.1", "en"), ("WikiNews-FR", "fr"), ("110-PT-BN-KP", "pt")]
stemmer = PorterStemmer()


def norm(phrase):
    return " ".join(stemmer.stem(w) for w in re.findall(r"\w+", phrase.lower()))


def f1_at_10(predicted, gold):
    predicted = [norm(p) for p in predicted][:10]
    hits = len({p for p in predicted if p in gold})
    if not predicted or not gold or not hits:
        return 0.0
    precision, recall = hits / len(predicted), hits / len(gold)
    return 2 * precision * recall / (precision + recall)


def documents(root, name, part):
    files = sorted(glob.glob(os.path.join(root, name, "docsutf8", "*.txt")))
    if part == "tune":
        files = files[0::2]
    elif part == "test":
        files = files[1::2]
    gold = {}
    for path in files:
        key = os.path.join(root, name, "keys", os.path.basename(path)[:-4] + ".key")
        with open(key, encoding="utf-8", errors="replace") as handle:
            gold[path] = {norm(line) for line in handle if line.strip()}
    return files, gold


def json_documents(text):
    decoder, pos, found = json.JSONDecoder(), 0, []
    while pos < len(text):
        while pos < len(text) and text[pos] not in "[{":
            pos += 1
        if pos >= len(text):
            break
        value, pos = decoder.raw_decode(text, pos)
        found.append(value)
    return found


def briefing_topics(binary, files):
    """Topic names per file, from one run of the binary over a folder of plain copies."""
    folder = tempfile.mkdtemp()
    for path in files:
        with open(path, encoding="utf-8", errors="replace") as source:
            text = source.read()
        with open(os.path.join(folder, os.path.basename(path)), "w", encoding="utf-8") as copy:
            copy.write(text)
    run = subprocess.run([binary, "-c", f'load "{folder}"', "-c", "articles --json"],
                         capture_output=True, text=True, timeout=600)
    articles = json_documents(run.stdout)[0]
    ids = {os.path.basename(a["path"]): a["id"] for a in articles}
    order = [p for p in files if os.path.basename(p) in ids]
    script = os.path.join(folder, "topics.brief")
    with open(script, "w", encoding="utf-8") as handle:
        handle.write(f'load "{folder}"\n')
        for path in order:
            handle.write(f"topics {ids[os.path.basename(path)]} --json --limit 10\n")
    started = time.perf_counter()
    run = subprocess.run([binary, "-f", script], capture_output=True, text=True, timeout=600)
    elapsed = time.perf_counter() - started
    outputs = json_documents(run.stdout)
    if len(outputs) != len(order):
        sys.exit(f"expected {len(order)} JSON documents, got {len(outputs)}: {run.stderr[:500]}")
    return {p: [t.get("name", "") for t in o] for p, o in zip(order, outputs)}, elapsed


def yake_topics(files, language, n):
    import yake
    extractor = yake.KeywordExtractor(lan=language, n=n, top=10) if n else \
        yake.KeywordExtractor(lan=language, top=10)
    result = {}
    for path in files:
        with open(path, encoding="utf-8", errors="replace") as handle:
            result[path] = [k for k, _ in extractor.extract_keywords(handle.read())]
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("binary")
    parser.add_argument("corpus", help="folder holding the three data sets")
    parser.add_argument("--part", choices=["tune", "test", "all"], default="test")
    parser.add_argument("--no-yake", action="store_true", help="only briefing (for tuning)")
    parser.add_argument("--sets", default="en,fr,pt", help="languages to run: en,fr,pt")
    args = parser.parse_args()
    wanted = args.sets.split(",")
    ok = True
    for name, language in SETS:
        if language not in wanted:
            continue
        files, gold = documents(args.corpus, name, args.part)
        if not files:
            print(f"{name}: no documents under {args.corpus}; skipped")
            continue
        predicted, elapsed = briefing_topics(args.binary, files)
        ours = sum(f1_at_10(predicted.get(p, []), gold[p]) for p in files) / len(files)
        line = f"{name} ({language}, {args.part}, {len(files)} docs): briefing {ours:.3f}"
        if not args.no_yake:
            default = yake_topics(files, language, 0)
            single = yake_topics(files, language, 1)
            yd = sum(f1_at_10(default[p], gold[p]) for p in files) / len(files)
            y1 = sum(f1_at_10(single[p], gold[p]) for p in files) / len(files)
            line += f", YAKE default {yd:.3f}, YAKE n=1 {y1:.3f}"
            ok = ok and ours > max(yd, y1)
        if language == "en":
            ok = ok and ours >= 0.20
        print(line + f"  [{elapsed:.1f} s for load and topics]")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
