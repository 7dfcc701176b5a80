using System.Globalization;
using ScottPlot;
using ScottPlot.Plottables;

namespace BriData.NotebookSupport;

/// <summary>
/// Choropleth and category maps of the 33 Latin American and Caribbean states (ISO 3166 alpha-3 codes), drawn with
/// ScottPlot in an equirectangular projection (x = longitude, y = latitude, equal degrees on both axes) over the
/// region's bounds, without axis ticks. The Eastern Caribbean is repeated in an inset at 3× scale, where the seven
/// smallest states (<see cref="InsetMarkerStates"/>) also get a marker in their colour. Every map carries its
/// source caption under the map. Boundaries: <see cref="LacGeometry.Default"/>.
/// </summary>
public static class LacMap
{
    /// <summary>Default image width for the save and render helpers, in pixels.</summary>
    public const int DefaultWidth = 900;

    /// <summary>Default image height for the save and render helpers, in pixels.</summary>
    public const int DefaultHeight = 1000;

    /// <summary>Magnification of the Eastern Caribbean inset (dimensionless).</summary>
    public const double InsetScale = 3;

    /// <summary>Text of the legend entry for states without a value or category.</summary>
    public const string MissingLabel = "No data";

    /// <summary>Planar area in square degrees below which a state is also drawn as a marker in the inset.</summary>
    internal const double MarkerAreaSquareDegrees = 0.1;

    /// <summary>Polygons below this planar area (square degrees) get an outline in their fill colour, not white.</summary>
    private const double SolidOutlineAreaSquareDegrees = 0.5;

    /// <summary>Fill colour of a state without a value or category (light grey; hatched in PNG, plain in SVG, whose export has no hatching).</summary>
    public static readonly Color MissingColor = Color.FromHex("#D9D9D9");

    /// <summary>Colour of the hatching drawn over <see cref="MissingColor"/>.</summary>
    public static readonly Color MissingHatchColor = Color.FromHex("#8C8C8C");

    /// <summary>Fill colour of the grey context territories (not among the 33 states).</summary>
    public static readonly Color ContextColor = Color.FromHex("#F2F2F2");

    /// <summary>Background (sea) colour of the map area.</summary>
    public static readonly Color SeaColor = Color.FromHex("#E8F1F8");

    /// <summary>
    /// Colours given to categories in legend order (Okabe–Ito's colour-blind-safe set without black: blue, orange,
    /// bluish green, reddish purple, sky blue, vermillion, yellow); an eighth category starts again from the first.
    /// </summary>
    public static IReadOnlyList<Color> CategoryPalette { get; } =
        [.. new[] { "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442" }.Select(Color.FromHex)];

    private static readonly Color BorderColor = Color.FromHex("#FFFFFF");
    private static readonly Color ContextBorderColor = Color.FromHex("#B4B4B4");

    /// <summary>The region of the Eastern Caribbean repeated in the inset, in degrees (lon -63.4 to -59.2, lat 9.95 to 18.4).</summary>
    public static CoordinateRect InsetSource { get; } = new(-63.4, -59.2, 9.95, 18.4);

    /// <summary>Where the inset is drawn, in degrees of the main map (the open Atlantic north-east of the Guianas).</summary>
    public static CoordinateRect InsetTarget { get; } = new(
        -50.0,
        -50.0 + (InsetScale * (InsetSource.Right - InsetSource.Left)),
        5.6,
        5.6 + (InsetScale * (InsetSource.Top - InsetSource.Bottom)));

    /// <summary>The 33 ISO 3166-1 alpha-3 codes the maps accept, in ordinal order.</summary>
    public static IReadOnlyList<string> StateCodes => LacGeometry.Default.States.Select(s => s.Alpha3!).ToArray();

    /// <summary>
    /// The states too small to see at the map's scale (under 0.1 square degree: ATG, BRB, DMA, GRD, KNA, LCA, VCT),
    /// which the inset also marks with a circle in their colour and their code.
    /// </summary>
    public static IReadOnlyList<string> InsetMarkerStates =>
        LacGeometry.Default.States.Where(s => s.AreaSquareDegrees < MarkerAreaSquareDegrees).Select(s => s.Alpha3!).ToArray();

    /// <summary>
    /// A map of a continuous value per state: each state is filled with the colour of its value on
    /// <paramref name="colormap"/>, with a colour bar titled <paramref name="legendTitle"/> on the right; states without
    /// a value (absent from the dictionary or <see langword="null"/>) are drawn hatched grey and the legend says so.
    /// </summary>
    /// <param name="valueByAlpha3">Value per upper-case ISO 3166-1 alpha-3 code (ordinal); any subset of the 33 states; units are the caller's (name them in <paramref name="legendTitle"/>).</param>
    /// <param name="title">Title above the map (may be empty).</param>
    /// <param name="legendTitle">Title of the colour bar, e.g. "China's share of exports, %".</param>
    /// <param name="sourceCaption">Caption printed under the map, e.g. "Source: BriData 2026.11 (AEI CGIT); boundaries: Natural Earth"; required.</param>
    /// <param name="colormap">Colour scale; default viridis reversed (low = light yellow, high = dark purple).</param>
    /// <param name="minimum">Value drawn with the scale's first colour; default the smallest value. Smaller values take that colour.</param>
    /// <param name="maximum">Value drawn with the scale's last colour; default the largest value. Larger values take that colour.</param>
    /// <returns>The figure: its ScottPlot <see cref="Plot"/>, each state's fill colour and save helpers.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">A key is not one of the 33 codes (the message names every such key), a value is NaN or infinite, the caption is blank, or <paramref name="minimum"/> is not below <paramref name="maximum"/>.</exception>
    /// <remarks>When all values are equal (and no range is given) the range is widened symmetrically, so they take the scale's middle colour.</remarks>
    public static LacMapFigure Choropleth(
        IReadOnlyDictionary<string, double?> valueByAlpha3,
        string title,
        string legendTitle,
        string sourceCaption,
        IColormap? colormap = null,
        double? minimum = null,
        double? maximum = null)
    {
        ArgumentNullException.ThrowIfNull(valueByAlpha3);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(legendTitle);
        CheckCaption(sourceCaption);
        var geometry = LacGeometry.Default;
        CheckCodes(valueByAlpha3.Keys, geometry, nameof(valueByAlpha3));
        var notFinite = valueByAlpha3.Where(p => p.Value is { } v && !double.IsFinite(v)).Select(p => p.Key).Order(StringComparer.Ordinal).ToArray();
        if (notFinite.Length > 0)
        {
            throw new ArgumentException("Values must be finite; NaN or infinite for: " + string.Join(", ", notFinite), nameof(valueByAlpha3));
        }

        var values = valueByAlpha3.Where(p => p.Value is not null).Select(p => p.Value!.Value).ToArray();
        var (low, high) = Range(values, minimum, maximum);
        var scale = new ColorScale(colormap ?? new ScottPlot.Colormaps.Reversed(new ScottPlot.Colormaps.Viridis()), low, high);
        var fill = new Dictionary<string, Color?>(StringComparer.Ordinal);
        foreach (var state in geometry.States)
        {
            fill[state.Alpha3!] = valueByAlpha3.TryGetValue(state.Alpha3!, out var v) && v is { } value ? scale.ColorOf(value) : null;
        }

        var figure = Draw(geometry, fill, title, sourceCaption);
        if (values.Length > 0)
        {
            var bar = figure.Plot.Add.ColorBar(scale, Edge.Right);
            bar.Label = legendTitle;
            bar.LabelStyle.FontSize = 13;
            bar.Axis.TickLabelStyle.FontSize = 12;
            bar.Axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
            {
                LabelFormatter = v => v.ToString("G6", CultureInfo.InvariantCulture), // ScottPlot's default follows the current culture
            };
        }

        var legend = new List<LegendItem>();
        if (figure.MissingAlpha3.Count > 0)
        {
            legend.Add(MissingLegendItem(figure.MissingAlpha3));
        }

        if (values.Length == 0)
        {
            legend.Add(new LegendItem { LabelText = legendTitle + ": no state has a value", FillColor = Colors.Transparent, OutlineWidth = 0 });
        }

        ShowLegend(figure.Plot, legend);
        return figure;
    }

    /// <summary>
    /// A map of a category per state (e.g. "BRI member", "Not a member", "Withdrew"; or "Recognises PRC",
    /// "Recognises Taipei"): one colour per category with a legend that counts the states in each; states without a
    /// category (absent or <see langword="null"/>) are drawn hatched grey and the legend says so.
    /// </summary>
    /// <param name="categoryByAlpha3">Category per upper-case ISO 3166-1 alpha-3 code (ordinal); any subset of the 33 states; categories compare ordinally.</param>
    /// <param name="title">Title above the map (may be empty).</param>
    /// <param name="sourceCaption">Caption printed under the map; required.</param>
    /// <param name="categoryOrder">Legend and colour order; must name every category present (extra names are listed with a count of 0). Default: ordinal order of the categories present.</param>
    /// <param name="colors">Colour per category; categories not in it take the next colour of <see cref="CategoryPalette"/> in legend order.</param>
    /// <returns>The figure: its ScottPlot <see cref="Plot"/>, each state's fill colour and save helpers.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">A key is not one of the 33 codes (the message names every such key), a category is empty or blank, <paramref name="categoryOrder"/> repeats a name or misses a category present, or the caption is blank.</exception>
    public static LacMapFigure Categories(
        IReadOnlyDictionary<string, string?> categoryByAlpha3,
        string title,
        string sourceCaption,
        IReadOnlyList<string>? categoryOrder = null,
        IReadOnlyDictionary<string, Color>? colors = null)
    {
        ArgumentNullException.ThrowIfNull(categoryByAlpha3);
        ArgumentNullException.ThrowIfNull(title);
        CheckCaption(sourceCaption);
        var geometry = LacGeometry.Default;
        CheckCodes(categoryByAlpha3.Keys, geometry, nameof(categoryByAlpha3));
        var blank = categoryByAlpha3.Where(p => p.Value is not null && string.IsNullOrWhiteSpace(p.Value)).Select(p => p.Key).Order(StringComparer.Ordinal).ToArray();
        if (blank.Length > 0)
        {
            throw new ArgumentException("Categories must not be empty or blank (use null for no data): " + string.Join(", ", blank), nameof(categoryByAlpha3));
        }

        var present = categoryByAlpha3.Values.OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        var order = categoryOrder?.ToArray() ?? present.Order(StringComparer.Ordinal).ToArray();
        if (order.Distinct(StringComparer.Ordinal).Count() != order.Length)
        {
            throw new ArgumentException("categoryOrder names a category twice.", nameof(categoryOrder));
        }

        var unordered = present.Except(order, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (unordered.Length > 0)
        {
            throw new ArgumentException("categoryOrder misses categories present in the data: " + string.Join(", ", unordered), nameof(categoryOrder));
        }

        var colorOf = new Dictionary<string, Color>(StringComparer.Ordinal);
        var next = 0;
        foreach (var category in order)
        {
            colorOf[category] = colors is not null && colors.TryGetValue(category, out var c) ? c : CategoryPalette[next++ % CategoryPalette.Count];
        }

        var fill = new Dictionary<string, Color?>(StringComparer.Ordinal);
        foreach (var state in geometry.States)
        {
            fill[state.Alpha3!] = categoryByAlpha3.TryGetValue(state.Alpha3!, out var category) && category is not null ? colorOf[category] : null;
        }

        var figure = Draw(geometry, fill, title, sourceCaption);
        var legend = order.Select(category =>
        {
            var count = categoryByAlpha3.Values.Count(v => string.Equals(v, category, StringComparison.Ordinal));
            return new LegendItem
            {
                LabelText = string.Create(CultureInfo.InvariantCulture, $"{category} ({count})"),
                FillColor = colorOf[category],
                OutlineColor = Colors.Gray,
                OutlineWidth = 1,
            };
        }).ToList();
        if (figure.MissingAlpha3.Count > 0)
        {
            legend.Add(MissingLegendItem(figure.MissingAlpha3));
        }

        ShowLegend(figure.Plot, legend);
        return figure;
    }

    private static void CheckCaption(string sourceCaption)
    {
        ArgumentNullException.ThrowIfNull(sourceCaption);
        if (string.IsNullOrWhiteSpace(sourceCaption))
        {
            throw new ArgumentException("Every map carries a source caption; it must not be blank.", nameof(sourceCaption));
        }
    }

    private static void CheckCodes(IEnumerable<string> keys, LacGeometry geometry, string parameter)
    {
        var unknown = keys.Where(k => k is null || !geometry.StateByAlpha3.ContainsKey(k)).Select(k => k ?? "(null)").Order(StringComparer.Ordinal).ToArray();
        if (unknown.Length > 0)
        {
            throw new ArgumentException(
                "Not one of the 33 Latin American and Caribbean states (upper-case ISO 3166-1 alpha-3 codes): " + string.Join(", ", unknown),
                parameter);
        }
    }

    private static (double Low, double High) Range(double[] values, double? minimum, double? maximum)
    {
        if (minimum is { } a && !double.IsFinite(a))
        {
            throw new ArgumentException("minimum must be finite.", nameof(minimum));
        }

        if (maximum is { } b && !double.IsFinite(b))
        {
            throw new ArgumentException("maximum must be finite.", nameof(maximum));
        }

        var low = minimum ?? (values.Length > 0 ? values.Min() : 0);
        var high = maximum ?? (values.Length > 0 ? values.Max() : 1);
        if (minimum is not null && maximum is not null && !(low < high))
        {
            throw new ArgumentException("minimum must be below maximum.", nameof(minimum));
        }

        if (low >= high)
        {
            // One distinct value (or a bound on the wrong side of the data): widen around it so it takes a middle colour.
            var centre = minimum is null && maximum is null ? low : (minimum ?? high) + ((maximum ?? low) - (minimum ?? high)) / 2;
            var half = Math.Max(Math.Abs(centre) * 0.05, 0.5);
            (low, high) = (centre - half, centre + half);
        }

        return (low, high);
    }

    /// <summary>"No data (n; grey)", plus "× in the inset" when a missing state is one of the inset's markers.</summary>
    private static LegendItem MissingLegendItem(IReadOnlyList<string> missing) => new()
    {
        LabelText = string.Create(
            CultureInfo.InvariantCulture,
            $"{MissingLabel} ({missing.Count}; grey{(missing.Intersect(InsetMarkerStates, StringComparer.Ordinal).Any() ? ", × in the inset" : string.Empty)})"),
        FillColor = MissingColor,
        FillHatch = new ScottPlot.Hatches.Striped(ScottPlot.Hatches.StripeDirection.DiagonalUp),
        FillHatchColor = MissingHatchColor,
        OutlineColor = Colors.Gray,
        OutlineWidth = 1,
    };

    private static void ShowLegend(Plot plot, List<LegendItem> items)
    {
        if (items.Count == 0)
        {
            plot.HideLegend();
            return;
        }

        plot.Legend.ManualItems.Clear();
        plot.Legend.ManualItems.AddRange(items);
        plot.Legend.Alignment = Alignment.LowerLeft;
        plot.Legend.FontSize = 13;
        plot.Legend.BackgroundColor = Colors.White.WithAlpha(0.9);
        plot.Legend.OutlineColor = Colors.LightGray;
        plot.Legend.IsVisible = true;
    }

    private static LacMapFigure Draw(LacGeometry geometry, Dictionary<string, Color?> fill, string title, string caption)
    {
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans"); // as the notebooks; ScottPlot falls back to its default font where it is missing

        plot.Title(title, 18);
        plot.DataBackground.Color = SeaColor;
        plot.HideGrid();
        foreach (var axis in new IAxis[] { plot.Axes.Bottom, plot.Axes.Left, plot.Axes.Top, plot.Axes.Right })
        {
            axis.TickGenerator = new ScottPlot.TickGenerators.EmptyTickGenerator();
            axis.MajorTickStyle.Length = 0;
            axis.MinorTickStyle.Length = 0;
            axis.FrameLineStyle.Color = Colors.LightGray;
        }

        // The caption is the bottom axis label: under the map, part of the image and of the SVG as text.
        plot.Axes.Bottom.Label.Text = caption;
        plot.Axes.Bottom.Label.FontSize = 12;
        plot.Axes.Bottom.Label.ForeColor = Colors.DimGray;

        foreach (var shape in geometry.Context)
        {
            foreach (var ring in shape.Polygons)
            {
                AddContextPolygon(plot, ring);
            }
        }

        var polygons = new Dictionary<string, IReadOnlyList<Polygon>>(StringComparer.Ordinal);
        foreach (var state in geometry.States)
        {
            polygons[state.Alpha3!] = state.Polygons.Select(ring => AddStatePolygon(plot, ring, fill[state.Alpha3!])).ToArray();
        }

        DrawInset(plot, geometry, fill);

        var b = geometry.Bounds;
        plot.Axes.SetLimits(b.Left, b.Right, b.Bottom, b.Top);
        plot.Axes.SquareUnits();
        var colors = fill.ToDictionary(p => p.Key, p => p.Value ?? MissingColor, StringComparer.Ordinal);
        var missing = fill.Where(p => p.Value is null).Select(p => p.Key).Order(StringComparer.Ordinal).ToArray();
        return new LacMapFigure(plot, colors, missing, polygons, caption);
    }

    private static void AddContextPolygon(Plot plot, Coordinates[] ring)
    {
        var p = plot.Add.Polygon(ring);
        p.FillColor = ContextColor;
        p.LineColor = ContextBorderColor;
        p.LineWidth = 0.6f;
    }

    private static Polygon AddStatePolygon(Plot plot, Coordinates[] ring, Color? color)
    {
        var p = plot.Add.Polygon(ring);
        p.LineColor = BorderColor;
        p.LineWidth = 0.7f;
        if (color is { } c)
        {
            p.FillColor = c;
            if (LacGeometry.Area(ring) < SolidOutlineAreaSquareDegrees)
            {
                p.LineColor = c; // a white border would hide a small island's colour (the Bahamas, the Antilles)
            }
        }
        else
        {
            p.FillColor = MissingColor;
            p.FillHatch = new ScottPlot.Hatches.Striped(ScottPlot.Hatches.StripeDirection.DiagonalUp);
            p.FillHatchColor = MissingHatchColor;
        }

        return p;
    }

    private static void DrawInset(Plot plot, LacGeometry geometry, Dictionary<string, Color?> fill)
    {
        var source = InsetSource;
        var target = InsetTarget;
        Coordinates ToInset(Coordinates c) => new(
            target.Left + ((c.X - source.Left) * InsetScale),
            target.Bottom + ((c.Y - source.Bottom) * InsetScale));

        var frame = plot.Add.Rectangle(target.Left, target.Right, target.Bottom, target.Top);
        frame.FillColor = SeaColor;
        frame.LineColor = Colors.DimGray;
        frame.LineWidth = 1;
        var outline = plot.Add.Rectangle(source.Left, source.Right, source.Bottom, source.Top);
        outline.FillColor = Colors.Transparent;
        outline.LineColor = Colors.DimGray;
        outline.LineWidth = 1;

        foreach (var shape in geometry.Context)
        {
            foreach (var ring in shape.Polygons)
            {
                var clipped = Clip(ring, source);
                if (clipped.Length >= 3)
                {
                    AddContextPolygon(plot, clipped.Select(ToInset).ToArray());
                }
            }
        }

        foreach (var state in geometry.States)
        {
            foreach (var ring in state.Polygons)
            {
                var clipped = Clip(ring, source);
                if (clipped.Length >= 3)
                {
                    AddStatePolygon(plot, clipped.Select(ToInset).ToArray(), fill[state.Alpha3!]);
                }
            }
        }

        foreach (var state in geometry.States.Where(s => source.Contains(s.LabelPoint)))
        {
            var at = ToInset(state.LabelPoint);
            if (state.AreaSquareDegrees < MarkerAreaSquareDegrees)
            {
                var color = fill[state.Alpha3!];
                var marker = plot.Add.Marker(at, MarkerShape.FilledCircle, 11, color ?? MissingColor);
                marker.MarkerLineColor = Colors.Black;
                marker.MarkerLineWidth = 1;
                if (color is null)
                {
                    plot.Add.Marker(at, MarkerShape.Eks, 7, MissingHatchColor);
                }
            }

            var marked = state.AreaSquareDegrees < MarkerAreaSquareDegrees;
            var anchor = marked
                ? at
                : new Coordinates(Clip(state.Polygons[0], source).Max(c => ToInset(c).X), at.Y); // right of the island
            var label = plot.Add.Text(state.Alpha3!, anchor);
            label.LabelFontSize = 11;
            label.LabelFontColor = Colors.Black;
            var left = LabelsOnTheLeft.Contains(state.Alpha3!);
            label.LabelAlignment = left ? Alignment.MiddleRight : Alignment.MiddleLeft;
            label.OffsetX = left ? -8 : marked ? 8 : 4;
        }

        var caption = plot.Add.Text(string.Create(CultureInfo.InvariantCulture, $"Eastern Caribbean ({InsetScale:0}× scale)"), new Coordinates(target.Left, target.Bottom));
        caption.LabelFontSize = 11;
        caption.LabelFontColor = Colors.DimGray;
        caption.LabelAlignment = Alignment.UpperLeft;
        caption.OffsetY = 3;
    }

    /// <summary>Inset labels drawn left of their marker, where the right side is taken (KNA: Antigua and Barbuda's marker).</summary>
    private static readonly HashSet<string> LabelsOnTheLeft = new(["KNA"], StringComparer.Ordinal);

    /// <summary>Sutherland–Hodgman clipping of a ring to an axis-aligned rectangle; fewer than 3 points means nothing is left.</summary>
    internal static Coordinates[] Clip(Coordinates[] ring, CoordinateRect box)
    {
        var points = ring.ToList();
        points = ClipEdge(points, c => c.X >= box.Left, (a, b) => Cross(a, b, x: box.Left));
        points = ClipEdge(points, c => c.X <= box.Right, (a, b) => Cross(a, b, x: box.Right));
        points = ClipEdge(points, c => c.Y >= box.Bottom, (a, b) => Cross(a, b, y: box.Bottom));
        points = ClipEdge(points, c => c.Y <= box.Top, (a, b) => Cross(a, b, y: box.Top));
        return [.. points];
    }

    private static List<Coordinates> ClipEdge(List<Coordinates> input, Func<Coordinates, bool> inside, Func<Coordinates, Coordinates, Coordinates> intersect)
    {
        var output = new List<Coordinates>(input.Count);
        for (var i = 0; i < input.Count; i++)
        {
            var current = input[i];
            var previous = input[(i + input.Count - 1) % input.Count];
            if (inside(current))
            {
                if (!inside(previous))
                {
                    output.Add(intersect(previous, current));
                }

                output.Add(current);
            }
            else if (inside(previous))
            {
                output.Add(intersect(previous, current));
            }
        }

        return output;
    }

    private static Coordinates Cross(Coordinates a, Coordinates b, double? x = null, double? y = null)
    {
        if (x is { } vx)
        {
            var t = (vx - a.X) / (b.X - a.X);
            return new Coordinates(vx, a.Y + (t * (b.Y - a.Y)));
        }

        var vy = y!.Value;
        var s = (vy - a.Y) / (b.Y - a.Y);
        return new Coordinates(a.X + (s * (b.X - a.X)), vy);
    }

    /// <summary>The colour scale of a choropleth, as ScottPlot's colour bar reads it.</summary>
    private sealed class ColorScale(IColormap colormap, double low, double high) : IHasColorAxis
    {
        public IColormap Colormap { get; set; } = colormap;

        public ScottPlot.Range GetRange() => new(low, high);

        public Color ColorOf(double value) => Colormap.GetColor(Math.Clamp((value - low) / (high - low), 0, 1));
    }
}
