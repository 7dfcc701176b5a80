using System.Buffers.Binary;
using System.Globalization;
using System.Text.RegularExpressions;
using ScottPlot;

namespace BriData.NotebookSupport.Tests;

public sealed class ChoroplethTests
{
    private const string Caption = "Source: BriData 2026.11 (AEI CGIT); boundaries: Natural Earth";

    private static Dictionary<string, double?> Values(params (string Code, double? Value)[] pairs) =>
        pairs.ToDictionary(p => p.Code, p => p.Value, StringComparer.Ordinal);

    private static LacMapFigure Map(Dictionary<string, double?> values, double? minimum = null, double? maximum = null) =>
        LacMap.Choropleth(values, "Test map", "Test value, %", Caption, minimum: minimum, maximum: maximum);

    [Fact]
    public void Different_values_get_different_colours_and_equal_values_the_same()
    {
        var figure = Map(Values(("ARG", 0), ("BRA", 50), ("CHL", 100), ("PER", 50)));

        var fill = figure.FillByAlpha3;
        new[] { fill["ARG"], fill["BRA"], fill["CHL"] }.Should().OnlyHaveUniqueItems();
        fill["PER"].Should().Be(fill["BRA"]);
        new[] { fill["ARG"], fill["BRA"], fill["CHL"] }.Should().NotContain(LacMap.MissingColor);

        // The default scale: viridis reversed, so the smallest value takes the scale's first colour.
        var scale = new ScottPlot.Colormaps.Reversed(new ScottPlot.Colormaps.Viridis());
        fill["ARG"].Should().Be(scale.GetColor(0));
        fill["CHL"].Should().Be(scale.GetColor(1));
    }

    [Fact]
    public void Values_outside_an_explicit_range_take_the_end_colours()
    {
        var figure = Map(Values(("ARG", -5), ("BRA", 0), ("CHL", 10), ("PER", 20)), minimum: 0, maximum: 10);

        figure.FillByAlpha3["ARG"].Should().Be(figure.FillByAlpha3["BRA"]);
        figure.FillByAlpha3["PER"].Should().Be(figure.FillByAlpha3["CHL"]);
        figure.FillByAlpha3["BRA"].Should().NotBe(figure.FillByAlpha3["CHL"]);
    }

    [Fact]
    public void A_single_distinct_value_takes_the_middle_colour()
    {
        var figure = Map(Values(("ARG", 7), ("BRA", 7)));

        figure.FillByAlpha3["ARG"].Should().Be(new ScottPlot.Colormaps.Reversed(new ScottPlot.Colormaps.Viridis()).GetColor(0.5));
    }

    [Fact]
    public void Missing_values_are_drawn_hatched_grey_and_named_in_the_legend()
    {
        var values = LacMap.StateCodes.ToDictionary(c => c, c => (double?)c[0], StringComparer.Ordinal);
        values["BOL"] = null;
        values.Remove("HTI");
        var figure = Map(values);

        figure.MissingAlpha3.Should().Equal("BOL", "HTI");
        figure.FillByAlpha3["BOL"].Should().Be(LacMap.MissingColor);
        figure.FillByAlpha3["HTI"].Should().Be(LacMap.MissingColor);
        figure.PolygonsByAlpha3["BOL"].Should().OnlyContain(p => p.FillHatch != null && p.FillColor == LacMap.MissingColor);
        figure.PolygonsByAlpha3["BRA"].Should().OnlyContain(p => p.FillHatch == null && p.FillColor == figure.FillByAlpha3["BRA"]);
        figure.Plot.Legend.ManualItems.Should().ContainSingle(i => i.LabelText == "No data (2; grey)")
            .Which.FillHatch.Should().NotBeNull();

        // What is drawn: Bolivia's pixels are the two greys of the hatching, Brazil's is Brazil's colour.
        var bolivia = Rendering.ColorsAround(figure, LacGeometry.Default.StateByAlpha3["BOL"].LabelPoint, radius: 6);
        bolivia.Should().Contain(c => Rendering.Near(c, LacMap.MissingColor, 12));
        bolivia.Should().Contain(c => Rendering.Near(c, LacMap.MissingHatchColor, 40));
        bolivia.Should().OnlyContain(c => Math.Abs(c.R - c.G) <= 6 && Math.Abs(c.G - c.B) <= 6, "hatched grey has no hue");
        var brazil = Rendering.ColorsAround(figure, LacGeometry.Default.StateByAlpha3["BRA"].LabelPoint).Single();
        Rendering.Near(brazil, figure.FillByAlpha3["BRA"]).Should().BeTrue($"Brazil is drawn {brazil.ToHex()}, filled {figure.FillByAlpha3["BRA"].ToHex()}");
    }

    [Fact]
    public void Every_state_is_missing_when_no_value_is_given_and_the_legend_says_so()
    {
        var figure = Map(Values(("ARG", null)));

        figure.MissingAlpha3.Should().HaveCount(33);
        figure.Plot.Legend.ManualItems.Select(i => i.LabelText).Should().Contain(t => t.Contains("no state has a value", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_codes_throw_an_ArgumentException_naming_each_of_them()
    {
        var values = Values(("ARG", 1), ("XYZ", 2), ("CHN", 3), ("arg", 4));

        FluentActions.Invoking(() => Map(values)).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "valueByAlpha3")
            .Where(e => e.Message.Contains("CHN, XYZ, arg", StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_values_ranges_and_captions_throw()
    {
        FluentActions.Invoking(() => Map(Values(("ARG", double.NaN), ("BRA", double.PositiveInfinity)))).Should().Throw<ArgumentException>().WithMessage("*ARG, BRA*");
        FluentActions.Invoking(() => Map(Values(("ARG", 1)), minimum: 5, maximum: 5)).Should().Throw<ArgumentException>().WithParameterName("minimum");
        FluentActions.Invoking(() => LacMap.Choropleth(Values(("ARG", 1)), "t", "l", " ")).Should().Throw<ArgumentException>().WithParameterName("sourceCaption");
    }

    [Fact]
    public void The_SVG_carries_the_caption_and_the_legend_title_as_text()
    {
        var svg = Map(Values(("ARG", 1), ("BRA", 2))).ToSvg();

        svg.Should().Contain("<svg").And.Contain(Caption).And.Contain("Test value, %").And.Contain("Test map");
    }

    [Fact]
    public void Colour_bar_labels_use_the_invariant_culture_whatever_the_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            var svg = Map(Values(("ARG", 0), ("BRA", 0.5))).ToSvg();

            Regex.IsMatch(svg, @">\s*0\.1\s*<").Should().BeTrue("0.1 is a tick of a 0-0.5 scale");
            Regex.IsMatch(svg, @">\s*0,1\s*<").Should().BeFalse("labels are not in the current (German) culture");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void The_PNG_has_the_requested_size_and_is_not_blank()
    {
        var figure = Map(Values(("ARG", 1), ("BRA", 2), ("MEX", 3)));

        var png = figure.ToPng(640, 480);

        png.AsSpan(0, 8).ToArray().Should().Equal(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
        BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)).Should().Be(640);
        BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)).Should().Be(480);
        using var image = new Image(png);
        var rgb = image.GetArrayRGB();
        var distinct = new HashSet<int>();
        for (var y = 0; y < image.Height; y += 4)
        {
            for (var x = 0; x < image.Width; x += 4)
            {
                distinct.Add((rgb[y, x, 0] << 16) | (rgb[y, x, 1] << 8) | rgb[y, x, 2]);
            }
        }

        distinct.Count.Should().BeGreaterThan(20, "a map has sea, land, context, legend and text colours");
        FluentActions.Invoking(() => figure.ToPng(0, 10)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void SavePng_and_SaveSvg_write_files_creating_the_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "bridata-map-tests-" + Guid.NewGuid().ToString("N"));
        try
        {
            var figure = Map(Values(("ARG", 1)));
            var png = figure.SavePng(Path.Combine(folder, "nested", "map.png"), 300, 320);
            var svg = figure.SaveSvg(Path.Combine(folder, "nested", "map.svg"), 300, 320);

            new FileInfo(png).Length.Should().BeGreaterThan(1000);
            File.ReadAllText(svg).Should().Contain(Caption);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
