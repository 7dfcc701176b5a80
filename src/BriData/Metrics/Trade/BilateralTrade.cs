namespace BriData;

/// <summary>
/// A Latin American or Caribbean state's goods trade with China in one year, as one reporter states it, seen from
/// the state's side, in nominal USD of the year (<see cref="Money"/>). Missing flows are null, never zero.
/// </summary>
public sealed class BilateralTrade
{
    /// <summary>Records are made by BriData (read from a release or computed), never by callers.</summary>
    internal BilateralTrade()
    {
    }

    /// <summary>The Latin American or Caribbean state.</summary>
    public CountryCode Country { get; internal init; }

    /// <summary>Calendar year.</summary>
    public int Year { get; internal init; }

    /// <summary>Whose statistics the values come from.</summary>
    public TradeReporter Reporter { get; internal init; }

    /// <summary>The state's exports to China, nominal USD of <see cref="Year"/>; null when missing.</summary>
    public Money? ExportsToChina { get; internal init; }

    /// <summary>The state's imports from China, nominal USD of <see cref="Year"/>; null when missing.</summary>
    public Money? ImportsFromChina { get; internal init; }

    /// <summary>Exports plus imports, nominal USD of <see cref="Year"/>; null when either flow is missing.</summary>
    public Money? Total => ExportsToChina + ImportsFromChina;

    /// <summary>The state's balance with China, exports minus imports, nominal USD of <see cref="Year"/> (negative: a deficit with China); null when either flow is missing.</summary>
    public Money? Balance => ExportsToChina - ImportsFromChina;

    /// <summary>True when both flows are present.</summary>
    public bool IsComplete => ExportsToChina is not null && ImportsFromChina is not null;

    /// <summary>True when any value used is an IMF estimate rather than the reporter's own figure.</summary>
    public bool IsEstimate { get; internal init; }

    /// <summary>Ids of the sources of the values used.</summary>
    public IReadOnlyList<string> SourceIds { get; internal init; } = null!;

    /// <summary>For example <c>PER 2019 PartnerReported: exports 13,000.0, imports 10,000.0 (USD m)</c>.</summary>
    public override string ToString() => FormattableString.Invariant(
        $"{Country} {Year} ({DisplayFormat.Words(Reporter)}): exports to China {DisplayFormat.UsdMillions(ExportsToChina?.AmountUsdMillions)}, imports from China {DisplayFormat.UsdMillions(ImportsFromChina?.AmountUsdMillions)}");
}
