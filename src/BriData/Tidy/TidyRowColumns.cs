using static BriData.Sets.ColumnFactory;

namespace BriData.Sets;

/// <summary>The export columns of <see cref="TidyRow"/>: set, entity, one column per dimension, measure, value, unit, sources.</summary>
internal static class TidyRowColumns
{
    /// <summary>The columns every tidy export has; any other column is a dimension.</summary>
    private static readonly string[] FixedColumns = ["set", "entity", "measure", "value", "unit", "source_ids"];

    /// <summary>
    /// The columns of <paramref name="rows"/>: every dimension name of the rows, in the order of first appearance
    /// (the first row's dimensions in its order, then each new name of a later row), between <c>entity</c> and <c>measure</c>.
    /// Null rows are passed over here (writing them fails as for any other row type).
    /// </summary>
    /// <exception cref="ArgumentException">A dimension name is not a plain name, or repeats a fixed column (for example <c>value</c>).</exception>
    public static ColumnTable<TidyRow> ForRows(IEnumerable<TidyRow> rows)
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            foreach (var dimension in row?.Dimensions ?? [])
            {
                if (seen.Add(dimension.Key))
                {
                    names.Add(dimension.Key);
                }
            }
        }

        return Create(names);
    }

    /// <summary>
    /// The columns of a file being read, from its column (or property) names: every plain name other than the fixed
    /// columns is a dimension, in the order given; other names are ignored, as unknown columns are.
    /// </summary>
    public static ColumnTable<TidyRow> FromNames(IEnumerable<string> names)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return Create(names.Where(n => SetColumn<TidyRow>.IsPlainName(n) && !FixedColumns.Contains(n, StringComparer.Ordinal) && seen.Add(n)).ToList());
    }

    public static ColumnTable<TidyRow> Create(IEnumerable<string> dimensions)
    {
        var names = dimensions.ToArray();
        return new ColumnTable<TidyRow>(
            "tidy",
            [
                Text<TidyRow>("set", r => r.Set, "the set or metric the row comes from"),
                Text<TidyRow>("entity", r => r.Entity, "what the row is about (record id, country code, group key)"),
                .. names.Select(n => Text<TidyRow>(n, r => r.Dimension(n), "dimension " + n + ", invariant text")),
                Text<TidyRow>("measure", r => r.Measure, "what is measured"),
                Decimal<TidyRow>("value", r => r.Value, "the value, in the unit of the unit column; empty when missing"),
                Text<TidyRow>("unit", r => r.Unit, "unit of value (for example USD millions (nominal), percent, count)"),
                Json<TidyRow, IReadOnlyList<string>>("source_ids", r => r.SourceIds, ExportJson.Context.IReadOnlyListString, "source ids, JSON array"),
            ],
            row => new TidyRow
            {
                Set = row.GetRequiredText("set"),
                Entity = row.GetRequiredText("entity"),
                Dimensions = names.Select(n => new KeyValuePair<string, string?>(n, row.GetText(n))).ToArray(),
                Measure = row.GetRequiredText("measure"),
                Value = row.GetNullableDecimal("value"),
                Unit = row.GetRequiredText("unit"),
                SourceIds = row.GetRequiredJson("source_ids", ExportJson.Context.IReadOnlyListString),
            });
    }
}
