using System.Text.Json;

namespace BriData.DataBuilder.Importers;

/// <summary>
/// data/curated/published-figures.json: statistics official bodies and research databases published, each typed
/// from a cited page (publisher, basis, indicator, state or region, period, value in whole units, bound). Every
/// field is checked; errors name the file and the record.
/// </summary>
internal static class PublishedFiguresImporter
{
    public static List<PublishedFigure> Import(string curatedDir)
    {
        var file = Path.Combine(curatedDir, "published-figures.json");
        var result = new List<PublishedFigure>();
        if (!File.Exists(file))
        {
            return result;
        }

        using var doc = JsonDocument.Parse(File.ReadAllText(file));
        if (!doc.RootElement.TryGetProperty("figures", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{file}: expected an object with a 'figures' array");
        }

        var i = 0;
        foreach (var e in array.EnumerateArray())
        {
            var where = $"published-figures.json figures[{i++}]";
            var country = Optional(e, "country");
            result.Add(new PublishedFigure
            {
                Id = Required(e, "id", where),
                Publisher = Required(e, "publisher", where),
                Basis = Enum<PublishedBasis>(e, "basis", where),
                Indicator = Enum<PublishedIndicator>(e, "indicator", where),
                Country = country is null ? null : CountryCode.TryParse(country, out var c) ? c : throw new InvalidDataException($"{where}: country '{country}' is not an alpha-3 code"),
                PeriodStart = Date(e, "periodStart", where),
                PeriodEnd = Date(e, "periodEnd", where),
                Value = e.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : throw new InvalidDataException($"{where}: 'value' is missing or not a number"),
                Unit = Unit(e, "unit", where),
                Bound = Enum<QuantityBound>(e, "bound", where),
                Note = Optional(e, "note"),
                SourceIds = e.TryGetProperty("sources", out var s) && s.ValueKind == JsonValueKind.Array
                    ? s.EnumerateArray().Select(x => x.GetString() ?? throw new InvalidDataException($"{where}: a source id is null")).ToList()
                    : throw new InvalidDataException($"{where}: 'sources' is missing"),
            });
        }

        return result.OrderBy(f => f.Id, StringComparer.Ordinal).ToList();
    }

    private static string Required(JsonElement e, string name, string where) =>
        Optional(e, name) ?? throw new InvalidDataException($"{where}: '{name}' is missing or not a non-empty string");

    private static MeasureUnit Unit(JsonElement e, string name, string where) =>
        MeasureUnit.TryParse(Required(e, name, where), out var u) ? u : throw new InvalidDataException($"{where}: '{name}' is not a unit of MeasureUnit's vocabulary ('{Required(e, name, where)}')");

    private static string? Optional(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()) ? v.GetString()!.Trim() : null;

    private static PartialDate Date(JsonElement e, string name, string where) =>
        PartialDate.TryParse(Required(e, name, where), out var d) ? d : throw new InvalidDataException($"{where}: '{name}' is not a partial date");

    private static TEnum Enum<TEnum>(JsonElement e, string name, string where)
        where TEnum : struct, Enum =>
        System.Enum.TryParse<TEnum>(Required(e, name, where), ignoreCase: false, out var value) && System.Enum.IsDefined(value)
            ? value
            : throw new InvalidDataException($"{where}: '{name}' is not a {typeof(TEnum).Name} name");
}
