#!/usr/bin/env bash
# news-split.sh scores the extractor on the two halves of news-dev that the
# project keeps apart: TUNE (articles 001-062 and the even-numbered of
# 063-095), on which rules are developed, and BLIND (the odd-numbered of
# 063-095), whose texts and misses nobody reads while working and which is
# scored only at the end of a piece of work. A gap between the two is the
# measure of how much the rules fit the articles rather than the language.
# FRESH is bench/reuters: Reuters-21578 wire stories coded by people who
# never ran the extractor on them (bench/reuters/README.md), the blind set
# that replaced news-dev's BLIND once that one had been scored too often
# (15 of its texts were read in stop 31 while the corpus was mined for
# rules: no longer blind; leave its files out of any corpus search).
# WIRE is bench/wire: other Reuters-21578 stories of the same register, coded
# the same way, on which rules may be tuned (bench/wire/README.md); WIRE-A and
# WIRE-B are its two coders' halves, listed in bench/wire/halves.tsv.
# PROBES is bench/probes: short modern stories the team wrote (CC0) to probe
# dates, tolls, places and attribution, on which the rules of stop 23 were
# developed: a tune set (bench/probes/README.md). HELDOUT is bench/heldout:
# modern stories retelling real incidents, written and coded by writers who
# never saw the rules or ran the extractor (bench/heldout/README.md): a
# blind set, scored at the end of a piece of work, its misses not read.
# RETOLD is bench/retold: written the same way as HELDOUT by other writers
# (other incidents), but a tune set from stop 24 on (bench/retold/README.md).
# UNSEEN is bench/unseen: a second blind set written the same way in stop 27
# (bench/unseen/README.md), scored at the end of a piece of work, never read.
# MULTI is bench/multi: stories of several events each (round-ups, sites of
# one attack, follow-ups, attack and response) written the same way in stop
# 28 for the segment stage to be tuned on: a tune set (bench/multi/README.md).
# LEARN is bench/learn: 147 stories written the same way in stop 29 by eight
# writers, one region each, first to train learned layers where the rules
# are out of sample, then a tune set (bench/learn/README.md). SEALED is
# bench/sealed: 55 stories written the same way at the end of stop 29, after
# that stop's rules: a blind set (bench/sealed/README.md). POOL is bench/pool:
# 115 more written then, to train learned layers; unread like a blind set
# (bench/pool/README.md). POOL2 is bench/pool2: 89 more with sentence links,
# unread (bench/pool2/README.md). SIDES is bench/sides: 89 stories written in
# stop 30 on the kinds of violence whose sides are the question (clashes,
# riots, assassinations, kidnappings), scored once unread, then a tune set
# (bench/sides/README.md). SEALED2 is bench/sealed2: 54 stories of the same
# kinds by three other writers, written at the same time: a blind set
# (bench/sealed2/README.md).
#
#   scripts/news-split.sh [tune|blind|both|fresh|wire|wire-a|wire-b|probes|retold|multi|learn|heldout|unseen|sealed|pool|pool2|sides|sealed2] [extra eval flags, e.g. --json]
#
# SITREP_BIN names a sitrep binary already built from this tree (measure.sh
# passes its own); without it the script builds one.
set -euo pipefail
cd "$(dirname "$0")/.."
dev="${SITREP_SHARED:-../shared}/bench/news-dev"
which="${1:-both}"
shift || true
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
if [ -n "${SITREP_BIN:-}" ]; then
  ln -s "$SITREP_BIN" "$tmp/sitrep"
else
  go build -o "$tmp/sitrep" ./cmd/sitrep
fi

# part NAME TEST: the gold lines and articles whose number n passes TEST
part() {
  local name=$1 test=$2 files=()
  shift 2
  awk -v t="$test" '{
      match($0, /"file": "[0-9][0-9][0-9]_/); n = substr($0, RSTART + 9, 3) + 0
      if ((t == "tune" && (n <= 62 || n % 2 == 0)) || (t == "blind" && n > 62 && n % 2 == 1)) print
    }' "$dev/gold.jsonl" >"$tmp/$name.jsonl"
  for f in "$dev"/[0-9][0-9][0-9]_*.txt; do
    local n=$((10#$(basename "$f" | cut -c1-3)))
    if { [ "$test" = tune ] && { [ $n -le 62 ] || [ $((n % 2)) -eq 0 ]; }; } ||
       { [ "$test" = blind ] && [ $n -gt 62 ] && [ $((n % 2)) -eq 1 ]; }; then
      files+=("$f")
    fi
  done
  echo "== $name ($(wc -l <"$tmp/$name.jsonl") articles)"
  "$tmp/sitrep" eval news --gold "$tmp/$name.jsonl" "$@" "${files[@]}"
}

# reuters NAME GOLD: a gold file of Reuters stories and the corpus files it names
reuters() {
  local name=$1 gold=$2 files=()
  shift 2
  mapfile -t files < <(sed -E 's/.*"file": "([^"]+)".*/\1/' "$gold" | sed "s|^|${SITREP_SHARED:-../shared}/corpus/reuters21578/|")
  echo "== $name ($(wc -l <"$gold") articles)"
  "$tmp/sitrep" eval news --gold "$gold" "$@" "${files[@]}"
}

# wirehalf H: the lines of bench/wire/gold.jsonl whose file halves.tsv puts in half H
wirehalf() {
  awk -F'\t' -v h="$1" '
    FNR == NR { if ($1 == h) want["\"file\": \"" $2 "\""] = 1; next }
    { match($0, /"file": "[^"]*"/); if (substr($0, RSTART, RLENGTH) in want) print }
  ' bench/wire/halves.tsv bench/wire/gold.jsonl >"$tmp/wire-$1.jsonl"
  echo "$tmp/wire-$1.jsonl"
}

# beside NAME: a set of bench/NAME whose texts live beside their gold
# (probes, retold, multi and learn, tuned on; heldout, unseen, sealed and pool, unread)
beside() {
  local name=$1
  shift
  echo "== $name ($(wc -l <"bench/$name/gold.jsonl") articles)"
  "$tmp/sitrep" eval news --gold "bench/$name/gold.jsonl" "$@" "bench/$name"/[0-9][0-9][0-9]_*.txt
}

case "$which" in
tune) part tune tune "$@" ;;
blind) part blind blind "$@" ;;
both) part tune tune "$@"; part blind blind "$@" ;;
fresh) reuters fresh bench/reuters/gold.jsonl "$@" ;;
wire) reuters wire bench/wire/gold.jsonl "$@" ;;
wire-a) reuters wire-a "$(wirehalf A)" "$@" ;;
wire-b) reuters wire-b "$(wirehalf B)" "$@" ;;
probes) beside probes "$@" ;;
retold) beside retold "$@" ;;
multi) beside multi "$@" ;;
learn) beside learn "$@" ;;
heldout) beside heldout "$@" ;;
unseen) beside unseen "$@" ;;
sealed) beside sealed "$@" ;;
pool) beside pool "$@" ;;
pool2) beside pool2 "$@" ;;
sides) beside sides "$@" ;;
sealed2) beside sealed2 "$@" ;;
*) echo "usage: scripts/news-split.sh [tune|blind|both|fresh|wire|wire-a|wire-b|probes|retold|multi|learn|heldout|unseen|sealed|pool|pool2|sides|sealed2] [eval flags]" >&2; exit 2 ;;
esac
