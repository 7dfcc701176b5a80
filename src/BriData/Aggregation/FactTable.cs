namespace BriData;

/// <summary>
/// A read-only, columnar table of facts: dictionary-encoded dimensions (country, year, sector, flow, …) and numeric
/// measures (amounts, populations, …) with missing values counted apart. Built once, immutable, safe to share between
/// threads; queries (<see cref="Query"/>, <see cref="GroupBy"/>, <see cref="Where{TKey}(string, TKey[])"/>) never
/// change it.
/// </summary>
/// <remarks>
/// <para>Build one from your own rows with <see cref="Create{TRow}"/> (millions of rows work: a row costs one to four
/// bytes per dimension and eight bytes per measure), or take the tables of the embedded data with
/// <see cref="BriDatasetFacts.TradeFacts(BriDataset)"/> and its siblings.</para>
/// <para>Example: <c>data.TradeFacts().Where("flow", TradeFlow.ExportsFob).GroupBy("reporter_iso3", "year").Sum("value_usd_millions")</c>.</para>
/// </remarks>
public sealed class FactTable
{
    private readonly FactDimension[] dimensions;
    private readonly FactMeasure[] measures;

    internal FactTable(int rowCount, FactDimension[] dimensions, FactMeasure[] measures)
    {
        RowCount = rowCount;
        this.dimensions = dimensions;
        this.measures = measures;
    }

    /// <summary>Starts describing a table built from rows of type <typeparamref name="TRow"/>.</summary>
    /// <typeparam name="TRow">The type of the user's rows.</typeparam>
    /// <returns>A builder: add dimensions and measures, then call <see cref="FactTableBuilder{TRow}.Build"/>.</returns>
    public static FactTableBuilder<TRow> Create<TRow>() => new();

    /// <summary>The number of rows (facts).</summary>
    public int RowCount { get; }

    /// <summary>The dimensions, in the order they were declared.</summary>
    public IReadOnlyList<FactDimension> Dimensions => Array.AsReadOnly(dimensions);

    /// <summary>The measures, in the order they were declared.</summary>
    public IReadOnlyList<FactMeasure> Measures => Array.AsReadOnly(measures);

    /// <summary>Approximate bytes held by the columns (codes, values, missing bits; not the distinct keys).</summary>
    internal long ColumnBytes
    {
        get
        {
            var total = 0L;
            foreach (var d in dimensions)
            {
                total += d.Codes.SizeInBytes;
            }

            foreach (var m in measures)
            {
                total += m.SizeInBytes;
            }

            return total;
        }
    }

    /// <summary>The dimension named <paramref name="name"/> (ordinal comparison).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The table has no such dimension; the message lists those it has.</exception>
    public FactDimension GetDimension(string name) => dimensions[DimensionIndex(name)];

    /// <summary>The dimension named <paramref name="name"/>, with its typed keys.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The table has no such dimension.</exception>
    /// <exception cref="ArgumentException">The dimension's keys are not of type <typeparamref name="TKey"/>.</exception>
    public FactDimension<TKey> GetDimension<TKey>(string name)
    {
        var dimension = GetDimension(name);
        return dimension.As<TKey>()
            ?? throw new ArgumentException($"The dimension '{name}' has keys of type {dimension.KeyType.Name}, not {typeof(TKey).Name}.", nameof(name));
    }

    /// <summary>The measure named <paramref name="name"/> (ordinal comparison).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The table has no such measure; the message lists those it has.</exception>
    public FactMeasure GetMeasure(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var m in measures)
        {
            if (string.Equals(m.Name, name, StringComparison.Ordinal))
            {
                return m;
            }
        }

        throw new KeyNotFoundException($"No measure '{name}'; the table has: {string.Join(", ", measures.Select(m => m.Name))}.");
    }

    /// <summary>A query over every row, grouped by nothing (one group: the whole table).</summary>
    public FactQuery Query() => new(this);

    /// <summary>A query grouped by <paramref name="dimensions"/> (see <see cref="FactQuery.GroupBy"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dimensions"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">A name is not a dimension of the table.</exception>
    /// <exception cref="ArgumentException">A dimension is named twice.</exception>
    public FactQuery GroupBy(params string[] dimensions) => Query().GroupBy(dimensions);

    /// <summary>A query over the rows whose <paramref name="dimension"/> key is one of <paramref name="keys"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dimension"/> or <paramref name="keys"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The table has no such dimension.</exception>
    /// <exception cref="ArgumentException">The dimension's keys are not of type <typeparamref name="TKey"/>.</exception>
    public FactQuery Where<TKey>(string dimension, params TKey[] keys) => Query().Where(dimension, keys);

    /// <summary>A query over the rows whose <paramref name="dimension"/> key satisfies <paramref name="predicate"/> (called once per distinct key).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="KeyNotFoundException">The table has no such dimension.</exception>
    /// <exception cref="ArgumentException">The dimension's keys are not of type <typeparamref name="TKey"/>.</exception>
    public FactQuery Where<TKey>(string dimension, Func<TKey, bool> predicate) => Query().Where(dimension, predicate);

    internal FactDimension DimensionAt(int index) => dimensions[index];

    internal int DimensionIndex(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        for (var i = 0; i < dimensions.Length; i++)
        {
            if (string.Equals(dimensions[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"No dimension '{name}'; the table has: {string.Join(", ", dimensions.Select(d => d.Name))}.");
    }

    /// <inheritdoc />
    public override string ToString() =>
        FormattableString.Invariant($"fact table: {RowCount} rows; dimensions {string.Join(", ", dimensions.Select(d => d.Name))}; measures {string.Join(", ", measures.Select(m => m.Name))}");
}
