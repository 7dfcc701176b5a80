namespace BriData;

/// <summary>
/// A state's membership of the Asian Infrastructure Investment Bank on a given day. Stages only advance: the
/// furthest stage reached counts.
/// </summary>
public enum AiibStage
{
    /// <summary>No AIIB event is dated on or before the day.</summary>
    None = 0,

    /// <summary>A membership application was reported pending.</summary>
    ApplicationPending = 1,

    /// <summary>The AIIB approved the state as a prospective (non-founding) member.</summary>
    ProspectiveMember = 2,

    /// <summary>The AIIB approved the state as a prospective founding member.</summary>
    ProspectiveFoundingMember = 3,

    /// <summary>The state is a full member (ratified and paid in).</summary>
    Member = 4,
}
