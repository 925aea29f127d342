#!/usr/bin/env python3
"""eval_minerals.py -- quality of extract_minerals.

1. Recall of metal topic labels on the Reuters-21578 training split
   (../shared/corpus/reuters21578/train.jsonl; skipped when absent): a story
   labelled copper must yield copper, alum -> aluminium, iron-steel -> iron,
   strategic-metal -> any strategic/minor metal.
2. Precision on the adversarial sentence set kept in the regression suite
   (sql/minerals_adversarial.sql: each sentence with its expected minerals).
3. Precision and recall per mention on the held-out sets
   (bench/data/minerals_heldout.tsv, written before reading the rules, and
   minerals_heldout2.tsv, written after the fixes made against the first): a
   mention is right when it names the expected mineral on an overlapping span.

usage: python3 bench/eval_minerals.py [--misses] [--fp] [--heldout-errors]
Builds bench/bin/eval_minerals from src/core with cc first.
"""

import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REUTERS = os.path.join(ROOT, "..", "shared", "corpus", "reuters21578", "train.jsonl")
ADVERSARIAL = os.path.join(ROOT, "sql", "minerals_adversarial.sql")
HELDOUT = [os.path.join(ROOT, "bench", "data", f)
           for f in ("minerals_heldout.tsv", "minerals_heldout2.tsv")]
BIN = os.path.join(ROOT, "bench", "bin", "eval_minerals")

TOPICS = {
    "copper": {"copper"}, "gold": {"gold"}, "alum": {"aluminium"},
    "zinc": {"zinc"}, "lead": {"lead"}, "tin": {"tin"}, "nickel": {"nickel"},
    "silver": {"silver"}, "iron-steel": {"iron"}, "platinum": {"platinum"},
    "palladium": {"palladium"},
}
# strategic-metal: satisfied by any mineral that is not one of the base,
# precious or ferrous metals above
COMMON = {"copper", "gold", "aluminium", "zinc", "lead", "tin", "nickel",
          "silver", "iron", "coal", "diamond", "sulphur", "potash",
          "phosphate rock", "sodium"}


def build():
    subprocess.check_call(["make", "-s", "src/core/gen_minerals.c"], cwd=ROOT)
    os.makedirs(os.path.dirname(BIN), exist_ok=True)
    srcs = sorted(os.path.join("src/core", f) for f in os.listdir(os.path.join(ROOT, "src/core"))
                  if f.endswith(".c"))
    xml = subprocess.run(["pkg-config", "--cflags", "--libs", "libxml-2.0"],
                         capture_output=True, text=True).stdout.split()
    subprocess.check_call(["cc", "-std=gnu99", "-O2", "-Isrc/core", "-o", BIN,
                           "bench/eval_minerals.c"] + srcs + xml, cwd=ROOT)


def extract(texts):
    data = b"".join(b"%d\n%s" % (len(t.encode()), t.encode()) for t in texts)
    out = subprocess.run([BIN], input=data, capture_output=True, check=True).stdout
    res = []
    for line in out.decode("utf-8").split("\n"):
        if line.startswith("R\t"):
            res.append([])
        elif line.startswith("M\t"):
            _, name, form, matched, off = line.split("\t")
            res[-1].append((name, form, matched, int(off)))
    return res


def reuters(show_misses):
    if not os.path.exists(REUTERS):
        print("reuters: corpus absent (%s), skipped" % REUTERS)
        return None
    stories = [json.loads(line) for line in open(REUTERS, encoding="utf-8")]
    stories = [s for s in stories if any(t in TOPICS or t == "strategic-metal" for t in s["topics"])]
    empty = [s for s in stories if not (s["title"] or s["body"])]
    stories = [s for s in stories if s["title"] or s["body"]]
    if empty:
        print("reuters: %d labelled stories without title or body left out" % len(empty))
    texts = [(s["title"] or "") + "\n" + (s["body"] or "") for s in stories]
    got = extract(texts)
    hit = total = 0
    per = {}
    misses = []
    for s, m in zip(stories, got):
        names = {x[0] for x in m}
        for t in s["topics"]:
            if t in TOPICS:
                ok = bool(TOPICS[t] & names)
            elif t == "strategic-metal":
                ok = bool(names - COMMON)
            else:
                continue
            total += 1
            hit += ok
            a = per.setdefault(t, [0, 0])
            a[0] += ok
            a[1] += 1
            if not ok:
                misses.append((t, s["newid"], s["title"], sorted(names)))
    print("reuters recall of metal topic labels: %.4f (%d/%d labels, %d stories)"
          % (hit / total, hit, total, len(stories)))
    print("  " + ", ".join("%s %d/%d" % (t, a[0], a[1]) for t, a in sorted(per.items())))
    if show_misses:
        for t, nid, title, names in misses:
            print("  miss %-15s newid %-6s %s -> %s" % (t, nid, title, names))
    return hit / total


def adversarial(show_fp):
    if not os.path.exists(ADVERSARIAL):
        print("adversarial: %s absent" % ADVERSARIAL)
        return None
    src = open(ADVERSARIAL, encoding="utf-8").read()
    # rows: (n, $s$sentence$s$, '{expected,minerals}')
    rows = re.findall(r"\(\s*(\d+),\s*\$s\$(.*?)\$s\$,\s*'\{(.*?)\}'\s*\)", src, re.S)
    sents = [r[1] for r in rows]
    got = extract(sents)
    tp = fp = fn = 0
    for (n, s, exp), m in zip(rows, got):
        expected = {e.strip().strip('"') for e in exp.split(",") if e.strip()}
        names = {x[0] for x in m}
        tp += len(names & expected)
        fp += len(names - expected)
        fn += len(expected - names)
        if show_fp and (names - expected or expected - names):
            print("  #%s extra %s missing %s: %s" % (n, sorted(names - expected),
                                                    sorted(expected - names), s))
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    print("adversarial set: %d sentences, precision %.4f, recall %.4f (tp %d, fp %d, fn %d)"
          % (len(rows), prec, rec, tp, fp, fn))
    return prec


def find_word(raw, surface, start):
    """First occurrence of surface at or after start that is not part of a
    longer word ("Ta" is not in "Tantalum")."""
    pos = raw.find(surface, start)
    while pos >= 0:
        before = raw[pos - 1:pos]
        after = raw[pos + len(surface):pos + len(surface) + 1]
        if not (before.isalnum() or after.isalnum()):
            return pos
        pos = raw.find(surface, pos + 1)
    return -1


def heldout_gold(sentence, expected):
    """[(name, byte start, byte end, optional)] of one held-out row."""
    gold = []
    seen = {}
    raw = sentence.encode()
    if expected.strip() == "-":
        return gold
    for item in expected.split(";"):
        item = item.strip()
        optional = item.startswith("?")
        name, surface = item.lstrip("?").split("=", 1)
        key = (name, surface)
        nth = seen.get(key, 0)
        seen[key] = nth + 1
        pos = -1
        for _ in range(nth + 1):
            pos = find_word(raw, surface.encode(), pos + 1)
        if pos < 0:
            raise ValueError("surface %r not in %r" % (surface, sentence))
        gold.append((name, pos, pos + len(surface.encode()), optional))
    return gold


def heldout(path, show_errors):
    if not os.path.exists(path):
        print("held-out: %s absent" % path)
        return None
    rows = [line.rstrip("\n").split("\t") for line in open(path, encoding="utf-8")
            if line.strip() and not line.startswith("#")]
    got = extract([r[0] for r in rows])
    tp = fp = fn = 0
    stp = sfp = sfn = 0
    for (sentence, expected), m in zip(rows, got):
        gold = heldout_gold(sentence, expected)
        used = set()
        wrong = []
        for name, _form, matched, off in m:
            end = off + len(matched.encode())
            hit = None
            for i, (gname, gs, ge, _opt) in enumerate(gold):
                if i not in used and gname == name and gs < end and off < ge:
                    hit = i
                    break
            if hit is None:
                fp += 1
                wrong.append("extra %s '%s'" % (name, matched))
                continue
            used.add(hit)
            if not gold[hit][3]:
                tp += 1
        for i, (gname, gs, ge, opt) in enumerate(gold):
            if i not in used and not opt:
                fn += 1
                wrong.append("missed %s '%s'" % (gname, sentence.encode()[gs:ge].decode()))
        # the same per sentence, as sets of minerals (the adversarial measure)
        names = {x[0] for x in m}
        need = {g[0] for g in gold if not g[3]}
        allowed = {g[0] for g in gold}
        stp += len(names & need)
        sfp += len(names - allowed)
        sfn += len(need - names)
        if show_errors and wrong:
            print("  %s: %s" % ("; ".join(wrong), sentence))
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    print("%s: %d sentences, per mention precision %.4f, recall %.4f "
          "(tp %d, fp %d, fn %d)" % (os.path.basename(path), len(rows), prec, rec, tp, fp, fn))
    print("  per sentence (sets of minerals): precision %.4f, recall %.4f (tp %d, fp %d, fn %d)"
          % (stp / (stp + sfp) if stp + sfp else 1.0, stp / (stp + sfn) if stp + sfn else 1.0,
             stp, sfp, sfn))
    return prec, rec


def main():
    build()
    reuters("--misses" in sys.argv)
    adversarial("--fp" in sys.argv)
    for path in HELDOUT:
        heldout(path, "--heldout-errors" in sys.argv)


if __name__ == "__main__":
    main()
