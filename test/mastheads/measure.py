#!/usr/bin/env python3
"""Field accuracy of the masthead reader on the test texts of this folder.

measure.py [TIPDUMP]  (default build/tipdump) -- prints every wrong field and
the totals: stated fields right / all stated fields, and fields invented (a
value where the text states none).  Exit status 1 when a field is wrong or
invented and --check is given.
"""
import os
import subprocess
import sys

FIELDS = ["symbol", "symbols", "job_number", "body", "parent_body", "session_number",
          "venue", "session_start", "session_end", "distributed", "original_language",
          "agenda_item", "agenda_symbol", "agenda_title", "title", "report_type"]
HERE = os.path.dirname(os.path.abspath(__file__))


def expected():
    blocks, cur = {}, None
    with open(os.path.join(HERE, "expected.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            if line.startswith("== "):
                cur = line[3:].strip()
                blocks[cur] = {}
            elif line.startswith("like "):
                blocks[cur].update(blocks[line[5:].strip()])
            else:
                k, v = line.split(": ", 1)
                blocks[cur][k] = v
    for b in blocks.values():
        for k in [k for k, v in b.items() if v == "NULL"]:
            del b[k]
    return blocks


def parsed(tipdump, path):
    out = subprocess.run([tipdump, "-m", path], capture_output=True, text=True, check=True).stdout
    got = {}
    for line in out.splitlines():
        if "\t" in line:
            k, v = line.split("\t", 1)
            if v != "NULL" and not (k == "session_number" and v == "0"):
                got[k] = v
    if "symbols" in got:
        got["symbols"] = " ".join(got["symbols"].split(","))
        if len(got["symbols"].split()) < 2:
            del got["symbols"]
    return got


def main():
    args = [a for a in sys.argv[1:] if a != "--check"]
    tipdump = args[0] if args else "build/tipdump"
    stated = right = invented = 0
    for name, exp in sorted(expected().items()):
        got = parsed(tipdump, os.path.join(HERE, name))
        for f in FIELDS:
            e, g = exp.get(f), got.get(f)
            if e is not None:
                stated += 1
                if e == g:
                    right += 1
                else:
                    print(f"{name}\t{f}\twrong\texpected {e!r}\tgot {g!r}")
            elif g is not None:
                invented += 1
                print(f"{name}\t{f}\tinvented\t{g!r}")
    print(f"stated fields right: {right}/{stated} = {right / stated:.3f}; invented: {invented}")
    if "--check" in sys.argv and (right != stated or invented):
        sys.exit(1)


if __name__ == "__main__":
    main()
