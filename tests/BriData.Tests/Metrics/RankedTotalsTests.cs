using BriData.Tests.Fixtures;

namespace BriData.Tests.Metrics;

/// <summary>Category totals come back ranked by amount with a 1-based rank; totals by year stay a time series.</summary>
public sealed class RankedTotalsTests
{
    private static BriDataset Data => FixtureData.Dataset;

    [Fact]
    public void Finance_totals_by_country_are_sorted_by_amount_with_their_rank()
    {
        // PER 100 m + 300 m (103 has no amount), CHL 50 m + 200 m, CUW 20 m; PAN's only record is not aggregation-safe.
        var totals = Data.Finance.TotalsByCountry();
        totals.Select(g => g.Key.ToString()).Should().Equal("PER", "CHL", "CUW");
        totals.Select(g => g.Rank).Should().Equal(1, 2, 3);
        (totals[0].Total.Amount?.AmountUsdMillions).Should().Be(400m);
        totals[0].ToString().Should().StartWith("#1 country PER: USD 400.0 m (constant 2021) from 3 records (1 without amount, 0 excluded)");
    }

    [Fact]
    public void Totals_by_year_keep_year_order_but_carry_the_rank()
    {
        var byYear = Data.Finance.TotalsByYear();
        byYear.Select(g => g.Key).Should().BeInAscendingOrder();
        byYear.Where(g => g.Total.Amount is not null).Select(g => g.Rank!.Value).Should().OnlyHaveUniqueItems().And.Contain(1);
    }

    [Fact]
    public void A_group_without_an_amount_has_no_rank_and_comes_last()
    {
        var records = Data.Finance.Where(r => r.Id is 103 or 104).ToArray();
        var byCountry = records.TotalsByCountry();
        byCountry.Select(g => g.Key.ToString()).Should().Equal("CHL", "PER");
        byCountry[0].Rank.Should().Be(1);
        byCountry[1].Rank.Should().BeNull();
        byCountry[1].ToString().Should().StartWith("country PER: no amount from 1 record ");
    }

    [Fact]
    public void Equal_amounts_share_a_rank_and_the_next_rank_is_skipped()
    {
        var records = Data.Finance.Where(r => r.Id is 101 or 102 or 105).ToArray();
        var bySector = records.TotalsConstantUsd2021By("same", r => r.Id == 102 ? "B" : r.Id == 101 ? "A" : "C");
        // A 100 m, B 300 m, C 200 m in key order; ranks follow the amount.
        bySector.Select(g => g.Key).Should().Equal("A", "B", "C");
        bySector.Select(g => g.Rank).Should().Equal(3, 1, 2);

        // 102 alone (300 m) ties with 101 + 105 (100 m + 200 m); 104 (50 m) is then third, not second.
        var tied = Data.Finance.Where(r => r.Id is 101 or 102 or 104 or 105)
            .TotalsConstantUsd2021By("group", r => r.Id == 102 ? "A" : r.Id == 104 ? "C" : "B");
        tied.Select(g => g.Rank).Should().Equal(1, 1, 3);
    }

    [Fact]
    public void Investment_totals_by_country_are_ranked_too()
    {
        var totals = Data.Investments.TotalsByCountry(InvestmentKind.Investment);
        totals.Where(g => g.Rank is not null).Select(g => g.Total.Amount!.Value.AmountUsd).Should().BeInDescendingOrder();
        totals.Where(g => g.Rank is not null).Select(g => g.Rank!.Value).Should().BeInAscendingOrder().And.StartWith(1);
    }
}
