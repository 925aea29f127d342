#!/usr/bin/env python3
"""make_inputs.py -- writes the bench inputs: a page set and a text set, each
as a NUL-separated bundle (for the C drivers) and a CSV (for psql \\copy).

Pages: ../shared/corpus/aeb/html/*.html.gz when present (decoded as UTF-8,
invalid bytes replaced, NULs dropped: the SQL text type and the C drivers then
see the same bytes), else pages generated from our own HTML fixtures or, with
none, from a built-in template.  Texts: the bodies of the Reuters-21578
stories when present, else generated news-like text.
"""
import argparse
import csv
import glob
import gzip
import json
import os
import random

WORDS = ("the company said on monday that output at its mine rose in the quarter "
         "while prices fell as demand from china slowed and analysts expect a "
         "recovery next year after the government announced new rules for "
         "exports of ore concentrate refined metal smelter battery plant supply "
         "chain investors shares tonnes per cent million billion dollars").split()
METALS = ("lithium cobalt nickel copper zinc gold silver platinum palladium "
          "graphite manganese uranium tin iron ore aluminium rare earths "
          "vanadium tungsten").split()


def clean(raw):
    return raw.decode("utf-8", "replace").replace("\x00", "")


def gen_sentence(rng):
    n = rng.randint(8, 24)
    w = [rng.choice(WORDS) for _ in range(n)]
    if rng.random() < 0.4:
        w.insert(rng.randrange(n), rng.choice(METALS))
    s = " ".join(w)
    return s[0].upper() + s[1:] + "."


def gen_paragraph(rng):
    return " ".join(gen_sentence(rng) for _ in range(rng.randint(2, 6)))


def gen_page(rng, i):
    """A news page with the usual furniture around the article."""
    nav = "".join('<li><a href="/section/%d">Section %d</a></li>' % (k, k) for k in range(40))
    paras = "".join("<p>%s</p>\n" % gen_paragraph(rng) for _ in range(rng.randint(8, 40)))
    related = "".join('<li><a href="/news/%d">%s</a></li>' % (rng.randint(1, 10**6), gen_sentence(rng))
                      for _ in range(12))
    script = "<script>var cfg = {%s};</script>" % ",".join('"k%d": %d' % (k, k) for k in range(300))
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<title>Story %d: %s</title>"
            "<meta property=\"og:title\" content=\"Story %d\">"
            "<meta name=\"author\" content=\"Jane Writer\">"
            "<meta property=\"article:published_time\" content=\"2024-03-%02dT10:00:00Z\">"
            "%s<style>body{margin:0}</style></head><body>"
            "<header><nav><ul>%s</ul></nav></header>"
            "<main><article><h1>Story %d</h1><p class=\"byline\">By Jane Writer</p>\n%s</article>"
            "<aside><h2>Related</h2><ul>%s</ul></aside></main>"
            "<footer><p>Copyright 2024 Example News</p></footer>%s</body></html>"
            % (i, gen_sentence(rng), i, 1 + i % 28, script, nav, i, paras, related, script))


def load_pages(args):
    files = sorted(glob.glob(os.path.join(args.corpus, "aeb", "html", "*.html.gz")))
    if files:
        pages = [clean(gzip.open(f).read()) for f in files]
        return "aeb corpus (%d pages)" % len(pages), pages
    rng = random.Random(6)
    fixtures = sorted(glob.glob(os.path.join(args.fixtures, "html", "*.htm*")))
    if fixtures:
        base = [clean(open(f, "rb").read()) for f in fixtures]
        pages = []
        for i in range(args.gen_pages):
            # Small variations so that no two pages are byte-identical.
            p = base[i % len(base)]
            pages.append(p.replace("</body>", "<p>%s</p></body>" % gen_paragraph(rng), 1))
        return "generated from %d fixtures (%d pages)" % (len(base), len(pages)), pages
    pages = [gen_page(rng, i) for i in range(args.gen_pages)]
    return "generated from the built-in template (%d pages)" % len(pages), pages


def load_texts(args):
    path = os.path.join(args.corpus, "reuters21578", "train.jsonl")
    if os.path.exists(path):
        texts = []
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                body = json.loads(line).get("body") or ""
                body = body.replace("\x00", "")
                if body.strip():
                    texts.append(body)
        return "Reuters-21578 train (%d stories)" % len(texts), texts
    rng = random.Random(7)
    texts = ["\n\n".join(gen_paragraph(rng) for _ in range(rng.randint(3, 8)))
             for _ in range(args.gen_texts)]
    return "generated text (%d stories)" % len(texts), texts


def write(out, name, items):
    with open(os.path.join(out, name + ".bundle"), "wb") as f:
        for it in items:
            f.write(it.encode("utf-8") + b"\x00")
    with open(os.path.join(out, name + ".csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        for i, it in enumerate(items, 1):
            w.writerow([i, it])


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", default="../shared/corpus")
    ap.add_argument("--fixtures", default="test/fixtures")
    ap.add_argument("--out", required=True)
    ap.add_argument("--gen-pages", type=int, default=200)
    ap.add_argument("--gen-texts", type=int, default=5000)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    what, pages = load_pages(args)
    write(args.out, "pages", pages)
    print("pages:", what)
    what, texts = load_texts(args)
    write(args.out, "texts", texts)
    print("texts:", what)


if __name__ == "__main__":
    main()
