#!/bin/sh
# Precision and recall of tip_mentions per kind against the hand-made gold
# sets, printed as two tables:
#   development set (corpus): test/corpus/ against test/gold/mentions.tsv,
#     paragraphs listed in test/gold/README_mentions.md;
#   held-out set: test/heldout/*.txt against test/heldout/gold/mentions.tsv,
#     every numbered paragraph (listed in test/heldout/README.md).
#   test/gold/eval_mentions.sh [--check] [TIPDUMP]
# A mention matches a gold row with the same file, paragraph, kind and
# value (multiset: each gold row matches at most one mention).  Programmes
# count as organizations, as in the gold sets.  Unmatched rows (FN, FP) go
# to stderr, each prefixed with the set ("dev" or "heldout").
# --check exits 1 when a kind misses its target on the development set
# (countries and references P >= 0.98, R >= 0.97; organizations and dates
# P, R >= 0.95) or falls below its floor on the held-out set.  The held-out
# floors are the first measurement (before any change, no rule written
# against that set) minus a margin of one or two rows; they catch a
# collapse, they are not targets (see test/heldout/README.md).
set -eu
cd "$(dirname "$0")/../.."
check=0
if [ "${1:-}" = "--check" ]; then check=1; shift; fi
TIPDUMP="${1:-build/tipdump}"
[ -x "$TIPDUMP" ] || make -s build/tipdump >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# chosen paragraphs: "file: 1,2,3" lines of the fenced list in a README
chosen() { # README FILE-PATTERN
	grep -E "^$2: [0-9,]+\$" "$1" |
		awk -F': ' '{ n = split($2, p, ","); for (i = 1; i <= n; i++) print $1 "\t" p[i] }'
}

predict() { # CHOSEN TEXTDIR
	for f in $(cut -f1 "$1" | sort -u); do
		[ -f "$2/$f" ] || { echo "eval_mentions: missing $2/$f" >&2; exit 2; }
		"$TIPDUMP" -M "$2/$f" | awk -F'\t' -v f="$f" '$1 == "mention" { print f "\t" $2 "\t" $4 "\t" $5 "\t" $8 }'
	done
}

# score LABEL TAG MODE CHOSEN GOLD PRED; MODE "targets" or "floors" (with
# the floors as extra awk variables)
score() {
	label=$1 tag=$2 mode=$3 ch=$4 gold=$5 pred=$6
	shift 6
	[ -s "$ch" ] || { echo "eval_mentions: no chosen paragraphs for $label" >&2; exit 2; }
	[ -f "$gold" ] || { echo "eval_mentions: missing $gold" >&2; exit 2; }
	echo "== $label"
	awk -F'\t' -v check=$check -v mode="$mode" -v tag="$tag" -v label="$label" "$@" '
FILENAME == ARGV[1] { chosen[$1 "\t" $2] = 1; next }
FILENAME == ARGV[2] {
	if (FNR == 1) next
	if (!(($1 "\t" $2) in chosen)) next
	k = $3; key = $1 "\t" $2 "\t" k "\t" $4
	gold[key]++; ngold[k]++
	if (k == "organization" && $4 != "UNODC") ngold["organization w/o UNODC"]++
	next
}
{
	if (!(($1 "\t" $2) in chosen)) next
	k = $3
	if (k == "programme") k = "organization"
	if (k != "country" && k != "organization" && k != "resolution" && k != "document" && k != "date") next
	key = $1 "\t" $2 "\t" k "\t" $4
	npred[k]++
	if (k == "organization" && $4 != "UNODC") npred["organization w/o UNODC"]++
	if (gold[key] > 0) {
		gold[key]--; tp[k]++
		if (k == "organization" && $4 != "UNODC") tp["organization w/o UNODC"]++
	} else
		fp[++nfp] = tag "\tFP\t" $1 "\t" $2 "\t" k "\t" $4 "\t" $5
}
END {
	for (key in gold) if (gold[key] > 0) { for (i = 0; i < gold[key]; i++) print tag "\tFN\t" key > "/dev/stderr" }
	for (i = 1; i <= nfp; i++) print fp[i] > "/dev/stderr"
	printf "%-24s %6s %6s %6s %9s %7s\n", "kind", "gold", "found", "match", "precision", "recall"
	split("country|organization|organization w/o UNODC|resolution|document|date", kinds, "|")
	bad = 0
	for (i = 1; i <= 6; i++) {
		k = kinds[i]
		# no rows found (no gold rows): precision (recall) is undefined, "-"
		p = npred[k] ? sprintf("%.3f", tp[k] / npred[k]) : "-"
		r = ngold[k] ? sprintf("%.3f", tp[k] / ngold[k]) : "-"
		printf "%-24s %6d %6d %6d %9s %7s\n", k, ngold[k], npred[k], tp[k], p, r
	}
	# references: resolutions and documents together
	rp = (npred["resolution"] + npred["document"]); rt = tp["resolution"] + tp["document"]
	rg = ngold["resolution"] + ngold["document"]
	P["reference"] = rp ? rt / rp : 0; R["reference"] = rg ? rt / rg : 0
	printf "%-24s %6d %6d %6d %9.3f %7.3f\n", "references (res+doc)", rg, rp, rt, P["reference"], R["reference"]
	for (k in ngold) { P[k] = npred[k] ? tp[k] / npred[k] : 0; R[k] = ngold[k] ? tp[k] / ngold[k] : 0 }
	if (mode == "targets") {
		if (P["country"] < 0.98 || R["country"] < 0.97) bad = 1
		if (P["reference"] < 0.98 || R["reference"] < 0.97) bad = 1
		if (P["organization"] < 0.95 || R["organization"] < 0.95) bad = 1
		if (P["date"] < 0.95 || R["date"] < 0.95) bad = 1
	} else {
		if (P["country"] < fcp || R["country"] < fcr) bad = 1
		if (P["organization"] < fop || R["organization"] < for_) bad = 1
		if (P["reference"] < frp || R["reference"] < frr) bad = 1
		if (P["date"] < fdp || R["date"] < fdr) bad = 1
	}
	if (check && bad) {
		print "eval_mentions: " (mode == "targets" ? "below target" : "below floor") " on the " label
		exit 1
	}
}' "$ch" "$gold" "$pred"
}

chosen test/gold/README_mentions.md '[0-9]{3}_[0-9a-f]+\.txt' > "$tmp/chosen.dev"
predict "$tmp/chosen.dev" test/corpus > "$tmp/pred.dev"
chosen test/heldout/README.md 'h[0-9]+_[a-z0-9]+\.txt' > "$tmp/chosen.heldout"
predict "$tmp/chosen.heldout" test/heldout > "$tmp/pred.heldout"

rc=0
score "development set (corpus)" dev targets \
	"$tmp/chosen.dev" test/gold/mentions.tsv "$tmp/pred.dev" || rc=1
echo
# Held-out floors (P, R).  First measurement, before any change: every kind
# 1.000 / 1.000 (countries 37 of 37, organizations 46 of 46, references 3 of
# 3, dates 43 of 43, no false ones).  Each floor is that score with two rows
# lost (one for references, which have only 3 rows), rounded down to two
# decimals: recall with two gold rows missed, precision with two false rows
# added.  Countries 35/37 = 0.946, 37/39 = 0.949 -> 0.94; organizations
# 44/46 = 0.957, 46/48 = 0.958 -> 0.95; dates 41/43 = 0.953, 43/45 = 0.956
# -> 0.95; references 2/3 = 0.667 -> 0.66, 3/4 -> 0.75.
score "held-out set" heldout floors \
	"$tmp/chosen.heldout" test/heldout/gold/mentions.tsv "$tmp/pred.heldout" \
	-v fcp=0.94 -v fcr=0.94 -v fop=0.95 -v for_=0.95 \
	-v frp=0.75 -v frr=0.66 -v fdp=0.95 -v fdr=0.95 || rc=1
exit $rc
