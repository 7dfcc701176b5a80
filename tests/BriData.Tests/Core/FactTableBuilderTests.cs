namespace BriData.Tests.Core;

public sealed class FactTableBuilderTests
{
    private sealed record Sale(string? Region, int Year, double? Amount);

    private static readonly Sale[] Sales =
    [
        new("south", 2021, 10),
        new("north", 2020, 5),
        new(null, 2020, 7),
        new("south", 2020, null),
        new("north", 2021, double.NaN),
    ];

    private static FactTable Build(IEnumerable<Sale> rows) => FactTable.Create<Sale>()
        .Dimension("region", s => s.Region)
        .Dimension("year", s => s.Year)
        .Measure("amount", s => s.Amount)
        .Build(rows);

    [Fact]
    public void Keys_are_sorted_with_null_last_and_codes_follow_key_order()
    {
        var table = Build(Sales);
        table.RowCount.Should().Be(5);
        var region = table.GetDimension<string?>("region");
        region.Keys.Should().Equal("north", "south", null);
        region.Cardinality.Should().Be(3);
        region.KeyAt(0).Should().Be("south");
        region.CodeAt(0).Should().Be(1);
        region.KeyAt(2).Should().BeNull();
        region.CodeOf(null).Should().Be(2);
        region.CodeOf("east").Should().Be(-1);
        table.GetDimension<int>("year").Keys.Should().Equal(2020, 2021);
    }

    [Fact]
    public void Null_and_NaN_measures_are_missing_not_zero()
    {
        var amount = Build(Sales).GetMeasure("amount");
        amount.MissingCount.Should().Be(2);
        amount[0].Should().Be(10);
        amount[3].Should().BeNull();
        amount[4].Should().BeNull();
        amount.IsMissing(1).Should().BeFalse();
        amount.IsMissing(3).Should().BeTrue();
    }

    [Fact]
    public void A_measure_with_no_missing_value_has_no_missing_bits()
    {
        var table = FactTable.Create<int>().Dimension("d", i => i % 2).Measure("m", i => i).Build(Enumerable.Range(0, 100));
        table.GetMeasure("m").MissingCount.Should().Be(0);
        table.GetMeasure("m").MissingBits.Should().BeNull();
    }

    [Theory]
    [InlineData(256, 1)]
    [InlineData(257, 2)]
    [InlineData(65_536, 2)]
    [InlineData(65_537, 4)]
    public void Codes_use_the_narrowest_width(int distinct, int width)
    {
        // Built from a lazy sequence (count unknown) so that the growing path is exercised too.
        var table = FactTable.Create<int>().Dimension("k", i => i).Build(Enumerable.Range(0, distinct).Select(i => distinct - 1 - i));
        var k = table.GetDimension<int>("k");
        k.Codes.Width.Should().Be(width);
        k.Cardinality.Should().Be(distinct);
        k.KeyAt(0).Should().Be(distinct - 1);
        k.CodeAt(0).Should().Be(distinct - 1, "the largest key sorts last");
    }

    [Fact]
    public void Enum_and_bool_and_country_keys_sort_by_their_natural_order()
    {
        var rows = new[] { (CountryCode.Parse("PER"), TradeFlow.ImportsCif, true), (CountryCode.Parse("CHL"), TradeFlow.ExportsFob, false) };
        var table = FactTable.Create<(CountryCode C, TradeFlow F, bool B)>()
            .Dimension("c", r => r.C).Dimension("f", r => r.F).Dimension("b", r => r.B).Build(rows);
        table.GetDimension<CountryCode>("c").Keys.Should().Equal(CountryCode.Parse("CHL"), CountryCode.Parse("PER"));
        table.GetDimension<TradeFlow>("f").Keys.Should().Equal(TradeFlow.ExportsFob, TradeFlow.ImportsCif);
        table.GetDimension<bool>("b").Keys.Should().Equal(false, true);
    }

    [Fact]
    public void Strings_sort_ordinally()
    {
        var table = FactTable.Create<string>().Dimension("s", s => s).Build(["b", "a", "B", "á"]);
        table.GetDimension<string>("s").Keys.Should().Equal("B", "a", "b", "á");
    }

    [Fact]
    public void Names_are_unique_and_lookups_are_checked()
    {
        var builder = FactTable.Create<Sale>().Dimension("region", s => s.Region);
        builder.Invoking(b => b.Measure("region", s => s.Amount)).Should().Throw<ArgumentException>();
        builder.Invoking(b => b.Dimension("", s => s.Year)).Should().Throw<ArgumentException>();
        var table = Build(Sales);
        table.Invoking(t => t.GetDimension("country")).Should().Throw<KeyNotFoundException>().WithMessage("*region, year*");
        table.Invoking(t => t.GetMeasure("value")).Should().Throw<KeyNotFoundException>().WithMessage("*amount*");
        table.Invoking(t => t.GetDimension<int>("region")).Should().Throw<ArgumentException>().WithMessage("*String*");
    }

    [Fact]
    public void An_empty_table_aggregates_to_no_group()
    {
        var table = Build([]);
        table.RowCount.Should().Be(0);
        table.GroupBy("region").Sum("amount").Should().BeEmpty();
        table.Query().Sum("amount").Should().BeEmpty();
    }

    [Fact]
    public void A_builder_is_reusable_and_tables_are_independent()
    {
        var builder = FactTable.Create<Sale>().Dimension("year", s => s.Year).Measure("amount", s => s.Amount);
        var first = builder.Build(Sales.Take(2));
        var second = builder.Build(Sales);
        first.RowCount.Should().Be(2);
        second.RowCount.Should().Be(5);
        first.GetDimension<int>("year").Keys.Should().Equal(2020, 2021);
    }

    [Fact]
    public void Column_bytes_count_codes_values_and_missing_bits()
    {
        // 5 rows: region (1 byte) + year (1 byte) codes, 5 doubles, one 64-bit word of missing bits.
        Build(Sales).ColumnBytes.Should().Be(5 + 5 + 40 + 8);
    }

    [Fact]
    public void Object_keys_of_one_type_are_sorted_and_read_as_that_type()
    {
        var table = FactTable.Create<Sale>()
            .Dimension<object?>("year", s => s.Year)
            .Dimension<object?>("region", s => s.Region)
            .Dimension<object?>("mixed", s => s.Region is null ? s.Year : s.Region)
            .Build(Sales);

        table.GetDimension("year").KeyType.Should().Be<int>();
        table.GetDimension<int>("year").Keys.Should().Equal(2020, 2021);
        table.GetDimension<int?>("year").Keys.Should().Equal(2020, 2021);
        table.GetDimension<object?>("year").Keys.Should().Equal(2020, 2021);
        table.Where("year", 2021).Count().Single().RowCount.Should().Be(2);
        table.GroupBy("year").Count().Select(r => r.GetKey<int>(0)).Should().Equal(2020, 2021);

        table.GetDimension<string?>("region").Keys.Should().Equal("north", "south", null);
        ((Action)(() => table.GetDimension<int>("region"))).Should().Throw<ArgumentException>().WithMessage("*String*Int32*");

        // Keys of several types keep the order they first appeared in and are read only as objects.
        table.GetDimension("mixed").KeyType.Should().Be<object>();
        table.GetDimension<object?>("mixed").Keys.Should().Equal("south", "north", 2020);
        ((Action)(() => table.GetDimension<string>("mixed"))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Object_keys_with_a_null_are_read_only_as_a_nullable_type()
    {
        var table = FactTable.Create<Sale>().Dimension<object?>("flag", s => s.Amount is null ? null : s.Amount > 6).Build(Sales);
        table.GetDimension<bool?>("flag").Keys.Should().Equal(false, true, null);
        ((Action)(() => table.GetDimension<bool>("flag"))).Should().Throw<ArgumentException>();
        table.Where("flag", new bool?[] { null }).Count().Single().RowCount.Should().Be(1);
    }
}
