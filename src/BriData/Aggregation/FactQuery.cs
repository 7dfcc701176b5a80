namespace BriData;

/// <summary>
/// An immutable query over a <see cref="FactTable"/>: filters on dimensions (<see cref="Where{TKey}(string, TKey[])"/>),
/// the dimensions to group by (<see cref="GroupBy"/>) and, last, the aggregate of a measure
/// (<see cref="Aggregate"/>, <see cref="Sum"/>, <see cref="Count"/>). Every method returns a new query.
/// </summary>
/// <remarks>
/// Filters on the same dimension intersect (a row must pass all of them); filters on different dimensions are
/// combined with AND. Groups come out in key order (the first dimension varies slowest). A group is present when at
/// least one row passes the filters; its measure may still have no value (then Sum, Mean, Min and Max are null and
/// <see cref="AggregateRow.MissingCount"/> says how many rows had none).
/// </remarks>
public sealed class FactQuery
{
    private readonly int[] groupBy;
    private readonly (int Dimension, bool[] Keep)[] filters;

    internal FactQuery(FactTable table)
        : this(table, [], [])
    {
    }

    private FactQuery(FactTable table, int[] groupBy, (int, bool[])[] filters)
    {
        Table = table;
        this.groupBy = groupBy;
        this.filters = filters;
    }

    /// <summary>The table the query runs on.</summary>
    public FactTable Table { get; }

    /// <summary>For example <c>query of fact table (1,183 rows): group by country, year; 1 filter</c>.</summary>
    public override string ToString() =>
        "query of fact table (" + DisplayFormat.Count(Table.RowCount) + " rows): "
        + (groupBy.Length == 0 ? "one group" : "group by " + string.Join(", ", GroupedBy)) + "; " + DisplayFormat.Count(filters.Length, "filter");

    /// <summary>The names of the dimensions grouped by, in order.</summary>
    public IReadOnlyList<string> GroupedBy => groupBy.Select(i => Table.DimensionAt(i).Name).ToArray();

    /// <summary>Groups by <paramref name="dimensions"/> (replacing any earlier grouping); none means one group of every row.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dimensions"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">A name is not a dimension of the table.</exception>
    /// <exception cref="ArgumentException">A dimension is named twice.</exception>
    public FactQuery GroupBy(params string[] dimensions)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        var indexes = dimensions.Select(Table.DimensionIndex).ToArray();
        if (indexes.Distinct().Count() != indexes.Length)
        {
            throw new ArgumentException("A dimension is named twice in GroupBy.", nameof(dimensions));
        }

        return new FactQuery(Table, indexes, filters);
    }

    /// <summary>Keeps the rows whose <paramref name="dimension"/> key is one of <paramref name="keys"/> (keys no row has are ignored).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dimension"/> or <paramref name="keys"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The table has no such dimension.</exception>
    /// <exception cref="ArgumentException">The dimension's keys are not of type <typeparamref name="TKey"/>.</exception>
    public FactQuery Where<TKey>(string dimension, params TKey[] keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var typed = Table.GetDimension<TKey>(dimension);
        var keep = new bool[typed.Cardinality];
        foreach (var key in keys)
        {
            var code = typed.CodeOf(key);
            if (code >= 0)
            {
                keep[code] = true;
            }
        }

        return WithFilter(Table.DimensionIndex(dimension), keep);
    }

    /// <summary>Keeps the rows whose <paramref name="dimension"/> key satisfies <paramref name="predicate"/>, called once per distinct key.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="KeyNotFoundException">The table has no such dimension.</exception>
    /// <exception cref="ArgumentException">The dimension's keys are not of type <typeparamref name="TKey"/>.</exception>
    public FactQuery Where<TKey>(string dimension, Func<TKey, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var typed = Table.GetDimension<TKey>(dimension);
        var keep = new bool[typed.Cardinality];
        for (var code = 0; code < keep.Length; code++)
        {
            keep[code] = predicate(typed.KeyOfCode(code));
        }

        return WithFilter(Table.DimensionIndex(dimension), keep);
    }

    /// <summary>Computes <paramref name="aggregates"/> of <paramref name="measure"/> for every group.</summary>
    /// <param name="measure">The name of a measure of the table.</param>
    /// <param name="aggregates">What to compute; row and missing counts always are.</param>
    /// <returns>One row per non-empty group, in key order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measure"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The table has no such measure.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="aggregates"/> names no known aggregate.</exception>
    public AggregateResult Aggregate(string measure, Aggregates aggregates = Aggregates.All)
    {
        if ((aggregates & Aggregates.All) == 0 || (aggregates & ~Aggregates.All) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(aggregates), aggregates, "Name one or more aggregates (Count, Sum, Mean, Min, Max).");
        }

        return GroupAggregator.Run(Table, groupBy, filters, Table.GetMeasure(measure), aggregates | Aggregates.Count);
    }

    /// <summary>The sum (and counts) of <paramref name="measure"/> per group: <c>Aggregate(measure, Aggregates.Sum)</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="measure"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The table has no such measure.</exception>
    public AggregateResult Sum(string measure) => Aggregate(measure, Aggregates.Sum);

    /// <summary>The number of rows per group (no measure: <see cref="AggregateRow.ValueCount"/> equals the row count).</summary>
    public AggregateResult Count() => GroupAggregator.Run(Table, groupBy, filters, null, Aggregates.Count);

    private FactQuery WithFilter(int dimension, bool[] keep)
    {
        var list = new List<(int, bool[])>();
        var merged = false;
        foreach (var (d, k) in filters)
        {
            if (d == dimension)
            {
                var both = new bool[k.Length];
                for (var i = 0; i < both.Length; i++)
                {
                    both[i] = k[i] && keep[i];
                }

                list.Add((d, both));
                merged = true;
            }
            else
            {
                list.Add((d, k));
            }
        }

        if (!merged)
        {
            list.Add((dimension, keep));
        }

        return new FactQuery(Table, groupBy, [.. list]);
    }
}
