using BriData.Tests.Fixtures;

namespace BriData.Tests.Queries;

public sealed class FilterTests
{
    private static BriDataset Data => FixtureData.Dataset;

    [Fact]
    public void Finance_filters_read_like_the_question()
    {
        Data.Finance.InCountry(FixtureData.Per).Select(f => f.Id).Should().Equal(101, 102, 103);
        Data.Finance.InCountries([FixtureData.Chl, FixtureData.Pan]).Select(f => f.Id).Should().Equal(104, 105, 106);
        Data.Finance.InCountries(Data.Countries.InRegion("Caribbean")).Should().BeEmpty();
        Data.Finance.InRegion(Data.Countries, "South America").Select(f => f.Id).Should().Equal(101, 102, 103, 104, 105);
        Data.Finance.InSector("energy").Select(f => f.Id).Should().Equal(102, 105);
        Data.Finance.WithStatus(FinanceStatus.Completion).Select(f => f.Id).Should().Equal(101, 103, 104, 106, 107);
        Data.Finance.ByLender("china eximbank").Select(f => f.Id).Should().Equal(101, 105);
        Data.Finance.ByLender("CHINA-EXIMBANK").Select(f => f.Id).Should().Equal(101, 105);
        Data.Finance.ByLender("CDB").Should().BeEmpty("spellings are not merged");
        Data.Finance.InYear(2018).Select(f => f.Id).Should().Equal(102, 103, 105);
        Data.Finance.InYears(2016, 2017).Select(f => f.Id).Should().Equal(104, 107);
        Data.Finance.InfrastructureOnly().Select(f => f.Id).Should().Equal(101, 102, 105, 107);
        Data.Finance.AggregationSafe().Select(f => f.Id).Should().NotContain(106).And.HaveCount(6);
    }

    [Fact]
    public void Finance_as_of_a_day_counts_partial_dates_from_their_last_day()
    {
        // 101 2015-06-10, 104 2016-03 (ends 03-31), 107 year 2017 (ends 12-31); 102/103 year 2018 end 2018-12-31; 105 2018-12-20.
        Data.Finance.CommittedAsOf(FixtureData.Day(2018, 6, 30)).Select(f => f.Id).Should().Equal(101, 104, 107);
        Data.Finance.CommittedAsOf(FixtureData.Day(2016, 3, 30)).Select(f => f.Id).Should().Equal(101);
        Data.Finance.CommittedAsOf(FixtureData.Day(2016, 3, 31)).Select(f => f.Id).Should().Equal(101, 104);
        Data.Finance.CommittedAsOf(FixtureData.Day(2018, 12, 31)).Select(f => f.Id).Should().Equal(101, 102, 103, 104, 105, 107);
    }

    [Fact]
    public void Filters_compose_with_linq_and_metrics()
    {
        Data.Finance.InCountry(FixtureData.Per).InSector("ENERGY").TotalConstantUsd2021().Amount.Should().Be(Money.ConstantUsd2021(300_000_000m));
        Data.Finance.Where(f => f.Title.Contains("Road", StringComparison.Ordinal)).InYears(2010, 2020).Should().ContainSingle();
    }

    [Fact]
    public void A_reversed_year_range_or_an_unknown_region_is_an_error()
    {
        var reversed = () => Data.Finance.InYears(2019, 2018).ToList();
        reversed.Should().Throw<ArgumentOutOfRangeException>();
        var region = () => Data.Investments.InRegion(Data.Countries, "Andes").ToList();
        region.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Investment_filters()
    {
        Data.Investments.OfKind(InvestmentKind.Construction).Select(r => r.Id).Should().Equal("fx-0003", "fx-0005");
        Data.Investments.ByInvestor("state grid").Select(r => r.Id).Should().Equal("fx-0004");
        Data.Investments.InSector("TRANSPORT").Select(r => r.Id).Should().Equal("fx-0001", "fx-0003", "fx-0006");
        Data.Investments.AsOf(FixtureData.Day(2019, 5, 15)).Select(r => r.Id).Should().Equal("fx-0002", "fx-0003", "fx-0004", "fx-0005", "fx-0006");
        Data.Investments.AsOf(FixtureData.Day(2019, 5, 31)).Should().HaveCount(6);
        Data.Investments.InRegion(Data.Countries, "Central America").Select(r => r.Id).Should().Equal("fx-0006");
        Data.Investments.InYears(2018, 2019).InCountry(FixtureData.Per).Select(r => r.Id).Should().Equal("fx-0001", "fx-0002");
        Data.Investments.InYear(2017).Select(r => r.Id).Should().Equal("fx-0005");
        Data.Investments.AggregationSafe().Should().HaveCount(5);
        Data.Investments.InCountries(Data.Countries.InRegion("South America")).Should().HaveCount(5);
    }

    [Fact]
    public void Event_filters_by_kind_track_region_year_and_day()
    {
        Data.Events.OfKind(PolicyEventKind.BriMemorandumSigned).Select(e => e.Country!.Value.Alpha3)
            .Should().Equal("PAN", "DMA", "GUY", "CHL", "DOM", "PER", "NIC");
        Data.Events.OnTrack(PolicyTrack.BeltAndRoad).Should().HaveCount(8);
        Data.Events.InRegion(Data.Countries, "Caribbean").OnTrack(PolicyTrack.BeltAndRoad).Select(e => e.Id).Should().Equal("bri-dma-2018", "bri-dom-2018");
        Data.Events.AsOf(FixtureData.Day(2018, 6, 30)).OfKind(PolicyEventKind.BriMemorandumSigned).Select(e => e.Id).Should().Equal("bri-pan-2017");
        Data.Events.InYear(2018).OfKind(PolicyEventKind.BriMemorandumSigned).Should().HaveCount(4);
        Data.Events.RegionWide().Select(e => e.Id).Should().Equal("celac-1");
        Data.Events.InYears(1900, 2100).Should().HaveCount(Data.Events.Count - 1, "the undated event has no year");
        Data.Events.InCountry(FixtureData.Pry).Should().ContainSingle();
        Data.Events.InCountries([FixtureData.Pry, FixtureData.Pan]).Should().HaveCount(6);
        var none = () => Data.Events.OfKind().ToList();
        none.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Trade_filters()
    {
        Data.Trade.InCountry(FixtureData.Pan).Should().HaveCount(6);
        Data.Trade.Bilateral().InCountry(FixtureData.Per).Should().HaveCount(15);
        Data.Trade.WorldTotals().Should().HaveCount(11);
        Data.Trade.WithoutEstimates().Should().HaveCount(47);
        Data.Trade.ReportedBy(FixtureData.Chn).Should().HaveCount(18);
        Data.Trade.WithFlow(TradeFlow.ImportsCif).InYear(2019).Should().HaveCount(5);
        Data.Trade.InYears(2017, 2017).Should().HaveCount(13);
    }

    [Fact]
    public void Project_claim_initiative_and_indicator_filters()
    {
        Data.Projects.OfKind(ProjectKind.Bridge, ProjectKind.Tunnel).Select(p => p.Id).Should().Equal("fx-bridge");
        Data.Projects.FinancedBy("china eximbank").Select(p => p.Id).Should().Equal("fx-road-a", "fx-dam");
        Data.Projects.BuiltBy("COSCO shipping").Select(p => p.Id).Should().Equal("fx-port");
        Data.Projects.WithStatus(ProjectStatus.Operational).Select(p => p.Id).Should().Equal("fx-port", "fx-road-a");
        Data.Projects.InRegion(Data.Countries, "South America").Should().HaveCount(3);
        Data.Projects.InCountry(FixtureData.Pan).Should().ContainSingle();
        Data.Claims.RegionWide().Should().HaveCount(4);
        Data.Claims.OnTopic(ClaimTopic.BilateralTrade).Should().HaveCount(5);
        Data.Claims.InCountry(FixtureData.Chl).Select(c => c.Id).Should().Equal("fx-chl-2018-trade");
        Data.Initiatives.InCountry(FixtureData.Chl).Select(i => i.Id).Should().Equal("fx-juncao");
        Data.Initiatives.InDomain(InitiativeDomain.Climate).Select(i => i.Id).Should().Equal("fx-climate");
        Data.TradeHighlights.InCountry(FixtureData.Chl).Should().BeEmpty();
        Data.Indicators.InCountry(FixtureData.Per).InYears(2018, 2019).Select(r => r.Year).Should().Equal(2018, 2019);
        Data.Indicators.InYear(2020).Should().HaveCount(3);
    }
}
