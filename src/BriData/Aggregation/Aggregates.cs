namespace BriData;

/// <summary>The aggregate functions a <see cref="FactQuery"/> computes over a measure. Combine them with <c>|</c>.</summary>
/// <remarks>
/// Row counts and missing counts are always computed. <see cref="Sum"/> and <see cref="Mean"/> cost one pass;
/// <see cref="Min"/> and <see cref="Max"/> add a second pass, so ask only for what you read.
/// </remarks>
[Flags]
public enum Aggregates
{
    /// <summary>Counts only: rows, values present and values missing per group.</summary>
    Count = 1,

    /// <summary>The sum of the values present; null for a group with no value.</summary>
    Sum = 2,

    /// <summary>The mean of the values present (sum / count of values); null for a group with no value.</summary>
    Mean = 4,

    /// <summary>The smallest value present; null for a group with no value.</summary>
    Min = 8,

    /// <summary>The largest value present; null for a group with no value.</summary>
    Max = 16,

    /// <summary>Every aggregate: count, sum, mean, min and max.</summary>
    All = Count | Sum | Mean | Min | Max,
}
