#!/usr/bin/env python3
"""Quality of newsminer's plain-text path on real wire copy (Reuters-21578).

Each story of ../shared/corpus/reuters21578/train.jsonl that has a title, a
dateline and a body is laid out as a scraper would save it:

    TITLE
    <blank line>
    CITY, Date - body (hard-wrapped lines as given, indents kept)

and parsed by bench/bin/nm_extract (core only: nm_parse_article on the
bytes).  Two variants are run: "plain" exactly as above (the corpus
datelines carry no agency, so agency must stay NULL, save the few that
credit it bare after the date, "ROME, March 13, Reuter -") and "agency", with
" (Reuters)" inserted before the dateline dash (agency must be "Reuters").
Printed per variant:

  title exact      extracted title == corpus title (white space squeezed)
  dateline exact   extracted dateline == corpus dateline_place
  agency           share of pages whose agency is the expected value
  body words       recall / precision of the \\w+ word multiset of the body
                   against the corpus dateline + body (macro average over
                   pages), and micro totals
  failures         counts: status not ok, empty body, title NULL, title
                   wrong, dateline NULL, dateline wrong, recall < 0.9,
                   precision < 0.9

Usage: bench/eval_text.py [--corpus DIR] [--limit N] [--show N]
                          [--variant plain|agency|both] [--cli PATH]
(--cli runs another build of nm_extract, e.g. one of main, for a before/after.)
Skips (exit 0) when the corpus is absent.  Standard library only.
"""
import argparse
import json
import os
import re
import sys
import tempfile
from collections import Counter

# the CLI build and batch runner are eval_extraction's (same directory)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import eval_extraction  # noqa: E402
from eval_extraction import build_cli, extract  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORD = re.compile(r"\w+", re.UNICODE)
DASH = re.compile(r"\s*-\s*$")
BARE_WIRE = re.compile(r",\s*Reuters?\s*-\s*$")


def squeeze(s):
    return " ".join((s or "").split())


def load(path, limit):
    stories, skipped = [], 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if not (d.get("title") or "").strip() or not (d.get("dateline") or "").strip() \
                    or not (d.get("body") or "").strip():
                skipped += 1
                continue
            stories.append(d)
            if limit and len(stories) >= limit:
                break
    return stories, skipped


def page_of(d, variant):
    dl = d["dateline"].strip()
    if variant == "agency":
        dl = DASH.sub("", dl) + " (Reuters) -"
    body = d["body"].rstrip()
    return d["title"].strip() + "\n\n" + dl + " " + body + "\n"


def overlap(gold, pred):
    g, p = Counter(WORD.findall(gold)), Counter(WORD.findall(pred or ""))
    return sum((g & p).values()), sum(g.values()), sum(p.values())


def run_variant(stories, variant, show):
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, d in enumerate(stories):
            p = os.path.join(tmp, "%05d.txt" % i)
            with open(p, "w", encoding="utf-8") as f:
                f.write(page_of(d, variant))
            paths.append(p)
        res = extract(paths)
        results = [res.get(p, {"status": "missing"}) for p in paths]

    fails = Counter()
    title_ok = dl_ok = ag_ok = 0
    rec_sum = prec_sum = 0.0
    n_prec = 0
    tot_tp = tot_g = tot_p = 0
    shown = Counter()
    want_agency = "Reuters" if variant == "agency" else None
    for d, r in zip(stories, results):
        def miss(kind, got, want):
            fails[kind] += 1
            if shown[kind] < show:
                shown[kind] += 1
                print("  [%s] newid %s: got %r want %r" % (kind, d["newid"], got, want))

        if r.get("status") != "ok":
            miss("status", r.get("status"), "ok")
        title = squeeze(r.get("title"))
        if title == squeeze(d["title"]):
            title_ok += 1
        elif not title:
            miss("title NULL", None, d["title"])
        else:
            miss("title wrong", title, d["title"])
        place = r.get("dateline")
        if place == d["dateline_place"]:
            dl_ok += 1
        elif place is None:
            miss("dateline NULL", (r.get("body") or "")[:60], d["dateline_place"])
        else:
            miss("dateline wrong", place, d["dateline_place"])
        want = want_agency
        if variant == "plain" and BARE_WIRE.search(d["dateline"]):
            want = "Reuters"
        if r.get("agency") == want:
            ag_ok += 1
        else:
            miss("agency", r.get("agency"), want)
        gold = page_of(d, variant).split("\n\n", 1)[1]
        tp, ng, np_ = overlap(gold, r.get("body"))
        rc = tp / ng if ng else 1.0
        rec_sum += rc
        if not r.get("body"):
            miss("empty body", None, gold[:60])
        else:
            pc = tp / np_ if np_ else 0.0
            prec_sum += pc
            n_prec += 1
            if pc < 0.9:
                miss("precision < 0.9", round(pc, 3), None)
        if rc < 0.9:
            miss("recall < 0.9", round(rc, 3), (r.get("title"), (r.get("body") or "")[:60]))
        tot_tp += tp
        tot_g += ng
        tot_p += np_
    n = len(stories)
    print("variant %s: %d pages" % (variant, n))
    print("  title exact     %.4f" % (title_ok / n))
    print("  dateline exact  %.4f" % (dl_ok / n))
    print("  agency %-8s %.4f" % ("=" + str(want_agency), ag_ok / n))
    print("  body words      recall %.4f  precision %.4f  (macro; precision over %d"
          " non-empty)" % (rec_sum / n, prec_sum / n_prec if n_prec else 0.0, n_prec))
    print("                  recall %.4f  precision %.4f  (micro)"
          % (tot_tp / tot_g if tot_g else 0.0, tot_tp / tot_p if tot_p else 0.0))
    print("  failures        " + (", ".join("%s %d" % kv for kv in sorted(fails.items()))
                                  or "none"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus"))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--show", type=int, default=0, help="print N misses of each kind")
    ap.add_argument("--variant", choices=["plain", "agency", "both"], default="both")
    ap.add_argument("--cli", help="an nm_extract binary to use instead of building one")
    args = ap.parse_args()
    path = os.path.join(args.corpus, "reuters21578", "train.jsonl")
    if not os.path.exists(path):
        print("reuters21578: corpus absent, skipped")
        return 0
    if args.cli:
        eval_extraction.CLI = os.path.abspath(args.cli)
    else:
        build_cli()
    stories, skipped = load(path, args.limit)
    print("reuters21578 train: %d stories laid out as text pages (%d without title,"
          " dateline or body skipped)" % (len(stories), skipped))
    for v in (["plain", "agency"] if args.variant == "both" else [args.variant]):
        run_variant(stories, v, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
