namespace BriData;

/// <summary>A published claim set against the data: the verdict, why, and the figures computed.</summary>
public sealed class ClaimCheck
{
    /// <summary>Records are made by BriData (read from a release or computed), never by callers.</summary>
    internal ClaimCheck()
    {
    }

    /// <summary>The claim checked.</summary>
    public Claim Claim { get; internal init; } = null!;

    /// <summary>Consistent, inconsistent, or not comparable.</summary>
    public ClaimVerdict Verdict { get; internal init; }

    /// <summary>
    /// The reporters whose figure agrees with the claim in every year of its period, partner first (trade claims; the
    /// state's own statistics, <see cref="TradeReporter.PartnerReported"/>, for a share of exports). Empty when no
    /// reporter's figure agrees or the claim is not about trade.
    /// </summary>
    public IReadOnlyList<TradeReporter> MatchedReporters { get; internal init; } = [];

    /// <summary>
    /// The verdict in words: "consistent", "inconsistent", "not comparable", or for
    /// <see cref="ClaimVerdict.ConsistentWithOneReporter"/> "consistent with the partner-reported figure only" (or China-reported).
    /// </summary>
    public string VerdictText => DisplayFormat.Verdict(Verdict, MatchedReporters);

    /// <summary>Why, in one or two sentences, naming the figures and the data's limits.</summary>
    public string Reason { get; internal init; } = null!;

    /// <summary>The figure the verdict rests on, in <see cref="ComputedUnit"/>; null when the data has none.</summary>
    public decimal? ComputedValue { get; internal init; }

    /// <summary>The unit of <see cref="ComputedValue"/> (the claim's unit when they are compared); null when nothing was computed.</summary>
    public MeasureUnit? ComputedUnit { get; internal init; }

    /// <summary>Every figure computed (for example both reporters' totals), the one the verdict rests on first; empty when none.</summary>
    public IReadOnlyList<ClaimFigure> Figures { get; internal init; } = null!;

    /// <summary>Ids of the sources of the data used.</summary>
    public IReadOnlyList<string> SourceIds { get; internal init; } = null!;

    /// <summary>For example <c>consistent: Peru: trade with China in 2018 was USD 23 bn — …</c>, or <c>consistent with the China-reported figure only: …</c>.</summary>
    public override string ToString() => VerdictText + ": " + Claim.Statement + " — " + Reason;
}
