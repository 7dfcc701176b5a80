namespace BriData.Cli.Tests;

public sealed class QueryCommandTests
{
    private static readonly BriDataset Data = BriDataset.Default;

    [Fact]
    public void Timeline_lists_the_countrys_events_in_date_order_as_the_library_holds_them()
    {
        var peru = CountryCode.Parse("PER");
        var expected = Data.Events.InCountry(peru).ToList();
        var run = CliRunner.Run("timeline", "PER", "--json");
        run.ExitCode.Should().Be(0);
        var events = run.Result.GetProperty("events").EnumerateArray().ToList();
        events.Select(e => e.GetProperty("id").GetString()).Should().BeEquivalentTo(expected.Select(e => e.Id));
        var dates = events.Select(e => PartialDate.Parse(e.GetProperty("date").GetString()!).Start).ToList();
        dates.Should().BeInAscendingOrder();

        var table = CliRunner.Run("timeline", "Peru");
        table.ExitCode.Should().Be(0);
        table.Output.Should().Contain(expected.OrderBy(e => e.Date!.Value.Start).First().Title);
        table.Output.Should().Contain("PRC relations established");
    }

    [Fact]
    public void Timeline_with_years_that_hold_no_event_is_not_found()
    {
        var run = CliRunner.Run("timeline", "PER", "--from", "1900", "--to", "1901");
        run.ExitCode.Should().Be(1);
        run.Errors.Should().Contain("No events for Peru");
    }

    [Fact]
    public void Claims_give_the_librarys_verdict_for_every_claim()
    {
        var expected = Data.CheckClaims().ToDictionary(c => c.Claim.Id, c => c.Verdict.ToString());
        var run = CliRunner.Run("claims", "--json");
        run.ExitCode.Should().Be(0);
        var claims = run.Result.EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("verdict").GetString()!);
        claims.Should().Equal(expected);
        CliRunner.Run("claims").Output.Should().Contain($"{expected.Count} published claims checked");
    }

    [Fact]
    public void Claims_filter_by_country_and_verdict()
    {
        var consistent = Data.CheckClaims().Count(c => c.Verdict == ClaimVerdict.Consistent);
        CliRunner.Run("claims", "--verdict", "consistent", "--json").Result.GetArrayLength().Should().Be(consistent);
        var peru = CliRunner.Run("claims", "--country", "Peru", "--json").Result.EnumerateArray().ToList();
        peru.Should().NotBeEmpty().And.OnlyContain(c => c.GetProperty("country").GetString() == "PER");
        CliRunner.Run("claims", "--verdict", "maybe").ExitCode.Should().Be(2);
    }

    [Theory]
    [InlineData("chancay")]
    [InlineData("chancay-port")]
    [InlineData("Puerto de Chancay")]
    public void Project_is_found_by_id_or_by_words_of_its_name(string query)
    {
        var expected = Data.Projects.Get("chancay-port");
        var run = CliRunner.Run("project", query, "--json");
        run.ExitCode.Should().Be(0);
        run.Result.GetProperty("id").GetString().Should().Be(expected.Id);
        run.Result.GetProperty("milestones").GetArrayLength().Should().Be(expected.Milestones.Count);
        CliRunner.Run("project", query).Output.Should().Contain(expected.Name).And.Contain("operational");
    }

    [Fact]
    public void A_misspelt_project_is_not_found_and_suggests_the_near_match()
    {
        var run = CliRunner.Run("project", "chancy");
        run.ExitCode.Should().Be(1);
        run.Errors.Should().Contain("No flagship project matches \"chancy\"").And.Contain("chancay-port");
    }

    [Fact]
    public void A_word_shared_by_several_projects_lists_them_and_asks_for_one()
    {
        var expected = Data.Projects.Where(p => p.Name.Contains("Hydro", StringComparison.OrdinalIgnoreCase)).ToList();
        expected.Count.Should().BeGreaterThan(1);
        var run = CliRunner.Run("project", "hydro");
        run.ExitCode.Should().Be(2);
        foreach (var p in expected)
        {
            run.Errors.Should().Contain(p.Id);
        }
    }

    [Fact]
    public void Countries_lists_every_country_of_the_dataset()
    {
        var run = CliRunner.Run("countries", "--json");
        run.ExitCode.Should().Be(0);
        run.Result.EnumerateArray().Select(c => c.GetProperty("code").GetString()).Should().Equal(Data.Countries.Select(c => c.Code.Alpha3));
    }

    [Fact]
    public void Search_finds_projects_and_countries_and_says_when_nothing_matches()
    {
        var run = CliRunner.Run("search", "chancay", "--json");
        run.ExitCode.Should().Be(0);
        run.Result.EnumerateArray().Should().Contain(h => h.GetProperty("kind").GetString() == "project" && h.GetProperty("id").GetString() == "chancay-port");
        CliRunner.Run("search", "Brasil", "--json").Result.EnumerateArray()
            .Should().Contain(h => h.GetProperty("kind").GetString() == "country" && h.GetProperty("id").GetString() == "BRA");
        CliRunner.Run("search", "qqqzzz").ExitCode.Should().Be(1);
    }

    [Fact]
    public void About_names_the_versions_and_counts_of_the_embedded_release()
    {
        var run = CliRunner.Run("about", "--json");
        run.ExitCode.Should().Be(0);
        run.Json().GetProperty("data_version").GetString().Should().Be(Data.Version);
        run.Result.GetProperty("record_counts").GetProperty("trade").GetInt32().Should().Be(Data.Trade.Count);
        run.Result.GetProperty("library_version").GetString().Should().Be(BriDataInfo.PackageVersion);
        CliRunner.Run("about").Output.Should().Contain("ODC-By 1.0").And.Contain("imf-dots");
    }

    [Fact]
    public void About_counts_every_set_of_the_release()
    {
        var counts = CliRunner.Run("about", "--json").Result.GetProperty("record_counts");

        counts.EnumerateObject().Should().HaveCount(Data.RecordCounts.Count);
        foreach (var (set, count) in Data.RecordCounts)
        {
            counts.GetProperty(set.Replace('-', '_')).GetInt32().Should().Be(count, set);
        }

        counts.GetProperty("published_figures").GetInt32().Should().Be(Data.PublishedFigures.Count);
        counts.GetProperty("aiddata_country_years").GetInt32().Should().Be(Data.AidDataCountryYears.Count);
    }

    [Theory]
    [InlineData("status", "PAN", "--as-of", "2025-03-01")]
    [InlineData("timeline", "PER")]
    [InlineData("trade", "PER", "--from", "2010")]
    [InlineData("claims")]
    [InlineData("project", "chancay")]
    [InlineData("countries")]
    [InlineData("search", "port")]
    [InlineData("about")]
    public void Every_query_names_its_sources_and_each_is_in_the_source_list(params string[] args)
    {
        var run = CliRunner.Run([.. args, "--json"]);
        run.ExitCode.Should().Be(0);
        var json = run.Json();
        json.GetProperty("data_version").GetString().Should().Be(Data.Version);
        var sources = json.GetProperty("sources").EnumerateArray().ToList();
        sources.Should().NotBeEmpty();
        sources.Should().OnlyContain(s => Data.Sources.Contains(s.GetProperty("id").GetString()!) && s.GetProperty("citation").GetString()!.Length > 0);
    }

    [Fact]
    public void An_unknown_command_is_a_usage_error()
    {
        var run = CliRunner.Run("frobnicate");
        run.ExitCode.Should().Be(2);
        run.Errors.Should().Contain("frobnicate").And.Contain("bridata --help");
    }
}
