#!/bin/sh
# Precision and recall of tip_mentions per kind against the hand-made gold
# set (test/gold/mentions.tsv, paragraphs listed in README_mentions.md).
#   test/gold/eval_mentions.sh [--check] [TIPDUMP]
# A mention matches a gold row with the same file, paragraph, kind and
# value (multiset: each gold row matches at most one mention).  Programmes
# count as organizations, as in the gold set.  --check exits 1 when a kind
# misses its target (countries and references P >= 0.98, R >= 0.97;
# organizations and dates P, R >= 0.95).
set -eu
cd "$(dirname "$0")/../.."
check=0
if [ "${1:-}" = "--check" ]; then check=1; shift; fi
TIPDUMP="${1:-build/tipdump}"
[ -x "$TIPDUMP" ] || make -s build/tipdump >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# chosen paragraphs: "file: 1,2,3" lines of the fenced list in the README
grep -E '^[0-9]{3}_[0-9a-f]+\.txt: [0-9,]+$' test/gold/README_mentions.md |
	awk -F': ' '{ n = split($2, p, ","); for (i = 1; i <= n; i++) print $1 "\t" p[i] }' > "$tmp/chosen"

for f in $(cut -f1 "$tmp/chosen" | sort -u); do
	"$TIPDUMP" -M "test/corpus/$f" | awk -F'\t' -v f="$f" '$1 == "mention" { print f "\t" $2 "\t" $4 "\t" $5 "\t" $8 }'
done > "$tmp/pred"

awk -F'\t' -v check=$check '
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
		fp[++nfp] = "FP\t" $1 "\t" $2 "\t" k "\t" $4 "\t" $5
}
END {
	for (key in gold) if (gold[key] > 0) { split(key, a, "\t"); for (i = 0; i < gold[key]; i++) print "FN\t" key > "/dev/stderr" }
	for (i = 1; i <= nfp; i++) print fp[i] > "/dev/stderr"
	printf "%-24s %6s %6s %6s %9s %7s\n", "kind", "gold", "found", "match", "precision", "recall"
	split("country|organization|organization w/o UNODC|resolution|document|date", kinds, "|")
	bad = 0
	for (i = 1; i <= 6; i++) {
		k = kinds[i]
		p = npred[k] ? tp[k] / npred[k] : 0; r = ngold[k] ? tp[k] / ngold[k] : 0
		printf "%-24s %6d %6d %6d %9.3f %7.3f\n", k, ngold[k], npred[k], tp[k], p, r
	}
	# references: resolutions and documents together
	rp = (npred["resolution"] + npred["document"]); rt = tp["resolution"] + tp["document"]
	rg = ngold["resolution"] + ngold["document"]
	P["reference"] = rp ? rt / rp : 0; R["reference"] = rg ? rt / rg : 0
	printf "%-24s %6d %6d %6d %9.3f %7.3f\n", "references (res+doc)", rg, rp, rt, P["reference"], R["reference"]
	for (k in ngold) { P[k] = npred[k] ? tp[k] / npred[k] : 0; R[k] = ngold[k] ? tp[k] / ngold[k] : 0 }
	if (P["country"] < 0.98 || R["country"] < 0.97) bad = 1
	if (P["reference"] < 0.98 || R["reference"] < 0.97) bad = 1
	if (P["organization"] < 0.95 || R["organization"] < 0.95) bad = 1
	if (P["date"] < 0.95 || R["date"] < 0.95) bad = 1
	if (check && bad) { print "eval_mentions: below target"; exit 1 }
}' "$tmp/chosen" test/gold/mentions.tsv "$tmp/pred"
