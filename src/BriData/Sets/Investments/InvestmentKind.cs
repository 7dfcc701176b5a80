namespace BriData;

/// <summary>Whether an AEI tracker row is an equity investment or a construction contract.</summary>
public enum InvestmentKind
{
    /// <summary>Unknown: the 2021 release does not say, and the row could not be matched to the 2019 split files.</summary>
    Unknown = 0,

    /// <summary>An equity investment (ownership).</summary>
    Investment = 1,

    /// <summary>A construction contract (no ownership).</summary>
    Construction = 2,
}
