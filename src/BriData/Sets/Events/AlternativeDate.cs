using System.Text.Json.Serialization;

namespace BriData;

/// <summary>
/// A date for an event that another source gives differently from the event's main date. BriData keeps every
/// such disagreement visible instead of picking silently.
/// </summary>
public sealed record AlternativeDate : ISourced
{
    /// <summary>Records are made by BriData (read from a release or computed), never by callers.</summary>
    [JsonConstructor]
    internal AlternativeDate()
    {
    }

    /// <summary>The date this source gives.</summary>
    [JsonRequired, JsonInclude]
    public PartialDate Date { get; internal init; }

    /// <summary>Our short note on the disagreement; null when none.</summary>
    [JsonInclude]
    public string? Note { get; internal init; }

    /// <inheritdoc />
    [JsonRequired, JsonInclude]
    public IReadOnlyList<string> SourceIds { get; internal init; } = null!;

    /// <summary>For example <c>2018-05 (per xinhua-2018)</c>.</summary>
    public override string ToString() => Date.ToString() + " (per " + DisplayFormat.List(SourceIds, s => s) + ")";
}
