namespace BriData;

/// <summary>A change in a state's status with China, as one entry of <see cref="StatusQueries.StatusTimeline"/>.</summary>
public enum StatusChangeKind
{
    /// <summary>Diplomatic relations with the PRC were established (no recognition of Taipei recorded before).</summary>
    EstablishedRelationsWithPrc = 1,

    /// <summary>Relations with the PRC were suspended or severed.</summary>
    SuspendedRelationsWithPrc = 2,

    /// <summary>Relations with the PRC were resumed after a suspension without recorded recognition of Taipei.</summary>
    ResumedRelationsWithPrc = 3,

    /// <summary>The state recognised Taipei while it had no recorded relations with the PRC.</summary>
    RecognisedTaipei = 4,

    /// <summary>The state switched recognition from Taipei to the PRC (directly, or days after ending its relations with Taipei).</summary>
    SwitchedRecognitionToPrc = 5,

    /// <summary>The state switched recognition from the PRC to Taipei (directly, or right after the PRC suspended relations).</summary>
    SwitchedRecognitionToTaipei = 6,

    /// <summary>Relations with Taipei ended while no relations with the PRC were recorded: the state recognised neither.</summary>
    EndedRecognitionOfTaipei = 7,

    /// <summary>The state joined the Belt and Road Initiative (memorandum or cooperation plan signed).</summary>
    JoinedBri = 10,

    /// <summary>The state left the Belt and Road Initiative.</summary>
    LeftBri = 11,

    /// <summary>The state declined to join the Belt and Road Initiative.</summary>
    DeclinedBri = 12,

    /// <summary>Free trade negotiations with China were launched.</summary>
    FtaNegotiationsLaunched = 20,

    /// <summary>A free trade agreement with China was signed.</summary>
    FtaSigned = 21,

    /// <summary>A free trade agreement with China entered into force.</summary>
    FtaEnteredIntoForce = 22,

    /// <summary>Negotiations to upgrade a free trade agreement were launched.</summary>
    FtaUpgradeNegotiationsLaunched = 23,

    /// <summary>An upgrade of a free trade agreement was signed.</summary>
    FtaUpgradeSigned = 24,

    /// <summary>An upgrade of a free trade agreement entered into force.</summary>
    FtaUpgradeEnteredIntoForce = 25,

    /// <summary>The AIIB approved the state as a prospective (founding or ordinary) member.</summary>
    ApprovedAsProspectiveAiibMember = 30,

    /// <summary>The state became a full AIIB member.</summary>
    JoinedAiib = 31,
}
