namespace BriData;

/// <summary>The columns of <see cref="BriDatasetFacts.TradeFacts(BriDataset)"/>: one row per <see cref="TradeRecord"/>.</summary>
internal static class TradeFactColumns
{
    /// <summary>Dimension: the reporting country (<see cref="CountryCode"/>).</summary>
    public const string Reporter = "reporter";

    /// <summary>Dimension: the partner (<see cref="CountryCode"/>; China or <see cref="CountryCode.World"/>).</summary>
    public const string Partner = "partner";

    /// <summary>Dimension: the flow as reported (<see cref="TradeFlow"/>).</summary>
    public const string Flow = "flow";

    /// <summary>Dimension: the calendar year (<see cref="int"/>).</summary>
    public const string Year = "year";

    /// <summary>Dimension: true when the value is an estimate (<see cref="bool"/>).</summary>
    public const string IsEstimate = "isEstimate";

    /// <summary>Measure: the value in millions of nominal USD of the row's year (never missing).</summary>
    public const string ValueUsdMillions = "valueUsdMillions";
}
