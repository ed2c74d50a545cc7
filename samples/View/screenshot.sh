#!/usr/bin/env bash
# The README's picture of hongqi view: the sample article's audit page, rendered by headless Chromium
# (Debian's chromium package) at 1280 × 900. Rerun it after a change to the page or to extraction.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# From the repository root, so the page names the sample as samples/…, the same on every machine.
cd "$repo"
dotnet run --project src/HongqiExtract.Cli -c Release -- view samples/dev-01-hongqi-district-5-years.txt --output "$work/view"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,900 \
  --screenshot="$repo/samples/View/dev-01-view.png" "file://$work/view/0001-dev-01-hongqi-district-5-years.html" 2>/dev/null
echo "wrote $repo/samples/View/dev-01-view.png"
