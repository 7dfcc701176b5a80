using BriData.Loading;
using BriData.Sets;
using BriData.Tests.Fixtures;

namespace BriData.Tests.Core;

/// <summary>The fact tables of the fixture release; expected values computed by hand from Fixtures/release.</summary>
public sealed class BriDatasetFactsTests
{
    private static BriDataset Data => FixtureData.Dataset;

    [Fact]
    public void Each_table_is_built_once_per_dataset()
    {
        Data.TradeFacts().Should().BeSameAs(Data.TradeFacts());
        Data.FinanceFacts().Should().BeSameAs(Data.FinanceFacts());
        Data.TradeFacts().RowCount.Should().Be(Data.Trade.Count).And.Be(48);
        Data.IndicatorFacts().RowCount.Should().Be(6);
        Data.InvestmentFacts().RowCount.Should().Be(6);
    }

    [Fact]
    public void Finance_counts_the_record_without_amount_apart()
    {
        // PER: 101 (100 m, 2015), 102 (300 m, 2018), 103 (no amount, 2018).
        var result = Data.FinanceFacts().Where("recipient_iso3", FixtureData.Per)
            .GroupBy("commitment_year").Sum("amount_usd");
        result.Select(r => (r.GetKey<int>(0), r.Sum, r.RowCount, r.MissingCount)).Should().Equal(
            (2015, 100_000_000d, 1L, 0L),
            (2018, 300_000_000d, 2L, 1L));
    }

    [Fact]
    public void Investments_group_by_kind_with_and_without_troubled_deals()
    {
        var all = Data.InvestmentFacts().GroupBy("kind").Sum("amount_usd");
        all.Select(r => (r.GetKey<InvestmentKind>(0), r.Sum)).Should().BeEquivalentTo(
            [(InvestmentKind.Investment, (double?)925_000_000), (InvestmentKind.Construction, 450_000_000), (InvestmentKind.Unknown, 1_400_000_000)]);
        Data.InvestmentFacts().Where("is_troubled", false).Where("kind", InvestmentKind.Investment)
            .Sum("amount_usd").Single().Sum.Should().Be(725_000_000);
    }

    [Fact]
    public void Indicators_keep_missing_population_and_gdp_apart()
    {
        var per = Data.IndicatorFacts().Where("country_iso3", FixtureData.Per);
        var population = per.Aggregate("population_persons").Single();
        (population.RowCount, population.MissingCount, population.Sum, population.Max).Should().Be((4L, 1L, (double?)96_000_000d, (double?)32_500_000d));
        var gdp = per.Aggregate("gdp_current_usd").Single();
        (gdp.MissingCount, gdp.Mean).Should().Be((1L, (double?)210_000_000_000d));
    }

    [Fact]
    public void Trade_sums_match_the_records()
    {
        var facts = Data.TradeFacts().Where("partner_iso3", CountryCode.China)
            .GroupBy("reporter_iso3", "year").Sum("value_usd_millions");
        foreach (var row in facts)
        {
            var expected = Data.Trade
                .Where(t => t.Partner == CountryCode.China && t.Reporter == row.GetKey<CountryCode>(0) && t.Year == row.GetKey<int>(1))
                .Sum(t => t.ValueUsdMillions);
            row.Sum.Should().Be((double)expected);
        }

        facts.RowCount.Should().Be(Data.Trade.Count(t => t.Partner == CountryCode.China));
        facts.MissingCount.Should().Be(0);
    }

    [Fact]
    public void Each_table_has_the_dimension_and_measure_columns_of_its_set()
    {
        Expect(Data.TradeFacts(), DataSets.Trade.Schema);
        Expect(Data.IndicatorFacts(), DataSets.Indicators.Schema);
        Expect(Data.FinanceFacts(), DataSets.Finance.Schema);
        Expect(Data.InvestmentFacts(), DataSets.Investments.Schema);

        static void Expect<T>(FactTable table, ColumnTable<T> columns)
        {
            table.Dimensions.Select(d => d.Name).Should().Equal(columns.Columns.Where(c => c.Role == ColumnRole.Dimension).Select(c => c.Name));
            table.Measures.Select(m => m.Name).Should().Equal(columns.Columns.Where(c => c.Role == ColumnRole.Measure).Select(c => c.Name));
        }
    }

    [Fact]
    public void Dimension_keys_are_the_columns_typed_values_sorted()
    {
        var trade = Data.TradeFacts();
        trade.GetDimension("partner_iso3").KeyType.Should().Be<CountryCode>();
        trade.GetDimension<TradeFlow>("flow").Keys.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        trade.GetDimension<int>("year").Keys.Should().BeInAscendingOrder().And.Equal(Data.Trade.Select(t => t.Year).Distinct().Order());
        ((Action)(() => trade.GetDimension<string>("year"))).Should().Throw<ArgumentException>().WithMessage("*Int32*");

        var isBri = Data.InvestmentFacts().GetDimension<bool?>("is_bri");
        isBri.Keys.Should().Equal(Data.Investments.Select(i => i.IsBri).Distinct().OrderBy(b => b is null).ThenBy(b => b));
        var sector = Data.FinanceFacts().GetDimension<string>("sector");
        sector.Keys.Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public void A_measure_of_two_money_bases_is_refused()
    {
        var records = Data.Finance.Select((f, i) => i == 0 ? f with { Amount = Money.NominalUsd(5_000_000m, 2015) } : f).ToList();
        records.Skip(1).Should().Contain(f => f.Amount != null, "the fixture has other amounts, in constant 2021 USD");
        ((Action)(() => EmbeddedFactTables.Build(DataSets.Finance.Schema, records))).Should().Throw<InvalidOperationException>()
            .WithMessage("*amount_usd*ConstantUsd2021*NominalUsd*");
        EmbeddedFactTables.Build(DataSets.Finance.Schema, Data.Finance).GetMeasure("amount_usd").MissingCount
            .Should().Be(Data.Finance.Count(f => f.Amount is null));
    }
}
