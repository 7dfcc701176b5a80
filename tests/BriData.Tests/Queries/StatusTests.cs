using BriData.Tests.Fixtures;

namespace BriData.Tests.Queries;

public sealed class StatusTests
{
    private static BriDataset Data => FixtureData.Dataset;

    private static CountryStatus Status(CountryCode c, int y, int m, int d) => Data.StatusOf(c, FixtureData.Day(y, m, d));

    [Fact]
    public void A_memorandum_dated_to_the_month_counts_from_the_last_day_of_that_month()
    {
        var midApril = Status(FixtureData.Per, 2019, 4, 15);
        midApril.Bri.Should().Be(BriStatus.None);
        midApril.UncertainTracks.Should().Equal(PolicyTrack.BeltAndRoad);
        var endApril = Status(FixtureData.Per, 2019, 4, 30);
        endApril.IsBriMember.Should().BeTrue();
        endApril.UncertainTracks.Should().BeEmpty();
        Status(FixtureData.Per, 2019, 3, 31).UncertainTracks.Should().BeEmpty("the month has not begun");
    }

    [Fact]
    public void A_memorandum_dated_to_the_year_is_uncertain_all_year()
    {
        Status(FixtureData.Dma, 2018, 1, 1).UncertainTracks.Should().Equal(PolicyTrack.BeltAndRoad);
        Status(FixtureData.Dma, 2018, 12, 30).Bri.Should().Be(BriStatus.None);
        Status(FixtureData.Dma, 2018, 12, 31).Bri.Should().Be(BriStatus.Member);
    }

    [Fact]
    public void Peru_has_its_fta_in_force_from_the_day_and_an_upgrade_under_negotiation()
    {
        Status(FixtureData.Per, 2009, 12, 31).Fta.Should().Be(FtaStage.Signed);
        var inForce = Status(FixtureData.Per, 2010, 3, 1);
        inForce.HasFtaInForce.Should().BeTrue();
        inForce.FtaUpgrade.Should().Be(FtaStage.None);
        var later = Status(FixtureData.Per, 2020, 1, 1);
        later.FtaUpgrade.Should().Be(FtaStage.UnderNegotiation);
        later.Recognition.Should().Be(DiplomaticRecognition.PeoplesRepublicOfChina);
        later.HasRelationsWithPrc.Should().BeTrue();
        later.Aiib.Should().Be(AiibStage.None);
        later.Events.Should().HaveCount(5);
    }

    [Fact]
    public void A_withdrawal_ends_the_memorandum()
    {
        Status(FixtureData.Pan, 2025, 2, 5).Bri.Should().Be(BriStatus.Member);
        var after = Status(FixtureData.Pan, 2025, 2, 6);
        after.Bri.Should().Be(BriStatus.Withdrawn);
        after.IsBriMember.Should().BeFalse();
    }

    [Fact]
    public void Panama_relations_and_fta_stages_follow_the_events()
    {
        Status(FixtureData.Pan, 2017, 6, 12).Recognition.Should().Be(DiplomaticRecognition.Unknown);
        Status(FixtureData.Pan, 2017, 6, 13).Recognition.Should().Be(DiplomaticRecognition.PeoplesRepublicOfChina);
        Status(FixtureData.Pan, 2018, 4, 1).Fta.Should().Be(FtaStage.Studied);
        var negotiating = Status(FixtureData.Pan, 2018, 6, 12);
        negotiating.Fta.Should().Be(FtaStage.UnderNegotiation);
        negotiating.IsNegotiatingFta.Should().BeTrue();
    }

    [Fact]
    public void Nicaragua_switches_to_taipei_and_back()
    {
        Status(FixtureData.Nic, 1984, 12, 31).Recognition.Should().Be(DiplomaticRecognition.Unknown);
        Status(FixtureData.Nic, 1986, 1, 1).Recognition.Should().Be(DiplomaticRecognition.PeoplesRepublicOfChina);
        var during = Status(FixtureData.Nic, 1990, 6, 30);
        during.Recognition.Should().Be(DiplomaticRecognition.PeoplesRepublicOfChina);
        during.UncertainTracks.Should().Equal(PolicyTrack.DiplomaticRelations);
        var after = Status(FixtureData.Nic, 1991, 1, 1);
        after.Recognition.Should().Be(DiplomaticRecognition.Taipei);
        after.RecognisesTaipei.Should().BeTrue();
        Status(FixtureData.Nic, 2021, 12, 10).Recognition.Should().Be(DiplomaticRecognition.PeoplesRepublicOfChina);
        var now = Status(FixtureData.Nic, 2024, 1, 1);
        now.IsBriMember.Should().BeTrue();
        now.HasFtaInForce.Should().BeTrue();
    }

    [Fact]
    public void A_taipei_listing_is_known_from_its_day_only()
    {
        Status(FixtureData.Pry, 2023, 3, 25).Recognition.Should().Be(DiplomaticRecognition.Unknown);
        Status(FixtureData.Pry, 2023, 3, 26).Recognition.Should().Be(DiplomaticRecognition.Taipei);
    }

    [Fact]
    public void Aiib_stage_advances_and_a_year_dated_accession_is_uncertain_that_year()
    {
        Status(FixtureData.Chl, 2017, 5, 31).Aiib.Should().Be(AiibStage.ProspectiveMember);
        var midYear = Status(FixtureData.Chl, 2021, 6, 30);
        midYear.Aiib.Should().Be(AiibStage.ProspectiveMember);
        midYear.UncertainTracks.Should().Equal(PolicyTrack.Aiib);
        Status(FixtureData.Chl, 2022, 1, 1).IsAiibMember.Should().BeTrue();
    }

    [Fact]
    public void Status_is_asked_for_a_latin_american_or_caribbean_state_of_the_dataset()
    {
        var china = () => Data.StatusOf(FixtureData.Chn, FixtureData.Day(2020, 1, 1));
        china.Should().Throw<ArgumentException>();
        var brazil = () => Data.StatusOf(CountryCode.Parse("BRA"), FixtureData.Day(2020, 1, 1));
        brazil.Should().Throw<KeyNotFoundException>();
    }

    [Fact]
    public void Bri_members_on_a_day()
    {
        Data.BriMembersAsOf(FixtureData.Day(2017, 1, 1)).Should().BeEmpty();
        Data.BriMembersAsOf(FixtureData.Day(2018, 12, 31)).Select(c => c.Code.Alpha3).Should().Equal("CHL", "DMA", "DOM", "GUY", "PAN");
        Data.BriMembersAsOf(FixtureData.Day(2025, 2, 6)).Select(c => c.Code.Alpha3).Should().Equal("CHL", "DMA", "DOM", "GUY", "NIC", "PER");
        Data.StatusOfLac(FixtureData.Day(2025, 2, 6)).Should().HaveCount(8).And.OnlyContain(s => s.AsOf == FixtureData.Day(2025, 2, 6));
    }

    [Fact]
    public void The_timeline_lists_joins_exits_and_switches_in_date_order()
    {
        var timeline = Data.StatusTimeline();
        timeline.Select(c => c.Date).Should().BeInAscendingOrder();
        timeline[0].Should().Match<StatusChange>(c => c.Country == FixtureData.Chl && c.Kind == StatusChangeKind.EstablishedRelationsWithPrc);
        timeline.Where(c => c.Country == FixtureData.Nic).Select(c => c.Kind).Should().Equal(
            StatusChangeKind.EstablishedRelationsWithPrc,
            StatusChangeKind.SwitchedRecognitionToTaipei,
            StatusChangeKind.SuspendedRelationsWithPrc,
            StatusChangeKind.SwitchedRecognitionToPrc,
            StatusChangeKind.JoinedBri,
            StatusChangeKind.FtaSigned,
            StatusChangeKind.FtaEnteredIntoForce);
        timeline.Where(c => c.Country == FixtureData.Pan).Select(c => c.Kind).Should().Equal(
            StatusChangeKind.EstablishedRelationsWithPrc,
            StatusChangeKind.JoinedBri,
            StatusChangeKind.FtaNegotiationsLaunched,
            StatusChangeKind.LeftBri);
        timeline.Where(c => c.Country == FixtureData.Per).Select(c => c.Kind).Should().Contain(StatusChangeKind.FtaUpgradeNegotiationsLaunched);
        timeline.Count(c => c.Kind == StatusChangeKind.JoinedBri).Should().Be(7);
        timeline.Should().NotContain(c => c.Country == FixtureData.Pry, "a listing is an observation, not a change");
        timeline.Single(c => c.Kind == StatusChangeKind.LeftBri).Event.Id.Should().Be("bri-pan-withdrawn");
        timeline.Single(c => c.Kind == StatusChangeKind.JoinedAiib).ToString().Should().Be("2021 CHL joined AIIB");
    }

    [Fact]
    public void The_as_of_rule_is_public_and_exact_at_the_edges()
    {
        var year = new PartialDate(2018);
        AsOfRule.HappenedBy(year, FixtureData.Day(2018, 12, 30)).Should().BeFalse();
        AsOfRule.HappenedBy(year, FixtureData.Day(2018, 12, 31)).Should().BeTrue();
        AsOfRule.MayHaveHappenedBy(year, FixtureData.Day(2017, 12, 31)).Should().BeFalse();
        AsOfRule.MayHaveHappenedBy(year, FixtureData.Day(2018, 1, 1)).Should().BeTrue();
        AsOfRule.IsUncertainOn(year, FixtureData.Day(2018, 7, 1)).Should().BeTrue();
        AsOfRule.IsUncertainOn(new PartialDate(2018, 7, 1), FixtureData.Day(2018, 7, 1)).Should().BeFalse();
    }
}
