namespace BriData;

/// <summary>
/// One known gap in a set's coverage: a state, a series and a run of years the set has no value for, or a limit of
/// the whole set (a threshold, a subset, rows that no total counts). Gaps are data: those found in the records are
/// derived from them when the coverage is first asked for; the others are the limits of the sources stated in
/// docs/data-policy.md.
/// </summary>
/// <param name="Set">The set's file name, for example <c>trade</c>.</param>
/// <param name="State">The Latin American or Caribbean state the gap is about; null for the whole set.</param>
/// <param name="Series">The series the gap is in (for example "partner-reported exports FOB to China"); null for every series of the set.</param>
/// <param name="FromYear">The first year of the gap, inclusive; null when the gap is not a run of years.</param>
/// <param name="ToYear">The last year of the gap, inclusive; null when the gap is not a run of years.</param>
/// <param name="Reason">Why the values are absent or left out, in plain words.</param>
public sealed record CoverageGap(string Set, CountryCode? State, string? Series, int? FromYear, int? ToYear, string Reason)
{
    /// <summary>The number of years the gap spans (<c>ToYear − FromYear + 1</c>); null when it is not a run of years.</summary>
    public int? YearCount => FromYear is int from && ToYear is int to ? to - from + 1 : null;

    /// <summary>True when the gap spans <paramref name="year"/> (a gap that is not a run of years spans none).</summary>
    public bool Spans(int year) => FromYear is int from && ToYear is int to && year >= from && year <= to;

    /// <summary>For example <c>trade, HTI, partner-reported exports FOB to China, 1995–1997: no record in IMF DOTS</c>.</summary>
    public override string ToString() =>
        Set
        + (State is CountryCode s ? ", " + s : string.Empty)
        + (Series is null ? string.Empty : ", " + Series)
        + (FromYear is int from && ToYear is int to ? ", " + CoverageText.Years(from, to) : string.Empty)
        + ": " + Reason;
}
