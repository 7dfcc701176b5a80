namespace BriData;

/// <summary>
/// A published aggregate statement ("over 200 infrastructure projects as of September 2023") with its quantity,
/// bound, unit, as-of date and source. Claims are kept as published; the data may or may not bear them out.
/// </summary>
public sealed record Claim : ISourced, IHasCountry
{
    /// <summary>Stable slug id.</summary>
    public required string Id { get; init; }

    /// <summary>The country the claim is about; null for region-wide claims (Latin America and the Caribbean).</summary>
    public CountryCode? Country { get; init; }

    /// <summary>What the claim is about.</summary>
    public required ClaimTopic Topic { get; init; }

    /// <summary>The claim in our own short words.</summary>
    public required string Statement { get; init; }

    /// <summary>The figure, its bound, unit and as-of date.</summary>
    public required ClaimQuantity Quantity { get; init; }

    /// <summary>The year or period the figure is about (for example <c>2023</c>, <c>2019/2021</c> or <c>2024-01/2024-06</c>); null when not stated.</summary>
    public ClaimPeriod? Period { get; init; }

    /// <summary>Who compiled the figure, as the source cites it (for example "Peru Mincetur"); null when not stated.</summary>
    public string? Compiler { get; init; }

    /// <summary>Our short note (for example pointing to a disagreeing claim); null when none.</summary>
    public string? Note { get; init; }

    /// <inheritdoc />
    public required IReadOnlyList<string> SourceIds { get; init; }

    /// <summary>The statement.</summary>
    public override string ToString() => Statement;
}
