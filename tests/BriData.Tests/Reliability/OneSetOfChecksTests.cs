namespace BriData.Tests.Reliability;

/// <summary>
/// Issue 14, faults 3 and 10: <see cref="BriDataset.Create"/>, <see cref="BriDataset.Load"/> and
/// <see cref="BriDataset.Save"/> run the same checks, so that nothing can be created that cannot be saved and loaded
/// back; and the checks refuse control characters, numeric country codes, numbers that round to zero, null set
/// entries, release days in the far future and recipients that are not partner countries.
/// </summary>
public sealed class OneSetOfChecksTests
{
    private static IReadOnlyList<DataProblem> CreateProblems(BriDatasetContent content)
    {
        var act = () => BriDataset.Create(content);
        return act.Should().Throw<BriDataException>().Which.Problems;
    }

    private static BriDatasetContent WithProjectCost(Money amount)
    {
        var content = SmallRelease.Content();
        return content with { Projects = [content.Projects[0] with { Cost = content.Projects[0].Cost! with { Amount = amount } }, .. content.Projects.Skip(1)] };
    }

    [Fact]
    public void Create_refuses_a_default_money_as_Load_does()
    {
        CreateProblems(WithProjectCost(default)).Should().ContainSingle().Which.Should().Match<DataProblem>(p =>
            p.File == "projects.json" && p.Path == "$.records[0].cost.amount.basis" && p.Reason.Contains("no money basis", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_refuses_a_negative_price_year_as_Load_does()
    {
        CreateProblems(WithProjectCost(Money.NominalUsd(5, -5))).Should().ContainSingle().Which.Should().Match<DataProblem>(p =>
            p.File == "projects.json" && p.Path == "$.records[0].cost.amount.priceYear" && p.Reason.Contains("price year -5", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(DataFileFormat.Json)]
    [InlineData(DataFileFormat.Csv)]
    [InlineData(DataFileFormat.JsonLines)]
    public void What_Create_accepts_saves_and_loads_back_in_every_format(DataFileFormat format)
    {
        var data = BriDataset.Create(WithProjectCost(Money.NominalUsd(5, 1948)));
        using var folder = new ReleaseFolder(format, data);
        folder.Load().Projects[0].Cost!.Amount.Should().Be(Money.NominalUsd(5, 1948));
    }

    [Theory]
    [InlineData("\u0000", 0x0000)]
    [InlineData("\u001b[31m", 0x001B)]
    [InlineData("\u202e", 0x202E)]
    [InlineData("\u2066", 0x2066)]
    [InlineData("\u0085", 0x0085)]
    public void Control_and_bidi_override_characters_are_refused_in_text(string bad, int code)
    {
        var content = SmallRelease.Content();
        var problem = CreateProblems(content with { Sources = [content.Sources[0] with { Publisher = "Test " + bad + "Publisher" }, .. content.Sources.Skip(1)] })
            .Should().ContainSingle().Which;
        problem.File.Should().Be("sources.json");
        problem.Path.Should().Be("$.records[0].publisher");
        problem.Reason.Should().Contain($"U+{code:X4}");
    }

    [Fact]
    public void Control_characters_are_refused_at_load_with_their_line()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("sources.json", "Test Publisher A", "Test \\u001b[2J Publisher A");
        var line = folder.LineOf("sources.json", "Publisher A");
        folder.Problems().Should().ContainSingle().Which.Should().Be(new DataProblem("sources.json", "$.records[0].publisher", line,
            "the text holds the control character U+001B at position 5 (control characters other than tab and line breaks, and bidirectional overrides, are refused)"));
    }

    [Fact]
    public void Tabs_and_line_breaks_stay_allowed()
    {
        var content = SmallRelease.Content();
        BriDataset.Create(content with { Sources = [content.Sources[0] with { Note = "a\tb\r\nc" }, .. content.Sources.Skip(1)] }).Sources[0].Note.Should().Be("a\tb\r\nc");
    }

    [Fact]
    public void A_numeric_country_code_is_refused_in_json()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("trade.json", "\"partner\": \"PER\"", "\"partner\": \"604\"");
        var problem = folder.Problems().Should().ContainSingle().Which;
        problem.File.Should().Be("trade.json");
        problem.Reason.Should().Be("'604' is not an alpha-3 country code");
    }

    [Fact]
    public void A_numeric_country_code_is_refused_in_csv()
    {
        using var folder = new ReleaseFolder(DataFileFormat.Csv);
        var text = folder.Read("trade.csv");
        var lines = text.Split('\n');
        lines[1] = lines[1].Replace("PER", "604", StringComparison.Ordinal);
        folder.Write("trade.csv", string.Join('\n', lines));
        folder.Problems().Should().ContainSingle().Which.Reason.Should().Be("'604' is not an alpha-3 country code");
    }

    [Theory]
    [InlineData("1e-400")]
    [InlineData("0.00000000000000000000000000001")]
    public void A_number_that_would_round_to_zero_is_refused_in_json(string number)
    {
        using var folder = new ReleaseFolder();
        folder.Replace("trade.json", "\"valueUsdMillions\": 100.50", "\"valueUsdMillions\": " + number);
        var line = folder.LineOf("trade.json", number);
        folder.Problems().Should().ContainSingle().Which.Should().Be(new DataProblem("trade.json", "$.records[0].valueUsdMillions", line,
            "the number is too small for a decimal (below 1e-28) and would round to zero"));
    }

    [Fact]
    public void A_money_amount_that_would_round_to_zero_is_refused_in_json()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("finance.json", "\"amountUsd\": 100000000.25", "\"amountUsd\": 1e-400");
        folder.Problems().Should().ContainSingle().Which.Reason.Should().Contain("would round to zero");
    }

    [Fact]
    public void A_number_that_would_round_to_zero_is_refused_in_csv()
    {
        using var folder = new ReleaseFolder(DataFileFormat.Csv);
        folder.Replace("trade.csv", "100.50", "0.00000000000000000000000000001");
        folder.Problems().Should().ContainSingle().Which.Reason.Should().Contain("would round to zero");
    }

    [Fact]
    public void Zero_stays_zero()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("trade.json", "\"valueUsdMillions\": 100.50", "\"valueUsdMillions\": 0.000e5");
        folder.Load().Trade[0].ValueUsdMillions.Should().Be(0m);
    }

    [Fact]
    public void A_null_set_entry_in_the_manifest_is_refused()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("manifest.json", "\"sets\": [", "\"sets\": [\n    null,");
        folder.Problems().Should().ContainSingle().Which.Should().Match<DataProblem>(p => p.File == "manifest.json" && p.Path == "$.sets[0]" && p.Reason == "the set entry is null");
    }

    [Fact]
    public void A_release_day_in_the_far_future_is_refused()
    {
        CreateProblems(SmallRelease.Content() with { Released = new PartialDate(9999, 12, 31) })
            .Should().ContainSingle().Which.Should().Match<DataProblem>(p => p.File == "manifest.json" && p.Path == "$.released");
    }

    [Theory]
    [InlineData("XXX")]
    [InlineData("WLD")]
    [InlineData("CHN")]
    public void A_finance_recipient_must_be_a_partner_country(string code)
    {
        var content = SmallRelease.Content();
        var problem = CreateProblems(content with { Finance = [content.Finance[0] with { Recipient = CountryCode.Parse(code) }, .. content.Finance.Skip(1)] })
            .Should().ContainSingle().Which;
        problem.File.Should().Be("finance.json");
        problem.Path.Should().Be("$.records[0].recipient");
    }

    [Fact]
    public void Text_with_an_escape_sequence_never_reaches_the_plain_text_table()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("sources.json", "Test dataset A", "\\u001b]8;;https://evil.example\\u0007A");
        folder.Problems().Should().ContainSingle().Which.Path.Should().Be("$.records[0].title");
    }
}
