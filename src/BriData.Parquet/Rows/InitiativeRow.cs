using System.Text.Json.Serialization;
using Parquet.Serialization.Attributes;

namespace BriData.Parquet.Rows;

/// <summary>One row of <c>initiatives.parquet</c>.</summary>
internal sealed class InitiativeRow
{
    [JsonPropertyName("id"), ParquetRequired] public string Id { get; init; } = "";
    [JsonPropertyName("title"), ParquetRequired] public string Title { get; init; } = "";
    [JsonPropertyName("domain"), ParquetRequired, DictionaryEncoded] public string Domain { get; init; } = "";
    [JsonPropertyName("countries"), DictionaryEncoded] public List<string> Countries { get; init; } = [];
    [JsonPropertyName("is_region_wide")] public bool IsRegionWide { get; init; }
    [JsonPropertyName("started")] public string? Started { get; init; }
    [JsonPropertyName("started_first_day")] public DateOnly? StartedFirstDay { get; init; }
    [JsonPropertyName("summary"), ParquetRequired] public string Summary { get; init; } = "";
    [JsonPropertyName("source_ids"), DictionaryEncoded] public List<string> SourceIds { get; init; } = [];

    public static InitiativeRow From(Initiative i) => new()
    {
        Id = i.Id,
        Title = i.Title,
        Domain = i.Domain.ToString(),
        Countries = [.. i.Countries.Select(c => c.Alpha3)],
        IsRegionWide = i.IsRegionWide,
        Started = DateColumns.Text(i.Started),
        StartedFirstDay = DateColumns.FirstDay(i.Started),
        Summary = i.Summary,
        SourceIds = [.. i.SourceIds],
    };
}
