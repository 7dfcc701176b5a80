using ScottPlot;

namespace BriData.NotebookSupport.Tests;

public sealed class CategoryTests
{
    private const string Caption = "Source: BriData 2026.11 (bri-cooperation-documents); boundaries: Natural Earth";

    private static Dictionary<string, string?> Categories(params (string Code, string? Category)[] pairs) =>
        pairs.ToDictionary(p => p.Code, p => p.Category, StringComparer.Ordinal);

    [Fact]
    public void Each_category_gets_its_own_colour_and_the_legend_counts_the_states()
    {
        var data = Categories(("PAN", "BRI member"), ("PER", "BRI member"), ("BRA", "Not a member"), ("ARG", "Withdrew"));
        var figure = LacMap.Categories(data, "BRI", Caption, ["BRI member", "Not a member", "Withdrew"]);

        figure.FillByAlpha3["PAN"].Should().Be(figure.FillByAlpha3["PER"]);
        new[] { figure.FillByAlpha3["PAN"], figure.FillByAlpha3["BRA"], figure.FillByAlpha3["ARG"] }.Should().OnlyHaveUniqueItems();
        figure.FillByAlpha3["PAN"].Should().Be(LacMap.CategoryPalette[0]);
        figure.Plot.Legend.ManualItems.Select(i => i.LabelText).Should().Equal(
            "BRI member (2)", "Not a member (1)", "Withdrew (1)", "No data (29; grey, × in the inset)");
        figure.MissingAlpha3.Should().HaveCount(29).And.NotContain("PAN");
    }

    [Fact]
    public void Given_colours_are_used_and_the_missing_states_are_hatched()
    {
        var colors = new Dictionary<string, Color>(StringComparer.Ordinal) { ["Recognises PRC"] = Colors.Crimson, ["Recognises Taipei"] = Colors.SteelBlue };
        var figure = LacMap.Categories(Categories(("CHL", "Recognises PRC"), ("PRY", "Recognises Taipei"), ("GTM", null)), "Recognition", Caption, colors: colors);

        figure.FillByAlpha3["CHL"].Should().Be(Colors.Crimson);
        figure.FillByAlpha3["PRY"].Should().Be(Colors.SteelBlue);
        figure.PolygonsByAlpha3["GTM"].Should().OnlyContain(p => p.FillHatch != null);
        figure.PolygonsByAlpha3["CHL"].Should().OnlyContain(p => p.FillHatch == null);
        var paraguay = Rendering.ColorsAround(figure, LacGeometry.Default.StateByAlpha3["PRY"].LabelPoint).Single();
        Rendering.Near(paraguay, Colors.SteelBlue).Should().BeTrue(paraguay.ToHex());
    }

    [Fact]
    public void Default_order_is_ordinal_and_an_incomplete_or_repeating_order_throws()
    {
        var data = Categories(("CHL", "b"), ("PER", "a"), ("MEX", "B"));
        LacMap.Categories(data, "t", Caption).Plot.Legend.ManualItems.Take(3).Select(i => i.LabelText).Should().Equal("B (1)", "a (1)", "b (1)");

        FluentActions.Invoking(() => LacMap.Categories(data, "t", Caption, ["a", "b"])).Should().Throw<ArgumentException>().WithMessage("*misses*B*");
        FluentActions.Invoking(() => LacMap.Categories(data, "t", Caption, ["a", "a", "b", "B"])).Should().Throw<ArgumentException>().WithMessage("*twice*");
    }

    [Fact]
    public void Unknown_codes_and_blank_categories_throw()
    {
        FluentActions.Invoking(() => LacMap.Categories(Categories(("PRI", "x"), ("GUF", "y"), ("BRA", "z")), "t", Caption))
            .Should().Throw<ArgumentException>().Where(e => e.Message.Contains("GUF, PRI", StringComparison.Ordinal) && !e.Message.Contains("BRA", StringComparison.Ordinal));
        FluentActions.Invoking(() => LacMap.Categories(Categories(("BRA", " ")), "t", Caption))
            .Should().Throw<ArgumentException>().WithMessage("*BRA*");
    }

    [Fact]
    public void The_SVG_carries_the_caption_and_the_category_names()
    {
        var svg = LacMap.Categories(Categories(("CHL", "Recognises PRC"), ("PRY", "Recognises Taipei")), "Recognition", Caption).ToSvg(700, 800);

        svg.Should().Contain(Caption).And.Contain("Recognises Taipei (1)").And.Contain("Recognition");
    }
}
