using System.Text.Json.Serialization;

namespace BriData;

/// <summary>
/// A published aggregate statement ("over 200 infrastructure projects as of September 2023") with its quantity,
/// bound, unit, as-of date and source. Claims are kept as published; the data may or may not bear them out.
/// </summary>
public sealed record Claim : ISourced, IHasCountry
{
    /// <summary>Records are made by BriData (read from a release or computed), never by callers.</summary>
    [JsonConstructor]
    internal Claim()
    {
    }

    /// <summary>Stable slug id.</summary>
    [JsonRequired, JsonInclude]
    public string Id { get; internal init; } = null!;

    /// <summary>The country the claim is about; null for region-wide claims (Latin America and the Caribbean).</summary>
    [JsonInclude]
    public CountryCode? Country { get; internal init; }

    /// <summary>What the claim is about.</summary>
    [JsonRequired, JsonInclude]
    public ClaimTopic Topic { get; internal init; }

    /// <summary>The claim in our own short words.</summary>
    [JsonRequired, JsonInclude]
    public string Statement { get; internal init; } = null!;

    /// <summary>The figure, its bound, unit and as-of date.</summary>
    [JsonRequired, JsonInclude]
    public ClaimQuantity Quantity { get; internal init; } = null!;

    /// <summary>The year or period the figure is about (for example <c>2023</c>, <c>2019/2021</c> or <c>2024-01/2024-06</c>); null when not stated.</summary>
    [JsonInclude]
    public ClaimPeriod? Period { get; internal init; }

    /// <summary>Who compiled the figure, as the source cites it (for example "Peru Mincetur"); null when not stated.</summary>
    [JsonInclude]
    public string? Compiler { get; internal init; }

    /// <summary>Our short note (for example pointing to a disagreeing claim); null when none.</summary>
    [JsonInclude]
    public string? Note { get; internal init; }

    /// <inheritdoc />
    [JsonRequired, JsonInclude]
    public IReadOnlyList<string> SourceIds { get; internal init; } = null!;

    /// <summary>The statement.</summary>
    public override string ToString() => Statement;
}
