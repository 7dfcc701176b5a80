using System.Diagnostics;
using System.Globalization;
using BriData.Loading;
using BriData.Serialization;

namespace BriData.Benchmarks;

/// <summary>
/// <c>-- startup</c>: where the first answer's time goes in a fresh process, step by step (the JSON context, the
/// manifest, then each set), using the loader's internals. A diagnostic for benchmarks/README.md, not a benchmark.
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
            Console.WriteLine(string.Create(c, $"{name,-40} {(now - last).TotalMilliseconds,8:F1} ms  (total {now.TotalMilliseconds:F1} ms)"));
            last = clock.Elapsed;
        }

        Console.WriteLine("start");
        Step("console");
        var loader = new DataLoader(EmbeddedDataFiles.Instance, BriLoadOptions.Default);
        Step("DataLoader");
        var probe = new List<DataProblem>();
        var raw = loader.ReadBytes("manifest.json", probe)!;
        Step("ReadBytes manifest.json");
        JsonLimits.Check(raw, "manifest.json", BriLoadOptions.Default, probe);
        Step("JsonLimits.Check");
        ManifestFastReader.TryRead(raw, out _);
        Step("ManifestFastReader.TryRead");
        _ = DataSets.All.Length;
        Step("DataSets.All");
        var problems = new List<DataProblem>();
        var bytes = loader.ReadBytes("manifest.json", problems);
        Step("read manifest.json bytes");
        var manifest = loader.LoadManifest(problems)!;
        Step("LoadManifest (parse + checks)");
        _ = BriJsonContext.Default;
        Step("BriJsonContext.Default");
        _ = System.Text.Json.JsonSerializer.Deserialize(bytes!, loader.Context.DataManifest);
        Step("manifest parsed with the serializer");
        foreach (var set in DataSets.All)
        {
            _ = loader.LoadSet(set, manifest, problems);
            Step($"LoadSet {set.Name}");
        }

        return problems.Count == 0 ? 0 : 1;
    }
}
