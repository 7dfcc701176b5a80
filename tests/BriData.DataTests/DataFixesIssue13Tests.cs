namespace BriData.DataTests;

/// <summary>
/// Regressions for the data findings of issue 13 (AEI kinds and shares, AidData text fields, lenders, OSM links and
/// recipients, country currency, aliases and capitals, the Nicaragua FTA event), asserted on the shipped data.
/// </summary>
public sealed class DataFixesIssue13Tests
{
    private static BriDataset Data => BriDataset.Default;

    private static InvestmentRecord Investment(string id) => Data.Investments.Single(r => r.Id == id);

    [Fact]
    public void Aei_kinds_are_settled_except_for_15_rows_worth_3850_million()
    {
        var rows = Data.Investments.Where(r => !r.IsTroubled).ToList();
        rows.Count(r => r.Kind == InvestmentKind.Investment).Should().Be(151);
        rows.Count(r => r.Kind == InvestmentKind.Construction).Should().Be(145);
        var unknown = rows.Where(r => r.Kind == InvestmentKind.Unknown).ToList();
        unknown.Should().HaveCount(15);
        unknown.Sum(r => r.Amount.AmountUsdMillions).Should().Be(3850m);
        rows.Where(r => r.Date.Year >= 2020).Count(r => r.Kind == InvestmentKind.Unknown).Should().Be(7, "33 of the 40 rows of 2020-21 are settled by the order of the combined sheet");
    }

    [Fact]
    public void Las_bambas_is_an_investment_of_the_three_investors_combined_share()
    {
        var lasBambas = Investment("cgit-2021f-1351");
        lasBambas.Kind.Should().Be(InvestmentKind.Investment);
        lasBambas.SharePercent.Should().Be(100m);
    }

    [Theory]
    [InlineData("cgit-2021f-0094", 100)]
    [InlineData("cgit-2021f-0401", 100)]
    [InlineData("cgit-2021f-1194", 20)]
    [InlineData("cgit-2021f-1351", 100)]
    public void Several_shares_are_kept_as_the_investors_combined_share(string id, int percent)
    {
        Investment(id).SharePercent.Should().Be(percent);
    }

    [Theory]
    [InlineData("cgit-2021f-2450", InvestmentKind.Construction)]
    [InlineData("cgit-2021f-1656", InvestmentKind.Investment)]
    [InlineData("cgit-2021f-1683", InvestmentKind.Construction)]
    [InlineData("cgit-2021f-2020", InvestmentKind.Investment)]
    [InlineData("cgit-2021f-2046", InvestmentKind.Construction)]
    public void Rows_take_the_kind_of_their_2019_counterpart(string id, InvestmentKind kind)
    {
        var row = Investment(id);
        row.Kind.Should().Be(kind);
        row.SourceIds.Should().Contain("aei-cgit-2019-fall");
    }

    [Fact]
    public void Greenfield_troubled_rows_are_investments_the_rest_stay_unknown()
    {
        var troubled = Data.Investments.Where(r => r.IsTroubled).ToList();
        troubled.Where(r => r.IsGreenfield).Should().OnlyContain(r => r.Kind == InvestmentKind.Investment).And.HaveCount(10);
        troubled.Where(r => !r.IsGreenfield).Should().OnlyContain(r => r.Kind == InvestmentKind.Unknown).And.HaveCount(11);
    }
}
