namespace BriData.DataTests;

/// <summary>
/// Every fact of the seed article (CGTN, November 2024) is in the dataset, where it belongs in the model, and
/// attributed to the article (source id <c>cgtn-2024-shared-future</c>). Asserted through the public API only.
/// </summary>
public sealed class SeedArticleFactsTests
{
    private const string Seed = "cgtn-2024-shared-future";
    private static BriDataset Data => BriDataset.Default;
    private static CountryCode Code(string text) => CountryCode.Parse(text);

    [Fact]
    public void The_seed_article_is_a_source_with_publisher_and_address()
    {
        var seed = Data.Sources.Get(Seed);
        seed.Publisher.Should().Be("CGTN");
        seed.Kind.Should().Be(SourceKind.NewsArticle);
        seed.Published.Should().Be(PartialDate.Parse("2024-11"));
        seed.Address.Should().Contain("cgtn.com");
    }

    [Fact]
    public void Fact_1_Chancay_port_began_operations_on_14_November_2024_built_by_chinese_companies_under_the_bri()
    {
        var chancay = Data.Projects.Get("chancay-port");
        chancay.Country.Should().Be(Code("PER"));
        chancay.Kind.Should().Be(ProjectKind.Port);
        chancay.IsBri.Should().BeTrue();
        chancay.Builders.Should().NotBeEmpty();
        var opening = chancay.Milestones.Single(m => m.Kind == MilestoneKind.OperationsStarted);
        opening.Date.Should().Be(new PartialDate(2024, 11, 14));
        opening.SourceIds.Should().Contain(Seed);
        opening.Note.Should().Contain("Xi Jinping").And.Contain("Boluarte").And.Contain("video link");
        chancay.SourceIds.Concat(chancay.Milestones.SelectMany(m => m.SourceIds)).Should().Contain(Seed);
        chancay.InvestmentRecordIds.Select(id => Data.Investments.Get(id).Investor).Should().Contain(i => i.Contains("COSCO", StringComparison.Ordinal));
    }

    [Fact]
    public void Fact_2_the_peru_fta_of_2009_its_2024_upgrade_protocol_and_the_trade_claims()
    {
        var original = Data.Events.Get("fta-per-signed-2009-04-28");
        original.Kind.Should().Be(PolicyEventKind.FtaSigned);
        original.SourceIds.Should().Contain(Seed);

        var upgrade = Data.Events.Get("fta-per-upgrade-signed-2024-11");
        upgrade.IsUpgrade.Should().BeTrue();
        upgrade.Date!.Value.Precision.Should().Be(DatePrecision.Month);
        upgrade.AlternativeDates.Should().ContainSingle(a => a.Date == new PartialDate(2024, 11, 14) && a.SourceIds.Contains(Seed));

        var trade = Data.Claims.Get("cgtn-2024-per-bilateral-trade-2023");
        trade.Country.Should().Be(Code("PER"));
        trade.Topic.Should().Be(ClaimTopic.BilateralTrade);
        trade.Quantity.Should().Be(new ClaimQuantity(37_690_000_000m, QuantityBound.About, MeasureUnit.Usd, PartialDate.Parse("2023")));

        var share = Data.Claims.Get("cgtn-2024-per-export-share");
        share.Quantity.Value.Should().Be(40m);
        share.Quantity.Unit.Symbol.Should().Be("percent");

        var rank = Data.Claims.Get("cgtn-2024-per-partner-rank");
        rank.Topic.Should().Be(ClaimTopic.PartnerRank);
        rank.Quantity.Value.Should().Be(1m);
        rank.SourceIds.Should().Contain(Seed).And.HaveCountGreaterThan(1, "a second source confirms it");
    }

    [Fact]
    public void Fact_2_disagreeing_figures_stay_visible_as_separate_claims()
    {
        // Peru's own figures for 2023: about USD 36 bn of trade (news figures), about 36 % of exports.
        Data.Claims.Get("news-per-2023-total-trade").Quantity.Value.Should().Be(36_000_000_000m);
        Data.Claims.Get("comexperu-2024-per-export-share-2023").Quantity.Value.Should().Be(36m);
    }

    [Fact]
    public void Fact_3_July_2014_brasilia_meeting_with_leaders_of_11_countries()
    {
        var meeting = Data.Events.Get("celac-leaders-meeting-2014-07-17");
        meeting.Kind.Should().Be(PolicyEventKind.LeadersMeeting);
        meeting.Location.Should().Be("Brasília");
        meeting.SourceIds.Should().Contain(Seed);
        var leaders = Data.Claims.Get("cgtn-2024-lac-leaders-met-brasilia-2014");
        leaders.Quantity.Value.Should().Be(11m);
        leaders.Quantity.Bound.Should().Be(QuantityBound.Exact);
        leaders.Quantity.AsOf.Should().Be(new PartialDate(2014, 7));
    }

    [Theory]
    [InlineData("suriname-village-solar-microgrids", "SUR", ProjectKind.Solar)]
    [InlineData("jamaica-north-south-highway", "JAM", ProjectKind.Highway)]
    [InlineData("regiotram-de-occidente", "COL", ProjectKind.LightRail)]
    public void Facts_4_to_6_the_projects_the_article_names(string id, string country, ProjectKind kind)
    {
        var project = Data.Projects.Get(id);
        project.Country.Should().Be(Code(country));
        project.Kind.Should().Be(kind);
        project.Builders.Should().NotBeEmpty("the article says they are Chinese-built");
    }

    [Fact]
    public void Fact_5_the_north_south_highway_is_linked_to_its_aiddata_loans()
    {
        Data.Projects.Get("jamaica-north-south-highway").FinanceRecordIds.Should().Contain([64345, 69279]);
        Data.Finance.Get(64345).Lender.Should().Be("China Development Bank");
    }

    [Fact]
    public void Fact_6_regiotram_commute_of_30_to_40_minutes()
    {
        var commute = Data.Projects.Get("regiotram-de-occidente").Measures.Single(m => m.SourceIds.Contains(Seed));
        commute.Unit.Symbol.Should().Be("minutes");
        commute.Value.Should().Be(40m);
    }

    [Theory]
    [InlineData("cgtn-2024-lac-infrastructure-projects", ClaimTopic.InfrastructureProjects, 200, QuantityBound.Over, "projects")]
    [InlineData("cgtn-2024-lac-transport-length", ClaimTopic.TransportLength, 1000, QuantityBound.MultipleOf, "km")]
    [InlineData("cgtn-2024-lac-social-facilities", ClaimTopic.SocialFacilities, 100, QuantityBound.Over, "facilities")]
    [InlineData("cgtn-2024-lac-bridges-tunnels", ClaimTopic.BridgesAndTunnels, 100, QuantityBound.Nearly, "facilities")]
    [InlineData("cgtn-2024-lac-airports-ports", ClaimTopic.AirportsAndPorts, 12, QuantityBound.MultipleOf, "facilities")]
    [InlineData("cgtn-2024-lac-jobs-created", ClaimTopic.JobsCreated, 1_000_000, QuantityBound.Nearly, "jobs")]
    public void Fact_7_region_wide_claims_as_of_September_2023(string id, ClaimTopic topic, int value, QuantityBound bound, string unit)
    {
        var claim = Data.Claims.Get(id);
        claim.Country.Should().BeNull("the claim is about the whole region");
        claim.Topic.Should().Be(topic);
        claim.Quantity.Should().Be(new ClaimQuantity(value, bound, MeasureUnit.Parse(unit), new PartialDate(2023, 9)));
        claim.SourceIds.Should().Contain(Seed);
    }

    [Theory]
    [InlineData("grenada-national-development-strategy", InitiativeDomain.DevelopmentPlanning, "GRD")]
    [InlineData("cuba-industrial-development-plan", InitiativeDomain.IndustrialPlanning, "CUB")]
    [InlineData("el-salvador-human-resources", InitiativeDomain.HumanResources, "SLV")]
    [InlineData("trinidad-tobago-human-resources", InitiativeDomain.HumanResources, "TTO")]
    [InlineData("south-south-climate-uruguay", InitiativeDomain.Climate, "URY")]
    [InlineData("china-brazil-scientist-exchanges", InitiativeDomain.ScienceTechnology, "BRA")]
    [InlineData("china-brazil-regional-aircraft", InitiativeDomain.ScienceTechnology, "BRA")]
    [InlineData("cbers-earth-resources-satellites", InitiativeDomain.ScienceTechnology, "BRA")]
    public void Facts_8_10_12_country_initiatives(string id, InitiativeDomain domain, string country)
    {
        var initiative = Data.Initiatives.Get(id);
        initiative.Domain.Should().Be(domain);
        initiative.Countries.Should().Contain(Code(country));
        initiative.SourceIds.Should().Contain(Seed);
    }

    [Theory]
    [InlineData("bamboo-cultivation-techniques", InitiativeDomain.Agriculture)]
    [InlineData("juncao-mushroom-techniques", InitiativeDomain.Agriculture)]
    [InlineData("agricultural-technology-programmes", InitiativeDomain.Agriculture)]
    [InlineData("food-aid", InitiativeDomain.FoodAid)]
    [InlineData("disaster-reconstruction", InitiativeDomain.DisasterRelief)]
    [InlineData("health-services", InitiativeDomain.Health)]
    [InlineData("south-south-climate-caribbean-islands", InitiativeDomain.Climate)]
    public void Facts_9_10_region_wide_initiatives(string id, InitiativeDomain domain)
    {
        var initiative = Data.Initiatives.Get(id);
        initiative.Domain.Should().Be(domain);
        initiative.IsRegionWide.Should().BeTrue();
        initiative.SourceIds.Should().Contain(Seed);
    }

    [Theory]
    [InlineData("chile-cherries", "CHL")]
    [InlineData("mexico-avocados", "MEX")]
    [InlineData("ecuador-shrimp", "ECU")]
    [InlineData("nicaragua-beef", "NIC")]
    [InlineData("colombia-coffee", "COL")]
    public void Fact_11_farm_products_reaching_chinese_households(string id, string country)
    {
        var highlight = Data.TradeHighlights.Get(id);
        highlight.Country.Should().Be(Code(country));
        highlight.IsExportToChina.Should().BeTrue();
        highlight.SourceIds.Should().Contain(Seed).And.HaveCountGreaterThan(1, "a second source confirms each product");
    }

    [Fact]
    public void Every_record_citing_the_seed_article_resolves_its_sources()
    {
        var citing = Data.Claims.Cast<ISourced>().Concat(Data.Initiatives).Concat(Data.TradeHighlights).Concat(Data.Projects).Concat(Data.Events)
            .Where(r => r.SourceIds.Contains(Seed)).ToList();
        citing.Should().HaveCountGreaterThanOrEqualTo(30);
        citing.SelectMany(r => r.SourceIds).Should().OnlyContain(id => Data.Sources.Contains(id));
    }
}
