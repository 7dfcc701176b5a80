namespace BriData;

/// <summary>Implementation status of a development-finance record (AidData's three values for these records).</summary>
public enum FinanceStatus
{
    /// <summary>Committed but implementation has not started ("Pipeline: Commitment").</summary>
    PipelineCommitment = 1,

    /// <summary>Being implemented.</summary>
    Implementation = 2,

    /// <summary>Completed.</summary>
    Completion = 3,
}
