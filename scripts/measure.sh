#!/usr/bin/env bash
# measure.sh prints, on one screen, every figure a change to the extractor is
# judged by, so that a stop's before/after table can be rebuilt by anyone from
# the repository and ../shared alone:
#   - news-dev all 95 and its TUNE half (scripts/news-split.sh), WIRE-A/B,
#     and PROBES (bench/probes, the team's CC0 probe stories; a tune set);
#   - MUC-4 train and dev with --full (incidents P/R/F1 and the field table);
#   - precision on general news: how many BBC 2005 documents and how many
#     Reuters-21578 documents outside the fresh blind set get an incident.
#   - RETOLD (bench/retold, modern stories retold by writers who never saw
#     the rules; a tune set from stop 24 on) and MULTI (bench/multi, stories
#     of several events each written the same way in stop 28; a tune set),
#     LEARN (bench/learn, 147 stories written the same way in stop 29) and
#     SIDES (bench/sides, 89 stories of clashes, riots, assassinations and
#     kidnappings written in stop 30).
# The blind sets (news-dev BLIND, FRESH, HELDOUT, UNSEEN, SEALED, POOL, POOL2 and SEALED2) are printed only with --blind: they
# are scored at the end of a piece of work, not while it is being done.
#
#   scripts/measure.sh [--blind]        SITREP_SHARED overrides ../shared
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${SITREP_SHARED:-../shared}"
export SITREP_SHARED="$shared"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/sitrep" ./cmd/sitrep
export SITREP_BIN="$tmp/sitrep" # one build for every part news-split.sh scores

# summary keeps a scoring's header and its three lines of figures
summary() { grep -E '^(== |docs=|  type=|score=)' || true; }

echo "== news-dev all"
"$tmp/sitrep" eval news --gold "$shared/bench/news-dev/gold.jsonl" "$shared"/bench/news-dev/*.txt | summary
for part in tune wire-a wire-b probes retold multi learn sides; do
	scripts/news-split.sh "$part" | summary
done
if [ "${1:-}" = --blind ]; then
	for part in blind fresh heldout unseen sealed pool pool2 sealed2; do
		scripts/news-split.sh "$part" | summary
	done
fi
for set in train dev; do
	echo "== MUC-4 $set --full"
	"$tmp/sitrep" eval muc4 --gold "$shared/bench/muc4/$set.json" --full | sed -n '/^templates:/,$p'
done

# incidents PATH...: how many documents get at least one incident, of how many
incidents() {
	"$tmp/sitrep" extract "$@" | awk '{ n++ } !/"incidents":\[\]/ { k++ } END { printf "%d of %d\n", k, n }'
}
echo "== general news: documents with an incident"
echo "BBC 2005: $(incidents "$shared/corpus/bbc-fulltext-2005")"
mapfile -t reuters < <(ls "$shared"/corpus/reuters21578/*.txt |
	grep -v -F -f <(sed -E 's/.*"file": "([^"]+)".*/\/\1/' bench/reuters/gold.jsonl))
echo "Reuters (not fresh): $(incidents "${reuters[@]}")"
