using System.Globalization;

namespace BriData.Notebooks;

/// <summary>
/// The cell of one value of a set's column (the typed value of <see cref="BriData.Sets.SetColumn{T}.Value"/>): a
/// country code with its name ("LAC region" when a country is missing, BriData's convention for region-wide
/// records), source ids as links, addresses as links, lists joined, numbers rounded for the column's unit.
/// </summary>
internal static class ColumnCells
{
    /// <summary>What a missing country means in BriData's sets: the record is about the region as a whole.</summary>
    public const string Region = "LAC region";

    /// <summary>The cell of <paramref name="value"/>.</summary>
    /// <param name="value">The typed value; null when missing.</param>
    /// <param name="kind">How the column shows the value.</param>
    /// <param name="unit">The column's unit, for the rounding of numbers; null for none.</param>
    /// <param name="context">Country names and sources.</param>
    public static Cell Of(object? value, ValueShape kind, string? unit, DisplayContext context) => value switch
    {
        null => kind == ValueShape.Country ? Cell.Text(Region) : Cell.Missing,
        CountryCode code => Cell.Text(kind == ValueShape.Key ? code.Alpha3 : context.CountryLabel(code)),
        string text => IsAddress(text) ? Cell.Of([new CellPart(text, text)]) : Cell.Text(text),
        IEnumerable<CountryCode> codes => Countries(codes, context),
        IEnumerable<string> ids when kind == ValueShape.Sources => SchemaBuilder<object>.SourceLinks(ids, context),
        IEnumerable<string> texts => Texts(texts.ToList()),
        IEnumerable<int> numbers => Joined(numbers.Select(n => n.ToString(CultureInfo.InvariantCulture))),
        int n => Cell.Text(unit is null ? n.ToString(CultureInfo.InvariantCulture) : DisplayText.Number(n, unit)),
        long n => Cell.Text(unit is null ? n.ToString(CultureInfo.InvariantCulture) : DisplayText.Number(n, unit)),
        decimal d => Cell.Text(DisplayText.Number(d, unit)),
        _ => DisplayValue.CellOf(value, context, plainInteger: true, unit),
    };

    /// <summary>The unit as a header shows it: amounts in US dollars as "USD m" with their basis ("USD m, nominal"), percent as "%".</summary>
    public static string? HeaderUnit(string? unit) => DisplayFormat.KindOf(unit) switch
    {
        DisplayFormat.UnitKind.Usd or DisplayFormat.UnitKind.UsdMillions => "USD m" + Qualifier(unit!),
        DisplayFormat.UnitKind.Percent => "%",
        _ => unit,
    };

    private static string Qualifier(string unit)
    {
        var open = unit.IndexOf('(', StringComparison.Ordinal);
        var close = unit.LastIndexOf(')');
        return open < 0 || close <= open + 1 ? string.Empty : ", " + unit[(open + 1)..close];
    }

    private static bool IsAddress(string text) => !text.Contains(' ', StringComparison.Ordinal) && HtmlWriter.SafeHref(text) is not null;

    private static Cell Countries(IEnumerable<CountryCode> codes, DisplayContext context)
    {
        var labels = codes.Select(context.CountryLabel).ToList();
        return labels.Count == 0 ? Cell.Text(Region) : Cell.Text(string.Join("; ", labels));
    }

    private static Cell Texts(List<string> texts) => texts.Count > 0 && texts.TrueForAll(IsAddress)
        ? Cell.Of(texts.SelectMany((t, i) => i == 0 ? [new CellPart(t, t)] : new[] { new CellPart(", "), new CellPart(t, t) }))
        : Joined(texts);

    private static Cell Joined(IEnumerable<string> items)
    {
        var joined = string.Join("; ", items);
        return joined.Length == 0 ? Cell.Missing : Cell.Text(joined);
    }
}
