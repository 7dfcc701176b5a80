using ScottPlot;
using ScottPlot.Plottables;

namespace BriData.NotebookSupport;

/// <summary>
/// A map made by <see cref="LacMap.Choropleth"/> or <see cref="LacMap.Categories"/>: the ScottPlot <see cref="Plot"/>
/// (change it freely before saving), the fill colour of every state, and helpers that render it to PNG or SVG.
/// </summary>
public sealed class LacMapFigure
{
    internal LacMapFigure(
        Plot plot,
        IReadOnlyDictionary<string, Color> fillByAlpha3,
        IReadOnlyList<string> missingAlpha3,
        IReadOnlyDictionary<string, IReadOnlyList<Polygon>> polygonsByAlpha3,
        string caption)
    {
        Plot = plot;
        FillByAlpha3 = fillByAlpha3;
        MissingAlpha3 = missingAlpha3;
        PolygonsByAlpha3 = polygonsByAlpha3;
        Caption = caption;
    }

    /// <summary>The ScottPlot plot that draws the map (axes in degrees: X = longitude, Y = latitude).</summary>
    public Plot Plot { get; }

    /// <summary>
    /// The fill colour of each of the 33 states by alpha-3 code (ordinal): its value's or category's colour, or
    /// <see cref="LacMap.MissingColor"/> (drawn hatched) for a state without data.
    /// </summary>
    public IReadOnlyDictionary<string, Color> FillByAlpha3 { get; }

    /// <summary>The states drawn as missing (no value or category), in ordinal order; empty when every state has data.</summary>
    public IReadOnlyList<string> MissingAlpha3 { get; }

    /// <summary>The polygons of each state in the main map (not the inset), by alpha-3 code; restyle them if needed.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Polygon>> PolygonsByAlpha3 { get; }

    /// <summary>The source caption printed under the map.</summary>
    public string Caption { get; }

    /// <summary>Renders the map as PNG bytes.</summary>
    /// <param name="width">Image width in pixels (at least 1; default <see cref="LacMap.DefaultWidth"/>).</param>
    /// <param name="height">Image height in pixels (at least 1; default <see cref="LacMap.DefaultHeight"/>).</param>
    /// <exception cref="ArgumentOutOfRangeException">A size is below 1.</exception>
    public byte[] ToPng(int width = LacMap.DefaultWidth, int height = LacMap.DefaultHeight)
    {
        CheckSize(width, height);
        return Plot.GetImageBytes(width, height, ImageFormat.Png);
    }

    /// <summary>Renders the map as an SVG document (text is kept as SVG text, so the caption is searchable).</summary>
    /// <param name="width">Image width in pixels (at least 1).</param>
    /// <param name="height">Image height in pixels (at least 1).</param>
    /// <exception cref="ArgumentOutOfRangeException">A size is below 1.</exception>
    public string ToSvg(int width = LacMap.DefaultWidth, int height = LacMap.DefaultHeight)
    {
        CheckSize(width, height);
        return Plot.GetSvgXml(width, height);
    }

    /// <summary>Saves the map as a PNG file, creating its folder if needed; overwrites an existing file.</summary>
    /// <param name="path">File path (relative paths resolve against the current directory).</param>
    /// <param name="width">Image width in pixels (at least 1).</param>
    /// <param name="height">Image height in pixels (at least 1).</param>
    /// <returns>The full path written.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A size is below 1.</exception>
    public string SavePng(string path, int width = LacMap.DefaultWidth, int height = LacMap.DefaultHeight)
    {
        var full = Prepare(path);
        File.WriteAllBytes(full, ToPng(width, height));
        return full;
    }

    /// <summary>Saves the map as an SVG file (UTF-8), creating its folder if needed; overwrites an existing file.</summary>
    /// <param name="path">File path (relative paths resolve against the current directory).</param>
    /// <param name="width">Image width in pixels (at least 1).</param>
    /// <param name="height">Image height in pixels (at least 1).</param>
    /// <returns>The full path written.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A size is below 1.</exception>
    public string SaveSvg(string path, int width = LacMap.DefaultWidth, int height = LacMap.DefaultHeight)
    {
        var full = Prepare(path);
        File.WriteAllText(full, ToSvg(width, height));
        return full;
    }

    private static string Prepare(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return full;
    }

    private static void CheckSize(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
    }
}
