namespace BriData;

/// <summary>A state's Belt and Road status on a given day.</summary>
public enum BriStatus
{
    /// <summary>No Belt and Road document is dated on or before the day.</summary>
    None = 0,

    /// <summary>A Belt and Road memorandum (or cooperation plan) has been signed and not withdrawn: the state is a member.</summary>
    Member = 1,

    /// <summary>The state withdrew from the initiative (a withdrawal ends the memorandum).</summary>
    Withdrawn = 2,

    /// <summary>The state declined to join and has signed no memorandum since.</summary>
    Declined = 3,
}
