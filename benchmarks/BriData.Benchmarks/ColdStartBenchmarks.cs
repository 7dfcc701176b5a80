using System.Diagnostics;
using BenchmarkDotNet.Attributes;

namespace BriData.Benchmarks;

/// <summary>
/// Cold start, whole process (<c>dotnet X.dll</c>, published Release against the packed BriData package): the demo's
/// first answer and whole tour, and the first real answer of each set (the probe), against an empty console app
/// (issue 15: each first answer at most 1.5×, the tour at most 3×).
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

    /// <summary>A country by name (<c>Countries.Resolve("Perú")</c>).</summary>
    [Benchmark]
    public TimeSpan FirstAnswerCountry() => Probe("country");

    /// <summary>A trade series (Peru's bilateral trade with China by year).</summary>
    [Benchmark]
    public TimeSpan FirstAnswerTrade() => Probe("trade");

    /// <summary>An indicator (Peru's latest population).</summary>
    [Benchmark]
    public TimeSpan FirstAnswerIndicator() => Probe("indicator");

    /// <summary>A finance total (commitments by recipient).</summary>
    [Benchmark]
    public TimeSpan FirstAnswerFinance() => Probe("finance");

    /// <summary>An investment total (AEI investments in Peru).</summary>
    [Benchmark]
    public TimeSpan FirstAnswerInvestment() => Probe("investment");

    /// <summary>A project (<c>Projects.Get("chancay-port")</c>).</summary>
    [Benchmark]
    public TimeSpan FirstAnswerProject() => Probe("project");

    /// <summary>A claim check (the first claim of the release).</summary>
    [Benchmark]
    public TimeSpan FirstAnswerClaim() => Probe("claim");

    /// <summary>Every set loaded and indexed.</summary>
    [Benchmark]
    public TimeSpan EverySetLoaded() => Probe("all");

    private static TimeSpan Probe(string answer) => ColdStartApps.Run(ColdStartApps.Probe, false, answer).ExitAfter;
}
