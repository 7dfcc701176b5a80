using System.Text.Json.Serialization;
using BriData.Formats.Json;
using BriData.Loading;

namespace BriData.DataBuilder.Importers;

/// <summary>
/// One record of data/curated/events.json: the facts of an event (the builder derives its id and title from them,
/// as it does for the imported events). Property names and encodings are the release's (<see cref="PolicyEvent"/>).
/// </summary>
internal sealed record CuratedEvent
{
    [JsonRequired]
    public PolicyEventKind Kind { get; init; }

    [JsonRequired]
    public CountryCode Country { get; init; }

    [JsonRequired]
    public PartialDate Date { get; init; }

    [JsonRequired]
    public string Note { get; init; } = null!;

    [JsonRequired]
    public IReadOnlyList<string> SourceIds { get; init; } = null!;
}

/// <summary>data/curated/event-annotations.json: what the curation adds to events produced elsewhere, each named by its release id.</summary>
internal sealed record EventAnnotations
{
    /// <summary>Other dates sources give for an event (kept as its <see cref="PolicyEvent.AlternativeDates"/>).</summary>
    [JsonRequired]
    public IReadOnlyList<EventAlternative> Alternatives { get; init; } = null!;

    /// <summary>More precise dates inside the span of an imported event's date.</summary>
    [JsonRequired]
    public IReadOnlyList<EventRefinedDate> RefinedDates { get; init; } = null!;

    /// <summary>More sources that state an imported event.</summary>
    [JsonRequired]
    public IReadOnlyList<EventExtraSources> ExtraSources { get; init; } = null!;
}

/// <summary>Another date for an event, with the pages (<see cref="Addresses"/>, made web sources by the builder) or sources that give it.</summary>
internal sealed record EventAlternative
{
    [JsonRequired]
    public string EventId { get; init; } = null!;

    [JsonRequired]
    public PartialDate Date { get; init; }

    // Settable, not init: the source generator sets every init-only property, an absent one to null.
    public IReadOnlyList<string> Addresses { get; set; } = [];

    public IReadOnlyList<string> SourceIds { get; set; } = [];

    public string? Note { get; init; }
}

/// <summary>A more precise date for an imported event, with the sources that give it and our note.</summary>
internal sealed record EventRefinedDate
{
    [JsonRequired]
    public string EventId { get; init; } = null!;

    [JsonRequired]
    public PartialDate Date { get; init; }

    [JsonRequired]
    public string Note { get; init; } = null!;

    [JsonRequired]
    public IReadOnlyList<string> SourceIds { get; init; } = null!;
}

/// <summary>Sources that also state an imported event.</summary>
internal sealed record EventExtraSources
{
    [JsonRequired]
    public string EventId { get; init; } = null!;

    [JsonRequired]
    public IReadOnlyList<string> SourceIds { get; init; } = null!;
}

/// <summary>
/// The serializer metadata of the curated event files: the options and converters of the library's
/// <see cref="BriJsonContext"/>, except that a property the record lacks is refused.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true,
    NumberHandling = JsonNumberHandling.Strict,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    Converters = [typeof(StrictEnumConverterFactory), typeof(CountryCodeJsonConverter), typeof(PartialDateJsonConverter)])]
[JsonSerializable(typeof(CuratedEvent))]
[JsonSerializable(typeof(EventAnnotations))]
internal sealed partial class CuratedEventJsonContext : JsonSerializerContext
{
}
