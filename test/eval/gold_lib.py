"""
Shared helpers of the gold-set evaluations: reading the gold TSV files,
running build/tipdump over the corpus, and making the 40-character
sentence keys the gold files use (see test/gold/README_activities.md).
"""
import re
import subprocess

MARK = re.compile("\x01[^\x02]*\x02")
SPACE = re.compile(r"\s+")


def sentence_key(text):
    """First 40 characters of a sentence as the gold files write them:
    footnote marks dropped, every whitespace run one space, not trimmed."""
    t = MARK.sub("", text.replace("\\n", " "))
    t = SPACE.sub(" ", t).lstrip(" ")
    return t[:40]


def read_tsv(path):
    """Rows of a gold file as dicts (header line gives the names; no quoting,
    fields are not trimmed)."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    head = lines[0].split("\t")
    rows = []
    for ln in lines[1:]:
        if ln == "":
            continue
        cells = ln.split("\t")
        cells += [""] * (len(head) - len(cells))
        rows.append(dict(zip(head, cells)))
    return rows


def tipdump(tool, path, flags):
    """Lines of `tipdump flags path`, split on tabs."""
    out = subprocess.run([tool, flags, path], check=True, capture_output=True)
    return [ln.split("\t") for ln in out.stdout.decode("utf-8").split("\n") if ln]


def iso_date(value, precision):
    """A tipdump date (YYYY-MM-DD or NULL) at the precision the gold uses:
    day -> YYYY-MM-DD, month, quarter, half -> YYYY-MM, year -> YYYY."""
    if value == "NULL" or value == "":
        return ""
    if precision == "day":
        return value
    if precision in ("month", "quarter", "half"):
        return value[:7]
    return value[:4]


def prf(tp, npred, ngold):
    p = tp / npred if npred else 1.0
    r = tp / ngold if ngold else 1.0
    return p, r
