#!/usr/bin/env bash
# Runs every notebook in samples/notebooks headless with dotnet-repl (pinned in .config/dotnet-tools.json) against
# the BriData package built from this repository, and fails on any cell error: a cell that throws (the notebooks
# check their own results) or does not compile fails the run.
#
#   bash .ci/notebooks.sh               check: pack, run every notebook, check the committed notebooks show tables
#                                       and charts; the working tree is not changed
#   bash .ci/notebooks.sh --write-back  also copy the executed notebooks (with their outputs) and the chart files
#                                       they save back into samples/notebooks, so that the committed notebooks
#                                       read well on a code host (needs python3 for the JSON clean-up)
#
# How the notebooks find the package: BriData is packed as version $version into artifacts/notebook-packages, and
# each notebook adds that folder (resolved from its own folder, ../../artifacts/notebook-packages) as a package
# source before `#r "nuget: BriData, $version"`. Each notebook runs in a temporary copy of samples/notebooks beside
# a link to artifacts/, so that check runs never write into the tree. dotnet-repl exits non-zero when any cell
# fails; the executed notebook is also searched for error outputs.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
root=$(pwd)
version=0.1.0-local
packages=artifacts/notebook-packages
results=artifacts/notebook-results
mode=${1:-check}
case "$mode" in check|--check) mode=check ;; --write-back|write-back) mode=write-back ;; *) echo "usage: $0 [--write-back]" >&2; exit 2 ;; esac
start=$(date +%s)
step() { printf '\n=== notebooks: %s (%ss)\n' "$1" "$(( $(date +%s) - start ))"; }
fail() { echo "notebooks.sh: FAIL: $*" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/bridata-notebooks.XXXXXX")
trap 'rm -rf "$work"' EXIT

mapfile -t notebooks < <(cd samples/notebooks && ls -1 ./*.ipynb | sed 's#^\./##' | sort)
[ "${#notebooks[@]}" -ge 4 ] || fail "expected at least four notebooks in samples/notebooks, found ${#notebooks[@]}"
for nb in "${notebooks[@]}"; do
  grep -q "\"#r \\\\\"nuget: BriData, $version\\\\\"" "samples/notebooks/$nb" \
    || fail "$nb does not reference the package this script builds (#r \"nuget: BriData, $version\")"
done

step "tools (dotnet tool restore: dotnet-repl)"
dotnet tool restore

step "pack BriData $version into $packages (own configuration, so Release/Debug outputs are untouched)"
rm -rf "$packages"
dotnet pack src/BriData/BriData.csproj -c NotebookPackage -o "$packages" -p:Version="$version" -p:ContinuousIntegrationBuild=true \
  > "$work/pack.log" 2>&1 || { tail -n 40 "$work/pack.log"; fail "pack failed"; }
[ -f "$packages/BriData.$version.nupkg" ] || fail "no $packages/BriData.$version.nupkg"
ls -l "$packages"
# The same version is rebuilt on every run: forget NuGet's and .NET Interactive's copies of the previous one.
rm -rf "${NUGET_PACKAGES:-$HOME/.nuget/packages}/bridata/$version"
if [ -d "$HOME/.packagemanagement/nuget/Cache" ]; then
  grep -lis 'bridata' "$HOME/.packagemanagement/nuget/Cache"/* 2>/dev/null | while read -r f; do rm -f "$f"; done
fi

step "run ${#notebooks[@]} notebooks"
rm -rf "$results"
mkdir -p "$results" "$work/samples"
cp -r samples/notebooks "$work/samples/notebooks"
ln -s "$root/artifacts" "$work/artifacts"
mkdir -p "$work/.config" && cp .config/dotnet-tools.json "$work/.config/"   # dotnet-repl is a local tool
failed=0
for nb in "${notebooks[@]}"; do
  t0=$(date +%s)
  set +e
  (cd "$work/samples/notebooks" && timeout 600 dotnet repl --run "$nb" --exit-after-run \
     --output-format ipynb --output-path "$root/$results/$nb") > "$results/${nb%.ipynb}.log" 2>&1
  rc=$?
  set -e
  errors=$(grep -c '"output_type": *"error"' "$results/$nb" 2>/dev/null || true)
  cells=$(grep -c '"cell_type": *"code"' "$results/$nb" 2>/dev/null || true)
  if [ "$rc" -ne 0 ] || [ ! -s "$results/$nb" ] || [ "${errors:-0}" -ne 0 ]; then
    echo "FAILED $nb: exit code $rc, ${errors:-?} cell error(s) ($(( $(date +%s) - t0 ))s)"
    grep -A3 '"ename"' "$results/$nb" 2>/dev/null | head -n 40 || tail -n 40 "$results/${nb%.ipynb}.log"
    failed=$((failed + 1))
  else
    echo "ok     $nb: $cells code cells ($(( $(date +%s) - t0 ))s)"
  fi
done
[ "$failed" -eq 0 ] || fail "$failed notebook(s) failed; executed copies in $results"

if [ "$mode" = write-back ]; then
  step "write the executed notebooks and their charts back into samples/notebooks"
  command -v python3 >/dev/null || fail "--write-back needs python3"
  for nb in "${notebooks[@]}"; do
    python3 - "$results/$nb" "samples/notebooks/$nb" "$work" "$root" <<'PY'
import json, sys
src, dst, work, root = sys.argv[1:5]
nb = json.load(open(src, encoding="utf-8"))
def noisy(output):
    text = json.dumps(output)
    return "Installing Packages" in text or "Loading extensions from" in text
for cell in nb["cells"]:
    meta = cell.get("metadata", {})
    for key in [k for k in meta if k.startswith("dotnet_repl_")]:
        del meta[key]
    if cell.get("cell_type") == "code":
        cell["outputs"] = [o for o in cell.get("outputs", []) if not noisy(o)]
text = json.dumps(nb, indent=1, ensure_ascii=False) + "\n"
text = text.replace(work + "/artifacts", "../../artifacts").replace(work, "").replace(root + "/", "")
open(dst, "w", encoding="utf-8").write(text)
PY
    echo "wrote samples/notebooks/$nb"
  done
  if [ -d "$work/samples/notebooks/charts" ]; then
    mkdir -p samples/notebooks/charts
    cp "$work/samples/notebooks/charts"/* samples/notebooks/charts/
    ls -l samples/notebooks/charts
  fi
fi

step "the committed notebooks show tables and charts"
for nb in "${notebooks[@]}"; do
  f="samples/notebooks/$nb"
  grep -q '"image/png"\|"image/svg+xml"' "$f" || fail "$nb has no chart in its committed outputs (run: bash .ci/notebooks.sh --write-back)"
  grep -q 'class=\\"bridata' "$f" || fail "$nb has no BriData table in its committed outputs (run: bash .ci/notebooks.sh --write-back)"
  if grep -q '"output_type": *"error"' "$f"; then fail "$nb has an error in its committed outputs"; fi
done
echo "notebooks ok: ${#notebooks[@]} of ${#notebooks[@]} ran without a cell error ($(( $(date +%s) - start ))s)"
