using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using BriData.Loading;
using BriData.Loading.Embedded;

namespace BriData.Benchmarks;

/// <summary>
/// <c>-- startup</c>: where the time of a fresh process goes when it loads the embedded release, step by step (the
/// manifest, then for each set the SHA-256 proof, the plain read, and the indexed collection a user touches). A
/// diagnostic for benchmarks/README.md, not a benchmark: one fresh process, first use of every step.
/// </summary>
public static class StartupProfile
{
    public static int Run()
    {
        var c = CultureInfo.InvariantCulture;
        var clock = Stopwatch.StartNew();
        var last = TimeSpan.Zero;
        void Step(string name)
        {
            var now = clock.Elapsed;
            Console.WriteLine(string.Create(c, $"{name,-44} {(now - last).TotalMilliseconds,8:F1} ms  (total {now.TotalMilliseconds:F1} ms)"));
            last = clock.Elapsed;
        }

        Console.WriteLine("start");
        Step("console");
        var loader = EmbeddedSetLoader.Assembly;
        Step("EmbeddedSetLoader (header constants)");
        var manifest = loader.ReadManifest();
        Step("manifest (fast reader + header check)");
        var bytes = EmbeddedSetLoader.Resource("trade.json");
        Step("trade.json resource mapped");
        _ = XxHash64.Hash(bytes);
        Step("XXH64 of trade.json (first use)");
        _ = SHA256.HashData(bytes);
        Step("SHA-256 of trade.json (for comparison)");
        foreach (var set in DataSets.All)
        {
            _ = loader.Load(set, manifest);
            Step($"read {set.Name} (hash + parse)");
        }

        var data = BriDataset.Default;
        _ = data.Countries;
        Step("Default.Countries (collection, indexes)");
        _ = data.Countries.Resolve("Perú");
        Step("Countries.Resolve(\"Perú\") (name index)");
        _ = data.Sources;
        _ = data.Events;
        _ = data.Finance;
        _ = data.Investments;
        _ = data.Projects;
        _ = data.Initiatives;
        _ = data.TradeHighlights;
        _ = data.Claims;
        _ = data.PublishedFigures;
        _ = data.Trade;
        _ = data.Indicators;
        _ = data.AidDataCountryYears;
        Step("Default: every other set and keyed list");
        return 0;
    }
}
