using BriData.Loading;
using BriData.Sets;
using BriData.Tests.Fixtures;

namespace BriData.Tests.Metrics;

public sealed class TidyRowsTests
{
    private static BriDataset Data => FixtureData.Dataset;

    [Fact]
    public void Every_set_of_the_dataset_becomes_rows()
    {
        var rows = Data.ToTidyRows().ToList();
        // One row per record and measure column: indicators have two (population_persons, gdp_current_usd), projects one (cost_usd).
        rows.GroupBy(r => r.Set).Select(g => (g.Key, g.Count())).Should().Equal(
            ("sources", 8), ("countries", 9), ("events", 32), ("trade", 48), ("indicators", 12), ("finance", 7),
            ("investments", 6), ("projects", 4), ("initiatives", 2), ("trade-highlights", 1), ("claims", 10));
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
        trade.Entity.Should().Be("PER", "trade has no key column: the entity is the first dimension, the reporter");
        trade.Dimension("reporter_iso3").Should().Be("PER");
        trade.Dimension("partner_iso3").Should().Be("CHN");
        trade.Dimension("year").Should().Be("2017");
        trade.Dimension("is_estimate").Should().Be("false");
        trade.Dimension("nothing").Should().BeNull();
        (trade.Measure, trade.Value, trade.Unit).Should().Be(("value_usd_millions", 100m, "USD millions (nominal)"));
        trade.SourceIds.Should().Equal("fx-dots");
        trade.ToString().Should().Be("trade PER (reporter_iso3=PER, partner_iso3=CHN, flow=exports FOB, year=2017, is_estimate=false): value_usd_millions = USD 100.0 m (nominal)");

        var finance = Data.Finance.Where(f => f.Id == 101).ToTidyRows().Single();
        (finance.Entity, finance.Measure, finance.Value, finance.Unit).Should().Be(("101", "amount_usd", 100_000_000m, "USD (constant 2021)"));
        var noAmount = Data.Finance.Where(f => f.Id == 103).ToTidyRows().Single();
        noAmount.Value.Should().BeNull();
        noAmount.Unit.Should().Be("USD (constant 2021)", "a missing finance amount is in the basis every finance amount has");
        noAmount.Dimension("lender").Should().Be("Chinese Government");
        Data.Finance.Where(f => f.Id == 107).ToTidyRows().Single().Dimension("lender").Should().BeNull();

        var per2019 = Data.Indicators.InCountry(FixtureData.Per).InYear(2019).ToTidyRows().ToList();
        per2019.Select(r => (r.Entity, r.Measure, r.Unit)).Should().Equal(("PER", "population_persons", "persons"), ("PER", "gdp_current_usd", "USD (current)"));
        per2019.Single(r => r.Measure == "gdp_current_usd").Value.Should().BeNull();
        Data.Investments.ToTidyRows().First().Should().Match<TidyRow>(r => r.Measure == "amount_usd" && r.Unit == "USD (nominal 2019)" && r.Entity == Data.Investments[0].Id);
        var project = Data.Projects[0];
        Data.Projects.Take(1).ToTidyRows().Single().Should().Match<TidyRow>(r => r.Entity == project.Id && r.Measure == "cost_usd" && r.Value == project.Cost!.Amount.AmountUsd && r.Unit == "USD (nominal 2019)");
        Data.Claims.Take(1).ToTidyRows().Single().Should().Match<TidyRow>(r => r.Measure == "quantity_value" && r.Value == 210_000_000m && r.Unit == "USD");

        var source = Data.Sources.Take(1).ToTidyRows().Single();
        (source.Measure, source.Value, source.Unit).Should().Be(("records", 1m, "count"));
        source.SourceIds.Should().Equal([source.Entity], "a source is its own source");
    }

    [Fact]
    public void The_rows_of_every_set_have_its_dimension_and_measure_columns()
    {
        var data = BriDataset.Default;
        var content = data.ToContent();
        foreach (var set in DataSets.All)
        {
            var (dimensions, measures) = set.Accept(new RoleNames());
            var rows = set.TidyRowsOf(content).ToList();
            rows.Should().NotBeEmpty(set.Name);
            rows.Should().OnlyContain(r => r.Set == set.Name && r.Dimensions.Select(d => d.Key).SequenceEqual(dimensions), set.Name);
            rows.Select(r => r.Measure).Distinct().Should().Equal(measures.Length == 0 ? ["records"] : measures, set.Name);
            rows.Should().HaveCount(set.Count(content) * Math.Max(1, measures.Length), set.Name);
        }
    }

    [Fact]
    public void Only_the_records_of_a_set_become_rows()
    {
        var act = () => new[] { "a" }.ToTidyRows();
        act.Should().Throw<NotSupportedException>().WithMessage("*System.String*TradeRecord*");
        ((Action)(() => ((IEnumerable<TradeRecord>)null!).ToTidyRows())).Should().Throw<ArgumentNullException>();
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

    /// <summary>The names of a set's dimension and measure columns, in column order.</summary>
    private sealed class RoleNames : IDataSetVisitor<(string[] Dimensions, string[] Measures)>
    {
        public (string[] Dimensions, string[] Measures) Visit<T>(DataSetDescriptor<T> set)
            where T : class => (
                set.Schema.Columns.Where(c => c.Role == ColumnRole.Dimension).Select(c => c.Name).ToArray(),
                set.Schema.Columns.Where(c => c.Role == ColumnRole.Measure).Select(c => c.Name).ToArray());
    }
}
