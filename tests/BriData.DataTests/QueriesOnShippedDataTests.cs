namespace BriData.DataTests;

/// <summary>Country finding, navigation, filters and status queries on the embedded release.</summary>
public sealed class QueriesOnShippedDataTests
{
    private static BriDataset Data => BriDataset.Default;

    private static readonly CountryCode Per = CountryCode.Parse("PER");
    private static readonly CountryCode Pan = CountryCode.Parse("PAN");
    private static readonly CountryCode Nic = CountryCode.Parse("NIC");

    [Fact]
    public void Every_name_the_data_carries_resolves_to_its_own_country()
    {
        foreach (var country in Data.Countries)
        {
            var names = new[] { country.Name, country.OfficialName, country.Names.English, country.Names.Spanish, country.Names.Portuguese, country.Names.Chinese }
                .Concat(country.Aliases).Concat(country.FormerNames).Append(country.Alpha2).Append(country.Code.Alpha3);
            foreach (var name in names)
            {
                Data.Countries.Resolve(name).Should().BeSameAs(country, name);
            }
        }
    }

    [Theory]
    [InlineData("peru", "PER")]
    [InlineData("604", "PER")]
    [InlineData("Bolivarian Republic of Venezuela", "VEN")]
    [InlineData("Venezuela, RB", "VEN")]
    [InlineData("委内瑞拉", "VEN")]
    [InlineData("Guiana", "GUY")]
    [InlineData("Dominica", "DMA")]
    [InlineData("república dominicana", "DOM")]
    public void People_typed_names_resolve(string text, string code)
    {
        Data.Countries.Resolve(text).Code.Should().Be(CountryCode.Parse(code));
    }

    [Theory]
    [InlineData("Dominic", "DMA", "DOM")]
    [InlineData("Saint", "KNA", "LCA", "VCT")]
    public void Shared_beginnings_are_ambiguous(string text, params string[] codes)
    {
        var act = () => Data.Countries.Resolve(text);
        var ex = act.Should().Throw<CountryResolutionException>().Which;
        ex.IsAmbiguous.Should().BeTrue();
        ex.Candidates.Select(c => c.Code.Alpha3).Should().Equal(codes);
    }

    [Theory]
    [InlineData("French Guiana")]
    [InlineData("Guinea")]
    public void Territories_and_states_outside_the_region_are_unknown_with_guyana_suggested(string text)
    {
        var act = () => Data.Countries.Resolve(text);
        var ex = act.Should().Throw<CountryResolutionException>().Which;
        ex.IsAmbiguous.Should().BeFalse();
        ex.Candidates.Select(c => c.Code.Alpha3).Should().Contain("GUY");
        Data.Countries.TryResolve(text, out _).Should().BeFalse();
    }

    [Fact]
    public void Typos_find_the_country()
    {
        Data.Countries.Search("Columbia")[0].Country.Code.Alpha3.Should().Be("COL");
        Data.Countries.Search("Venezuala")[0].Country.Code.Alpha3.Should().Be("VEN");
    }

    [Fact]
    public void Peru_profile_and_project_navigation()
    {
        var peru = Data.Profile("Perú");
        peru.Finance.Should().HaveCount(79);
        peru.Investments.Should().HaveCount(27);
        peru.Trade.Should().OnlyContain(t => t.Reporter == Per || t.Partner == Per);
        peru.Agreements.Should().Contain(e => e.Kind == PolicyEventKind.BriMemorandumSigned);
        foreach (var project in Data.Projects)
        {
            foreach (var record in Data.FinanceRecordsOf(project))
            {
                Data.ProjectsOf(record).Should().Contain(project);
            }

            foreach (var record in Data.InvestmentRecordsOf(project))
            {
                Data.ProjectsOf(record).Should().Contain(project);
            }
        }
    }

    [Fact]
    public void Filters_on_the_shipped_sets()
    {
        Data.Finance.InRegion(Data.Countries, "Caribbean").Should().NotBeEmpty().And.OnlyContain(f => Data.Countries.Get(f.Recipient).IntermediateRegion == "Caribbean");
        Data.Finance.InRegion(Data.Countries, "Latin America and the Caribbean").Should().HaveCount(1183, "every recipient is one of the 33 states (issue 13 dropped Curaçao and Sint Maarten)");
        Data.Finance.ByLender("China Eximbank").Should().HaveCount(87, "issue 13: 70358 writes 'Provides' with a capital");
        Data.Investments.OfKind(InvestmentKind.Construction).Should().HaveCount(145);
        Data.Events.OfKind(PolicyEventKind.BriWithdrawn).InCountry(Pan).Should().ContainSingle();
    }

    [Fact]
    public void Panama_leaves_the_belt_and_road_and_nicaragua_switches_back_to_the_prc()
    {
        Data.StatusOf(Pan, new DateOnly(2025, 2, 5)).IsBriMember.Should().BeTrue();
        Data.StatusOf(Pan, new DateOnly(2025, 2, 6)).Bri.Should().Be(BriStatus.Withdrawn);
        Data.BriMembersAsOf(new DateOnly(2025, 2, 6)).Should().NotContain(c => c.Code == Pan);
        Data.StatusOf(Nic, new DateOnly(2000, 1, 1)).Recognition.Should().Be(DiplomaticRecognition.Taipei);
        Data.StatusOf(Nic, new DateOnly(2022, 1, 1)).Recognition.Should().Be(DiplomaticRecognition.PeoplesRepublicOfChina);
        Data.StatusOf(Per, new DateOnly(2011, 1, 1)).HasFtaInForce.Should().BeTrue();
        var timeline = Data.StatusTimeline();
        timeline.Should().Contain(c => c.Country == Nic && c.Kind == StatusChangeKind.SwitchedRecognitionToPrc && c.Date == new PartialDate(2021, 12, 10));
        timeline.Should().Contain(c => c.Country == Pan && c.Kind == StatusChangeKind.LeftBri);
        timeline.Select(c => c.Date).Should().BeInAscendingOrder();
    }

    [Fact]
    public void Bri_membership_grows_from_none_before_panama_in_2017()
    {
        Data.BriMembersAsOf(new DateOnly(2017, 11, 16)).Should().BeEmpty();
        Data.BriMembersAsOf(new DateOnly(2017, 11, 17)).Select(c => c.Code).Should().Equal(Pan);
        Data.BriMembersAsOf(new DateOnly(2024, 11, 28)).Count.Should().BeGreaterThanOrEqualTo(20);
    }

    [Fact]
    public void Every_set_becomes_tidy_rows_with_a_unit()
    {
        var rows = Data.ToTidyRows().ToList();
        rows.Count(r => r.Set == "trade").Should().Be(Data.Trade.Count);
        rows.Count(r => r.Set == "finance").Should().Be(Data.Finance.Count);
        rows.Should().OnlyContain(r => r.Unit.Length > 0 && r.Entity.Length > 0);
        rows.Where(r => r.Set == "finance").Count(r => r.Value is null).Should().Be(Data.Finance.Count(f => f.Amount is null));
    }

    [Fact]
    public void Published_figures_take_the_generic_country_and_year_filters()
    {
        var figures = BriDataset.Default.PublishedFigures;
        var brazil = figures.InCountry(CountryCode.Parse("BRA")).ToList();
        brazil.Should().NotBeEmpty().And.OnlyContain(f => f.Country == CountryCode.Parse("BRA"));

        var regional = figures.RegionWide().ToList();
        regional.Should().NotBeEmpty().And.OnlyContain(f => f.Country == null);
        (regional.Count + figures.InCountries(BriDataset.Default.Countries).Count()).Should().Be(figures.Count, "every figure is about one state or the region");

        var of2023 = figures.InYear(2023).ToList();
        of2023.Should().NotBeEmpty().And.OnlyContain(f => f.PeriodStart.Year == 2023 && f.PeriodEnd.Year == 2023);
        figures.InYears(2005, 2025).Should().NotContain(f => f.PeriodStart.Year != f.PeriodEnd.Year, "a figure over several years has no single year");
    }
}
