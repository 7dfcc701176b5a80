using System.Text.Json.Serialization;
using Parquet.Serialization.Attributes;

namespace BriData.Parquet.Rows;

/// <summary>One row of <c>trade.parquet</c>: one reporter's view of one flow in one year.</summary>
internal sealed class TradeRow
{
    [JsonPropertyName("reporter"), ParquetRequired, DictionaryEncoded] public string Reporter { get; init; } = "";
    [JsonPropertyName("partner"), ParquetRequired, DictionaryEncoded] public string Partner { get; init; } = "";
    [JsonPropertyName("flow"), ParquetRequired, DictionaryEncoded] public string Flow { get; init; } = "";
    [JsonPropertyName("year")] public int Year { get; init; }
    [JsonPropertyName("value_usd_millions"), ParquetDecimal(38, 20), ColumnUnit("USD millions (nominal, of the year)")] public decimal ValueUsdMillions { get; init; }
    [JsonPropertyName("is_estimate")] public bool IsEstimate { get; init; }
    [JsonPropertyName("source_ids"), DictionaryEncoded] public List<string> SourceIds { get; init; } = [];

    public static TradeRow From(TradeRecord t) => new()
    {
        Reporter = t.Reporter.Alpha3,
        Partner = t.Partner.Alpha3,
        Flow = t.Flow.ToString(),
        Year = t.Year,
        ValueUsdMillions = t.ValueUsdMillions,
        IsEstimate = t.IsEstimate,
        SourceIds = [.. t.SourceIds],
    };
}
