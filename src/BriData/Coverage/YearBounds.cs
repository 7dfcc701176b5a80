namespace BriData;

/// <summary>
/// The first and last year of a set's records; both null when it has none. A BriData type, not a tuple of nullable
/// integers, so that the runtime finds its code precompiled in BriData's ReadyToRun image (a tuple of framework types is
/// JIT-compiled on a first answer; issue 15).
/// </summary>
/// <param name="First">The earliest year, or null for no records.</param>
/// <param name="Last">The latest year, or null for no records.</param>
internal readonly record struct YearBounds(int? First, int? Last);
