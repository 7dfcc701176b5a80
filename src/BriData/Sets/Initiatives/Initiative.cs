using System.Text.Json.Serialization;

namespace BriData;

/// <summary>Cooperation that is not infrastructure: planning, training, agriculture, climate, health, science.</summary>
public sealed record Initiative : ISourced
{
    /// <summary>Records are made by BriData (read from a release or computed), never by callers.</summary>
    [JsonConstructor]
    internal Initiative()
    {
    }

    /// <summary>Stable slug id.</summary>
    [JsonRequired, JsonInclude]
    public string Id { get; internal init; } = null!;

    /// <summary>A short title in our words.</summary>
    [JsonRequired, JsonInclude]
    public string Title { get; internal init; } = null!;

    /// <summary>The field.</summary>
    [JsonRequired, JsonInclude]
    public InitiativeDomain Domain { get; internal init; }

    /// <summary>Countries concerned; empty when the source speaks of the region only.</summary>
    [JsonRequired, JsonInclude]
    public IReadOnlyList<CountryCode> Countries { get; internal init; } = null!;

    /// <summary>True when the source speaks of the region or a group of states rather than (only) named countries.</summary>
    [JsonRequired, JsonInclude]
    public bool IsRegionWide { get; internal init; }

    /// <summary>When it started, when known.</summary>
    [JsonInclude]
    public PartialDate? Started { get; internal init; }

    /// <summary>A one-line summary in our words.</summary>
    [JsonRequired, JsonInclude]
    public string Summary { get; internal init; } = null!;

    /// <inheritdoc />
    [JsonRequired, JsonInclude]
    public IReadOnlyList<string> SourceIds { get; internal init; } = null!;

    /// <summary>The title.</summary>
    public override string ToString() => Title;
}
