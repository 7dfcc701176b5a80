#!/usr/bin/env bash
# Bounded fuzzing of BriDataset.Load (issues 8 and 14). CsCheck mutates the files of a small valid release (BriData
# JSON, CSV and JSON Lines; bytes and values; default and tight limits; the manifest's SHA-256 values updated in most
# cases and left stale in the others) and asserts that only BriDataException ever escapes Load, that a problem's line
# exists in its file, that a changed file under a stale manifest is refused, and that whatever loads can be
# re-checked, re-saved and re-loaded. A second property damages the file system (files mixed from two saves, a save
# cut short, truncated and extended files, wrong and missing hashes, named pipes, links to devices, folders) and
# asserts that every case is refused, naming a damaged file, without blocking. Each runs for BRIDATA_FUZZ_SECONDS. A failure prints the CsCheck seed that
# reproduces it (BRIDATA_FUZZ_SEED=<seed> .ci/fuzz.sh). Runs from the repository root.
#   BRIDATA_FUZZ_SECONDS  fuzzing time of each property (default 60)
source "$(dirname "$0")/common.sh"

seconds="${BRIDATA_FUZZ_SECONDS:-60}"
report="$(mktemp)"
trap 'rm -f "$report"' EXIT

dotnet build tests/BriData.Fuzz -c Release -v q -nologo
status=0
BRIDATA_FUZZ_SECONDS="$seconds" BRIDATA_FUZZ_REPORT="$report" timeout $((2 * seconds + 600)) \
  dotnet test --project tests/BriData.Fuzz -c Release --no-build -- --filter-class 'BriData.Fuzz.LoadFuzzTests' --filter-class 'BriData.Fuzz.FileSystemFuzzTests' || status=$?
cat "$report"
exit "$status"
