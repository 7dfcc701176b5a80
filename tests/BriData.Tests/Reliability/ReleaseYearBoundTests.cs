namespace BriData.Tests.Reliability;

/// <summary>
/// The latest year a record may carry comes from the release day, never from the clock: a release valid today is
/// valid on any day it is read, and a release day far in the future is refused.
/// </summary>
public sealed class ReleaseYearBoundTests
{
    [Fact]
    public void A_record_may_be_dated_up_to_the_year_after_the_release_whatever_the_clock_says()
    {
        var content = SmallRelease.Content() with { Released = new PartialDate(2090, 6, 1) };
        var trade = content.Trade[0] with { Year = 2091 };

        var act = () => BriDataset.Create(content with { Trade = [trade] });

        act.Should().NotThrow("2091 is the year after a release of 2090, even though the clock says otherwise");
    }

    [Fact]
    public void A_record_dated_later_than_the_year_after_the_release_is_refused_naming_the_bound()
    {
        var content = SmallRelease.Content();
        var trade = content.Trade[0] with { Year = content.Released.Year + 2 };

        var act = () => BriDataset.Create(content with { Trade = [trade] });

        act.Should().Throw<BriDataException>().Which.Problems.Should().Equal(
            new DataProblem("trade.json", "$.records[0].year", null, $"year {content.Released.Year + 2} is outside 1948..{content.Released.Year + 1}"));
    }

    [Theory]
    [InlineData(9999)]
    [InlineData(1999)]
    public void A_release_day_outside_the_plausible_years_is_refused(int year)
    {
        var content = SmallRelease.Content() with { Released = new PartialDate(year, 12, 31) };

        var act = () => BriDataset.Create(content);

        act.Should().Throw<BriDataException>().Which.Problems.Should().ContainSingle(p => p.Path == "$.released")
            .Which.Reason.Should().Be($"the release date {year}-12-31 is outside the years 2000..2100");
    }
}
