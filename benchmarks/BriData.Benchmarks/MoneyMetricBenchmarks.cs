using BenchmarkDotNet.Attributes;

namespace BriData.Benchmarks;

/// <summary>
/// Every money metric of the embedded data (finance totals by country, sector, lender, year and status and the grand
/// total; investment totals by country, sector, year and the grand total) against the LINQ a user would write for the
/// same answer over the records: per group the exact sum, the records counted, those without an amount, those the
/// scope excludes, and the sorted distinct source ids. Same records, same answer, one run; the dataset is loaded in
/// the setup (as in an application), nothing else is cached.
/// </summary>
[MemoryDiagnoser]
public class MoneyMetricBenchmarks
{
    private BriDataset data = null!;
    private InvestmentRecord[] investments = [];

    /// <summary>The metric timed.</summary>
    [Params("FinanceByCountry", "FinanceBySector", "FinanceByLender", "FinanceByYear", "FinanceByStatus", "FinanceTotal",
        "InvestmentByCountry", "InvestmentBySector", "InvestmentByYear", "InvestmentTotal")]
    public string Metric { get; set; } = "FinanceByCountry";

    [GlobalSetup]
    public void SetUp()
    {
        data = BriDataset.Default;
        investments = [.. data.Investments.Where(r => r.Kind == InvestmentKind.Investment)];
    }

    /// <summary>The LINQ equivalent: GroupBy, then per group the counted records' sum, counts and sources.</summary>
    [Benchmark(Baseline = true)]
    public int Linq() => Metric switch
    {
        "FinanceByCountry" => Groups(data.Finance, r => r.Recipient, Usd, r => r.IsAggregationSafe),
        "FinanceBySector" => Groups(data.Finance, r => r.Sector, Usd, r => r.IsAggregationSafe),
        "FinanceByLender" => Groups(data.Finance, r => r.Lender, Usd, r => r.IsAggregationSafe),
        "FinanceByYear" => Groups(data.Finance, r => r.CommitmentYear, Usd, r => r.IsAggregationSafe),
        "FinanceByStatus" => Groups(data.Finance, r => r.Status, Usd, r => r.IsAggregationSafe),
        "FinanceTotal" => Groups(data.Finance, _ => 0, Usd, r => r.IsAggregationSafe),
        "InvestmentByCountry" => Groups(investments, r => r.Country, Usd, r => r.IsAggregationSafe),
        "InvestmentBySector" => Groups(investments, r => r.Sector, Usd, r => r.IsAggregationSafe),
        "InvestmentByYear" => Groups(investments, r => r.Date.Year, Usd, r => r.IsAggregationSafe),
        "InvestmentTotal" => Groups(investments, _ => 0, Usd, r => r.IsAggregationSafe),
        _ => throw new InvalidOperationException(Metric),
    };

    /// <summary>BriData's metric, as a user calls it.</summary>
    [Benchmark]
    public int BriData() => Metric switch
    {
        "FinanceByCountry" => data.Finance.TotalsByCountry().Count,
        "FinanceBySector" => data.Finance.TotalsBySector().Count,
        "FinanceByLender" => data.Finance.TotalsByLender().Count,
        "FinanceByYear" => data.Finance.TotalsByYear().Count,
        "FinanceByStatus" => data.Finance.TotalsByStatus().Count,
        "FinanceTotal" => data.Finance.TotalConstantUsd2021().RecordCount,
        "InvestmentByCountry" => investments.TotalsByCountry(InvestmentKind.Investment).Count,
        "InvestmentBySector" => investments.TotalsBySector(InvestmentKind.Investment).Count,
        "InvestmentByYear" => investments.TotalsByYear(InvestmentKind.Investment).Count,
        "InvestmentTotal" => investments.TotalNominalUsd(InvestmentKind.Investment).RecordCount,
        _ => throw new InvalidOperationException(Metric),
    };

    private static decimal? Usd(FinanceRecord r) => r.Amount?.AmountUsd;

    private static decimal? Usd(InvestmentRecord r) => r.Amount.AmountUsd;

    private static int Groups<T, TKey>(IEnumerable<T> records, Func<T, TKey> keyOf, Func<T, decimal?> usd, Func<T, bool> isSafe)
        where T : ISourced =>
        records.GroupBy(keyOf)
            .Select(g =>
            {
                var counted = g.Where(isSafe).ToArray();
                return (
                    g.Key,
                    Sum: counted.Any(r => usd(r) is not null) ? counted.Sum(usd) : null,
                    Count: counted.Length,
                    WithoutAmount: counted.Count(r => usd(r) is null),
                    Excluded: g.Count() - counted.Length,
                    Sources: counted.SelectMany(r => r.SourceIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray());
            })
            .Where(g => g.Count > 0)
            .OrderByDescending(g => g.Sum)
            .Count();
}
