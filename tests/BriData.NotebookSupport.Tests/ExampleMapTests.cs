namespace BriData.NotebookSupport.Tests;

/// <summary>
/// Renders the two example maps. With BRIDATA_MAP_EXAMPLES_DIR set (to samples/notebooks/charts, say) the PNGs are
/// also written there, which is how the committed examples are made.
/// </summary>
public sealed class ExampleMapTests
{
    [Fact]
    public void The_example_maps_render_and_can_be_written_to_the_charts_folder()
    {
        var choropleth = ExampleMaps.Choropleth();
        var categories = ExampleMaps.Categories();

        choropleth.MissingAlpha3.Should().Equal("BOL", "DMA", "HTI");
        categories.MissingAlpha3.Should().Equal("GUY", "LCA");
        choropleth.ToPng().Length.Should().BeGreaterThan(10_000);
        categories.ToPng().Length.Should().BeGreaterThan(10_000);

        var folder = Environment.GetEnvironmentVariable("BRIDATA_MAP_EXAMPLES_DIR");
        if (!string.IsNullOrEmpty(folder))
        {
            File.Exists(choropleth.SavePng(Path.Combine(folder, "map-demo-choropleth.png"))).Should().BeTrue();
            File.Exists(categories.SavePng(Path.Combine(folder, "map-demo-categories.png"))).Should().BeTrue();
        }
    }
}
