#!/usr/bin/env bash
# The bridata command line as a user gets it: packs BriData.Cli (a dotnet tool) into a temporary feed, installs it
# with `dotnet tool install --tool-path`, and runs commands from the installed tool, checking their output and exit
# codes (0 answered, 1 nothing in the data, 2 bad command line). Fails on the first mismatch. About a minute.
#
#   bash .ci/cli.sh
source "$(dirname "$0")/common.sh"
version=0.1.0-cli
ci_work_dir cli
need_debian unzip unzip
feed=$work/feed
tools=$work/tools

step "pack BriData.Cli $version into a temporary feed (own configuration, so Release outputs are untouched)"
dotnet pack src/BriData.Cli/BriData.Cli.csproj -c CliPackage -o "$feed" -p:Version="$version" \
  > "$work/pack.log" 2>&1 || { tail -n 40 "$work/pack.log"; fail "pack failed"; }
[ -f "$feed/BriData.Cli.$version.nupkg" ] || fail "no $feed/BriData.Cli.$version.nupkg"
unzip -l "$feed/BriData.Cli.$version.nupkg" > "$work/contents.txt"
for f in DotnetToolSettings.xml BriData.dll BriData.Parquet.dll BriData.Cli.dll DATA-LICENSES.md; do
  grep -q "$f" "$work/contents.txt" || fail "the tool package lacks $f"
done

step "install with dotnet tool install --tool-path"
# The same version is packed on every run: forget NuGet's copy of the previous one.
rm -rf "${NUGET_PACKAGES:-$HOME/.nuget/packages}/bridata.cli/$version"
dotnet tool install --tool-path "$tools" --add-source "$feed" BriData.Cli --version "$version" > "$work/install.log" 2>&1 \
  || { cat "$work/install.log"; fail "install failed"; }
bridata=$tools/bridata
[ -x "$bridata" ] || fail "no bridata command in $tools"

# run EXPECTED_CODE ARGS...: runs the installed tool, keeps stdout in $out and stderr in $err, checks the exit code.
run() {
  local expected=$1; shift
  local code=0
  "$bridata" "$@" > "$work/out" 2> "$work/err" || code=$?
  out=$(cat "$work/out"); err=$(cat "$work/err")
  echo "\$ bridata $* -> exit $code"
  [ "$code" = "$expected" ] || { echo "$out"; echo "$err" >&2; fail "bridata $*: exit $code, expected $expected"; }
}
has() { grep -qF -- "$2" <<< "$1" || { echo "$1"; fail "output lacks: $2"; }; }

step "commands from the installed tool"
run 0 --version;                                   has "$out" "data release"
run 0 status PAN --as-of 2025-03-01;               has "$out" "Panama (PAN) as of 2025-03-01"; has "$out" "withdrawn"; has "$out" "Sources ("
run 0 status Panamá --as-of 2020-01-01 --json;     has "$out" '"is_bri_member": true'; has "$out" '"sources": ['
run 0 timeline PER;                                has "$out" "Peru (PER): "; has "$out" "1971-11-02"
run 0 trade PER --from 2010 --to 2025;             has "$out" "28.3%"; has "$out" "USD millions, nominal"; has "$out" "The trade data ends in 2020"
run 0 trade PER --from 2020 --json;                has "$out" '"china_share_of_exports_percent": 28.2885'
run 0 claims;                                      has "$out" "published claims checked against the data"
run 0 project chancay;                             has "$out" "Chancay Port"; has "$out" "operational"
run 0 about;                                       has "$out" "ODC-By 1.0"
run 0 export --format parquet "$work/parquet";     has "$out" "trade.parquet"
# one Parquet file per set of the embedded release (the manifest lists each set once, with its "name")
sets=$(grep -c '"name":' src/BriData/Data/manifest.json)
[ "$(ls "$work/parquet"/*.parquet | wc -l)" -eq "$sets" ] || fail "expected $sets Parquet files (one per set) in $work/parquet"
run 0 export --format csv "$work/csv";             has "$out" "manifest.json"
[ -s "$work/csv/trade.csv" ] || fail "no trade.csv written"

step "errors: exit codes and messages"
run 1 project chancy;                              has "$err" "chancay-port"
run 1 trade PER --from 2021;                       has "$err" "2020"
run 2 status Atlantis;                             has "$err" "Unknown country"
run 2 status PAN --as-of 2025-13-01;               has "$err" "yyyy-MM-dd"
run 2 export --format xls "$work/xls";             has "$err" "csv, jsonl, json, parquet"
run 2 frobnicate;                                  has "$err" "bridata --help"

step "done"
