using BenchmarkDotNet.Attributes;

namespace BriData.Benchmarks;

/// <summary>
/// Cold start, whole process (<c>dotnet X.dll</c>, published Release): the demo's first answer and whole tour, and a
/// first query per data set (the probe), against an empty console app (target: demo's first answer at most 1.3×).
/// Each invocation is a fresh process. The probe's own in-process times are printed by <c>-- coldstart</c>.
/// </summary>
[MemoryDiagnoser]
public class ColdStartBenchmarks
{
    [GlobalSetup]
    public void SetUp() => ColdStartApps.EnsurePublished();

    [Benchmark(Baseline = true)]
    public TimeSpan EmptyConsoleApp() => ColdStartApps.Run(ColdStartApps.Empty, stopAtFirstLine: false).ExitAfter;

    /// <summary>The demo until its first line of output (then it is stopped).</summary>
    [Benchmark]
    public TimeSpan DemoFirstAnswer() => ColdStartApps.Run(ColdStartApps.Demo, stopAtFirstLine: true).FirstLineAfter;

    /// <summary>The demo's whole tour, to its exit.</summary>
    [Benchmark]
    public TimeSpan DemoWholeTour() => ColdStartApps.Run(ColdStartApps.Demo, stopAtFirstLine: false).ExitAfter;

    [Benchmark]
    public TimeSpan FirstQueryCountries() => ColdStartApps.Run(ColdStartApps.Probe, false, "countries").ExitAfter;

    [Benchmark]
    public TimeSpan FirstQueryTrade() => ColdStartApps.Run(ColdStartApps.Probe, false, "trade").ExitAfter;

    [Benchmark]
    public TimeSpan FirstQueryIndicators() => ColdStartApps.Run(ColdStartApps.Probe, false, "indicators").ExitAfter;

    [Benchmark]
    public TimeSpan FirstQueryFinance() => ColdStartApps.Run(ColdStartApps.Probe, false, "finance").ExitAfter;

    [Benchmark]
    public TimeSpan FirstQueryInvestments() => ColdStartApps.Run(ColdStartApps.Probe, false, "investments").ExitAfter;
}
