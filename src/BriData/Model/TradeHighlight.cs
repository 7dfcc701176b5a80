namespace BriData;

/// <summary>A named product a source singles out in China–LAC trade (for example Chilean cherries).</summary>
public sealed record TradeHighlight : ISourced, IHasCountry
{
    /// <summary>Stable slug id.</summary>
    public required string Id { get; init; }

    /// <summary>The exporting (or importing) Latin American or Caribbean state.</summary>
    public required CountryCode Country { get; init; }

    /// <summary>The product, in our words (for example "Fresh cherries").</summary>
    public required string Product { get; init; }

    /// <summary>HS 6-digit code when a source gives it; null otherwise.</summary>
    public string? HsCode { get; init; }

    /// <summary>True when the product flows to China; false when from China.</summary>
    public required bool IsExportToChina { get; init; }

    /// <summary>Our short note; null when none.</summary>
    public string? Note { get; init; }

    /// <inheritdoc />
    public required IReadOnlyList<string> SourceIds { get; init; }

    /// <summary>Product and country.</summary>
    public override string ToString() => FormattableString.Invariant($"{Product} ({Country}, {(IsExportToChina ? "export to China" : "import from China")})");

    /// <inheritdoc />
    CountryCode? IHasCountry.Country => Country;
}
