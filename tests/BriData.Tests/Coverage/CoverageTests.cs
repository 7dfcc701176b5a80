using BriData.Tests.Fixtures;

namespace BriData.Tests.Coverage;

/// <summary>
/// Declared coverage on the fixture release (trade 2017–2020 for Chile, Panama and Peru): years come from the records, gaps are the runs of years without a record, and a
/// question outside the coverage throws <see cref="YearNotCoveredException"/> instead of answering null.
/// </summary>
public sealed class CoverageTests
{
    private static BriDataset Data => FixtureData.Dataset;

    [Fact]
    public void Trade_coverage_is_derived_from_the_records()
    {
        var trade = Data.Coverage.Trade;
        trade.Set.Should().Be("trade");
        (trade.FirstYear, trade.LastYear).Should().Be((2017, 2020));
        trade.YearCount.Should().Be(4);
        trade.States.Select(c => c.Alpha3).Should().Equal("CHL", "PAN", "PER");
        trade.Series.Should().HaveCount(6).And.Contain("partner-reported exports FOB to China");
        trade.Covers(2017).Should().BeTrue();
        trade.Covers(2021).Should().BeFalse();
        trade.Covers(2016).Should().BeFalse();
        trade.PublishedFiguresThrough.Should().BeNull("the fixture has no published figures");
    }

    [Fact]
    public void A_missing_year_inside_the_coverage_is_a_known_gap()
    {
        var trade = Data.Coverage.Trade;
        trade.KnownGaps.Should().Contain(new CoverageGap("trade", FixtureData.Per, "partner-reported exports FOB to China", 2019, 2019,
            "no record in the trade set (IMF DOTS has no value for these years)"));
        trade.KnownGaps.Where(g => g.State == FixtureData.Pan && g.Series == "partner-reported exports FOB to China")
            .Select(g => (g.FromYear, g.ToYear)).Should().Equal((2018, 2019));
        trade.KnownGaps.Where(g => g.State == FixtureData.Chl).Select(g => (g.Series, g.FromYear, g.ToYear))
            .Should().Equal([("partner-reported imports CIF from the World", 2017, 2020)], "the fixture holds every other series of Chile in every year");
        trade.KnownGaps.Where(g => g.State == FixtureData.Nic).Should().HaveCount(6).And.OnlyContain(g => g.FromYear == 2017 && g.ToYear == 2020);
        trade.GapsFor(FixtureData.Per, 2019).Select(g => g.Series).Should().Contain("partner-reported exports FOB to China");
        trade.GapsFor(FixtureData.Per, 2018).Where(g => g.State is not null).Should().BeEmpty();

        // Inside the coverage, missing stays missing.
        (Data.BilateralTradeIn(FixtureData.Per, 2019, TradeReporter.PartnerReported).ExportsToChina?.AmountUsdMillions).Should().BeNull();
    }

    [Fact]
    public void A_trade_question_outside_the_coverage_names_it()
    {
        var bilateral = () => Data.BilateralTradeIn(FixtureData.Per, 2023, TradeReporter.PartnerReported);
        var thrown = bilateral.Should().Throw<YearNotCoveredException>().WithMessage("trade covers 2017–2020; 2023 is outside it.*").Which;
        thrown.Set.Should().Be("trade");
        thrown.Year.Should().Be(2023);
        (thrown.FirstYear, thrown.LastYear).Should().Be((2017, 2020));
        thrown.ParamName.Should().Be("year");

        var region = () => Data.LacTradeWithChina(2023, TradeReporter.ChinaReported);
        region.Should().Throw<YearNotCoveredException>();
        var rank = () => Data.RankLacPartnersByTrade(2016, TradeReporter.ChinaReported);
        rank.Should().Throw<YearNotCoveredException>().WithMessage("*2016 is outside it*");
        var share = () => Data.ChinaShareOfExportsPercent(FixtureData.Per, 2021);
        share.Should().Throw<YearNotCoveredException>();
        var total = () => Data.BilateralTotalNominalUsd(FixtureData.Chl, 2021, TradeReporter.MirrorAverage)?.AmountUsdMillions;
        total.Should().Throw<ArgumentOutOfRangeException>("the exception is an argument error, so existing handlers still catch it");
    }

    [Fact]
    public void The_message_points_to_published_figures_when_they_continue_the_series()
    {
        var coverage = Copy(Data.Coverage.Trade, Data.Coverage.Trade.FirstYear, Data.Coverage.Trade.LastYear, publishedFiguresThrough: 2025);
        var later = () => coverage.ThrowIfNotCovered(2023);
        later.Should().Throw<YearNotCoveredException>().WithMessage("trade covers 2017–2020; 2023 is outside it; see PublishedFigures for later years (published figures to 2025).*");
        var earlier = () => coverage.ThrowIfNotCovered(2000);
        earlier.Should().Throw<YearNotCoveredException>().Which.Message.Should().NotContain("PublishedFigures", "published figures continue the series forward only");
    }

    [Fact]
    public void An_empty_set_covers_no_year()
    {
        var empty = Copy(Data.Coverage.Trade, firstYear: null, lastYear: null, Data.Coverage.Trade.PublishedFiguresThrough);
        empty.YearCount.Should().Be(0);
        empty.Covers(2018).Should().BeFalse();
        var any = () => empty.ThrowIfNotCovered(2018);
        any.Should().Throw<YearNotCoveredException>().WithMessage("trade holds no records, so it covers no year; 2018 is outside it.*");
    }

    [Fact]
    public void Every_set_declares_years_states_and_source_limits()
    {
        var coverage = Data.Coverage;
        coverage.Sets.Select(s => s.Set).Should().Equal("trade", "indicators", "finance", "aiddata-country-years", "investments", "events");
        coverage.Get("finance").Should().BeSameAs(coverage.Finance);
        var unknown = () => coverage.Get("weather");
        unknown.Should().Throw<KeyNotFoundException>().WithMessage("*trade, indicators, finance*");

        var finance = coverage.Finance;
        (finance.FirstYear, finance.LastYear).Should().Be((Data.Finance.Min(f => f.CommitmentYear), Data.Finance.Max(f => f.CommitmentYear)));
        finance.KnownGaps.Should().Contain(g => g.Series == "amount" && g.Reason.StartsWith("1 of 7 records have no amount", StringComparison.Ordinal));
        finance.KnownGaps.Should().Contain(g => g.State == FixtureData.Dma && g.Reason == "no geolocated AidData record for this state");

        var investments = coverage.Investments;
        investments.Series.Should().Equal(Data.Investments.Select(r => r.Kind).Distinct().Order().Select(k => DisplayFormat.Words(k)));
        investments.KnownGaps.Should().Contain(g => g.Reason == "AEI's threshold is about USD 100 million; smaller deals are absent.");
        coverage.ToString().Should().StartWith("trade 2017–2020, indicators ");
        coverage.Trade.ToString().Should().StartWith("trade: 2017–2020, 3 states, 6 series, ");
    }

    [Fact]
    public void A_gap_reads_as_one_line()
    {
        var gap = new CoverageGap("trade", FixtureData.Per, "partner-reported exports FOB to China", 2019, 2019, "no record");
        gap.ToString().Should().Be("trade, PER, partner-reported exports FOB to China, 2019: no record");
        gap.YearCount.Should().Be(1);
        gap.Spans(2019).Should().BeTrue();
        gap.Spans(2020).Should().BeFalse();
        var setWide = new CoverageGap("investments", null, null, null, null, "a limit");
        setWide.ToString().Should().Be("investments: a limit");
        setWide.YearCount.Should().BeNull();
        setWide.Spans(2019).Should().BeFalse();
    }

    private static SetCoverage Copy(SetCoverage coverage, int? firstYear, int? lastYear, int? publishedFiguresThrough) => new()
    {
        Set = coverage.Set,
        FirstYear = firstYear,
        LastYear = lastYear,
        States = coverage.States,
        Series = coverage.Series,
        KnownGaps = coverage.KnownGaps,
        PublishedFiguresThrough = publishedFiguresThrough,
    };
}
