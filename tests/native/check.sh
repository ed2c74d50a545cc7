#!/usr/bin/env bash
# The native tool (dotnet publish -p:PublishAot=true) against the managed one: the same bytes from every
# command it runs (view pages and catalogue too), train refused plainly. Published from a copy of the sources, so this checkout's obj/
# folders and package assets stay as the managed build left them (HONGQI_NATIVE_OUT=DIR keeps it there;
# HONGQI_NATIVE_TOOL=PATH checks one published before). Needs the managed tool built
# (dotnet build -c Release, or the README's test command). Exit 0 all equal, 1 otherwise.
set -uo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
shared=${HONGQI_SHARED:-$repo/../shared}
managed_dll="$repo/src/HongqiExtract.Cli/bin/Release/net10.0/hongqi.dll"
if [ ! -f "$managed_dll" ]; then echo "native: $managed_dll is missing: build the managed tool first (dotnet build -c Release)" >&2; exit 1; fi
managed="dotnet $managed_dll"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ -n "${HONGQI_NATIVE_TOOL:-}" ]; then
  native=$HONGQI_NATIVE_TOOL # one published before (a second run need not wait for the compiler)
else
  mkdir -p "$work/repo"
  cp -r src Directory.Build.props Directory.Packages.props nuget.config global.json "$work/repo/"
  find "$work/repo/src" -depth -type d \( -name bin -o -name obj \) -exec rm -rf {} +
  out=${HONGQI_NATIVE_OUT:-$work/native}
  echo "native: publishing (Native AOT) to $out"
  if ! dotnet publish "$work/repo/src/HongqiExtract.Cli" -c Release -r linux-x64 -p:PublishAot=true -o "$out" > "$work/publish.log" 2>&1; then
    tail -n 30 "$work/publish.log"; echo "native: publish failed" >&2; exit 1
  fi
  native="$out/hongqi"
fi
failures=0
same() { # name, then the two files (neither written counts as the same)
  if { [ ! -e "$2" ] && [ ! -e "$3" ]; } || cmp -s "$2" "$3"; then echo "native: $1 identical"; else echo "native: $1 DIFFERS ($2 vs $3)" >&2; failures=$((failures + 1)); fi
}
run_both() { # name, output suffix, then the arguments (OUT: the output file, the same relative name for both)
  local name=$1 suffix=$2; shift 2
  local args=("${@/OUT/$name$suffix}")
  for side in managed native; do
    mkdir -p "$work/$side"
    local tool=$managed; [ "$side" = native ] && tool=$native
    (cd "$work/$side" && $tool "${args[@]}" > "$name.stdout" 2> "$name.stderr"; echo $? > "$name.code")
  done
  for part in code stdout stderr; do same "$name $part" "$work/managed/$name.$part" "$work/native/$name.$part"; done
  if [ -n "$suffix" ]; then same "$name $suffix" "$work/managed/$name$suffix" "$work/native/$name$suffix"; fi
}
inputs=("$shared/corpus/passages" "$shared/corpus/real")
run_both records .jsonl extract "${inputs[@]}" -o OUT -q -j 2
run_both csv .csv extract "${inputs[@]}" -o OUT -q
run_both parquet .parquet extract "${inputs[@]}" -o OUT -q
run_both panel .csv panel "$work/managed/records.jsonl" -o OUT
run_both eval "" eval --gold "$shared/gold/dev" "$shared/corpus/passages"
gbk="$shared/corpus/real/raw-encodings/gov-report-2010-national-state-council.gbk.txt"
run_both structure "" structure "$gbk"
run_both text "" text "$gbk"
run_both schema "" schema
run_both missing "" extract "$work/no-such-file.txt" -o OUT -q
run_both plot .svg plot "$work/managed/panel.csv" --indicator gdp -o OUT
run_both catalogue "" catalogue unmatched "$shared/corpus/passages"
run_both view "" view "$shared/corpus/passages" -o OUT
if diff -r -q "$work/managed/view" "$work/native/view" > /dev/null; then echo "native: view pages identical"
else echo "native: view pages DIFFER" >&2; failures=$((failures + 1)); fi

"$native" train category > /dev/null 2> "$work/train.stderr"; code=$?
if [ "$code" -eq 2 ] && grep -q "managed tool" "$work/train.stderr"; then echo "native: train refused with exit 2, naming the managed tool"
else echo "native: train gave exit $code: $(cat "$work/train.stderr")" >&2; failures=$((failures + 1)); fi

# For the record, not a limit: one-line start-up of each (this machine, this moment).
echo "2025年全市地区生产总值增长5.2%。" > "$work/one.txt"
for tool in "$managed" "$native"; do
  start=$(date +%s%N); $tool extract "$work/one.txt" -o "$work/one.jsonl" -q; end=$(date +%s%N)
  echo "native: one line, $(basename "${tool##* }"): $(( (end - start) / 1000000 )) ms"
done
if [ "$failures" -ne 0 ]; then echo "native: $failures differences" >&2; exit 1; fi
echo "native: every output identical"
