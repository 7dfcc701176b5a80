using BriData.Sets;
using static System.FormattableString;

namespace BriData;

/// <summary>
/// How the records of a set become a <see cref="FactTable"/>, derived from the set's column table: every
/// <see cref="ColumnRole.Dimension"/> column is a dimension whose keys are the column's typed values
/// (<see cref="SetColumn{T}.Value"/>: a <see cref="CountryCode"/>, an <see cref="int"/> year, an enum member, a
/// <see cref="bool"/>, a string; null when missing), every <see cref="ColumnRole.Measure"/> column a measure (its value
/// as a <see cref="double"/>, missing when null), both under the column's name.
/// </summary>
internal static class EmbeddedFactTables
{
    /// <summary>The fact table of <paramref name="records"/>, whose columns are <paramref name="columns"/>.</summary>
    /// <exception cref="InvalidOperationException">A measure whose unit varies by row holds values of two bases (see <see cref="EnsureOneBasis{T}"/>).</exception>
    public static FactTable Build<T>(ColumnTable<T> columns, IReadOnlyList<T> records)
    {
        var builder = FactTable.Create<T>();
        foreach (var column in columns.Columns)
        {
            switch (column.Role)
            {
                case ColumnRole.Dimension:
                    builder.Dimension<object?>(column.Name, column.Value);
                    break;
                case ColumnRole.Measure:
                    EnsureOneBasis(columns, column, records);
                    builder.Measure(column.Name, r => ToDouble(column, column.Value(r)));
                    break;
            }
        }

        return builder.Build(records);
    }

    /// <summary>
    /// Refuses to sum amounts of different bases silently: a measure whose unit varies by row (money:
    /// <c>amount_usd</c>, whose basis is in <c>amount_basis</c>) must hold one basis across the table, that of its
    /// first record with a value (for finance constant 2021 USD, for investments nominal USD of each deal's year, as
    /// the sets' rules require on loading). Without a <c>…_basis</c> column the row's whole unit must be the same.
    /// </summary>
    /// <exception cref="InvalidOperationException">A record's basis differs from the first one's.</exception>
    private static void EnsureOneBasis<T>(ColumnTable<T> columns, SetColumn<T> measure, IReadOnlyList<T> records)
    {
        if (!measure.UnitVariesByRow)
        {
            return;
        }

        var basisName = measure.Name.EndsWith("_usd", StringComparison.Ordinal) ? measure.Name[..^"_usd".Length] + "_basis" : null;
        var basisColumn = columns.Columns.FirstOrDefault(c => string.Equals(c.Name, basisName, StringComparison.Ordinal));
        string? expected = null;
        foreach (var record in records)
        {
            if (measure.Value(record) is null)
            {
                continue;
            }

            var basis = basisColumn is null ? measure.UnitOf(record) : basisColumn.Format(record);
            expected ??= basis;
            if (!string.Equals(basis, expected, StringComparison.Ordinal))
            {
                throw new InvalidOperationException(Invariant($"{record}: {measure.Name} is in {basis}, the {columns.Name} table's in {expected}; a fact table does not add amounts of two bases."));
            }
        }
    }

    private static double? ToDouble<T>(SetColumn<T> column, object? value) => value switch
    {
        null => null,
        decimal d => (double)d,
        double d => d,
        int i => i,
        long l => l,
        _ => throw new InvalidOperationException(Invariant($"The measure {column.Name} has a value of type {value.GetType().Name}, not a number.")),
    };
}
