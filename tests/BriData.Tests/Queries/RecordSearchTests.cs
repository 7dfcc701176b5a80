using BriData.Tests.Fixtures;

namespace BriData.Tests.Queries;

/// <summary>Search and near-match suggestions for projects, events, initiatives, sources and claims, scored as country search is.</summary>
public sealed class RecordSearchTests
{
    private static BriDataset Data => FixtureData.Dataset;

    [Fact]
    public void Projects_are_found_by_a_word_of_their_name_in_any_case_or_accent()
    {
        var matches = Data.Projects.Search("bridge");
        matches.Should().NotBeEmpty();
        matches[0].Record.Id.Should().Be("fx-bridge");
        matches[0].Score.Should().Be(60);
        Data.Projects.Search("CANAL BRÍDGE")[0].Score.Should().Be(100);
    }

    [Fact]
    public void A_misspelled_name_is_found_by_edit_distance()
    {
        var matches = Data.Projects.Search("Canal Bridje");
        matches.Should().ContainSingle().Which.Record.Id.Should().Be("fx-bridge");
        matches[0].Score.Should().BeInRange(40, 50);
    }

    [Fact]
    public void Events_initiatives_sources_and_claims_are_searchable_by_id_and_title()
    {
        Data.Events.Search("Panama withdraws")[0].Record.Id.Should().Be("bri-pan-withdrawn");
        Data.Events.Search("bri-pan-withdrawn")[0].Score.Should().Be(100);
        Data.Initiatives.Search("juncao")[0].Record.Id.Should().Be("fx-juncao");
        Data.Sources.Search("Fixture finance")[0].Record.Id.Should().Be("fx-aiddata");
        Data.Claims.Search("bridges and tunnels")[0].Record.Id.Should().Be("fx-lac-bridges");
        Data.Finance.Search("Dam D")[0].Record.Id.Should().Be(105);
    }

    [Fact]
    public void Results_are_ranked_best_first_one_per_record_and_capped()
    {
        var matches = Data.Events.Search("signs a Belt and Road memorandum", 3);
        matches.Should().HaveCount(3);
        matches.Select(m => m.Key).Should().OnlyHaveUniqueItems();
        matches.Select(m => m.Score).Should().BeInDescendingOrder();
        Data.Events.Search("zzzzqqqq").Should().BeEmpty();
    }

    [Fact]
    public void Search_checks_its_arguments()
    {
        FluentActions.Invoking(() => Data.Projects.Search(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Data.Projects.Search("port", 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Data.Projects.Search(new string('a', 1_001))).Should().Throw<ArgumentException>().WithMessage("*1001 characters*at most 1000*");
    }

    [Fact]
    public void Get_of_an_unknown_id_names_the_id_and_set_and_suggests_near_matches()
    {
        var thrown = FluentActions.Invoking(() => Data.Projects.Get("bridge")).Should().Throw<RecordNotFoundException>().Which;
        thrown.Should().BeAssignableTo<KeyNotFoundException>();
        thrown.Key.Should().Be("bridge");
        thrown.SetName.Should().Be("projects");
        thrown.Suggestions.Should().StartWith("fx-bridge");
        thrown.Message.Should().Contain("'bridge'").And.Contain("projects").And.Contain("Did you mean 'fx-bridge'");
    }

    [Fact]
    public void Get_of_an_unknown_id_with_nothing_close_says_so()
    {
        var thrown = FluentActions.Invoking(() => Data.Sources.Get("qqqqqqqq")).Should().Throw<RecordNotFoundException>().Which;
        thrown.Suggestions.Should().BeEmpty();
        thrown.Message.Should().Contain("No id or name is close");
    }

    [Fact]
    public void The_collections_print_their_set_and_size()
    {
        Data.Projects.ToString().Should().Be("projects: 4 records");
        Data.Countries.ToString().Should().Be("9 countries");
    }

    [Fact]
    public void Country_search_keeps_its_scores_after_the_scoring_moved_to_one_place()
    {
        Data.Countries.Search("Peru")[0].Score.Should().Be(100);
        Data.Countries.Search("Per")[0].Score.Should().Be(80);
        Data.Countries.Search("Peruu")[0].Score.Should().Be(40);
        Data.Countries.Search("French Guiana").Should().Contain(m => m.Country.Code == FixtureData.Guy && m.Score == 35);
    }

    [Fact]
    public void The_embedded_data_suggests_the_Chancay_port_for_chancay()
    {
        var thrown = FluentActions.Invoking(() => BriDataset.Default.Projects.Get("chancay")).Should().Throw<RecordNotFoundException>().Which;
        thrown.Suggestions.Should().Contain("chancay-port");
        BriDataset.Default.Projects.Search("chancay")[0].Record.Id.Should().Be("chancay-port");
    }
}
