using System.Text.Json.Serialization;
using Parquet.Serialization.Attributes;

namespace BriData.Parquet.Rows;

/// <summary>One row of <c>events.parquet</c>.</summary>
internal sealed class EventRow
{
    [JsonPropertyName("id"), ParquetRequired] public string Id { get; init; } = "";
    [JsonPropertyName("kind"), ParquetRequired, DictionaryEncoded] public string Kind { get; init; } = "";
    [JsonPropertyName("track"), ParquetRequired, DictionaryEncoded] public string Track { get; init; } = "";
    [JsonPropertyName("country"), DictionaryEncoded] public string? Country { get; init; }
    [JsonPropertyName("date")] public string? Date { get; init; }
    [JsonPropertyName("date_precision"), DictionaryEncoded] public string? DatePrecision { get; init; }
    [JsonPropertyName("date_first_day")] public DateOnly? DateFirstDay { get; init; }
    [JsonPropertyName("end_date")] public string? EndDate { get; init; }
    [JsonPropertyName("alternative_dates")] public List<string> AlternativeDates { get; init; } = [];
    [JsonPropertyName("agreement"), DictionaryEncoded] public string? Agreement { get; init; }
    [JsonPropertyName("is_upgrade")] public bool IsUpgrade { get; init; }
    [JsonPropertyName("title"), ParquetRequired] public string Title { get; init; } = "";
    [JsonPropertyName("location")] public string? Location { get; init; }
    [JsonPropertyName("note")] public string? Note { get; init; }
    [JsonPropertyName("source_ids"), DictionaryEncoded] public List<string> SourceIds { get; init; } = [];

    public static EventRow From(PolicyEvent e) => new()
    {
        Id = e.Id,
        Kind = e.Kind.ToString(),
        Track = e.Track.ToString(),
        Country = e.Country?.Alpha3,
        Date = DateColumns.Text(e.Date),
        DatePrecision = DateColumns.Precision(e.Date),
        DateFirstDay = DateColumns.FirstDay(e.Date),
        EndDate = DateColumns.Text(e.EndDate),
        AlternativeDates = [.. e.AlternativeDates.Select(a => a.Date.ToString())],
        Agreement = e.Agreement,
        IsUpgrade = e.IsUpgrade,
        Title = e.Title,
        Location = e.Location,
        Note = e.Note,
        SourceIds = [.. e.SourceIds],
    };
}
