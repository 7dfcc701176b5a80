using Parquet.Schema;

namespace BriData.Parquet;

/// <summary>
/// How one column of a set's <see cref="ColumnTable{T}"/> becomes Parquet columns, from its kind and its typed values:
/// <list type="bullet">
/// <item><see cref="ColumnKind.Integer"/>: INT32, or INT64 when the values are <see cref="long"/>.</item>
/// <item><see cref="ColumnKind.Decimal"/>: DECIMAL of a fixed <see cref="DecimalColumnType"/> (values that do not fit are
/// refused), or DOUBLE when the values are <see cref="double"/>.</item>
/// <item><see cref="ColumnKind.Boolean"/>: BOOLEAN.</item>
/// <item><see cref="ColumnKind.Date"/>: the ISO text at its own precision (STRING), followed by <c>&lt;name&gt;_first_day</c>,
/// the first day it can denote (DATE).</item>
/// <item><see cref="ColumnKind.Text"/> (codes and enum names too): STRING, as the CSV writes it.</item>
/// <item><see cref="ColumnKind.Json"/>: a LIST of STRING (texts, country codes) or of INT32 when the value is such a list,
/// otherwise the JSON text as STRING.</item>
/// </list>
/// A column is optional (nullable) when a value is missing in the rows written, required otherwise.
/// </summary>
internal static class ColumnMapping
{
    /// <summary>The suffix of the DATE column that follows each date column.</summary>
    public const string FirstDaySuffix = "_first_day";

    /// <summary>The name of a list column's element field.</summary>
    private const string ElementName = "element";

    /// <summary>The Parquet columns of <paramref name="column"/> for <paramref name="rows"/>, in order.</summary>
    /// <param name="set">The set (named in problems).</param>
    /// <param name="column">The column of the set's table.</param>
    /// <param name="rows">The rows being written.</param>
    /// <param name="problems">Where decimal values that their column cannot hold exactly are reported.</param>
    public static IReadOnlyList<ParquetColumn> For<T>(string set, SetColumn<T> column, IReadOnlyList<T> rows, List<DataProblem> problems)
    {
        var values = new object?[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            values[i] = column.Value(rows[i]);
        }

        switch (column.Kind)
        {
            case ColumnKind.Integer when Array.Exists(values, v => v is long):
                return [Values(column.Name, values, v => (long?)Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture))];
            case ColumnKind.Integer:
                return [Values(column.Name, values, v => (int?)v)];
            case ColumnKind.Decimal when Array.Exists(values, v => v is double):
                return [Values(column.Name, values, v => (double?)v)];
            case ColumnKind.Decimal:
                return [Decimal(set, column, values, problems)];
            case ColumnKind.Boolean:
                return [Values(column.Name, values, v => (bool?)v)];
            case ColumnKind.Date:
                return [Text(column, rows), Values(column.Name + FirstDaySuffix, values, v => ((PartialDate?)v)?.Start)];
            case ColumnKind.Json when IsListOf<string>(values):
                return [List(column.Name, values, (IEnumerable<string> l) => l.Select(s => s.AsMemory()), new DataField<string>(ElementName, true))];
            case ColumnKind.Json when IsListOf<CountryCode>(values):
                return [List(column.Name, values, (IEnumerable<CountryCode> l) => l.Select(c => c.Alpha3.AsMemory()), new DataField<string>(ElementName, true))];
            case ColumnKind.Json when IsListOf<int>(values):
                return [List(column.Name, values, (IEnumerable<int> l) => l, new DataField<int>(ElementName, true))];
            default:
                return [Text(column, rows)];
        }
    }

    /// <summary>True when every present value is a list of <typeparamref name="TElement"/> and one is present.</summary>
    private static bool IsListOf<TElement>(object?[] values) =>
        Array.Exists(values, v => v is not null) && Array.TrueForAll(values, v => v is null or IEnumerable<TElement>);

    private static ValueColumn<TValue> Values<TValue>(string name, object?[] values, Func<object, TValue?> convert)
        where TValue : struct
    {
        var typed = Array.ConvertAll(values, v => v is null ? null : convert(v));
        return new ValueColumn<TValue>(new DataField<TValue>(name, Array.Exists(typed, v => v is null)), typed);
    }

    private static ValueColumn<ReadOnlyMemory<char>> Text<T>(SetColumn<T> column, IReadOnlyList<T> rows)
    {
        var typed = new ReadOnlyMemory<char>?[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            typed[i] = column.Format(rows[i])?.AsMemory();
        }

        return new ValueColumn<ReadOnlyMemory<char>>(new DataField<string>(column.Name, Array.Exists(typed, v => v is null)), typed);
    }

    private static ValueColumn<decimal> Decimal<T>(string set, SetColumn<T> column, object?[] values, List<DataProblem> problems)
    {
        var type = DecimalColumnType.For(column);
        var typed = Array.ConvertAll(values, v => (decimal?)v);
        DecimalScaleCheck.Check(set, column.Name, typed, type, problems);
        var field = new DecimalDataField(column.Name, type.Precision, type.Scale, forceByteArrayEncoding: false, isNullable: Array.Exists(typed, v => v is null));
        return new ValueColumn<decimal>(field, typed);
    }

    private static ListColumn<TElement> List<TList, TElement>(string name, object?[] values, Func<TList, IEnumerable<TElement>> elements, DataField element)
        where TElement : struct
    {
        var lists = Array.ConvertAll(values, v => v is TList list ? (IReadOnlyList<TElement>)[.. elements(list)] : null);
        return new ListColumn<TElement>(name, element, lists);
    }
}
