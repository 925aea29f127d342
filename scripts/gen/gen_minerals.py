#!/usr/bin/env python3
"""gen_minerals.py -- compile data/minerals.tsv and data/critical_lists.tsv
into src/core/gen_minerals.c: the mineral catalog, the name lookup table, the
word lists of the disambiguation rules and the matcher's automaton (a
trie over byte classes of case-folded text, packed as a double array).

usage: gen_minerals.py data/minerals.tsv data/critical_lists.tsv > gen_minerals.c
(python3 standard library only)
"""

import sys
from collections import deque

FORMS = ("element", "ore", "concentrate", "compound", "intermediate",
         "product", "alloy", "group")

# Column of critical_lists.tsv -> (jurisdiction code or None, list label).
# critical_in holds the codes of the *current* lists only.
LIST_COLUMNS = [
    ("usgs_2025", "US", "US:2025"),
    ("usgs_2022", None, "US:2022"),
    ("canada_2024", "CA", "CA:2024"),
    ("eu_2023_critical", "EU", "EU:2024"),
    ("eu_2023_strategic", None, "EU-strategic:2024"),
    ("australia_2024", "AU", "AU:2024"),
    ("india_2023", "IN", "IN:2023"),
    ("japan", "JP", "JP:2021"),
]

WS = " \t\n\r\f\v"

# Pattern kinds (keep in sync with src/core/nm_minerals.h).
K_MINERAL, K_BLOCK = 0, 1
F_EXACT, F_SYMBOL, F_WORDLIKE, F_CAPS_OK, F_ACRONYM = 1, 2, 4, 8, 16


def die(msg):
    sys.stderr.write("gen_minerals.py: %s\n" % msg)
    sys.exit(1)


def fold(s):
    """ASCII case fold and whitespace collapse: the matcher's view of text."""
    out = []
    prev_ws = False
    for ch in s:
        if ch in WS:
            if not prev_ws:
                out.append(" ")
            prev_ws = True
            continue
        prev_ws = False
        out.append(ch.lower() if "A" <= ch <= "Z" else ch)
    return "".join(out).strip()


def plural(word):
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if len(word) > 1 and word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def c_str(s):
    b = s.encode("utf-8")
    out = ['"']
    for byte in b:
        ch = chr(byte)
        if ch in '"\\':
            out.append("\\" + ch)
        elif 32 <= byte < 127:
            out.append(ch)
        else:
            out.append("\\%03o" % byte)
    out.append('"')
    return "".join(out)


def split_list(field):
    return [x.strip() for x in field.split(";") if x.strip()]


def read_minerals(path):
    minerals = []            # dicts in file order
    by_name = {}
    forms = []               # (mineral names, form, surface)
    words = {}               # (record, kind) -> list
    blocks = []              # (kind, phrase)
    retired = set()
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            rec = cols[0]
            where = "%s:%d" % (path, lineno)
            if rec == "mineral":
                if len(cols) < 7:
                    die("%s: mineral needs 7 fields" % where)
                mid = int(cols[1])
                name = cols[2].strip()
                if name in by_name:
                    die("%s: duplicate mineral %s" % (where, name))
                if any(m["id"] == mid for m in minerals):
                    die("%s: duplicate id %d" % (where, mid))
                m = {"id": mid, "name": name, "symbol": cols[3].strip() or None,
                     "family": cols[4].strip() or None,
                     "categories": split_list(cols[5]),
                     "flags": split_list(cols[6]) if len(cols) > 6 else [],
                     "synonyms": []}
                minerals.append(m)
                by_name[name] = m
            elif rec == "form":
                names = [n.strip() for n in cols[1].split("+")]
                form = cols[2].strip()
                if form not in FORMS:
                    die("%s: unknown form %s" % (where, form))
                for surface in split_list(cols[3]):
                    forms.append((names, form, surface, where))
            elif rec in ("formword", "context", "capword", "symbol"):
                words.setdefault((rec, cols[1].strip()), []).extend(split_list(cols[2]))
            elif rec == "block":
                for phrase in split_list(cols[2]):
                    blocks.append((cols[1].strip(), phrase))
            elif rec == "retired":
                for x in cols[1:]:
                    for y in x.replace(";", " ").split():
                        retired.add(int(y))
            else:
                die("%s: unknown record %s" % (where, rec))
    for names, _, _, where in forms:
        for n in names:
            if n not in by_name:
                die("%s: unknown mineral %s" % (where, n))
    forms = [f[:3] for f in forms]
    for m in minerals:
        if m["id"] in retired:
            die("mineral %s uses retired id %d" % (m["name"], m["id"]))
    return minerals, by_name, forms, words, blocks


def read_lists(path, by_name):
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        col = {h: i for i, h in enumerate(header)}
        for name, _, _ in LIST_COLUMNS:
            if name not in col:
                die("critical_lists.tsv lacks column %s" % name)
        for line in f:
            cells = line.rstrip("\n").split("\t")
            if not cells or not cells[0].strip():
                continue
            name = cells[0].strip()
            if name not in by_name:
                die("critical_lists.tsv: %s is not in minerals.tsv" % name)
            m = by_name[name]
            m["critical_in"] = []
            m["lists"] = []
            for colname, code, label in LIST_COLUMNS:
                v = cells[col[colname]].strip() if col[colname] < len(cells) else ""
                if v == "1":
                    m["lists"].append(label)
                    if code and code not in m["critical_in"]:
                        m["critical_in"].append(code)


def is_acronym(surface):
    """LCE, MHP, PGMs: capitals only (a plural s allowed), no digits."""
    core = surface[:-1] if surface.endswith("s") else surface
    return len(core) >= 2 and core.isalpha() and core.isupper()


def is_exact(surface):
    return any("A" <= ch <= "Z" for ch in surface)


def build_patterns(minerals, by_name, forms, words, blocks):
    """Returns the list of patterns and the name-lookup keys."""
    index = {m["name"]: i for i, m in enumerate(minerals)}
    wordlike = set(words.get(("symbol", "wordlike"), []))
    pats = {}                # fold -> pattern dict
    keys = {}                # lookup fold -> mineral index

    def add(surface, kind, mins, form, flags):
        key = fold(surface)
        if not key:
            return
        exact = is_exact(surface)
        p = {"text": " ".join(surface.split()), "fold": key, "kind": kind,
             "mins": mins, "form": form,
             "flags": flags | (F_EXACT if exact else 0)}
        old = pats.get(key)
        if old is not None:
            if old["kind"] != kind or old["mins"] != mins:
                die("surface %r given twice with different meanings" % surface)
            # the case-insensitive variant covers the exact one
            if not (p["flags"] & F_EXACT):
                pats[key] = p
            return
        pats[key] = p

    for names, form, surface in forms:
        mins = [index[n] for n in names]
        variants = [surface]
        if "'" in surface:
            variants.append(surface.replace("'", "\u2019"))
        if form != "element" and not is_exact(surface):
            last = surface.split()[-1]
            if not last.endswith("s") and not any(c in last for c in "-/"):
                variants.append(surface[: len(surface) - len(last)] + plural(last))
        for v in variants:
            add(v, K_MINERAL, mins, form, F_ACRONYM if is_acronym(v) else 0)
        if len(mins) == 1:
            k = fold(surface)
            if keys.get(k, mins[0]) != mins[0]:
                die("lookup key %r names two minerals" % surface)
            keys[k] = mins[0]
            minerals[mins[0]]["synonyms"].append(" ".join(surface.split()))
    # A symbol names the element, not a product row that shares it
    # ("Fe" is iron, not high-purity iron ore).
    elemental = {names[0] for names, form, surface in forms
                 if form == "element" and len(names) == 1 and surface == names[0]}
    for i, m in enumerate(minerals):
        m["elemental"] = m["name"] in elemental
    for i, m in enumerate(minerals):
        k = fold(m["name"])
        if keys.get(k, i) != i:
            die("canonical name %r is another mineral's synonym" % m["name"])
        keys[k] = i
        sym = m["symbol"]
        if sym and len(sym) == 2 and m["elemental"]:
            flags = F_SYMBOL | (F_WORDLIKE if sym in wordlike else 0)
            if fold(sym) in pats:
                continue        # same mineral already, e.g. via another row
            add(sym, K_MINERAL, [i], "element", flags)
    for kind, phrase in blocks:
        variants = [phrase]
        if "'" in phrase:
            variants.append(phrase.replace("'", "\u2019"))
        for v in variants:
            key = fold(v)
            if key in pats and pats[key]["kind"] == K_MINERAL:
                die("block phrase %r is also a mineral surface" % v)
            # names also match in all-caps headlines ("NIPPON STEEL")
            add(v, K_BLOCK, [], kind, F_CAPS_OK if kind == "org" else 0)
    return sorted(pats.values(), key=lambda p: p["fold"]), keys


def build_trie(patterns):
    """The matcher's automaton: a trie over byte classes of folded text.

    The scanner walks it only from word starts (a match must start and end at
    word boundaries), so no failure links are needed.  Byte classes: 0 =
    bytes in no pattern, 1 = whitespace, then the rest.
    """
    cls = [0] * 256
    for b in WS.encode():
        cls[b] = 1
    nclass = 2
    for p in patterns:
        for b in p["fold"].encode("utf-8"):
            if cls[b] == 0:
                cls[b] = nclass
                nclass += 1
                if ord("a") <= b <= ord("z"):
                    cls[b - 32] = cls[b]
    goto = [{}]
    out = [-1]
    for pi, p in enumerate(patterns):
        s = 0
        for b in p["fold"].encode("utf-8"):
            c = cls[b]
            nxt = goto[s].get(c)
            if nxt is None:
                nxt = len(goto)
                goto.append({})
                out.append(-1)
                goto[s][c] = nxt
            s = nxt
        out[s] = pi
    # whitespace runs are collapsed by the scanner, so class 1 after
    # class 1 never happens
    return cls, nclass, goto, out


def build_double_array(goto, out, nclass):
    """Packs the trie into one array of cells (a double array): the child of
    the state in cell s by class c is cell da[s].base + c when that cell's
    check is s.  About as many cells as states instead of a row of nclass
    transitions per state: ~50 KB instead of ~700 KB, so the walk stays in
    cache."""
    EMPTY = 0xFFFF
    slot = {0: 0}
    used = bytearray(1 << 16)
    used[0] = 1
    base = {}
    free_from = 1
    q = deque([0])
    while q:
        s = q.popleft()
        kids = sorted(goto[s].items())
        if not kids:
            continue
        free_from = used.find(0, free_from)
        c0 = kids[0][0]
        pos = used.find(0, max(free_from, c0 + 1))
        while any(used[pos - c0 + c] for c, _ in kids[1:]):
            pos = used.find(0, pos + 1)
        b = pos - c0
        base[s] = b
        for c, t in kids:
            used[b + c] = 1
            slot[t] = b + c
            q.append(t)
    size = max(max(slot.values()), max(base.values()) + nclass - 1) + 1
    if size >= EMPTY:
        die("automaton too large (%d cells)" % size)
    cells = [[0, EMPTY, -1] for _ in range(size)]
    for s, i in slot.items():
        cells[i][0] = base.get(s, 0)
        cells[i][2] = out[s]
        for c, t in goto[s].items():
            cells[slot[t]][1] = i
    return cells


def build_start_filter(cls, nclass, goto, out):
    """What lets the scanner try patterns only where one can start.

    Patterns must start with a word character or a non-ASCII byte.

    start3 has bit (c1 * nclass + c2) * nclass + c3 set when a match can
    begin with byte classes c1 c2 c3: a pattern begins with them, or a
    pattern of one or two bytes ends before a class that is not made of ASCII
    word characters only (the scanner rejects a match followed by a word
    character anyway).  c1 followed by a whitespace run (c2 = c3 = 1) may
    start a match when a pattern starts with c1: the walk collapses the run.
    """
    def child(s, c):
        return goto[s].get(c)

    word = set(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
    members = [[] for _ in range(nclass)]
    for b in range(256):
        members[cls[b]].append(b)
    pure_word = [bool(m) and all(b in word for b in m) for m in members]
    for c in range(nclass):
        if child(0, c) is not None and any(b < 0x80 and b not in word for b in members[c]):
            die("a pattern starts with an ASCII non-word character: the scanner "
                "only tries ASCII word starts")
    bits = bytearray((nclass ** 3 + 7) // 8)
    for c1 in range(nclass):
        s1 = child(0, c1)
        if s1 is None:
            continue
        i = (c1 * nclass + 1) * nclass + 1
        bits[i >> 3] |= 1 << (i & 7)
        for c2 in range(nclass):
            len1 = out[s1] >= 0 and not pure_word[c2]
            s2 = child(s1, c2)
            for c3 in range(nclass):
                ok = len1 or (s2 is not None and
                              ((out[s2] >= 0 and not pure_word[c3]) or
                               child(s2, c3) is not None))
                if ok:
                    i = (c1 * nclass + c2) * nclass + c3
                    bits[i >> 3] |= 1 << (i & 7)
    return bits


# The word-run filter (keep in sync with src/core/nm_minerals.h).
RUN_BITS = 15
RUN_MUL = 0x9E3779B97F4A7C15
RUN_WORD = set(b"abcdefghijklmnopqrstuvwxyz0123456789_")


def run_product(run, extra, fold=True):
    """The hash product of nm_minerals.h: the first 8 bytes of an ASCII word
    run (with 0x20 set in each when fold, which folds ASCII case),
    little-endian, plus extra, times RUN_MUL, modulo 2 ** 64."""
    key = 0
    for i, b in enumerate(run[:8]):
        key |= (b | 0x20 if fold else b) << (8 * i)
    return ((key + extra) * RUN_MUL) & (2 ** 64 - 1)


def run_hash(run, extra, fold=True):
    """nm_min_run_hash(): the top RUN_BITS bits of the product."""
    return run_product(run, extra, fold) >> (64 - RUN_BITS)


def run_hash2(run, extra, fold=True):
    """The second bit nm_min_run_bit2() tests: the RUN_BITS bits below."""
    return (run_product(run, extra, fold) >> (64 - 2 * RUN_BITS)) & ((1 << RUN_BITS) - 1)


def first_run(b):
    n = 0
    while n < len(b) and b[n] in RUN_WORD:
        n += 1
    return n


def build_run_filters(patterns):
    """Which ASCII words may start a match, in two steps.

    A match at a word start of ASCII text begins with a whole word: the
    pattern's first run (its longest prefix of ASCII word bytes) ends where
    the pattern has a non-word byte or ends, and the text needs a non-word
    byte there too.  Step 1 (every word start): bit run_hash(r, len r) of
    the first bitmap is set for the first run r of every pattern.  Step 2
    (the words step 1 lets through): bits of the second bitmap for
      - r, extra len r + 64: a pattern ends at most one byte after r;
      - r as written, extra len r + 128, not folded: the same for
        case-exact patterns (and r in capitals when all capitals pass);
      - r, extra len r + 192 + 256 * sep + 65536 * next: a pattern goes on
        with the byte sep (' ' for any whitespace run) and then next.
    (The scanner also lets through a word followed by two whitespace bytes.)
    Step 2 sets (and tests) two bits of its bitmap per entry (a Bloom
    filter): it sees the frequent short words that step 1 lets through,
    and one collision there costs a trie walk at every occurrence.
    Patterns starting with a non-ASCII byte never start at an ASCII word,
    nor do those with one right after their first run; the scanner tries
    them where the text is not ASCII."""
    step1 = [0] * (1 << (RUN_BITS - 6))
    step2 = [0] * (1 << (RUN_BITS - 6))

    def put(bits, h):
        bits[h >> 6] |= 1 << (h & 63)

    def put2(*args, **kw):
        put(step2, run_hash(*args, **kw))
        put(step2, run_hash2(*args, **kw))

    for p in patterns:
        b = p["fold"].encode("utf-8")
        n = first_run(b)
        if n == 0:
            continue
        if n >= 64:
            die("pattern %r: a first word of 64 bytes or more" % p["text"])
        r = b[:n]
        put(step1, run_hash(r, n))
        if len(b) <= n + 1:
            if not p["flags"] & F_EXACT:
                put2(r, n + 64)
                continue
            raw = p["text"].encode("utf-8")[:n]
            if raw.lower() != r:
                die("pattern %r: surface and folded form differ" % p["text"])
            put2(raw, n + 128, fold=False)
            if p["flags"] & F_CAPS_OK:
                put2(raw.upper(), n + 128, fold=False)
        elif b[n] < 0x80:
            put2(r, n + 192 + 256 * b[n] + 65536 * b[n + 1])
    return step1, step2


def emit_strlist(lines, name, items):
    if items is None:
        return "NULL"
    lines.append("static const char *const %s[] = {%s%sNULL};" % (
        name, ", ".join(c_str(x) for x in items), ", " if items else ""))
    return name


def main():
    if len(sys.argv) != 3:
        die("usage: gen_minerals.py minerals.tsv critical_lists.tsv")
    minerals, by_name, forms, words, blocks = read_minerals(sys.argv[1])
    read_lists(sys.argv[2], by_name)
    minerals.sort(key=lambda m: m["id"])
    patterns, keys = build_patterns(minerals, by_name, forms, words, blocks)
    cls, nclass, goto, out = build_trie(patterns)

    L = []
    L.append("/*")
    L.append(" * gen_minerals.c -- GENERATED by scripts/gen/gen_minerals.py from")
    L.append(" * data/minerals.tsv and data/critical_lists.tsv; do not edit.")
    L.append(" */")
    L.append('#include "nm_minerals.h"')
    L.append("")
    # catalog
    for i, m in enumerate(minerals):
        m["c_cat"] = emit_strlist(L, "cat_%d" % i, m["categories"])
        m["c_crit"] = emit_strlist(L, "crit_%d" % i, m.get("critical_in", []))
        m["c_lists"] = emit_strlist(L, "lists_%d" % i, m.get("lists", []))
        syn = [s for s in dict.fromkeys(m["synonyms"]) if s != m["name"]]
        m["c_syn"] = emit_strlist(L, "syn_%d" % i, syn)
    L.append("")
    L.append("const nm_mineral_info nm_min_catalog[] = {")
    for m in minerals:
        L.append("\t{%d, %s, %s, %s, %s, %s, %s, %s}," % (
            m["id"], c_str(m["name"]),
            c_str(m["symbol"]) if m["symbol"] else "NULL",
            c_str(m["family"]) if m["family"] else "NULL",
            m["c_cat"], m["c_crit"], m["c_lists"], m["c_syn"]))
    L.append("};")
    L.append("const int nm_min_catalog_count = %d;" % len(minerals))
    # bits: 1 = always needs metal context, 2 = needs it when capitalised,
    # 4 = also a colour
    for m in minerals:
        for f in m["flags"]:
            if f not in ("needs_context", "proper_noun", "colour"):
                die("mineral %s: unknown flag %s" % (m["name"], f))
    L.append("const unsigned char nm_min_needs_context[] = {%s};" % ", ".join(
        str(("needs_context" in m["flags"]) * 1 + ("proper_noun" in m["flags"]) * 2 +
            ("colour" in m["flags"]) * 4) for m in minerals))
    L.append("")
    # lookup keys (sorted by folded key, bytewise as strcmp sees it)
    items = sorted(keys.items(), key=lambda kv: kv[0].encode("utf-8"))
    L.append("const nm_min_key nm_min_keys[] = {")
    for k, i in items:
        L.append("\t{%s, %d}," % (c_str(k), i))
    L.append("};")
    L.append("const int nm_min_key_count = %d;" % len(items))
    syms = sorted({m["symbol"]: i for i, m in reversed(list(enumerate(minerals)))
                   if m["symbol"] and m["elemental"]}.items(), key=lambda kv: kv[0].encode())
    L.append("const nm_min_key nm_min_symbols[] = {")
    for s, i in syms:
        L.append("\t{%s, %d}," % (c_str(s), i))
    L.append("};")
    L.append("const int nm_min_symbol_count = %d;" % len(syms))
    L.append("")
    # patterns
    L.append("const nm_min_pattern nm_min_patterns[] = {")
    for p in patterns:
        mins = p["mins"] + [-1] * (4 - len(p["mins"]))
        if len(p["mins"]) > 4:
            die("too many minerals for %r" % p["text"])
        L.append("\t{%s, %d, %d, %s, %d, %d, {%s}}," % (
            c_str(p["text"]), len(p["fold"].encode("utf-8")), p["kind"],
            c_str(p["form"]), p["flags"], len(p["mins"]),
            ", ".join(str(x) for x in mins)))
    L.append("};")
    L.append("const int nm_min_pattern_count = %d;" % len(patterns))
    L.append("")
    # word lists (sorted for bsearch, case-sensitive or folded as the rules need)
    def wordlist(cname, items, folded):
        items = sorted(set(fold(x) if folded else x for x in items),
                       key=lambda x: x.encode("utf-8"))
        L.append("const char *const %s[] = {%s};" % (cname, ", ".join(c_str(x) for x in items)))
        L.append("const int %s_count = %d;" % (cname, len(items)))

    fw = []
    for (rec, kind), ws in sorted(words.items()):
        if rec == "formword":
            if kind not in FORMS:
                die("formword with unknown form %s" % kind)
            fw.extend((w, kind) for w in ws)
    fw = sorted({fold(w): k for w, k in fw}.items(), key=lambda kv: kv[0].encode())
    L.append("const nm_min_formword nm_min_formwords[] = {")
    for w, k in fw:
        L.append("\t{%s, %s}," % (c_str(w), c_str(k)))
    L.append("};")
    L.append("const int nm_min_formword_count = %d;" % len(fw))
    wordlist("nm_min_ctx_after", words.get(("context", "after"), []), True)
    wordlist("nm_min_ctx_before", words.get(("context", "before"), []), True)
    wordlist("nm_min_ctx_symbol", words.get(("context", "symbol"), []), True)
    wordlist("nm_min_ctx_colour", words.get(("context", "colour"), []), True)
    wordlist("nm_min_corp_words", words.get(("capword", "corp"), []), False)
    wordlist("nm_min_legal_words", words.get(("capword", "legal"), []), False)
    wordlist("nm_min_notname_words", words.get(("capword", "notname"), []), False)
    wordlist("nm_min_prefix_words", words.get(("capword", "prefix"), []), False)
    wordlist("nm_min_wordlike_symbols", words.get(("symbol", "wordlike"), []), False)
    L.append("")
    # automaton
    L.append("const int nm_min_nclass = %d;" % nclass)
    L.append("const int nm_min_nstate = %d;" % len(goto))
    L.append("const unsigned char nm_min_byteclass[256] = {")
    for r in range(0, 256, 16):
        L.append("\t" + ", ".join(str(x) for x in cls[r:r + 16]) + ",")
    L.append("};")
    cells = build_double_array(goto, out, nclass)
    L.append("const int nm_min_ncell = %d;" % len(cells))
    L.append("const nm_min_cell nm_min_da[] = {")
    for r in range(0, len(cells), 8):
        L.append("\t" + "".join("{%d,%d,%d}," % tuple(x) for x in cells[r:r + 8]))
    L.append("};")
    start3 = build_start_filter(cls, nclass, goto, out)
    L.append("const uint8_t nm_min_start3[] = {")
    for r in range(0, len(start3), 32):
        L.append("\t" + ",".join(str(x) for x in start3[r:r + 32]) + ",")
    L.append("};")
    step1, step2 = build_run_filters(patterns)
    L.append("/* the generator's RUN_BITS and RUN_MUL must be nm_minerals.h's */")
    L.append("typedef char nm_min_run_bits_check[NM_MIN_RUN_BITS == %d ? 1 : -1];" % RUN_BITS)
    L.append("typedef char nm_min_run_mul_check[NM_MIN_RUN_MUL == UINT64_C(0x%X) ? 1 : -1];"
             % RUN_MUL)
    for name, bits in (("nm_min_run_filter", step1), ("nm_min_run_filter2", step2)):
        L.append("const uint64_t %s[] = {" % name)
        for r in range(0, len(bits), 4):
            L.append("\t" + ", ".join("UINT64_C(0x%016X)" % x for x in bits[r:r + 4]) + ",")
        L.append("};")
    sys.stdout.write("\n".join(L) + "\n")


if __name__ == "__main__":
    main()
