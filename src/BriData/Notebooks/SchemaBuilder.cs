namespace BriData.Notebooks;

/// <summary>Builds the columns of a <see cref="RecordSchema"/> for record type <typeparamref name="T"/> with typed lambdas.</summary>
internal sealed class SchemaBuilder<T>
    where T : class
{
    private readonly List<DisplayColumn> columns = [];

    /// <summary>A text column; null is shown as missing.</summary>
    public SchemaBuilder<T> Text(string name, Func<T, string?> value) =>
        Add(new DisplayColumn(name, null, false, (r, _) => Cell.Text(value((T)r))));

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
