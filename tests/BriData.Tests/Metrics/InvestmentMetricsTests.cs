using BriData.Tests.Fixtures;

namespace BriData.Tests.Metrics;

public sealed class InvestmentMetricsTests
{
    private static BriDataset Data => FixtureData.Dataset;

    [Fact]
    public void Investments_and_construction_are_totalled_apart_in_nominal_usd()
    {
        // Investment: 225 (2019) + 500 (2018); State Grid 200 is troubled. Construction: 300 (2016) + 150 (2017).
        var investment = Data.Investments.TotalNominalUsd(InvestmentKind.Investment);
        (investment.Amount?.AmountUsdMillions).Should().Be(725m);
        investment.Amount!.Value.Basis.Should().Be(MoneyBasis.NominalUsd);
        investment.Amount!.Value.PriceYear.Should().BeNull("a sum over several years has no single price year");
        (investment.RecordCount, investment.ExcludedRecordCount).Should().Be((2, 1));
        (Data.Investments.TotalNominalUsd(InvestmentKind.Investment, AggregationScope.AllRecords).Amount?.AmountUsdMillions).Should().Be(925m);
        (Data.Investments.TotalNominalUsd(InvestmentKind.Construction).Amount?.AmountUsdMillions).Should().Be(450m);
        var unknown = Data.Investments.TotalNominalUsd(InvestmentKind.Unknown);
        unknown.Amount.Should().Be(Money.NominalUsdMillions(1400m, 2018));
    }

    [Fact]
    public void Combining_kinds_is_explicit()
    {
        (Data.Investments.TotalNominalUsdAllKinds().Amount?.AmountUsdMillions).Should().Be(2575m);
        (Data.Investments.TotalNominalUsdAllKinds(AggregationScope.AllRecords).Amount?.AmountUsdMillions).Should().Be(2775m);
    }

    [Fact]
    public void Totals_by_country_sector_investor_and_year()
    {
        Data.Investments.TotalsByCountry(InvestmentKind.Investment).Select(g => (g.Key.Alpha3, g.Total.Amount?.AmountUsdMillions))
            .Should().Equal(("PER", 725m));
        Data.Investments.TotalsByCountry(InvestmentKind.Investment, AggregationScope.AllRecords).Select(g => g.Key.Alpha3)
            .Should().Equal("PER", "CHL");
        Data.Investments.TotalsBySector(InvestmentKind.Construction).Select(g => (g.Key, g.Total.Amount?.AmountUsdMillions))
            .Should().Equal(("Transport", 300m), ("Energy", 150m));
        Data.Investments.TotalsByInvestor(InvestmentKind.Investment).Select(g => g.Key).Should().Equal("China Three Gorges", "COSCO Shipping");
        var byYear = Data.Investments.TotalsByYear(InvestmentKind.Investment);
        byYear.Select(g => (g.Key, g.Total.Amount?.AmountUsdMillions)).Should().Equal((2018, 500m), (2019, 225m));
        byYear[1].Total.Amount!.Value.PriceYear.Should().Be(2019);
        Data.Investments.TotalsNominalUsdBy("bri", r => r.IsBri, InvestmentKind.Construction).Select(g => (g.Key, g.Total.Amount?.AmountUsdMillions))
            .Should().Equal(((bool?)false, 300m), (true, 150m));
    }

    [Fact]
    public void Concentration_and_cumulative_series()
    {
        // (500² + 225²) / 725² × 10 000 = 5 719.3817…
        Data.Investments.SectorConcentrationHhi(InvestmentKind.Investment).Should().BeApproximately(5719.381688m, 0.000001m);
        Data.Investments.InCountry(FixtureData.Nic).SectorConcentrationHhi(InvestmentKind.Investment).Should().BeNull();
        var cumulative = Data.Investments.CumulativeNominalUsdByYear(InvestmentKind.Investment, "LAC");
        cumulative.Select(p => (p.Year, p.Value)).Should().Equal((2018, 500_000_000m), (2019, 725_000_000m));
        cumulative.Unit.Should().Be("USD (nominal)");
    }
    [Fact]
    public void Totals_of_one_kind_say_how_many_rows_of_unknown_kind_they_leave_out_and_how_much()
    {
        // fx-0006 (Panama, 2018-06, USD 1,400 m) is the fixture's one row of unknown kind; it is aggregation-safe.
        var investment = Data.Investments.TotalNominalUsd(InvestmentKind.Investment);
        investment.UnknownKindExcludedCount.Should().Be(1);
        (investment.UnknownKindExcludedAmount?.AmountUsdMillions).Should().Be(1_400m);
        investment.UnknownKindExcludedAmount!.Value.Basis.Should().Be(MoneyBasis.NominalUsd);
        investment.ToString().Should().EndWith("; 1 row of unknown kind left out: USD 1,400.0 m (nominal 2018)");
        Data.Investments.TotalNominalUsd(InvestmentKind.Construction).UnknownKindExcludedCount.Should().Be(1);
        Data.Investments.TotalNominalUsd(InvestmentKind.Unknown).UnknownKindExcludedCount.Should().Be(0, "nothing of unknown kind is left out of the Unknown total");
        Data.Investments.TotalNominalUsdAllKinds().UnknownKindExcludedCount.Should().Be(0, "the combined total adds the unknown rows");
        Data.Investments.InCountry(FixtureData.Per).TotalNominalUsd(InvestmentKind.Investment).UnknownKindExcludedCount.Should().Be(0);
        Data.Investments.InCountry(FixtureData.Per).TotalNominalUsd(InvestmentKind.Investment).ToString().Should().NotContain("unknown kind");

        // Grouped: the 2018 group of investments leaves out Panama's 2018 row; 2019 leaves out nothing.
        var byYear = Data.Investments.TotalsByYear(InvestmentKind.Investment);
        (byYear.Single(g => g.Key == 2018).Total.UnknownKindExcludedAmount?.AmountUsdMillions).Should().Be(1_400m);
        byYear.Single(g => g.Key == 2019).Total.UnknownKindExcludedCount.Should().Be(0);
    }
}
