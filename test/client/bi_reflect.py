#!/usr/bin/python3
"""The schema as a BI tool sees it, through a real driver.

Lists the extension's schema with SQLAlchemy's inspector over psycopg2
(what Superset and pandas use): tables, views, columns, their types,
primary and foreign keys, and asserts what issue 13 asks of the BI
surface: a label that is never NULL, foreign keys to the dimensions
present and satisfied, no array, tsvector or bytea column in the views
(nor in the tables but tip_reports and tip_paragraphs, opened through
tip_report_overview and tip_paragraph_texts), a date wherever the year is
known, accent-folded search, and max_rows bound as bigint and numeric.

Run with Debian's python3 (python3-psycopg2, python3-sqlalchemy; see
bin/tip-setup) against a running cluster (PGHOST, PGPORT, PGUSER as
bin/tip-cluster env sets them): it makes a database, installs the
extension in a schema of its own, loads test/corpus with bin/tip-load,
and drops the database at the end.  Exits 1 on any failed assertion.
"""
import decimal
import os
import subprocess
import sys

import psycopg2
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql as pg

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DB = "tip_bi_reflect"
SCHEMA = "tip"
FACT_TABLES_WITH_VIEWS = {"tip_reports": "tip_report_overview", "tip_paragraphs": "tip_paragraph_texts"}

failures = []


def check(what, ok, detail=""):
    print(("ok   " if ok else "FAIL ") + what + (": " + str(detail) if detail != "" else ""))
    if not ok:
        failures.append(what)


def admin(sql):
    conn = psycopg2.connect(dbname="postgres")
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(sql)
    conn.close()


def url():
    # libpq reads PGHOST, PGPORT, PGUSER from the environment
    return "postgresql+psycopg2:///" + DB


def scalar_type_ok(t):
    return not isinstance(t, (sa.ARRAY, pg.TSVECTOR, sa.LargeBinary, pg.BYTEA))


def main():
    admin("DROP DATABASE IF EXISTS " + DB)
    admin("CREATE DATABASE " + DB)
    try:
        run()
    finally:
        admin("DROP DATABASE IF EXISTS " + DB)
    if failures:
        print("bi_reflect: %d failed: %s" % (len(failures), ", ".join(failures)))
        return 1
    print("bi_reflect: all passed")
    return 0


def run():
    engine = sa.create_engine(url())
    with engine.begin() as c:
        c.execute(sa.text("CREATE SCHEMA " + SCHEMA))
        c.execute(sa.text("CREATE EXTENSION tip_reports SCHEMA " + SCHEMA))
    load = subprocess.run([os.path.join(ROOT, "bin", "tip-load"), "-q", "-d", DB,
                           os.path.join(ROOT, "test", "corpus")], capture_output=True, text=True)
    check("bin/tip-load into schema " + SCHEMA, load.returncode == 0 and "5 loaded" in load.stdout,
          load.stdout.strip() + load.stderr.strip())

    insp = sa.inspect(engine)
    tables = sorted(insp.get_table_names(schema=SCHEMA))
    views = sorted(insp.get_view_names(schema=SCHEMA))
    print("tables: " + ", ".join(tables))
    print("views: " + ", ".join(views))
    check("views listed", {"tip_report_overview", "tip_parties_timeline", "tip_country_activities",
                           "tip_session_overview", "tip_references_graph", "tip_paragraph_texts",
                           "tip_report_sessions"} <= set(views))

    # columns a BI tool must show: scalar types only
    for rel in views + tables:
        cols = insp.get_columns(rel, schema=SCHEMA)
        bad = ["%s %s" % (c["name"], c["type"]) for c in cols if not scalar_type_ok(c["type"])]
        if rel in FACT_TABLES_WITH_VIEWS:
            view = FACT_TABLES_WITH_VIEWS[rel]
            print("     %s: %s kept for the loader and the search; BI users open %s" % (rel, bad, view))
            continue
        check("scalar columns in " + rel, not bad, bad)
        if rel in views:
            check("view %s has a label" % rel, any(c["name"].endswith("label") for c in cols))
            if any(c["name"].endswith("year") for c in cols):
                check("view %s has a date beside year" % rel, any(c["name"].endswith("date") for c in cols))
            comment = insp.get_table_comment(rel, schema=SCHEMA)["text"] or ""
            check("view %s names its key" % rel, "key: " in comment, comment[comment.find("key:"):])
    check("raw_text in no view", not any(c["name"] == "raw_text" for v in views
                                             for c in insp.get_columns(v, schema=SCHEMA)))

    # keys: dimensions keyed by their codes, foreign keys from every ISO3 column
    check("tip_countries keyed by alpha3",
          insp.get_pk_constraint("tip_countries", schema=SCHEMA)["constrained_columns"] == ["alpha3"])
    check("tip_organizations keyed by acronym",
          insp.get_pk_constraint("tip_organizations", schema=SCHEMA)["constrained_columns"] == ["acronym"])
    fks = {}
    for t in tables:
        for fk in insp.get_foreign_keys(t, schema=SCHEMA):
            fks.setdefault(t, []).append((tuple(fk["constrained_columns"]), fk["referred_table"],
                                          tuple(fk["referred_columns"])))
    for t, col, dim, key in [("tip_activity_countries", "iso3", "tip_countries", "alpha3"),
                             ("tip_party_events", "iso3", "tip_countries", "alpha3"),
                             ("tip_mentions", "iso3", "tip_countries", "alpha3"),
                             ("tip_activity_organizations", "acronym", "tip_organizations", "acronym"),
                             ("tip_mentions", "acronym", "tip_organizations", "acronym")]:
        check("foreign key %s.%s -> %s.%s" % (t, col, dim, key), ((col,), dim, (key,)) in fks.get(t, []))
    for t in tables:
        for c in insp.get_columns(t, schema=SCHEMA):
            if c["name"] == "iso3":
                check("%s.iso3 has a foreign key" % t, any(cols == ("iso3",) for cols, _, _ in fks.get(t, [])))

    with engine.connect() as c:
        c.execute(sa.text("SET search_path = " + SCHEMA))

        def one(sql, **kw):
            return c.execute(sa.text(sql), kw).scalar()

        # every foreign key satisfied (each is checked by the server; count the orphans anyway)
        for t, pairs in sorted(fks.items()):
            for cols, dim, keys in pairs:
                cond = " AND ".join("d.%s = t.%s" % (k, col) for col, k in zip(cols, keys))
                notnull = " AND ".join("t.%s IS NOT NULL" % col for col in cols)
                n = one("SELECT count(*) FROM %s t WHERE %s AND NOT EXISTS (SELECT FROM %s d WHERE %s)"
                        % (t, notnull, dim, cond))
                check("%s(%s) -> %s satisfied" % (t, ",".join(cols), dim), n == 0, n)
        check("keys filled: country mentions", one(
            "SELECT count(*) FROM tip_mentions WHERE kind = 'country' AND iso3 IS NULL") == 0)
        check("keys filled: bridge tip_activity_organizations has rows",
              one("SELECT count(*) FROM tip_activity_organizations") > 0)

        # labels never NULL, dates wherever the year is known
        labels = [r[0] for r in c.execute(sa.text("SELECT label FROM tip_report_overview ORDER BY report_id"))]
        check("labels", labels == ["COP 9 (2018)", "CTOC/COP/2012/2", "COP 12 (2024)", "CCPCJ 21 (2012)",
                                   "COP 7 (2014)"], labels)
        for v, label, year, date in [("tip_report_overview", "label", "year", "date"),
                                     ("tip_parties_timeline", "label", "year", "date"),
                                     ("tip_country_activities", "label", "year", "date"),
                                     ("tip_paragraph_texts", "label", "year", "date"),
                                     ("tip_session_overview", "label", "year", "date"),
                                     ("tip_references_graph", "citing_label", "citing_year", "citing_date")]:
            n = one("SELECT count(*) FROM %s WHERE %s IS NULL OR (%s IS NOT NULL AND %s IS NULL)"
                    % (v, label, year, date))
            check("%s: label and date filled" % v, n == 0, n)
        dates = c.execute(sa.text("SELECT label, date FROM tip_parties_timeline ORDER BY date")).all()
        check("timeline: a point for every report stating a total",
              len(dates) == 4 and all(d is not None for _, d in dates), dates)
        att = c.execute(sa.text("SELECT label, participants, countries FROM tip_session_overview "
                                "WHERE participants IS NOT NULL ORDER BY date")).all()
        check("session attendance", [tuple(r) for r in att] == [("WG-TIP 13 (2023)", 453, 101),
                                                                 ("WG-TIP 14 (2024)", 275, 97)], att)

    # search through the driver's own binds: int, bigint-sized, Decimal; accents folded
    conn = psycopg2.connect(dbname=DB)
    with conn.cursor() as cur:
        cur.execute("SET search_path = " + SCHEMA)
        found = {}
        for q in ["Cote d'Ivoire", "Côte d'Ivoire"]:
            cur.execute("SELECT report_id, paragraph FROM tip_search(%s, %s)", (q, 10))
            found[q] = sorted(cur.fetchall())
        check("accent search both ways", found["Cote d'Ivoire"] == found["Côte d'Ivoire"] != [], found)
        for bind, typ in [(3, "bigint"), (decimal.Decimal(4), "numeric"), (5, "integer")]:
            cur.execute("SELECT count(*) FROM tip_search(%%s, %%s::%s)" % typ, ("trafficking", bind))
            n = cur.fetchone()[0]
            check("max_rows bound as %s" % typ, n == int(bind), n)
        cur.execute("SELECT snippet, snippet_text FROM tip_search(%s, %s)", ("64/293", 1))
        snippet, plain = cur.fetchone()
        check("plain snippet beside the highlighted one",
              "<b>" in snippet and "<" not in plain and plain == snippet.replace("<b>", "").replace("</b>", ""))
        # what a BI tool reads of tip_search's result: scalar columns
        cur.execute("SELECT * FROM tip_search('trafficking', 1)")
        names = [d.name for d in cur.description]
        check("tip_search columns", names == ["report_id", "label", "symbol", "year", "date", "section_path",
                                              "heading", "paragraph", "rank", "snippet", "snippet_text"], names)
    conn.close()
    engine.dispose()


if __name__ == "__main__":
    sys.exit(main())
