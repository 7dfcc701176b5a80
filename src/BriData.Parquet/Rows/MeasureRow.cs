using System.Text.Json.Serialization;
using Parquet.Serialization.Attributes;

namespace BriData.Parquet.Rows;

/// <summary>One element of a project's <c>measures</c> list: a size with its own unit.</summary>
internal sealed class MeasureRow
{
    [JsonPropertyName("label"), ParquetRequired] public string Label { get; init; } = "";
    [JsonPropertyName("value"), ParquetDecimal(38, 6)] public decimal Value { get; init; }
    [JsonPropertyName("unit"), ParquetRequired] public string Unit { get; init; } = "";
    [JsonPropertyName("bound"), ParquetRequired] public string Bound { get; init; } = "";
    [JsonPropertyName("note")] public string? Note { get; init; }
    [JsonPropertyName("source_ids")] public List<string> SourceIds { get; init; } = [];

    public static MeasureRow From(ProjectMeasure m) => new()
    {
        Label = m.Label,
        Value = m.Value,
        Unit = m.Unit,
        Bound = m.Bound.ToString(),
        Note = m.Note,
        SourceIds = [.. m.SourceIds],
    };
}
