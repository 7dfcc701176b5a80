using BriData.Loading;
using BriData.Notebooks;
using BriData.Sets;
using BriData.Tests.Fixtures;

namespace BriData.Tests.Notebooks;

/// <summary>The notebook layouts of the sets come from their column tables: labels, placement, money and figures as one cell.</summary>
public sealed class SetLayoutTests
{
    private static readonly BriDataset Data = FixtureData.Dataset;

    public static TheoryData<string> SetNames => [.. DataSets.All.Select(d => d.Name)];

    [Theory]
    [MemberData(nameof(SetNames))]
    public void Every_shown_column_of_a_set_s_table_is_in_its_table_or_its_card(string set)
    {
        var (shown, displayed) = DataSets.Find(set)!.Accept(new Coverage());

        shown.Should().NotBeEmpty();
        displayed.Should().Contain(shown, "a column added to a set's table shows up in notebooks without a change in Notebooks/");
    }

    [Theory]
    [MemberData(nameof(SetNames))]
    public void Each_set_s_record_type_has_the_layout_derived_from_its_table(string set)
    {
        var descriptor = DataSets.Find(set)!;

        RecordSchemas.TryGet(descriptor.RecordType, out var schema).Should().BeTrue();
        schema.Columns.Should().NotBeEmpty();
        schema.Columns.Should().OnlyContain(c => c.Covers.Count > 0, "every table column shows columns of the set's table");
    }

    [Theory]
    [InlineData("commitment_year", "Commitment year")]
    [InlineData("recipient_iso3", "Recipient")]
    [InlineData("countries_iso3", "Countries")]
    [InlineData("value_usd_millions", "Value")]
    [InlineData("amount_usd", "Amount")]
    [InlineData("population_persons", "Population")]
    [InlineData("share_percent", "Share")]
    [InlineData("oof_like_constant_usd_2021", "Oof like")]
    [InlineData("is_troubled", "Troubled")]
    [InlineData("source_ids", "Sources")]
    [InlineData("finance_record_ids", "Finance records")]
    [InlineData("iso3", "Iso3")]
    public void A_label_is_derived_from_the_column_name_without_its_unit(string name, string label)
    {
        ColumnDefaults.Label(name).Should().Be(label);
    }

    [Theory]
    [InlineData("Finance", "a loan or grant commitment (AidData GCDF 3.0)", "Finance (AidData GCDF 3.0)")]
    [InlineData("TradeHighlights", "a product singled out in trade", "Trade highlights")]
    [InlineData("PublishedFigures", "a statistic an official body or database published (trade to 2025, loans)", "Published figures")]
    [InlineData("AidDataCountryYears", "AidData's complete commitments to a recipient in a year, by flow class", "AidData country years")]
    public void A_set_s_title_is_its_name_in_words_with_the_origin_its_description_names(string property, string description, string title)
    {
        SetLayout.Title(property, description).Should().Be(title);
    }

    [Fact]
    public void A_column_added_to_a_table_is_shown_where_its_role_puts_it()
    {
        var table = new ColumnTable<TradeRecord>(
            "trade",
            [
                .. ColumnTables.Trade.Columns,
                ColumnFactory.Text<TradeRecord>("port_name", _ => "Callao", "port", ColumnRole.Dimension),
                ColumnFactory.Text<TradeRecord>("customs_note", _ => "checked", "note"),
                ColumnFactory.Integer<TradeRecord>("hidden_year", t => t.Year, "year again", show: ColumnPlacement.Hidden),
            ]);

        var schema = SetLayout.For(table, "Trade");
        var card = RecordCard.Create(Data.Trade[0], schema, DisplayContext.For(Data));

        schema.Columns.Select(c => c.Header).Should().Contain("Port name").And.NotContain("Customs note");
        schema.CardRows.Select(c => c.Header).Should().Equal("Customs note");
        card.FieldText("Port name").Should().Be("Callao");
        card.FieldText("Customs note").Should().Be("checked");
        card.FieldLabels.Should().NotContain("Hidden year");
    }

    [Fact]
    public void An_amount_is_one_cell_with_its_basis_and_covers_its_three_columns()
    {
        RecordSchemas.TryGet(typeof(FinanceRecord), out var schema).Should().BeTrue();

        var amount = schema.Columns.Single(c => c.Name == "Amount");

        amount.Header.Should().Be("Amount (USD m)");
        amount.Covers.Should().Equal("amount_usd", "amount_basis", "amount_price_year");
        schema.Columns.Concat(schema.CardRows).Select(c => c.Name).Should().NotContain(["Amount basis", "Amount price year"]);
    }

    [Fact]
    public void A_figure_whose_unit_is_given_by_each_row_is_one_cell_with_its_bound_and_unit()
    {
        var claims = Data.Claims.ToTable(dataset: Data);
        var figure = claims.ColumnHeaders.ToList().IndexOf("Figure");
        var figures = Enumerable.Range(0, claims.ShownRows).Select(r => claims.CellText(r, figure)).ToList();

        figures.Should().Contain("about USD 36,000.0 m");
        claims.ColumnHeaders.Should().NotContain(h => h.StartsWith("Quantity", StringComparison.Ordinal));
    }

    [Fact]
    public void A_hidden_column_is_shown_nowhere()
    {
        RecordSchemas.TryGet(typeof(InvestmentRecord), out var schema).Should().BeTrue();

        ColumnTables.Investments.Columns.Single(c => c.Name == "year").Show.Should().Be(ColumnPlacement.Hidden);
        schema.Columns.Concat(schema.CardRows).SelectMany(c => c.Covers).Should().NotContain("year").And.Contain("date");
    }

    [Fact]
    public void Nested_records_are_tables_on_the_card_and_region_wide_records_name_the_region()
    {
        var card = Data.Projects.Get("fx-port").ToCard(Data);
        var initiatives = Data.Initiatives.ToTable(dataset: Data);
        var countries = initiatives.ColumnHeaders.ToList().IndexOf("Countries");

        card.Tables.Select(t => t.Caption).Should().Contain(["Milestones", "Measures"]);
        Enumerable.Range(0, initiatives.ShownRows).Select(r => initiatives.CellText(r, countries)).Should().Contain("LAC region").And.Contain("Peru (PER); Chile (CHL)");
    }

    [Fact]
    public void The_summary_of_a_dataset_gives_each_set_the_units_of_its_measures_from_its_table()
    {
        var summary = DatasetSummary.Create(Data);
        var unitsOf = summary.Rows.ToDictionary(r => r[0].PlainText, r => r[3].PlainText, StringComparer.Ordinal);

        unitsOf["Trade"].Should().Be("USD m, nominal");
        unitsOf["Finance"].Should().Be("USD m, constant 2021", "the amount column states its one basis");
        unitsOf["Investments"].Should().Be("USD m, nominal");
        unitsOf["Indicators"].Should().Be("persons; USD m, current");
        unitsOf["Claims"].Should().Be("as published", "each claim states its own unit");
        unitsOf["Countries"].Should().Be("—", "countries hold no measure");
    }

    private sealed class Coverage : IDataSetVisitor<(List<string> Shown, HashSet<string> Displayed)>
    {
        public (List<string> Shown, HashSet<string> Displayed) Visit<T>(DataSetDescriptor<T> set)
            where T : class
        {
            RecordSchemas.TryGet(typeof(T), out var schema).Should().BeTrue();
            var shown = set.Schema.Columns.Where(c => c.Show != ColumnPlacement.Hidden).Select(c => c.Name).ToList();
            var displayed = schema.Columns.Concat(schema.CardRows).SelectMany(c => c.Covers)
                .Concat(schema.CardTables.SelectMany(t => t.Covers))
                .ToHashSet(StringComparer.Ordinal);
            return (shown, displayed);
        }
    }
}
