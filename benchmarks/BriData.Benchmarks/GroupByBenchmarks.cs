using BenchmarkDotNet.Attributes;
using DuckDB.NET.Data;

namespace BriData.Benchmarks;

/// <summary>
/// Group by country × year, sum of an amount, over synthetic tables (<see cref="SyntheticFacts"/>): BriData's fact table
/// against DuckDB in process (table already loaded, the same query) and LINQ GroupBy over record objects. Every method
/// reads every group's keys and sum, so each does the whole job.
/// </summary>
[MemoryDiagnoser]
public class GroupByBenchmarks
{
    private FactTable table = null!;
    private SyntheticFact[] records = null!;
    private DuckDBConnection duck = null!;
    private DuckDBCommand duckQuery = null!;
    private DuckDBCommand duckIntQuery = null!;

    /// <summary>Rows in the table. BRIDATA_BENCH_MAX_ROWS caps the list (CI's dry run uses 100,000).</summary>
    [ParamsSource(nameof(RowCounts))]
    public int Rows { get; set; }

    public static IEnumerable<int> RowCounts
    {
        get
        {
            var cap = int.TryParse(Environment.GetEnvironmentVariable("BRIDATA_BENCH_MAX_ROWS"), out var c) ? c : int.MaxValue;
            return new[] { 10_000, 100_000, 1_000_000, 10_000_000 }.Where(r => r <= cap);
        }
    }

    [GlobalSetup(Target = nameof(BriData))]
    public void SetUpBriData() => table = SyntheticFacts.Generate(Rows).ToFactTable();

    [GlobalSetup(Target = nameof(Linq))]
    public void SetUpLinq() => records = SyntheticFacts.Generate(Rows).ToRecords();

    [GlobalSetup(Targets = [nameof(DuckDB), nameof(DuckDBIntegerKeys)])]
    public void SetUpDuckDB()
    {
        var facts = SyntheticFacts.Generate(Rows);
        duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        using (var create = duck.CreateCommand())
        {
            create.CommandText = "CREATE TABLE facts (country VARCHAR NOT NULL, country_id UTINYINT NOT NULL, year SMALLINT NOT NULL, amount DOUBLE)";
            create.ExecuteNonQuery();
        }

        var names = facts.Countries.Select(c => c.Alpha3).ToArray();
        using (var appender = duck.CreateAppender("facts"))
        {
            for (var i = 0; i < facts.RowCount; i++)
            {
                appender.CreateRow()
                    .AppendValue(names[facts.CountryIndex[i]])
                    .AppendValue(facts.CountryIndex[i])
                    .AppendValue(facts.Years[i])
                    .AppendValue(facts.AmountAt(i))
                    .EndRow();
            }
        }

        duckQuery = duck.CreateCommand();
        duckQuery.CommandText = "SELECT country, year, SUM(amount) FROM facts GROUP BY country, year";
        duckIntQuery = duck.CreateCommand();
        duckIntQuery.CommandText = "SELECT country_id, year, SUM(amount) FROM facts GROUP BY country_id, year";
    }

    [GlobalCleanup]
    public void CleanUp()
    {
        duckQuery?.Dispose();
        duckIntQuery?.Dispose();
        duck?.Dispose();
    }

    /// <summary>BriData: <c>table.GroupBy("country", "year").Sum("amount")</c>, then every group read.</summary>
    [Benchmark(Baseline = true)]
    public double BriData()
    {
        var total = 0.0;
        foreach (var row in table.GroupBy("country", "year").Sum("amount"))
        {
            total += row.GetKey<int>(1) + (row.Sum ?? 0) + row.GetKey<CountryCode>(0).GetHashCode();
        }

        return total;
    }

    /// <summary>DuckDB: <c>SELECT country, year, SUM(amount) FROM facts GROUP BY country, year</c> (country VARCHAR), every row read.</summary>
    [Benchmark]
    public double DuckDB()
    {
        var total = 0.0;
        using var reader = duckQuery.ExecuteReader();
        while (reader.Read())
        {
            total += reader.GetInt16(1) + (reader.IsDBNull(2) ? 0 : reader.GetDouble(2)) + reader.GetString(0).Length;
        }

        return total;
    }

    /// <summary>DuckDB with the country as a small integer (its fastest, perfect-hash path): the same query on country_id.</summary>
    [Benchmark]
    public double DuckDBIntegerKeys()
    {
        var total = 0.0;
        using var reader = duckIntQuery.ExecuteReader();
        while (reader.Read())
        {
            total += reader.GetInt16(1) + (reader.IsDBNull(2) ? 0 : reader.GetDouble(2)) + reader.GetByte(0);
        }

        return total;
    }

    /// <summary>LINQ: <c>records.GroupBy(r =&gt; (r.Country, r.Year)).Select(g =&gt; g.Sum(r =&gt; r.Amount))</c>, every group read.</summary>
    [Benchmark]
    public double Linq()
    {
        var total = 0.0;
        foreach (var g in records.GroupBy(r => (r.Country, r.Year)).Select(g => (g.Key, Sum: g.Sum(r => r.Amount))))
        {
            total += g.Key.Year + (g.Sum ?? 0) + g.Key.Country.GetHashCode();
        }

        return total;
    }
}
