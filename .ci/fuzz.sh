#!/usr/bin/env bash
# Bounded fuzzing of BriDataset.Load (issue 8). CsCheck mutates the files of a small valid release (BriData JSON, CSV
# and JSON Lines; bytes and values; default and tight limits) and asserts that only BriDataException ever escapes
# Load, and that whatever loads can be re-checked, re-saved and re-loaded. A failure prints the CsCheck seed that
# reproduces it (BRIDATA_FUZZ_SEED=<seed> .ci/fuzz.sh). Runs from the repository root.
#   BRIDATA_FUZZ_SECONDS  fuzzing time (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

seconds="${BRIDATA_FUZZ_SECONDS:-60}"
report="$(mktemp)"
trap 'rm -f "$report"' EXIT

dotnet build tests/BriData.Fuzz -c Release -v q -nologo
status=0
BRIDATA_FUZZ_SECONDS="$seconds" BRIDATA_FUZZ_REPORT="$report" timeout $((seconds + 600)) \
  dotnet test --project tests/BriData.Fuzz -c Release --no-build -- --filter-class 'BriData.Fuzz.LoadFuzzTests' || status=$?
cat "$report"
exit "$status"
