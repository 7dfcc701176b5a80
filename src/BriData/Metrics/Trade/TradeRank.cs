namespace BriData;

/// <summary>A Latin American or Caribbean state's place among China's partners in the region in one year.</summary>
/// <param name="Rank">1 for the largest total; equal totals share a rank and the next rank is skipped (1, 2, 2, 4).</param>
/// <param name="Country">The state.</param>
/// <param name="Year">Calendar year.</param>
/// <param name="Reporter">Whose statistics the totals come from.</param>
/// <param name="TotalUsdMillions">Exports plus imports, USD millions (nominal).</param>
/// <param name="IsEstimate">True when an IMF estimate is part of the total.</param>
public sealed record TradeRank(int Rank, CountryCode Country, int Year, TradeReporter Reporter, decimal TotalUsdMillions, bool IsEstimate)
{
    /// <summary>For example <c>#1 BRA 2020 (China reported): USD 119,040.2 m</c>, rounded for display.</summary>
    public override string ToString() => FormattableString.Invariant(
        $"#{Rank} {Country} {Year} ({DisplayFormat.Words(Reporter)}): {DisplayFormat.UsdMillions(TotalUsdMillions)}{(IsEstimate ? " (estimate)" : string.Empty)}");
}
