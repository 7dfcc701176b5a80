using BriData.Cli.Output;

namespace BriData.Cli.Tests;

public sealed class TradeCommandTests
{
    private static readonly BriDataset Data = BriDataset.Default;
    private static readonly CountryCode Peru = CountryCode.Parse("PER");

    [Fact]
    public void Json_years_and_values_equal_the_librarys_bilateral_trade_and_export_share()
    {
        var run = CliRunner.Run("trade", "PER", "--from", "2010", "--json");
        run.ExitCode.Should().Be(0);
        var result = run.Result;
        result.GetProperty("unit").GetString().Should().Be("USD millions (nominal)");
        var years = result.GetProperty("years").EnumerateArray().ToList();
        var lastYear = Data.BilateralTradeByYear(Peru, TradeReporter.PartnerReported)[^1].Year;
        years.Select(y => y.GetProperty("year").GetInt32()).Should().Equal(Enumerable.Range(2010, lastYear - 2010 + 1));
        foreach (var year in years)
        {
            var y = year.GetProperty("year").GetInt32();
            var expected = Data.BilateralTradeIn(Peru, y, TradeReporter.PartnerReported);
            year.GetProperty("exports_to_china_usd_millions").GetDecimal().Should().Be(expected.ExportsToChina!.Value.AmountUsdMillions);
            year.GetProperty("imports_from_china_usd_millions").GetDecimal().Should().Be(expected.ImportsFromChina!.Value.AmountUsdMillions);
            year.GetProperty("china_share_of_exports_percent").GetDecimal().Should().Be(Data.ChinaShareOfExportsPercent(Peru, y)!.Value);
        }
    }

    [Fact]
    public void The_table_rounds_usd_millions_and_percent_to_one_decimal_and_names_the_unit()
    {
        var run = CliRunner.Run("trade", "Perú", "--from", "2018");
        run.ExitCode.Should().Be(0);
        var last = Data.BilateralTradeByYear(Peru, TradeReporter.PartnerReported)[^1];
        run.Output.Should().Contain(Display.UsdMillions(last.ExportsToChina?.AmountUsdMillions));
        run.Output.Should().Contain(Display.Percent(Data.ChinaShareOfExportsPercent(Peru, last.Year)));
        run.Output.Should().Contain("USD millions, nominal");
        run.Output.Should().Contain("[imf-dots]");
        run.Output.Should().Contain($"The trade data ends in {last.Year} for Peru");
    }

    [Fact]
    public void Years_past_the_end_of_the_data_are_named_rather_than_printed_empty()
    {
        var last = Data.BilateralTradeByYear(Peru, TradeReporter.PartnerReported)[^1].Year;
        var run = CliRunner.Run("trade", "PER", "--from", (last - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "--to", (last + 5).ToString(System.Globalization.CultureInfo.InvariantCulture));
        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain($"The trade data ends in {last}");
        var json = CliRunner.Run("trade", "PER", "--from", (last - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "--to", (last + 5).ToString(System.Globalization.CultureInfo.InvariantCulture), "--json");
        json.Json().GetProperty("notes").EnumerateArray().Should().Contain(n => n.GetString()!.Contains($"ends in {last}", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_years_after_the_data_is_not_found_and_says_where_the_data_stops()
    {
        var last = Data.BilateralTradeByYear(Peru, TradeReporter.PartnerReported)[^1].Year;
        var run = CliRunner.Run("trade", "PER", "--from", (last + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        run.ExitCode.Should().Be(1);
        run.Errors.Should().Contain($"to {last}");
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void The_china_reporter_gives_chinas_figures()
    {
        var run = CliRunner.Run("trade", "PER", "--from", "2015", "--to", "2015", "--reporter", "china", "--json");
        run.ExitCode.Should().Be(0);
        var year = run.Result.GetProperty("years")[0];
        year.GetProperty("imports_from_china_usd_millions").GetDecimal()
            .Should().Be(Data.BilateralTradeIn(Peru, 2015, TradeReporter.ChinaReported).ImportsFromChina!.Value.AmountUsdMillions);
    }

    [Theory]
    [InlineData("--from", "2020", "--to", "2010")]
    [InlineData("--from", "abc")]
    [InlineData("--reporter", "nobody")]
    [InlineData("--from", "10")]
    public void Bad_options_are_usage_errors_with_a_message(params string[] options)
    {
        var run = CliRunner.Run(["trade", "PER", .. options]);
        run.ExitCode.Should().Be(2);
        run.Errors.Should().Contain("Error");
    }
}
