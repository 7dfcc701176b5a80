namespace BriData.Tests.Reliability;

/// <summary>Issue 12: a problem's location is typed (set, record, member), read from its file and JSON path.</summary>
public sealed class DataProblemLocationTests
{
    [Theory]
    [InlineData("trade.json", "$.records[12].year", "trade", 12, "year")]
    [InlineData("projects.csv", "$.records[0].cost.amount.basis", "projects", 0, "cost.amount.basis")]
    [InlineData("trade-highlights.jsonl", "$.records[3]", "trade-highlights", 3, null)]
    [InlineData("finance.json", "$", "finance", null, null)]
    [InlineData("manifest.json", "$.sets[2].sha256", "manifest", null, null)]
    [InlineData("finance.json", "$.records[x].id", "finance", null, null)]
    public void The_location_is_split_into_set_record_and_member(string file, string path, string set, int? index, string? member)
    {
        var problem = new DataProblem(file, path, null, "reason");

        problem.Set.Should().Be(set);
        problem.RecordIndex.Should().Be(index);
        problem.Member.Should().Be(member);
    }

    [Fact]
    public void A_problem_found_by_the_checks_names_its_record_and_member()
    {
        var content = SmallRelease.Content();
        var bad = content with { Trade = [content.Trade[0], content.Trade[1] with { Year = 1850 }, .. content.Trade.Skip(2)] };

        var act = () => BriDataset.Create(bad);
        var problems = act.Should().Throw<BriDataException>().Which.Problems;

        problems.Should().Contain(p => p.Set == "trade" && p.RecordIndex == 1 && p.Member == "year");
    }
}
