#!/usr/bin/env python3
"""Extraction quality of newsminer's HTML path on the two shared corpora.

Runs bench/bin/nm_extract (core only: nm_bytes_to_utf8 + nm_parse_article)
over
  ../shared/corpus/aeb             scrapinghub article-extraction-benchmark
  ../shared/corpus/trafilatura-dev trafilatura evaluation, development split
and prints the metrics defined in ../shared/corpus/README.md:

  AEB: tokens = \\w+ (Unicode, case-sensitive), multisets of 4-token shingles
       (shorter texts: one short shingle), per-page tp/fp/fn normalised to
       sum 1; precision averaged over pages with a non-empty prediction,
       recall over pages with a non-empty truth; F1 = harmonic mean of the
       two averages; plus the number of empty outputs.
  trafilatura-dev: whitespace collapsed on both sides; a snippet is found
       when it is a substring of the body; micro-averaged TP ("with" found),
       FN ("with" missed), FP ("without" found); title exact after
       whitespace normalisation, date = gold YYYY-MM-DD equals the UTC date
       of published_at, author exact (several joined with "; ").  Metadata
       accuracy is over the pages that carry the field in evaldata.json (an
       empty gold value expects an empty answer); the share over non-empty
       gold values is printed too.

Usage: bench/eval_extraction.py [--corpus DIR] [--only aeb|traf]
                                [--per-page FILE] [--show N] [--dump DIR]
                                [--misses title|date|author]
--show N lists the N worst AEB pages and the first N trafilatura-dev misses
("miss": a 'with' snippet not found, "junk": a 'without' snippet found);
--dump DIR writes each trafilatura-dev body to DIR/<file>.txt;
--misses lists every page whose metadata field is wrong (file, gold, ours).
Skips (exit 0) when the corpus is absent.  Standard library only.
"""
import argparse
import gzip
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLI = os.path.join(ROOT, "bench", "bin", "nm_extract")
WORD = re.compile(r"\w+", re.UNICODE)


def build_cli():
    r = subprocess.run(["make", "-s", "-C", ROOT, "bench/bin/nm_extract"],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode != 0:
        sys.stderr.write(r.stdout)
        sys.exit("eval_extraction: cannot build bench/bin/nm_extract")


def extract(paths):
    """{path: result dict} for raw page files."""
    out = {}
    for i in range(0, len(paths), 64):
        chunk = paths[i:i + 64]
        r = subprocess.run([CLI] + chunk, stdout=subprocess.PIPE, check=True)
        for line in r.stdout.decode("utf-8").splitlines():
            d = json.loads(line)
            out[d["file"]] = d
    return out


def unpack(gz_paths, tmp):
    """Decompress each .gz into tmp; returns the list of plain paths."""
    res = []
    for i, p in enumerate(gz_paths):
        q = os.path.join(tmp, "%05d.html" % i)
        with gzip.open(p, "rb") as f, open(q, "wb") as g:
            g.write(f.read())
        res.append(q)
    return res


# ---- AEB metric (as ../shared/tools/aeb_score.py) -------------------------

def shingles(text, n=4):
    toks = WORD.findall(text or "")
    if not toks:
        return Counter()
    if len(toks) < n:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))


def page_counts(true, pred):
    t, p = shingles(true), shingles(pred)
    tp = fp = fn = 0.0
    for k in t.keys() | p.keys():
        a, b = t.get(k, 0), p.get(k, 0)
        tp += min(a, b)
        fp += max(0, b - a)
        fn += max(0, a - b)
    s = tp + fp + fn
    if s > 0:
        tp, fp, fn = tp / s, fp / s, fn / s
    return tp, fp, fn


def prec(tp, fp, fn):
    if fp == 0 and fn == 0:
        return 1.0
    if tp == 0 and fp == 0:
        return 0.0
    return tp / (tp + fp)


def rec(tp, fp, fn):
    if fp == 0 and fn == 0:
        return 1.0
    if tp == 0 and fn == 0:
        return 0.0
    return tp / (tp + fn)


def eval_aeb(corpus, per_page, show):
    d = os.path.join(corpus, "aeb")
    gt_path = os.path.join(d, "ground-truth.json")
    if not os.path.exists(gt_path):
        print("aeb: corpus absent, skipped")
        return
    with open(gt_path, encoding="utf-8") as f:
        gt = json.load(f)
    keys = sorted(gt)
    with tempfile.TemporaryDirectory() as tmp:
        plain = unpack([os.path.join(d, "html", k + ".html.gz") for k in keys], tmp)
        res = extract(plain)
        preds = {k: (res.get(p) or {}).get("body") or "" for k, p in zip(keys, plain)}
    rows = []
    for k in keys:
        rows.append((k,) + page_counts(gt[k].get("articleBody", ""), preds[k]))
    ps = [prec(*r[1:]) for r in rows if r[1] + r[2] > 0]
    rs = [rec(*r[1:]) for r in rows if r[1] + r[3] > 0]
    p = statistics.mean(ps) if ps else 0.0
    r = statistics.mean(rs) if rs else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    empty = sum(1 for k in keys if not WORD.search(preds[k]))
    print("aeb: pages %d  F1 %.4f  P %.4f  R %.4f  empty %d" % (len(keys), f1, p, r, empty))
    if per_page:
        with open(per_page, "w", encoding="utf-8") as f:
            for k, tp, fp, fn in rows:
                f.write("%s\t%.4f\t%.4f\t%.4f\n" % (k, prec(tp, fp, fn), rec(tp, fp, fn), tp))
    if show:
        worst = sorted(rows, key=lambda x: 2 * prec(*x[1:]) * rec(*x[1:]) /
                       max(1e-9, prec(*x[1:]) + rec(*x[1:])))[:show]
        for k, tp, fp, fn in worst:
            print("  %s P %.3f R %.3f" % (k[:16], prec(tp, fp, fn), rec(tp, fp, fn)))


# ---- trafilatura-dev metric ------------------------------------------------

def norm(s):
    return " ".join((s or "").split())


def eval_traf(corpus, show, dump=None, miss_field=None):
    d = os.path.join(corpus, "trafilatura-dev")
    ev_path = os.path.join(d, "evaldata.json")
    if not os.path.exists(ev_path):
        print("trafilatura-dev: corpus absent, skipped")
        return
    with open(ev_path, encoding="utf-8") as f:
        ev = json.load(f)
    urls = sorted(ev)
    with tempfile.TemporaryDirectory() as tmp:
        plain = unpack([os.path.join(d, "pages", ev[u]["file"] + ".gz") for u in urls], tmp)
        res = extract(plain)
        out = {u: res.get(p) or {} for u, p in zip(urls, plain)}
    if dump:
        os.makedirs(dump, exist_ok=True)
        for u in urls:
            with open(os.path.join(dump, ev[u]["file"] + ".txt"), "w", encoding="utf-8") as f:
                f.write(out[u].get("body") or "")
    tp = fn = fp = tn = 0
    empty = 0
    meta = {"title": [0, 0, 0, 0], "date": [0, 0, 0, 0], "author": [0, 0, 0, 0]}
    misses = []
    for u in urls:
        g, o = ev[u], out[u]
        body = norm(o.get("body"))
        if not body:
            empty += 1
        for s in g.get("with", []):
            if norm(s) in body:
                tp += 1
            else:
                fn += 1
                misses.append(("miss", u, s))
        for s in g.get("without", []):
            if norm(s) in body:
                fp += 1
                misses.append(("junk", u, s))
            else:
                tn += 1
        got = {
            "title": norm(o.get("title")),
            "date": (o.get("published_at") or "")[:10],
            "author": norm("; ".join(o.get("authors") or [])),
        }
        for k in meta:
            if k not in g:
                continue
            want = g[k]
            if isinstance(want, list):
                want = "; ".join(want)
            want = norm(want)
            ok = got[k] == want
            meta[k][0] += ok
            meta[k][1] += 1
            if want:
                meta[k][2] += ok
                meta[k][3] += 1
            if not ok and show:
                misses.append((k, u, "want %r got %r" % (want, got[k])))
            if not ok and k == miss_field:
                print("  %-6s %s  want %r got %r" % (k, g["file"], want, got[k]))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print("trafilatura-dev: pages %d  snippets F1 %.4f  P %.4f  R %.4f  empty %d"
          % (len(urls), f1, p, r, empty))
    print("trafilatura-dev: title %.4f  date %.4f  author %.4f   (non-empty gold: "
          "title %.4f  date %.4f  author %.4f)"
          % tuple([meta[k][0] / max(1, meta[k][1]) for k in ("title", "date", "author")] +
                  [meta[k][2] / max(1, meta[k][3]) for k in ("title", "date", "author")]))
    if show:
        for kind, u, s in misses[:show]:
            print("  %-6s %s  %s" % (kind, u[:60], s[:120]))


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=os.environ.get(
        "NM_CORPUS", os.path.join(ROOT, "..", "shared", "corpus")))
    ap.add_argument("--only", choices=["aeb", "traf"])
    ap.add_argument("--per-page")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--dump")
    ap.add_argument("--misses", choices=["title", "date", "author"])
    a = ap.parse_args()
    if not os.path.isdir(a.corpus):
        print("eval_extraction: corpus %s absent, skipped" % a.corpus)
        return 0
    build_cli()
    if a.only in (None, "aeb"):
        eval_aeb(a.corpus, a.per_page, a.show)
    if a.only in (None, "traf"):
        eval_traf(a.corpus, a.show, a.dump, a.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
