using System.Text.Json.Serialization;

namespace BriData;

/// <summary>
/// Where facts come from: a dataset file or a web page, with publisher, title, address, licence, version and the
/// day it was read. Every record in BriData lists the ids of its sources.
/// </summary>
public sealed record Source
{
    /// <summary>Records are made by BriData (read from a release or computed), never by callers.</summary>
    [JsonConstructor]
    internal Source()
    {
    }

    /// <summary>Stable id, lower case (for example <c>imf-dots-2022</c> or <c>web-portnews-chancay-2024-11-15</c>).</summary>
    [JsonRequired, JsonInclude]
    public string Id { get; internal init; } = null!;

    /// <summary>What kind of source this is.</summary>
    [JsonRequired, JsonInclude]
    public SourceKind Kind { get; internal init; }

    /// <summary>Who publishes it (for example "International Monetary Fund").</summary>
    [JsonRequired, JsonInclude]
    public string Publisher { get; internal init; } = null!;

    /// <summary>Its title (a label, not prose from the source).</summary>
    [JsonRequired, JsonInclude]
    public string Title { get; internal init; } = null!;

    /// <summary>Its address (URL) as it was read.</summary>
    [JsonRequired, JsonInclude]
    public string Address { get; internal init; } = null!;

    /// <summary>When it was published, to the precision known; null when unknown.</summary>
    [JsonInclude]
    public PartialDate? Published { get; internal init; }

    /// <summary>Its terms of use as far as they are known (for example "ODC-By 1.0", "CC BY 4.0").</summary>
    [JsonRequired, JsonInclude]
    public string Licence { get; internal init; } = null!;

    /// <summary>The release or revision read (for example "3.0", a commit id); null when the source has none.</summary>
    [JsonInclude]
    public string? Version { get; internal init; }

    /// <summary>The day the source was read.</summary>
    [JsonRequired, JsonInclude]
    public PartialDate RetrievedOn { get; internal init; }

    /// <summary>A short note of ours (caveats, how it was read); null when none.</summary>
    [JsonInclude]
    public string? Note { get; internal init; }

    /// <summary>A one-line citation: publisher, title, version, address, retrieval date.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Citation => Version is null
        ? $"{Publisher}. {Title}. {Address} (retrieved {RetrievedOn})."
        : $"{Publisher}. {Title}, version {Version}. {Address} (retrieved {RetrievedOn}).";

    /// <summary>For example <c>[aiddata-gcdf-3] AidData: Global Chinese Development Finance Dataset, version 3.0</c>.</summary>
    public override string ToString() => "[" + Id + "] " + Publisher + ": " + Title + (Version is null ? string.Empty : ", version " + Version);
}
