using System.Globalization;

namespace BriData.Benchmarks;

/// <summary>
/// <c>-- memory</c>: the managed heap held by the whole embedded dataset (every set loaded and indexed, then the four
/// fact tables), against the size of its JSON. Run in a fresh process, before anything touched BriDataset.Default.
/// </summary>
public static class ResidentMemoryReport
{
    public static int Run()
    {
        var assembly = typeof(BriDataset).Assembly;
        var jsonBytes = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("BriData.Data.", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Sum(n => assembly.GetManifestResourceStream(n)!.Length);

        var before = Heap();
        var data = BriDataset.Default;
        _ = data.Version;
        var steps = new List<(string Step, long Bytes)>();
        long last = Heap();
        void Step(string name, Action touch)
        {
            touch();
            var now = Heap();
            steps.Add((name, now - last));
            last = now;
        }

        Step("sources", () => _ = data.Sources.Count);
        Step("countries (+ name index)", () => _ = data.Countries.TryResolve("Perú", out _));
        Step("events", () => _ = data.Events.Count);
        Step("trade", () => _ = data.Trade.Count);
        Step("indicators", () => _ = data.Indicators.Count);
        Step("finance", () => _ = data.Finance.Count);
        Step("investments", () => _ = data.Investments.Count);
        Step("projects", () => _ = data.Projects.Count);
        Step("initiatives", () => _ = data.Initiatives.Count);
        Step("trade highlights", () => _ = data.TradeHighlights.Count);
        Step("claims", () => _ = data.Claims.Count);
        var records = last - before;
        Step("fact tables (trade, indicators, finance, investments)", () =>
        {
            _ = data.TradeFacts();
            _ = data.IndicatorFacts();
            _ = data.FinanceFacts();
            _ = data.InvestmentFacts();
        });
        var total = last - before;

        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"Embedded JSON: {jsonBytes:N0} bytes"));
        Console.WriteLine("| Step | Managed heap added (bytes) |");
        Console.WriteLine("|---|---:|");
        foreach (var (step, bytes) in steps)
        {
            Console.WriteLine(string.Create(c, $"| {step} | {bytes:N0} |"));
        }

        Console.WriteLine(string.Create(c, $"| **whole dataset (records and indexes)** | **{records:N0}** ({(double)records / jsonBytes:F2}× JSON) |"));
        Console.WriteLine(string.Create(c, $"| **with the four fact tables** | **{total:N0}** ({(double)total / jsonBytes:F2}× JSON) |"));
        GC.KeepAlive(data);
        return 0;
    }

    private static long Heap()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
