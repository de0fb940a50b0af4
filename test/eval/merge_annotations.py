#!/usr/bin/env python3
"""
Turn hand annotations keyed by (file, paragraph, n-th sentence of the
paragraph) into a gold file of activity sentences, taking the 40-character
sentence keys from a draft made by draft_sentences.py.  Used to write the
held-out gold (test/heldout/gold/activity_sentences.tsv); the annotations
themselves are written by a person.

Annotation lines: FILE PARA N KIND;DATE;ISO3,... [| KIND;DATE;ISO3,...]
or FILE PARA N none.  Lines starting with # are comments.

Usage: merge_annotations.py DRAFT ANNOTATIONS > activity_sentences.tsv
Fails when a sentence of the draft has no annotation or the other way round.
"""
import collections
import sys


def main():
    draft, ann = sys.argv[1], sys.argv[2]
    order = []
    nth = collections.Counter()
    for ln in open(draft, encoding="utf-8"):
        f, para, key, _ = ln.rstrip("\n").split("\t", 3)
        nth[(f, para)] += 1
        order.append((f, para, nth[(f, para)], key))
    rows = {}
    for ln in open(ann, encoding="utf-8"):
        if not ln.strip() or ln.startswith("#"):
            continue
        f, para, n, rest = ln.rstrip("\n").split(" ", 3)
        rows[(f, para, int(n))] = rest
    print("file\tparagraph\tsentence_start\tkind\tdate_start\tcountries")
    bad = 0
    for f, para, n, key in order:
        rest = rows.pop((f, para, n), None)
        if rest is None:
            print("not annotated: %s §%s sentence %d" % (f, para, n), file=sys.stderr)
            bad += 1
            continue
        if rest.strip() == "none":
            print("%s\t%s\t%s\tnone\t\t" % (f, para, key))
            continue
        for part in rest.split("|"):
            kind, date, countries = (x.strip() for x in part.split(";"))
            print("%s\t%s\t%s\t%s\t%s\t%s" % (f, para, key, kind, date, countries))
    for k in rows:
        print("annotation of no sentence: %s" % (k,), file=sys.stderr)
        bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
