#!/bin/sh
# Validate the reference data in data/*.tsv.
# POSIX sh + awk only (works with mawk, gawk and busybox awk).
# Usage: test/data_check/check_data.sh [repo_root]
# Env:   ISO_JSON  path to iso-codes' iso_3166-1.json
#                  (default /usr/share/iso-codes/json/iso_3166-1.json;
#                  the ISO cross-checks are skipped when it is absent)
# Last line of output: "N passed, N failed"; exit status 1 on any failure.

LC_ALL=C
export LC_ALL

here=$(cd "$(dirname "$0")" && pwd)
root=${1:-$(cd "$here/../.." && pwd)}
data="$root/data"
ISO_JSON=${ISO_JSON:-/usr/share/iso-codes/json/iso_3166-1.json}

C="$data/countries.tsv"
O="$data/organizations.tsv"
A="$data/demonyms_ambiguous.tsv"

tmp=${TMPDIR:-/tmp}/check_data.$$
mkdir -p "$tmp" || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM

passed=0
failed=0
skipped=0

# check NAME CMD...: CMD prints problems (one per line) on stdout and/or
# exits non-zero on failure.
check() {
    name=$1
    shift
    "$@" >"$tmp/out" 2>&1
    rc=$?
    if [ $rc -eq 0 ] && [ ! -s "$tmp/out" ]; then
        passed=$((passed + 1))
        echo "ok - $name"
    else
        failed=$((failed + 1))
        echo "FAIL - $name"
        head -n 20 "$tmp/out" | sed 's/^/    /'
        n=$(wc -l <"$tmp/out")
        [ "$n" -gt 20 ] && echo "    ... ($n lines)"
    fi
    return 0
}

skip() {
    skipped=$((skipped + 1))
    echo "skip - $1"
}

# UN M49 regions and sub-regions (and intermediate regions, which no alias
# may equal either).  Format: region<TAB>sub-region.
cat >"$tmp/m49" <<'EOF'
Africa	Northern Africa
Africa	Sub-Saharan Africa
Americas	Latin America and the Caribbean
Americas	Northern America
Asia	Central Asia
Asia	Eastern Asia
Asia	South-eastern Asia
Asia	Southern Asia
Asia	Western Asia
Europe	Eastern Europe
Europe	Northern Europe
Europe	Southern Europe
Europe	Western Europe
Oceania	Australia and New Zealand
Oceania	Melanesia
Oceania	Micronesia
Oceania	Polynesia
EOF
cat >"$tmp/regionnames" <<'EOF'
World
Africa
Americas
Asia
Europe
Oceania
Antarctica
Northern Africa
Sub-Saharan Africa
Eastern Africa
Middle Africa
Southern Africa
Western Africa
Latin America and the Caribbean
Latin America
Caribbean
the Caribbean
Central America
South America
Northern America
North America
Central Asia
Eastern Asia
South-eastern Asia
South-Eastern Asia
Southern Asia
Western Asia
Eastern Europe
Northern Europe
Southern Europe
Western Europe
Channel Islands
Australia and New Zealand
Melanesia
Micronesia
Polynesia
EOF

# ---------------------------------------------------------------- files
files_exist() {
    for f in "$C" "$O" "$A"; do
        [ -f "$f" ] || echo "missing file: $f"
    done
}
check "data files exist" files_exist

no_cr_no_bom() {
    for f in "$C" "$O" "$A"; do
        [ -f "$f" ] || continue
        if grep -n "$(printf '\r')" "$f" >/dev/null 2>&1; then
            echo "$f: contains CR characters"
        fi
        awk -v f="$f" 'NR==1 && substr($0,1,3)=="\357\273\277" {print f ": starts with a BOM"}' "$f"
        # Last byte must be a newline.
        if [ -s "$f" ] && [ "$(tail -c 1 "$f" | od -An -c | tr -d ' ')" != '\n' ]; then
            echo "$f: no final newline"
        fi
    done
}
check "no CR, no BOM, final newline" no_cr_no_bom

valid_utf8() {
    if command -v iconv >/dev/null 2>&1; then
        for f in "$C" "$O" "$A"; do
            [ -f "$f" ] || continue
            iconv -f UTF-8 -t UTF-8 "$f" >/dev/null 2>&1 || echo "$f: not valid UTF-8"
        done
    else
        # Byte-level check in awk (C locale): every lead byte must be
        # followed by the right number of continuation bytes.
        for f in "$C" "$O" "$A"; do
            [ -f "$f" ] || continue
            awk -v f="$f" '
            BEGIN { for (i = 0; i < 256; i++) ord[sprintf("%c", i)] = i }
            {
                n = length($0); need = 0
                for (i = 1; i <= n; i++) {
                    b = ord[substr($0, i, 1)]
                    if (need > 0) {
                        if (b < 128 || b >= 192) { bad = 1; break }
                        need--
                    } else if (b < 128) { }
                    else if (b >= 194 && b < 224) need = 1
                    else if (b >= 224 && b < 240) need = 2
                    else if (b >= 240 && b < 245) need = 3
                    else { bad = 1; break }
                }
                if (need > 0) bad = 1
                if (bad) { print f ":" NR ": invalid UTF-8"; bad = 0 }
            }' "$f"
        done
    fi
}
check "files are valid UTF-8" valid_utf8

# columns FILE N HEADER
columns() {
    [ -f "$1" ] || { echo "missing $1"; return 1; }
    awk -F'\t' -v n="$2" -v hdr="$3" -v f="$1" '
    NR == 1 { if ($0 != hdr) print f ": bad header: " $0; next }
    NF != n { print f ":" NR ": " NF " columns, expected " n }
    /^[ \t]*$/ { print f ":" NR ": empty line" }
    {
        for (i = 1; i <= NF; i++)
            if ($i ~ /^ / || $i ~ / $/) print f ":" NR ": field " i " has leading/trailing space"
    }
    END { if (NR < 2) print f ": no data rows" }' "$1"
}
check "countries.tsv: header and 9 columns on every row" \
    columns "$C" 9 "$(printf 'alpha2\talpha3\tm49\tun_name\tcommon_name\tregion\tsubregion\taliases\tdemonyms')"
check "organizations.tsv: header and 5 columns on every row" \
    columns "$O" 5 "$(printf 'acronym\tfull_name\tkind\taliases\tstandard')"
check "demonyms_ambiguous.tsv: header and 2 columns on every row" \
    columns "$A" 2 "$(printf 'demonym\tcandidates')"
check "regions.tsv: header and 2 columns on every row" \
    columns "$data/regions.tsv" 2 "$(printf 'name\tkind')"

# ------------------------------------------------------------ countries
country_fields() {
    awk -F'\t' 'NR > 1 {
        if ($1 !~ /^[A-Z][A-Z]$/) print NR ": bad alpha2 " $1
        if ($2 !~ /^[A-Z][A-Z][A-Z]$/) print NR ": bad alpha3 " $2
        if ($3 !~ /^[0-9][0-9][0-9]$/) print NR ": bad m49 " $3
        if ($4 == "") print NR ": empty un_name"
        if ($5 == "") print NR ": empty common_name"
    }' "$C"
}
check "countries: code formats, names non-empty" country_fields

# unique COLUMN LABEL
unique_col() {
    awk -F'\t' -v c="$1" -v l="$2" 'NR > 1 {
        if ($c in seen) print l " " $c " on lines " seen[$c] " and " NR
        else seen[$c] = NR
    }' "$C"
}
check "countries: alpha2 unique" unique_col 1 alpha2
check "countries: alpha3 unique" unique_col 2 alpha3
check "countries: m49 unique" unique_col 3 m49
check "countries: un_name unique" unique_col 4 un_name

region_ok() {
    awk -F'\t' -v m="$tmp/m49" '
    BEGIN { while ((getline l < m) > 0) { split(l, p, "\t"); sub2reg[p[2]] = p[1] } }
    NR > 1 {
        if ($6 == "" && $7 == "") {
            if ($2 != "ATA") print NR ": " $2 " has no region (only Antarctica may)"
            next
        }
        if (!($7 in sub2reg)) { print NR ": " $2 " unknown sub-region \"" $7 "\""; next }
        if (sub2reg[$7] != $6) print NR ": " $2 " sub-region " $7 " is not in region " $6
    }' "$C"
}
check "countries: region/sub-region are M49 names and consistent" region_ok

# Spot checks of the M49 classification for entries that are easy to get
# wrong (alpha3<TAB>sub-region).
region_spot() {
    cat >"$tmp/spot" <<'EOF'
SDN	Northern Africa
ESH	Northern Africa
MRT	Sub-Saharan Africa
SSD	Sub-Saharan Africa
IOT	Sub-Saharan Africa
ATF	Sub-Saharan Africa
SHN	Sub-Saharan Africa
MEX	Latin America and the Caribbean
BVT	Latin America and the Caribbean
SGS	Latin America and the Caribbean
FLK	Latin America and the Caribbean
GRL	Northern America
BMU	Northern America
SPM	Northern America
CYP	Western Asia
TUR	Western Asia
GEO	Western Asia
ARM	Western Asia
AZE	Western Asia
IRN	Southern Asia
AFG	Southern Asia
MNG	Eastern Asia
TLS	South-eastern Asia
KAZ	Central Asia
RUS	Eastern Europe
CZE	Eastern Europe
EST	Northern Europe
IRL	Northern Europe
GBR	Northern Europe
GRC	Southern Europe
SVN	Southern Europe
VAT	Southern Europe
AUT	Western Europe
NLD	Western Europe
HMD	Australia and New Zealand
CXR	Australia and New Zealand
UMI	Micronesia
KIR	Micronesia
PCN	Polynesia
NCL	Melanesia
EOF
    awk -F'\t' -v s="$tmp/spot" '
    BEGIN { while ((getline l < s) > 0) { split(l, p, "\t"); want[p[1]] = p[2] } }
    NR > 1 && ($2 in want) { if ($7 != want[$2]) print $2 ": sub-region " $7 ", expected " want[$2]; got[$2] = 1 }
    END { for (k in want) if (!(k in got)) print k ": missing row" }' "$C"
}
check "countries: M49 spot checks" region_spot

iso_match() {
    awk -F'\t' -v j="$ISO_JSON" '
    BEGIN {
        while ((getline l < j) > 0) {
            if (l ~ /"alpha_2"/) { a2 = l; sub(/^.*"alpha_2"[ ]*:[ ]*"/, "", a2); sub(/".*$/, "", a2) }
            else if (l ~ /"alpha_3"/) { a3 = l; sub(/^.*"alpha_3"[ ]*:[ ]*"/, "", a3); sub(/".*$/, "", a3) }
            else if (l ~ /"numeric"/) { nu = l; sub(/^.*"numeric"[ ]*:[ ]*"/, "", nu); sub(/".*$/, "", nu) }
            if (l ~ /}/ && a3 != "") { iso3[a2] = a3; isonum[a2] = nu; isoa3[a3] = a2; n++; a2 = a3 = nu = "" }
        }
        if (n < 200) { print "could not read ISO entries from " j; exit 1 }
    }
    NR > 1 {
        seen[$2] = 1
        if (!($1 in iso3)) { print NR ": alpha2 " $1 " not in iso-codes"; next }
        if (iso3[$1] != $2) print NR ": " $1 " has alpha3 " $2 ", iso-codes says " iso3[$1]
        if (isonum[$1] != $3) print NR ": " $1 " has m49 " $3 ", iso-codes numeric is " isonum[$1]
    }
    END { for (k in isoa3) if (!(k in seen)) print "iso-codes entry " k " (" isoa3[k] ") has no row" }' "$C"
}
if [ -f "$ISO_JSON" ]; then
    check "countries: codes match iso-codes and cover every ISO 3166-1 entry" iso_match
else
    skip "countries: codes match iso-codes ($ISO_JSON not found)"
fi

# List items: no empty items, no surrounding spaces, no duplicates in a row.
list_items() {
    awk -F'\t' -v cols="$2" -v f="$1" '
    BEGIN { nc = split(cols, cs, ",") }
    NR > 1 {
        for (c = 1; c <= nc; c++) {
            v = $(cs[c]); if (v == "") continue
            n = split(v, it, "|")
            for (i = 1; i <= n; i++) {
                if (it[i] == "") print f ":" NR ": empty item in column " cs[c]
                else if (it[i] ~ /^ / || it[i] ~ / $/) print f ":" NR ": item \"" it[i] "\" has surrounding space"
                if ((NR SUBSEP it[i]) in dup) print f ":" NR ": \"" it[i] "\" repeated in the row"
                dup[NR, it[i]] = 1
            }
        }
    }' "$1"
}
check "countries: alias/demonym lists well formed" list_items "$C" 8,9
check "organizations: alias lists well formed" list_items "$O" 4
check "demonyms_ambiguous: candidate lists well formed" list_items "$A" 2

aliases_not_names_in_row() {
    awk -F'\t' 'NR > 1 {
        n = split($8, it, "|")
        for (i = 1; i <= n; i++) if (it[i] == $4) print NR ": alias repeats un_name " $4
    }' "$C"
}
check "countries: aliases do not repeat the row's un_name" aliases_not_names_in_row

# Every alias and demonym (and every un_name/common_name) belongs to one row.
country_names_unique() {
    awk -F'\t' '
    function own(name, what,   k) {
        if (name == "") return
        if ((name in owner) && owner[name] != $2)
            print "\"" name "\" (" what " of " $2 ") already used by " owner[name] " (" kind[name] ")"
        else if (!(name in owner)) { owner[name] = $2; kind[name] = what }
    }
    NR > 1 {
        own($4, "un_name"); own($5, "common_name")
        n = split($8, it, "|"); for (i = 1; i <= n; i++) own(it[i], "alias")
        n = split($9, it, "|"); for (i = 1; i <= n; i++) own(it[i], "demonym")
    }' "$C"
}
check "countries: no name, alias or demonym is used by two rows" country_names_unique

aliases_not_regions() {
    awk -F'\t' -v r="$tmp/regionnames" '
    BEGIN { while ((getline l < r) > 0) reg[l] = 1 }
    NR > 1 {
        n = split($8, it, "|")
        for (i = 1; i <= n; i++) if (it[i] in reg) print $2 ": alias \"" it[i] "\" is a region name"
        n = split($9, it, "|")
        for (i = 1; i <= n; i++) if (it[i] in reg) print $2 ": demonym \"" it[i] "\" is a region name"
    }' "$C"
}
check "countries: no alias or demonym equals an M49 region name" aliases_not_regions

must_have() {
    # alpha3<TAB>column<TAB>value that must be present in that list column.
    cat >"$tmp/must" <<'EOF'
SDN	8	the Sudan
NER	8	the Niger
COG	8	the Congo
GMB	8	the Gambia
BHS	8	the Bahamas
COM	8	the Comoros
PHL	8	the Philippines
NLD	8	the Netherlands
NLD	8	Netherlands
GBR	8	the United Kingdom
USA	8	the United States
USA	8	United States
DOM	8	the Dominican Republic
CAF	8	the Central African Republic
COD	8	the Democratic Republic of the Congo
RUS	8	the Russian Federation
KOR	8	the Republic of Korea
MDA	8	the Republic of Moldova
SYR	8	the Syrian Arab Republic
TZA	8	the United Republic of Tanzania
LAO	8	the Lao People's Democratic Republic
MHL	8	the Marshall Islands
SLB	8	the Solomon Islands
ARE	8	the United Arab Emirates
MKD	8	the former Yugoslav Republic of Macedonia
MKD	8	The former Yugoslav Republic of Macedonia
PSE	8	the State of Palestine
TUR	8	Turkey
SWZ	8	Swaziland
CZE	8	Czech Republic
CPV	8	Cape Verde
BOL	8	Bolivia
IRN	8	Iran
VEN	8	Venezuela
TZA	8	Tanzania
MDA	8	Moldova
SYR	8	Syria
VNM	8	Vietnam
LAO	8	Laos
BRN	8	Brunei
CIV	8	Cote d'Ivoire
CIV	8	Côte d’Ivoire
ETH	9	Ethiopian
RWA	9	Rwandan
ALB	9	Albanian
NGA	9	Nigerian
NER	9	Nigerien
SSD	9	South Sudanese
EOF
    awk -F'\t' -v m="$tmp/must" '
    BEGIN { while ((getline l < m) > 0) { n++; split(l, p, "\t"); a[n] = p[1]; c[n] = p[2]; v[n] = p[3] } }
    NR > 1 { for (i = 1; i <= n; i++) if ($2 == a[i]) { row[i] = "|" $(c[i]) "|"; has[i] = 1 } }
    END {
        for (i = 1; i <= n; i++) {
            if (!has[i]) { print a[i] ": no row"; continue }
            if (index(row[i], "|" v[i] "|") == 0) print a[i] ": column " c[i] " lacks \"" v[i] "\""
        }
    }' "$C"
}
check "countries: required UN-style aliases and demonyms present" must_have

un_names() {
    cat >"$tmp/un" <<'EOF'
BOL	Bolivia (Plurinational State of)
IRN	Iran (Islamic Republic of)
FSM	Micronesia (Federated States of)
VEN	Venezuela (Bolivarian Republic of)
NLD	Netherlands (Kingdom of the)
GBR	United Kingdom of Great Britain and Northern Ireland
USA	United States of America
TUR	Türkiye
CIV	Côte d'Ivoire
VNM	Viet Nam
PSE	State of Palestine
KOR	Republic of Korea
PRK	Democratic People's Republic of Korea
LAO	Lao People's Democratic Republic
TZA	United Republic of Tanzania
MDA	Republic of Moldova
SDN	Sudan
COD	Democratic Republic of the Congo
COG	Congo
CZE	Czechia
MKD	North Macedonia
SWZ	Eswatini
CPV	Cabo Verde
HKG	China, Hong Kong Special Administrative Region
MAC	China, Macao Special Administrative Region
EOF
    awk -F'\t' -v u="$tmp/un" '
    BEGIN { while ((getline l < u) > 0) { split(l, p, "\t"); want[p[1]] = p[2] } }
    NR > 1 && ($2 in want) { if ($4 != want[$2]) print $2 ": un_name \"" $4 "\", expected \"" want[$2] "\"" }' "$C"
}
check "countries: UN short names spot checks" un_names

# ---------------------------------------------------- ambiguous demonyms
ambiguous_ok() {
    awk -F'\t' -v c="$C" '
    BEGIN {
        while ((getline l < c) > 0) {
            if (++ln == 1) continue
            split(l, p, "\t"); a3[p[2]] = 1
            n = split(p[9], it, "|"); for (i = 1; i <= n; i++) dem[it[i]] = p[2]
            n = split(p[8], it, "|"); for (i = 1; i <= n; i++) dem[it[i]] = p[2]
            dem[p[4]] = p[2]; dem[p[5]] = p[2]
        }
    }
    NR > 1 {
        if ($1 in seen) print NR ": demonym " $1 " listed twice"
        seen[$1] = 1
        if ($1 in dem) print NR ": ambiguous demonym " $1 " also used in the row of " dem[$1]
        if ($2 == "") print NR ": " $1 " has no candidates"
        n = split($2, it, "|")
        for (i = 1; i <= n; i++) if (!(it[i] in a3)) print NR ": candidate " it[i] " is not an alpha3 of countries.tsv"
    }' "$A"
}
check "demonyms_ambiguous: in no country row, candidates are known alpha3" ambiguous_ok

# --------------------------------------------------------- organizations
org_fields() {
    awk -F'\t' 'NR > 1 {
        if ($1 == "") print NR ": empty acronym"
        if ($2 == "") print NR ": empty full_name"
        if ($3 !~ /^(un_entity|intergovernmental|regional|ngo|programme)$/) print NR ": bad kind \"" $3 "\""
        if ($5 != "" && $5 != "yes") print NR ": standard must be yes or empty, not \"" $5 "\""
    }' "$O"
}
check "organizations: non-empty names, kind in allowed set" org_fields

org_acronym_unique() {
    awk -F'\t' 'NR > 1 {
        if ($1 in seen) print "acronym " $1 " on lines " seen[$1] " and " NR
        else seen[$1] = NR
    }' "$O"
}
check "organizations: acronyms unique" org_acronym_unique

org_names_unique() {
    awk -F'\t' '
    function own(name, what) {
        if (name == "") return
        if ((name in owner) && owner[name] != NR)
            print "\"" name "\" (" what ", line " NR ") already used on line " owner[name]
        else owner[name] = NR
    }
    NR > 1 {
        own($1, "acronym")
        if ($2 != $1) own($2, "full_name")
        n = split($4, it, "|")
        for (i = 1; i <= n; i++) {
            if (it[i] == $1 || it[i] == $2) print NR ": alias repeats acronym/full_name: " it[i]
            own(it[i], "alias")
        }
    }' "$O"
}
check "organizations: no acronym, name or alias is used by two rows" org_names_unique

org_not_country() {
    awk -F'\t' -v c="$C" -v r="$tmp/regionnames" '
    BEGIN {
        while ((getline l < r) > 0) bad[l] = "region"
        while ((getline l < c) > 0) {
            if (++ln == 1) continue
            split(l, p, "\t"); bad[p[4]] = "country " p[2]; bad[p[5]] = "country " p[2]
            n = split(p[8], it, "|"); for (i = 1; i <= n; i++) bad[it[i]] = "country " p[2]
        }
    }
    NR > 1 {
        if ($1 in bad) print NR ": acronym " $1 " is a name of " bad[$1]
        if ($2 in bad) print NR ": full_name " $2 " is a name of " bad[$2]
        n = split($4, it, "|")
        for (i = 1; i <= n; i++) if (it[i] in bad) print NR ": alias " it[i] " is a name of " bad[it[i]]
    }' "$O"
}
check "organizations: no name equals a country or region name" org_not_country

org_no_un_organs() {
    awk -F'\t' '
    BEGIN {
        split("General Assembly|Security Council|Economic and Social Council|Human Rights Council|Commission on Crime Prevention and Criminal Justice|Conference of the Parties|Working Group on Trafficking in Persons", o, "|")
        for (i in o) organ[o[i]] = 1
    }
    NR > 1 {
        if ($1 in organ || $2 in organ) print NR ": UN organ listed as organization: " $2
        n = split($4, it, "|"); for (i = 1; i <= n; i++) if (it[i] in organ) print NR ": UN organ as alias: " it[i]
    }' "$O"
}
check "organizations: UN organs are not listed" org_no_un_organs

org_required() {
    for a in UNODC UNDP UNHCR UNICEF OHCHR ILO IOM WHO UNESCO UNFPA UN-Women UNWTO UNICRI UNAIDS \
        'World Bank' INTERPOL Europol Eurojust Frontex OSCE 'Council of Europe' EU AU ASEAN ECOWAS \
        SADC ECCAS EAC IGAD LAS OAS CARICOM SICA 'Bali Process' PIF ICAT GMG UN.GIFT GLO.ACT \
        TRACK4TIP SHERLOC KNOWTS ICMPD 'United Nations Network on Migration' UNVTF \
        'Human Trafficking Case Law Database' 'Blue Heart Campaign'; do
        awk -F'\t' -v a="$a" 'NR > 1 && $1 == a { f = 1 } END { if (!f) print "missing acronym " a }' "$O"
    done
}
check "organizations: required entries present" org_required

# --------------------------------------------------------------- regions
regions_ok() {
    awk -F'\t' -v c="$C" '
    BEGIN {
        while ((getline l < c) > 0) {
            if (++ln == 1) continue
            split(l, p, "\t"); name[p[4]] = p[2]
            n = split(p[8], it, "|"); for (i = 1; i <= n; i++) name[it[i]] = p[2]
        }
    }
    NR > 1 {
        if ($2 !~ /^(m49|geographic|city)$/) print NR ": bad kind \"" $2 "\""
        if ($1 in name) print NR ": region " $1 " is a name of country " name[$1]
        if ($1 in seen) print NR ": region " $1 " repeated"
        seen[$1] = 1
    }' "$data/regions.tsv"
}
check "regions: kinds known, unique, no country name" regions_ok

echo
[ "$skipped" -gt 0 ] && echo "($skipped skipped)"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
