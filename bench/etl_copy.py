#!/usr/bin/env python3
"""etl_copy.py -- turns a directory of HTML files (plain or .gz) into COPY text
rows "name<TAB>bytes" on stdout, the bytes as bytea hex, for
  python3 bench/etl_copy.py DIR | psql -c "\\copy raw_pages (name, raw) FROM STDIN"
The server reads no file; charset detection is left to parse_article(bytea).
--copies K repeats the set K times (names get a "#k" suffix), for benching.
"""
import argparse
import gzip
import os
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("dir")
    ap.add_argument("--copies", type=int, default=1)
    args = ap.parse_args()
    out = sys.stdout.buffer
    names = sorted(n for n in os.listdir(args.dir)
                   if os.path.isfile(os.path.join(args.dir, n)))
    for k in range(args.copies):
        for n in names:
            path = os.path.join(args.dir, n)
            opener = gzip.open if n.endswith(".gz") else open
            with opener(path, "rb") as f:
                raw = f.read()
            # COPY text format: escape the name's backslashes and controls.
            label = n if k == 0 else "%s#%d" % (n, k)
            label = label.replace("\\", "\\\\").replace("\t", " ").replace("\n", " ")
            out.write(label.encode("utf-8", "replace") + b"\t\\\\x" + raw.hex().encode() + b"\n")


if __name__ == "__main__":
    main()
