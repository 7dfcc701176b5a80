using BriData.Tests.Fixtures;

namespace BriData.Tests.Metrics;

public sealed class TidyRowsTests
{
    private static BriDataset Data => FixtureData.Dataset;

    [Fact]
    public void Every_set_of_the_dataset_becomes_rows()
    {
        var rows = Data.ToTidyRows().ToList();
        rows.GroupBy(r => r.Set).Select(g => (g.Key, g.Count())).Should().Equal(
            ("sources", 8), ("countries", 9), ("events", 32), ("trade", 48), ("indicators", 12), ("finance", 7),
            ("investments", 6), ("projects", 11), ("initiatives", 2), ("trade-highlights", 1), ("claims", 10));
    }

    [Fact]
    public void Within_a_set_every_row_has_the_same_dimension_names_in_the_same_order()
    {
        foreach (var set in Data.ToTidyRows().GroupBy(r => r.Set))
        {
            var names = set.First().Dimensions.Select(d => d.Key).ToArray();
            set.Should().OnlyContain(r => r.Dimensions.Select(d => d.Key).SequenceEqual(names), set.Key);
        }
    }

    [Fact]
    public void Records_keep_units_sources_and_missing_values()
    {
        var trade = Data.Trade.ToTidyRows().First();
        trade.Entity.Should().Be("PER");
        trade.Dimension("partner").Should().Be("CHN");
        trade.Dimension("year").Should().Be("2017");
        trade.Dimension("isEstimate").Should().Be("false");
        trade.Dimension("nothing").Should().BeNull();
        (trade.Measure, trade.Value, trade.Unit).Should().Be(("value", 100m, "USD millions (nominal)"));
        trade.SourceIds.Should().Equal("fx-dots");
        trade.ToString().Should().Be("trade PER (reporter=PER, partner=CHN, flow=exports FOB, year=2017, isEstimate=false): value = USD 100.0 m (nominal)");

        var noAmount = Data.Finance.Where(f => f.Id == 103).ToTidyRows().Single();
        noAmount.Value.Should().BeNull();
        noAmount.Unit.Should().Be("USD (constant 2021)");
        noAmount.Dimension("lender").Should().Be("Chinese Government");
        Data.Finance.Where(f => f.Id == 107).ToTidyRows().Single().Dimension("lender").Should().BeNull();

        var gdp2019 = Data.Indicators.InCountry(FixtureData.Per).InYear(2019).ToTidyRows().Single(r => r.Measure == "gdp");
        gdp2019.Value.Should().BeNull();
        Data.Investments.ToTidyRows().First().Unit.Should().Be("USD (nominal 2019)");
        Data.Projects.Take(1).ToTidyRows().Select(r => (r.Measure, r.Unit)).Should().Equal(("records", "count"), ("cost", "USD (nominal 2019)"), ("quay length", "m"), ("berths", "berths"));
        Data.Claims.Take(1).ToTidyRows().Single().Should().Match<TidyRow>(r => r.Measure == "claimed value" && r.Value == 210_000_000m && r.Unit == "USD");
    }

    [Fact]
    public void Metric_results_become_rows()
    {
        var series = Data.BilateralTotalSeriesUsdMillions(FixtureData.Per, TradeReporter.PartnerReported).ToTidyRows().ToList();
        series.Select(r => r.Value).Should().Equal(180m, 210m, null, 250m);
        series.Should().OnlyContain(r => r.Set == "series" && r.Entity == "PER" && r.Unit == "USD millions (nominal)");

        var trade = Data.BilateralTradeByYear(FixtureData.Per, TradeReporter.PartnerReported).ToTidyRows().ToList();
        trade.Should().HaveCount(16);
        trade.Single(r => r.Dimension("year") == "2019" && r.Measure == "total").Value.Should().BeNull();

        var sectors = Data.Finance.TotalsBySector().ToTidyRows().ToList();
        sectors.Should().HaveCount(16);
        sectors.Single(r => r.Entity == "HEALTH" && r.Measure == "amount").Value.Should().BeNull();
        sectors.Single(r => r.Entity == "ENERGY" && r.Measure == "amount").Should().Match<TidyRow>(r => r.Value == 500_000_000m && r.Unit == "USD (constant 2021)" && r.Dimension("sector") == "ENERGY");
        Data.Finance.TotalsByLender().ToTidyRows().Last().Entity.Should().Be("(none)");
        Data.Finance.TotalsByYear().ToTidyRows().First().Dimension("year").Should().Be("2015");
        Data.Finance.TotalConstantUsd2021().ToTidyRows("LAC").Select(r => (r.Measure, r.Value)).Should().Equal(
            ("amount", 670_000_000m), ("records", 6m), ("recordsWithoutAmount", 1m), ("excludedRecords", 1m));

        Data.RankLacPartnersByTrade(2020, TradeReporter.PartnerReported).ToTidyRows().Should().HaveCount(6);
        Data.LacTradeWithChina(2020, TradeReporter.PartnerReported).ToTidyRows().Select(r => r.Value).Should().Equal(780m, 3m, 5m);

        var checks = Data.CheckClaims().ToTidyRows().ToList();
        checks.Should().HaveCount(20);
        checks.First(r => r.Entity == "fx-chl-2018-trade" && r.Measure == "computed value").Should().Match<TidyRow>(r => r.Value == 410_000_000m && r.Dimension("verdict") == "Inconsistent");

        var statuses = Data.StatusOfLac(FixtureData.Day(2025, 2, 6)).ToTidyRows().ToList();
        statuses.Should().HaveCount(32);
        statuses.Single(r => r.Entity == "PAN" && r.Measure == "isBriMember").Should().Match<TidyRow>(r => r.Value == 0m && r.Dimension("bri") == "Withdrawn");
        Data.StatusTimeline().ToTidyRows().Should().OnlyContain(r => r.Value == 1m && r.Dimension("event") != null);
    }
}
