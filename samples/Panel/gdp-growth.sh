#!/usr/bin/env bash
# The README's figure: the national GDP growth target against the achieved growth, from the national
# government work reports of ../shared/corpus/real alone (hongqi panel, then hongqi plot), and the panel
# rows behind it. Rerun it after a change to extraction so the picture stays true.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
shared=${HONGQI_SHARED:-$repo/../shared}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/national"
cp "$shared"/corpus/real/gov-report-*-national-state-council*.txt "$work/national/"
hongqi() { dotnet run --project "$repo/src/HongqiExtract.Cli" -c Release -- "$@"; }
# Each figure's doc is its file name (relative to the national folder), the same on every machine.
cd "$work"
hongqi panel national --output panel.csv --conflicts conflicts.csv
hongqi plot panel.csv --indicator gdp --kind growth --region 全国 --output "$repo/samples/Panel/gdp-growth-national.png" \
  --title "China: GDP growth target (dashed) and achieved, from the national work reports"
grep -E '^(region|全国,gdp,[^,]*,[0-9]+,growth,)' panel.csv > "$repo/samples/Panel/gdp-growth-national.csv"
