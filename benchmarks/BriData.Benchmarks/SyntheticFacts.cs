namespace BriData.Benchmarks;

/// <summary>One synthetic fact as a record object: what a LINQ user would hold.</summary>
public sealed record SyntheticFact(CountryCode Country, int Year, double? Amount);

/// <summary>
/// A synthetic fact table with a fixed seed: country × year × amount, the shape of BriData's trade and finance facts.
/// The same columns feed BriData, DuckDB and LINQ, so every engine answers the same question on the same data.
/// </summary>
/// <remarks>
/// Countries: the 34 of the embedded dataset; years 1960–2024 (65), so 2,210 groups; amounts uniform in [0, 1000)
/// USD millions rounded to cents; 1 % of amounts missing (null in DuckDB and LINQ, missing in BriData).
/// </remarks>
public sealed class SyntheticFacts
{
    /// <summary>The seed of every generated table.</summary>
    public const int Seed = 20_241_128;

    /// <summary>The first year generated.</summary>
    public const int FirstYear = 1960;

    /// <summary>The number of years generated.</summary>
    public const int YearCount = 65;

    private SyntheticFacts(CountryCode[] countries, byte[] countryIndex, short[] years, double[] amounts, bool[] missing)
    {
        Countries = countries;
        CountryIndex = countryIndex;
        Years = years;
        Amounts = amounts;
        Missing = missing;
    }

    public CountryCode[] Countries { get; }

    public byte[] CountryIndex { get; }

    public short[] Years { get; }

    public double[] Amounts { get; }

    public bool[] Missing { get; }

    public int RowCount => Years.Length;

    /// <summary>Generates <paramref name="rows"/> rows; the same count always gives the same rows.</summary>
    public static SyntheticFacts Generate(int rows)
    {
        var countries = BriDataset.Default.Countries.Select(c => c.Code).ToArray();
        var random = new Random(Seed);
        var countryIndex = new byte[rows];
        var years = new short[rows];
        var amounts = new double[rows];
        var missing = new bool[rows];
        for (var i = 0; i < rows; i++)
        {
            countryIndex[i] = (byte)random.Next(countries.Length);
            years[i] = (short)(FirstYear + random.Next(YearCount));
            amounts[i] = Math.Round(random.NextDouble() * 1000, 2);
            missing[i] = random.Next(100) == 0;
        }

        return new SyntheticFacts(countries, countryIndex, years, amounts, missing);
    }

    /// <summary>The amount of row <paramref name="row"/>, or null when it is missing.</summary>
    public double? AmountAt(int row) => Missing[row] ? null : Amounts[row];

    /// <summary>The rows as record objects (for LINQ).</summary>
    public SyntheticFact[] ToRecords()
    {
        var records = new SyntheticFact[RowCount];
        for (var i = 0; i < records.Length; i++)
        {
            records[i] = new SyntheticFact(Countries[CountryIndex[i]], Years[i], AmountAt(i));
        }

        return records;
    }

    /// <summary>The rows as a BriData fact table: dimensions country and year, measure amount.</summary>
    public FactTable ToFactTable() => FactTable.Create<int>()
        .Dimension("country", i => Countries[CountryIndex[i]])
        .Dimension("year", i => (int)Years[i])
        .Measure("amount", AmountAt)
        .Build(Enumerable.Range(0, RowCount));
}
