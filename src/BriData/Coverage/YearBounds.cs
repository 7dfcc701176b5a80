namespace BriData;

/// <summary>
/// The first and last year of a set's records; both null when it has none. A class, not a tuple of nullable integers:
/// framework generics over a value type (<c>Lazy</c>, <c>Nullable</c>, <c>ValueTuple</c> of <c>int?</c>) are
/// JIT-compiled on a first answer, while their shared code for classes is precompiled (issue 15).
/// </summary>
/// <param name="First">The earliest year, or null for no records.</param>
/// <param name="Last">The latest year, or null for no records.</param>
internal sealed record YearBounds(int? First, int? Last)
{
    /// <summary>No years: a set without records.</summary>
    public static YearBounds None { get; } = new(null, null);
}
