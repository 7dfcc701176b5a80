using BenchmarkDotNet.Attributes;

namespace BriData.Benchmarks;

/// <summary>
/// The embedded trade set (8,827 records): China's trade by reporter × year through the fact table, against LINQ over
/// the records. The fact table is built once (first use) and reused, as in an application.
/// </summary>
[MemoryDiagnoser]
public class EmbeddedAggregationBenchmarks
{
    private BriDataset data = null!;

    [GlobalSetup]
    public void SetUp()
    {
        data = BriDataset.Default;
        _ = data.TradeFacts();
    }

    [Benchmark(Baseline = true)]
    public int LinqOverRecords() => data.Trade
        .Where(t => t.Partner == CountryCode.China)
        .GroupBy(t => (t.Reporter, t.Year))
        .Select(g => (g.Key, Sum: g.Sum(t => t.ValueUsdMillions)))
        .Count(g => g.Sum > 0);

    [Benchmark]
    public int FactTable() => data.TradeFacts()
        .Where("partner_iso3", CountryCode.China)
        .GroupBy("reporter_iso3", "year")
        .Sum("value_usd_millions")
        .Count(r => r.Sum > 0);
}
