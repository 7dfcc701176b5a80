using BenchmarkDotNet.Attributes;

namespace BriData.Benchmarks;

/// <summary>Lookup of a country by code through the public API, against a plain dictionary (target: at most 10 ns, 0 B).</summary>
[MemoryDiagnoser]
public class CountryLookupBenchmarks
{
    private CountryCollection countries = null!;
    private Dictionary<CountryCode, Country> dictionary = null!;
    private CountryCode peru;

    [GlobalSetup]
    public void SetUp()
    {
        countries = BriDataset.Default.Countries;
        dictionary = countries.ToDictionary(c => c.Code);
        peru = CountryCode.Parse("PER");
    }

    [Benchmark(Baseline = true)]
    public Country DictionaryByCode() => dictionary[peru];

    [Benchmark]
    public Country GetByCode() => countries.Get(peru);

    [Benchmark]
    public Country? TryGetByCode() => countries.TryGet(peru, out var country) ? country : null;

    /// <summary>Parsing the text as well: <c>Countries.Get("PER")</c>.</summary>
    [Benchmark]
    public Country GetByText() => countries.Get("PER");
}
