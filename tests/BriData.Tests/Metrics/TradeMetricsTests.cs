using BriData.Tests.Fixtures;

namespace BriData.Tests.Metrics;

public sealed class TradeMetricsTests
{
    private static BriDataset Data => FixtureData.Dataset;

    [Fact]
    public void Each_reporter_gives_its_own_view_from_the_partner_side()
    {
        // Peru 2018: Peru reports exports 120, imports 90; China reports imports from Peru 130, exports to Peru 85.
        var partner = Data.BilateralTradeIn(FixtureData.Per, 2018, TradeReporter.PartnerReported);
        (partner.ExportsToChina?.AmountUsdMillions, partner.ImportsFromChina?.AmountUsdMillions, partner.Total?.AmountUsdMillions, partner.Balance?.AmountUsdMillions)
            .Should().Be((120m, 90m, 210m, 30m));
        var china = Data.BilateralTradeIn(FixtureData.Per, 2018, TradeReporter.ChinaReported);
        (china.ExportsToChina?.AmountUsdMillions, china.ImportsFromChina?.AmountUsdMillions, china.Total?.AmountUsdMillions, china.Balance?.AmountUsdMillions)
            .Should().Be((130m, 85m, 215m, 45m));
        var mirror = Data.BilateralTradeIn(FixtureData.Per, 2018, TradeReporter.MirrorAverage);
        (mirror.ExportsToChina?.AmountUsdMillions, mirror.ImportsFromChina?.AmountUsdMillions, mirror.Total?.AmountUsdMillions, mirror.Balance?.AmountUsdMillions)
            .Should().Be((125m, 87.5m, 212.5m, 37.5m));
        partner.SourceIds.Should().Equal("fx-dots");
    }

    [Fact]
    public void A_missing_flow_makes_the_total_and_balance_missing_never_zero()
    {
        var partner = Data.BilateralTradeIn(FixtureData.Per, 2019, TradeReporter.PartnerReported);
        (partner.ExportsToChina?.AmountUsdMillions).Should().BeNull();
        (partner.ImportsFromChina?.AmountUsdMillions).Should().Be(95m);
        (partner.Total?.AmountUsdMillions).Should().BeNull();
        (partner.Balance?.AmountUsdMillions).Should().BeNull();
        partner.IsComplete.Should().BeFalse();
        (Data.BilateralTotalNominalUsd(FixtureData.Per, 2019, TradeReporter.ChinaReported)?.AmountUsdMillions).Should().Be(230m);
        var mirror = Data.BilateralTradeIn(FixtureData.Per, 2019, TradeReporter.MirrorAverage);
        (mirror.ExportsToChina?.AmountUsdMillions).Should().BeNull();
        (mirror.ImportsFromChina?.AmountUsdMillions).Should().Be(92.5m);
        (Data.BilateralTradeIn(FixtureData.Nic, 2018, TradeReporter.PartnerReported).Total?.AmountUsdMillions).Should().BeNull();
    }

    [Fact]
    public void Estimates_are_flagged()
    {
        Data.BilateralTradeIn(FixtureData.Per, 2020, TradeReporter.ChinaReported).IsEstimate.Should().BeTrue();
        Data.BilateralTradeIn(FixtureData.Per, 2020, TradeReporter.PartnerReported).IsEstimate.Should().BeFalse();
        Data.BilateralTradeIn(FixtureData.Per, 2020, TradeReporter.MirrorAverage).IsEstimate.Should().BeTrue();
    }

    [Fact]
    public void Yearly_series_keep_gap_years()
    {
        Data.BilateralTradeByYear(FixtureData.Pan, TradeReporter.PartnerReported).Select(t => (t.Year, t.Total?.AmountUsdMillions))
            .Should().Equal((2017, 180m), (2018, null), (2019, null), (2020, 50m));
        Data.BilateralTradeByYear(FixtureData.Nic, TradeReporter.PartnerReported).Should().BeEmpty();
        var total = Data.BilateralTotalSeriesUsdMillions(FixtureData.Per, TradeReporter.PartnerReported);
        total.Select(p => p.Value).Should().Equal(180m, 210m, null, 250m);
        total.Unit.Should().Be("USD millions (nominal)");
        total.Entity.Should().Be("PER");
        Data.TradeBalanceSeriesUsdMillions(FixtureData.Per, TradeReporter.ChinaReported).Select(p => p.Value).Should().Equal(40m, 45m, 50m, 64m);
        (Data.TradeBalanceNominalUsd(FixtureData.Chl, 2020, TradeReporter.PartnerReported)?.AmountUsdMillions).Should().Be(120m);
        total.CompoundAnnualGrowthRatePercent(2017, 2020).Should().BeApproximately(11.5721583m, 0.000001m);
    }

    [Fact]
    public void China_share_of_exports_and_imports_comes_from_the_world_totals()
    {
        Data.ChinaShareOfExportsPercent(FixtureData.Per, 2017).Should().Be(25m);
        Data.ChinaShareOfExportsPercent(FixtureData.Per, 2018).Should().Be(20m);
        Data.ChinaShareOfExportsPercent(FixtureData.Per, 2019).Should().BeNull("exports to China are missing");
        Data.ChinaShareOfImportsPercent(FixtureData.Per, 2019).Should().Be(25m);
        Data.ChinaShareOfImportsPercent(FixtureData.Per, 2020).Should().BeNull("the World total is missing");
        Data.ChinaShareOfExportsPercent(FixtureData.Chl, 2019).Should().Be(25m);
        Data.ChinaShareOfExportsPercent(FixtureData.Nic, 2019).Should().BeNull();
        Data.ChinaShareOfExportsSeriesPercent(FixtureData.Per).Select(p => p.Value).Should().Equal(25m, 20m, null, 25m);
        Data.ChinaShareOfImportsSeriesPercent(FixtureData.Per).Select(p => (p.Year, p.Value)).Should().Equal((2017, 25m), (2018, 25m), (2019, 25m), (2020, null));
        Data.ChinaShareOfExportsSeriesPercent(FixtureData.Nic).Should().BeEmpty();
    }

    [Fact]
    public void Partners_are_ranked_by_total_with_shared_ranks_for_ties()
    {
        Data.RankLacPartnersByTrade(2020, TradeReporter.PartnerReported).Select(r => (r.Rank, r.Country.Alpha3, r.Total.AmountUsdMillions))
            .Should().Equal((1, "CHL", 480m), (2, "PER", 250m), (3, "PAN", 50m));
        Data.RankLacPartnersByTrade(2020, TradeReporter.ChinaReported).Select(r => r.Total.AmountUsdMillions).Should().Equal(485m, 256m, 62m);
        // 2017: Chile 350; Panama and Peru both 180.
        Data.RankLacPartnersByTrade(2017, TradeReporter.PartnerReported).Select(r => (r.Rank, r.Country.Alpha3))
            .Should().Equal((1, "CHL"), (2, "PAN"), (2, "PER"));
        Data.RankLacPartnersByTrade(2019, TradeReporter.PartnerReported).Should().ContainSingle().Which.Country.Should().Be(FixtureData.Chl);
        var outside = () => Data.RankLacPartnersByTrade(1990, TradeReporter.PartnerReported);
        outside.Should().Throw<YearNotCoveredException>("the fixture's trade covers 2017–2020; an empty ranking would look like a year without trade");
    }

    [Fact]
    public void The_regional_total_lists_the_states_left_out()
    {
        var total = Data.LacTradeWithChina(2020, TradeReporter.PartnerReported);
        (total.Total?.AmountUsdMillions).Should().Be(780m);
        total.Included.Select(c => c.Alpha3).Should().Equal("CHL", "PAN", "PER");
        total.Missing.Select(c => c.Alpha3).Should().Equal("DMA", "DOM", "GUY", "NIC", "PRY");
        total.IsComplete.Should().BeFalse();
        var outside = () => Data.LacTradeWithChina(2010, TradeReporter.PartnerReported);
        outside.Should().Throw<YearNotCoveredException>().WithMessage("trade covers 2017–2020; 2010 is outside it.*");
    }

    [Fact]
    public void Bilateral_money_is_the_sum_of_its_records_money_nominal_of_the_year()
    {
        // Peru 2018: Peru reports exports 120, imports 90; China reports imports from Peru 130, exports to Peru 85.
        var peruExports = Record(FixtureData.Per, FixtureData.Chn, TradeFlow.ExportsFob, 2018);
        var peruImports = Record(FixtureData.Per, FixtureData.Chn, TradeFlow.ImportsCif, 2018);
        var chinaImports = Record(FixtureData.Chn, FixtureData.Per, TradeFlow.ImportsCif, 2018);
        var chinaExports = Record(FixtureData.Chn, FixtureData.Per, TradeFlow.ExportsFob, 2018);

        var partner = Data.BilateralTradeIn(FixtureData.Per, 2018, TradeReporter.PartnerReported);
        partner.ExportsToChina.Should().Be(peruExports.Value);
        partner.ImportsFromChina.Should().Be(peruImports.Value);
        partner.Total.Should().Be(peruExports.Value + peruImports.Value);
        partner.Total.Should().Be(Money.NominalUsdMillions(210m, 2018));
        partner.Balance.Should().Be(Money.NominalUsdMillions(30m, 2018));
        Data.BilateralTotalNominalUsd(FixtureData.Per, 2018, TradeReporter.PartnerReported).Should().Be(partner.Total);
        Data.TradeBalanceNominalUsd(FixtureData.Per, 2018, TradeReporter.PartnerReported).Should().Be(partner.Balance);

        var china = Data.BilateralTradeIn(FixtureData.Per, 2018, TradeReporter.ChinaReported);
        china.Total.Should().Be(chinaImports.Value + chinaExports.Value);
        var mirror = Data.BilateralTradeIn(FixtureData.Per, 2018, TradeReporter.MirrorAverage);
        mirror.ExportsToChina.Should().Be(Money.NominalUsdMillions(125m, 2018));
        mirror.Total.Should().Be((peruExports.Value + chinaImports.Value + peruImports.Value + chinaExports.Value) * 0.5m);

        foreach (var amount in new[] { partner.Total, partner.Balance, china.Total, mirror.Total, mirror.Balance })
        {
            amount!.Value.Basis.Should().Be(MoneyBasis.NominalUsd);
            amount.Value.PriceYear.Should().Be(2018);
        }
    }

    [Fact]
    public void The_balance_is_exports_minus_imports_seen_from_the_state()
    {
        // Chile 2020, China's statistics: China imports 310 from Chile (Chile's exports), exports 175 to it.
        var china = Data.BilateralTradeIn(FixtureData.Chl, 2020, TradeReporter.ChinaReported);
        china.Balance.Should().Be(Money.NominalUsdMillions(135m, 2020));
        china.Balance.Should().Be(china.ExportsToChina - china.ImportsFromChina);
    }

    [Fact]
    public void Regional_and_ranked_totals_are_money_of_the_year()
    {
        var region = Data.LacTradeWithChina(2020, TradeReporter.PartnerReported);
        var included = region.Included.Select(c => Data.BilateralTotalNominalUsd(c, 2020, TradeReporter.PartnerReported)!.Value).ToList();
        region.Total.Should().Be(Money.Sum(included));
        region.Total.Should().Be(Money.NominalUsdMillions(780m, 2020));
        foreach (var rank in Data.RankLacPartnersByTrade(2020, TradeReporter.PartnerReported))
        {
            rank.Total.Should().Be(Data.BilateralTotalNominalUsd(rank.Country, 2020, TradeReporter.PartnerReported));
            rank.Total.PriceYear.Should().Be(2020);
        }
    }

    private static TradeRecord Record(CountryCode reporter, CountryCode partner, TradeFlow flow, int year) =>
        Data.Trade.Single(t => t.Reporter == reporter && t.Partner == partner && t.Flow == flow && t.Year == year);

    [Fact]
    public void China_an_unknown_country_or_an_undefined_reporter_is_an_error()
    {
        var china = () => Data.BilateralTradeIn(FixtureData.Chn, 2018, TradeReporter.PartnerReported);
        china.Should().Throw<ArgumentException>().WithMessage("*China*");
        var brazil = () => Data.BilateralTradeIn(CountryCode.Parse("BRA"), 2018, TradeReporter.PartnerReported);
        brazil.Should().Throw<KeyNotFoundException>();
        var reporter = () => Data.BilateralTradeIn(FixtureData.Per, 2018, (TradeReporter)9);
        reporter.Should().Throw<ArgumentException>().WithMessage("*reporter*");
    }
}
