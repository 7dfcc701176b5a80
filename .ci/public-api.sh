#!/usr/bin/env bash
# Public API discipline for the BriData package (Microsoft.CodeAnalysis.PublicApiAnalyzers).
#
#   bash .ci/public-api.sh            check: the committed src/BriData/PublicAPI.Unshipped.txt is exactly what the
#                                     analyzer's code fix generates for today's code, and the library builds with
#                                     the analyzer on (-p:BriDataPublicApiCheck=true) and warnings as errors
#   bash .ci/public-api.sh --update   regenerate src/BriData/PublicAPI.Unshipped.txt from the code
#
# Everything runs in a temporary copy of the library, so the shared tree's sources, bin/ and obj/ are never touched
# (dotnet format only ever writes the API file there, and only --update copies it back).
# At a release: move the lines of PublicAPI.Unshipped.txt into PublicAPI.Shipped.txt (keep "#nullable enable" as
# the first line of both); removing a shipped API then needs a "*REMOVED*" line in Unshipped (RS0017).
source "$(dirname "$0")/common.sh"
mode=${1:-check}
case "$mode" in check|--check) mode=check ;; --update|update) mode=update ;; *) echo "usage: $0 [--update]" >&2; exit 2 ;; esac

ci_work_dir public-api
copy="$work/repo"
mkdir -p "$copy/src"
for f in Directory.Build.props Directory.Packages.props global.json .editorconfig LICENSE DATA-LICENSES.md CITATION.cff CHANGELOG.md; do
  [ -e "$f" ] && cp "$f" "$copy/"
done
tar -C src --exclude='BriData/bin' --exclude='BriData/obj' -cf - BriData | tar -C "$copy/src" -xf -
lib="$copy/src/BriData"

echo "=== public API: generate PublicAPI.Unshipped.txt from the code (RS0016 code fix, analyzer on)"
printf '#nullable enable\n' > "$lib/PublicAPI.Unshipped.txt"
dotnet restore "$lib/BriData.csproj" -p:BriDataPublicApiCheck=true > "$work/restore.log" 2>&1 || { cat "$work/restore.log"; exit 1; }
BriDataPublicApiCheck=true dotnet format analyzers "$lib/BriData.csproj" --no-restore --diagnostics RS0016 --severity warn \
  > "$work/format.log" 2>&1 || { tail -n 40 "$work/format.log"; echo "dotnet format failed" >&2; exit 1; }
generated="$lib/PublicAPI.Unshipped.txt"
[ "$(wc -l < "$generated")" -gt 1 ] || { tail -n 40 "$work/format.log"; echo "the code fix generated no API lines" >&2; exit 1; }
echo "generated: $(( $(grep -cv '^#' "$generated") )) API lines"

if [ "$mode" = update ]; then
  cp "$generated" src/BriData/PublicAPI.Unshipped.txt
  echo "updated src/BriData/PublicAPI.Unshipped.txt ($(grep -cv '^#' src/BriData/PublicAPI.Unshipped.txt) lines; PublicAPI.Shipped.txt: $(grep -cv '^#' src/BriData/PublicAPI.Shipped.txt) lines)"
  exit 0
fi

echo "=== public API: the committed file matches the code"
if ! diff -u src/BriData/PublicAPI.Unshipped.txt "$generated" > "$work/api.diff"; then
  cat "$work/api.diff"
  echo "public-api.sh: FAIL: the public API changed (+ added, - removed; above). If intended, run: bash .ci/public-api.sh --update" >&2
  exit 1
fi
echo "unchanged: $(grep -cv '^#' src/BriData/PublicAPI.Shipped.txt) shipped + $(grep -cv '^#' src/BriData/PublicAPI.Unshipped.txt) unshipped API lines"

echo "=== public API: the library builds with the analyzer on and warnings as errors"
cp src/BriData/PublicAPI.Unshipped.txt "$generated"
dotnet build "$lib/BriData.csproj" -c Release --no-restore -warnaserror -p:BriDataPublicApiCheck=true > "$work/build.log" 2>&1 \
  || { grep -E 'error|warning' "$work/build.log" | sort -u | head -n 60; echo "public-api.sh: FAIL: build with -p:BriDataPublicApiCheck=true" >&2; exit 1; }
echo "=== public API: the switch really turns the analyzer on (one API line dropped must fail the build with RS0016)"
sed -i '$d' "$generated"
if dotnet build "$lib/BriData.csproj" -c Release --no-restore -warnaserror -p:BriDataPublicApiCheck=true > "$work/control.log" 2>&1 \
   || ! grep -q 'RS0016' "$work/control.log"; then
  echo "public-api.sh: FAIL: dropping an API line did not fail the build with RS0016: the analyzer is not active" >&2
  exit 1
fi
echo "public API: OK"
