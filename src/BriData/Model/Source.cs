namespace BriData;

/// <summary>
/// Where facts come from: a dataset file or a web page, with publisher, title, address, licence, version and the
/// day it was read. Every record in BriData lists the ids of its sources.
/// </summary>
public sealed record Source
{
    /// <summary>Stable id, lower case (for example <c>imf-dots-2022</c> or <c>web-portnews-chancay-2024-11-15</c>).</summary>
    public required string Id { get; init; }

    /// <summary>What kind of source this is.</summary>
    public required SourceKind Kind { get; init; }

    /// <summary>Who publishes it (for example "International Monetary Fund").</summary>
    public required string Publisher { get; init; }

    /// <summary>Its title (a label, not prose from the source).</summary>
    public required string Title { get; init; }

    /// <summary>Its address (URL) as it was read.</summary>
    public required string Address { get; init; }

    /// <summary>When it was published, to the precision known; null when unknown.</summary>
    public PartialDate? Published { get; init; }

    /// <summary>Its terms of use as far as they are known (for example "ODC-By 1.0", "CC BY 4.0").</summary>
    public required string Licence { get; init; }

    /// <summary>The release or revision read (for example "3.0", a commit id); null when the source has none.</summary>
    public string? Version { get; init; }

    /// <summary>The day the source was read.</summary>
    public required PartialDate RetrievedOn { get; init; }

    /// <summary>A short note of ours (caveats, how it was read); null when none.</summary>
    public string? Note { get; init; }

    /// <summary>A one-line citation: publisher, title, version, address, retrieval date.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Citation => Version is null
        ? $"{Publisher}. {Title}. {Address} (retrieved {RetrievedOn})."
        : $"{Publisher}. {Title}, version {Version}. {Address} (retrieved {RetrievedOn}).";

    /// <summary>For example <c>[aiddata-gcdf-3] AidData: Global Chinese Development Finance Dataset, version 3.0</c>.</summary>
    public override string ToString() => "[" + Id + "] " + Publisher + ": " + Title + (Version is null ? string.Empty : ", version " + Version);
}
