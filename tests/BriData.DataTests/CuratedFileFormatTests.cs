using BriData.DataBuilder;
using BriData.DataBuilder.Importers;

namespace BriData.DataTests;

/// <summary>
/// The curated files (data/curated) hold their records in the release's own shape and are read by the library's
/// serializer: a wrong file fails with the file's name, the JSON path of the record's member and its line (issue 12).
/// </summary>
public sealed class CuratedFileFormatTests : IDisposable
{
    private readonly string dir = Path.Combine(Directory.CreateTempSubdirectory("bridata-curated-").FullName, "curated");

    public CuratedFileFormatTests() => Directory.CreateDirectory(dir);

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(dir)!, recursive: true);

    [Fact]
    public void An_initiative_with_a_domain_that_is_no_member_fails_with_the_file_the_path_and_the_line()
    {
        Write("initiatives.json", """
            {
              "formatVersion": 1,
              "set": "initiatives",
              "records": [
                { "id": "a", "title": "A", "domain": "Health", "countries": [], "isRegionWide": true, "summary": "S", "sourceIds": ["s"] },
                {
                  "id": "b",
                  "title": "B",
                  "domain": "Farming",
                  "countries": ["PER"],
                  "isRegionWide": false,
                  "summary": "S",
                  "sourceIds": ["s"]
                }
              ]
            }
            """);

        var act = () => CuratedImporter.Initiatives(dir);

        act.Should().Throw<InvalidDataException>().Which.Message.Should()
            .StartWith("curated/initiatives.json $.records[1].domain (line 9):").And.Contain("Farming");
    }

    [Fact]
    public void A_claim_without_its_statement_fails_naming_the_record_and_the_missing_property()
    {
        Write("claims.json", """
            {
              "formatVersion": 1,
              "set": "claims",
              "records": [
                { "id": "c", "topic": "Other", "quantity": { "value": 1, "bound": "Exact", "unit": "projects" }, "sourceIds": ["s"] }
              ]
            }
            """);

        var act = () => CuratedImporter.Claims(dir);

        act.Should().Throw<InvalidDataException>().Which.Message.Should()
            .StartWith("curated/claims.json $.records[0]").And.Contain("statement");
    }

    [Fact]
    public void A_property_the_record_lacks_is_refused_not_skipped_so_the_old_sources_name_is_an_error()
    {
        Write("trade-highlights.json", """
            {
              "formatVersion": 1,
              "set": "trade-highlights",
              "records": [
                { "id": "h", "country": "CHL", "product": "Cherries", "isExportToChina": true, "sourceIds": ["s"], "sources": ["s"] }
              ]
            }
            """);

        var act = () => CuratedImporter.Highlights(dir);

        act.Should().Throw<InvalidDataException>().Which.Message.Should()
            .StartWith("curated/trade-highlights.json $.records[0]").And.Contain("'sources'");
    }

    [Fact]
    public void A_source_file_must_declare_the_sources_set()
    {
        Write("sources-x.json", """
            { "formatVersion": 1, "set": "claims", "records": [] }
            """);

        var act = () => CuratedImporter.LoadSources(dir, new SourceRegistry());

        act.Should().Throw<InvalidDataException>().Which.Message.Should().StartWith("curated/sources-x.json $.set (line 1):");
    }

    [Fact]
    public void A_projects_investment_match_becomes_the_id_of_the_one_investment_record_it_describes()
    {
        Write("projects.json", Project("""[{ "release": "2021 Fall", "year": 2019, "month": "January", "investorContains": "cosco", "amountUsdMillions": 230, "country": "PER" }]"""));

        var project = CuratedImporter.Projects(dir, Investments).Single();

        project.InvestmentRecordIds.Should().Equal("inv-2");
        project.Milestones.Select(m => m.Date).Should().Equal([new PartialDate(2019, 1), new PartialDate(2024, 11, 14)], "milestones are put in date order");
    }

    [Fact]
    public void A_projects_investment_match_that_finds_no_record_fails_with_its_path_and_its_line_in_the_file()
    {
        Write("projects.json", Project("""[{ "release": "2021 Fall", "year": 2019, "month": "March", "investorContains": "COSCO", "amountUsdMillions": 230, "country": "PER" }]"""));

        var act = () => CuratedImporter.Projects(dir, Investments);

        act.Should().Throw<InvalidDataException>().Which.Message.Should()
            .StartWith("curated/projects.json $.records[0].investmentMatches[0] (line 21):").And.Contain("finds 0 AEI records");
    }

    [Fact]
    public void A_project_error_after_the_builder_resolved_its_matches_still_gives_the_line_in_the_curated_file()
    {
        Write("projects.json", Project("[]").Replace("\"Agreed\"", "\"Signed\"", StringComparison.Ordinal));

        var act = () => CuratedImporter.Projects(dir, Investments);

        act.Should().Throw<InvalidDataException>().Which.Message.Should()
            .StartWith("curated/projects.json $.records[0].milestones[1].kind (line 16):").And.Contain("Signed");
    }

    [Fact]
    public void A_project_that_gives_investment_record_ids_instead_of_matches_is_refused()
    {
        Write("projects.json", Project("[]").Replace("\"investmentMatches\"", "\"investmentRecordIds\"", StringComparison.Ordinal));

        var act = () => CuratedImporter.Projects(dir, Investments);

        act.Should().Throw<InvalidDataException>().Which.Message.Should()
            .StartWith("curated/projects.json $.records[0] (line 5):").And.Contain("investmentMatches");
    }

    [Fact]
    public void A_curated_event_with_a_kind_that_is_no_member_fails_with_its_path_and_line()
    {
        Write("events.json", Events("Recognised"));

        var act = () => CuratedImporter.Events(dir, new CountryBook([]), new SourceRegistry(), new CuratedAlternatives(NoAnnotations));

        act.Should().Throw<InvalidDataException>().Which.Message.Should()
            .StartWith("curated/events.json $.records[0].kind (line 6):").And.Contain("Recognised");
    }

    [Fact]
    public void A_curated_event_of_a_kind_the_curation_does_not_hold_is_refused_at_its_kind()
    {
        Write("events.json", Events("TaipeiAllyListed"));

        var act = () => CuratedImporter.Events(dir, new CountryBook([]), new SourceRegistry(), new CuratedAlternatives(NoAnnotations));

        act.Should().Throw<InvalidDataException>().Which.Message.Should()
            .StartWith("curated/events.json $.records[0].kind (line 6):").And.Contain("not curated here");
    }

    [Fact]
    public void An_event_annotation_with_the_old_sources_name_is_refused_with_its_path_and_line()
    {
        Write("event-annotations.json", """
            {
              "alternatives": [
                { "eventId": "e", "date": "2018-05", "addresses": [] },
                { "eventId": "e", "date": "2018-06", "sources": ["s"] }
              ],
              "refinedDates": [],
              "extraSources": []
            }
            """);

        var act = () => CuratedImporter.Annotations(dir);

        act.Should().Throw<InvalidDataException>().Which.Message.Should()
            .StartWith("curated/event-annotations.json $.alternatives[1].sources (line 4):");
    }

    [Fact]
    public void Event_annotations_read_by_the_serializer_keep_an_alternative_without_sources_as_an_empty_list()
    {
        Write("event-annotations.json", """
            { "alternatives": [ { "eventId": "e", "date": "2018-05", "addresses": ["https://example.org/a"] } ], "refinedDates": [], "extraSources": [ { "eventId": "e", "sourceIds": ["s"] } ] }
            """);

        var annotations = CuratedImporter.Annotations(dir);

        annotations.Alternatives.Single().SourceIds.Should().BeEmpty();
        annotations.Alternatives.Single().Date.Should().Be(new PartialDate(2018, 5));
        annotations.ExtraSources.Single().SourceIds.Should().Equal("s");
    }

    private static readonly EventAnnotations NoAnnotations = new() { Alternatives = [], RefinedDates = [], ExtraSources = [] };

    private static string Events(string kind) => $$"""
        {
          "formatVersion": 1,
          "set": "events",
          "records": [
            {
              "kind": "{{kind}}",
              "country": "PER",
              "date": "1971-11-02",
              "note": "N.",
              "sourceIds": ["s"]
            }
          ]
        }
        """;

    private static readonly InvestmentRecord[] Investments =
    [
        Investment("inv-1", new PartialDate(2019, 3), "China Railway", 230m),
        Investment("inv-2", new PartialDate(2019, 1), "COSCO Shipping Ports", 230m),
        Investment("inv-3", new PartialDate(2019, 1), "COSCO Shipping Ports", 500m),
    ];

    private static InvestmentRecord Investment(string id, PartialDate date, string investor, decimal millions) => new()
    {
        Id = id, Release = "2021 Fall", Country = CountryCode.Parse("PER"), Date = date, Investor = investor, Amount = Money.NominalUsdMillions(millions, date.Year),
        Sector = "Transport", Kind = InvestmentKind.Investment, IsTroubled = false, IsGreenfield = false, SourceIds = ["aei"],
    };

    /// <summary>A one-project file; the milestones are out of date order, and the matches are on line 21.</summary>
    private static string Project(string matches) => $$"""
        {
          "formatVersion": 1,
          "set": "projects",
          "records": [
            {
              "id": "port",
              "name": "Port",
              "country": "PER",
              "kind": "Port",
              "status": "Operational",
              "builders": [],
              "financiers": [],
              "summary": "A port.",
              "milestones": [
                { "kind": "OperationsStarted", "date": "2024-11-14", "sourceIds": ["s"] },
                { "kind": "Agreed", "date": "2019-01", "sourceIds": ["s"] }
              ],
              "measures": [],
              "financeRecordIds": [],
              "investmentMatches":
                {{matches}},
              "sourceIds": ["s"]
            }
          ]
        }
        """;

    private void Write(string name, string json) => File.WriteAllText(Path.Combine(dir, name), json.ReplaceLineEndings("\n"));
}
