#!/usr/bin/env python3
"""Write the corpus reports and N distinct report texts made from them into
OUTDIR, deterministically: in copy g of a report the city of the session,
the years 2011 and 2012, a number of parties and the closing line change, so
that every text has a SHA-256 of its own and the layers find other values.

    make_texts.py OUTDIR N CORPUS_FILE..."""
import os
import sys

CITIES = ["Vienna", "Geneva", "Bangkok", "Nairobi", "Panama", "Doha", "Lima"]


def main():
    outdir, n, files = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    os.makedirs(outdir, exist_ok=True)
    docs = []
    for path in files:
        with open(path, encoding="utf-8") as f:
            docs.append((os.path.splitext(os.path.basename(path))[0], f.read()))
    for name, doc in docs:
        with open(os.path.join(outdir, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(doc.rstrip("\n"))
    for g in range(1, n + 1):
        name, doc = docs[(g - 1) % len(docs)]
        v = doc.replace("Vienna", CITIES[g % len(CITIES)])
        v = v.replace(" 2011", " %d" % (2000 + g % 23)).replace(" 2012", " %d" % (2001 + g % 19))
        v = v.replace(" 182 ", " %d " % (150 + g % 40))
        v = v.rstrip("\n") + "\n\nCopy %d" % g
        with open(os.path.join(outdir, "%s.v%04d.txt" % (name, g)), "w", encoding="utf-8") as f:
            f.write(v)


if __name__ == "__main__":
    main()
