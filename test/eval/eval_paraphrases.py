#!/usr/bin/env python3
"""
Measure the event layers on the paraphrase set (test/gold/paraphrases/):
small report-shaped texts of several organs (Conference of the Parties,
its Working Group, the Commission, the Human Rights Council, the General
Assembly) written in the family's other ways of stating party totals, new
parties, sessions, resolutions and the work of other organs, with near
misses that must give nothing.  See test/gold/paraphrases/README.md.

Scored, each over every row the parser emits on the set:
  parties     (file, paragraph, kind, count, iso3, date, precision, instrument);
              the date at the precision the gold writes (2019, 2019-06, 2019-06-05)
  sessions    (file, paragraph or "" for the masthead, body, kind, number,
              is_report_session)
  references  resolutions: (file, paragraph, body, number, year)
  activities  (file, paragraph, kind): the UNODC activities of the set; a
              row anywhere else (a Special Rapporteur's visit, a Working
              Group's recommendations) is a false one

Usage: eval_paraphrases.py [-v] [--tool build/tipdump] [--check]
--check exits 1 when a figure is below its floor (FLOORS), 2 when an input
is missing.
"""
import argparse
import collections
import glob
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold_lib as G  # noqa: E402

SET = "test/gold/paraphrases"

# Targets of the set, printed as met or not.
TARGETS = {
    "parties precision": 0.98, "parties recall": 0.98,
    "sessions precision": 0.95, "sessions recall": 0.95,
    "references precision": 0.95, "references recall": 0.95,
    "activities precision": 0.90, "activities recall": 0.85,
}
# Floors, asserted with --check: the target of each figure (all are met).
FLOORS = dict(TARGETS)


def dump(tool, path, flags):
    try:
        return G.tipdump(tool, path, flags)
    except FileNotFoundError:
        sys.exit("MISSING INPUT: tool %s not found (make build/tipdump)" % tool)
    except subprocess.CalledProcessError as e:
        print("MISSING INPUT: %s %s %s failed (%d)" % (tool, flags, path, e.returncode))
        sys.exit(2)


def date_at(value, precision):
    """A tipdump date at its precision, as the gold writes it."""
    if value in ("NULL", ""):
        return "", ""
    if precision == "day":
        return value, precision
    if precision == "month":
        return value[:7], precision
    return value[:4], precision


def score(name, gold, found, verbose, per=None):
    g = collections.Counter(gold)
    p = collections.Counter(found)
    tp = sum((g & p).values())
    pr, rc = G.prf(tp, sum(p.values()), sum(g.values()))
    print("%-12s P %.3f  R %.3f   (%d matched, %d found, %d gold)"
          % (name, pr, rc, tp, sum(p.values()), sum(g.values())))
    if per is not None:
        for k in sorted(set(per(x) for x in list(g) + list(p))):
            gk = collections.Counter({x: n for x, n in g.items() if per(x) == k})
            pk = collections.Counter({x: n for x, n in p.items() if per(x) == k})
            t = sum((gk & pk).values())
            a, b = G.prf(t, sum(pk.values()), sum(gk.values()))
            print("  %-22s P %.3f  R %.3f   (%d matched, %d found, %d gold)"
                  % (k, a, b, t, sum(pk.values()), sum(gk.values())))
    if verbose:
        for x in sorted((p - g).elements()):
            print("    extra   %s" % ("  ".join(x),))
        for x in sorted((g - p).elements()):
            print("    missed  %s" % ("  ".join(x),))
    return pr, rc


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--tool", default="build/tipdump")
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(SET, "*.txt")))
    if not files:
        print("MISSING INPUT: no texts in %s" % SET)
        return 2
    gold = {}
    for name in ("parties", "sessions", "references", "activities"):
        path = os.path.join(SET, name + ".tsv")
        if not os.path.isfile(path):
            print("MISSING INPUT: %s" % path)
            return 2
        gold[name] = G.read_tsv(path)

    found = collections.defaultdict(list)
    n_sent = 0
    for f in files:
        path = os.path.join(SET, f)
        n_sent += sum(1 for c in dump(args.tool, path, "-X") if c[1] != "0")
        for c in dump(args.tool, path, "-P"):
            # party kind count iso3 country year since instrument paragraph date precision
            d, pr = date_at(c[9], c[10])
            found["parties"].append((f, c[8], c[1], "" if c[2] == "0" else c[2],
                                     "" if c[3] == "NULL" else c[3], d, pr, c[7]))
            found["since"].append((f, c[8], c[1], "" if c[3] == "NULL" else c[3],
                                   "" if c[6] == "NULL" else c[6]))
        for c in dump(args.tool, path, "-S"):
            # session body kind number venue start end participants countries paragraph is_report
            found["sessions"].append((f, "" if c[9] == "0" else c[9], c[1], c[2],
                                      "" if c[3] == "0" else c[3], "t" if c[10] == "1" else "f"))
        for c in dump(args.tool, path, "-R"):
            # reference paragraph kind body number year symbol
            if c[2] == "resolution":
                found["references"].append((f, c[1], "" if c[3] == "NULL" else c[3], c[4],
                                            "" if c[5] == "0" else c[5]))
        for c in dump(args.tool, path, "-A"):
            found["activities"].append((f, c[1], c[3]))

    print("paraphrase set: %d texts, %d sentences of numbered paragraphs" % (len(files), n_sent))
    res = {}
    g = [(r["file"], r["paragraph"], r["kind"], r["count"], r["iso3"], r["date"],
          r["precision"], r["instrument"]) for r in gold["parties"]]
    res["parties"] = score("parties", g, found["parties"], args.verbose, per=lambda x: x[2])
    gs = [(r["file"], r["paragraph"], r["kind"], r["iso3"], r["since"])
          for r in gold["parties"] if r["since"]]
    fs = [x for x in found["since"] if x[4] and x[2] == "new_party"]
    score("  since", gs, fs, args.verbose)
    g = [(r["file"], r["paragraph"], r["body"], r["kind"], r["number"], r["is_report_session"])
         for r in gold["sessions"]]
    res["sessions"] = score("sessions", g, found["sessions"], args.verbose)
    g = [(r["file"], r["paragraph"], r["body"], r["number"], r["year"])
         for r in gold["references"]]
    res["references"] = score("references", g, found["references"], args.verbose)
    g = [(r["file"], r["paragraph"], r["kind"]) for r in gold["activities"]]
    res["activities"] = score("activities", g, found["activities"], args.verbose)

    bad = []
    for k, (pr, rc) in res.items():
        for what, v in (("precision", pr), ("recall", rc)):
            key = "%s %s" % (k, what)
            print("%s %s: %.3f, target %.2f" % ("target met" if v >= TARGETS[key]
                                                else "TARGET NOT MET", key, v, TARGETS[key]))
            if v < FLOORS[key]:
                print("BELOW FLOOR: %s %.3f < %.2f" % (key, v, FLOORS[key]))
                bad.append(key)
    return 1 if (bad and args.check) else 0


if __name__ == "__main__":
    sys.exit(main())
