namespace BriData;

/// <summary>Cooperation that is not infrastructure: planning, training, agriculture, climate, health, science.</summary>
public sealed record Initiative : ISourced
{
    /// <summary>Stable slug id.</summary>
    public required string Id { get; init; }

    /// <summary>A short title in our words.</summary>
    public required string Title { get; init; }

    /// <summary>The field.</summary>
    public required InitiativeDomain Domain { get; init; }

    /// <summary>Countries concerned; empty when the source speaks of the region only.</summary>
    public required IReadOnlyList<CountryCode> Countries { get; init; }

    /// <summary>True when the source speaks of the region or a group of states rather than (only) named countries.</summary>
    public required bool IsRegionWide { get; init; }

    /// <summary>When it started, when known.</summary>
    public PartialDate? Started { get; init; }

    /// <summary>A one-line summary in our words.</summary>
    public required string Summary { get; init; }

    /// <inheritdoc />
    public required IReadOnlyList<string> SourceIds { get; init; }

    /// <summary>The title.</summary>
    public override string ToString() => Title;
}
