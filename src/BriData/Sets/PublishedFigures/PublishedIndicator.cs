namespace BriData;

/// <summary>What a <see cref="PublishedFigure"/> measures.</summary>
public enum PublishedIndicator
{
    /// <summary>Goods trade between China and the region (or the state), both directions; unit USD or CNY.</summary>
    TotalTrade = 1,

    /// <summary>China's goods exports to the region (or the state); unit USD or CNY.</summary>
    ExportsFromChina = 2,

    /// <summary>The region's (or the state's) goods exports to China, that is China's imports from it; unit USD or CNY.</summary>
    ExportsToChina = 3,

    /// <summary>The state's rank among China's LAC trading partners by total trade (1 = largest); unit "rank".</summary>
    TradePartnerRank = 4,

    /// <summary>Chinese state-bank loan commitments (China Development Bank, China Eximbank) in the period; unit USD.</summary>
    LoanCommitments = 5,

    /// <summary>The number of Chinese state-bank loans committed in the period; unit "loans".</summary>
    LoanCount = 6,
}
