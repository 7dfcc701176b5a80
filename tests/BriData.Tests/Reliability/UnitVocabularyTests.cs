namespace BriData.Tests.Reliability;

/// <summary>
/// Units are a closed vocabulary compared exactly (issue 12: one place compared them ignoring case, another
/// ordinally): a project measure, claim quantity or published figure whose unit is not in it is refused at load
/// with the path of the unit, whether it is unknown or a known unit in another case.
/// </summary>
public sealed class UnitVocabularyTests
{
    private static IReadOnlyList<DataProblem> CreateProblems(BriDatasetContent content)
    {
        var act = () => BriDataset.Create(content);
        return act.Should().Throw<BriDataException>().Which.Problems;
    }

    [Theory]
    [InlineData("Km")]
    [InlineData("furlongs")]
    public void A_project_measure_with_a_unit_outside_the_vocabulary_is_refused(string unit)
    {
        var content = SmallRelease.Content();
        var project = content.Projects[0];
        var bad = content with { Projects = [project with { Measures = [project.Measures[0] with { Unit = unit }] }, .. content.Projects.Skip(1)] };

        CreateProblems(bad).Should().ContainSingle().Which.Should().Match<DataProblem>(p =>
            p.File == "projects.json" && p.Path == "$.records[0].measures[0].unit" && p.Reason.Contains($"unknown unit '{unit}'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_claim_in_usd_written_in_lower_case_is_refused_not_read_as_dollars()
    {
        var content = SmallRelease.Content();
        var claim = content.Claims[0];
        var bad = content with { Claims = [claim with { Quantity = claim.Quantity with { Unit = "usd" } }, .. content.Claims.Skip(1)] };

        CreateProblems(bad).Should().ContainSingle().Which.Path.Should().Be("$.records[0].quantity.unit");
    }

    [Fact]
    public void Every_unit_of_the_embedded_release_is_in_the_vocabulary()
    {
        var data = BriDataset.Default;
        var units = data.Projects.SelectMany(p => p.Measures).Select(m => m.Unit)
            .Concat(data.Claims.Select(c => c.Quantity.Unit))
            .Concat(data.PublishedFigures.Select(f => f.Unit))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        units.Should().HaveCountGreaterThan(30).And.OnlyContain(u => MeasureUnits.Known.Contains(u));
    }
}
