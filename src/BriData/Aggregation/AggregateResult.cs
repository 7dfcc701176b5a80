using System.Collections;

namespace BriData;

/// <summary>
/// The result of a <see cref="FactQuery"/>: one <see cref="AggregateRow"/> per non-empty group, in key order (the
/// first grouped dimension varies slowest). Immutable; reading it allocates nothing.
/// </summary>
public sealed class AggregateResult : IReadOnlyList<AggregateRow>
{
    private readonly FactDimension[] dimensions;
    private readonly int[][] codes;
    private readonly int[] rowCounts;
    private readonly int[]? missingCounts;
    private readonly double[] sums;
    private readonly double[]? mins;
    private readonly double[]? maxs;
    private readonly decimal[]? exactSums;

    private AggregateResult(FactDimension[] dimensions, FactMeasure? measure, Aggregates aggregates, int[][] codes, int[] rowCounts, int[]? missingCounts, double[] sums, double[]? mins, double[]? maxs)
    {
        this.dimensions = dimensions;
        Measure = measure?.Name;
        Aggregates = aggregates;
        this.codes = codes;
        this.rowCounts = rowCounts;
        this.missingCounts = missingCounts;
        this.sums = sums;
        this.mins = mins;
        this.maxs = maxs;
        RowCount = rowCounts.Sum(c => (long)c);
        MissingCount = missingCounts?.Sum(c => (long)c) ?? 0;
    }

    private AggregateResult(AggregateResult source, decimal[] exactSums)
    {
        dimensions = source.dimensions;
        Measure = source.Measure;
        Aggregates = source.Aggregates;
        codes = source.codes;
        rowCounts = source.rowCounts;
        missingCounts = source.missingCounts;
        sums = source.sums;
        mins = source.mins;
        maxs = source.maxs;
        RowCount = source.RowCount;
        MissingCount = source.MissingCount;
        this.exactSums = exactSums;
    }

    /// <summary>The names of the grouped dimensions, in order (empty: one group of every row that passed the filters).</summary>
    public IReadOnlyList<string> Dimensions => dimensions.Select(d => d.Name).ToArray();

    /// <summary>The name of the aggregated measure; null for <see cref="FactQuery.Count"/>.</summary>
    public string? Measure { get; }

    /// <summary>The aggregates computed; reading another one from a row throws.</summary>
    public Aggregates Aggregates { get; }

    /// <summary>The number of groups.</summary>
    public int Count => rowCounts.Length;

    /// <summary>The number of rows that passed the filters (the sum of the groups' row counts).</summary>
    public long RowCount { get; }

    /// <summary>The number of those rows whose measure is missing (0 for <see cref="FactQuery.Count"/>).</summary>
    public long MissingCount { get; }

    /// <summary>The group at <paramref name="index"/> (0..<see cref="Count"/>-1).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public AggregateRow this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return new AggregateRow(this, index);
        }
    }

    /// <summary>Finds the group of a one-dimension result by its key. O(log groups).</summary>
    /// <returns>True and the group; false (and the default row) when no row has that key.</returns>
    /// <exception cref="InvalidOperationException">The result is not grouped by exactly one dimension.</exception>
    /// <exception cref="ArgumentException">The dimension's keys are not of type <typeparamref name="T1"/>.</exception>
    public bool TryFind<T1>(T1 key1, out AggregateRow row) => TryFind([CodeOf(0, 1, key1)], out row);

    /// <summary>Finds the group of a two-dimension result by its keys. O(log groups).</summary>
    /// <returns>True and the group; false (and the default row) when no row has those keys.</returns>
    /// <exception cref="InvalidOperationException">The result is not grouped by exactly two dimensions.</exception>
    /// <exception cref="ArgumentException">A dimension's keys are not of the type given.</exception>
    public bool TryFind<T1, T2>(T1 key1, T2 key2, out AggregateRow row) => TryFind([CodeOf(0, 2, key1), CodeOf(1, 2, key2)], out row);

    /// <summary>Enumerates the groups in key order.</summary>
    public IEnumerator<AggregateRow> GetEnumerator() => new Enumerator(this);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{Count} groups by ({string.Join(", ", Dimensions)}) of {Measure ?? "rows"}: {RowCount} rows, {MissingCount} missing");

    internal static AggregateResult Empty(FactDimension[] dimensions, FactMeasure? measure, Aggregates aggregates) =>
        new Builder(dimensions, measure, aggregates, 0).Build();

    internal FactDimension DimensionAt(int dimension)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dimension);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(dimension, dimensions.Length);
        return dimensions[dimension];
    }

    internal int CodeAt(int dimension, int index) => codes[dimension][index];

    internal int RowCountAt(int index) => rowCounts[index];

    internal int MissingCountAt(int index) => missingCounts is null ? 0 : missingCounts[index];

    internal double SumAt(int index) => sums[index];

    /// <summary>The exact decimal sum of group <paramref name="index"/>; null when the measure is not exact.</summary>
    internal decimal? ExactSumAt(int index) => exactSums?[index];

    /// <summary>The same result with the exact sums of an exact measure.</summary>
    internal AggregateResult WithExactSums(decimal[] exact) => new(this, exact);

    internal double MinAt(int index) => mins![index];

    internal double MaxAt(int index) => maxs![index];

    private int CodeOf<T>(int dimension, int arity, T key)
    {
        if (dimensions.Length != arity)
        {
            throw new InvalidOperationException($"The result is grouped by {dimensions.Length} dimension(s), not {arity}.");
        }

        var typed = dimensions[dimension].As<T>()
            ?? throw new ArgumentException($"The dimension '{dimensions[dimension].Name}' has keys of type {dimensions[dimension].KeyType.Name}, not {typeof(T).Name}.");
        return typed.CodeOf(key);
    }

    private bool TryFind(int[] wanted, out AggregateRow row)
    {
        row = default;
        if (wanted.Any(c => c < 0))
        {
            return false;
        }

        int low = 0, high = Count - 1;
        while (low <= high)
        {
            var mid = low + ((high - low) >> 1);
            var order = 0;
            for (var d = 0; d < wanted.Length && order == 0; d++)
            {
                order = codes[d][mid].CompareTo(wanted[d]);
            }

            if (order == 0)
            {
                row = new AggregateRow(this, mid);
                return true;
            }

            if (order < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return false;
    }

    /// <summary>Enumerates the groups of a result in key order (one small object per enumeration).</summary>
    private sealed class Enumerator(AggregateResult result) : IEnumerator<AggregateRow>
    {
        private int index = -1;

        public AggregateRow Current => new(result, index);

        object IEnumerator.Current => Current;

        public bool MoveNext() => ++index < result.Count;

        public void Reset() => index = -1;

        public void Dispose()
        {
        }
    }

    /// <summary>Fills the arrays of a result, group by group, in key order.</summary>
    internal sealed class Builder
    {
        private readonly FactDimension[] dimensions;
        private readonly FactMeasure? measure;
        private readonly Aggregates aggregates;
        private readonly int[] rowCounts;
        private readonly int[]? missingCounts;
        private readonly double[] sums;
        private readonly double[]? mins;
        private readonly double[]? maxs;

        public Builder(FactDimension[] dimensions, FactMeasure? measure, Aggregates aggregates, int count)
        {
            this.dimensions = dimensions;
            this.measure = measure;
            this.aggregates = aggregates;
            Codes = dimensions.Select(_ => new int[count]).ToArray();
            rowCounts = new int[count];
            missingCounts = measure?.MissingBits is null ? null : new int[count];
            sums = measure is null ? [] : new double[count];
            mins = (aggregates & Aggregates.Min) != 0 ? new double[count] : null;
            maxs = (aggregates & Aggregates.Max) != 0 ? new double[count] : null;
        }

        public int[][] Codes { get; }

        public void Set(int index, int rows, int missing, double sum, double min, double max)
        {
            rowCounts[index] = rows;
            if (missingCounts is not null)
            {
                missingCounts[index] = missing;
            }

            if (measure is not null)
            {
                sums[index] = sum;
            }

            if (mins is not null)
            {
                mins[index] = min;
            }

            if (maxs is not null)
            {
                maxs[index] = max;
            }
        }

        public AggregateResult Build() => new(dimensions, measure, aggregates, Codes, rowCounts, missingCounts, sums, mins, maxs);
    }
}
