#!/usr/bin/env python3
"""
Draft the sentence list of a gold set of activities: every sentence of the
numbered paragraphs of the given reports, as build/tipdump -X splits them,
one line per sentence with its 40-character key (see gold_lib.sentence_key)
and the sentence text, for a person to annotate by reading.

The script writes no annotation.  With --gold FILE, sentences that FILE
already annotates are left out, so that only the sentences still to be
read are printed.  The program's own activity rows are never shown.

Usage: draft_sentences.py [--tool build/tipdump] [--gold FILE] report.txt...
Output: file TAB paragraph TAB sentence_start TAB full sentence
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold_lib as G  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tool", default="build/tipdump")
    ap.add_argument("--gold")
    ap.add_argument("reports", nargs="+")
    args = ap.parse_args()
    done = set()
    if args.gold:
        done = {(r["file"], r["paragraph"], r["sentence_start"]) for r in G.read_tsv(args.gold)}
    for path in args.reports:
        f = os.path.basename(path)
        for c in G.tipdump(args.tool, path, "-X"):
            if c[1] == "0":
                continue
            key = G.sentence_key(c[4])
            if (f, c[1], key) in done:
                continue
            text = G.SPACE.sub(" ", G.MARK.sub("", c[4].replace("\\n", " ")))
            print("%s\t%s\t%s\t%s" % (f, c[1], key, text))


if __name__ == "__main__":
    sys.exit(main())
