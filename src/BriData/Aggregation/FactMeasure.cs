namespace BriData;

/// <summary>
/// A numeric measure column of a <see cref="FactTable"/>: one <see cref="double"/> per row, or missing. A missing value
/// is never stored as zero for the user: aggregates count it apart (<see cref="AggregateRow.MissingCount"/>).
/// </summary>
public sealed class FactMeasure
{
    private readonly double[] values;
    private readonly ulong[]? missing;

    internal FactMeasure(string name, double[] values, ulong[]? missing, int missingCount, decimal[]? exact = null)
    {
        Name = name;
        this.values = values;
        this.missing = missing;
        MissingCount = missingCount;
        Exact = exact;
    }

    /// <summary>True for a measure declared with <see cref="FactTableBuilder{TRow}.ExactMeasure"/>: its sums are also exact decimals (<see cref="AggregateRow.ExactSum"/>).</summary>
    public bool IsExact => Exact is not null;

    /// <summary>The measure's name, unique within its table (compared ordinally).</summary>
    public string Name { get; }

    /// <summary>The number of rows whose value is missing (0 when none is).</summary>
    public int MissingCount { get; }

    /// <summary>The value of row <paramref name="row"/>, or null when it is missing.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is not a row of the table.</exception>
    internal double? this[int row] => IsMissing(row) ? null : values[row];

    /// <summary>True when the value of row <paramref name="row"/> is missing.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is not a row of the table.</exception>
    internal bool IsMissing(int row)
    {
        if ((uint)row >= (uint)values.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(row), row, FormattableString.Invariant($"The row must be 0..{values.Length - 1}."));
        }

        return missing is not null && (missing[row >> 6] & (1UL << row)) != 0;
    }

    /// <summary>The stored values; 0 where the value is missing.</summary>
    internal double[] Values => values;

    /// <summary>The exact decimal values (0 where missing), or null for a double measure.</summary>
    internal decimal[]? Exact { get; }

    /// <summary>One bit per row, set where the value is missing; null when no value is.</summary>
    internal ulong[]? MissingBits => missing;

    /// <summary>Approximate bytes held by the column.</summary>
    internal long SizeInBytes => (values.LongLength * sizeof(double)) + ((missing?.LongLength ?? 0) * sizeof(ulong)) + ((Exact?.LongLength ?? 0) * sizeof(decimal));

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{Name} ({values.Length} rows, {MissingCount} missing)");
}
