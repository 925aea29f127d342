#!/usr/bin/env python3
# eval_entities.py -- scores extract_entities/extract_quotes (through the core
# CLI bench/bin/nm_entities_cli) on our own annotated paragraphs.
"""Usage: python3 bench/eval_entities.py [bench/data/entities_annotated.jsonl] [--errors]

Paragraphs of one story ("doc") are extracted together.  Per paragraph, the predicted sets of countries (ISO codes), organisations and
people are compared with the gold sets; micro-averaged precision, recall and
F1 over all paragraphs.  Names are compared after normalisation (case,
punctuation, a trailing corporate form) and mapping known aliases of the
gazetteer (data/gazetteer/organizations.tsv, people.tsv) to their canonical
name, on both sides.  A gold quote counts as found with the right speaker when
a predicted quote contains its first words and names the same speaker."""
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FORMS = {"corp", "corporation", "inc", "ltd", "limited", "plc", "sa", "ag", "co",
         "group", "holdings", "holding", "nv", "llc", "pt", "the"}


def norm(name):
    words = re.findall(r"\w+", name.lower())
    while words and words[-1] in FORMS:
        words.pop()
    while words and words[0] in ("pt", "the"):
        words.pop(0)
    return " ".join(words)


def load_aliases():
    alias = {}
    for fname in ("organizations.tsv", "people.tsv"):
        with open(os.path.join(ROOT, "data/gazetteer", fname), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                cols = line.rstrip("\n").split("\t")
                canon = norm(cols[0])
                for a in [cols[0]] + (cols[1].split("|") if len(cols) > 1 else []):
                    if a:
                        alias.setdefault(norm(a), canon)
    return alias


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show = "--errors" in sys.argv
    path = args[0] if args else os.path.join(ROOT, "bench/data/entities_annotated.jsonl")
    gold = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    subprocess.run(["make", "-s", "-C", ROOT, "bench/bin/nm_entities_cli"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    cli = os.path.join(ROOT, "bench/bin/nm_entities_cli")
    # Paragraphs of one story run together, as an article would; mentions go
    # back to their paragraph by character offset.
    docs = {}
    for g in gold:
        docs.setdefault(g.get("doc", g["id"]), []).append(g)
    texts, spans = [], []
    for paras in docs.values():
        text, off = "", []
        for g in paras:
            if text:
                text += "\n\n"
            off.append((len(text), len(text) + len(g["text"]), g))
            text += g["text"]
        texts.append(text)
        spans.append(off)
    data = b"\0".join(t.encode("utf-8") for t in texts) + b"\0"
    out = subprocess.run([cli], input=data, stdout=subprocess.PIPE, check=True).stdout
    results = [json.loads(l) for l in out.decode("utf-8").splitlines()]
    assert len(results) == len(texts)
    by_id = {}
    for res, off in zip(results, spans):
        for a, b, g in off:
            by_id[g["id"]] = {
                "entities": [e for e in res["entities"] if a <= e["char_start"] < b],
                "quotes": [q for q in res["quotes"] if a <= q["char_start"] < b]}
    pred = [by_id[g["id"]] for g in gold]
    alias = load_aliases()
    canon = lambda n: alias.get(norm(n), norm(n))

    counts = {k: [0, 0, 0] for k in ("countries", "organizations", "people")}
    q_gold = q_pred = q_right = 0
    for g, p in zip(gold, pred):
        ents = p["entities"]
        sets = {
            "countries": ({e["code"] for e in ents if e["kind"] == "country"},
                          set(g["countries"])),
            "organizations": ({canon(e["entity"]) for e in ents if e["kind"] == "organization"},
                              {canon(o) for o in g["organizations"]}),
            "people": ({canon(e["entity"]) for e in ents if e["kind"] == "person"},
                       {canon(x) for x in g["people"]}),
        }
        for k, (ps, gs) in sets.items():
            counts[k][0] += len(ps & gs)
            counts[k][1] += len(ps - gs)
            counts[k][2] += len(gs - ps)
            if show and ps != gs:
                print("#%d %s: extra %s missing %s" % (g["id"], k, sorted(ps - gs), sorted(gs - ps)))
        q_gold += len(g["quotes"])
        q_pred += len(p["quotes"])
        for gq in g["quotes"]:
            hit = [pq for pq in p["quotes"] if gq["quote"][:30] in pq["quote"]]
            # a gold speaker of null: the text names nobody, nor may we
            ok = any((pq["speaker"] or None) == gq["speaker"] if gq["speaker"] is None else
                     (pq["speaker"] and canon(pq["speaker"]) == canon(gq["speaker"]))
                     for pq in hit)
            q_right += ok
            if show and not ok:
                print("#%d quote %r: want %s, got %s" % (g["id"], gq["quote"][:40], gq["speaker"],
                                                      [pq["speaker"] for pq in hit] or "no quote"))
    print("paragraphs: %d" % len(gold))
    for k, (tp, fp, fn) in counts.items():
        p, r, f = prf(tp, fp, fn)
        print("%-14s P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)" % (k, p, r, f, tp, fp, fn))
    print("quotes         right speaker %.3f of gold (%d/%d); %d predicted, precision %.3f"
          % (q_right / q_gold if q_gold else 1.0, q_right, q_gold, q_pred,
             q_right / q_pred if q_pred else 1.0))


if __name__ == "__main__":
    main()
