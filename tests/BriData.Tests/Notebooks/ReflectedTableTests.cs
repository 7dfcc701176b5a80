using BriData.Notebooks;
using BriData.Tests.Fixtures;

namespace BriData.Tests.Notebooks;

/// <summary>Tables of LINQ projections and other types without a BriData layout: one column per property.</summary>
public sealed class ReflectedTableTests
{
    private static readonly BriDataset Data = FixtureData.Dataset;

    [Fact]
    public void A_projection_gets_one_column_per_property_in_order()
    {
        var rows = Data.Finance
            .Where(f => f.Amount is not null)
            .GroupBy(f => f.Recipient)
            .Select(g => new { Country = g.Key, CommitmentYear = g.Min(f => f.CommitmentYear), Records = g.Count(), Total = Money.Sum(g.Select(f => f.Amount!.Value)) })
            .OrderBy(r => r.Country)
            .ToTable(dataset: Data);

        rows.Caption.Should().Be("Rows");
        rows.ColumnHeaders.Should().Equal("Country", "CommitmentYear", "Records", "Total");
        rows.CellText(0, 0).Should().Be("Chile (CHL)");
        rows.CellText(0, 3).Should().Be("250.0 (constant 2021)", "Chile: 50 m + 200 m, and the basis is shown");
        rows.CellText(1, 0).Should().Be("CUW", "Curaçao is not one of the fixture's countries");
        rows.CellText(3, 0).Should().Be("Peru (PER)");
        rows.CellText(3, 2).Should().Be("2", "record 103 has no amount and was filtered out");
    }

    [Fact]
    public void Years_have_no_thousands_separator_and_other_integers_do()
    {
        var table = NotebookDisplay.ToTable([new { Year = 2019, Population = 33_000_000L, Share = (decimal?)null }], null, 20, DisplayContext.None);

        table.CellText(0, 0).Should().Be("2019");
        table.CellText(0, 1).Should().Be("33,000,000");
        table.CellText(0, 2).Should().Be("—");
    }

    [Fact]
    public void Scalars_get_a_single_value_column()
    {
        var table = NotebookDisplay.ToTable(new[] { 1.5m, 2_000m }, null, 20, DisplayContext.None);

        table.ColumnHeaders.Should().Equal("Value");
        table.CellText(1, 0).Should().Be("2,000");
    }

    [Fact]
    public void Codes_dates_flags_enums_and_lists_read_naturally()
    {
        var row = new
        {
            Code = FixtureData.Per,
            Date = new PartialDate(2019, 4),
            Flag = true,
            Status = ProjectStatus.UnderConstruction,
            Names = (IReadOnlyList<string>)["a", "b"],
        };

        var table = NotebookDisplay.ToTable([row], null, 20, DisplayContext.For(Data));

        Enumerable.Range(0, 5).Select(c => table.CellText(0, c)).Should().Equal("Peru (PER)", "2019-04", "yes", "Under construction", "a; b");
    }
}
