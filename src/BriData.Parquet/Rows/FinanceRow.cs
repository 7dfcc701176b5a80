using System.Text.Json.Serialization;
using Parquet.Serialization.Attributes;

namespace BriData.Parquet.Rows;

/// <summary>One row of <c>finance.parquet</c>: one AidData GCDF 3.0 commitment; a missing amount is NULL, never zero.</summary>
internal sealed class FinanceRow
{
    [JsonPropertyName("id")] public int Id { get; init; }
    [JsonPropertyName("recipient"), ParquetRequired, DictionaryEncoded] public string Recipient { get; init; } = "";
    [JsonPropertyName("title"), ParquetRequired] public string Title { get; init; } = "";
    [JsonPropertyName("lender"), DictionaryEncoded] public string? Lender { get; init; }
    [JsonPropertyName("amount_usd_constant_2021"), ParquetDecimal(38, 12), ColumnUnit("USD (constant 2021; not millions)")] public decimal? AmountUsdConstant2021 { get; init; }
    [JsonPropertyName("commitment_year")] public int CommitmentYear { get; init; }
    [JsonPropertyName("commitment_date")] public string? CommitmentDate { get; init; }
    [JsonPropertyName("commitment_date_first_day")] public DateOnly? CommitmentDateFirstDay { get; init; }
    [JsonPropertyName("implementation_start")] public string? ImplementationStart { get; init; }
    [JsonPropertyName("completion")] public string? Completion { get; init; }
    [JsonPropertyName("status"), ParquetRequired, DictionaryEncoded] public string Status { get; init; } = "";
    [JsonPropertyName("sector"), ParquetRequired, DictionaryEncoded] public string Sector { get; init; } = "";
    [JsonPropertyName("is_infrastructure")] public bool IsInfrastructure { get; init; }
    [JsonPropertyName("is_aggregation_safe")] public bool IsAggregationSafe { get; init; }
    [JsonPropertyName("linked_record_ids")] public List<int> LinkedRecordIds { get; init; } = [];
    [JsonPropertyName("flow_type"), DictionaryEncoded] public string? FlowType { get; init; }
    [JsonPropertyName("flow_class"), DictionaryEncoded] public string? FlowClass { get; init; }
    [JsonPropertyName("intent"), DictionaryEncoded] public string? Intent { get; init; }
    [JsonPropertyName("funding_agency_type"), DictionaryEncoded] public string? FundingAgencyType { get; init; }
    [JsonPropertyName("implementing_agency_type"), DictionaryEncoded] public string? ImplementingAgencyType { get; init; }
    [JsonPropertyName("osm_links")] public List<string> OsmLinks { get; init; } = [];
    [JsonPropertyName("location_precision"), DictionaryEncoded] public string? LocationPrecision { get; init; }
    [JsonPropertyName("source_ids"), DictionaryEncoded] public List<string> SourceIds { get; init; } = [];

    /// <exception cref="InvalidOperationException">The amount is not in constant 2021 USD (the column would mix bases).</exception>
    public static FinanceRow From(FinanceRecord f) => new()
    {
        Id = f.Id,
        Recipient = f.Recipient.Alpha3,
        Title = f.Title,
        Lender = f.Lender,
        AmountUsdConstant2021 = f.Amount is Money m
            ? m.Basis == MoneyBasis.ConstantUsd2021 ? m.AmountUsd : throw new InvalidOperationException($"AidData record {f.Id}: amount {m} is not in constant 2021 USD.")
            : null,
        CommitmentYear = f.CommitmentYear,
        CommitmentDate = DateColumns.Text(f.CommitmentDate),
        CommitmentDateFirstDay = DateColumns.FirstDay(f.CommitmentDate),
        ImplementationStart = DateColumns.Text(f.ImplementationStart),
        Completion = DateColumns.Text(f.Completion),
        Status = f.Status.ToString(),
        Sector = f.Sector,
        IsInfrastructure = f.IsInfrastructure,
        IsAggregationSafe = f.IsAggregationSafe,
        LinkedRecordIds = [.. f.LinkedRecordIds],
        FlowType = f.FlowType,
        FlowClass = f.FlowClass,
        Intent = f.Intent,
        FundingAgencyType = f.FundingAgencyType,
        ImplementingAgencyType = f.ImplementingAgencyType,
        OsmLinks = [.. f.OsmLinks],
        LocationPrecision = f.LocationPrecision,
        SourceIds = [.. f.SourceIds],
    };
}
