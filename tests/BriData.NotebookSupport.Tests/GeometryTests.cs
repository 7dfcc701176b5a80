using ScottPlot;

namespace BriData.NotebookSupport.Tests;

public sealed class GeometryTests
{
    /// <summary>The 33 sovereign states of UN M49 "Latin America and the Caribbean".</summary>
    public static readonly string[] Lac33 =
    [
        "ATG", "ARG", "BHS", "BRB", "BLZ", "BOL", "BRA", "CHL", "COL", "CRI", "CUB", "DMA", "DOM", "ECU", "SLV", "GRD", "GTM",
        "GUY", "HTI", "HND", "JAM", "MEX", "NIC", "PAN", "PRY", "PER", "KNA", "LCA", "VCT", "SUR", "TTO", "URY", "VEN",
    ];

    /// <summary>A generous box around Latin America and the Caribbean, in degrees (lon -120 to -30, lat -60 to 35).</summary>
    private static readonly CoordinateRect LacBox = new(-120, -30, -60, 35);

    [Fact]
    public void The_embedded_geometry_holds_exactly_the_33_states_each_with_at_least_one_polygon()
    {
        var geometry = LacGeometry.Default;

        geometry.States.Select(s => s.Alpha3).Should().BeEquivalentTo(Lac33);
        geometry.States.Select(s => s.Alpha3).Should().BeInAscendingOrder(StringComparer.Ordinal);
        LacMap.StateCodes.Should().BeEquivalentTo(Lac33);
        geometry.States.Should().OnlyContain(s => s.Polygons.Count > 0 && s.Polygons.All(r => r.Length >= 3));
        geometry.States.Select(s => s.M49).Should().OnlyHaveUniqueItems().And.OnlyContain(m => m != null && m.Length == 3 && m.All(char.IsAsciiDigit));
        geometry.StateByAlpha3["BRA"].M49.Should().Be("076");
        geometry.StateByAlpha3["KNA"].M49.Should().Be("659");
        geometry.Context.Should().Contain(c => c.Name == "Puerto Rico").And.Contain(c => c.Name == "France").And.OnlyContain(c => c.Alpha3 == null);
    }

    [Fact]
    public void Every_polygon_lies_inside_the_display_bounds_and_the_LAC_box()
    {
        var geometry = LacGeometry.Default;
        var b = geometry.Bounds;
        b.Left.Should().BeGreaterThanOrEqualTo(LacBox.Left);
        b.Right.Should().BeLessThanOrEqualTo(LacBox.Right);
        b.Bottom.Should().BeGreaterThanOrEqualTo(LacBox.Bottom);
        b.Top.Should().BeLessThanOrEqualTo(LacBox.Top);

        var outside = geometry.States.Concat(geometry.Context)
            .SelectMany(shape => shape.Polygons.SelectMany(ring => ring).Where(p => p.X < b.Left || p.X > b.Right || p.Y < b.Bottom || p.Y > b.Top)
                .Select(p => $"{shape} ({p.X}, {p.Y})"))
            .ToArray();
        outside.Should().BeEmpty();
    }

    [Fact]
    public void Each_states_label_point_lies_within_the_extent_of_its_largest_polygon()
    {
        foreach (var state in LacGeometry.Default.States)
        {
            var ring = state.Polygons[0];
            state.LabelPoint.X.Should().BeInRange(ring.Min(p => p.X), ring.Max(p => p.X), state.ToString());
            state.LabelPoint.Y.Should().BeInRange(ring.Min(p => p.Y), ring.Max(p => p.Y), state.ToString());
        }
    }

    [Fact]
    public void The_seven_smallest_states_are_the_ones_marked_in_the_inset_and_all_lie_in_its_source_region()
    {
        LacMap.InsetMarkerStates.Should().BeEquivalentTo(["ATG", "BRB", "DMA", "GRD", "KNA", "LCA", "VCT"]);
        foreach (var code in LacMap.InsetMarkerStates)
        {
            LacMap.InsetSource.Contains(LacGeometry.Default.StateByAlpha3[code].LabelPoint).Should().BeTrue(code);
        }

        // The inset is drawn in open sea: no state's polygon reaches into its frame.
        var target = LacMap.InsetTarget;
        LacGeometry.Default.States.SelectMany(s => s.Polygons.SelectMany(r => r).Select(p => (s.Alpha3, p)))
            .Where(x => target.Contains(x.p)).Should().BeEmpty();
    }

    [Fact]
    public void The_geometry_resource_is_smaller_than_300_KB()
    {
        using var stream = typeof(LacGeometry).Assembly.GetManifestResourceStream("BriData.NotebookSupport.lac-geometry.json");
        stream.Should().NotBeNull();
        stream!.Length.Should().BeInRange(50_000, 300_000);
        LacGeometry.Default.SourceNote.Should().Contain("Natural Earth").And.Contain("world-atlas 2.0.2").And.Contain("ISC");
    }

    [Fact]
    public void Load_refuses_another_format_and_malformed_json()
    {
        using var other = new MemoryStream("{\"format\":\"geojson\"}"u8.ToArray());
        FluentActions.Invoking(() => LacGeometry.Load(other)).Should().Throw<InvalidDataException>().WithMessage("*geojson*");
        using var broken = new MemoryStream("{\"format\":\"bridata-lac-geometry/1\",\"bounds\":[0,0,1,1]}"u8.ToArray());
        FluentActions.Invoking(() => LacGeometry.Load(broken)).Should().Throw<InvalidDataException>();
    }
}
