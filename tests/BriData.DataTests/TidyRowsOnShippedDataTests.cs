using BriData.Loading;

namespace BriData.DataTests;

/// <summary>The whole dataset as tidy rows: every set of the release appears, none is forgotten when a set is added.</summary>
public sealed class TidyRowsOnShippedDataTests
{
    private static BriDataset Data => BriDataset.Default;

    [Fact]
    public void Every_set_of_the_release_becomes_rows()
    {
        var sets = Data.ToTidyRows().Select(r => r.Set).Distinct().ToArray();
        sets.Should().BeEquivalentTo(DataSetName.All, "ToTidyRows(data) must enumerate every set the release holds");
    }

    [Fact]
    public void Published_figures_keep_their_own_unit_and_aiddata_totals_give_one_row_per_amount_column()
    {
        var published = Data.PublishedFigures.ToTidyRows().ToList();
        published.Should().HaveCount(Data.PublishedFigures.Count);
        published.Select(r => r.Unit).Distinct().Should().BeEquivalentTo(Data.PublishedFigures.Select(f => f.Unit.Symbol).Distinct());

        var venezuela2010 = Data.AidDataCountryYears.Single(r => r.Country == CountryCode.Parse("VEN") && r.Year == 2010);
        var rows = new[] { venezuela2010 }.ToTidyRows().ToList();
        rows.Select(r => r.Measure).Should().Equal(
            "oda_like_constant_usd_2021", "oof_like_constant_usd_2021", "vague_constant_usd_2021",
            "oda_like_adjusted_constant_usd_2021", "oof_like_adjusted_constant_usd_2021", "vague_adjusted_constant_usd_2021");
        rows.Take(3).Sum(r => r.Value).Should().Be(venezuela2010.Total.AmountUsd, "the three flow classes of AidData's amount make its total");
        rows.Should().OnlyContain(r => r.Entity == "VEN");
        rows.Should().OnlyContain(r => r.Unit == "USD (constant 2021)" && r.Dimension("year") == "2010");
    }
}
