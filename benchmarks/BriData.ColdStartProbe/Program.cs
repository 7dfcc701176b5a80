using System.Diagnostics;
using System.Globalization;
using BriData;

// Usage: BriData.ColdStartProbe <set>, set = countries | trade | indicators | finance | investments | none.
// Prints "<set> <milliseconds>": the time, in this fresh process, from Main to the first answer of one query on that
// set, BriDataset.Default included (JIT, resource read, JSON parse, indexes, fact table where one is used).
var set = args.Length > 0 ? args[0] : "countries";
var clock = Stopwatch.StartNew();
var data = BriDataset.Default;
object answer = set switch
{
    "none" => data.Version,
    "countries" => data.Countries.Get(CountryCode.Parse("PER")).Name,
    "trade" => data.TradeFacts().Where(TradeFactColumns.Partner, CountryCode.China)
        .GroupBy(TradeFactColumns.Reporter, TradeFactColumns.Year).Sum(TradeFactColumns.ValueUsdMillions).Count,
    "indicators" => data.IndicatorFacts().GroupBy(IndicatorFactColumns.Year).Sum(IndicatorFactColumns.Population).Count,
    "finance" => data.FinanceFacts().GroupBy(FinanceFactColumns.Recipient).Sum(FinanceFactColumns.AmountConstantUsd2021).Count,
    "investments" => data.InvestmentFacts().GroupBy(InvestmentFactColumns.Country).Sum(InvestmentFactColumns.AmountUsdMillions).Count,
    _ => throw new ArgumentException($"unknown set '{set}'"),
};
var elapsed = clock.Elapsed.TotalMilliseconds;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{set} {elapsed:F2} ms (answer: {answer})"));
