using System.Text.Json.Serialization;
using Parquet.Serialization.Attributes;

namespace BriData.Parquet.Rows;

/// <summary>One row of <c>investments.parquet</c>: one AEI China Global Investment Tracker transaction.</summary>
internal sealed class InvestmentRow
{
    [JsonPropertyName("id"), ParquetRequired] public string Id { get; init; } = "";
    [JsonPropertyName("release"), ParquetRequired, DictionaryEncoded] public string Release { get; init; } = "";
    [JsonPropertyName("country"), ParquetRequired, DictionaryEncoded] public string Country { get; init; } = "";
    [JsonPropertyName("date"), ParquetRequired] public string Date { get; init; } = "";
    [JsonPropertyName("date_first_day")] public DateOnly DateFirstDay { get; init; }
    [JsonPropertyName("year")] public int Year { get; init; }
    [JsonPropertyName("investor"), ParquetRequired, DictionaryEncoded] public string Investor { get; init; } = "";
    [JsonPropertyName("amount_usd_nominal"), ParquetDecimal(38, 6), ColumnUnit("USD (nominal, of price_year; not millions)")] public decimal AmountUsdNominal { get; init; }
    [JsonPropertyName("price_year")] public int? PriceYear { get; init; }
    [JsonPropertyName("share_percent"), ParquetDecimal(18, 6), ColumnUnit("percent")] public decimal? SharePercent { get; init; }
    [JsonPropertyName("transaction_party")] public string? TransactionParty { get; init; }
    [JsonPropertyName("sector"), ParquetRequired, DictionaryEncoded] public string Sector { get; init; } = "";
    [JsonPropertyName("subsector"), DictionaryEncoded] public string? Subsector { get; init; }
    [JsonPropertyName("kind"), ParquetRequired, DictionaryEncoded] public string Kind { get; init; } = "";
    [JsonPropertyName("is_troubled")] public bool IsTroubled { get; init; }
    [JsonPropertyName("is_bri")] public bool? IsBri { get; init; }
    [JsonPropertyName("is_greenfield")] public bool IsGreenfield { get; init; }
    [JsonPropertyName("source_ids"), DictionaryEncoded] public List<string> SourceIds { get; init; } = [];

    /// <exception cref="InvalidOperationException">The amount is not in nominal USD.</exception>
    public static InvestmentRow From(InvestmentRecord r) => new()
    {
        Id = r.Id,
        Release = r.Release,
        Country = r.Country.Alpha3,
        Date = r.Date.ToString(),
        DateFirstDay = r.Date.Start,
        Year = r.Date.Year,
        Investor = r.Investor,
        AmountUsdNominal = r.Amount.Basis == MoneyBasis.NominalUsd
            ? r.Amount.AmountUsd
            : throw new InvalidOperationException($"AEI record {r.Id}: amount {r.Amount} is not in nominal USD."),
        PriceYear = r.Amount.PriceYear,
        SharePercent = r.SharePercent,
        TransactionParty = r.TransactionParty,
        Sector = r.Sector,
        Subsector = r.Subsector,
        Kind = r.Kind.ToString(),
        IsTroubled = r.IsTroubled,
        IsBri = r.IsBri,
        IsGreenfield = r.IsGreenfield,
        SourceIds = [.. r.SourceIds],
    };
}
