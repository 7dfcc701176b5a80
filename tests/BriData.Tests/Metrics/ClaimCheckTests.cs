using BriData.Tests.Fixtures;

namespace BriData.Tests.Metrics;

public sealed class ClaimCheckTests
{
    private static BriDataset Data => FixtureData.Dataset;

    private static ClaimCheck Check(string id, decimal tolerance = 0.05m) => Data.CheckClaim(Data.Claims.Get(id), tolerance);

    [Fact]
    public void A_trade_figure_matching_both_reporters_is_consistent()
    {
        // 210 m claimed; Peru's figure 210 m, China's 215 m: both within 5 %.
        var check = Check("fx-per-2018-trade");
        check.Verdict.Should().Be(ClaimVerdict.Consistent);
        check.MatchedReporters.Should().Equal(TradeReporter.PartnerReported, TradeReporter.ChinaReported);
        check.VerdictText.Should().Be("consistent");
        check.ComputedValue.Should().Be(210_000_000m);
        check.ComputedUnit.Should().Be(MeasureUnit.Usd);
        check.Figures.Select(f => f.Value).Should().Equal(210_000_000m, 215_000_000m);
        check.Reason.Should().Contain("partner reported");
        check.SourceIds.Should().Equal("fx-dots");
    }

    [Fact]
    public void The_figure_that_satisfies_the_claim_comes_first()
    {
        // Peru's own figure is 120 m, China's 130 m: the claim of 130 m is China's view.
        var check = Check("fx-per-2018-exports");
        check.ComputedValue.Should().Be(130_000_000m);
        check.Figures[0].Label.Should().Contain("China reported");
    }

    [Fact]
    public void A_figure_matching_only_one_of_two_disagreeing_reporters_is_not_plainly_consistent()
    {
        // Issue 13, item 8. Peru's own figure is 120 m, China's 130 m: the claim of 130 m is China's view only.
        var check = Check("fx-per-2018-exports");
        check.Verdict.Should().Be(ClaimVerdict.ConsistentWithOneReporter);
        check.MatchedReporters.Should().Equal(TradeReporter.ChinaReported);
        check.VerdictText.Should().Be("consistent with the China-reported figure only");
        check.Reason.Should().Contain("USD 120.0 m").And.EndWith("which does not: consistent with the China-reported figure only.");
        check.ToString().Should().StartWith("consistent with the China-reported figure only: ");

        // The same claim at Peru's figure sides with the partner; a wide tolerance lets both agree.
        var partner = Data.CheckClaim(Data.Claims.Get("fx-per-2018-exports") with { Quantity = new ClaimQuantity(120_000_000m, QuantityBound.Exact, MeasureUnit.Usd, null) });
        (partner.Verdict, partner.VerdictText).Should().Be((ClaimVerdict.ConsistentWithOneReporter, "consistent with the partner-reported figure only"));
        partner.MatchedReporters.Should().Equal(TradeReporter.PartnerReported);
        var both = Check("fx-per-2018-exports", tolerance: 0.1m);
        (both.Verdict, both.MatchedReporters.Count).Should().Be((ClaimVerdict.Consistent, 2));
    }

    [Fact]
    public void A_region_wide_partial_sum_does_not_make_the_reporters_disagree()
    {
        // 2018: Panama is missing from both sums, so neither can refute 'over 500 m': no reporter contradicts the claim.
        var check = Check("fx-lac-2017-2018");
        check.Verdict.Should().Be(ClaimVerdict.Consistent);
        check.MatchedReporters.Should().NotBeEmpty();
    }

    [Fact]
    public void A_figure_neither_reporter_supports_is_inconsistent_unless_the_tolerance_allows_it()
    {
        // Chile 2018: 410 m (Chile) and 415 m (China) against 500 m.
        var check = Check("fx-chl-2018-trade");
        check.Verdict.Should().Be(ClaimVerdict.Inconsistent);
        check.ComputedValue.Should().Be(410_000_000m);
        check.Reason.Should().Contain("USD 410.0 m").And.Contain("USD 415.0 m");
        Check("fx-chl-2018-trade", tolerance: 0.2m).Verdict.Should().Be(ClaimVerdict.Consistent);
    }

    [Fact]
    public void A_year_after_the_data_ends_is_not_comparable_and_shows_the_newest_year_for_context()
    {
        var check = Check("fx-per-2023-trade");
        check.Verdict.Should().Be(ClaimVerdict.NotComparable);
        check.Reason.Should().Contain("2023").And.Contain("ends in 2020");
        check.ComputedValue.Should().BeNull();
        check.Figures.Should().OnlyContain(f => f.Label.Contains("newest year held", StringComparison.Ordinal));
        check.Figures.Select(f => f.Value).Should().Equal(250_000_000m, 256_000_000m);
    }

    [Fact]
    public void A_year_before_the_trade_coverage_is_not_comparable_and_does_not_throw()
    {
        // The region-wide figure comes from LacTradeWithChina, which throws outside the coverage: the check answers first.
        var region = Data.Claims.Get("fx-lac-2017-2018") with { Period = ClaimPeriod.Parse("2010/2011") };
        var check = Data.CheckClaim(region);
        check.Verdict.Should().Be(ClaimVerdict.NotComparable);
        check.Reason.Should().Be("The claim is about 2010–2011, but the data's trade series begins in 2017.");
        check.MatchedReporters.Should().BeEmpty();
    }

    [Fact]
    public void Another_currency_or_part_of_a_year_is_not_comparable()
    {
        var check = Check("fx-per-2024-cny");
        check.Verdict.Should().Be(ClaimVerdict.NotComparable);
        check.Reason.Should().Contain("CNY");
        check.Figures.Should().BeEmpty();
    }

    [Fact]
    public void A_share_of_exports_is_computed_from_the_states_own_statistics()
    {
        var check = Check("fx-per-2018-share");
        check.Verdict.Should().Be(ClaimVerdict.Consistent);
        check.ComputedValue.Should().Be(20m);
        check.ComputedUnit.Should().Be(MeasureUnit.Percent);
    }

    [Fact]
    public void A_region_wide_range_of_years_is_checked_year_by_year_on_a_lower_bound()
    {
        // 2017: 710 m (Panama 180, Peru 180, Chile 350); 2018: 620 m (Panama missing). Both over 500 m.
        var check = Check("fx-lac-2017-2018");
        check.Verdict.Should().Be(ClaimVerdict.Consistent);
        check.Figures.Should().HaveCount(4);
        check.Figures.Select(f => f.Value).Should().Contain([710_000_000m, 620_000_000m, 630_000_000m]);
        check.Reason.Should().Contain("each year");
        var stricter = Data.Claims.Get("fx-lac-2017-2018") with { Quantity = new ClaimQuantity(650_000_000m, QuantityBound.Over, MeasureUnit.Usd, null) };
        Data.CheckClaim(stricter).Verdict.Should().Be(ClaimVerdict.NotComparable, "the 2018 sum leaves states out and cannot refute 'over'");
    }

    [Fact]
    public void Counts_the_data_can_only_bound_from_below()
    {
        // Safe infrastructure commitments by 2023-09: 101, 102, 105, 107.
        var infrastructure = Check("fx-lac-infrastructure");
        infrastructure.Verdict.Should().Be(ClaimVerdict.Consistent);
        infrastructure.ComputedValue.Should().Be(4m);
        infrastructure.Reason.Should().Contain("never refute");
        infrastructure.Figures.Select(f => f.Value).Should().Equal(4m, 4m, 4m);
        // One bridge project plus 12 bridges on Road A = 13, a lower bound: cannot check "nearly 20".
        var bridges = Check("fx-lac-bridges");
        bridges.Verdict.Should().Be(ClaimVerdict.NotComparable);
        bridges.ComputedValue.Should().Be(13m);
    }

    [Fact]
    public void Topics_without_data_are_not_comparable_with_the_reason()
    {
        var jobs = Check("fx-lac-jobs");
        jobs.Verdict.Should().Be(ClaimVerdict.NotComparable);
        jobs.Reason.Should().Contain("employment");
        jobs.ComputedValue.Should().BeNull();
    }

    [Fact]
    public void Every_claim_is_checked_in_file_order()
    {
        var checks = Data.CheckClaims();
        checks.Select(c => c.Claim.Id).Should().Equal(Data.Claims.Select(c => c.Id));
        checks.Count(c => c.Verdict == ClaimVerdict.Consistent).Should().Be(4);
        checks.Count(c => c.Verdict == ClaimVerdict.ConsistentWithOneReporter).Should().Be(1, "Peru's 2018 exports claim is China's figure only");
        checks.Count(c => c.Verdict == ClaimVerdict.Inconsistent).Should().Be(1);
        var bad = () => Data.CheckClaims(tolerance: 1m);
        bad.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void A_year_after_the_series_is_confirmed_by_a_published_figure_from_another_source()
    {
        // The claim (fx-curated) says about USD 36 bn for Peru in 2023; China's customs published 35.5 bn (fx-events).
        var data = WithPublished(Published("pub-1", 35_500_000_000m, "fx-events"));
        var check = data.CheckClaim(data.Claims.Get("fx-per-2023-trade"));

        check.Verdict.Should().Be(ClaimVerdict.Consistent);
        check.ComputedValue.Should().Be(35_500_000_000m);
        check.Figures[0].Label.Should().Contain("published by").And.Contain("pub-1");
        check.SourceIds.Should().Equal("fx-events");
    }

    [Fact]
    public void A_published_figure_that_disagrees_cannot_refute_a_claim()
    {
        var data = WithPublished(Published("pub-1", 50_000_000_000m, "fx-events"));
        var check = data.CheckClaim(data.Claims.Get("fx-per-2023-trade"));

        check.Verdict.Should().Be(ClaimVerdict.NotComparable, "a published figure is one reporter's view");
        check.Reason.Should().Contain("cannot refute").And.Contain("pub-1");
        check.ComputedValue.Should().Be(50_000_000_000m);
    }

    [Theory]
    [InlineData("fx-curated", "USD", "2023", "2023")]
    [InlineData("fx-events", "CNY", "2023", "2023")]
    [InlineData("fx-events", "USD", "2023-01", "2023-10")]
    [InlineData("fx-events", "USD", "2022", "2022")]
    public void A_published_figure_from_the_claims_own_source_another_currency_or_period_is_not_used(string source, string unit, string start, string end)
    {
        var data = WithPublished(Published("pub-1", 36_000_000_000m, source) with { Unit = MeasureUnit.Parse(unit), PeriodStart = PartialDate.Parse(start), PeriodEnd = PartialDate.Parse(end) });
        var check = data.CheckClaim(data.Claims.Get("fx-per-2023-trade"));

        check.Verdict.Should().Be(ClaimVerdict.NotComparable);
        check.Reason.Should().Contain("ends in 2020");
        check.Figures.Should().NotContain(f => f.Label.Contains("published by", StringComparison.Ordinal));
    }

    [Fact]
    public void Kilometres_built_add_up_the_measures_curated_as_route_lengths_whatever_their_label()
    {
        // Road A has a 120 km measure labelled "length": without a curated role it is shown, never added up.
        var claim = new Claim
        {
            Id = "fx-lac-length",
            Topic = ClaimTopic.TransportLength,
            Statement = "Fixture: kilometres of road and rail built.",
            Quantity = new ClaimQuantity(100, QuantityBound.Over, MeasureUnit.Kilometre, null),
            SourceIds = ["fx-curated"],
        };

        var withoutRole = WithProjectMeasures(claim, m => m);
        var withRole = WithProjectMeasures(claim, m => m.Label == "length" ? m with { Label = "route as built", Role = MeasureRole.RouteLength } : m);

        withoutRole.CheckClaim(withoutRole.Claims.Get(claim.Id)).ComputedValue.Should().Be(0m);
        withRole.CheckClaim(withRole.Claims.Get(claim.Id)).ComputedValue.Should().Be(120m);
    }

    private static BriDataset WithProjectMeasures(Claim claim, Func<ProjectMeasure, ProjectMeasure> change)
    {
        var content = Data.ToContent();
        return BriDataset.Create(content with
        {
            Projects = [.. content.Projects.Select(p => p with { Measures = [.. p.Measures.Select(change)] })],
            Claims = [.. content.Claims, claim],
        });
    }

    private static PublishedFigure Published(string id, decimal usd, string source) => new()
    {
        Id = id,
        Publisher = "General Administration of Customs of China",
        Basis = PublishedBasis.ChinaCustoms,
        Indicator = PublishedIndicator.TotalTrade,
        Country = CountryCode.Parse("PER"),
        PeriodStart = new PartialDate(2023),
        PeriodEnd = new PartialDate(2023),
        Value = usd,
        Unit = MeasureUnit.Usd,
        Bound = QuantityBound.Exact,
        SourceIds = [source],
    };

    private static BriDataset WithPublished(params PublishedFigure[] figures) =>
        BriDataset.Create(Data.ToContent() with { PublishedFigures = figures });
}
