#!/usr/bin/env python3
"""
Measure the parties, sessions and activities layers against hand-made gold
sets, using build/tipdump, on two sets of reports:

  development set (corpus): test/corpus/*.txt against test/gold/
      (the five reports the rules were written against; targets printed
      as met or not, floors asserted)
  held-out set:             test/heldout/*.txt against test/heldout/gold/
      (texts written for measuring only, never used to write a rule;
      figures printed, and asserted only against the floors below)

Activities are scored over EVERY row the parser emits: the gold
(activity_sentences.tsv) lists every sentence of the numbered paragraphs,
with one row per activity (kind, date_start, countries) or kind "none".
A row is (file, paragraph, sentence key, kind, date_start, countries).
Precision = matching rows / all rows found, recall = matching rows / gold
activity rows.  A sentence of the parser that the gold does not list is an
error of the gold set (the run fails): the gold must stay complete.

Usage: eval_events.py [-v] [-k] [--tool build/tipdump]
                      [--only activities|parties|sessions]
                      [--set dev|heldout|both]
Exits 1 when a figure is below its floor, and 2 when an input is missing:
no tool or a tool failure, a missing gold file, no report files, no
activity rows, or no country or date mentions from the entity layers.
"""
import argparse
import collections
import glob
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold_lib as G  # noqa: E402

# Targets of the development set (the corpus): printed as met or not met.
TARGETS = {
    "activities precision": 0.90,
    "activities recall": 0.85,
    "parties precision": 1.0,
    "parties recall": 1.0,
    "sessions precision": 0.90,
    "sessions recall": 0.70,
}

# Floors of the development set, asserted: a change that loses what the
# parser does today fails the run.  Where a target is met the floor is the
# target; activities, scored over every row the parser emits, measure
# P 0.756 R 0.782 (385 rows, 372 gold rows) and miss their targets, so
# their floors sit about five rows under what was measured (recall's stays
# where it was set, three rows under).  Raise a floor with the measurement
# it rests on, never lower one to pass.
DEV_FLOORS = {
    "activities precision": 0.74,
    "activities recall": 0.775,
    "parties precision": 1.0,
    "parties recall": 1.0,
    "sessions precision": 0.90,
    "sessions recall": 0.70,
}

# Floors of the held-out set: what was measured on it when it was first
# scored, before any rule change (activities P 0.826 R 0.826 on 46 rows,
# parties 1.000 / 1.000 on 8, sessions 0.909 / 0.909 on 11), minus a margin
# of about one or two rows (see test/heldout/README.md).  They catch a
# collapse, not a small change; no rule is written to raise them.
HELDOUT_FLOORS = {
    "activities precision": 0.75,
    "activities recall": 0.75,
    "parties precision": 0.85,
    "parties recall": 0.85,
    "sessions precision": 0.80,
    "sessions recall": 0.80,
}

SETS = {
    "dev": ("development set (corpus)", "test/corpus", "test/gold", DEV_FLOORS),
    "heldout": ("held-out set", "test/heldout", "test/heldout/gold", HELDOUT_FLOORS),
}


class MissingInput(Exception):
    """An input the measurement needs is not there: a failure, never a pass."""


def tipdump(tool, path, flags):
    try:
        return G.tipdump(tool, path, flags)
    except FileNotFoundError:
        raise MissingInput("tool %s not found (make build/tipdump)" % tool)
    except subprocess.CalledProcessError as e:
        raise MissingInput("%s %s %s failed with exit status %d: %s"
                           % (tool, flags, path, e.returncode,
                              e.stderr.decode("utf-8", "replace").strip()[:300]))


def read_gold(gold_dir, name):
    path = os.path.join(gold_dir, name)
    if not os.path.isfile(path):
        raise MissingInput("gold file %s is missing" % path)
    rows = G.read_tsv(path)
    if not rows:
        raise MissingInput("gold file %s has no rows" % path)
    return rows


def report_files(corpus):
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(corpus, "*.txt")))
    if not files:
        raise MissingInput("no report files (*.txt) in %s" % corpus)
    return files


def check_mentions(tool, corpus, files):
    """The entity and date layers must find country and date mentions:
    without them the activities and parties figures measure nothing."""
    kinds = set()
    for f in files:
        kinds.update(c[3] for c in tipdump(tool, os.path.join(corpus, f), "-M"))
    lost = [k for k in ("country", "date") if k not in kinds]
    if lost:
        raise MissingInput("no %s mentions from the entity layers on %s"
                           % (" or ".join(lost), corpus))


def act_rows_found(tool, corpus, files):
    """Activity rows of tipdump -A plus the sentence keys of tipdump -X
    (sentences of numbered paragraphs only)."""
    rows = []
    keys = set()
    for f in files:
        path = os.path.join(corpus, f)
        for c in tipdump(tool, path, "-X"):
            if c[1] != "0":
                keys.add((f, c[1], G.sentence_key(c[4])))
        for c in tipdump(tool, path, "-A"):
            # activity para ord kind theme start end precision place countries orgs participants sentence
            countries = "" if c[9] == "{}" else ",".join(sorted(c[9].split(",")))
            rows.append((f, c[1], G.sentence_key(c[12]), c[3],
                         G.iso_date(c[5], c[7]), countries))
    return rows, keys


def eval_activities(args, corpus, gold_dir):
    gold = read_gold(gold_dir, "activity_sentences.tsv")
    files = report_files(corpus)
    found, keys = act_rows_found(args.tool, corpus, files)
    if not found:
        raise MissingInput("the parser emits no activity rows on %s" % corpus)

    gold_sentences = {(r["file"], r["paragraph"], r["sentence_start"]) for r in gold}
    gold_rows = [(r["file"], r["paragraph"], r["sentence_start"], r["kind"], r["date_start"],
                  ",".join(sorted(c for c in r["countries"].split(",") if c)))
                 for r in gold if r["kind"] != "none"]
    act_sentences = {g[:3] for g in gold_rows}
    for m in sorted(gold_sentences - keys):
        print("  gold sentence not among the parser's sentences: %s §%s %r" % m)
    unlisted = sorted(keys - gold_sentences)
    for m in unlisted:
        print("  GOLD INCOMPLETE: parser sentence not in the gold: %s §%s %r" % m)
    if unlisted:
        raise MissingInput("%d sentences of %s are not in %s/activity_sentences.tsv"
                           % (len(unlisted), corpus, gold_dir))
    res = {}

    def score(name, proj):
        g = collections.Counter(proj(x) for x in gold_rows)
        p = collections.Counter(proj(x) for x in found)
        tp = sum((g & p).values())
        pr, rc = G.prf(tp, sum(p.values()), sum(g.values()))
        print("  %-34s P %.3f  R %.3f   (%d matched, %d found, %d gold)"
              % (name, pr, rc, tp, sum(p.values()), sum(g.values())))
        return pr, rc, g, p

    print("activities: every emitted row scored (%d gold rows in %d activity sentences; "
          "%d sentences in all, %d with none)"
          % (len(gold_rows), len(act_sentences), len(gold_sentences),
             len(gold_sentences - act_sentences)))
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


def eval_parties(args, corpus, gold_dir):
    gold = read_gold(gold_dir, "parties.tsv")
    files = report_files(corpus)
    g = collections.Counter((r["file"], r["paragraph"], r["kind"], r["count"], r["iso3"],
                             r["year"], r["instrument"]) for r in gold)
    p = collections.Counter()
    for f in files:
        for c in tipdump(args.tool, os.path.join(corpus, f), "-P"):
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


def eval_sessions(args, corpus, gold_dir):
    gold = read_gold(gold_dir, "sessions.tsv")
    files = report_files(corpus)
    g = collections.Counter((r["file"], r["paragraph"], r["body"], r["kind"], r["number"])
                            for r in gold)
    gd = collections.Counter((r["file"], r["paragraph"], r["body"], r["kind"], r["number"],
                              r["venue"], r["date_start"], r["date_end"], r["participants"],
                              r["is_report_session"]) for r in gold)
    p = collections.Counter()
    pd = collections.Counter()
    for f in files:
        for c in tipdump(args.tool, os.path.join(corpus, f), "-S"):
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
    print("sessions, all columns exact:               P %.3f  R %.3f"
          % G.prf(tpd, sum(pd.values()), sum(gd.values())))
    if args.verbose:
        for x in sorted((p - g).elements()):
            print("    extra   %s" % (x,))
        for x in sorted((g - p).elements()):
            print("    missed  %s" % (x,))
    return {"sessions precision": pr, "sessions recall": rc}


def run_set(args, key):
    label, corpus, gold_dir, limits = SETS[key]
    print("=== %s: %s against %s" % (label, corpus, gold_dir))
    check_mentions(args.tool, corpus, report_files(corpus))
    res = {}
    if args.only in (None, "activities"):
        res.update(eval_activities(args, corpus, gold_dir))
    if args.only in (None, "parties"):
        res.update(eval_parties(args, corpus, gold_dir))
    if args.only in (None, "sessions"):
        res.update(eval_sessions(args, corpus, gold_dir))
    bad = []
    for k in sorted(res):
        if key == "dev":
            print("%s %s: %.3f, target %.2f" % ("target met" if res[k] >= TARGETS[k]
                                                 else "TARGET NOT MET", k, res[k], TARGETS[k]))
        if res[k] < limits[k]:
            bad.append(k)
            print("BELOW FLOOR (%s): %s %.3f < %.3f" % (label, k, res[k], limits[k]))
    return bad


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("-k", "--kinds", action="store_true",
                    help="list differences of (sentence, kind) only")
    ap.add_argument("--tool", default="build/tipdump")
    ap.add_argument("--only", choices=["activities", "parties", "sessions"])
    ap.add_argument("--set", choices=["dev", "heldout", "both"], default="both")
    args = ap.parse_args()
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
    keys = ["dev", "heldout"] if args.set == "both" else [args.set]
    bad = []
    try:
        for key in keys:
            bad += run_set(args, key)
    except MissingInput as e:
        print("MISSING INPUT: %s" % e)
        return 2
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
