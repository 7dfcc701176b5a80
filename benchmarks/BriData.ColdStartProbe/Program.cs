using System.Diagnostics;
using System.Globalization;
using BriData;

// Usage: BriData.ColdStartProbe <answer>. Prints "<answer> <milliseconds> ms (answer: …)": the time, in this fresh
// process, from Main to the first real answer a user asks of one set, BriDataset.Default included (resource read, hash
// proof, parse, indexes, the metric). The answers are the ones issue 15 names, through the public API a user calls:
//   none         BriDataset.Default.Version (the header only: no data is read)
//   country      a country by name: Countries.Resolve("Perú")
//   trade        a trade series: Peru's bilateral trade with China by year, China's reports
//   indicator    an indicator: Peru's latest population
//   finance      a finance total: development-finance commitments by recipient, the first group
//   investment   an investment total: AEI investments in Peru, nominal USD
//   project      a project: Projects.Get("chancay-port")
//   claim        a claim check: the first claim of the release, checked against the data
//   all          every set loaded and indexed (the in-process "all sets" figure)
var what = args.Length > 0 ? args[0] : "country";
var clock = Stopwatch.StartNew();
var data = BriDataset.Default;
var peru = CountryCode.Parse("PER");
object answer = what switch
{
    "none" => data.Version,
    "country" => data.Countries.Resolve("Perú").Name,
    "trade" => data.BilateralTotalSeriesUsdMillions(peru, TradeReporter.ChinaReported).Count,
    "indicator" => data.LatestPopulation(peru)?.Value ?? -1m,
    "finance" => data.Finance.TotalsByCountry()[0].Total.Amount?.AmountUsdMillions ?? -1m,
    "investment" => data.Investments.Where(r => r.Country == peru).TotalNominalUsd(InvestmentKind.Investment).Amount?.AmountUsdMillions ?? -1m,
    "project" => data.Projects.Get("chancay-port").Name,
    "claim" => data.CheckClaim(data.Claims[0]).Verdict,
    "all" => LoadAll(data),
    _ => throw new ArgumentException($"unknown answer '{what}'"),
};
var elapsed = clock.Elapsed.TotalMilliseconds;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what} {elapsed:F2} ms (answer: {answer})"));

// Every set, in the order of the manifest's load order; with "all -v" each set's time goes to stderr.
int LoadAll(BriDataset data)
{
    var verbose = args.Length > 1 && args[1] == "-v";
    var last = clock.Elapsed.TotalMilliseconds;
    int Step(string name, int count)
    {
        var now = clock.Elapsed.TotalMilliseconds;
        if (verbose)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-24} {now - last,7:F2} ms"));
        }

        last = now;
        return count;
    }

    return Step("sources", data.Sources.Count) + Step("countries", data.Countries.Count) + Step("events", data.Events.Count)
        + Step("trade", data.Trade.Count) + Step("indicators", data.Indicators.Count) + Step("finance", data.Finance.Count)
        + Step("investments", data.Investments.Count) + Step("projects", data.Projects.Count) + Step("initiatives", data.Initiatives.Count)
        + Step("trade-highlights", data.TradeHighlights.Count) + Step("claims", data.Claims.Count)
        + Step("published-figures", data.PublishedFigures.Count) + Step("aiddata-country-years", data.AidDataCountryYears.Count);
}
