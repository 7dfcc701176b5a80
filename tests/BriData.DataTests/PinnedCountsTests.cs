namespace BriData.DataTests;

/// <summary>
/// Pins the size of every set of the embedded release. A data change must change these numbers on purpose,
/// which makes it visible in review (CHANGELOG "Data" section).
/// </summary>
public sealed class PinnedCountsTests
{
    private static BriDataset Data => BriDataset.Default;

    [Fact]
    public void Release_version_and_format()
    {
        Data.Version.Should().Be("2026.11.0");
        Data.FormatVersion.Should().Be(DataFormat.CurrentVersion);
    }

    [Fact]
    public void Countries_are_the_33_lac_states_and_china()
    {
        Data.Countries.Should().HaveCount(34);
        Data.Countries.LatinAmericaAndCaribbean.Should().HaveCount(33);
        Data.Countries.Single(c => !c.IsLatinAmericaAndCaribbean).Code.Should().Be(CountryCode.China);
        Data.Countries.Count(c => c.IntermediateRegion == "Caribbean").Should().Be(13);
        Data.Countries.Count(c => c.IntermediateRegion == "Central America").Should().Be(8);
        Data.Countries.Count(c => c.IntermediateRegion == "South America").Should().Be(12);
    }

    [Fact]
    public void Trade_matches_the_imf_dots_file_row_for_row()
    {
        Data.Trade.Should().HaveCount(8827);
        Data.Trade.Count(t => t.IsEstimate).Should().Be(170);
        Data.Trade.Min(t => t.Year).Should().Be(1960);
        Data.Trade.Max(t => t.Year).Should().Be(2020);
    }

    [Fact]
    public void Indicators_cover_34_countries()
    {
        Data.Indicators.Should().HaveCount(2210);
        Data.Indicators.Count(i => i.Population is not null).Should().Be(2210);
        Data.Indicators.Count(i => i.GdpCurrentUsd is not null).Should().Be(1976);
        Data.Indicators.Select(i => i.Country).Distinct().Should().HaveCount(34);
    }

    [Fact]
    public void Finance_holds_the_1183_geolocated_aiddata_records_of_the_33_states()
    {
        Data.Finance.Should().HaveCount(1183, "the geolocated file's 1,188 less 4 Curaçao and 1 Sint Maarten records");
        Data.Finance.Count(f => f.Amount is not null).Should().Be(692);
        Data.Finance.Count(f => f.FlowType is not null).Should().Be(94);
        Data.Finance.All(f => f.IsAggregationSafe).Should().BeTrue();
        Data.Finance.Min(f => f.CommitmentYear).Should().Be(2000);
        Data.Finance.Max(f => f.CommitmentYear).Should().Be(2021);
    }

    [Fact]
    public void Investments_hold_311_aei_rows_and_21_troubled_ones()
    {
        Data.Investments.Should().HaveCount(332);
        Data.Investments.Count(r => r.IsTroubled).Should().Be(21);
        Data.Investments.Count(r => !r.IsTroubled && r.Kind == InvestmentKind.Unknown).Should().Be(15);
        Data.Investments.Where(r => !r.IsTroubled).Min(r => r.Date.Year).Should().Be(2005);
        Data.Investments.Where(r => !r.IsTroubled).Max(r => r.Date.Year).Should().Be(2021);
    }

    [Fact]
    public void Events_per_track()
    {
        Data.Events.Count(e => e.Track == PolicyTrack.DiplomaticRelations).Should().Be(88, "43 imported, 45 curated (issue 13: Taipei intervals, Nicaragua 1990)");
        Data.Events.Count(e => e.Track == PolicyTrack.BeltAndRoad).Should().Be(25, "El Salvador's 2018 memorandum added in issue 13");
        Data.Events.Count(e => e.Track == PolicyTrack.FreeTrade).Should().Be(24);
        Data.Events.Count(e => e.Track == PolicyTrack.Aiib).Should().Be(11);
        Data.Events.Count(e => e.Track == PolicyTrack.RegionalDialogue).Should().Be(5);
    }

    [Fact]
    public void Curated_sets_and_sources()
    {
        Data.Events.Should().HaveCount(153);
        Data.Claims.Should().HaveCount(36);
        Data.Claims.Count(c => c.Id.StartsWith("news-", StringComparison.Ordinal)).Should().Be(20);
        Data.Initiatives.Should().HaveCount(15);
        Data.TradeHighlights.Should().HaveCount(5);
        Data.Sources.Should().HaveCount(441);
        Data.PublishedFigures.Should().HaveCount(109);
        Data.AidDataCountryYears.Should().HaveCount(432);
        Data.Sources.Count(s => s.Kind == SourceKind.Dataset && !s.Id.StartsWith("web-", StringComparison.Ordinal)).Should().Be(19, "one per upstream file family the builder reads, and the GFDC Belt and Road list cited as corroboration");
    }

    [Fact]
    public void Flagship_projects_span_at_least_ten_countries()
    {
        Data.Projects.Should().HaveCount(24);
        Data.Projects.Select(p => p.Country).Distinct().Should().HaveCount(16);
    }
}
