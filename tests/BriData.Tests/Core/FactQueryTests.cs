namespace BriData.Tests.Core;

public sealed class FactQueryTests
{
    private sealed record Fact(string Country, int Year, string Flow, double? Value);

    // Hand-made: PER 2020 exports 10 + 20, imports 5; PER 2021 exports missing, imports 1; CHL 2020 exports 4, -3; CHL 2021 nothing.
    private static readonly FactTable Table = FactTable.Create<Fact>()
        .Dimension("country", f => f.Country)
        .Dimension("year", f => f.Year)
        .Dimension("flow", f => f.Flow)
        .Measure("value", f => f.Value)
        .Build(
        [
            new("PER", 2020, "exp", 10),
            new("PER", 2020, "exp", 20),
            new("PER", 2020, "imp", 5),
            new("PER", 2021, "exp", null),
            new("PER", 2021, "imp", 1),
            new("CHL", 2020, "exp", 4),
            new("CHL", 2020, "exp", -3),
        ]);

    [Fact]
    public void Group_by_two_dimensions_sums_in_key_order()
    {
        var result = Table.GroupBy("country", "year").Sum("value");
        result.Select(r => (r.GetKey<string>(0), r.GetKey<int>(1), r.Sum, r.RowCount, r.MissingCount)).Should().Equal(
            ("CHL", 2020, 1d, 2L, 0L),
            ("PER", 2020, 35d, 3L, 0L),
            ("PER", 2021, 1d, 2L, 1L));
        result.RowCount.Should().Be(7);
        result.MissingCount.Should().Be(1);
        result.Dimensions.Should().Equal("country", "year");
        result.Measure.Should().Be("value");
    }

    [Fact]
    public void All_aggregates_skip_missing_values_and_count_them_apart()
    {
        var result = Table.GroupBy("country", "year").Aggregate("value");
        result.TryFind("PER", 2021, out var per2021).Should().BeTrue();
        (per2021.RowCount, per2021.ValueCount, per2021.MissingCount).Should().Be((2L, 1L, 1L));
        (per2021.Sum, per2021.Mean, per2021.Min, per2021.Max).Should().Be(((double?)1, (double?)1, (double?)1, (double?)1));
        result.TryFind("PER", 2020, out var per2020).Should().BeTrue();
        (per2020.Sum, per2020.Mean, per2020.Min, per2020.Max).Should().Be(((double?)35, (double?)(35d / 3), (double?)5, (double?)20));
        result.TryFind("CHL", 2020, out var chl).Should().BeTrue();
        (chl.Min, chl.Max, chl.Mean).Should().Be(((double?)-3, (double?)4, (double?)0.5));
    }

    [Fact]
    public void A_group_whose_values_are_all_missing_has_null_aggregates_not_zero()
    {
        var result = Table.Where("flow", "exp").GroupBy("country", "year").Aggregate("value");
        result.TryFind("PER", 2021, out var row).Should().BeTrue();
        (row.RowCount, row.ValueCount, row.MissingCount).Should().Be((1L, 0L, 1L));
        row.Sum.Should().BeNull();
        row.Mean.Should().BeNull();
        row.Min.Should().BeNull();
        row.Max.Should().BeNull();
    }

    [Fact]
    public void Filters_on_a_dimension_not_grouped_keep_only_matching_rows()
    {
        var result = Table.Where("flow", "imp").GroupBy("country").Sum("value");
        result.Select(r => (r.GetKey<string>(0), r.Sum)).Should().Equal(("PER", 6d));
        result.RowCount.Should().Be(2);
    }

    [Fact]
    public void Filters_on_a_grouped_dimension_and_predicates_combine_with_and()
    {
        var result = Table.GroupBy("year", "country").Where("country", "PER", "CHL").Where<int>("year", y => y >= 2021).Sum("value");
        result.Select(r => (r.GetKey<int>(0), r.GetKey<string>(1), r.Sum)).Should().Equal((2021, "PER", 1d));

        // Two filters on the same dimension intersect.
        Table.Where("country", "PER", "CHL").Where("country", "CHL").Count().Single().RowCount.Should().Be(2);
    }

    [Fact]
    public void A_filter_on_unknown_keys_keeps_nothing()
    {
        Table.Where("country", "ARG").GroupBy("year").Sum("value").Should().BeEmpty();
    }

    [Fact]
    public void No_grouping_gives_one_group_of_every_row()
    {
        var total = Table.Query().Aggregate("value", Aggregates.Sum | Aggregates.Max).Single();
        (total.RowCount, total.MissingCount, total.Sum, total.Max).Should().Be((7L, 1L, (double?)37, (double?)20));
        total.Invoking(t => t.Min).Should().Throw<InvalidOperationException>().WithMessage("*Min*");
    }

    [Fact]
    public void Count_counts_rows_without_a_measure()
    {
        var result = Table.GroupBy("flow").Count();
        result.Select(r => (r.GetKey<string>(0), r.RowCount, r.ValueCount)).Should().Equal(("exp", 5L, 5L), ("imp", 2L, 2L));
        result.Measure.Should().BeNull();
        result[0].Invoking(r => r.Sum).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Queries_are_immutable()
    {
        var grouped = Table.GroupBy("country");
        _ = grouped.Where("flow", "imp");
        grouped.Sum("value").Select(r => r.Sum).Should().Equal(1d, 36d);
        grouped.GroupedBy.Should().Equal("country");
    }

    [Fact]
    public void Misuse_is_reported()
    {
        Table.Invoking(t => t.GroupBy("country", "country")).Should().Throw<ArgumentException>();
        Table.Invoking(t => t.GroupBy("region")).Should().Throw<KeyNotFoundException>();
        Table.Invoking(t => t.Where("year", "2020")).Should().Throw<ArgumentException>().WithMessage("*Int32*");
        Table.Query().Invoking(q => q.Aggregate("value", 0)).Should().Throw<ArgumentOutOfRangeException>();
        var result = Table.GroupBy("country").Sum("value");
        result.Invoking(r => r.TryFind("PER", 2020, out _)).Should().Throw<InvalidOperationException>();
        result.TryFind("ARG", out _).Should().BeFalse();
        default(AggregateRow).Invoking(r => r.RowCount).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Rows_read_their_keys_and_print_them()
    {
        var row = Table.GroupBy("country", "year").Sum("value")[0];
        row.GetKey(0).Should().Be("CHL");
        row.Invoking(r => r.GetKey<int>(0)).Should().Throw<ArgumentException>();
        row.ToString().Should().Be("(CHL, 2020): rows 2, missing 0, sum 1");
        var result = Table.GroupBy("country", "year").Sum("value");
        result[0].Should().Be(result[0]).And.NotBe(result[1]).And.NotBe(default(AggregateRow));
        result[0].Should().NotBe(Table.GroupBy("country", "year").Sum("value")[0], "rows of different results are different groups");
    }
}
