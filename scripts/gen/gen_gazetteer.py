#!/usr/bin/env python3
# gen_gazetteer.py -- compiles the readable gazetteer TSVs in data/gazetteer into
# C tables (src/core/gen_gazetteer.c): sorted token keys for the entity matcher.
"""Usage: python3 scripts/gen/gen_gazetteer.py data/gazetteer > src/core/gen_gazetteer.c

Keys are the surface form split into tokens exactly as src/core/tokens.c splits
text (runs of word characters; every other non-space character alone), ASCII
lower-cased, joined by one space.  When two files give the same key, the first
in PRECEDENCE wins (a warning goes to stderr)."""
import os
import sys

# Kinds as declared in src/core/nm_entities.h (nm_gaz_kind).
KIND = {"country": "NM_GAZ_COUNTRY", "demonym": "NM_GAZ_DEMONYM",
        "region": "NM_GAZ_REGION", "city": "NM_GAZ_CITY",
        "organization": "NM_GAZ_ORG", "person": "NM_GAZ_PERSON"}
TITLE_KIND = {"office": "NM_TITLE_OFFICE", "job": "NM_TITLE_JOB",
              "honorific": "NM_TITLE_HONORIFIC"}

SPACES = set("\t\n\r\f\v ") | {"\u00a0", "\u202f", "\u3000"} | \
    {chr(c) for c in range(0x2000, 0x200c)}
FOLD = {"\u2019": "'", "\u2018": "'", "\u2010": "-", "\u2011": "-"}


def is_word_char(ch):
    c = ord(ch)
    if c < 0x80:
        return ch.isalnum()
    if 0xA0 <= c <= 0xBF or c in (0xD7, 0xF7):
        return False
    if 0x2000 <= c <= 0x206F or 0x20A0 <= c <= 0x20CF or 0x3000 <= c <= 0x303F:
        return False
    return True


def tokens(s):
    out, i = [], 0
    while i < len(s):
        ch = s[i]
        if ch in SPACES:
            i += 1
        elif is_word_char(ch):
            j = i
            while j < len(s) and is_word_char(s[j]):
                j += 1
            out.append(s[i:j])
            i = j
        else:
            out.append(FOLD.get(ch, ch))
            i += 1
    return out


def lower_ascii(t):
    return "".join(c.lower() if c < "\x80" else c for c in t)


def c_str(s):
    b = s.encode("utf-8")
    out = '"'
    for x in b:
        if x in (0x22, 0x5C):
            out += "\\" + chr(x)
        elif 0x20 <= x < 0x7F:
            out += chr(x)
        else:
            out += "\\%03o" % x
    return out + '"'


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            yield line.split("\t")


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else "data/gazetteer"
    p = lambda n: os.path.join(d, n)
    country_name = {}
    for f in read_tsv(p("countries.tsv")):
        country_name[f[0]] = f[1]

    # (surface, canonical, code, kind) in precedence order.
    items = []
    for f in read_tsv(p("people.tsv")):
        for s in [f[0]] + [x for x in (f[1] if len(f) > 1 else "").split("|") if x]:
            items.append((s, f[0], "", "person"))
    for f in read_tsv(p("organizations.tsv")):
        for s in [f[0]] + [x for x in (f[1] if len(f) > 1 else "").split("|") if x]:
            items.append((s, f[0], "", "organization"))
    for f in read_tsv(p("country_aliases.tsv")):
        items.append((f[0], country_name[f[1]], f[1], "country"))
    for f in read_tsv(p("countries.tsv")):
        for s in [f[1]] + [x for x in (f[2] if len(f) > 2 else "").split("|") if x]:
            items.append((s, f[1], f[0], "country"))
    for f in read_tsv(p("demonyms.tsv")):
        dem, code = f[0], f[1]
        forms = [dem]
        if not dem.endswith(("ese", "ish", "ch", "ss", "i", "Swiss")):
            forms.append(dem + "s")
        elif dem.endswith("i") and dem not in ("Thai",):
            forms.append(dem + "s")
        for s in forms:
            items.append((s, country_name[code], code, "demonym"))
    for fname, kind in (("regions.tsv", "region"), ("cities.tsv", "city")):
        for f in read_tsv(p(fname)):
            code = f[1] if len(f) > 1 else ""
            for s in [f[0]] + [x for x in (f[2] if len(f) > 2 else "").split("|") if x]:
                items.append((s, f[0], code, kind))

    entries = {}
    for surface, canon, code, kind in items:
        toks = tokens(surface)
        key = " ".join(lower_ascii(t) for t in toks)
        # Acronyms (no lower-case letter) must match with their exact case.
        exact = not any(c.islower() for c in surface)
        prev = entries.get(key)
        if prev:
            if (prev[1], prev[3]) != (canon, kind):
                print("gen_gazetteer: %r: keeping %s %r over %s %r"
                      % (surface, prev[3], prev[1], kind, canon), file=sys.stderr)
            elif not exact and prev[4]:
                entries[key] = prev[:4] + (False, "")
            continue
        entries[key] = (surface, canon, code, kind, exact,
                        " ".join(toks) if exact else "")

    keys = sorted(entries, key=lambda k: k.encode("utf-8"))
    max_tokens = max(len(k.split(" ")) for k in keys)

    titles = {}
    for f in read_tsv(p("titles.tsv")):
        key = " ".join(lower_ascii(t) for t in tokens(f[0]))
        titles.setdefault(key, f[1])
    tkeys = sorted(titles, key=lambda k: k.encode("utf-8"))
    tmax = max(len(k.split(" ")) for k in tkeys)

    o = []
    o.append("/*\n * gen_gazetteer.c -- GENERATED by scripts/gen/gen_gazetteer.py from "
             "the TSV files in data/gazetteer;\n * do not edit.  Sorted token keys for the entity matcher.\n */")
    o.append('#include "nm_entities.h"\n')
    o.append("static const nm_gaz_entry gaz_entries[] = {")
    for k in keys:
        surface, canon, code, kind, exact, etoks = entries[k]
        o.append("\t{%s, %s, %s, %s, %s, %s}," % (
            c_str(k), c_str(etoks) if exact else "NULL", c_str(canon),
            c_str(code) if code else "NULL", KIND[kind], "true" if exact else "false"))
    o.append("};\n")
    o.append("const nm_gaz_table nm_gazetteer = {gaz_entries, %d, %d};\n"
             % (len(keys), max_tokens))
    o.append("static const nm_gaz_entry title_entries[] = {")
    for k in tkeys:
        o.append("\t{%s, NULL, %s, NULL, %s, false}," % (c_str(k), c_str(k), TITLE_KIND[titles[k]]))
    o.append("};\n")
    o.append("const nm_gaz_table nm_titles = {title_entries, %d, %d};" % (len(tkeys), tmax))
    print("\n".join(o))


if __name__ == "__main__":
    main()
