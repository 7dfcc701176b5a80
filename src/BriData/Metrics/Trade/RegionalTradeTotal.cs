namespace BriData;

/// <summary>
/// The goods trade of Latin America and the Caribbean with China in one year: the sum over the states whose
/// total is known, and the list of states whose total is missing (so the sum is then a lower bound).
/// </summary>
public sealed class RegionalTradeTotal
{
    /// <summary>Records are made by BriData (read from a release or computed), never by callers.</summary>
    internal RegionalTradeTotal()
    {
    }

    /// <summary>Calendar year.</summary>
    public int Year { get; internal init; }

    /// <summary>Whose statistics the totals come from.</summary>
    public TradeReporter Reporter { get; internal init; }

    /// <summary>Σ exports plus imports over <see cref="Included"/>, nominal USD of <see cref="Year"/>; null when no state has a total.</summary>
    public Money? Total { get; internal init; }

    /// <summary>States whose total is in the sum, in code order.</summary>
    public IReadOnlyList<CountryCode> Included { get; internal init; } = null!;

    /// <summary>States whose total is missing that year, in code order.</summary>
    public IReadOnlyList<CountryCode> Missing { get; internal init; } = null!;

    /// <summary>True when every state of the region has a total.</summary>
    public bool IsComplete => Missing.Count == 0;

    /// <summary>True when an IMF estimate is part of the sum.</summary>
    public bool IsEstimate { get; internal init; }

    /// <summary>
    /// For example <c>LAC trade with China 2020 (China reported): USD 315,436.6 m from 33 states</c>, or with
    /// <c>, 2 missing: CUB, VEN (a lower bound)</c>; rounded for display.
    /// </summary>
    public override string ToString() => FormattableString.Invariant(
        $"LAC trade with China {Year} ({DisplayFormat.Words(Reporter)}): {DisplayFormat.UsdMillions(Total?.AmountUsdMillions)} from {DisplayFormat.Count(Included.Count, "state")}")
        + (IsComplete ? string.Empty : ", " + DisplayFormat.Count(Missing.Count) + " missing: " + DisplayFormat.List(Missing, c => c.ToString()) + " (a lower bound)")
        + (IsEstimate ? ", includes estimates" : string.Empty);
}
