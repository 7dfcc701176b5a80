using System.Text.Json.Serialization;
using Parquet.Serialization.Attributes;

namespace BriData.Parquet.Rows;

/// <summary>One element of a project's <c>milestones</c> list.</summary>
internal sealed class MilestoneRow
{
    [JsonPropertyName("kind"), ParquetRequired] public string Kind { get; init; } = "";
    [JsonPropertyName("date"), ParquetRequired] public string Date { get; init; } = "";
    [JsonPropertyName("date_first_day")] public DateOnly DateFirstDay { get; init; }
    [JsonPropertyName("note")] public string? Note { get; init; }
    [JsonPropertyName("source_ids")] public List<string> SourceIds { get; init; } = [];

    public static MilestoneRow From(ProjectMilestone m) => new()
    {
        Kind = m.Kind.ToString(),
        Date = m.Date.ToString(),
        DateFirstDay = m.Date.Start,
        Note = m.Note,
        SourceIds = [.. m.SourceIds],
    };
}
