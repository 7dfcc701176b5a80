using System.Globalization;

namespace BriData.Parquet;

/// <summary>
/// Refuses a value that a DECIMAL(precision, scale) column cannot hold exactly (issue 14, fault 6a): Parquet.Net would
/// truncate a share of 33.33333333333 to 33.333333 without a word. Every value of every decimal column is checked
/// before anything is written; all values that do not fit are reported together.
/// </summary>
internal static class DecimalScaleCheck
{
    /// <summary>Adds a problem to <paramref name="problems"/> for every value of <paramref name="values"/> that its column would truncate or overflow.</summary>
    /// <param name="set">The set (the problem's file is <c>&lt;set&gt;.parquet</c>).</param>
    /// <param name="column">The column name (the problem's path is <c>$[row].column</c>).</param>
    /// <param name="values">The column's values, one per row.</param>
    /// <param name="type">The column's DECIMAL type.</param>
    /// <param name="problems">Where problems go.</param>
    public static void Check(string set, string column, IReadOnlyList<decimal?> values, DecimalColumnType type, List<DataProblem> problems)
    {
        for (var row = 0; row < values.Count; row++)
        {
            if (values[row] is decimal value && Problem(value, type) is { } reason)
            {
                problems.Add(new DataProblem(set + ".parquet", string.Create(CultureInfo.InvariantCulture, $"$[{row}].{column}"), null, reason));
            }
        }
    }

    private static string? Problem(decimal value, DecimalColumnType type)
    {
        var normalized = value / 1.0000000000000000000000000000m; // drops trailing zeros: 1.50 → 1.5
        var places = normalized.Scale;
        var whole = Math.Truncate(Math.Abs(normalized));
        var integerDigits = whole == 0m ? 0 : whole.ToString(CultureInfo.InvariantCulture).Length;
        if (places > type.Scale)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"{value} has {places} decimal places; its Parquet column {type} holds {type.Scale} and would truncate it");
        }

        return integerDigits > type.Precision - type.Scale
            ? string.Create(CultureInfo.InvariantCulture, $"{value} has {integerDigits} digits before the point; its Parquet column {type} holds {type.Precision - type.Scale}")
            : null;
    }
}
