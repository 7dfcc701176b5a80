namespace BriData;

/// <summary>
/// A Latin American or Caribbean state's goods trade with China in one year, as one reporter states it, seen from
/// the state's side, in millions of nominal USD of the year. Missing flows are null, never zero.
/// </summary>
public sealed record BilateralTrade
{
    /// <summary>The Latin American or Caribbean state.</summary>
    public required CountryCode Country { get; init; }

    /// <summary>Calendar year.</summary>
    public required int Year { get; init; }

    /// <summary>Whose statistics the values come from.</summary>
    public required TradeReporter Reporter { get; init; }

    /// <summary>The state's exports to China, USD millions; null when missing.</summary>
    public decimal? ExportsToChinaUsdMillions { get; init; }

    /// <summary>The state's imports from China, USD millions; null when missing.</summary>
    public decimal? ImportsFromChinaUsdMillions { get; init; }

    /// <summary>Exports plus imports, USD millions; null when either flow is missing.</summary>
    public decimal? TotalUsdMillions => ExportsToChinaUsdMillions + ImportsFromChinaUsdMillions;

    /// <summary>The state's balance with China, exports minus imports, USD millions (negative: a deficit with China); null when either flow is missing.</summary>
    public decimal? BalanceUsdMillions => ExportsToChinaUsdMillions - ImportsFromChinaUsdMillions;

    /// <summary>True when both flows are present.</summary>
    public bool IsComplete => ExportsToChinaUsdMillions is not null && ImportsFromChinaUsdMillions is not null;

    /// <summary>True when any value used is an IMF estimate rather than the reporter's own figure.</summary>
    public required bool IsEstimate { get; init; }

    /// <summary>Ids of the sources of the values used.</summary>
    public required IReadOnlyList<string> SourceIds { get; init; }

    /// <summary>For example <c>PER 2019 PartnerReported: exports 13,000.0, imports 10,000.0 (USD m)</c>.</summary>
    public override string ToString() => FormattableString.Invariant(
        $"{Country} {Year} ({DisplayFormat.Words(Reporter)}): exports to China {DisplayFormat.UsdMillions(ExportsToChinaUsdMillions)}, imports from China {DisplayFormat.UsdMillions(ImportsFromChinaUsdMillions)}");
}
