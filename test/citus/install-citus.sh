#!/usr/bin/env bash
# Make Citus available to the PostgreSQL 15 of TIP_PG_BINDIR (default:
# Debian's): an installed copy is used as it is; otherwise Citus 13.2.2 is
# built from its source tarball ($CITUS_SRC: a tarball or an unpacked tree;
# default shared/vendor/citus-13.2.2.tar.gz next to the checkout or next to
# a folder above it) and installed.
# The build is kept outside the checkout, in
# $TIP_CITUS_CACHE (default /var/cache/tip_reports as root, else
# ~/.cache/tip_reports), one tree per Citus version, PostgreSQL version and
# installation, so a second run only copies it in (make install).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$(pwd -P)"
BIN="${TIP_PG_BINDIR:-/usr/lib/postgresql/15/bin}"
PGC="$BIN/pg_config"
VERSION=13.2.2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

libdir="$("$PGC" --pkglibdir)"
sharedir="$("$PGC" --sharedir)"
if [ -f "$libdir/citus.so" ] && [ -f "$sharedir/extension/citus.control" ]; then
	echo "install-citus: Citus already installed in $libdir"
	exit 0
fi

# the build's dependencies (Debian 12), as bin/tip-setup installs its own
PKGS="build-essential libcurl4-openssl-dev liblz4-dev libzstd-dev libkrb5-dev libssl-dev autoconf flex bison"
missing=""
for p in $PKGS; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
	echo "install-citus: installing$missing"
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

if [ "$(id -u)" -eq 0 ]; then dflt=/var/cache/tip_reports; else dflt="${XDG_CACHE_HOME:-$HOME/.cache}/tip_reports"; fi
CACHE="${TIP_CITUS_CACHE:-$dflt}"
pgver="$("$PGC" --version | sed -n 's/^PostgreSQL \([0-9.]*\).*/\1/p')"
# a tree is configured for one pg_config: another installation of the same
# version gets its own
key="$(printf '%s' "$PGC" | sha256sum | cut -c1-8)"
TREE="$CACHE/citus-$VERSION-pg$pgver-$key"

if [ ! -f "$TREE/.built" ]; then
	SRC="${CITUS_SRC:-}"
	if [ -z "$SRC" ]; then
		# shared/vendor/ next to the checkout, or next to a folder above it
		# (a clone made inside the workspace rather than beside it)
		d="$ROOT"
		while [ "$d" != / ] && [ -z "$SRC" ]; do
			d="$(dirname "$d")"
			[ -e "$d/shared/vendor/citus-$VERSION.tar.gz" ] && SRC="$d/shared/vendor/citus-$VERSION.tar.gz"
		done
	fi
	if [ -z "$SRC" ] || [ ! -e "$SRC" ]; then
		echo "install-citus: no Citus source: set CITUS_SRC to citus-$VERSION.tar.gz or its tree" >&2
		exit 1
	fi
	rm -rf "$TREE"
	mkdir -p "$TREE"
	if [ -d "$SRC" ]; then
		cp -a "$SRC/." "$TREE/"
	else
		tar xzf "$SRC" -C "$TREE" --strip-components=1
	fi
	echo "install-citus: building Citus $VERSION for PostgreSQL $pgver in $TREE"
	(cd "$TREE" && ./configure PG_CONFIG="$PGC" >configure.log 2>&1 \
		&& make -j"$(nproc)" >build.log 2>&1) || {
		echo "install-citus: build failed, see $TREE/configure.log and $TREE/build.log" >&2
		tail -20 "$TREE/build.log" 2>/dev/null >&2 || true
		exit 1
	}
	touch "$TREE/.built"
fi
(cd "$TREE" && $SUDO make install >install.log 2>&1) || {
	echo "install-citus: make install failed, see $TREE/install.log" >&2
	exit 1
}
echo "install-citus: Citus $VERSION installed in $libdir"
