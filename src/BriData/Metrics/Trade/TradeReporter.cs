namespace BriData;

/// <summary>
/// Whose statistics a bilateral trade figure comes from. The two sides of China–LAC trade differ (exports are
/// valued FOB and imports CIF, timing, re-exports), so every trade metric asks for the reporter explicitly.
/// </summary>
public enum TradeReporter
{
    /// <summary>China's statistics: the partner's exports to China are China's imports (CIF) from it; its imports from China are China's exports (FOB) to it.</summary>
    ChinaReported = 1,

    /// <summary>The Latin American or Caribbean state's own statistics: its exports (FOB) to and imports (CIF) from China.</summary>
    PartnerReported = 2,

    /// <summary>For each flow, the mean of the two reporters' values; missing when either is missing.</summary>
    MirrorAverage = 3,
}
