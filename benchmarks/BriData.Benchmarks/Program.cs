using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BriData.Benchmarks;

// BriData benchmarks (see benchmarks/README.md):
//   dotnet run -c Release --project benchmarks/BriData.Benchmarks -- --filter '*'        every benchmark
//   ... -- --filter '*GroupBy*'                                                          one class
//   ... -- coldstart [runs]     cold-start medians (published apps, Process timer)
//   ... -- memory               resident memory of the embedded dataset against its JSON
//   ... -- loadmemory [records] allocation and peak heap of loading an outside release near the limits, per format
//   ... -- plot [report.json]   results table and plot of GroupByBenchmarks
//   ... -- startup              where a fresh process spends the time of its first answer
//   ... -- profile [rows...]    quick Stopwatch check of the BriData group-by while working on the engine
switch (args.FirstOrDefault())
{
    case "coldstart":
        return ColdStartReport.Run(args);
    case "memory":
        return ResidentMemoryReport.Run();
    case "loadmemory":
        return LoadMemoryReport.Run(args);
    case "plot":
        return ResultsPlot.Run(args);
    case "profile":
        return QuickProfile.Run(args);
    case "startup":
        return StartupProfile.Run();
}

// The machines are shared and slow to build: give BenchmarkDotNet's generated project ten minutes.
var config = DefaultConfig.Instance.AddExporter(JsonExporter.Brief).WithBuildTimeout(TimeSpan.FromMinutes(10));

// Unless a job is named on the command line (CI: --job Dry), one job for every class: medians of 12 iterations after
// 3 warm-ups keep the whole run within about 30 minutes on 2 cores.
if (!args.Any(a => a is "--job" or "-j" || a.StartsWith("--job=", StringComparison.Ordinal)))
{
    config = config.AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(12).AsDefault());
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(GroupByBenchmarks).Assembly).Run(args, config).ToArray();

// Non-zero when a benchmark failed or none ran, so that CI's dry run catches a benchmark that rotted.
var failed = summaries.Length == 0 || summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Length == 0 || s.Reports.Any(r => !r.Success));
return failed ? 1 : 0;
