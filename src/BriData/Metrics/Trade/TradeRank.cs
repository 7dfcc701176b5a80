namespace BriData;

/// <summary>A Latin American or Caribbean state's place among China's partners in the region in one year.</summary>
public sealed class TradeRank
{
    internal TradeRank(int rank, CountryCode country, int year, TradeReporter reporter, Money total, bool isEstimate)
    {
        Rank = rank;
        Country = country;
        Year = year;
        Reporter = reporter;
        Total = total;
        IsEstimate = isEstimate;
    }

    /// <summary>1 for the largest total; equal totals share a rank and the next rank is skipped (1, 2, 2, 4).</summary>
    public int Rank { get; }

    /// <summary>The state.</summary>
    public CountryCode Country { get; }

    /// <summary>Calendar year.</summary>
    public int Year { get; }

    /// <summary>Whose statistics the totals come from.</summary>
    public TradeReporter Reporter { get; }

    /// <summary>Exports plus imports, nominal USD of <see cref="Year"/>.</summary>
    public Money Total { get; }

    /// <summary>True when an IMF estimate is part of the total.</summary>
    public bool IsEstimate { get; }

    /// <summary>For example <c>#1 BRA 2020 (China reported): USD 119,040.2 m</c>, rounded for display.</summary>
    public override string ToString() => FormattableString.Invariant(
        $"#{Rank} {Country} {Year} ({DisplayFormat.Words(Reporter)}): {DisplayFormat.UsdMillions(Total.AmountUsdMillions)}{(IsEstimate ? " (estimate)" : string.Empty)}");
}
