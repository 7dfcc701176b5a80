namespace BriData;

/// <summary>
/// A date for an event that another source gives differently from the event's main date. BriData keeps every
/// such disagreement visible instead of picking silently.
/// </summary>
public sealed record AlternativeDate : ISourced
{
    /// <summary>The date this source gives.</summary>
    public required PartialDate Date { get; init; }

    /// <summary>Our short note on the disagreement; null when none.</summary>
    public string? Note { get; init; }

    /// <inheritdoc />
    public required IReadOnlyList<string> SourceIds { get; init; }

    /// <summary>For example <c>2018-05 (per xinhua-2018)</c>.</summary>
    public override string ToString() => Date.ToString() + " (per " + DisplayFormat.List(SourceIds, s => s) + ")";
}
