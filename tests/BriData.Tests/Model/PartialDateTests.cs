namespace BriData.Tests.Model;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2024", DatePrecision.Year)]
    [InlineData("2024-11", DatePrecision.Month)]
    [InlineData("2024-11-14", DatePrecision.Day)]
    public void Parse_keeps_the_precision_and_round_trips(string text, DatePrecision precision)
    {
        var date = PartialDate.Parse(text);
        date.Precision.Should().Be(precision);
        date.ToString().Should().Be(text);
    }

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2024-13")]
    [InlineData("2024-00")]
    [InlineData("24")]
    [InlineData("2024-1")]
    [InlineData("2024/11/14")]
    [InlineData("0000")]
    [InlineData(" 2024")]
    public void Parse_rejects_impossible_or_malformed_dates(string text)
    {
        var act = () => PartialDate.Parse(text);
        act.Should().Throw<FormatException>().Which.Message.Should().Contain(text.Trim());
    }

    [Fact]
    public void A_year_spans_the_whole_year_and_a_month_its_days()
    {
        var year = PartialDate.Parse("2018");
        year.Start.Should().Be(new DateOnly(2018, 1, 1));
        year.End.Should().Be(new DateOnly(2018, 12, 31));
        var february = PartialDate.Parse("2024-02");
        february.End.Should().Be(new DateOnly(2024, 2, 29));
        february.Day.Should().BeNull();
    }

    [Fact]
    public void Ordering_puts_coarser_dates_first_when_they_start_the_same_day()
    {
        var dates = new[] { "2024-01-01", "2024", "2023-12-31", "2024-01" }.Select(PartialDate.Parse).Order().Select(d => d.ToString());
        dates.Should().Equal("2023-12-31", "2024", "2024-01", "2024-01-01");
    }

    [Fact]
    public void Constructor_rejects_days_that_do_not_exist()
    {
        var act = () => new PartialDate(2023, 2, 29);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
