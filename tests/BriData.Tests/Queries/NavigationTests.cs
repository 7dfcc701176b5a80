using BriData.Tests.Fixtures;

namespace BriData.Tests.Queries;

public sealed class NavigationTests
{
    private static BriDataset Data => FixtureData.Dataset;

    [Fact]
    public void A_country_profile_gathers_every_set()
    {
        var peru = Data.Profile(FixtureData.Per);
        peru.Country.Name.Should().Be("Peru");
        peru.Events.Select(e => e.Id).Should().Equal("prc-per-1971", "fta-per-signed", "fta-per-in-force", "fta-per-upgrade-negotiations", "bri-per-2019");
        peru.Agreements.Select(e => e.Id).Should().Equal("fta-per-signed", "fta-per-in-force", "fta-per-upgrade-negotiations", "bri-per-2019");
        peru.Trade.Should().HaveCount(22);
        peru.Trade.Should().OnlyContain(t => t.Reporter == FixtureData.Per || t.Partner == FixtureData.Per);
        peru.Indicators.Select(i => i.Year).Should().Equal(2017, 2018, 2019, 2020);
        peru.Finance.Select(f => f.Id).Should().Equal(101, 102, 103);
        peru.Investments.Select(r => r.Id).Should().Equal("fx-0001", "fx-0002", "fx-0003");
        peru.Projects.Select(p => p.Id).Should().Equal("fx-port", "fx-road-a");
        peru.Initiatives.Select(i => i.Id).Should().Equal("fx-juncao");
        peru.TradeHighlights.Select(h => h.Id).Should().Equal("fx-per-blueberries");
        peru.Claims.Should().HaveCount(5).And.OnlyContain(c => c.Country == FixtureData.Per);
    }

    [Fact]
    public void A_profile_can_be_opened_by_any_name_and_is_empty_not_null_where_the_data_holds_nothing()
    {
        Data.Profile("Perú").Country.Code.Should().Be(FixtureData.Per);
        var nicaragua = Data.Profile("NI");
        nicaragua.Trade.Should().BeEmpty();
        nicaragua.Finance.Should().BeEmpty();
        nicaragua.Projects.Should().BeEmpty();
        nicaragua.Claims.Should().BeEmpty();
        nicaragua.Events.Should().HaveCount(7);
    }

    [Fact]
    public void Opening_a_profile_by_an_ambiguous_or_unknown_name_throws_with_candidates()
    {
        var ambiguous = () => Data.Profile("Dominic");
        ambiguous.Should().Throw<CountryResolutionException>().Which.IsAmbiguous.Should().BeTrue();
        var missing = () => Data.Profile(CountryCode.Parse("BRA"));
        missing.Should().Throw<KeyNotFoundException>();
    }

    [Fact]
    public void A_profile_answers_status_and_trade_questions()
    {
        var peru = Data.Profile(FixtureData.Per);
        peru.StatusAsOf(FixtureData.Day(2020, 1, 1)).IsBriMember.Should().BeTrue();
        (peru.TradeIn(2018, TradeReporter.PartnerReported).Total?.AmountUsdMillions).Should().Be(210m);
        var china = Data.Profile(FixtureData.Chn);
        var act = () => china.StatusAsOf(FixtureData.Day(2020, 1, 1));
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Projects_lead_to_their_records_and_records_back_to_their_projects()
    {
        var road = Data.Projects.Get("fx-road-a");
        Data.FinanceRecordsOf(road).Select(f => f.Id).Should().Equal(101);
        Data.InvestmentRecordsOf(road).Select(r => r.Id).Should().Equal("fx-0003");
        Data.ProjectsOf(Data.Finance.Get(101)).Select(p => p.Id).Should().Equal("fx-road-a");
        Data.ProjectsOf(Data.Finance.Get(102)).Should().BeEmpty();
        Data.ProjectsOf(Data.Investments.Get("fx-0001")).Select(p => p.Id).Should().Equal("fx-port");
        Data.ProjectsOf(Data.Investments.Get("fx-0002")).Should().BeEmpty();
        Data.FinanceRecordsOf(Data.Projects.Get("fx-port")).Should().BeEmpty();
    }

    [Fact]
    public void Any_record_leads_to_its_sources()
    {
        Data.SourcesOf(Data.Finance.Get(101)).Select(s => s.Publisher).Should().Equal("Fixture AidData");
        Data.SourcesOf(Data.Events.Get("bri-pan-2017").AlternativeDates[0]).Select(s => s.Id).Should().Equal("fx-events-alt");
    }
}
