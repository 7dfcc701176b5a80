namespace BriData;

/// <summary>
/// How far a free trade agreement with China has come on a given day. Stages only advance: the furthest stage
/// any event reached counts (no agreement in the data has been terminated).
/// </summary>
public enum FtaStage
{
    /// <summary>No free trade event is dated on or before the day.</summary>
    None = 0,

    /// <summary>A pre-feasibility or feasibility study was announced or completed.</summary>
    Studied = 1,

    /// <summary>Negotiations were launched (a first round or an early-harvest arrangement also counts here).</summary>
    UnderNegotiation = 2,

    /// <summary>The agreement was signed but is not yet in force.</summary>
    Signed = 3,

    /// <summary>The agreement is in force.</summary>
    InForce = 4,
}
