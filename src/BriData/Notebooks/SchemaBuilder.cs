using System.Globalization;

namespace BriData.Notebooks;

/// <summary>Builds the columns of a <see cref="RecordSchema"/> for record type <typeparamref name="T"/> with typed lambdas.</summary>
internal sealed class SchemaBuilder<T>
    where T : class
{
    private readonly List<DisplayColumn> columns = [];

    /// <summary>A text column; null is shown as missing.</summary>
    public SchemaBuilder<T> Text(string name, Func<T, string?> value) =>
        Add(new DisplayColumn(name, null, false, (r, _) => Cell.Text(value((T)r))));

    /// <summary>A year (or other integer shown without separators); null is shown as missing.</summary>
    public SchemaBuilder<T> Year(string name, Func<T, int?> value) =>
        Add(new DisplayColumn(name, null, true, (r, _) => Cell.Text(value((T)r)?.ToString(CultureInfo.InvariantCulture))));

    /// <summary>A number column with its unit in the header; null is shown as missing.</summary>
    public SchemaBuilder<T> Number(string name, string? unit, Func<T, decimal?> value) =>
        Add(new DisplayColumn(name, unit, true, (r, _) => value((T)r) is decimal d ? Cell.Text(DisplayText.Number(d, unit)) : Cell.Missing));

    /// <summary>An amount in USD millions with one decimal; the unit in the header names the basis.</summary>
    public SchemaBuilder<T> UsdMillions(string name, string unit, Func<T, decimal?> value) =>
        Add(new DisplayColumn(name, unit, true, (r, _) => value((T)r) is decimal d ? Cell.Text(DisplayText.UsdMillions(d)) : Cell.Missing));

    /// <summary>A country column: the readable name next to the code, for example "Peru (PER)".</summary>
    /// <param name="name">The column name.</param>
    /// <param name="value">The code; null is shown as <paramref name="nullText"/>.</param>
    /// <param name="nullText">What a null code means (for example "LAC region"); null shows it as missing.</param>
    public SchemaBuilder<T> Country(string name, Func<T, CountryCode?> value, string? nullText = null) =>
        Add(new DisplayColumn(name, null, false, (r, c) => value((T)r) is CountryCode code ? Cell.Text(c.CountryLabel(code)) : Cell.Text(nullText)));

    /// <summary>A list of countries, each as "Name (CODE)", joined by "; ".</summary>
    public SchemaBuilder<T> Countries(string name, Func<T, IEnumerable<CountryCode>> value, string? emptyText = null) =>
        Add(new DisplayColumn(name, null, false, (r, c) =>
        {
            var labels = value((T)r).Select(c.CountryLabel).ToList();
            return labels.Count == 0 ? Cell.Text(emptyText) : Cell.Text(string.Join("; ", labels));
        }));

    /// <summary>A list of texts joined by "; "; an empty list is shown as missing.</summary>
    public SchemaBuilder<T> List(string name, Func<T, IEnumerable<string>> value) =>
        Add(new DisplayColumn(name, null, false, (r, _) =>
        {
            var items = value((T)r).ToList();
            return items.Count == 0 ? Cell.Missing : Cell.Text(string.Join("; ", items));
        }));

    /// <summary>A list of addresses, each a link; an empty list is shown as missing.</summary>
    public SchemaBuilder<T> Links(string name, Func<T, IEnumerable<string>> addresses) =>
        Add(new DisplayColumn(name, null, false, (r, _) => Cell.Of(Separated(addresses((T)r).Select(a => new CellPart(a, a))))));

    /// <summary>A column computed from the record and the context.</summary>
    public SchemaBuilder<T> Custom(string name, string? unit, bool isNumeric, Func<T, DisplayContext, Cell> value) =>
        Add(new DisplayColumn(name, unit, isNumeric, (r, c) => value((T)r, c)));

    /// <summary>The "Sources" column: each source id linked to the source's address, its citation as tooltip.</summary>
    public SchemaBuilder<T> Sources(Func<T, IEnumerable<string>> sourceIds) =>
        Add(new DisplayColumn("Sources", null, false, (r, c) => SourceLinks(sourceIds((T)r), c)));

    /// <summary>The columns built so far.</summary>
    public IReadOnlyList<DisplayColumn> Build() => columns.ToArray();

    /// <summary>Source ids as links to their addresses (plain ids when the context does not know them).</summary>
    public static Cell SourceLinks(IEnumerable<string> ids, DisplayContext context) =>
        Cell.Of(Separated(ids.Select(id => context.FindSource(id) is { } source
            ? new CellPart(id, source.Address, source.Citation)
            : new CellPart(id))));

    private static IEnumerable<CellPart> Separated(IEnumerable<CellPart> parts)
    {
        var first = true;
        foreach (var part in parts)
        {
            if (!first)
            {
                yield return new CellPart(", ");
            }

            first = false;
            yield return part;
        }
    }

    private SchemaBuilder<T> Add(DisplayColumn column)
    {
        columns.Add(column);
        return this;
    }
}
