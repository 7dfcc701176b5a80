using System.Text.Json.Serialization;
using Parquet.Serialization.Attributes;

namespace BriData.Parquet.Rows;

/// <summary>One row of <c>published-figures.parquet</c>: a statistic as a cited page printed it.</summary>
internal sealed class PublishedFigureRow
{
    [JsonPropertyName("id"), ParquetRequired] public string Id { get; init; } = "";
    [JsonPropertyName("publisher"), ParquetRequired, DictionaryEncoded] public string Publisher { get; init; } = "";
    [JsonPropertyName("basis"), ParquetRequired, DictionaryEncoded] public string Basis { get; init; } = "";
    [JsonPropertyName("indicator"), ParquetRequired, DictionaryEncoded] public string Indicator { get; init; } = "";
    [JsonPropertyName("country"), DictionaryEncoded] public string? Country { get; init; }
    [JsonPropertyName("period_start"), ParquetRequired] public string PeriodStart { get; init; } = "";
    [JsonPropertyName("period_end"), ParquetRequired] public string PeriodEnd { get; init; } = "";
    [JsonPropertyName("value"), ParquetDecimal(38, 6), ColumnUnit("the unit in the unit column, whole units")] public decimal Value { get; init; }
    [JsonPropertyName("unit"), ParquetRequired, DictionaryEncoded] public string Unit { get; init; } = "";
    [JsonPropertyName("bound"), ParquetRequired, DictionaryEncoded] public string Bound { get; init; } = "";
    [JsonPropertyName("note")] public string? Note { get; init; }
    [JsonPropertyName("source_ids"), DictionaryEncoded] public List<string> SourceIds { get; init; } = [];

    public static PublishedFigureRow From(PublishedFigure f) => new()
    {
        Id = f.Id,
        Publisher = f.Publisher,
        Basis = f.Basis.ToString(),
        Indicator = f.Indicator.ToString(),
        Country = f.Country?.Alpha3,
        PeriodStart = f.PeriodStart.ToString(),
        PeriodEnd = f.PeriodEnd.ToString(),
        Value = f.Value,
        Unit = f.Unit,
        Bound = f.Bound.ToString(),
        Note = f.Note,
        SourceIds = [.. f.SourceIds],
    };
}
