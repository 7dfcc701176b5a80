namespace BriData;

/// <summary>
/// A dated diplomatic or policy event: relations with the PRC or Taipei, a Belt and Road document, a free trade
/// agreement milestone, an AIIB membership step, a China–CELAC Forum or leaders' meeting.
/// </summary>
public sealed record PolicyEvent : ISourced, IHasCountry, IHasYear
{
    /// <summary>Stable id (for example <c>fta-per-signed-2009-04-28</c>).</summary>
    public required string Id { get; init; }

    /// <summary>What happened.</summary>
    public required PolicyEventKind Kind { get; init; }

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
    public CountryCode? Country { get; init; }

    /// <summary>The date, to the precision the main source gives; null when no source gives one.</summary>
    public PartialDate? Date { get; init; }

    /// <summary>The last day of a multi-day event (forum meetings); null for single-day or undated events.</summary>
    public PartialDate? EndDate { get; init; }

    /// <summary>Dates other sources give for the same event; empty when the sources agree.</summary>
    public required IReadOnlyList<AlternativeDate> AlternativeDates { get; init; }

    /// <summary>The agreement concerned, for free trade events (for example "China–Peru FTA upgrade"); null otherwise.</summary>
    public string? Agreement { get; init; }

    /// <summary>True for events about an upgrade of an existing free trade agreement.</summary>
    public bool IsUpgrade { get; init; }

    /// <summary>A short label in our words (for example "Peru and China sign their FTA").</summary>
    public required string Title { get; init; }

    /// <summary>Where it happened, when known.</summary>
    public string? Location { get; init; }

    /// <summary>Our short note (caveats, how a date was derived); null when none.</summary>
    public string? Note { get; init; }

    /// <inheritdoc />
    public required IReadOnlyList<string> SourceIds { get; init; }

    /// <summary>The date and title, for example "2009-04-28 Peru and China sign their FTA".</summary>
    public override string ToString() => (Date?.ToString() ?? "undated") + " " + Title;

    /// <inheritdoc />
    int? IHasYear.Year => Date?.Year;
}
