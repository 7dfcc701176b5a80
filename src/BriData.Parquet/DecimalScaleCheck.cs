using System.Collections;
using System.Globalization;
using System.Reflection;
using Parquet.Serialization.Attributes;

namespace BriData.Parquet;

/// <summary>
/// Refuses a value that a DECIMAL(precision, scale) column cannot hold exactly (issue 14, fault 6a): Parquet.Net would
/// truncate a share of 33.33333333333 to 33.333333 without a word. Every decimal of every row (and of the rows in
/// its lists) is checked before anything is written; all values that do not fit are reported together.
/// </summary>
internal static class DecimalScaleCheck
{
    /// <summary>Throws <see cref="BriDataException"/> naming every value of <paramref name="rows"/> that its column would truncate or overflow.</summary>
    public static void Check<T>(IEnumerable<T> rows, string set)
    {
        var problems = new List<DataProblem>();
        var index = 0;
        foreach (var row in rows)
        {
            CheckObject(row, string.Create(CultureInfo.InvariantCulture, $"$[{index}]"), set, problems);
            index++;
        }

        if (problems.Count > 0)
        {
            throw new BriDataException(problems);
        }
    }

    private static void CheckObject(object? row, string at, string set, List<DataProblem> problems)
    {
        if (row is null)
        {
            return;
        }

        foreach (var property in row.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = property.GetCustomAttribute<System.Text.Json.Serialization.JsonPropertyNameAttribute>()?.Name ?? property.Name;
            var value = property.GetValue(row);
            if (value is decimal d && property.GetCustomAttribute<ParquetDecimalAttribute>() is { } column)
            {
                CheckValue(d, column.Precision, column.Scale, at + "." + name, set, problems);
            }
            else if (value is IList list && property.PropertyType.IsGenericType
                     && property.PropertyType.GetGenericArguments()[0] is { IsClass: true } element && element != typeof(string))
            {
                for (var i = 0; i < list.Count; i++)
                {
                    CheckObject(list[i], string.Create(CultureInfo.InvariantCulture, $"{at}.{name}[{i}]"), set, problems);
                }
            }
        }
    }

    private static void CheckValue(decimal value, int precision, int scale, string path, string set, List<DataProblem> problems)
    {
        var normalized = value / 1.0000000000000000000000000000m; // drops trailing zeros: 1.50 → 1.5
        var places = normalized.Scale;
        var integerDigits = Math.Truncate(Math.Abs(normalized)) is var whole && whole == 0m ? 0 : whole.ToString(CultureInfo.InvariantCulture).Length;
        if (places > scale)
        {
            problems.Add(new DataProblem(set + ".parquet", path, null, string.Create(CultureInfo.InvariantCulture,
                $"{value} has {places} decimal places; its Parquet column DECIMAL({precision},{scale}) holds {scale} and would truncate it")));
        }
        else if (integerDigits > precision - scale)
        {
            problems.Add(new DataProblem(set + ".parquet", path, null, string.Create(CultureInfo.InvariantCulture,
                $"{value} has {integerDigits} digits before the point; its Parquet column DECIMAL({precision},{scale}) holds {precision - scale}")));
        }
    }
}
