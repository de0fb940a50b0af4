#!/usr/bin/env bash
# docs/reference.md is generated from the catalog (docs/gen_reference.sh):
# regenerate it from a fresh CREATE EXTENSION of the installed build and
# compare.  Fails, with the head of the difference, when an object or a
# COMMENT changed and the file was not regenerated.
# Needs the cluster named by PGHOST/PGPORT (bin/tip-cluster start; eval
# "$(bin/tip-cluster env)") and the extension installed (make install).
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1
tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT

if ! docs/gen_reference.sh >"$tmp"; then
	echo "check_reference: docs/gen_reference.sh failed" >&2
	exit 1
fi
if [ ! -f docs/reference.md ]; then
	echo "check_reference: docs/reference.md is missing; create it with: make docs" >&2
	exit 1
fi
if ! cmp -s docs/reference.md "$tmp"; then
	echo "check_reference: docs/reference.md is stale (the catalog's COMMENTs or objects changed):"
	diff -u --label docs/reference.md --label 'docs/gen_reference.sh (catalog)' docs/reference.md "$tmp" | head -40
	echo "check_reference: regenerate it with: make docs   (or: docs/gen_reference.sh > docs/reference.md)"
	exit 1
fi
echo "check_reference: docs/reference.md matches the catalog ($(grep -c '^<a id=' docs/reference.md) objects)"
