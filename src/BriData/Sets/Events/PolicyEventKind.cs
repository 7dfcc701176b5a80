namespace BriData;

/// <summary>What happened in a <see cref="PolicyEvent"/>. Each kind belongs to one <see cref="PolicyTrack"/>.</summary>
public enum PolicyEventKind
{
    /// <summary>Diplomatic relations with the PRC were established.</summary>
    PrcRelationsEstablished = 1,

    /// <summary>Relations with the PRC were suspended or severed (by either side, usually on recognising Taipei).</summary>
    PrcRelationsSuspended = 2,

    /// <summary>Relations with the PRC were resumed.</summary>
    PrcRelationsResumed = 3,

    /// <summary>The state recognised the Republic of China (Taipei).</summary>
    TaipeiRecognized = 4,

    /// <summary>The state was listed as recognising Taipei on the date given (an as-of observation, not the start of recognition).</summary>
    TaipeiAllyListed = 5,

    /// <summary>The state's relations with the Republic of China (Taipei) ended (withdrawn or severed by either side).</summary>
    TaipeiRelationsEnded = 6,

    /// <summary>A Belt and Road memorandum of understanding was signed.</summary>
    BriMemorandumSigned = 10,

    /// <summary>A Belt and Road cooperation plan was signed (formal accession).</summary>
    BriCooperationPlanSigned = 11,

    /// <summary>The state withdrew from the Belt and Road Initiative.</summary>
    BriWithdrawn = 12,

    /// <summary>The state declined to join the Belt and Road Initiative.</summary>
    BriDeclined = 13,

    /// <summary>A pre-feasibility study of a free trade agreement was announced.</summary>
    FtaPrefeasibilityStudyAnnounced = 20,

    /// <summary>A (joint) feasibility study of a free trade agreement was completed.</summary>
    FtaFeasibilityStudyCompleted = 21,

    /// <summary>Free trade negotiations (or upgrade negotiations) were launched.</summary>
    FtaNegotiationsLaunched = 22,

    /// <summary>The first negotiating round was held.</summary>
    FtaFirstNegotiatingRound = 23,

    /// <summary>An early-harvest arrangement was signed or took effect.</summary>
    FtaEarlyHarvest = 24,

    /// <summary>A free trade agreement (or an upgrade protocol) was signed.</summary>
    FtaSigned = 25,

    /// <summary>A free trade agreement (or an upgrade protocol) entered into force.</summary>
    FtaInForce = 26,

    /// <summary>The AIIB approved the state as a prospective founding member.</summary>
    AiibProspectiveFoundingMemberApproved = 30,

    /// <summary>The AIIB approved the state as a prospective (non-founding) member.</summary>
    AiibProspectiveMemberApproved = 31,

    /// <summary>The state's AIIB membership application was reported pending.</summary>
    AiibApplicationPending = 32,

    /// <summary>The state became a full AIIB member (ratified and paid in).</summary>
    AiibJoined = 33,

    /// <summary>A China–Latin America leaders' meeting.</summary>
    LeadersMeeting = 40,

    /// <summary>A ministerial meeting of the China–CELAC Forum.</summary>
    CelacForumMinisterialMeeting = 41,
}
