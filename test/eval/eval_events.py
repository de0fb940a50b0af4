#!/usr/bin/env python3
"""
Measure the parties, sessions and activities layers against the hand-made
gold sets in test/gold/ (see test/gold/README_activities.md), using
build/tipdump on the corpus reports.

Activities are scored per sentence: a row is (file, paragraph, sentence
key, kind, date_start, countries).  Gold sentences (activities.tsv) and
non-activity sentences (non_activities.tsv) are scored; rows in other
sentences are "don't care".  Precision = matching rows / rows found in
scored sentences, recall = matching rows / gold rows.

Usage: eval_events.py [-v] [--tool build/tipdump] [--corpus test/corpus]
                      [--gold test/gold]
Exits 1 when a figure is below its target.
"""
import argparse
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold_lib as G  # noqa: E402

TARGETS = {
    "activities precision": 0.90,
    "activities recall": 0.85,
    "parties precision": 1.0,
    "parties recall": 1.0,
    # sessions: measured P 1.000, R 0.716 (body, kind, number per paragraph);
    # the targets sit under that, so that a change that loses sessions
    # or names the wrong body fails the run
    "sessions precision": 0.90,
    "sessions recall": 0.70,
}

# Figures that need the country and date mentions of the entity and
# pattern layers; without those mentions they are printed, not asserted.
NEEDS_MENTIONS = ("activities precision", "activities recall",
                  "parties precision", "parties recall")

# Figures printed but not asserted (none: every figure meets its target).
NOT_YET_ASSERTED = ()


def mentions_present(tool, corpus):
    """Do the entity and date layers find country and date mentions?"""
    kinds = set()
    for f in sorted(os.listdir(corpus)):
        if f.endswith(".txt"):
            kinds.update(c[3] for c in G.tipdump(tool, os.path.join(corpus, f), "-M"))
    return "country" in kinds and "date" in kinds


def act_rows_found(tool, corpus, files):
    """Activity rows of tipdump -A plus the sentence keys of tipdump -X."""
    rows = []
    keys = set()
    for f in files:
        path = os.path.join(corpus, f)
        for c in G.tipdump(tool, path, "-X"):
            keys.add((f, c[1], G.sentence_key(c[4])))
        for c in G.tipdump(tool, path, "-A"):
            # activity para ord kind theme start end precision place countries orgs participants sentence
            countries = "" if c[9] == "{}" else ",".join(sorted(c[9].split(",")))
            rows.append((f, c[1], G.sentence_key(c[12]), c[3],
                         G.iso_date(c[5], c[7]), countries))
    return rows, keys


def eval_activities(args):
    gold = G.read_tsv(os.path.join(args.gold, "activities.tsv"))
    non = G.read_tsv(os.path.join(args.gold, "non_activities.tsv"))
    files = sorted({r["file"] for r in gold + non})
    found, keys = act_rows_found(args.tool, args.corpus, files)

    gold_rows = [(r["file"], r["paragraph"], r["sentence_start"], r["kind"], r["date_start"],
                  ",".join(sorted(c for c in r["countries"].split(",") if c))) for r in gold]
    gold_keys = {g[:3] for g in gold_rows}
    non_keys = {(r["file"], r["paragraph"], r["sentence_start"]) for r in non}
    missing = sorted((gold_keys | non_keys) - keys)
    for m in missing:
        print("  gold sentence not among the parser's sentences: %s §%s %r" % m)

    scored = [x for x in found if x[:3] in gold_keys or x[:3] in non_keys]
    res = {}

    def score(name, proj):
        g = collections.Counter(proj(x) for x in gold_rows)
        p = collections.Counter(proj(x) for x in scored)
        tp = sum((g & p).values())
        pr, rc = G.prf(tp, sum(p.values()), sum(g.values()))
        print("  %-34s P %.3f  R %.3f   (%d matched, %d found, %d gold)"
              % (name, pr, rc, tp, sum(p.values()), sum(g.values())))
        return pr, rc, g, p

    print("activities (%d gold rows in %d sentences, %d non-activity sentences)"
          % (len(gold_rows), len(gold_keys), len(non_keys)))
    score("sentence has an activity", lambda x: x[:3])
    kg, kp = score("sentence + kind", lambda x: x[:4])[2:]
    score("sentence + kind + date", lambda x: x[:5])
    score("sentence + kind + countries", lambda x: x[:4] + x[5:])
    pr, rc, g, p = score("sentence + kind + date + countries", lambda x: x)
    res["activities precision"] = pr
    res["activities recall"] = rc
    if args.kinds:
        g, p = kg, kp
    if args.verbose or args.kinds:
        for x in sorted((p - g).elements()):
            print("    extra   %s §%s %r %s" % (x[:3] + (" | ".join(x[3:]),)))
        for x in sorted((g - p).elements()):
            print("    missed  %s §%s %r %s" % (x[:3] + (" | ".join(x[3:]),)))
    return res


def eval_parties(args):
    gold = G.read_tsv(os.path.join(args.gold, "parties.tsv"))
    files = sorted({r["file"] for r in gold})
    g = collections.Counter((r["file"], r["paragraph"], r["kind"], r["count"], r["iso3"],
                             r["year"], r["instrument"]) for r in gold)
    p = collections.Counter()
    for f in files:
        for c in G.tipdump(args.tool, os.path.join(args.corpus, f), "-P"):
            # party kind count iso3 country year since instrument paragraph
            p[(f, c[8], c[1], "" if c[2] == "0" else c[2], "" if c[3] == "NULL" else c[3],
               "" if c[5] == "0" else c[5], c[7])] += 1
    tp = sum((g & p).values())
    pr, rc = G.prf(tp, sum(p.values()), sum(g.values()))
    print("parties: P %.3f  R %.3f   (%d matched, %d found, %d gold)"
          % (pr, rc, tp, sum(p.values()), sum(g.values())))
    if args.verbose:
        for x in sorted((p - g).elements()):
            print("    extra   %s" % (x,))
        for x in sorted((g - p).elements()):
            print("    missed  %s" % (x,))
    return {"parties precision": pr, "parties recall": rc}


def eval_sessions(args):
    gold = G.read_tsv(os.path.join(args.gold, "sessions.tsv"))
    files = sorted({r["file"] for r in gold})
    g = collections.Counter((r["file"], r["paragraph"], r["body"], r["kind"], r["number"])
                            for r in gold)
    gd = collections.Counter((r["file"], r["paragraph"], r["body"], r["kind"], r["number"],
                              r["venue"], r["date_start"], r["date_end"], r["participants"],
                              r["is_report_session"]) for r in gold)
    p = collections.Counter()
    pd = collections.Counter()
    for f in files:
        for c in G.tipdump(args.tool, os.path.join(args.corpus, f), "-S"):
            # session body kind number venue start end participants countries paragraph is_report
            para = "" if c[9] == "0" else c[9]
            num = "" if c[3] == "0" else c[3]
            p[(f, para, c[1], c[2], num)] += 1
            ds, de = ("" if c[5] == "NULL" else c[5]), ("" if c[6] == "NULL" else c[6])
            pd[(f, para, c[1], c[2], num, "" if c[4] == "NULL" else c[4], ds, de,
                "" if c[7] == "-1" else c[7], "t" if c[10] == "1" else "f")] += 1
    tp = sum((g & p).values())
    pr, rc = G.prf(tp, sum(p.values()), sum(g.values()))
    print("sessions (paragraph, body, kind, number): P %.3f  R %.3f   (%d matched, %d found, %d gold)"
          % (pr, rc, tp, sum(p.values()), sum(g.values())))
    # dates: the gold writes the precision (2016-10); a found date matches
    # when the gold date is its prefix
    def same(gr, pr_):
        return all(pr_[i].startswith(gr[i]) if i in (6, 7) and gr[i] else gr[i] == pr_[i]
                   for i in range(len(gr)))
    left = list(pd.elements())
    tpd = 0
    for gr in gd.elements():
        for j, pr_ in enumerate(left):
            if same(gr, pr_):
                tpd += 1
                del left[j]
                break
    print("sessions, all columns exact:               P %.3f  R %.3f" % G.prf(tpd, sum(pd.values()), sum(gd.values())))
    if args.verbose:
        for x in sorted((p - g).elements()):
            print("    extra   %s" % (x,))
        for x in sorted((g - p).elements()):
            print("    missed  %s" % (x,))
    return {"sessions precision": pr, "sessions recall": rc}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("-k", "--kinds", action="store_true",
                    help="list differences of (sentence, kind) only")
    ap.add_argument("--tool", default="build/tipdump")
    ap.add_argument("--corpus", default="test/corpus")
    ap.add_argument("--gold", default="test/gold")
    ap.add_argument("--only", choices=["activities", "parties", "sessions"])
    args = ap.parse_args()
    res = {}
    if args.only in (None, "activities"):
        res.update(eval_activities(args))
    if args.only in (None, "parties"):
        res.update(eval_parties(args))
    if args.only in (None, "sessions"):
        res.update(eval_sessions(args))
    have = mentions_present(args.tool, args.corpus)
    if not have:
        print("no country or date mentions from the entity layers yet: "
              "activities and parties figures are not asserted")
    below = [k for k in res if res[k] < TARGETS[k] and (have or k not in NEEDS_MENTIONS)]
    bad = [k for k in below if k not in NOT_YET_ASSERTED]
    for k in below:
        print("BELOW TARGET%s: %s %.3f < %.2f" % (
            "" if k in bad else " (reported, not asserted yet)", k, res[k], TARGETS[k]))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
