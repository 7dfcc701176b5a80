namespace BriData.Tests.Reliability;

/// <summary>
/// Units are a closed vocabulary compared exactly (issue 12: one place compared them ignoring case, another
/// ordinally): a project measure, claim quantity or published figure whose unit is not in it is refused at load
/// with the file and the path of the unit, whether it is unknown or a known unit in another case. Since the units
/// are typed (<see cref="MeasureUnit"/>), an unknown unit can only come from an outside release: these tests damage
/// a saved copy of the small release.
/// </summary>
public sealed class UnitVocabularyTests
{
    [Theory]
    [InlineData("Km")]
    [InlineData("furlongs")]
    public void A_project_measure_with_a_unit_outside_the_vocabulary_is_refused(string unit)
    {
        using var folder = new ReleaseFolder();
        folder.Replace("projects.json", "\"unit\": \"km\"", $"\"unit\": \"{unit}\"");

        folder.Problems().Should().ContainSingle().Which.Should().Match<DataProblem>(p =>
            p.File == "projects.json" && p.Path == "$.records[0].measures[0].unit" && p.Reason.Contains($"unknown unit '{unit}'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_claim_in_usd_written_in_lower_case_is_refused_not_read_as_dollars()
    {
        using var folder = new ReleaseFolder();
        var claims = folder.Read("claims.json");
        var quantity = claims.IndexOf("\"quantity\"", StringComparison.Ordinal);
        var unitAt = claims.IndexOf("\"unit\": \"", quantity, StringComparison.Ordinal) + "\"unit\": \"".Length;
        var end = claims.IndexOf('"', unitAt);
        folder.Write("claims.json", string.Concat(claims.AsSpan(0, unitAt), "usd", claims.AsSpan(end)));

        folder.Problems().Should().ContainSingle().Which.Should().Match<DataProblem>(p =>
            p.File == "claims.json" && p.Path == "$.records[0].quantity.unit" && p.Reason.Contains("unknown unit 'usd'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_published_figure_with_an_unknown_unit_is_refused_at_its_path()
    {
        var content = SmallRelease.Content() with
        {
            PublishedFigures =
            [
                new PublishedFigure
                {
                    Id = "pub-1", Publisher = "A customs office", Basis = PublishedBasis.ChinaCustoms, Indicator = PublishedIndicator.TotalTrade,
                    Country = SmallRelease.Per, PeriodStart = new PartialDate(2023), PeriodEnd = new PartialDate(2023), Value = 1_000m,
                    Unit = MeasureUnit.Usd, Bound = QuantityBound.Exact, SourceIds = ["src-b"],
                },
            ],
        };
        using var folder = new ReleaseFolder(dataset: BriDataset.Create(content));
        folder.Replace("published-figures.json", "\"unit\": \"USD\"", "\"unit\": \"US$\"");

        folder.Problems().Should().ContainSingle().Which.Should().Match<DataProblem>(p =>
            p.File == "published-figures.json" && p.Path == "$.records[0].unit" && p.Reason.Contains("unknown unit 'US$'", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_units_in_two_files_are_both_reported_and_nothing_is_loaded()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("projects.json", "\"unit\": \"km\"", "\"unit\": \"KM\"");
        var claims = folder.Read("claims.json");
        var quantity = claims.IndexOf("\"quantity\"", StringComparison.Ordinal);
        var unitAt = claims.IndexOf("\"unit\": \"", quantity, StringComparison.Ordinal) + "\"unit\": \"".Length;
        var end = claims.IndexOf('"', unitAt);
        folder.Write("claims.json", string.Concat(claims.AsSpan(0, unitAt), "leagues", claims.AsSpan(end)));

        var problems = folder.Problems();

        problems.Select(p => (p.File, p.Path)).Should().BeEquivalentTo(
            [("projects.json", "$.records[0].measures[0].unit"), ("claims.json", "$.records[0].quantity.unit")]);
        problems.Single(p => p.File == "projects.json").Reason.Should().Contain("did you mean 'km'?");
    }

    [Fact]
    public void A_unit_that_is_not_a_string_is_refused_at_its_path()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("projects.json", "\"unit\": \"km\"", "\"unit\": null");

        folder.Problems().Should().ContainSingle().Which.Should().Match<DataProblem>(p =>
            p.File == "projects.json" && p.Path == "$.records[0].measures[0].unit");
    }

    [Fact]
    public void A_unit_in_another_case_in_a_csv_release_is_refused_at_its_column()
    {
        using var folder = new ReleaseFolder(DataFileFormat.Csv);
        folder.Replace("claims.csv", ",projects,", ",Projects,");

        folder.Problems().Should().ContainSingle().Which.Should().Match<DataProblem>(p =>
            p.File == "claims.csv" && p.Reason.Contains("unknown unit 'Projects'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_record_built_in_code_without_a_unit_is_refused_by_validation()
    {
        var content = SmallRelease.Content();
        var project = content.Projects[0];
        var bad = content with { Projects = [project with { Measures = [project.Measures[0] with { Unit = default }] }, .. content.Projects.Skip(1)] };

        var act = () => BriDataset.Create(bad);

        act.Should().Throw<BriDataException>().Which.Problems.Should().ContainSingle().Which.Should()
            .Be(new DataProblem("projects.json", "$.records[0].measures[0].unit", null, "unit is missing"));
    }

    [Fact]
    public void A_claim_quantity_built_without_a_unit_is_refused_by_validation()
    {
        var content = SmallRelease.Content();
        var claim = content.Claims[0];
        var bad = content with { Claims = [claim with { Quantity = claim.Quantity with { Unit = default } }, .. content.Claims.Skip(1)] };

        var act = () => BriDataset.Create(bad);

        act.Should().Throw<BriDataException>().Which.Problems.Should().ContainSingle().Which.Path.Should().Be("$.records[0].quantity.unit");
    }

    [Fact]
    public void Every_unit_of_the_embedded_release_is_in_the_vocabulary()
    {
        var data = BriDataset.Default;
        var units = data.Projects.SelectMany(p => p.Measures).Select(m => m.Unit)
            .Concat(data.Claims.Select(c => c.Quantity.Unit))
            .Concat(data.PublishedFigures.Select(f => f.Unit))
            .Distinct()
            .ToList();

        units.Should().HaveCountGreaterThan(30).And.OnlyContain(u => MeasureUnit.All.Contains(u));
    }
}
