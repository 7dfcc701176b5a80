using BriData.Sets;

namespace BriData;

/// <summary>
/// Which columns of a set's column table make its tidy rows (see <see cref="TidyRows"/>): the dimensions, the
/// measures, the entity and the sources; read once per call, then applied to each record.
/// </summary>
/// <typeparam name="T">The set's record type.</typeparam>
internal sealed class SetTidyLayout<T>
{
    /// <summary>The column of a record's source ids, by the name every set that cites sources uses.</summary>
    private const string SourceIdsColumn = "source_ids";

    private readonly string set;
    private readonly SetColumn<T>[] dimensions;
    private readonly SetColumn<T>[] measures;
    private readonly SetColumn<T> entity;
    private readonly SetColumn<T>? sourceIds;

    public SetTidyLayout(string set, ColumnTable<T> columns)
    {
        this.set = set;
        dimensions = [.. columns.Columns.Where(c => c.Role == ColumnRole.Dimension)];
        measures = [.. columns.Columns.Where(c => c.Role == ColumnRole.Measure)];
        entity = columns.Columns.FirstOrDefault(c => c.Role == ColumnRole.Key) ?? dimensions.FirstOrDefault()
            ?? throw new InvalidOperationException("The " + columns.Name + " columns have neither a key nor a dimension to name a tidy row's entity.");
        sourceIds = columns.Columns.FirstOrDefault(c => string.Equals(c.Name, SourceIdsColumn, StringComparison.Ordinal));
    }

    /// <summary>The rows of one record: one per measure column, or one "records" count when the set has none.</summary>
    public IEnumerable<TidyRow> Rows(T record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var dims = Array.ConvertAll(dimensions, c => new KeyValuePair<string, string?>(c.Name, c.Format(record)));
        var name = entity.Format(record) ?? string.Empty;
        IReadOnlyList<string> sources = sourceIds is null ? [name] : sourceIds.Value(record) as IReadOnlyList<string> ?? [];
        if (measures.Length == 0)
        {
            return [new TidyRow { Set = set, Entity = name, Dimensions = dims, Measure = "records", Value = 1, Unit = Units.Count, SourceIds = sources }];
        }

        return Array.ConvertAll(measures, m => new TidyRow
        {
            Set = set,
            Entity = name,
            Dimensions = dims,
            Measure = m.Name,
            Value = ToDecimal(m, m.Value(record)),
            Unit = m.UnitOf(record) ?? Units.Unknown,
            SourceIds = sources,
        });
    }

    private static decimal? ToDecimal(SetColumn<T> column, object? value) => value switch
    {
        null => null,
        decimal d => d,
        int i => i,
        long l => l,
        double d => (decimal)d,
        _ => throw new InvalidOperationException(FormattableString.Invariant($"The measure {column.Name} has a value of type {value.GetType().Name}, not a number.")),
    };
}
