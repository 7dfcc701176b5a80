using System.Collections.ObjectModel;
using System.Globalization;
using System.Text.Json;
using ScottPlot;

namespace BriData.NotebookSupport;

/// <summary>
/// One outline of the map: a Latin American or Caribbean state (with its ISO 3166 alpha-3 code) or a context
/// territory drawn in grey (the United States, Puerto Rico, France's French Guiana and Antilles, ...).
/// </summary>
public sealed class LacShape
{
    internal LacShape(string? alpha3, string? m49, string name, Coordinates labelPoint, double areaSquareDegrees, IReadOnlyList<Coordinates[]> polygons)
    {
        Alpha3 = alpha3;
        M49 = m49;
        Name = name;
        LabelPoint = labelPoint;
        AreaSquareDegrees = areaSquareDegrees;
        Polygons = polygons;
    }

    /// <summary>ISO 3166-1 alpha-3 code (upper case) of a state; <see langword="null"/> for a context territory.</summary>
    public string? Alpha3 { get; }

    /// <summary>ISO 3166-1 numeric / UN M49 code as three digits ("032"); <see langword="null"/> where Natural Earth has none.</summary>
    public string? M49 { get; }

    /// <summary>English short name (CLDR for states, Natural Earth's abbreviated name for context territories).</summary>
    public string Name { get; }

    /// <summary>
    /// Where a marker or label goes, in degrees (X = longitude, Y = latitude): the centroid of the state's largest
    /// polygon. For context territories, the centroid of their first (largest) polygon.
    /// </summary>
    public Coordinates LabelPoint { get; }

    /// <summary>Planar area of all kept polygons in square degrees (not km²; only for comparing sizes on the map).</summary>
    public double AreaSquareDegrees { get; }

    /// <summary>
    /// Outer rings in degrees (X = longitude, Y = latitude), largest first, each open (the first point is not
    /// repeated at the end). Holes are not kept; islets below the generator's size threshold are dropped.
    /// </summary>
    public IReadOnlyList<Coordinates[]> Polygons { get; }

    /// <inheritdoc/>
    public override string ToString() => Alpha3 is null ? Name : Alpha3 + " " + Name;
}

/// <summary>
/// The embedded boundaries of the 33 Latin American and Caribbean states and their grey context, from Natural Earth
/// 1:50m admin-0 (public domain) via world-atlas 2.0.2 (ISC), simplified by <c>geometry/make-lac-geometry.mjs</c>.
/// Loaded once, on first use, from the resource <c>BriData.NotebookSupport.lac-geometry.json</c>.
/// </summary>
public sealed class LacGeometry
{
    private static readonly Lazy<LacGeometry> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private LacGeometry(IReadOnlyList<LacShape> states, IReadOnlyList<LacShape> context, CoordinateRect bounds, string sourceNote)
    {
        States = states;
        Context = context;
        Bounds = bounds;
        SourceNote = sourceNote;
        StateByAlpha3 = new ReadOnlyDictionary<string, LacShape>(states.ToDictionary(s => s.Alpha3!, StringComparer.Ordinal));
    }

    /// <summary>The embedded geometry (thread-safe, loaded once).</summary>
    /// <exception cref="InvalidDataException">The embedded resource is missing or malformed (a build problem).</exception>
    public static LacGeometry Default => Embedded.Value;

    /// <summary>The 33 states, ordered by alpha-3 code (ordinal).</summary>
    public IReadOnlyList<LacShape> States { get; }

    /// <summary>The states by ISO 3166-1 alpha-3 code; keys are upper case and compared ordinally.</summary>
    public IReadOnlyDictionary<string, LacShape> StateByAlpha3 { get; }

    /// <summary>Grey context territories (no alpha-3 code), ordered by name.</summary>
    public IReadOnlyList<LacShape> Context { get; }

    /// <summary>
    /// The display box in degrees: every kept polygon lies inside it (Left/Right = west/east longitude, Bottom/Top =
    /// south/north latitude).
    /// </summary>
    public CoordinateRect Bounds { get; }

    /// <summary>Where the boundaries come from and how they were processed, as the generator recorded it.</summary>
    public string SourceNote { get; }

    private static LacGeometry LoadEmbedded()
    {
        const string Name = "BriData.NotebookSupport.lac-geometry.json";
        using var stream = typeof(LacGeometry).Assembly.GetManifestResourceStream(Name)
            ?? throw new InvalidDataException($"The embedded resource {Name} is missing from {typeof(LacGeometry).Assembly.GetName().Name}.");
        return Load(stream);
    }

    /// <summary>Reads geometry in the generator's format (<c>bridata-lac-geometry/1</c>).</summary>
    /// <param name="json">UTF-8 JSON as written by <c>make-lac-geometry.mjs</c>; not closed by this method.</param>
    /// <exception cref="InvalidDataException">The format is not <c>bridata-lac-geometry/1</c>, or a field is missing or malformed.</exception>
    public static LacGeometry Load(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var format = root.GetProperty("format").GetString();
            if (!string.Equals(format, "bridata-lac-geometry/1", StringComparison.Ordinal))
            {
                throw new InvalidDataException($"Unknown geometry format '{format}' (expected bridata-lac-geometry/1).");
            }

            var b = root.GetProperty("bounds");
            var bounds = new CoordinateRect(b[0].GetDouble(), b[2].GetDouble(), b[1].GetDouble(), b[3].GetDouble());
            var states = root.GetProperty("states").EnumerateArray().Select(e => ReadShape(e, isState: true)).ToArray();
            var context = root.GetProperty("context").EnumerateArray().Select(e => ReadShape(e, isState: false)).ToArray();
            var source = root.GetProperty("source");
            var note = string.Join("; ", source.EnumerateObject().Select(p => p.Value.GetString()));
            return new LacGeometry(states, context, bounds, note);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException or FormatException)
        {
            throw new InvalidDataException("Malformed LAC geometry: " + e.Message, e);
        }
    }

    private static LacShape ReadShape(JsonElement e, bool isState)
    {
        var polygons = e.GetProperty("polygons").EnumerateArray().Select(ring =>
        {
            var flat = ring.EnumerateArray().Select(v => v.GetDouble()).ToArray();
            if (flat.Length < 6 || flat.Length % 2 != 0)
            {
                throw new FormatException("a ring needs at least three lon/lat pairs");
            }

            var points = new Coordinates[flat.Length / 2];
            for (var i = 0; i < points.Length; i++)
            {
                points[i] = new Coordinates(flat[2 * i], flat[(2 * i) + 1]);
            }

            return points;
        }).ToArray();
        if (polygons.Length == 0)
        {
            throw new FormatException("a shape has no polygon");
        }

        var m49 = e.TryGetProperty("m49", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
        if (isState)
        {
            return new LacShape(
                e.GetProperty("alpha3").GetString() ?? throw new FormatException("a state has no alpha3"),
                m49,
                e.GetProperty("name").GetString() ?? string.Empty,
                new Coordinates(e.GetProperty("labelLon").GetDouble(), e.GetProperty("labelLat").GetDouble()),
                e.GetProperty("areaSqDeg").GetDouble(),
                polygons);
        }

        return new LacShape(null, m49, e.GetProperty("name").GetString() ?? string.Empty, Centroid(polygons[0]), polygons.Sum(Area), polygons);
    }

    internal static double Area(Coordinates[] ring)
    {
        double a = 0;
        for (int i = 0, j = ring.Length - 1; i < ring.Length; j = i++)
        {
            a += (ring[j].X - ring[i].X) * (ring[j].Y + ring[i].Y);
        }

        return Math.Abs(a / 2);
    }

    private static Coordinates Centroid(Coordinates[] ring)
    {
        double a = 0, x = 0, y = 0;
        for (int i = 0, j = ring.Length - 1; i < ring.Length; j = i++)
        {
            var f = (ring[j].X * ring[i].Y) - (ring[i].X * ring[j].Y);
            a += f;
            x += (ring[j].X + ring[i].X) * f;
            y += (ring[j].Y + ring[i].Y) * f;
        }

        return a == 0 ? ring[0] : new Coordinates(x / (3 * a), y / (3 * a));
    }

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"LAC geometry: {States.Count} states, {Context.Count} context territories");
}
