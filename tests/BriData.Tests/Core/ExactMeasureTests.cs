namespace BriData.Tests.Core;

/// <summary>Exact (decimal) measures: group sums equal to the decimal sums, missing values counted apart.</summary>
public sealed class ExactMeasureTests
{
    private sealed record Deal(string Country, int Year, bool Safe, decimal? Amount);

    // Hand-made: PER 2020: 0.1 + 0.2 (safe) and 5 (unsafe); PER 2021: missing (safe); CHL 2020: 1e15 + 0.01 (safe).
    private static readonly FactTable Table = FactTable.Create<Deal>()
        .Dimension("country", d => d.Country)
        .Dimension("year", d => d.Year)
        .Dimension("safe", d => d.Safe)
        .ExactMeasure("amount", d => d.Amount)
        .Build(
        [
            new("PER", 2020, true, 0.1m),
            new("PER", 2020, true, 0.2m),
            new("PER", 2020, false, 5m),
            new("PER", 2021, true, null),
            new("CHL", 2020, true, 1_000_000_000_000_000m),
            new("CHL", 2020, true, 0.01m),
        ]);

    [Fact]
    public void Group_sums_are_exact_decimals_where_doubles_are_not()
    {
        var result = Table.GroupBy("country", "year").Where("safe", true).Sum("amount");

        result.Select(r => (r.GetKey<string>(0), r.GetKey<int>(1), r.ExactSum, r.RowCount, r.MissingCount)).Should().Equal(
            ("CHL", 2020, (decimal?)1_000_000_000_000_000.01m, 2L, 0L),
            ("PER", 2020, (decimal?)0.3m, 2L, 0L),
            ("PER", 2021, (decimal?)null, 1L, 1L));
        result.TryFind("PER", 2020, out var per).Should().BeTrue();
        per.Sum.Should().NotBe(0.3, "the double sum of 0.1 and 0.2 is not 0.3: that is why exact measures exist");
        result.TryFind("CHL", 2020, out var chl).Should().BeTrue();
        ((decimal)chl.Sum!.Value).Should().NotBe(chl.ExactSum!.Value);
    }

    [Fact]
    public void Without_a_filter_every_row_counts_and_the_measure_says_it_is_exact()
    {
        var result = Table.GroupBy("country").Sum("amount");

        result.Select(r => (r.GetKey<string>(0), r.ExactSum)).Should().Equal(("CHL", 1_000_000_000_000_000.01m), ("PER", 5.3m));
        Table.GetMeasure("amount").IsExact.Should().BeTrue();
        Table.GroupBy().Sum("amount").Single().ExactSum.Should().Be(1_000_000_000_000_005.31m);
    }

    [Fact]
    public void Mean_min_and_max_of_an_exact_measure_use_its_doubles()
    {
        var row = Table.GroupBy("country").Where("country", "PER").Aggregate("amount").Single();

        (row.ValueCount, row.MissingCount, row.ExactSum).Should().Be((3L, 1L, (decimal?)5.3m));
        row.Min.Should().BeApproximately(0.1, 1e-12);
        row.Max.Should().Be(5);
        row.Mean.Should().BeApproximately(5.3 / 3, 1e-12);
    }

    [Fact]
    public void Reading_an_exact_sum_of_a_double_measure_is_an_error()
    {
        var doubles = FactTable.Create<int>().Dimension("k", i => i % 2).Measure("v", i => i).Build(Enumerable.Range(0, 4));
        var row = doubles.GroupBy("k").Sum("v")[0];

        var read = () => row.ExactSum;
        read.Should().Throw<InvalidOperationException>().WithMessage("*'v' is not exact*");
        doubles.GetMeasure("v").IsExact.Should().BeFalse();
    }

    [Fact]
    public void Large_tables_split_into_partitions_still_sum_exactly()
    {
        // 300,000 rows: the double engine runs in parallel partitions; the exact sums must equal LINQ's decimal sums.
        var rows = Enumerable.Range(0, 300_000).Select(i => (Key: i % 37, Year: 2000 + (i % 11), Amount: i % 101 == 0 ? (decimal?)null : (i % 1000) / 100m + 0.001m)).ToArray();
        var table = FactTable.Create<(int Key, int Year, decimal? Amount)>()
            .Dimension("key", r => r.Key)
            .Dimension("year", r => r.Year)
            .ExactMeasure("amount", r => r.Amount)
            .Build(rows);

        var expected = rows.GroupBy(r => (r.Key, r.Year)).OrderBy(g => g.Key.Key).ThenBy(g => g.Key.Year)
            .Select(g => (g.Key.Key, g.Key.Year, g.Where(r => r.Amount is not null).Sum(r => r.Amount!.Value), (long)g.Count(r => r.Amount is null)));
        table.GroupBy("key", "year").Sum("amount").Select(r => (r.GetKey<int>(0), r.GetKey<int>(1), r.ExactSum!.Value, r.MissingCount))
            .Should().Equal(expected);
    }
}
