#!/usr/bin/env bash
# test/layout/check_layers.sh: the source tree has no loops.
#
# The folders of src/ are stages, in pipeline order:
#   include (public headers) < core < match < annotate < pg (PostgreSQL glue)
# and inside core, match and annotate the files are in the order of ORDER
# below, bottom first.  Fails (exit 1, one line per finding) when
#   - a file of include/, core/, match/ or annotate/ includes a PostgreSQL
#     header (or any header that is neither C's own nor a file of src/);
#   - a file includes a header of a later stage, or of its own stage that
#     ORDER puts above it;
#   - a file of core/, match/ or annotate/ calls a function defined in a file
#     above it (the objects are compiled here and read with nm);
#   - a file of pg/ includes an internal header (anything in src/ outside
#     include/ and pg/);
#   - a test (test/unit, test/tools, test/bench, test/fuzz) includes an
#     internal header, except that test/unit/STAGE/ may include the headers
#     of STAGE and the stages before it;
#   - a source file of core/, match/ or annotate/ is missing from ORDER.
# Needs bash, awk, cc and nm.  Run from anywhere; CC overrides the compiler.
set -uo pipefail
cd "$(dirname "$0")/../.."

# Bottom first.  A new file goes where its includes and calls allow: above
# everything it uses, below everything that uses it.
ORDER="
src/include/tip_alloc.h
src/include/tip_source.h
src/include/tip_parser.h
src/include/tip_annotate.h
src/include/tip_gazetteer.h
src/core/internal.h
src/core/bytes8.h
src/core/sort.h
src/core/arena.c
src/core/source_path.c
src/core/lex.c
src/core/warn.c
src/core/store.c
src/core/sort.c
src/core/words.c
src/core/normalize.c
src/core/classify.c
src/core/assemble.c
src/core/masthead_data.h
src/core/meta.c
src/core/parse.c
src/match/matcher.h
src/match/matcher_int.h
src/match/matcher.c
src/match/matcher_scan.c
src/match/gazetteer.h
src/match/gazetteer_data.c
src/match/gazetteer.c
src/annotate/annotate_int.h
src/annotate/mention.c
src/annotate/sentences.c
src/annotate/word_lists.h
src/annotate/word_lists.c
src/annotate/pat_int.h
src/annotate/pat_text.c
src/annotate/symbols.c
src/annotate/dates.c
src/annotate/figures.c
src/annotate/patterns.c
src/annotate/entities.c
src/annotate/references.c
src/annotate/parties.c
src/annotate/sessions.c
src/annotate/activities/act_int.h
src/annotate/activities/act_kinds.c
src/annotate/activities/act_verbs.c
src/annotate/activities/themes.c
src/annotate/activities/activities.c
src/annotate/annotate.c
"

# C's own headers: the only <...> includes outside pg/
STD_HEADERS=" assert.h ctype.h errno.h float.h inttypes.h limits.h math.h stdarg.h stdbool.h stddef.h stdint.h stdio.h stdlib.h string.h "

declare -A pos=()
n=0
for f in $ORDER; do
	n=$((n + 1))
	pos[$f]=$n
done

fail=0
bad() {
	echo "check_layers: $*"
	fail=1
}

# stage of a path under src/: 0 include, 1 core, 2 match, 3 annotate, 4 pg
stage_of() {
	case $1 in
		src/include/*) echo 0 ;;
		src/core/*) echo 1 ;;
		src/match/*) echo 2 ;;
		src/annotate/*) echo 3 ;;
		src/pg/*) echo 4 ;;
		*) echo 9 ;;
	esac
}

# every C file and header of the non-PostgreSQL stages is placed in ORDER
for f in $(find src/include src/core src/match src/annotate -name '*.[ch]' | sort); do
	[ -n "${pos[$f]:-}" ] || bad "$f is not placed in ORDER of $0"
done
for f in $ORDER; do
	[ -f "$f" ] || bad "ORDER names $f, which does not exist"
done

# the includes of a file, one per line: "q NAME" for "NAME", "a NAME" for <NAME>
includes_of() {
	awk '/^[ \t]*#[ \t]*include[ \t]*"/ { sub(/^[^"]*"/, ""); sub(/".*/, ""); print "q " $0; next }
		 /^[ \t]*#[ \t]*include[ \t]*</ { sub(/^[^<]*</, ""); sub(/>.*/, ""); print "a " $0 }' "$1"
}

# where a quoted include resolves (the including file's folder, then the
# -I paths of the builds: src/include, src, test/tools); empty if nowhere
resolve() {
	local dir=$1 name=$2 d
	for d in "$dir" src/include src test/tools; do
		if [ -f "$d/$name" ]; then
			realpath --relative-to=. "$d/$name"
			return
		fi
	done
}

# ---- includes of src/ ----
for f in $(find src -name '*.[ch]' | sort); do
	s=$(stage_of "$f")
	while read -r kind name; do
		if [ "$kind" = a ]; then
			[ "$s" -eq 4 ] && continue
			case $STD_HEADERS in
				*" $name "*) ;;
				*) bad "$f includes <$name>: not a C standard header (PostgreSQL's?)" ;;
			esac
			continue
		fi
		t=$(resolve "$(dirname "$f")" "$name")
		if [ -z "$t" ]; then
			[ "$s" -eq 4 ] && continue	# PostgreSQL's own headers
			bad "$f includes \"$name\": not a header of src/ (a PostgreSQL header?)"
			continue
		fi
		ts=$(stage_of "$t")
		if [ "$s" -eq 4 ]; then
			[ "$ts" -eq 0 ] || [ "$ts" -eq 4 ] ||
				bad "$f includes $t: the glue includes only public headers (src/include)"
			continue
		fi
		if [ "$ts" -gt "$s" ]; then
			bad "$f includes $t, a header of a later stage"
		elif [ -n "${pos[$t]:-}" ] && [ -n "${pos[$f]:-}" ] && [ "${pos[$t]}" -gt "${pos[$f]}" ]; then
			bad "$f includes $t, which ORDER puts above it"
		fi
	done < <(includes_of "$f")
done

# ---- includes of the tests, tools, benchmarks and the fuzz harness ----
for f in $(find test/unit test/tools test/bench test/fuzz -name '*.[ch]' 2>/dev/null | sort); do
	case $f in
		test/unit/core/*) allow=1 ;;
		test/unit/match/*) allow=2 ;;
		test/unit/annotate/*) allow=3 ;;
		*) allow=0 ;;
	esac
	while read -r kind name; do
		[ "$kind" = q ] || continue
		t=$(resolve "$(dirname "$f")" "$name")
		case $t in
			src/*) ;;
			*) continue ;;
		esac
		ts=$(stage_of "$t")
		[ "$ts" -le "$allow" ] ||
			bad "$f includes $t: only public headers$([ "$allow" -gt 0 ] && echo " and those of its stage and earlier ones")"
	done < <(includes_of "$f")
done

# ---- calls: compile core, match and annotate, read the symbols ----
CC=${CC:-cc}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
: > "$tmp/defs"
: > "$tmp/uses"
for f in $ORDER; do
	case $f in
		*.c) [ -f "$f" ] || continue ;;
		*) continue ;;
	esac
	o="$tmp/$(echo "$f" | tr / _).o"
	if ! "$CC" -std=c99 -O0 -Isrc/include -Isrc -c -o "$o" "$f" 2> "$tmp/cc.log"; then
		cat "$tmp/cc.log"
		bad "$f does not compile on its own"
		continue
	fi
	nm -g --defined-only "$o" | awk -v f="$f" 'NF == 3 { print $3 "\t" f }' >> "$tmp/defs"
	nm -u "$o" | awk -v f="$f" '{ print $NF "\t" f }' >> "$tmp/uses"
done
sort -o "$tmp/defs" "$tmp/defs"
sort -o "$tmp/uses" "$tmp/uses"
while IFS=$'\t' read -r sym def user; do
	[ "$def" = "$user" ] && continue
	[ "${pos[$def]}" -lt "${pos[$user]}" ] ||
		bad "$user calls $sym of $def, which ORDER puts above it"
done < <(join -t $'\t' "$tmp/defs" "$tmp/uses")

if [ "$fail" -ne 0 ]; then
	echo "check_layers: FAILED (src/: include < core < match < annotate < pg; see $0)"
	exit 1
fi
echo "check_layers: $n files of include/, core/, match/, annotate/ in order; no file includes or calls one above it; pg/ and the tests include only public headers (unit tests of a stage: that stage and earlier ones)"
