using System.Globalization;

namespace BriData.Tests.Display;

/// <summary>The one display formatter: rounding follows the unit, values keep their precision, words for enums.</summary>
public sealed class DisplayFormatTests
{
    [Theory]
    [InlineData(28.288539331731298352952027989, "percent", "28.3 %")]
    [InlineData(3255.9832, "USD millions (nominal)", "USD 3,256.0 m (nominal)")]
    [InlineData(35529555.0, "USD", "USD 35.5 m")]
    [InlineData(12358361265.65375567334, "USD (constant 2021)", "USD 12,358.4 m (constant 2021)")]
    [InlineData(1183.0, "count", "1,183")]
    [InlineData(17.6, "persons", "18 persons")]
    [InlineData(1.0, "rank", "rank 1")]
    [InlineData(1.0, "flag (1 = yes, 0 = no)", "yes")]
    [InlineData(12.3456, "km", "12.35 km")]
    [InlineData(1234.5678, "TEU/year", "1,234.6 TEU/year")]
    [InlineData(0.001, "km", "<0.01 km")]
    public void A_value_is_rounded_for_its_unit(double value, string unit, string text)
    {
        DisplayFormat.WithUnit((decimal)value, unit).Should().Be(text);
    }

    [Fact]
    public void Rounding_uses_the_full_precision_decimal_and_rounds_half_away_from_zero()
    {
        DisplayFormat.Percent(28.25m).Should().Be("28.3 %");
        DisplayFormat.Percent(-28.25m).Should().Be("-28.3 %");
        DisplayFormat.UsdMillions(0.05m).Should().Be("USD 0.1 m");
        DisplayFormat.Number(12358361265.65375567334m, "USD").Should().Be("12,358.4");
    }

    [Fact]
    public void Missing_is_missing_never_zero()
    {
        DisplayFormat.WithUnit(null, "percent").Should().Be("missing");
        DisplayFormat.UsdMillions(null).Should().Be("missing");
        DisplayFormat.Number((double?)double.NaN, "km").Should().Be("missing");
    }

    [Theory]
    [InlineData(1, "1 record")]
    [InlineData(0, "0 records")]
    [InlineData(2, "2 records")]
    [InlineData(12345, "12,345 records")]
    public void Counts_agree_with_their_noun(int count, string text)
    {
        DisplayFormat.Count(count, "record").Should().Be(text);
    }

    [Fact]
    public void Enum_members_read_as_lower_case_words_with_acronyms_and_names_kept()
    {
        DisplayFormat.Words(MilestoneKind.ConstructionStarted).Should().Be("construction started");
        DisplayFormat.Words(FtaStage.InForce).Should().Be("in force");
        DisplayFormat.Words(DiplomaticRecognition.PeoplesRepublicOfChina).Should().Be("People's Republic of China");
        DisplayFormat.Words(TradeReporter.ChinaReported).Should().Be("China reported");
        DisplayFormat.Words(StatusChangeKind.LeftBri).Should().Be("left BRI");
    }

    [Fact]
    public void Dates_stay_Gregorian_under_any_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("th-TH");
            DisplayFormat.Date(new DateOnly(2020, 6, 30)).Should().Be("2020-06-30");
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            DisplayFormat.Percent(28.29m).Should().Be("28.3 %");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory]
    [InlineData(12, "facilities", QuantityBound.MultipleOf, "dozens of facilities")]
    [InlineData(1000, "km", QuantityBound.MultipleOf, "thousands of km")]
    [InlineData(7, "stations", QuantityBound.MultipleOf, "several times 7 stations")]
    [InlineData(37_690_000_000, "USD", QuantityBound.About, "about USD 37,690.0 m")]
    public void Claim_quantities_read_as_plain_English(double value, string unit, QuantityBound bound, string text)
    {
        new ClaimQuantity((decimal)value, bound, MeasureUnit.Parse(unit), null).ToString().Should().Be(text);
    }

    [Fact]
    public void Values_keep_their_precision_while_text_is_rounded()
    {
        var total = new MoneyTotal { Amount = Money.ConstantUsd2021(12_358_361_265.65375567334m), RecordCount = 1, RecordsWithoutAmount = 0, ExcludedRecordCount = 0, SourceIds = [] };
        (total.Amount?.AmountUsdMillions).Should().Be(12_358.36126565375567334m);
        total.ToString().Should().Be("USD 12,358.4 m (constant 2021) from 1 record (0 without amount, 0 excluded)");
    }
}
