#!/usr/bin/env python3
# iso_countries_tsv.py -- one-off converter from Debian's iso-codes JSON to
# data/gazetteer/countries.tsv (committed; rerun only to refresh from iso-codes).
"""Usage: python3 scripts/gen/iso_countries_tsv.py [iso_3166-1.json] > data/gazetteer/countries.tsv"""
import json
import re
import sys

SRC = "/usr/share/iso-codes/json/iso_3166-1.json"

# Canonical names news readers expect where the ISO short name is inverted
# ("Congo, The Democratic Republic of the") or bracketed.
CANONICAL = {
    "BQ": "Caribbean Netherlands",
    "CC": "Cocos Islands",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "FK": "Falkland Islands",
    "FM": "Micronesia",
    "MF": "Saint Martin",
    "PS": "Palestine",
    "RU": "Russia",
    "SH": "Saint Helena",
    "SX": "Sint Maarten",
    "VA": "Vatican City",
    "VG": "British Virgin Islands",
    "VI": "U.S. Virgin Islands",
}


def usable(name):
    # Inverted or bracketed ISO forms never occur in running text.
    return name and "," not in name and "(" not in name


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else SRC
    with open(path, encoding="utf-8") as f:
        rows = json.load(f)["3166-1"]
    print("# code\tname\tother names (|-separated); generated from iso-codes "
          "iso_3166-1.json by scripts/gen/iso_countries_tsv.py")
    for c in sorted(rows, key=lambda r: r["alpha_2"]):
        code = c["alpha_2"]
        name = CANONICAL.get(code) or c.get("common_name") or c["name"]
        others = []
        for n in (c.get("common_name"), c["name"], c.get("official_name")):
            if n:
                n = re.sub(r"^the ", "", n)
            if usable(n) and n != name and n not in others:
                others.append(n)
        print("%s\t%s\t%s" % (code, name, "|".join(others)))


if __name__ == "__main__":
    main()
