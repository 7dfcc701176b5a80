using BenchmarkDotNet.Attributes;

namespace BriData.Benchmarks;

/// <summary>
/// Resolution of an exact name or alias, any case, with or without accents, through <c>Countries.TryResolve</c>
/// (target: at most 100 ns, 0 B), against a case-insensitive dictionary of the same names (which ignores neither
/// accents nor punctuation, so it cannot answer "PERU" for "Perú": a speed peer, not a functional one).
/// </summary>
[MemoryDiagnoser]
public class NameResolutionBenchmarks
{
    private CountryCollection countries = null!;
    private Dictionary<string, Country> dictionary = null!;

    [Params("Peru", "PERÚ", "republica dominicana", "Trinidad & Tobago", "秘鲁", "República Bolivariana de Venezuela")]
    public string Name { get; set; } = "Peru";

    [GlobalSetup]
    public void SetUp()
    {
        countries = BriDataset.Default.Countries;
        dictionary = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in countries)
        {
            foreach (var name in new[] { c.Name, c.OfficialName, c.Names.English, c.Names.Spanish, c.Names.Portuguese, c.Names.Chinese }.Concat(c.Aliases))
            {
                dictionary.TryAdd(name, c);
            }
        }

        if (!countries.TryResolve(Name, out _))
        {
            throw new InvalidOperationException($"'{Name}' does not resolve: the benchmark would measure a miss.");
        }
    }

    [Benchmark(Baseline = true)]
    public Country? DictionaryIgnoreCase() => dictionary.TryGetValue(Name, out var country) ? country : null;

    [Benchmark]
    public Country? TryResolve() => countries.TryResolve(Name, out var country) ? country : null;
}
