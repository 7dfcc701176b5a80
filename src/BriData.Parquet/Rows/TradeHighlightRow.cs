using System.Text.Json.Serialization;
using Parquet.Serialization.Attributes;

namespace BriData.Parquet.Rows;

/// <summary>One row of <c>trade-highlights.parquet</c>.</summary>
internal sealed class TradeHighlightRow
{
    [JsonPropertyName("id"), ParquetRequired] public string Id { get; init; } = "";
    [JsonPropertyName("country"), ParquetRequired, DictionaryEncoded] public string Country { get; init; } = "";
    [JsonPropertyName("product"), ParquetRequired] public string Product { get; init; } = "";
    [JsonPropertyName("hs_code")] public string? HsCode { get; init; }
    [JsonPropertyName("is_export_to_china")] public bool IsExportToChina { get; init; }
    [JsonPropertyName("note")] public string? Note { get; init; }
    [JsonPropertyName("source_ids"), DictionaryEncoded] public List<string> SourceIds { get; init; } = [];

    public static TradeHighlightRow From(TradeHighlight h) => new()
    {
        Id = h.Id,
        Country = h.Country.Alpha3,
        Product = h.Product,
        HsCode = h.HsCode,
        IsExportToChina = h.IsExportToChina,
        Note = h.Note,
        SourceIds = [.. h.SourceIds],
    };
}
