using System.Diagnostics;
using BenchmarkDotNet.Attributes;

namespace BriData.Benchmarks;

/// <summary>
/// Cold start, whole process (<c>dotnet X.dll</c>, published Release): the demo's first answer and whole tour, and a
/// first query per data set (the probe), against an empty console app (target: demo's first answer at most 1.3×).
/// Each invocation is a fresh process. The probe's own in-process times are printed by <c>-- coldstart</c>.
/// </summary>
/// <remarks>One launch per iteration (<c>InvocationCount(1)</c>): the demo stopped after its first line is stopped in an
/// iteration cleanup, outside the timed region, and every method of the class shares the job so that ratios are computed.</remarks>
[MemoryDiagnoser]
[InvocationCount(1)]
public class ColdStartBenchmarks
{
    [GlobalSetup]
    public void SetUp() => ColdStartApps.EnsurePublished();

    [Benchmark(Baseline = true)]
    public TimeSpan EmptyConsoleApp() => ColdStartApps.Run(ColdStartApps.Empty, stopAtFirstLine: false).ExitAfter;

    private Process? demo;

    /// <summary>The demo until its first line of output; it is stopped after the timed region (<see cref="StopDemo"/>).</summary>
    [Benchmark]
    public TimeSpan DemoFirstAnswer() => ColdStartApps.StartUntilFirstLine(ColdStartApps.Demo, out demo);

    /// <summary>Stops the demo started by <see cref="DemoFirstAnswer"/>, outside the timed region.</summary>
    [IterationCleanup(Target = nameof(DemoFirstAnswer))]
    public void StopDemo()
    {
        if (demo is not null)
        {
            demo.Kill();
            demo.WaitForExit();
            demo.Dispose();
            demo = null;
        }
    }

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
