using BriData.Cli.Output;

namespace BriData.Cli.Tests;

public sealed class StatusCommandTests
{
    private static readonly BriDataset Data = BriDataset.Default;

    [Fact]
    public void Panama_on_2025_03_01_matches_the_library_in_the_table_and_in_json()
    {
        var day = new DateOnly(2025, 3, 1);
        var expected = Data.StatusOf(CountryCode.Parse("PAN"), day);

        var table = CliRunner.Run("status", "PAN", "--as-of", "2025-03-01");
        table.ExitCode.Should().Be(0);
        table.Output.Should().Contain("Panama (PAN) as of 2025-03-01");
        table.Output.Should().Contain(StatusWords.Of(expected.Bri));
        table.Output.Should().Contain(StatusWords.Of(expected.Recognition));
        table.Output.Should().Contain("Sources (");

        var json = CliRunner.Run("status", "PAN", "--as-of", "2025-03-01", "--json");
        json.ExitCode.Should().Be(0);
        var result = json.Result;
        result.GetProperty("country").GetProperty("code").GetString().Should().Be("PAN");
        result.GetProperty("bri").GetString().Should().Be(expected.Bri.ToString());
        result.GetProperty("is_bri_member").GetBoolean().Should().Be(expected.IsBriMember);
        result.GetProperty("recognition").GetString().Should().Be(expected.Recognition.ToString());
        result.GetProperty("fta").GetString().Should().Be(expected.Fta.ToString());
        result.GetProperty("events_counted").GetArrayLength().Should().Be(expected.Events.Count);
    }

    [Fact]
    public void Membership_differs_before_and_after_Panamas_withdrawal_as_the_library_says()
    {
        var pan = CountryCode.Parse("PAN");
        var before = CliRunner.Run("status", "Panamá", "--as-of", "2020-01-01", "--json").Result;
        var after = CliRunner.Run("status", "panama", "--as-of", "2025-03-01", "--json").Result;
        before.GetProperty("is_bri_member").GetBoolean().Should().Be(Data.StatusOf(pan, new DateOnly(2020, 1, 1)).IsBriMember);
        after.GetProperty("is_bri_member").GetBoolean().Should().Be(Data.StatusOf(pan, new DateOnly(2025, 3, 1)).IsBriMember);
        before.GetProperty("is_bri_member").GetBoolean().Should().NotBe(after.GetProperty("is_bri_member").GetBoolean());
    }

    [Fact]
    public void A_malformed_date_is_a_usage_error_naming_the_option()
    {
        var run = CliRunner.Run("status", "PAN", "--as-of", "2025-13-01");
        run.ExitCode.Should().Be(2);
        run.Errors.Should().Contain("--as-of").And.Contain("yyyy-MM-dd");
    }

    [Fact]
    public void An_unknown_country_is_a_usage_error_pointing_to_the_country_list()
    {
        var run = CliRunner.Run("status", "Atlantis");
        run.ExitCode.Should().Be(2);
        run.Errors.Should().Contain("Unknown country \"Atlantis\"").And.Contain("bridata countries");
    }

    [Fact]
    public void An_ambiguous_name_lists_every_candidate()
    {
        var run = CliRunner.Run("status", "Dominic");
        run.ExitCode.Should().Be(2);
        run.Errors.Should().Contain("Dominica (DMA)").And.Contain("Dominican Republic (DOM)");
    }

    [Fact]
    public void China_is_refused_with_the_reason()
    {
        var run = CliRunner.Run("status", "CHN");
        run.ExitCode.Should().Be(2);
        run.Errors.Should().Contain("not a Latin American or Caribbean state");
    }

    [Fact]
    public void A_missing_argument_is_a_usage_error()
    {
        var run = CliRunner.Run("status");
        run.ExitCode.Should().Be(2);
        run.Errors.Should().Contain("COUNTRY");
    }
}
