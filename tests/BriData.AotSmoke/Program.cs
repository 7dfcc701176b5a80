// A consumer's program, published with native AOT: it loads the embedded release, resolves a country by name,
// computes a trade total, parses every set and validates the whole dataset. Exit code 0 only when all of that
// worked; .ci/package.sh checks the printed lines too. With --lookup-only it stops after the lookup (the start-up
// time of a typical first call: the manifest and the countries set only).
using System.Diagnostics;
using System.Globalization;
using BriData;

const int Year = 2020;

// --load-time: the native AOT start-up figure of issue 15, every set of the embedded release read and proven by its
// hash (the in-process time from Main, printed in milliseconds), then exit.
if (args.Contains("--load-time", StringComparer.Ordinal))
{
    var clock = Stopwatch.StartNew();
    var all = BriDataset.Default;
    var records = all.Sources.Count + all.Countries.Count + all.Events.Count + all.Trade.Count + all.Indicators.Count + all.Finance.Count
        + all.Investments.Count + all.Projects.Count + all.Initiatives.Count + all.TradeHighlights.Count + all.Claims.Count
        + all.PublishedFigures.Count + all.AidDataCountryYears.Count;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load-time: {records} records in every set, read and hash-checked, in {clock.Elapsed.TotalMilliseconds:F2} ms"));
    return records > 0 ? 0 : 1;
}

var data = BriDataset.Default;
Console.WriteLine(BriDataInfo.Summary);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"versions: package {BriDataInfo.PackageVersion}, data {BriDataInfo.DataVersion}, format {data.FormatVersion}, source revision {BriDataInfo.SourceRevision ?? "unknown"}"));

// A lookup: name resolution (accents, Spanish name) and a code lookup.
var peru = data.Countries.Resolve("Perú");
var chile = data.Countries.Get("CL");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"lookup: Perú -> {peru.Name} ({peru.Code}), capital {peru.Capital}; CL -> {chile.Name} ({chile.Code})"));
if (args.Contains("--lookup-only", StringComparer.Ordinal))
{
    return 0;
}

// A metric: China's reported goods exports (FOB) to Latin America and the Caribbean in one year, summed as Money.
var exports = data.Trade
    .Where(t => t.Reporter == CountryCode.China && t.Flow == TradeFlow.ExportsFob && t.Year == Year && t.Partner != CountryCode.World)
    .ToList();
var total = Money.Sum(exports.Select(t => t.Value));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"metric: China's exports (FOB) to {exports.Count} LAC partners in {Year}: {total}"));

// A library metric: China's share of Peru's goods exports (Peru's own statistics).
var share = data.ChinaShareOfExportsPercent(peru.Code, Year);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"metric: China's share of Peru's exports in {Year}: {share:F1} %"));

// Every set deserialises through the source-generated JSON context, and the validator runs.
Console.WriteLine(data.ToString());
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"also: {data.Indicators.Count} indicator rows, {data.Initiatives.Count} initiatives, {data.TradeHighlights.Count} trade highlights, {data.Sources.Count} sources"));
var problems = data.FindProblems();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"validation: {problems.Count} problems"));
foreach (var problem in problems.Take(10))
{
    Console.WriteLine("  " + problem);
}

return problems.Count == 0 && exports.Count > 0 && total is not null && share is > 0m and <= 100m ? 0 : 1;
