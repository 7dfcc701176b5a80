namespace BriData.Parquet;

/// <summary>
/// The units a file's <c>bridata.units</c> metadata states: each column with a <see cref="SetColumn{T}.Unit"/> shared
/// by every row gets it; a column whose unit varies by row (money of several bases, a claim's own unit) gets "varies by row: see …",
/// naming the columns that hold each row's unit (<c>amount_basis</c> and <c>amount_price_year</c> for
/// <c>amount_usd</c>, <c>quantity_unit</c> for <c>quantity_value</c>, <c>unit</c> for <c>value</c>).
/// </summary>
internal static class ColumnUnits
{
    private static readonly string[] UnitColumnSuffixes = ["basis", "price_year", "unit"];

    /// <summary>Column name → unit, for the columns of <paramref name="table"/> that have one in <paramref name="rows"/>.</summary>
    public static SortedDictionary<string, string> Of<T>(ColumnTable<T> table, IReadOnlyList<T> rows)
    {
        var units = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var column in table.Columns)
        {
            if (column.UnitVariesByRow)
            {
                if (rows.Any(r => column.UnitOf(r) is not null))
                {
                    units[column.Name] = VariesByRow(table, column.Name);
                }
            }
            else if (column.Unit is { } unit)
            {
                units[column.Name] = unit;
            }
        }

        return units;
    }

    /// <summary>
    /// "varies by row: see amount_basis, amount_price_year": the columns named by the measure's prefix (the name up to
    /// its last underscore) and <c>basis</c>, <c>price_year</c> or <c>unit</c>; <c>unit</c> alone for an unprefixed measure.
    /// </summary>
    private static string VariesByRow<T>(ColumnTable<T> table, string measure)
    {
        var underscore = measure.LastIndexOf('_');
        var prefix = underscore < 0 ? "" : measure[..(underscore + 1)];
        var names = table.Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var see = (prefix.Length == 0 ? ["unit"] : UnitColumnSuffixes.Select(s => prefix + s)).Where(names.Contains).ToList();
        return see.Count == 0 ? "varies by row" : "varies by row: see " + string.Join(", ", see);
    }
}
