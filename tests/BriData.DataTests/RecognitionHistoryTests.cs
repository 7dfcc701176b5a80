namespace BriData.DataTests;

/// <summary>
/// Issue 13, items 1 and 2: the recognition history of the 33 states (relations with the PRC and with Taipei as
/// intervals with start and end events) and Belt and Road membership, asserted on the shipped data.
/// </summary>
public sealed class RecognitionHistoryTests
{
    private static BriDataset Data => BriDataset.Default;

    private static CountryCode C(string alpha3) => CountryCode.Parse(alpha3);

    /// <summary>
    /// The number of Latin American and Caribbean states recognising Taipei on a day. Published lists it is pinned
    /// against (counting only the LAC states they name):
    /// <list type="bullet">
    /// <item>2004-04-01, 13: BBC News, "Taiwan's 'Caribbean headache'" (30 March 2004, after Dominica left): 12 allies in
    /// the Caribbean basin and Central America, plus Paraguay; http://news.bbc.co.uk/2/hi/asia-pacific/3583733.stm</item>
    /// <item>2008-04-01, 12: Mario Esteban, "The diplomatic battle between Beijing and Taipei in Latin America and the
    /// Caribbean" (paper for the European Association of Taiwan Studies conference, Prague, 18–20 April 2008): 12 of
    /// Taiwan's 24 allies are in the Americas, 6 in Central America, 5 in the Caribbean and 1 in South America;
    /// https://paperzz.com/doc/8958948/taiwan-s-diplomatic-recognition-in-the-shadow-of-china-s-...</item>
    /// <item>2018-01-01, 11: Elisa Hsiu-chi Wang, UNISCI Journal no. 46 (January 2018): 11 of the ROC's 20 allies are
    /// in Latin America (after Panama, before the Dominican Republic left in May 2018);
    /// https://docslib.org/doc/11259123/challenges-for-the-republic-of-china-diplomatic-relations-with-latin-america-after-the-regime-rotation-in-2016</item>
    /// <item>2017-07-01, 11: AP, "Taiwan down to 20 allies as Beijing steps up the pressure" (June 2017, after Panama
    /// left): six Central and South American and five Caribbean allies;
    /// https://apnews.com/c9f7cce0c4bb43e5a967c1cdee1db231/Taiwan-down-to-20-allies-as-Beijing-steps-up-the-pressure</item>
    /// <item>2020-01-01, 9: South China Morning Post (December 2021, before Nicaragua left; no LAC state changed sides
    /// between El Salvador in August 2018 and Nicaragua in December 2021): Nicaragua was one of nine allies in the
    /// region; https://www.watchonlinelivestreaming.com/news/who-needs-nicaragua-taiwan-and-the-tug-of-war-for-diplomatic-allies-2435.html</item>
    /// <item>2024-01-01, 7: Reuters, "And then there were 13: Taiwan's diplomatic allies" (26 March 2023, after Honduras
    /// left), seven states under Latin America and Caribbean;
    /// https://www.dailymail.co.uk/wires/reuters/article-11903321/And-13-Taiwans-diplomatic-allies.html</item>
    /// <item>1990-01-01, 15; 2000-01-01, 14; 2010-01-01, 12: no single list was found; the counts follow from the
    /// dated start and end events, each with its own page (for example Bahamas 1989–1997, Saint Lucia 1984–1997 and
    /// from 2007, Grenada 1989–2005, Costa Rica 1944–2007), and agree with the lists above at their dates.</item>
    /// </list>
    /// Before the fix only the 2023 listing and three switches were recorded: 3 on 2020-01-01.
    /// </summary>
    [Theory]
    [InlineData(1990, 15)]
    [InlineData(2000, 14)]
    [InlineData(2004, 13, 4)]
    [InlineData(2008, 12, 4)]
    [InlineData(2010, 12)]
    [InlineData(2017, 11, 7)]
    [InlineData(2018, 11)]
    [InlineData(2020, 9)]
    [InlineData(2024, 7)]
    public void Lac_states_recognising_taipei_match_published_lists(int year, int expected, int month = 1)
    {
        var day = new DateOnly(year, month, 1);
        Data.StatusOfLac(day).Count(s => s.RecognisesTaipei).Should().Be(expected);
    }

    [Fact]
    public void Taipei_allies_on_2020_01_01_are_the_nine_named()
    {
        Data.StatusOfLac(new DateOnly(2020, 1, 1)).Where(s => s.RecognisesTaipei).Select(s => s.Country.Alpha3)
            .Should().BeEquivalentTo("BLZ", "GTM", "HTI", "HND", "NIC", "PRY", "KNA", "LCA", "VCT");
    }

    [Theory]
    [InlineData(1990)]
    [InlineData(2000)]
    [InlineData(2010)]
    [InlineData(2020)]
    [InlineData(2024)]
    public void No_state_has_an_unknown_recognition_on_the_pinned_dates(int year)
    {
        var statuses = Data.StatusOfLac(new DateOnly(year, 1, 1));
        statuses.Should().HaveCount(33);
        statuses.Where(s => s.Recognition == DiplomaticRecognition.Unknown).Select(s => s.Country.Alpha3).Should().BeEmpty();
        // Nicaragua's switch to Taipei and the PRC's suspension are known only to the year 1990: on 1990-01-01 the
        // answer is the certain one (the PRC) and the track is flagged, as the as-of rule says.
        statuses.Where(s => s.UncertainTracks.Contains(PolicyTrack.DiplomaticRelations)).Select(s => s.Country.Alpha3)
            .Should().Equal(year == 1990 ? ["NIC"] : System.Array.Empty<string>());
    }

    [Fact]
    public void The_states_that_only_had_a_2023_listing_recognise_taipei_from_their_start_date()
    {
        Data.StatusOf(C("GTM"), new DateOnly(1950, 1, 1)).RecognisesTaipei.Should().BeTrue();
        Data.StatusOf(C("HTI"), new DateOnly(1957, 1, 1)).RecognisesTaipei.Should().BeTrue();
        Data.StatusOf(C("PRY"), new DateOnly(1957, 7, 8)).RecognisesTaipei.Should().BeTrue();
        Data.StatusOf(C("PRY"), new DateOnly(1957, 7, 7)).Recognition.Should().Be(DiplomaticRecognition.Unknown);
        Data.StatusOf(C("VCT"), new DateOnly(1981, 8, 15)).RecognisesTaipei.Should().BeTrue();
        Data.StatusOf(C("KNA"), new DateOnly(1983, 10, 31)).RecognisesTaipei.Should().BeTrue();
    }

    /// <summary>Every switch the sources document, with the day (or month) of the PRC's relations.</summary>
    [Theory]
    [InlineData("NIC", "2021-12-10", StatusChangeKind.SwitchedRecognitionToPrc)]
    [InlineData("HND", "2023-03-26", StatusChangeKind.SwitchedRecognitionToPrc)]
    [InlineData("SLV", "2018-08-21", StatusChangeKind.SwitchedRecognitionToPrc)]
    [InlineData("DOM", "2018-05-01", StatusChangeKind.SwitchedRecognitionToPrc)]
    [InlineData("PAN", "2017-06-13", StatusChangeKind.SwitchedRecognitionToPrc)]
    [InlineData("CRI", "2007-06-01", StatusChangeKind.SwitchedRecognitionToPrc)]
    [InlineData("GRD", "2005-01-20", StatusChangeKind.SwitchedRecognitionToPrc)]
    [InlineData("DMA", "2004-03-23", StatusChangeKind.SwitchedRecognitionToPrc)]
    [InlineData("LCA", "1997-09-01", StatusChangeKind.SwitchedRecognitionToPrc)]
    [InlineData("BHS", "1997-05-23", StatusChangeKind.SwitchedRecognitionToPrc)]
    [InlineData("NIC", "1985-12", StatusChangeKind.SwitchedRecognitionToPrc)]
    [InlineData("ARG", "1972-02-19", StatusChangeKind.SwitchedRecognitionToPrc)]
    [InlineData("MEX", "1972-02-14", StatusChangeKind.SwitchedRecognitionToPrc)]
    [InlineData("BRA", "1974-08-15", StatusChangeKind.SwitchedRecognitionToPrc)]
    [InlineData("PER", "1971-11-02", StatusChangeKind.SwitchedRecognitionToPrc)]
    [InlineData("CHL", "1970-12-15", StatusChangeKind.SwitchedRecognitionToPrc)]
    [InlineData("VEN", "1974-06-28", StatusChangeKind.SwitchedRecognitionToPrc)]
    [InlineData("CUB", "1960-09-28", StatusChangeKind.SwitchedRecognitionToPrc)]
    [InlineData("COL", "1980-02-07", StatusChangeKind.SwitchedRecognitionToPrc)]
    [InlineData("ECU", "1980-01-02", StatusChangeKind.SwitchedRecognitionToPrc)]
    [InlineData("BOL", "1985-07-09", StatusChangeKind.SwitchedRecognitionToPrc)]
    [InlineData("LCA", "2007-04-30", StatusChangeKind.SwitchedRecognitionToTaipei)]
    [InlineData("NIC", "1990", StatusChangeKind.SwitchedRecognitionToTaipei)]
    [InlineData("BLZ", "1989-10-11", StatusChangeKind.SwitchedRecognitionToTaipei)]
    [InlineData("GRD", "1989", StatusChangeKind.SwitchedRecognitionToTaipei)]
    public void Every_switch_of_recognition_is_in_the_timeline(string country, string date, StatusChangeKind kind)
    {
        Data.StatusTimeline().Should().ContainSingle(c => c.Country == C(country) && c.Kind == kind && c.Date == PartialDate.Parse(date));
    }

    [Fact]
    public void The_timeline_has_no_other_switches()
    {
        var switches = Data.StatusTimeline()
            .Where(c => c.Kind is StatusChangeKind.SwitchedRecognitionToPrc or StatusChangeKind.SwitchedRecognitionToTaipei)
            .ToList();
        switches.Should().HaveCount(25, "the 25 switches listed in Every_switch_of_recognition_is_in_the_timeline");
    }

    [Fact]
    public void Mexico_recognises_neither_between_its_break_with_taipei_and_its_communique_with_the_prc()
    {
        Data.StatusOf(C("MEX"), new DateOnly(1971, 11, 15)).RecognisesTaipei.Should().BeTrue();
        Data.StatusOf(C("MEX"), new DateOnly(1972, 1, 1)).Recognition.Should().Be(DiplomaticRecognition.NoRelationsWithPrc);
        Data.StatusOf(C("MEX"), new DateOnly(1972, 2, 14)).HasRelationsWithPrc.Should().BeTrue();
        Data.StatusTimeline().Should().ContainSingle(c => c.Country == C("MEX") && c.Kind == StatusChangeKind.EndedRecognitionOfTaipei);
    }

    [Fact]
    public void Ecuador_recognises_neither_government_between_1971_and_1980()
    {
        Data.StatusOf(C("ECU"), new DateOnly(1970, 1, 1)).RecognisesTaipei.Should().BeTrue();
        Data.StatusOf(C("ECU"), new DateOnly(1975, 1, 1)).Recognition.Should().Be(DiplomaticRecognition.NoRelationsWithPrc);
        Data.StatusOf(C("ECU"), new DateOnly(1980, 1, 2)).HasRelationsWithPrc.Should().BeTrue();
    }

    [Fact]
    public void The_prc_suspends_relations_with_nicaragua_in_1990()
    {
        Data.Events.OfKind(PolicyEventKind.PrcRelationsSuspended).InCountry(C("NIC"))
            .Should().ContainSingle(e => e.Date == new PartialDate(1990));
        Data.StatusOf(C("NIC"), new DateOnly(1988, 1, 1)).HasRelationsWithPrc.Should().BeTrue();
        Data.StatusOf(C("NIC"), new DateOnly(1991, 1, 1)).RecognisesTaipei.Should().BeTrue();
    }

    [Fact]
    public void A_taipei_interval_ends_the_day_its_end_event_says()
    {
        Data.StatusOf(C("SLV"), new DateOnly(2018, 8, 19)).RecognisesTaipei.Should().BeTrue();
        Data.StatusOf(C("SLV"), new DateOnly(2018, 8, 20)).Recognition.Should().Be(DiplomaticRecognition.NoRelationsWithPrc);
        Data.StatusOf(C("SLV"), new DateOnly(2018, 8, 21)).HasRelationsWithPrc.Should().BeTrue();
        Data.Events.OfKind(PolicyEventKind.TaipeiRelationsEnded).Should().HaveCount(19);
        Data.Events.OfKind(PolicyEventKind.TaipeiRelationsEnded).Should().OnlyContain(e => e.SourceIds.Count > 0 && e.Date != null);
    }

    [Theory]
    [InlineData("prc-nic-relations-established-1985", "1985-12")]
    [InlineData("prc-lca-relations-established-1997", "1997-09-01")]
    [InlineData("prc-grd-relations-established-1985-10", "1985-10-01")]
    [InlineData("fta-chl-in-force-2006-10", "2006-10-01")]
    public void Coarse_dates_are_made_as_precise_as_the_sources_allow(string id, string date)
    {
        Data.Events.Single(e => e.Id == id).Date.Should().Be(PartialDate.Parse(date));
    }

    [Fact]
    public void Disagreeing_dates_are_kept_as_alternatives()
    {
        Data.Events.Single(e => e.Id == "prc-hti-taipei-recognized-1956").AlternativeDates.Select(a => a.Date).Should().Equal(new PartialDate(1954));
        Data.Events.Single(e => e.Id == "prc-hnd-taipei-recognized-1941-04-09").AlternativeDates.Select(a => a.Date).Should().Equal(new PartialDate(1985));
        Data.Events.Single(e => e.Id == "prc-pan-taipei-relations-ended-2017-06-12").AlternativeDates.Select(a => a.Date).Should().Equal(new PartialDate(2017, 6, 13));
    }

    [Fact]
    public void Bri_members_in_lac_on_2022_03_31_include_el_salvador()
    {
        var members = Data.BriMembersAsOf(new DateOnly(2022, 3, 31)).Select(c => c.Code.Alpha3).ToList();
        members.Should().BeEquivalentTo(
            "ATG", "ARG", "BRB", "BOL", "CHL", "CRI", "CUB", "DMA", "DOM", "ECU", "SLV",
            "GRD", "GUY", "JAM", "NIC", "PAN", "PER", "SUR", "TTO", "URY", "VEN");
        Data.BriMembersAsOf(new DateOnly(2018, 12, 31)).Should().Contain(c => c.Code == C("SLV"));
    }

    [Theory]
    [InlineData("bri-cub-mou-signed-2018-11", "2019-06-20")]
    [InlineData("bri-dom-mou-signed-2018-11", "2019-12-01")]
    [InlineData("bri-ury-mou-signed-2018-08", "2018-02-01")]
    [InlineData("bri-hnd-mou-signed-2023-06-12", "2023-10-18")]
    [InlineData("bri-nic-mou-signed-2022-01-10", "2022-01-06")]
    [InlineData("bri-pan-withdrawn-2025-02-06", "2025-05-04")]
    [InlineData("bri-slv-mou-signed-2018", "2018-11-01")]
    public void The_compilers_bri_dates_are_kept_beside_the_recorded_ones(string id, string compilerDate)
    {
        var e = Data.Events.Single(x => x.Id == id);
        e.AlternativeDates.Should().Contain(a => a.Date == PartialDate.Parse(compilerDate) && a.SourceIds.Contains("gfdc-bri-countries"));
        e.Date.Should().NotBe(PartialDate.Parse(compilerDate));
    }
}
