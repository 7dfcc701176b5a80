using System.Text.Json.Serialization;
using Parquet.Serialization.Attributes;

namespace BriData.Parquet.Rows;

/// <summary>
/// One row of <c>projects.parquet</c>: a curated flagship project, its stated cost with its basis, the ids of the
/// finance and investment records behind it, and its milestones and measures as lists of structs.
/// </summary>
internal sealed class ProjectRow
{
    [JsonPropertyName("id"), ParquetRequired] public string Id { get; init; } = "";
    [JsonPropertyName("name"), ParquetRequired] public string Name { get; init; } = "";
    [JsonPropertyName("local_name")] public string? LocalName { get; init; }
    [JsonPropertyName("country"), ParquetRequired, DictionaryEncoded] public string Country { get; init; } = "";
    [JsonPropertyName("kind"), ParquetRequired, DictionaryEncoded] public string Kind { get; init; } = "";
    [JsonPropertyName("status"), ParquetRequired, DictionaryEncoded] public string Status { get; init; } = "";
    [JsonPropertyName("is_bri")] public bool? IsBri { get; init; }
    [JsonPropertyName("owner")] public string? Owner { get; init; }
    [JsonPropertyName("builders")] public List<string> Builders { get; init; } = [];
    [JsonPropertyName("financiers")] public List<string> Financiers { get; init; } = [];
    [JsonPropertyName("summary"), ParquetRequired] public string Summary { get; init; } = "";
    [JsonPropertyName("cost_usd"), ParquetDecimal(38, 6), ColumnUnit("USD (basis in cost_basis; not millions)")] public decimal? CostUsd { get; init; }
    [JsonPropertyName("cost_basis"), DictionaryEncoded] public string? CostBasis { get; init; }
    [JsonPropertyName("cost_price_year")] public int? CostPriceYear { get; init; }
    [JsonPropertyName("cost_bound"), DictionaryEncoded] public string? CostBound { get; init; }
    [JsonPropertyName("finance_record_ids")] public List<int> FinanceRecordIds { get; init; } = [];
    [JsonPropertyName("investment_record_ids")] public List<string> InvestmentRecordIds { get; init; } = [];
    [JsonPropertyName("milestones")] public List<MilestoneRow> Milestones { get; init; } = [];
    [JsonPropertyName("measures")] public List<MeasureRow> Measures { get; init; } = [];
    [JsonPropertyName("source_ids"), DictionaryEncoded] public List<string> SourceIds { get; init; } = [];

    public static ProjectRow From(FlagshipProject p) => new()
    {
        Id = p.Id,
        Name = p.Name,
        LocalName = p.LocalName,
        Country = p.Country.Alpha3,
        Kind = p.Kind.ToString(),
        Status = p.Status.ToString(),
        IsBri = p.IsBri,
        Owner = p.Owner,
        Builders = [.. p.Builders],
        Financiers = [.. p.Financiers],
        Summary = p.Summary,
        CostUsd = p.Cost?.Amount.AmountUsd,
        CostBasis = p.Cost?.Amount.Basis.ToString(),
        CostPriceYear = p.Cost?.Amount.PriceYear,
        CostBound = p.Cost?.Bound.ToString(),
        FinanceRecordIds = [.. p.FinanceRecordIds],
        InvestmentRecordIds = [.. p.InvestmentRecordIds],
        Milestones = [.. p.Milestones.Select(MilestoneRow.From)],
        Measures = [.. p.Measures.Select(MeasureRow.From)],
        SourceIds = [.. p.SourceIds],
    };
}
