#!/usr/bin/env bash
# Runs every notebook in samples/notebooks headless with dotnet-repl (pinned in .config/dotnet-tools.json) the way a
# new user runs them: in a fresh `git clone` of this working tree's HEAD, with no step before the notebooks. Each
# notebook's first cell builds BriData from that clone (#load "bridata-from-repository.csx": dotnet build of
# src/BriData, then a reference to the built BriData.dll), so nothing from this tree's artifacts/, bin/ or obj/ is
# used. Fails on any cell error: a cell that throws (the notebooks check their own results) or does not compile.
#
#   bash .ci/notebooks.sh               check: clone HEAD, run every notebook there, check the committed notebooks
#                                       show tables and charts and that every chart names its source; the working
#                                       tree is not changed (executed copies, logs and charts: artifacts/notebook-results)
#   bash .ci/notebooks.sh --write-back  also copy the executed notebooks (with their outputs) and the chart files
#                                       they save back into samples/notebooks, so that the committed notebooks
#                                       read well on a code host (needs python3 for the JSON clean-up; refuses when
#                                       samples/notebooks has uncommitted changes, which the clone would not have)
#
# Only committed changes are run: commit first (the script says so when the tree is dirty). Timings per notebook
# (and of its setup cell) and in total are printed and written to artifacts/notebook-results/timings.txt; the first
# notebook's setup cell restores and builds BriData in the fresh clone, the others find it up to date.
source "$(dirname "$0")/common.sh"
root=$(pwd)
results=artifacts/notebook-results
mode=${1:-check}
case "$mode" in check|--check) mode=check ;; --write-back|write-back) mode=write-back ;; *) echo "usage: $0 [--write-back]" >&2; exit 2 ;; esac
ci_work_dir notebooks

mapfile -t notebooks < <(cd samples/notebooks && ls -1 ./*.ipynb | sed 's#^\./##' | sort)
[ "${#notebooks[@]}" -ge 4 ] || fail "expected at least four notebooks in samples/notebooks, found ${#notebooks[@]}"

# Each notebook starts the way a new user meets it: the setup cell first, with the one line to change (★) once the
# package is public naming the version this repository builds.
prefix=$(sed -n 's#.*<VersionPrefix>\(.*\)</VersionPrefix>.*#\1#p' Directory.Build.props)
[ -n "$prefix" ] || fail "no VersionPrefix in Directory.Build.props"
for nb in "${notebooks[@]}"; do
  python3 - "samples/notebooks/$nb" "$prefix" <<'PY' || fail "$nb does not start with the setup cell (see 01-getting-started.ipynb)"
import json, sys
path, prefix = sys.argv[1:3]
cells = [c for c in json.load(open(path, encoding="utf-8"))["cells"] if c["cell_type"] == "code"]
first = "".join(cells[0]["source"])
assert '#load "bridata-from-repository.csx" // \u2605' in first, "first code cell does not #load bridata-from-repository.csx on the \u2605 line"
assert f'replace the \u2605 line with:  #r "nuget: BriData, {prefix}"' in first, f"the \u2605 comment does not name version {prefix}"
assert "nuget: BriData" not in "".join("".join(c["source"]) for c in cells[1:]), "a later cell references the BriData package"
PY
done

if [ -n "$(git status --porcelain)" ]; then
  echo "notebooks.sh: note: the working tree has uncommitted changes; they are not run (only HEAD is cloned):"
  git status --short | head -n 20
fi
if [ "$mode" = write-back ] && [ -n "$(git status --porcelain -- samples/notebooks)" ]; then
  fail "--write-back would overwrite uncommitted changes in samples/notebooks with the executed HEAD versions; commit them first"
fi

head=$(git rev-parse HEAD)
step "fresh clone of HEAD ($(git rev-parse --short HEAD)) into $work/clone"
git clone --quiet --no-checkout "$root" "$work/clone"
git -C "$work/clone" -c advice.detachedHead=false checkout --quiet "$head"
[ ! -e "$work/clone/artifacts" ] || fail "the fresh clone has an artifacts folder"

step "tools (dotnet tool restore in the clone: dotnet-repl)"
(cd "$work/clone" && dotnet tool restore) > "$work/tools.log" 2>&1 || { cat "$work/tools.log"; fail "dotnet tool restore failed"; }

step "run ${#notebooks[@]} notebooks in the clone, as a user would (no build before them)"
rm -rf "$results"
mkdir -p "$results"
: > "$results/timings.txt"
failed=0
for nb in "${notebooks[@]}"; do
  t0=$(date +%s)
  set +e
  (cd "$work/clone/samples/notebooks" && timeout 900 dotnet repl --run "$nb" --exit-after-run \
     --output-format ipynb --output-path "$root/$results/$nb") > "$results/${nb%.ipynb}.log" 2>&1
  rc=$?
  set -e
  seconds=$(( $(date +%s) - t0 ))
  errors=$(grep -c '"output_type": *"error"' "$results/$nb" 2>/dev/null || true)
  cells=$(grep -c '"cell_type": *"code"' "$results/$nb" 2>/dev/null || true)
  # The setup cell's share (building BriData, loading ScottPlot), from dotnet-repl's cell times.
  setup=$(python3 - "$results/$nb" <<'PY' 2>/dev/null || echo "?"
import json, sys
from datetime import datetime
cell = next(c for c in json.load(open(sys.argv[1], encoding="utf-8"))["cells"] if c["cell_type"] == "code")
t = lambda k: datetime.fromisoformat(cell["metadata"][k][:26].rstrip("Z"))
print(round((t("dotnet_repl_cellExecutionEndTime") - t("dotnet_repl_cellExecutionStartTime")).total_seconds()))
PY
)
  echo "$nb ${seconds}s (setup cell ${setup}s)" >> "$results/timings.txt"
  if [ "$rc" -ne 0 ] || [ ! -s "$results/$nb" ] || [ "${errors:-0}" -ne 0 ]; then
    echo "FAILED $nb: exit code $rc, ${errors:-?} cell error(s) (${seconds}s)"
    grep -A3 '"ename"' "$results/$nb" 2>/dev/null | head -n 40 || tail -n 40 "$results/${nb%.ipynb}.log"
    failed=$((failed + 1))
  else
    echo "ok     $nb: $cells code cells (${seconds}s, setup cell ${setup}s)"
  fi
done
echo "total $(( $(date +%s) - start ))s (clone, tool restore, ${#notebooks[@]} notebooks)" >> "$results/timings.txt"
[ "$failed" -eq 0 ] || fail "$failed notebook(s) failed; executed copies in $results"

step "every chart the notebooks saved names its source"
cp -r "$work/clone/samples/notebooks/charts" "$results/charts"   # kept with the executed notebooks
charts=("$work/clone/samples/notebooks/charts"/*.svg)
[ -e "${charts[0]}" ] || fail "the notebooks saved no chart"
for svg in "${charts[@]}"; do
  # The caption may wrap: "Source: …" on its first line, "· BriData <release>" on its last.
  { grep -Eq '(^|>)[[:space:]]*Source: ' "$svg" && grep -q ' · BriData [0-9]' "$svg"; } \
    || { grep -n 'Source\|BriData' "$svg" | cut -c1-240 | head -n 5; fail "charts/$(basename "$svg") has no source caption (ShowChart and ShowMap add one)"; }
  case "$(basename "$svg")" in
    map-*) grep -q 'Natural Earth' "$svg" || fail "charts/$(basename "$svg") does not name its boundaries' source (Natural Earth)" ;;
  esac
done
echo "${#charts[@]} charts, each with a source caption (maps are PNG: ShowMap checks their captions in the notebook)"

if [ "$mode" = write-back ]; then
  step "write the executed notebooks and their charts back into samples/notebooks"
  command -v python3 >/dev/null || fail "--write-back needs python3"
  for nb in "${notebooks[@]}"; do
    python3 - "$results/$nb" "samples/notebooks/$nb" "$work/clone" "$root" <<'PY'
import json, sys
src, dst, clone, root = sys.argv[1:5]
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
text = text.replace(clone + "/", "").replace(clone, "").replace(root + "/", "")
open(dst, "w", encoding="utf-8").write(text)
PY
    echo "wrote samples/notebooks/$nb"
  done
  mkdir -p samples/notebooks/charts
  cp "$work/clone/samples/notebooks/charts"/* samples/notebooks/charts/
  ls -l samples/notebooks/charts
fi

step "the committed notebooks show tables and charts"
for nb in "${notebooks[@]}"; do
  f="samples/notebooks/$nb"
  grep -q '"image/png"\|"image/svg+xml"' "$f" || fail "$nb has no chart in its committed outputs (run: bash .ci/notebooks.sh --write-back)"
  grep -q 'class=\\"bridata' "$f" || fail "$nb has no BriData table in its committed outputs (run: bash .ci/notebooks.sh --write-back)"
  if grep -q '"output_type": *"error"' "$f"; then fail "$nb has an error in its committed outputs"; fi
done
cat "$results/timings.txt"
echo "notebooks ok: ${#notebooks[@]} of ${#notebooks[@]} ran without a cell error in a fresh clone ($(( $(date +%s) - start ))s)"
