#!/usr/bin/env bash
# The quick start from any folder: a clone of this checkout (its committed
# HEAD) in a new folder whose parent has mode 0700 (as a clone under /root
# is for the postgres user) runs bin/tip-demo, whose throwaway cluster keeps
# its data where the server's user can reach it (bin/tip-cluster dir).
# The demo builds and installs the clone's extension, starts the cluster,
# loads test/corpus and runs its queries; then the cluster is stopped and
# both folders removed.  Port: $TIP_CLONE_PGPORT, else $TIP_PGPORT + 1.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$(pwd)"
parent="$(mktemp -d "${TIP_CLONE_PARENT:-${HOME:-/tmp}}/tip-clone.XXXXXX")"
chmod 700 "$parent"
clone="$parent/tip_reports"
export TIP_PGPORT="${TIP_CLONE_PGPORT:-$(( ${TIP_PGPORT:-54329} + 1 ))}"
unset PGHOST PGPORT PGUSER PGDATABASE TIP_CLUSTER_DIR
cleanup() {
	if [ -x "$clone/bin/tip-cluster" ]; then
		dir="$("$clone/bin/tip-cluster" dir)"
		"$clone/bin/tip-cluster" stop || true
		rm -rf "$dir"
	fi
	rm -rf "$parent"
}
trap cleanup EXIT

git clone -q "$ROOT" "$clone"
echo "clone: $clone (parent mode $(stat -c %a "$parent"), owner $(stat -c %U "$parent"))"
out="$parent/demo.log"
if ! "$clone/bin/tip-demo" >"$out" 2>&1; then
	echo "clone: bin/tip-demo failed:"
	tail -30 "$out"
	exit 1
fi
dir="$("$clone/bin/tip-cluster" dir)"
case "$dir" in
"$parent"/*) echo "clone: the cluster is inside the clone ($dir)"; exit 1 ;;
esac
grep -q "tip-load: 5 file(s) in .*: 5 loaded, 0 already present, 0 failed" "$out" ||
	{ echo "clone: the demo did not load the corpus:"; grep "tip-load" "$out"; exit 1; }
eval "$("$clone/bin/tip-cluster" env)"
got=$(psql -X -At -d tip_demo -c "SELECT count(*) || ' reports, ' || count(label) || ' labels' FROM tip_reports")
echo "clone: cluster in $dir (owner $(stat -c %U "$dir")), demo database: $got"
[ "$got" = "5 reports, 5 labels" ]
