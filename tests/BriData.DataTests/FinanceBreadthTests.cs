namespace BriData.DataTests;

/// <summary>AidData at full breadth: the complete country-year totals beside the geolocated records, labelled.</summary>
public sealed class FinanceBreadthTests
{
    private static BriDataset Data => BriDataset.Default;

    private static readonly CountryCode Ven = CountryCode.Parse("VEN");

    [Fact]
    public void Venezuelas_complete_total_is_the_sum_of_its_country_year_rows_and_far_above_the_geolocated_records()
    {
        var complete = Data.CompleteTotalsByCountry().Single(g => g.Key == Ven);
        var rows = Data.AidDataCountryYears.Where(r => r.Country == Ven).ToArray();

        complete.Dimension.Should().Be(AidDataBreadthMetrics.CompleteDimension);
        complete.Total.Amount!.Value.AmountUsd.Should().Be(rows.Sum(r => r.Total.AmountUsd));
        complete.Total.Amount!.Value.Basis.Should().Be(MoneyBasis.ConstantUsd2021);
        complete.Total.RecordCount.Should().Be(rows.Length);

        var breadth = Data.FinanceBreadthByCountry().Single(b => b.Recipient == Ven);
        breadth.Subset!.Amount!.Value.AmountUsd.Should().BeLessThan(complete.Total.Amount!.Value.AmountUsd);
        breadth.SubsetSharePercent.Should().BeInRange(1m, 50m, "the geolocated records hold a fraction of AidData's total for Venezuela");
    }

    [Fact]
    public void The_subset_never_exceeds_the_complete_total_of_a_recipient_and_holds_about_a_third_of_the_region()
    {
        var breadth = Data.FinanceBreadthByCountry();
        breadth.Should().NotBeEmpty();
        foreach (var b in breadth.Where(b => b.Subset?.Amount is not null))
        {
            b.Subset!.Amount!.Value.AmountUsd.Should().BeLessThanOrEqualTo(b.Complete.Amount!.Value.AmountUsd, b.Recipient.Alpha3);
        }

        var complete = breadth.Sum(b => b.Complete.Amount?.AmountUsd ?? 0m);
        var subset = breadth.Sum(b => b.Subset?.Amount?.AmountUsd ?? 0m);
        (subset / complete).Should().BeInRange(0.2m, 0.5m, "about a third (issue 13: USD 116 bn of 388 bn)");
        breadth.Select(b => b.Complete.Amount!.Value.AmountUsd).Should().BeInDescendingOrder("ranked by the complete total");
    }

    [Fact]
    public void A_year_range_narrows_the_complete_totals_and_a_reversed_one_is_refused()
    {
        var all = Data.CompleteTotalsByCountry().Sum(g => g.Total.Amount!.Value.AmountUsd);
        var decade = Data.CompleteTotalsByCountry(2010, 2019).Sum(g => g.Total.Amount!.Value.AmountUsd);
        decade.Should().Be(Data.AidDataCountryYears.Where(r => r.Year is >= 2010 and <= 2019).Sum(r => r.Total.AmountUsd));
        decade.Should().BeLessThan(all);
        var act = () => Data.CompleteTotalsByCountry(2019, 2010);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
