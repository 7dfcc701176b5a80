using System.Globalization;
using BriData.Notebooks;

namespace BriData.Tests.Notebooks;

/// <summary>Culture-invariant display text for numbers, money, enums and claim figures.</summary>
public sealed class DisplayTextTests
{
    [Theory]
    [InlineData("UnderConstruction", "Under construction")]
    [InlineData("FtaInForce", "FTA in force")]
    [InlineData("PrcRelationsEstablished", "PRC relations established")]
    [InlineData("AiibJoined", "AIIB joined")]
    [InlineData("CelacForumMinisterialMeeting", "CELAC forum ministerial meeting")]
    [InlineData("Port", "Port")]
    [InlineData("PeoplesRepublicOfChina", "People's Republic of China")]
    [InlineData("Taipei", "Taipei")]
    [InlineData("LatinAmericaAndCaribbean", "Latin America and Caribbean")]
    public void Enum_members_read_as_words_with_acronyms_kept(string member, string words)
    {
        DisplayText.Words(member).Should().Be(words);
    }

    [Theory]
    [InlineData(1234.56, "1,234.6")]
    [InlineData(12.345, "12.35")]
    [InlineData(0.01234, "0.01")]
    [InlineData(-2500, "-2,500")]
    public void Numbers_without_a_unit_get_separators_and_at_most_two_decimals(double value, string text)
    {
        DisplayText.Number((decimal)value).Should().Be(text);
    }

    [Theory]
    [InlineData(3_500_000_000, "USD", QuantityBound.Over, "over USD 3,500.0 m")]
    [InlineData(297_700_000, "USD", QuantityBound.Exact, "USD 297.7 m")]
    [InlineData(40, "percent", QuantityBound.Nearly, "nearly 40.0 %")]
    [InlineData(12, "facilities", QuantityBound.MultipleOf, "dozens of facilities")]
    [InlineData(200, "projects", QuantityBound.Over, "over 200 projects")]
    public void Claim_figures_read_as_published(double value, string unit, QuantityBound bound, string text)
    {
        DisplayText.ClaimFigure(new ClaimQuantity((decimal)value, bound, MeasureUnit.Parse(unit), null)).Should().Be(text);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    public void Tables_read_the_same_under_any_culture(string culture)
    {
        var records = new[] { new { Year = 2019, Value = 1234.5m, Money = Money.ConstantUsd2021(2_343_600_000m) } };
        var invariant = NotebookDisplay.ToTable(records, null, 1, DisplayContext.None).ToString();
        var saved = CultureInfo.CurrentCulture;
        string local;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            local = NotebookDisplay.ToTable(records, null, 1, DisplayContext.None).ToString();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        local.Should().Be(invariant).And.Contain("1,234.5").And.Contain("2,343.6 (constant 2021)");
    }

    [Fact]
    public void Table_cells_round_by_the_unit_a_member_name_or_a_row_declares()
    {
        var rows = new[] { new { Country = "PER", SharePercent = 28.288539331731298352952027989m, TotalUsdMillions = 3255.9832m, AmountUsd = 35_529_555m, RecordCount = 1183, Other = 12.3456m } };
        var table = NotebookDisplay.ToTable(rows, null, 5, DisplayContext.None);
        var text = table.ToString();
        var html = table.ToHtml();
        foreach (var shown in new[] { text, html })
        {
            shown.Should().Contain("28.3").And.NotContain("28.29");
            shown.Should().Contain("3,256.0").And.Contain("35.5").And.Contain("1,183").And.Contain("12.35");
        }

        var tidy = new[]
        {
            new TidyRow { Set = "finance", Entity = "ARG", Dimensions = [], Measure = "total", Value = 12358361265.65375567334m, Unit = "USD (constant 2021)", SourceIds = [] },
            new TidyRow { Set = "share", Entity = "PER", Dimensions = [], Measure = "share", Value = 28.2885m, Unit = "percent", SourceIds = [] },
        };
        var tidyText = NotebookDisplay.ToTable(tidy, null, 5, DisplayContext.None).ToString();
        tidyText.Should().Contain("12,358.4").And.Contain("28.3").And.NotContain("12358361265").And.NotContain("28.29");
    }
}
