namespace BriData;

/// <summary>
/// What one set of a release covers: its first and last year, the Latin American and Caribbean states it holds
/// records for, its series, and its known gaps. Derived from the records when first asked for (one fact, one place:
/// the years are never typed in), plus the limits of the sources that docs/data-policy.md states.
/// </summary>
/// <remarks>
/// A question about a year outside <see cref="FirstYear"/>–<see cref="LastYear"/> is answered with
/// <see cref="YearNotCoveredException"/>; inside the coverage a missing value stays null and
/// <see cref="KnownGaps"/> says why.
/// </remarks>
public sealed class SetCoverage
{
    /// <summary>Records are made by BriData (read from a release or computed), never by callers.</summary>
    internal SetCoverage()
    {
    }

    /// <summary>The set's file name, for example <c>trade</c>.</summary>
    public string Set { get; internal init; } = null!;

    /// <summary>The first year with any record, inclusive; null when the set holds no records.</summary>
    public int? FirstYear { get; internal init; }

    /// <summary>The last year with any record, inclusive; null when the set holds no records.</summary>
    public int? LastYear { get; internal init; }

    /// <summary>The Latin American and Caribbean states the set holds at least one record for, in code order.</summary>
    public IReadOnlyList<CountryCode> States { get; internal init; } = null!;

    /// <summary>The series (or reporters, kinds, flow classes) the set holds, in a fixed order, for example "China-reported exports FOB".</summary>
    public IReadOnlyList<string> Series { get; internal init; } = null!;

    /// <summary>Known gaps: state-series-year runs without a value (derived from the records) and the sources' own limits.</summary>
    public IReadOnlyList<CoverageGap> KnownGaps { get; internal init; } = null!;

    /// <summary>
    /// The last year of the <see cref="BriDataset.PublishedFigures"/> that continue this set beyond
    /// <see cref="LastYear"/> (for trade, China customs' totals); null when none do.
    /// </summary>
    public int? PublishedFiguresThrough { get; internal init; }

    /// <summary>The number of years from <see cref="FirstYear"/> to <see cref="LastYear"/>, both included; 0 for an empty set.</summary>
    public int YearCount => FirstYear is int from && LastYear is int to ? to - from + 1 : 0;

    /// <summary>True when <paramref name="year"/> is from <see cref="FirstYear"/> to <see cref="LastYear"/>, both included.</summary>
    public bool Covers(int year) => FirstYear is int from && LastYear is int to && year >= from && year <= to;

    /// <summary>Throws <see cref="YearNotCoveredException"/> unless the set covers <paramref name="year"/>.</summary>
    /// <param name="year">The calendar year asked about.</param>
    /// <exception cref="YearNotCoveredException"><paramref name="year"/> is outside <see cref="FirstYear"/>–<see cref="LastYear"/> (or the set is empty); the message names the coverage.</exception>
    public void ThrowIfNotCovered(int year)
    {
        if (!Covers(year))
        {
            throw new YearNotCoveredException(this, year);
        }
    }

    /// <summary>The known gaps about <paramref name="state"/> that span <paramref name="year"/>, and the set-wide gaps, in <see cref="KnownGaps"/> order.</summary>
    /// <param name="state">The state.</param>
    /// <param name="year">The calendar year.</param>
    public IEnumerable<CoverageGap> GapsFor(CountryCode state, int year) =>
        KnownGaps.Where(g => (g.State is null || g.State == state) && (g.FromYear is null || g.Spans(year)));

    /// <summary>
    /// For example <c>trade: 1960–2020, 33 states, 6 series, 150 known gaps; published figures to 2025</c>.
    /// </summary>
    public override string ToString() =>
        Set + ": " + CoverageText.Years(this) + ", " + DisplayFormat.Count(States.Count, "state") + ", "
        + DisplayFormat.Count(Series.Count, "series", "series") + ", " + DisplayFormat.Count(KnownGaps.Count, "known gap")
        + (PublishedFiguresThrough is int through ? "; published figures to " + DisplayFormat.Year(through) : string.Empty);
}
