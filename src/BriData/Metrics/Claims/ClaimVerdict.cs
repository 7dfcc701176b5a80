namespace BriData;

/// <summary>What the data says about a published claim.</summary>
public enum ClaimVerdict
{
    /// <summary>The data cannot speak to the claim (period, unit or topic outside the data, or the data cannot count it); the reason says why.</summary>
    NotComparable = 0,

    /// <summary>The figure the data gives is compatible with the claim's wording (see <see cref="ClaimQuantity.IsSatisfiedBy"/>).</summary>
    Consistent = 1,

    /// <summary>The figure the data gives contradicts the claim's wording.</summary>
    Inconsistent = 2,
}
