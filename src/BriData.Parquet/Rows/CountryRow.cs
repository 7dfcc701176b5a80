using System.Text.Json.Serialization;
using Parquet.Serialization.Attributes;

namespace BriData.Parquet.Rows;

/// <summary>One row of <c>countries.parquet</c>.</summary>
internal sealed class CountryRow
{
    [JsonPropertyName("code"), ParquetRequired, DictionaryEncoded] public string Code { get; init; } = "";
    [JsonPropertyName("alpha2"), ParquetRequired] public string Alpha2 { get; init; } = "";
    [JsonPropertyName("numeric")] public int Numeric { get; init; }
    [JsonPropertyName("name"), ParquetRequired] public string Name { get; init; } = "";
    [JsonPropertyName("official_name"), ParquetRequired] public string OfficialName { get; init; } = "";
    [JsonPropertyName("name_es"), ParquetRequired] public string NameSpanish { get; init; } = "";
    [JsonPropertyName("name_pt"), ParquetRequired] public string NamePortuguese { get; init; } = "";
    [JsonPropertyName("name_zh"), ParquetRequired] public string NameChinese { get; init; } = "";
    [JsonPropertyName("region"), ParquetRequired, DictionaryEncoded] public string Region { get; init; } = "";
    [JsonPropertyName("subregion"), ParquetRequired, DictionaryEncoded] public string Subregion { get; init; } = "";
    [JsonPropertyName("intermediate_region"), DictionaryEncoded] public string? IntermediateRegion { get; init; }
    [JsonPropertyName("is_lac")] public bool IsLatinAmericaAndCaribbean { get; init; }
    [JsonPropertyName("capital"), ParquetRequired] public string Capital { get; init; } = "";
    [JsonPropertyName("currency_code"), ParquetRequired, DictionaryEncoded] public string CurrencyCode { get; init; } = "";
    [JsonPropertyName("currency_name"), ParquetRequired, DictionaryEncoded] public string CurrencyName { get; init; } = "";
    [JsonPropertyName("aliases")] public List<string> Aliases { get; init; } = [];
    [JsonPropertyName("former_names")] public List<string> FormerNames { get; init; } = [];
    [JsonPropertyName("source_ids"), DictionaryEncoded] public List<string> SourceIds { get; init; } = [];

    public static CountryRow From(Country c) => new()
    {
        Code = c.Code.Alpha3,
        Alpha2 = c.Alpha2,
        Numeric = c.Numeric,
        Name = c.Name,
        OfficialName = c.OfficialName,
        NameSpanish = c.Names.Spanish,
        NamePortuguese = c.Names.Portuguese,
        NameChinese = c.Names.Chinese,
        Region = c.Region,
        Subregion = c.Subregion,
        IntermediateRegion = c.IntermediateRegion,
        IsLatinAmericaAndCaribbean = c.IsLatinAmericaAndCaribbean,
        Capital = c.Capital,
        CurrencyCode = c.CurrencyCode,
        CurrencyName = c.CurrencyName,
        Aliases = [.. c.Aliases],
        FormerNames = [.. c.FormerNames],
        SourceIds = [.. c.SourceIds],
    };
}
