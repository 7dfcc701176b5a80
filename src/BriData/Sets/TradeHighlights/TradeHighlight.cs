using System.Text.Json.Serialization;

namespace BriData;

/// <summary>A named product a source singles out in China–LAC trade (for example Chilean cherries).</summary>
public sealed record TradeHighlight : ISourced, IHasCountry
{
    /// <summary>Records are made by BriData (read from a release or computed), never by callers.</summary>
    [JsonConstructor]
    internal TradeHighlight()
    {
    }

    /// <summary>Stable slug id.</summary>
    [JsonRequired, JsonInclude]
    public string Id { get; internal init; } = null!;

    /// <summary>The exporting (or importing) Latin American or Caribbean state.</summary>
    [JsonRequired, JsonInclude]
    public CountryCode Country { get; internal init; }

    /// <summary>The product, in our words (for example "Fresh cherries").</summary>
    [JsonRequired, JsonInclude]
    public string Product { get; internal init; } = null!;

    /// <summary>HS 6-digit code when a source gives it; null otherwise.</summary>
    [JsonInclude]
    public string? HsCode { get; internal init; }

    /// <summary>True when the product flows to China; false when from China.</summary>
    [JsonRequired, JsonInclude]
    public bool IsExportToChina { get; internal init; }

    /// <summary>Our short note; null when none.</summary>
    [JsonInclude]
    public string? Note { get; internal init; }

    /// <inheritdoc />
    [JsonRequired, JsonInclude]
    public IReadOnlyList<string> SourceIds { get; internal init; } = null!;

    /// <summary>Product and country.</summary>
    public override string ToString() => FormattableString.Invariant($"{Product} ({Country}, {(IsExportToChina ? "export to China" : "import from China")})");

    /// <inheritdoc />
    CountryCode? IHasCountry.Country => Country;
}
