using BriData.Tests.Fixtures;

namespace BriData.Tests.Metrics;

public sealed class FinanceMetricsTests
{
    private static BriDataset Data => FixtureData.Dataset;

    private static Money Usd2021(decimal millions) => Money.ConstantUsd2021(millions * 1_000_000m);

    [Fact]
    public void The_total_adds_safe_records_and_counts_missing_amounts_without_adding_them()
    {
        // Safe amounts: 100 + 300 + 50 + 200 + 20 = 670 m; 103 has no amount; 106 (1 m) is not aggregation-safe.
        var total = Data.Finance.TotalConstantUsd2021();
        total.Amount.Should().Be(Usd2021(670m));
        (total.Amount?.AmountUsdMillions).Should().Be(670m);
        total.RecordCount.Should().Be(6);
        total.RecordsWithoutAmount.Should().Be(1);
        total.ExcludedRecordCount.Should().Be(1);
        total.SourceIds.Should().Equal("fx-aiddata");
        var all = Data.Finance.TotalConstantUsd2021(AggregationScope.AllRecords);
        all.Amount.Should().Be(Usd2021(671m));
        (all.RecordCount, all.ExcludedRecordCount).Should().Be((7, 0));
    }

    [Fact]
    public void Amounts_of_different_bases_are_refused_within_a_group_and_kept_apart_across_groups()
    {
        // Two safe records with amounts; the second is given a nominal amount (a corrupt or hand-made record).
        var withAmounts = Data.Finance.Where(f => f.Amount is not null && f.IsAggregationSafe).Take(2).ToArray();
        var mixed = new[] { withAmounts[0], withAmounts[1] with { Amount = Money.NominalUsd(5_000_000m, 2015) } };

        var sameGroup = () => mixed.TotalConstantUsd2021();
        sameGroup.Should().Throw<MoneyBasisMismatchException>();

        var apart = mixed.TotalsConstantUsd2021By("record", f => f.Id);
        apart.Select(g => g.Total.Amount!.Value.Basis).Should().Equal(MoneyBasis.ConstantUsd2021, MoneyBasis.NominalUsd);
        apart[1].Total.Amount.Should().Be(Money.NominalUsd(5_000_000m, 2015));
    }

    [Fact]
    public void The_total_of_nothing_is_missing_not_zero()
    {
        var none = Array.Empty<FinanceRecord>().TotalConstantUsd2021();
        none.Amount.Should().BeNull();
        none.RecordCount.Should().Be(0);
        Data.Finance.Where(f => f.Id == 103).TotalConstantUsd2021().Amount.Should().BeNull();
    }

    [Fact]
    public void Totals_by_country_sector_lender_year_and_status()
    {
        Data.Finance.TotalsByCountry().Select(g => (g.Key.Alpha3, g.Total.Amount?.AmountUsdMillions, g.Total.RecordCount))
            .Should().Equal(("PER", 400m, 3), ("CHL", 250m, 2), ("CUW", 20m, 1));
        Data.Finance.TotalsBySector().Select(g => (g.Key, g.Total.Amount?.AmountUsdMillions))
            .Should().Equal(("ENERGY", 500m), ("TRANSPORT AND STORAGE", 120m), ("EDUCATION", 50m), ("HEALTH", (decimal?)null));
        Data.Finance.TotalsByLender().Select(g => (g.Key, g.Total.Amount?.AmountUsdMillions, g.Total.RecordCount))
            .Should().Equal(("China Development Bank", 300m, 1), ("China Eximbank", 300m, 2), ("Chinese Government", 50m, 2), ((string?)null, 20m, 1));
        Data.Finance.TotalsByLender().Select(g => g.Rank).Should().Equal(1, 1, 3, 4);
        Data.Finance.TotalsByYear().Select(g => (g.Key, g.Total.Amount?.AmountUsdMillions))
            .Should().Equal((2015, 100m), (2016, 50m), (2017, 20m), (2018, 500m));
        Data.Finance.TotalsByStatus().Select(g => (g.Key, g.Total.Amount?.AmountUsdMillions))
            .Should().Equal((FinanceStatus.Implementation, 300m), (FinanceStatus.PipelineCommitment, 200m), (FinanceStatus.Completion, 170m));
        Data.Finance.TotalsConstantUsd2021By("infrastructure", f => f.IsInfrastructure).Select(g => (g.Key, g.Total.Amount?.AmountUsdMillions))
            .Should().Equal((false, 50m), (true, 620m));
        Data.Finance.TotalsByCountry().Should().NotContain(g => g.Key == FixtureData.Pan, "Panama's only record is not aggregation-safe");
        Data.Finance.TotalsByCountry(AggregationScope.AllRecords).Should().Contain(g => g.Key == FixtureData.Pan);
    }

    [Fact]
    public void Infrastructure_share_by_amount_and_by_count()
    {
        Data.Finance.InfrastructureSharePercent().Should().BeApproximately(92.537313m, 0.000001m);
        Data.Finance.InfrastructureSharePercent(AggregationScope.AllRecords).Should().BeApproximately(92.399404m, 0.000001m);
        Data.Finance.InCountry(FixtureData.Chl).InSector("EDUCATION").InfrastructureSharePercent().Should().Be(0m);
        Data.Finance.Where(f => f.Id == 103).InfrastructureSharePercent().Should().BeNull();
        Array.Empty<FinanceRecord>().InfrastructureSharePercent().Should().BeNull();
        Data.Finance.InfrastructureShareOfRecordsPercent().Should().BeApproximately(66.666667m, 0.000001m);
        Array.Empty<FinanceRecord>().InfrastructureShareOfRecordsPercent().Should().BeNull();
    }

    [Fact]
    public void Sector_concentration_is_the_herfindahl_hirschman_index_in_points()
    {
        // (120² + 500² + 50²) / 670² × 10 000 = 5 945.6449…
        Data.Finance.SectorConcentrationHhi().Should().BeApproximately(5945.644910m, 0.000001m);
        Data.Finance.InSector("ENERGY").SectorConcentrationHhi().Should().Be(10000m);
        Array.Empty<FinanceRecord>().SectorConcentrationHhi().Should().BeNull();
    }

    [Fact]
    public void Cumulative_commitments_carry_the_total_through_years_without_records()
    {
        var all = Data.Finance.CumulativeConstantUsd2021ByYear("LAC");
        all.Select(p => (p.Year, p.Value)).Should().Equal((2015, 100_000_000m), (2016, 150_000_000m), (2017, 170_000_000m), (2018, 670_000_000m));
        all.Unit.Should().Be("USD (constant 2021)");
        all.Entity.Should().Be("LAC");
        Data.Finance.InCountry(FixtureData.Per).CumulativeConstantUsd2021ByYear().Select(p => p.Value)
            .Should().Equal(100_000_000m, 100_000_000m, 100_000_000m, 400_000_000m);
        Array.Empty<FinanceRecord>().CumulativeConstantUsd2021ByYear().Should().BeEmpty();
    }
}
