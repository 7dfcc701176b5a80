using System.Text.Json.Serialization;

namespace BriData;

/// <summary>
/// One of the 34 countries BriData covers: the 33 sovereign states of Latin America and the Caribbean (UN M49)
/// and China.
/// </summary>
public sealed record Country : ISourced
{
    /// <summary>Records are made by BriData (read from a release or computed), never by callers.</summary>
    [JsonConstructor]
    internal Country()
    {
    }

    /// <summary>ISO 3166-1 alpha-3 code; the country's key.</summary>
    [JsonRequired, JsonInclude]
    public CountryCode Code { get; internal init; }

    /// <summary>ISO 3166-1 alpha-2 code (for example "PE").</summary>
    [JsonRequired, JsonInclude]
    public string Alpha2 { get; internal init; } = null!;

    /// <summary>ISO 3166-1 numeric code (for example 604).</summary>
    [JsonRequired, JsonInclude]
    public int Numeric { get; internal init; }

    /// <summary>Common English short name (for example "Peru").</summary>
    [JsonRequired, JsonInclude]
    public string Name { get; internal init; } = null!;

    /// <summary>Official (formal) English name (for example "Republic of Peru").</summary>
    [JsonRequired, JsonInclude]
    public string OfficialName { get; internal init; } = null!;

    /// <summary>Short names in English, Spanish, Portuguese and Chinese.</summary>
    [JsonRequired, JsonInclude]
    public LocalizedNames Names { get; internal init; } = null!;

    /// <summary>Other names the country is known by in the sources: formal names in other languages, data publishers' spellings ("Venezuela, RB", "Bahamas, The").</summary>
    [JsonRequired, JsonInclude]
    public IReadOnlyList<string> Aliases { get; internal init; } = null!;

    /// <summary>Former names; empty when none is recorded.</summary>
    [JsonRequired, JsonInclude]
    public IReadOnlyList<string> FormerNames { get; internal init; } = null!;

    /// <summary>UN M49 region ("Americas" or "Asia").</summary>
    [JsonRequired, JsonInclude]
    public string Region { get; internal init; } = null!;

    /// <summary>UN M49 sub-region ("Latin America and the Caribbean" or "Eastern Asia").</summary>
    [JsonRequired, JsonInclude]
    public string Subregion { get; internal init; } = null!;

    /// <summary>UN M49 intermediate region ("Caribbean", "Central America", "South America"); null for China.</summary>
    [JsonInclude]
    public string? IntermediateRegion { get; internal init; }

    /// <summary>True for the 33 Latin American and Caribbean states, false for China.</summary>
    [JsonRequired, JsonInclude]
    public bool IsLatinAmericaAndCaribbean { get; internal init; }

    /// <summary>Capital city, as given by the source (Bolivia: Sucre, the constitutional capital).</summary>
    [JsonRequired, JsonInclude]
    public string Capital { get; internal init; } = null!;

    /// <summary>ISO 4217 code of the main currency (for example "PEN").</summary>
    [JsonRequired, JsonInclude]
    public string CurrencyCode { get; internal init; } = null!;

    /// <summary>English name of the main currency.</summary>
    [JsonRequired, JsonInclude]
    public string CurrencyName { get; internal init; } = null!;

    /// <inheritdoc />
    [JsonRequired, JsonInclude]
    public IReadOnlyList<string> SourceIds { get; internal init; } = null!;

    /// <summary>The name and code, for example "Peru (PER)".</summary>
    public override string ToString() => $"{Name} ({Code})";
}
