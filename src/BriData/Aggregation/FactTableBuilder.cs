namespace BriData;

/// <summary>
/// Describes how rows of type <typeparamref name="TRow"/> become a <see cref="FactTable"/>: which values are
/// dimensions (grouped and filtered on) and which are measures (aggregated). Reusable: each
/// <see cref="Build"/> makes a new, independent table.
/// </summary>
/// <typeparam name="TRow">The type of the user's rows (records, tuples, structs).</typeparam>
/// <example>
/// <code>
/// var table = FactTable.Create&lt;Sale&gt;()
///     .Dimension("country", s =&gt; s.Country)
///     .Dimension("year", s =&gt; s.Year)
///     .Measure("amount", s =&gt; s.Amount)   // double? : null is missing
///     .Build(sales);
/// </code>
/// </example>
public sealed class FactTableBuilder<TRow>
{
    private readonly List<ColumnDefinition<TRow>> columns = [];

    internal FactTableBuilder()
    {
    }

    /// <summary>For example <c>fact table builder: country, year, amount</c> (the columns added so far).</summary>
    public override string ToString() => "fact table builder: " + DisplayFormat.List(columns, c => c.Name);

    /// <summary>Adds a dimension whose key for each row is <paramref name="keyOf"/>(row). A null key is a key of its own (sorted last).</summary>
    /// <typeparam name="TKey">The key type; keys are compared with <see cref="EqualityComparer{T}.Default"/> (strings ordinally). With <see cref="object"/> keys that all have one type (boxed values), the dimension sorts and is read as that type (<see cref="FactTable.GetDimension{TKey}(string)"/>, <see cref="FactTable.Where{TKey}(string, TKey[])"/>).</typeparam>
    /// <param name="name">The dimension's name, unique among the table's dimensions and measures (ordinal).</param>
    /// <param name="keyOf">Reads the key of a row; called once per row by <see cref="Build"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The name is empty or already used.</exception>
    public FactTableBuilder<TRow> Dimension<TKey>(string name, Func<TRow, TKey> keyOf)
    {
        ArgumentNullException.ThrowIfNull(keyOf);
        EnsureNewName(name);
        columns.Add(new DimensionDefinition<TRow, TKey>(name, keyOf));
        return this;
    }

    /// <summary>
    /// Adds a measure whose value for each row is <paramref name="valueOf"/>(row). Null and <see cref="double.NaN"/> are
    /// missing: counted apart by every aggregate, never taken as zero.
    /// </summary>
    /// <param name="name">The measure's name, unique among the table's dimensions and measures (ordinal).</param>
    /// <param name="valueOf">Reads the value of a row; called once per row by <see cref="Build"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The name is empty or already used.</exception>
    public FactTableBuilder<TRow> Measure(string name, Func<TRow, double?> valueOf)
    {
        ArgumentNullException.ThrowIfNull(valueOf);
        EnsureNewName(name);
        columns.Add(new MeasureDefinition<TRow>(name, valueOf));
        return this;
    }

    /// <summary>
    /// Adds an exact measure: decimal values (money), kept as decimals beside their doubles, so that
    /// <see cref="AggregateRow.ExactSum"/> is the exact decimal sum of a group (min, max and mean use the doubles). Null
    /// is missing: counted apart by every aggregate, never taken as zero.
    /// </summary>
    /// <param name="name">The measure's name, unique among the table's dimensions and measures (ordinal).</param>
    /// <param name="valueOf">Reads the value of a row; called once per row by <see cref="Build"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The name is empty or already used.</exception>
    public FactTableBuilder<TRow> ExactMeasure(string name, Func<TRow, decimal?> valueOf)
    {
        ArgumentNullException.ThrowIfNull(valueOf);
        EnsureNewName(name);
        columns.Add(new ExactMeasureDefinition<TRow>(name, valueOf));
        return this;
    }

    /// <summary>Reads every row once and builds the table. O(rows × columns); the rows are not kept.</summary>
    /// <param name="rows">The rows; may be empty.</param>
    /// <returns>A new, immutable table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    /// <exception cref="InvalidOperationException">There are more rows than an array can hold (<see cref="Array.MaxLength"/>), or more than 2^31 distinct keys in a dimension.</exception>
    public FactTable Build(IEnumerable<TRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var capacity = rows.TryGetNonEnumeratedCount(out var known) ? known : 1024;
        var encoders = columns.Select(c => c.CreateEncoder(capacity)).ToArray();
        var count = 0;
        foreach (var row in rows)
        {
            if (count == Array.MaxLength)
            {
                throw new InvalidOperationException($"A fact table holds at most {Array.MaxLength} rows.");
            }

            foreach (var encoder in encoders)
            {
                encoder.Add(row, count);
            }

            count++;
        }

        var dimensions = new List<FactDimension>();
        var measures = new List<FactMeasure>();
        foreach (var encoder in encoders)
        {
            switch (encoder.Finish(count))
            {
                case FactDimension d:
                    dimensions.Add(d);
                    break;
                case FactMeasure m:
                    measures.Add(m);
                    break;
            }
        }

        return new FactTable(count, [.. dimensions], [.. measures]);
    }

    private void EnsureNewName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (columns.Any(c => string.Equals(c.Name, name, StringComparison.Ordinal)))
        {
            throw new ArgumentException($"The table already has a column named '{name}'.", nameof(name));
        }
    }
}
