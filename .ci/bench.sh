#!/usr/bin/env bash
# Benchmarks, dry: every BenchmarkDotNet benchmark in benchmarks/BriData.Benchmarks runs once (Dry job, in process)
# so that none rots, then the helper commands (cold-start timer, resident memory, results table and plot) run once.
# No timing is asserted. Tables are capped at 100,000 rows here (BRIDATA_BENCH_MAX_ROWS); the real run is described
# in benchmarks/README.md. Takes about 3-5 minutes on 2 cores.
source "$(dirname "$0")/common.sh"
export BRIDATA_BENCH_MAX_ROWS=100000
ci_work_dir bench

step "build (Release)"
dotnet build benchmarks/BriData.Benchmarks -c Release --nologo -v quiet
root=$(pwd)
bench() { dotnet "$root/benchmarks/BriData.Benchmarks/bin/Release/net10.0/BriData.Benchmarks.dll" "$@"; }

step "every benchmark once (--job Dry --inProcess)"
(cd "$work" && bench --filter '*' --job Dry --inProcess --artifacts "$work/artifacts") > "$work/dry.log" 2>&1 \
  || { tail -n 80 "$work/dry.log"; echo "bench.sh: FAIL: a benchmark failed (log above)" >&2; exit 1; }
grep -E '^\| ' "$work/dry.log" | head -n 80 || true
for class in GroupByBenchmarks CountryLookupBenchmarks NameResolutionBenchmarks EmbeddedAggregationBenchmarks MoneyMetricBenchmarks ColdStartBenchmarks; do
  grep -q "BriData.Benchmarks.$class-report" "$work/dry.log" || { echo "bench.sh: FAIL: $class did not run" >&2; exit 1; }
done

step "results table and plot from the dry run's report (written to a temporary folder)"
bench plot "$work/artifacts/results/BriData.Benchmarks.GroupByBenchmarks-report-brief.json" "$work/plot"
test -s "$work/plot/groupby-cost-per-row.png" && test -s "$work/plot/groupby-cost-per-row.svg"

step "resident memory of the embedded dataset"
bench memory

step "cold start, one round"
bench coldstart 1

step "done"
