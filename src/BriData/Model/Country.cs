namespace BriData;

/// <summary>
/// One of the 34 countries BriData covers: the 33 sovereign states of Latin America and the Caribbean (UN M49)
/// and China.
/// </summary>
public sealed record Country : ISourced
{
    /// <summary>ISO 3166-1 alpha-3 code; the country's key.</summary>
    public required CountryCode Code { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code (for example "PE").</summary>
    public required string Alpha2 { get; init; }

    /// <summary>ISO 3166-1 numeric code (for example 604).</summary>
    public required int Numeric { get; init; }

    /// <summary>Common English short name (for example "Peru").</summary>
    public required string Name { get; init; }

    /// <summary>Official (formal) English name (for example "Republic of Peru").</summary>
    public required string OfficialName { get; init; }

    /// <summary>Short names in English, Spanish, Portuguese and Chinese.</summary>
    public required LocalizedNames Names { get; init; }

    /// <summary>Other names the country is known by in the sources: formal names in other languages, data publishers' spellings ("Venezuela, RB", "Bahamas, The").</summary>
    public required IReadOnlyList<string> Aliases { get; init; }

    /// <summary>Former names; empty when none is recorded.</summary>
    public required IReadOnlyList<string> FormerNames { get; init; }

    /// <summary>UN M49 region ("Americas" or "Asia").</summary>
    public required string Region { get; init; }

    /// <summary>UN M49 sub-region ("Latin America and the Caribbean" or "Eastern Asia").</summary>
    public required string Subregion { get; init; }

    /// <summary>UN M49 intermediate region ("Caribbean", "Central America", "South America"); null for China.</summary>
    public string? IntermediateRegion { get; init; }

    /// <summary>True for the 33 Latin American and Caribbean states, false for China.</summary>
    public required bool IsLatinAmericaAndCaribbean { get; init; }

    /// <summary>Capital city, as given by the source (Bolivia: Sucre, the constitutional capital).</summary>
    public required string Capital { get; init; }

    /// <summary>ISO 4217 code of the main currency (for example "PEN").</summary>
    public required string CurrencyCode { get; init; }

    /// <summary>English name of the main currency.</summary>
    public required string CurrencyName { get; init; }

    /// <inheritdoc />
    public required IReadOnlyList<string> SourceIds { get; init; }

    /// <summary>The name and code, for example "Peru (PER)".</summary>
    public override string ToString() => $"{Name} ({Code})";
}
