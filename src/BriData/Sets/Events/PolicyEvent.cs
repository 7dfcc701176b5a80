using System.Text.Json.Serialization;

namespace BriData;

/// <summary>
/// A dated diplomatic or policy event: relations with the PRC or Taipei, a Belt and Road document, a free trade
/// agreement milestone, an AIIB membership step, a China–CELAC Forum or leaders' meeting.
/// </summary>
public sealed record PolicyEvent : ISourced, IHasCountry, IHasYear
{
    /// <summary>Records are made by BriData (read from a release or computed), never by callers.</summary>
    [JsonConstructor]
    internal PolicyEvent()
    {
    }

    /// <summary>Stable id (for example <c>fta-per-signed-2009-04-28</c>).</summary>
    [JsonRequired, JsonInclude]
    public string Id { get; internal init; } = null!;

    /// <summary>What happened.</summary>
    [JsonRequired, JsonInclude]
    public PolicyEventKind Kind { get; internal init; }

    /// <summary>The policy area, derived from <see cref="Kind"/>.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public PolicyTrack Track => Kind switch
    {
        <= PolicyEventKind.TaipeiRelationsEnded => PolicyTrack.DiplomaticRelations,
        <= PolicyEventKind.BriDeclined => PolicyTrack.BeltAndRoad,
        <= PolicyEventKind.FtaInForce => PolicyTrack.FreeTrade,
        <= PolicyEventKind.AiibJoined => PolicyTrack.Aiib,
        _ => PolicyTrack.RegionalDialogue,
    };

    /// <summary>The Latin American or Caribbean state concerned; null for region-wide events (forum meetings).</summary>
    [JsonInclude]
    public CountryCode? Country { get; internal init; }

    /// <summary>The date, to the precision the main source gives; null when no source gives one.</summary>
    [JsonInclude]
    public PartialDate? Date { get; internal init; }

    /// <summary>The last day of a multi-day event (forum meetings); null for single-day or undated events.</summary>
    [JsonInclude]
    public PartialDate? EndDate { get; internal init; }

    /// <summary>Dates other sources give for the same event; empty when the sources agree.</summary>
    [JsonRequired, JsonInclude]
    public IReadOnlyList<AlternativeDate> AlternativeDates { get; internal init; } = null!;

    /// <summary>The agreement concerned, for free trade events (for example "China–Peru FTA upgrade"); null otherwise.</summary>
    [JsonInclude]
    public string? Agreement { get; internal init; }

    /// <summary>True for events about an upgrade of an existing free trade agreement.</summary>
    [JsonInclude]
    public bool IsUpgrade { get; internal init; }

    /// <summary>A short label in our words (for example "Peru and China sign their FTA").</summary>
    [JsonRequired, JsonInclude]
    public string Title { get; internal init; } = null!;

    /// <summary>Where it happened, when known.</summary>
    [JsonInclude]
    public string? Location { get; internal init; }

    /// <summary>Our short note (caveats, how a date was derived); null when none.</summary>
    [JsonInclude]
    public string? Note { get; internal init; }

    /// <inheritdoc />
    [JsonRequired, JsonInclude]
    public IReadOnlyList<string> SourceIds { get; internal init; } = null!;

    /// <summary>The date and title, for example "2009-04-28 Peru and China sign their FTA".</summary>
    public override string ToString() => (Date?.ToString() ?? "undated") + " " + Title;

    /// <inheritdoc />
    int? IHasYear.Year => Date?.Year;
}
