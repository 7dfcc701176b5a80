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
        var result = Data.FinanceFacts().Where(FinanceFactColumns.Recipient, FixtureData.Per)
            .GroupBy(FinanceFactColumns.CommitmentYear).Sum(FinanceFactColumns.AmountConstantUsd2021);
        result.Select(r => (r.GetKey<int>(0), r.Sum, r.RowCount, r.MissingCount)).Should().Equal(
            (2015, 100_000_000d, 1L, 0L),
            (2018, 300_000_000d, 2L, 1L));
    }

    [Fact]
    public void Investments_group_by_kind_with_and_without_troubled_deals()
    {
        var all = Data.InvestmentFacts().GroupBy(InvestmentFactColumns.Kind).Sum(InvestmentFactColumns.AmountUsdMillions);
        all.Select(r => (r.GetKey<InvestmentKind>(0), r.Sum)).Should().BeEquivalentTo(
            [(InvestmentKind.Investment, (double?)925), (InvestmentKind.Construction, 450), (InvestmentKind.Unknown, 1400)]);
        Data.InvestmentFacts().Where(InvestmentFactColumns.IsTroubled, false).Where(InvestmentFactColumns.Kind, InvestmentKind.Investment)
            .Sum(InvestmentFactColumns.AmountUsdMillions).Single().Sum.Should().Be(725);
    }

    [Fact]
    public void Indicators_keep_missing_population_and_gdp_apart()
    {
        var per = Data.IndicatorFacts().Where(IndicatorFactColumns.Country, FixtureData.Per);
        var population = per.Aggregate(IndicatorFactColumns.Population).Single();
        (population.RowCount, population.MissingCount, population.Sum, population.Max).Should().Be((4L, 1L, (double?)96_000_000d, (double?)32_500_000d));
        var gdp = per.Aggregate(IndicatorFactColumns.GdpCurrentUsd).Single();
        (gdp.MissingCount, gdp.Mean).Should().Be((1L, (double?)210_000_000_000d));
    }

    [Fact]
    public void Trade_sums_match_the_records()
    {
        var facts = Data.TradeFacts().Where(TradeFactColumns.Partner, CountryCode.China)
            .GroupBy(TradeFactColumns.Reporter, TradeFactColumns.Year).Sum(TradeFactColumns.ValueUsdMillions);
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
}
