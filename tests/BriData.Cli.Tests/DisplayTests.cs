using System.Globalization;
using BriData.Cli.Arguments;
using BriData.Cli.Output;

namespace BriData.Cli.Tests;

public sealed class DisplayTests
{
    [Theory]
    [InlineData("ConstructionStarted", "construction started")]
    [InlineData("BriMemorandumSigned", "BRI memorandum signed")]
    [InlineData("PrcRelationsEstablished", "PRC relations established")]
    [InlineData("NotComparable", "not comparable")]
    public void Enum_names_become_words(string identifier, string words) => Display.Words(identifier).Should().Be(words);

    [Fact]
    public void Rounding_follows_the_unit_and_ignores_the_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Display.UsdMillions(12358.361265m).Should().Be("12,358.4");
            Display.Percent(28.288539331731298352952027989m).Should().Be("28.3%");
            Display.UsdMillions(null).Should().Be(Display.Missing);
            Display.Number(35529555.000000m).Should().Be("35,529,555");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("Puerto de Chancay", "puerto de chancay")]
    [InlineData("  São-Paulo!! ", "sao paulo")]
    public void Folding_removes_case_accents_and_punctuation(string text, string folded) => TextMatch.Fold(text).Should().Be(folded);

    [Theory]
    [InlineData("chancy", "chancay", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    public void Levenshtein_counts_edits(string a, string b, int distance) => TextMatch.Levenshtein(a, b).Should().Be(distance);

    [Theory]
    [InlineData(1, "1 dated event")]
    [InlineData(7, "7 dated events")]
    [InlineData(0, "0 dated events")]
    public void Counts_take_the_singular_only_for_one(long count, string text) => Display.Counted(count, "dated event").Should().Be(text);
}
