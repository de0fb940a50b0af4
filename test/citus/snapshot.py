#!/usr/bin/env python3
"""Write every row of the tip_reports corpus, its views and a set of
tip_search answers of one database as text, one file per relation, so that
two databases (one node and Citus) can be compared file by file.

    snapshot.py OUTDIR psql-args...

Rows are JSON objects with sorted keys.  A report is named by its SHA-256
instead of its report_id (one node numbers reports from a sequence, Citus
makes the id of the hash), loaded_at (when it was loaded) is left out, and
the rows of a relation are sorted, so the files do not depend on the order
the rows were read in.  tip_search answers keep their order: it is part of
the answer."""
import json
import os
import subprocess
import sys

TABLES = ["tip_reports", "tip_sections", "tip_paragraphs", "tip_footnotes", "tip_mentions",
          "tip_references", "tip_party_events", "tip_session_refs", "tip_activities",
          "tip_activity_countries", "tip_activity_organizations", "tip_countries",
          "tip_organizations"]
VIEWS = ["tip_report_overview", "tip_paragraph_texts", "tip_parties_timeline",
         "tip_country_activities", "tip_session_overview", "tip_report_sessions",
         "tip_references_graph"]
SEARCHES = ['"organ removal"', "trafficking", "victims OR smuggling", "technical assistance -Vienna",
            "64/293", "Protocol parties", "Nairobi workshop", "forced labour", "Côte d'Ivoire",
            "smuggling -trafficking"]
ID_COLUMNS = ("report_id", "citing_report_id", "cited_report_id")


def rows(psql, sql):
    out = subprocess.run(psql + ["-c", "COPY (%s) TO STDOUT" % sql], check=True,
                         stdout=subprocess.PIPE).stdout.decode("utf-8")
    # COPY text format: the JSON has no tabs or newlines of its own but
    # escapes backslashes
    return [json.loads(line.replace("\\\\", "\\")) for line in out.splitlines()]


def main():
    outdir, psql = sys.argv[1], ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1"] + sys.argv[2:]
    os.makedirs(outdir, exist_ok=True)
    ids = {}
    for r in rows(psql, "SELECT json_build_object('id', report_id, 'h', encode(sha256, 'hex')) FROM tip_reports"):
        ids[r["id"]] = r["h"]

    def norm(row):
        row.pop("loaded_at", None)
        for c in ID_COLUMNS:
            if row.get(c) is not None:
                if row.get("label") == "Report %s" % row[c]:
                    row["label"] = "Report " + ids[row[c]]
                row[c] = ids[row[c]]
        return json.dumps(row, sort_keys=True, ensure_ascii=False)

    for rel in TABLES + VIEWS:
        lines = sorted(norm(r) for r in rows(psql, "SELECT to_json(t) FROM %s AS t" % rel))
        with open(os.path.join(outdir, rel), "w") as f:
            f.write("\n".join(lines) + "\n")
    with open(os.path.join(outdir, "tip_search"), "w") as f:
        for q in SEARCHES:
            for k in (20, 60):
                lit = "'" + q.replace("'", "''") + "'"
                f.write("-- %s, %d\n" % (q, k))
                for r in rows(psql, "SELECT to_json(t) FROM tip_search(%s, %d) AS t" % (lit, k)):
                    f.write(norm(r) + "\n")


if __name__ == "__main__":
    main()
