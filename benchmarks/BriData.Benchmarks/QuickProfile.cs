using System.Diagnostics;
using System.Globalization;

namespace BriData.Benchmarks;

/// <summary>
/// <c>-- profile [rows...]</c>: a quick Stopwatch check of the BriData group-by (best of 30 runs per size), for working
/// on the engine between BenchmarkDotNet runs; the best of many runs resists a busy machine. Not a benchmark result.
/// </summary>
public static class QuickProfile
{
    public static int Run(string[] args)
    {
        var sizes = args.Length > 1 ? args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [10_000, 100_000, 1_000_000, 10_000_000];
        var bench = new GroupByBenchmarks();
        foreach (var rows in sizes)
        {
            bench.Rows = rows;
            bench.SetUpBriData();
            var table = SyntheticFacts.Generate(rows).ToFactTable();
            var query = Best(() => table.GroupBy("country", "year").Sum("amount"));
            var whole = Best(() => bench.BriData());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{rows,12:N0} rows: query {query * 1e6:F1} µs ({query * 1e9 / rows:F3} ns/row); with reading every group {whole * 1e6:F1} µs ({whole * 1e9 / rows:F3} ns/row)"));
        }

        return 0;
    }

    private static double Best<T>(Func<T> run)
    {
        // Warm up for half a second first (tiered JIT), then keep the best of 200 runs.
        var warm = Stopwatch.StartNew();
        while (warm.ElapsedMilliseconds < 500)
        {
            GC.KeepAlive(run());
        }

        var best = double.MaxValue;
        for (var i = 0; i < 200; i++)
        {
            var clock = Stopwatch.StartNew();
            GC.KeepAlive(run());
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }

        return best;
    }
}
