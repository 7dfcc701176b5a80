using BriData.Notebooks;
using BriData.Tests.Fixtures;

namespace BriData.Tests.Notebooks;

/// <summary>Tables of records on the fixture release: row cap and footer, units in headers, names next to codes.</summary>
public sealed class RecordTableTests
{
    private static readonly BriDataset Data = FixtureData.Dataset;

    [Fact]
    public void A_table_shows_the_first_rows_and_counts_the_rest_in_its_footer()
    {
        var table = Data.Trade.ToTable(dataset: Data);

        table.TotalRows.Should().Be(48);
        table.ShownRows.Should().Be(RecordTable.DefaultMaxRows).And.Be(20);
        table.HiddenRows.Should().Be(28);
        table.ToHtml().Should().Contain("<tfoot>").And.Contain("… 28 more rows (20 of 48 shown");
        table.ToString().Should().Contain("… 28 more rows (20 of 48 shown");
        CountOccurrences(table.ToHtml(), "<tr>").Should().Be(1 + 20 + 1, "one header row, 20 body rows and the footer row");
    }

    [Fact]
    public void A_table_that_fits_has_no_footer()
    {
        var table = Data.Trade.ToTable(maxRows: 48, dataset: Data);

        table.HiddenRows.Should().Be(0);
        table.ToHtml().Should().NotContain("<tfoot>").And.NotContain("more row");
        table.ToString().Should().NotContain("more row");
    }

    [Fact]
    public void One_hidden_row_is_called_a_row()
    {
        Data.Trade.ToTable(maxRows: 47, dataset: Data).ToString().Should().Contain("… 1 more row (47 of 48 shown");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(RecordTable.MaxRowsLimit + 1)]
    public void The_row_cap_must_be_between_one_and_ten_thousand(int maxRows)
    {
        var make = () => Data.Trade.ToTable(maxRows: maxRows, dataset: Data);

        make.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void The_sequence_is_read_once_and_only_the_shown_rows_are_kept()
    {
        var reads = 0;
        IEnumerable<TradeRecord> Counting()
        {
            foreach (var t in Data.Trade)
            {
                reads++;
                yield return t;
            }
        }

        var table = Counting().ToTable(maxRows: 5, dataset: Data);

        reads.Should().Be(48);
        table.ShownRows.Should().Be(5);
        table.TotalRows.Should().Be(48);
    }

    [Fact]
    public void Headers_carry_the_units_of_each_set()
    {
        Data.Trade.ToTable(dataset: Data).ColumnHeaders.Should().Contain("Value (USD m, nominal)");
        Data.Finance.ToTable(dataset: Data).ColumnHeaders.Should().Contain("Amount (USD m)", "each amount's cell names its basis");
        Data.Investments.ToTable(dataset: Data).ColumnHeaders.Should().Contain(["Amount (USD m)", "Share (%)"]);
        Data.Indicators.ToTable(dataset: Data).ColumnHeaders.Should().Contain(["Population (persons)", "GDP (USD m, current)"]);
        Data.AidDataCountryYears.ToTable(dataset: Data).ColumnHeaders.Should().Contain("ODA-like (USD m, constant 2021)");
        Data.Projects.ToTable(dataset: Data).ColumnHeaders.Should().Contain("Stated cost (USD m)");
    }

    [Fact]
    public void Country_codes_are_shown_with_their_names_and_unknown_codes_bare()
    {
        var finance = Data.Finance.ToTable(dataset: Data);
        var recipient = finance.ColumnHeaders.ToList().IndexOf("Recipient");
        var recipients = Enumerable.Range(0, finance.ShownRows).Select(r => finance.CellText(r, recipient)).ToList();

        recipients.Should().Contain("Peru (PER)").And.Contain("Chile (CHL)");
        recipients.Should().Contain("CUW", "Curaçao is a finance recipient but not one of the dataset's countries");
    }

    [Fact]
    public void Amounts_are_in_millions_with_their_basis_and_a_missing_amount_is_a_dash_not_zero()
    {
        var finance = Data.Finance.ToTable(dataset: Data);
        var amount = finance.ColumnHeaders.ToList().IndexOf("Amount (USD m)");
        var id = finance.ColumnHeaders.ToList().IndexOf("AidData id");
        var byId = Enumerable.Range(0, finance.ShownRows).ToDictionary(r => finance.CellText(r, id), r => finance.CellText(r, amount), StringComparer.Ordinal);

        byId["101"].Should().Be("100.0 (constant 2021)");
        byId["102"].Should().Be("300.0 (constant 2021)");
        byId["103"].Should().Be("—");
    }

    [Fact]
    public void The_world_partner_of_trade_totals_is_named()
    {
        var world = Data.Trade.Where(t => t.Partner == CountryCode.World).ToTable(dataset: Data);
        var partner = world.ColumnHeaders.ToList().IndexOf("Partner");

        world.TotalRows.Should().BePositive();
        world.CellText(0, partner).Should().Be("World (WLD)");
    }

    [Fact]
    public void Source_ids_link_to_their_addresses_with_the_citation_as_tooltip()
    {
        var html = Data.Trade.Take(1).ToTable(dataset: Data).ToHtml();

        html.Should().Contain("<a href=\"https://example.org/dots\" title=\"Fixture IMF. Fixture trade. https://example.org/dots (retrieved 2026-01-01).\" target=\"_blank\" rel=\"noopener\">fx-dots</a>");
    }

    [Fact]
    public void Short_cells_stay_on_one_line_and_long_text_wraps()
    {
        var html = Data.Claims.Take(1).ToTable(dataset: Data).ToHtml();

        html.Should().Contain("<td style=\"text-align:left;white-space:nowrap\">Peru (PER)</td>");
        html.Should().Contain("<td style=\"text-align:left\">Peru–China trade in 2018 was USD 210 m</td>");
    }

    [Fact]
    public void The_caption_names_the_set_and_the_row_count()
    {
        Data.Claims.ToTable(dataset: Data).ToString().Should().StartWith("Claims: 10 rows");
        Data.Claims.Take(1).ToTable("One claim", dataset: Data).ToHtml().Should().Contain("<b>One claim</b> · 1 row</caption>");
    }

    [Fact]
    public void Plain_text_aligns_columns_and_shortens_long_cells()
    {
        var text = Data.Finance.ToTable(dataset: Data).ToString();
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

        lines[1].Should().StartWith("AidData id | Recipient");
        lines[2].Should().MatchRegex("^-+(-\\+-+)+$");
        lines.Skip(3).Should().OnlyContain(l => l.Length <= lines[2].Length);
        lines.Skip(3).SelectMany(l => l.Split(" | ")).Should().OnlyContain(c => c.Length <= PlainTextWriter.MaxCellWidth);
    }

    [Fact]
    public void Records_of_different_types_share_a_type_record_and_sources_layout()
    {
        var mixed = new ISourced[] { Data.Claims[0], Data.Projects[0] }.ToTable(dataset: Data);

        mixed.ColumnHeaders.Should().Equal("Type", "Record", "Sources");
        mixed.CellText(0, 0).Should().Be("Claim");
        mixed.CellText(1, 0).Should().Be("FlagshipProject");
    }

    [Fact]
    public void Records_typed_as_an_interface_get_their_own_layout_when_all_are_of_one_type()
    {
        IEnumerable<ISourced> claims = Data.Claims;

        claims.ToTable(dataset: Data).ColumnHeaders.Should().Contain("Figure").And.Contain("As of");
    }

    [Fact]
    public void An_empty_sequence_gives_an_empty_table()
    {
        var table = Data.Claims.Where(_ => false).ToTable(dataset: Data);

        table.TotalRows.Should().Be(0);
        table.ToHtml().Should().Contain("0 rows").And.NotContain("<tfoot>");
    }

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
