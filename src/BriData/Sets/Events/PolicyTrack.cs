namespace BriData;

/// <summary>The policy area a <see cref="PolicyEvent"/> belongs to.</summary>
public enum PolicyTrack
{
    /// <summary>Diplomatic relations with the People's Republic of China, or recognition of Taipei.</summary>
    DiplomaticRelations = 1,

    /// <summary>Belt and Road Initiative cooperation documents.</summary>
    BeltAndRoad = 2,

    /// <summary>Free trade agreements with China.</summary>
    FreeTrade = 3,

    /// <summary>Membership of the Asian Infrastructure Investment Bank.</summary>
    Aiib = 4,

    /// <summary>The China–CELAC Forum and China–Latin America leaders' meetings.</summary>
    RegionalDialogue = 5,
}
