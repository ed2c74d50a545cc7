#!/usr/bin/env bash
# GNU parallel, N shards on one machine, then the merge. Usage: parallel.sh INPUT OUT [N]
set -euo pipefail
input=$1 out=$2 shards=${3:-4}
HONGQI=${HONGQI:-hongqi}
mkdir -p "$out"
seq 0 $((shards - 1)) | parallel -j "$shards" "$HONGQI extract '$input' --shard {}/$shards --jobs 1 --quiet --output '$out/part-{}.jsonl' --manifest '$out/part-{}.manifest.jsonl'"
$HONGQI merge "$out"/part-*.jsonl "$out"/part-*.manifest.jsonl --output "$out/all.jsonl" --manifest "$out/all.manifest.jsonl"
