#!/usr/bin/env bash
# same-extract.sh checks that `sitrep extract` prints byte for byte what it
# printed at an earlier commit, on the news dev set, the extractor's
# hand-written passages (those of the working tree, for both), the modern
# sets kept in bench/ (probes, retold, multi, learn; heldout, unseen, sealed and pool as blind
# halves) and the two general corpora, and that `sitrep eval muc4 --full
# --verbose` prints the same on MUC-4 train (upper-case text takes other
# paths through the rules): the check behind every change that must not
# change behaviour (restructuring, vocabulary moved to data, speed work).
#
#   scripts/same-extract.sh [BASE]      BASE defaults to HEAD (the last commit)
#
# It builds both binaries in a temporary directory (the base from a git
# worktree, the working tree as it is), extracts with each and compares;
# on a difference it prints the first differing records and exits 1.
# The Reuters stories of the fresh blind set (bench/reuters) are left out:
# nobody working on the extractor reads its output on them, not even a diff.
# News-dev's BLIND half (the odd-numbered of 063-095, scripts/news-split.sh)
# and the unread sets bench/heldout, bench/unseen, bench/sealed, bench/pool, bench/pool2 and bench/sealed2 are compared apart and,
# when they differ, only counted: their records are not shown either.
set -euo pipefail
cd "$(dirname "$0")/.."
base="${1:-HEAD}"
shared="${SITREP_SHARED:-../shared}"
tmp="$(mktemp -d)"
trap 'git worktree remove --force "$tmp/base" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT

git worktree add --detach -q "$tmp/base" "$base"
(cd "$tmp/base" && go build -o "$tmp/old" ./cmd/sitrep)
go build -o "$tmp/new" ./cmd/sitrep

# inputs SET [blind]: the articles of SET, less the fresh blind set's
# stories; of news-dev, its TUNE half, or with "blind" its BLIND half; of a
# bench set, all its stories
inputs() {
  if [ "$(basename "$1")" = reuters21578 ]; then
    ls "$1"/*.txt | grep -v -F -f <(sed -E 's/.*"file": "([^"]+)".*/\/\1/' bench/reuters/gold.jsonl)
  elif [ "$(basename "$1")" = news-dev ]; then
    for f in "$1"/[0-9][0-9][0-9]_*.txt; do
      local n=$((10#$(basename "$f" | cut -c1-3))) blind=
      if [ $n -gt 62 ] && [ $((n % 2)) -eq 1 ]; then blind=blind; fi
      if [ "$blind" = "${2:-}" ]; then echo "$f"; fi
    done
  else
    ls "$1"/*.txt
  fi
}

status=0
for set in "$shared/bench/news-dev" "$shared/bench/news-dev blind" internal/extract/testdata/passages bench/probes bench/retold bench/multi bench/learn bench/sides "bench/heldout blind" "bench/unseen blind" "bench/sealed blind" "bench/pool blind" "bench/pool2 blind" "bench/sealed2 blind" "$shared/corpus/reuters21578" "$shared/corpus/bbc-fulltext-2005"; do
  dir="${set% blind}" part="${set#"$dir"}"
  if [ ! -d "$dir" ]; then
    echo "skip $set: not there" >&2
    continue
  fi
  mapfile -t files < <(inputs "$dir" ${part:+blind})
  "$tmp/old" extract "${files[@]}" >"$tmp/old.jsonl"
  "$tmp/new" extract "${files[@]}" >"$tmp/new.jsonl"
  if cmp -s "$tmp/old.jsonl" "$tmp/new.jsonl"; then
    echo "same: $set ($(wc -l <"$tmp/new.jsonl") documents, $(grep -c '"type"' "$tmp/new.jsonl" || true) with incidents)"
  elif [ -n "$part" ]; then
    echo "DIFFERENT: $set ($(diff "$tmp/old.jsonl" "$tmp/new.jsonl" | grep -c '^>' || true) records; a blind half: not shown)" >&2
    status=1
  else
    echo "DIFFERENT: $set" >&2
    diff <(tr -d '\r' <"$tmp/old.jsonl") <(tr -d '\r' <"$tmp/new.jsonl") | head -c 4000 >&2 || true
    echo >&2 # the cut may end mid-line
    status=1
  fi
done

train="$shared/bench/muc4/train.json"
if [ -f "$train" ]; then
  "$tmp/old" eval muc4 --gold "$train" --full --verbose >"$tmp/old.muc" 2>&1 || true
  "$tmp/new" eval muc4 --gold "$train" --full --verbose >"$tmp/new.muc" 2>&1 || true
  if cmp -s "$tmp/old.muc" "$tmp/new.muc"; then
    echo "same: MUC-4 train (eval muc4 --full --verbose)"
  else
    echo "DIFFERENT: MUC-4 train" >&2
    diff "$tmp/old.muc" "$tmp/new.muc" | head -c 4000 >&2 || true
    echo >&2
    status=1
  fi
else
  echo "skip MUC-4 train: not there" >&2
fi
exit $status
