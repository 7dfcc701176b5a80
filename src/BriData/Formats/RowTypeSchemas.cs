using BriData.Sets;
using BriData.Loading;

namespace BriData.Formats;

/// <summary>
/// The export schema of a row type, for <see cref="CsvFormat"/> and <see cref="JsonLinesFormat"/>: the record type of
/// every set in <see cref="DataSets.All"/> (the one list of sets), and <see cref="TidyRow"/>, whose dimension columns
/// come from the rows when writing and from the file's names when reading.
/// </summary>
internal static class RowTypeSchemas
{
    private static readonly Lazy<Dictionary<Type, DataSetDescriptor>> Sets =
        new(() => DataSets.All.ToDictionary(d => d.RecordType), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The row types with a schema: the sets' record types in load order, then <see cref="TidyRow"/>.</summary>
    public static IEnumerable<Type> Supported => DataSets.All.Select(d => d.RecordType).Append(typeof(TidyRow));

    /// <summary>
    /// The schema to write <paramref name="rows"/> with, and the rows to write: tidy rows are gathered into a list
    /// first, since their dimension names (<see cref="TidyRowColumns.ForRows"/>) make the header.
    /// </summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> has no schema.</exception>
    public static (ColumnTable<T> Schema, IEnumerable<T> Rows) ForWriting<T>(IEnumerable<T> rows)
    {
        if (typeof(T) != typeof(TidyRow))
        {
            return (ForSet<T>(), rows);
        }

        var list = ((IEnumerable<TidyRow>)(object)rows).ToList();
        return ((ColumnTable<T>)(object)TidyRowColumns.ForRows(list), (IEnumerable<T>)(object)list);
    }

    /// <summary>
    /// The schema to read rows of <typeparamref name="T"/> with; for <see cref="TidyRow"/> that of the fixed columns,
    /// with <paramref name="fromNames"/> making the full schema from the names of the file (<see cref="TidyRowColumns.FromNames"/>).
    /// </summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> has no schema.</exception>
    public static ColumnTable<T> ForReading<T>(out Func<IReadOnlyList<string>, ColumnTable<T>>? fromNames)
    {
        if (typeof(T) != typeof(TidyRow))
        {
            fromNames = null;
            return ForSet<T>();
        }

        fromNames = names => (ColumnTable<T>)(object)TidyRowColumns.FromNames(names);
        return (ColumnTable<T>)(object)TidyRowColumns.FromNames([]);
    }

    private static ColumnTable<T> ForSet<T>() => Sets.Value.TryGetValue(typeof(T), out var set)
        ? (ColumnTable<T>)set.UntypedSchema
        : throw new NotSupportedException(
            "CsvFormat and JsonLinesFormat have no columns for " + typeof(T).FullName + "; they write and read the records of BriData's sets and tidy rows: "
            + string.Join(", ", Supported.Select(t => t.Name)) + ".");
}
