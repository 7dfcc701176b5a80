namespace BriData.DataTests;

/// <summary>
/// Issue 13, item 8: two contradictory Costa Rica 2010 totals (USD 3.79 bn, China's figure, and USD 1.27 bn, Costa
/// Rica's) were both plainly "consistent". Each now says which reporter it matches, and neither is plainly consistent.
/// </summary>
public sealed class ClaimVerdictsOnShippedDataTests
{
    private static BriDataset Data => BriDataset.Default;

    private static readonly CountryCode Cri = CountryCode.Parse("CRI");

    [Fact]
    public void Contradictory_Costa_Rica_2010_totals_each_match_one_reporter_only()
    {
        var china = Data.CheckClaim(Data.Claims.Get("news-cri-2010-total-trade"));
        var costaRica = Data.CheckClaim(Data.Claims.Get("news-cri-2010-total-trade-2"));

        (china.Verdict, costaRica.Verdict).Should().Be((ClaimVerdict.ConsistentWithOneReporter, ClaimVerdict.ConsistentWithOneReporter));
        china.MatchedReporters.Should().Equal(TradeReporter.ChinaReported);
        costaRica.MatchedReporters.Should().Equal(TradeReporter.PartnerReported);
        china.VerdictText.Should().Be("consistent with the China-reported figure only");
        costaRica.VerdictText.Should().Be("consistent with the partner-reported figure only");

        // The verdicts rest on the two reporters' own totals, which disagree by a factor of about three.
        var partner = Data.BilateralTotalNominalUsd(Cri, 2010, TradeReporter.PartnerReported)!.Value.AmountUsdMillions;
        var reportedByChina = Data.BilateralTotalNominalUsd(Cri, 2010, TradeReporter.ChinaReported)!.Value.AmountUsdMillions;
        china.ComputedValue.Should().Be(reportedByChina * 1_000_000m);
        costaRica.ComputedValue.Should().Be(partner * 1_000_000m);
        (reportedByChina / partner).Should().BeGreaterThan(2.5m);
    }

    [Fact]
    public void No_trade_claim_is_plainly_consistent_when_the_other_reporter_contradicts_it()
    {
        foreach (var check in Data.CheckClaims().Where(c => c.Verdict == ClaimVerdict.Consistent
                     && c.Claim.Topic is ClaimTopic.BilateralTrade or ClaimTopic.ExportsToChina && c.Claim.Country is not null))
        {
            check.MatchedReporters.Should().NotBeEmpty(check.Claim.Id);
            check.Figures.Where(f => f.Value is not null).Should()
                .OnlyContain(f => check.Claim.Quantity.IsSatisfiedBy(f.Value!.Value, 0.05m), check.Claim.Id + ": every figure held agrees");
        }

        Data.CheckClaims().Count(c => c.Verdict == ClaimVerdict.ConsistentWithOneReporter).Should().BeGreaterThanOrEqualTo(2);
    }
}
