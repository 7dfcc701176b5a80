namespace BriData;

/// <summary>The columns of <see cref="BriDatasetFacts.FinanceFacts(BriDataset)"/>: one row per <see cref="FinanceRecord"/>.</summary>
internal static class FinanceFactColumns
{
    /// <summary>Dimension: the recipient country (<see cref="CountryCode"/>).</summary>
    public const string Recipient = "recipient";

    /// <summary>Dimension: the commitment year (<see cref="int"/>).</summary>
    public const string CommitmentYear = "commitmentYear";

    /// <summary>Dimension: the AidData sector name (<see cref="string"/>).</summary>
    public const string Sector = "sector";

    /// <summary>Dimension: the implementation status (<see cref="FinanceStatus"/>).</summary>
    public const string Status = "status";

    /// <summary>Dimension: the lender (<see cref="string"/>, null when unknown).</summary>
    public const string Lender = "lender";

    /// <summary>Dimension: the flow class (<see cref="string"/>, null when unknown).</summary>
    public const string FlowClass = "flowClass";

    /// <summary>Dimension: true for infrastructure (<see cref="bool"/>).</summary>
    public const string IsInfrastructure = "isInfrastructure";

    /// <summary>Dimension: true when the record may be added to others without double counting (<see cref="bool"/>).</summary>
    public const string IsAggregationSafe = "isAggregationSafe";

    /// <summary>Measure: the commitment in constant 2021 USD (not millions); missing when AidData has no amount.</summary>
    public const string AmountConstantUsd2021 = "amountConstantUsd2021";
}
