namespace BriData.Tests.Reliability;

/// <summary>A load either returns a complete dataset or leaves nothing behind; <see cref="BriDataset.Default"/> is never touched.</summary>
public sealed class AtomicLoadTests
{
    [Fact]
    public void A_failed_load_leaves_the_default_dataset_as_it_was()
    {
        var before = BriDataset.Default;
        var counts = (before.Countries.Count, before.Trade.Count, before.Finance.Count, before.Claims.Count);
        using var folder = new ReleaseFolder();
        folder.Replace("trade.json", "\"partner\": \"PER\"", "\"partner\": \"XYZ\"");

        folder.Problems().Should().NotBeEmpty();

        BriDataset.Default.Should().BeSameAs(before);
        (BriDataset.Default.Countries.Count, BriDataset.Default.Trade.Count, BriDataset.Default.Finance.Count, BriDataset.Default.Claims.Count).Should().Be(counts);
        BriDataset.Default.Countries.Contains(CountryCode.Parse("XYZ")).Should().BeFalse();
    }

    [Fact]
    public void A_loaded_dataset_is_complete_and_independent_of_its_files()
    {
        var folder = new ReleaseFolder();
        var data = folder.Load();
        folder.Dispose();

        Directory.Exists(folder.Path).Should().BeFalse();
        data.Trade.Should().HaveCount(3);
        data.Countries.Get("PER").Name.Should().Be("Peru");
        data.Projects.Get("port-a").FinanceRecordIds.Should().Equal(101);
        data.Claims.Should().HaveCount(2);
    }

    [Fact]
    public void A_load_that_fails_late_in_validation_still_throws_only_the_data_exception()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("projects.json", "\"inv-1\"", "\"inv-404\"");

        var act = () => folder.Load();

        act.Should().ThrowExactly<BriDataException>().Which.Problems.Should().ContainSingle()
            .Which.Reason.Should().Be("project 'port-a' links investment record 'inv-404', which is not in the investments set");
    }

    [Fact]
    public void The_exception_message_lists_the_problems_and_caps_long_lists()
    {
        var problems = Enumerable.Range(0, 25).Select(i => new DataProblem("trade.json", $"$.records[{i}]", i + 1, "bad")).ToList();

        var exception = new BriDataException(problems);

        exception.Problems.Should().HaveCount(25);
        exception.Message.Should().StartWith("The BriData data is invalid (25 problems):\n  trade.json $.records[0] (line 1): bad\n");
        exception.Message.Should().EndWith("… and 5 more");
    }
}
