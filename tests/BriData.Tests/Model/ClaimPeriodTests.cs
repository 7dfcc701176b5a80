namespace BriData.Tests.Model;

/// <summary>A claim's period is typed: parsed at load, written back the same, refused with the reason when invalid.</summary>
public sealed class ClaimPeriodTests
{
    [Theory]
    [InlineData("2023", 2023, 2023, true)]
    [InlineData("2014-07", 2014, 2014, false)]
    [InlineData("2019/2021", 2019, 2021, true)]
    [InlineData("2024-01/2024-10", 2024, 2024, false)]
    [InlineData("2005/2022-06", 2005, 2022, false)]
    public void A_period_parses_and_writes_back_the_same_text(string text, int first, int last, bool wholeYears)
    {
        var period = ClaimPeriod.Parse(text);

        period.FirstYear.Should().Be(first);
        period.LastYear.Should().Be(last);
        period.IsWholeYears.Should().Be(wholeYears);
        period.ToString().Should().Be(text);
    }

    [Theory]
    [InlineData("2019-2021", "start")]
    [InlineData("2021/2019", "ends (2019) before it starts (2021)")]
    [InlineData("2023/", "end")]
    [InlineData("/2023", "start")]
    [InlineData("2023/2024/2025", "end")]
    [InlineData("", "start")]
    public void An_invalid_period_is_refused_with_the_reason(string text, string reason)
    {
        ClaimPeriod.TryParse(text, out _).Should().BeFalse();
        var act = () => ClaimPeriod.Parse(text);
        act.Should().Throw<FormatException>().WithMessage($"*{reason}*");
    }

    [Fact]
    public void A_period_ending_before_it_starts_cannot_be_built()
    {
        var act = () => new ClaimPeriod(new PartialDate(2021), new PartialDate(2019));
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Equality_compares_both_ends_and_their_precision()
    {
        new ClaimPeriod(new PartialDate(2023)).Should().Be(ClaimPeriod.Parse("2023"));
        new ClaimPeriod(new PartialDate(2023)).Should().NotBe(ClaimPeriod.Parse("2023/2023-12"));
    }

    [Fact]
    public void A_saved_release_reads_its_periods_back_and_a_bad_period_in_a_file_names_the_record()
    {
        var content = Reliability.SmallRelease.Content();
        var withRange = content with { Claims = [content.Claims[0] with { Period = ClaimPeriod.Parse("2019/2021") }] };
        using var folder = new Reliability.ReleaseFolder(dataset: BriDataset.Create(withRange));

        BriDataset.Load(folder.Path).Claims[0].Period.Should().Be(ClaimPeriod.Parse("2019/2021"));

        folder.Replace("claims.json", "\"2019/2021\"", "\"2021/2019\"");
        var act = () => BriDataset.Load(folder.Path);
        act.Should().Throw<BriDataException>().Which.Problems.Should().ContainSingle()
            .Which.Should().Match<DataProblem>(p => p.File == "claims.json" && p.Path == "$.records[0].period" && p.Reason.Contains("ends (2019) before it starts (2021)", StringComparison.Ordinal));
    }
}
