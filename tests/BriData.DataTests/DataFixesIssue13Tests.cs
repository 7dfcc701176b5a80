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

    private static FinanceRecord Finance(int id) => Data.Finance.Single(r => r.Id == id);

    [Fact]
    public void Aiddata_text_fields_never_hold_na()
    {
        Finance(60071).ImplementingAgencyType.Should().BeNull();
        Finance(36363).ImplementingAgencyType.Should().BeNull();
        foreach (var f in Data.Finance)
        {
            new[] { f.Title, f.Lender, f.Sector, f.FlowType, f.FlowClass, f.Intent, f.FundingAgencyType, f.ImplementingAgencyType, f.LocationPrecision }
                .Should().NotContain("NA", "record {0}", f.Id);
        }
    }

    [Theory]
    [InlineData(54589, "ICBC")]
    [InlineData(64587, "Bank of China")]
    [InlineData(70358, "China Eximbank")]
    [InlineData(59959, "China Development Bank")]
    [InlineData(97083, "Chinese Embassy")]
    [InlineData(37914, "China Development Bank")]
    [InlineData(38420, "China Development Bank")]
    [InlineData(91086, "China")]
    [InlineData(38302, "Chinese Embassy")]
    [InlineData(56273, "Chinese Government")]
    [InlineData(71929, "Chinese Embassy")]
    [InlineData(72021, "China Harbour Engineering Company")]
    [InlineData(89288, "Chinese Embassy")]
    [InlineData(85363, "China Co-Financing Fund for Latin America and the Caribbean")]
    [InlineData(64615, "China Development Bank|Bank of China|Agricultural Bank of China")]
    [InlineData(93132, "Shanghai Municipal Government")]
    public void Lenders_are_normalised_names_found_in_the_title(int id, string lender)
    {
        Finance(id).Lender.Should().Be(lender);
    }

    [Theory]
    [InlineData(56425)]
    [InlineData(62921)]
    [InlineData(69294)]
    [InlineData(90874)]
    [InlineData(97554)]
    public void Titles_naming_no_chinese_body_give_no_lender(int id)
    {
        Finance(id).Lender.Should().BeNull();
    }

    [Fact]
    public void Lenders_hold_no_brackets_or_figures_and_spellings_are_merged()
    {
        var lenders = Data.Finance.Where(f => f.Lender is not null).Select(f => f.Lender!).ToList();
        lenders.Should().HaveCount(1076);
        lenders.Distinct(StringComparer.Ordinal).Should().HaveCount(113);
        lenders.Should().NotContain(l => l.IndexOfAny(new[] { '[', ']', '{', '}', '$' }) >= 0 || l.Any(char.IsDigit));
        lenders.Should().NotContain(["CDB", "Chinese government", "Government of China", "Chinese Embassy in Grenada"]);
        Data.Finance.ByLender("China Development Bank").Should().HaveCount(Data.Finance.Count(f => f.Lender == "China Development Bank"));
    }

    [Theory]
    [InlineData(54645, 3)]
    [InlineData(60204, 2)]
    [InlineData(70800, 1)]
    [InlineData(85363, 13)]
    [InlineData(89458, 5)]
    [InlineData(95622, 3)]
    [InlineData(97284, 2)]
    [InlineData(54634, 2)]
    [InlineData(54762, 2)]
    [InlineData(59055, 4)]
    [InlineData(61323, 2)]
    [InlineData(92353, 2)]
    [InlineData(97082, 2)]
    [InlineData(97135, 2)]
    [InlineData(97174, 2)]
    [InlineData(97175, 2)]
    [InlineData(97240, 4)]
    public void Osm_links_are_split_on_every_separator(int id, int count)
    {
        Finance(id).OsmLinks.Should().HaveCount(count).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void Every_osm_link_is_one_well_formed_openstreetmap_address()
    {
        foreach (var link in Data.Finance.SelectMany(f => f.OsmLinks))
        {
            Uri.TryCreate(link, UriKind.Absolute, out var uri).Should().BeTrue(link);
            uri!.Scheme.Should().BeOneOf("http", "https");
            uri.Host.Should().BeOneOf("www.openstreetmap.org", "openstreetmap.org");
            link.Should().NotContainAny(" ", "\n", "\\", ",", ";").And.NotEndWith(".");
            link.IndexOf("http", 1, StringComparison.Ordinal).Should().Be(-1, link);
        }

        Finance(61323).OsmLinks.Should().Equal("https://www.openstreetmap.org/way/356632123", "https://www.openstreetmap.org/way/745222014");
    }

    [Fact]
    public void Finance_recipients_are_the_33_states()
    {
        Data.Finance.Should().HaveCount(1183, "4 Curaçao and 1 Sint Maarten records are dropped");
        Data.Finance.Should().OnlyContain(f => Data.Countries.Contains(f.Recipient) && Data.Countries.Get(f.Recipient).IsLatinAmericaAndCaribbean);
        Data.Finance.Should().NotContain(f => f.Id == 71596 || f.Id == 60775);
    }

    [Fact]
    public void El_salvador_uses_the_us_dollar()
    {
        var slv = Data.Countries.Get("SLV");
        slv.CurrencyCode.Should().Be("USD");
        slv.CurrencyName.Should().Be("United States dollar");
    }

    [Fact]
    public void The_world_bank_spelling_of_the_bahamas_is_an_alias()
    {
        Data.Countries.Get("BHS").Aliases.Should().Contain("Bahamas, The");
        Data.Countries.Resolve("Bahamas, The").Code.Alpha3.Should().Be("BHS");
        Data.Countries.Resolve("Bahamas (the)").Code.Alpha3.Should().Be("BHS");
    }

    [Theory]
    [InlineData("BRA", "Brasília")]
    [InlineData("COL", "Bogotá")]
    [InlineData("CRI", "San José")]
    [InlineData("PRY", "Asunción")]
    [InlineData("ATG", "St. John's")]
    public void Capitals_keep_their_accents(string code, string capital)
    {
        Data.Countries.Get(code).Capital.Should().Be(capital);
    }

    [Fact]
    public void Nicaragua_fta_talks_are_for_the_fta_not_the_early_harvest()
    {
        var talks = Data.Events.Single(e => e.Id == "fta-nic-negotiations-launched-2022-07-12");
        talks.Kind.Should().Be(PolicyEventKind.FtaNegotiationsLaunched);
        talks.Agreement.Should().Be("China–Nicaragua FTA");
        talks.Title.Should().Be("China and Nicaragua launch FTA negotiations");
        var harvest = Data.Events.Single(e => e.Id == "fta-nic-early-harvest-2022-07-12");
        harvest.Kind.Should().Be(PolicyEventKind.FtaEarlyHarvest);
        harvest.Agreement.Should().Be("China–Nicaragua FTA early harvest");
    }
}
