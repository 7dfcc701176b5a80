namespace BriData;

/// <summary>Which records a money total adds up.</summary>
public enum AggregationScope
{
    /// <summary>
    /// The default: only records that may be summed. Finance: <see cref="FinanceRecord.IsAggregationSafe"/>
    /// (AidData's rule: no umbrella agreements, pledges or cancelled commitments). Investments:
    /// <see cref="InvestmentRecord.IsAggregationSafe"/> (not troubled).
    /// </summary>
    SafeRecordsOnly = 0,

    /// <summary>Every record, including those the sources say should not be summed. Use only on purpose.</summary>
    AllRecords = 1,
}
