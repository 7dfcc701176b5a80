namespace BriData;

/// <summary>
/// The rule BriData applies when a date known only to the month or year (<see cref="PartialDate"/>) is compared
/// with a day: a dated fact counts "as of" a day only when it certainly happened on or before that day, that
/// is when the last day its date can denote (<see cref="PartialDate.End"/>) is on or before the day.
/// </summary>
/// <remarks>
/// Example: a memorandum dated "2018" counts as of 2018-12-31 but not as of 2018-06-30; one dated "2019-04"
/// counts from 2019-04-30. When a date's span straddles the day (<see cref="PartialDate.Start"/> on or before
/// it, <see cref="PartialDate.End"/> after it) the fact may or may not have happened: status queries report
/// such tracks in <see cref="CountryStatus.UncertainTracks"/> instead of guessing. Undated facts never count.
/// </remarks>
public static class AsOfRule
{
    /// <summary>True when <paramref name="date"/> certainly lies on or before <paramref name="asOf"/> (its whole span ends by then).</summary>
    public static bool HappenedBy(PartialDate date, DateOnly asOf) => date.End <= asOf;

    /// <summary>True when <paramref name="date"/> may lie on or before <paramref name="asOf"/> (its span starts by then).</summary>
    public static bool MayHaveHappenedBy(PartialDate date, DateOnly asOf) => date.Start <= asOf;

    /// <summary>True when the span of <paramref name="date"/> contains <paramref name="asOf"/> but ends after it: whether it happened by then is unknown.</summary>
    public static bool IsUncertainOn(PartialDate date, DateOnly asOf) => date.Start <= asOf && date.End > asOf;

    /// <summary>True when a nullable date certainly lies on or before <paramref name="asOf"/>; false for null (undated).</summary>
    internal static bool HappenedBy(PartialDate? date, DateOnly asOf) => date is PartialDate d && d.End <= asOf;
}
