using System.Text.Json.Serialization;
using Parquet.Serialization.Attributes;

namespace BriData.Parquet.Rows;

/// <summary>One row of <c>claims.parquet</c>: a published figure with its bound and unit, kept as published.</summary>
internal sealed class ClaimRow
{
    [JsonPropertyName("id"), ParquetRequired] public string Id { get; init; } = "";
    [JsonPropertyName("country"), DictionaryEncoded] public string? Country { get; init; }
    [JsonPropertyName("topic"), ParquetRequired, DictionaryEncoded] public string Topic { get; init; } = "";
    [JsonPropertyName("statement"), ParquetRequired] public string Statement { get; init; } = "";
    [JsonPropertyName("value"), ParquetDecimal(38, 6), ColumnUnit("the unit in the unit column")] public decimal Value { get; init; }
    [JsonPropertyName("bound"), ParquetRequired, DictionaryEncoded] public string Bound { get; init; } = "";
    [JsonPropertyName("unit"), ParquetRequired, DictionaryEncoded] public string Unit { get; init; } = "";
    [JsonPropertyName("as_of")] public string? AsOf { get; init; }
    [JsonPropertyName("period")] public string? Period { get; init; }
    [JsonPropertyName("compiler")] public string? Compiler { get; init; }
    [JsonPropertyName("note")] public string? Note { get; init; }
    [JsonPropertyName("source_ids"), DictionaryEncoded] public List<string> SourceIds { get; init; } = [];

    public static ClaimRow From(Claim c) => new()
    {
        Id = c.Id,
        Country = c.Country?.Alpha3,
        Topic = c.Topic.ToString(),
        Statement = c.Statement,
        Value = c.Quantity.Value,
        Bound = c.Quantity.Bound.ToString(),
        Unit = c.Quantity.Unit,
        AsOf = DateColumns.Text(c.Quantity.AsOf),
        Period = c.Period?.ToString(),
        Compiler = c.Compiler,
        Note = c.Note,
        SourceIds = [.. c.SourceIds],
    };
}
