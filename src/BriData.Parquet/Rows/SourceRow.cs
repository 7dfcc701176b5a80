using System.Text.Json.Serialization;
using Parquet.Serialization.Attributes;

namespace BriData.Parquet.Rows;

/// <summary>One row of <c>sources.parquet</c>.</summary>
internal sealed class SourceRow
{
    [JsonPropertyName("id"), ParquetRequired] public string Id { get; init; } = "";
    [JsonPropertyName("kind"), ParquetRequired, DictionaryEncoded] public string Kind { get; init; } = "";
    [JsonPropertyName("publisher"), ParquetRequired, DictionaryEncoded] public string Publisher { get; init; } = "";
    [JsonPropertyName("title"), ParquetRequired] public string Title { get; init; } = "";
    [JsonPropertyName("address"), ParquetRequired] public string Address { get; init; } = "";
    [JsonPropertyName("published")] public string? Published { get; init; }
    [JsonPropertyName("licence"), ParquetRequired, DictionaryEncoded] public string Licence { get; init; } = "";
    [JsonPropertyName("version")] public string? Version { get; init; }
    [JsonPropertyName("retrieved_on"), ParquetRequired] public string RetrievedOn { get; init; } = "";
    [JsonPropertyName("note")] public string? Note { get; init; }
    [JsonPropertyName("citation"), ParquetRequired] public string Citation { get; init; } = "";

    public static SourceRow From(Source s) => new()
    {
        Id = s.Id,
        Kind = s.Kind.ToString(),
        Publisher = s.Publisher,
        Title = s.Title,
        Address = s.Address,
        Published = DateColumns.Text(s.Published),
        Licence = s.Licence,
        Version = s.Version,
        RetrievedOn = s.RetrievedOn.ToString(),
        Note = s.Note,
        Citation = s.Citation,
    };
}
