#!/usr/bin/env bash
# Packs the library into a local folder feed and runs this consumer against it.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
rm -rf "$root/artifacts/packages" "$root/samples/LocalFeed/.packages" "$root/samples/LocalFeed/obj" "$root/samples/LocalFeed/bin"
dotnet pack "$root/src/HongqiExtract/HongqiExtract.csproj" -c Release -o "$root/artifacts/packages" --nologo -v quiet
dotnet run --project "$root/samples/LocalFeed/LocalFeed.csproj" -c Release
