namespace BriData;

/// <summary>What the data says about a published claim.</summary>
public enum ClaimVerdict
{
    /// <summary>The data cannot speak to the claim (period, unit or topic outside the data, or the data cannot count it); the reason says why.</summary>
    NotComparable = 0,

    /// <summary>
    /// The figure the data gives is compatible with the claim's wording (see <see cref="ClaimQuantity.IsSatisfiedBy"/>);
    /// for trade, every reporter's figure that the data holds agrees (or the other is missing).
    /// </summary>
    Consistent = 1,

    /// <summary>The figure the data gives contradicts the claim's wording.</summary>
    Inconsistent = 2,

    /// <summary>
    /// The two reporters disagree and the claim agrees with one of them only: one reporter's figure is compatible with
    /// the claim's wording and the other's, present, contradicts it. <see cref="ClaimCheck.MatchedReporters"/> names the
    /// reporter and <see cref="ClaimCheck.VerdictText"/> reads, for example, "consistent with the partner-reported figure only".
    /// Not a plain <see cref="Consistent"/>: two contradictory claims can each match one reporter.
    /// </summary>
    ConsistentWithOneReporter = 3,
}
