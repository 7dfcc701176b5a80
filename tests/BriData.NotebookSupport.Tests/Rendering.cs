using ScottPlot;

namespace BriData.NotebookSupport.Tests;

/// <summary>Renders a figure and reads back the pixels drawn at a map coordinate.</summary>
internal static class Rendering
{
    /// <summary>The colours in a (2r+1)² window around a coordinate of the map, after rendering at the given size.</summary>
    public static IReadOnlyList<Color> ColorsAround(LacMapFigure figure, Coordinates at, int radius = 0, int width = 900, int height = 1000)
    {
        using var image = figure.Plot.GetImage(width, height);
        var rgb = image.GetArrayRGB();
        var pixel = figure.Plot.GetPixel(at);
        var colors = new List<Color>();
        for (var dy = -radius; dy <= radius; dy++)
        {
            for (var dx = -radius; dx <= radius; dx++)
            {
                var x = (int)Math.Round(pixel.X) + dx;
                var y = (int)Math.Round(pixel.Y) + dy;
                colors.Add(new Color(rgb[y, x, 0], rgb[y, x, 1], rgb[y, x, 2]));
            }
        }

        return colors;
    }

    public static bool Near(Color a, Color b, int tolerance = 3) =>
        Math.Abs(a.R - b.R) <= tolerance && Math.Abs(a.G - b.G) <= tolerance && Math.Abs(a.B - b.B) <= tolerance;
}
