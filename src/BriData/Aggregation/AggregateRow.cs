using System.Globalization;

namespace BriData;

/// <summary>
/// One group of an <see cref="AggregateResult"/>: its keys, its row counts and the aggregates of the measure over the
/// values present. A missing value is neither zero nor dropped: it is counted in <see cref="MissingCount"/>, and a group
/// with no value at all has null <see cref="Sum"/>, <see cref="Mean"/>, <see cref="Min"/> and <see cref="Max"/>.
/// </summary>
/// <remarks>A lightweight view into its result (no allocation). The default value belongs to no result: every member but equality throws.</remarks>
public readonly struct AggregateRow : IEquatable<AggregateRow>
{
    private readonly AggregateResult result;
    private readonly int index;

    internal AggregateRow(AggregateResult result, int index)
    {
        this.result = result;
        this.index = index;
    }

    /// <summary>The number of rows in the group (that passed the filters).</summary>
    public long RowCount => Result.RowCountAt(index);

    /// <summary>The number of rows of the group whose measure is present (<see cref="RowCount"/> − <see cref="MissingCount"/>).</summary>
    public long ValueCount => RowCount - MissingCount;

    /// <summary>The number of rows of the group whose measure is missing (0 for a count-only query).</summary>
    public long MissingCount => Result.MissingCountAt(index);

    /// <summary>The sum of the values present; null when the group has none. In the measure's unit.</summary>
    /// <exception cref="InvalidOperationException">The query did not compute sums (a count-only query).</exception>
    public double? Sum => Require(Aggregates.Sum | Aggregates.Mean) && ValueCount > 0 ? Result.SumAt(index) : null;

    /// <summary>
    /// The exact decimal sum of the group's values, for a measure declared with
    /// <see cref="FactTableBuilder{TRow}.ExactMeasure"/>; null when every value is missing (never zero for "no data").
    /// </summary>
    /// <exception cref="InvalidOperationException">The query did not compute a sum, or the measure is not exact.</exception>
    public decimal? ExactSum => Require(Aggregates.Sum | Aggregates.Mean) && ValueCount > 0
        ? Result.ExactSumAt(index) ?? throw new InvalidOperationException($"The measure '{Result.Measure}' is not exact; declare it with FactTableBuilder.ExactMeasure.")
        : null;

    /// <summary>The mean of the values present (<see cref="Sum"/> / <see cref="ValueCount"/>); null when the group has none.</summary>
    /// <exception cref="InvalidOperationException">The query did not compute means or sums.</exception>
    public double? Mean => Require(Aggregates.Sum | Aggregates.Mean) && ValueCount > 0 ? Result.SumAt(index) / ValueCount : null;

    /// <summary>The smallest value present; null when the group has none.</summary>
    /// <exception cref="InvalidOperationException">The query did not compute minimums.</exception>
    public double? Min => Require(Aggregates.Min) && ValueCount > 0 ? Result.MinAt(index) : null;

    /// <summary>The largest value present; null when the group has none.</summary>
    /// <exception cref="InvalidOperationException">The query did not compute maximums.</exception>
    public double? Max => Require(Aggregates.Max) && ValueCount > 0 ? Result.MaxAt(index) : null;

    private AggregateResult Result => result ?? throw new InvalidOperationException("This AggregateRow is the default value; it belongs to no result.");

    /// <summary>The key of the group on grouped dimension number <paramref name="dimension"/> (0-based, in GroupBy order).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimension"/> is not a grouped dimension (0..the number of GroupBy dimensions - 1).</exception>
    /// <exception cref="ArgumentException">The dimension's keys are not of type <typeparamref name="TKey"/>.</exception>
    public TKey GetKey<TKey>(int dimension)
    {
        var d = Result.DimensionAt(dimension);
        var typed = d.As<TKey>()
            ?? throw new ArgumentException($"The dimension '{d.Name}' has keys of type {d.KeyType.Name}, not {typeof(TKey).Name}.", nameof(dimension));
        return typed.KeyOfCode(Result.CodeAt(dimension, index));
    }

    /// <summary>The key of the group on grouped dimension number <paramref name="dimension"/>, boxed.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimension"/> is not a grouped dimension (0..the number of GroupBy dimensions - 1).</exception>
    public object? GetKey(int dimension) => Result.DimensionAt(dimension).GetKeyObject(Result.CodeAt(dimension, index));

    /// <summary>True when both are the same group of the same result.</summary>
    public bool Equals(AggregateRow other) => ReferenceEquals(result, other.result) && index == other.index;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AggregateRow other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(result, index);

    /// <summary>The keys and aggregates, for example <c>(PER, 2020): rows 2, missing 0, sum 1,234.5</c>; the sum rounded for display (at most two decimals).</summary>
    public override string ToString()
    {
        if (result is null)
        {
            return "(no group)";
        }

        var self = this;
        var keys = string.Join(", ", Enumerable.Range(0, result.Dimensions.Count).Select(d => DisplayFormat.Key(self.GetKey(d))));
        var sum = result.Measure is null ? string.Empty : ", sum " + DisplayFormat.Number(Sum, null);
        return string.Create(CultureInfo.InvariantCulture, $"({keys}): rows {RowCount}, missing {MissingCount}{sum}");
    }

    /// <summary>True when both are the same group of the same result.</summary>
    public static bool operator ==(AggregateRow left, AggregateRow right) => left.Equals(right);

    /// <summary>True when they are different groups.</summary>
    public static bool operator !=(AggregateRow left, AggregateRow right) => !left.Equals(right);

    private bool Require(Aggregates any) => (Result.Aggregates & any) != 0
        ? true
        : throw new InvalidOperationException($"The query did not compute {any}; ask for it in FactQuery.Aggregate.");
}
