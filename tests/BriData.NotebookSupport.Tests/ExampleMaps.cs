using System.Collections.ObjectModel;

namespace BriData.NotebookSupport.Tests;

/// <summary>
/// The two example maps committed under samples/notebooks/charts: synthetic values and categories (not BriData data),
/// fixed by a seed so that every run draws the same map.
/// </summary>
public static class ExampleMaps
{
    public const string Caption = "Source: synthetic demo values (not BriData data); boundaries: Natural Earth (public domain) via world-atlas";

    /// <summary>A value in [0, 100) for every state but three (seeded), which are left missing.</summary>
    public static IReadOnlyDictionary<string, double?> DemoValues()
    {
        var random = new Random(2026);
        var values = new SortedDictionary<string, double?>(StringComparer.Ordinal);
        foreach (var code in LacMap.StateCodes)
        {
            values[code] = Math.Round(random.NextDouble() * 100, 1);
        }

        values["BOL"] = null;
        values["DMA"] = null;
        values["HTI"] = null;
        return new ReadOnlyDictionary<string, double?>(values);
    }

    /// <summary>Three synthetic categories by a fixed rule, and two states without a category.</summary>
    public static IReadOnlyDictionary<string, string?> DemoCategories()
    {
        var categories = new SortedDictionary<string, string?>(StringComparer.Ordinal);
        var names = new[] { "Category A", "Category B", "Category C" };
        var i = 0;
        foreach (var code in LacMap.StateCodes)
        {
            categories[code] = names[i++ % names.Length];
        }

        categories["GUY"] = null;
        categories["LCA"] = null;
        return new ReadOnlyDictionary<string, string?>(categories);
    }

    public static LacMapFigure Choropleth() =>
        LacMap.Choropleth(DemoValues(), "Demo choropleth: a synthetic value per state", "Demo value (synthetic, 0–100)", Caption);

    public static LacMapFigure Categories() =>
        LacMap.Categories(DemoCategories(), "Demo category map: synthetic categories", Caption);
}
