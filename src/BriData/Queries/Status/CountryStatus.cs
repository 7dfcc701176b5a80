namespace BriData;

/// <summary>
/// A Latin American or Caribbean state's status with China on one day: diplomatic recognition, Belt and Road
/// membership, free trade agreement and AIIB membership, as the dated events show it (see <see cref="AsOfRule"/>).
/// </summary>
public sealed class CountryStatus
{
    /// <summary>Records are made by BriData (read from a release or computed), never by callers.</summary>
    internal CountryStatus()
    {
    }

    /// <summary>The state.</summary>
    public CountryCode Country { get; internal init; }

    /// <summary>The day the status is for.</summary>
    public DateOnly AsOf { get; internal init; }

    /// <summary>Relations with the PRC or recognition of Taipei.</summary>
    public DiplomaticRecognition Recognition { get; internal init; }

    /// <summary>Belt and Road status (a withdrawal ends membership).</summary>
    public BriStatus Bri { get; internal init; }

    /// <summary>Stage of the free trade agreement with China (upgrades not included).</summary>
    public FtaStage Fta { get; internal init; }

    /// <summary>Stage of an upgrade of the free trade agreement; <see cref="FtaStage.None"/> when none.</summary>
    public FtaStage FtaUpgrade { get; internal init; }

    /// <summary>AIIB membership stage.</summary>
    public AiibStage Aiib { get; internal init; }

    /// <summary>
    /// Tracks whose answer depends on an event whose partial date straddles <see cref="AsOf"/> (for example a
    /// memorandum dated "2018" asked about on 2018-06-30): the values above count the event as not yet
    /// happened, and the track is listed here. Empty when every answer is certain.
    /// </summary>
    public IReadOnlyList<PolicyTrack> UncertainTracks { get; internal init; } = null!;

    /// <summary>The events counted (certainly on or before <see cref="AsOf"/>), in date order.</summary>
    public IReadOnlyList<PolicyEvent> Events { get; internal init; } = null!;

    /// <summary>True when relations with the PRC are in force.</summary>
    public bool HasRelationsWithPrc => Recognition == DiplomaticRecognition.PeoplesRepublicOfChina;

    /// <summary>True when the state recognises Taipei.</summary>
    public bool RecognisesTaipei => Recognition == DiplomaticRecognition.Taipei;

    /// <summary>True when a Belt and Road memorandum is in force.</summary>
    public bool IsBriMember => Bri == BriStatus.Member;

    /// <summary>True when a free trade agreement with China is in force.</summary>
    public bool HasFtaInForce => Fta == FtaStage.InForce;

    /// <summary>True when a free trade agreement is under negotiation (launched, not yet signed).</summary>
    public bool IsNegotiatingFta => Fta == FtaStage.UnderNegotiation;

    /// <summary>True when the state is a full AIIB member.</summary>
    public bool IsAiibMember => Aiib == AiibStage.Member;

    /// <summary>
    /// For example <c>PER 2020-01-01: recognises People's Republic of China, BRI member, FTA in force, AIIB
    /// prospective member</c>; the date in the Gregorian calendar whatever the culture.
    /// </summary>
    public override string ToString() =>
        Country + " " + DisplayFormat.Date(AsOf) + ": recognises " + DisplayFormat.Words(Recognition) + ", BRI " + DisplayFormat.Words(Bri)
        + ", FTA " + DisplayFormat.Words(Fta) + (FtaUpgrade == FtaStage.None ? string.Empty : ", FTA upgrade " + DisplayFormat.Words(FtaUpgrade))
        + ", AIIB " + DisplayFormat.Words(Aiib)
        + (UncertainTracks.Count > 0 ? " (uncertain: " + DisplayFormat.List(UncertainTracks, t => DisplayFormat.Words(t)) + ")" : string.Empty);
}
