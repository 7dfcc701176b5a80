using System.Text.Json.Serialization;
using Parquet.Serialization.Attributes;

namespace BriData.Parquet.Rows;

/// <summary>One row of <c>aiddata-country-years.parquet</c>: AidData's complete commitments to a recipient in a year.</summary>
internal sealed class AidDataCountryYearRow
{
    [JsonPropertyName("country"), ParquetRequired, DictionaryEncoded] public string Country { get; init; } = "";
    [JsonPropertyName("year")] public int Year { get; init; }
    [JsonPropertyName("oda_like_usd"), ParquetDecimal(38, 6), ColumnUnit("constant 2021 USD")] public decimal OdaLikeUsd { get; init; }
    [JsonPropertyName("oof_like_usd"), ParquetDecimal(38, 6), ColumnUnit("constant 2021 USD")] public decimal OofLikeUsd { get; init; }
    [JsonPropertyName("vague_usd"), ParquetDecimal(38, 6), ColumnUnit("constant 2021 USD")] public decimal VagueUsd { get; init; }
    [JsonPropertyName("oda_like_adjusted_usd"), ParquetDecimal(38, 6), ColumnUnit("constant 2021 USD")] public decimal OdaLikeAdjustedUsd { get; init; }
    [JsonPropertyName("oof_like_adjusted_usd"), ParquetDecimal(38, 6), ColumnUnit("constant 2021 USD")] public decimal OofLikeAdjustedUsd { get; init; }
    [JsonPropertyName("vague_adjusted_usd"), ParquetDecimal(38, 6), ColumnUnit("constant 2021 USD")] public decimal VagueAdjustedUsd { get; init; }
    [JsonPropertyName("source_ids"), DictionaryEncoded] public List<string> SourceIds { get; init; } = [];

    public static AidDataCountryYearRow From(AidDataCountryYear r) => new()
    {
        Country = r.Country.Alpha3,
        Year = r.Year,
        OdaLikeUsd = r.OdaLikeUsd,
        OofLikeUsd = r.OofLikeUsd,
        VagueUsd = r.VagueOfficialFinanceUsd,
        OdaLikeAdjustedUsd = r.OdaLikeAdjustedUsd,
        OofLikeAdjustedUsd = r.OofLikeAdjustedUsd,
        VagueAdjustedUsd = r.VagueOfficialFinanceAdjustedUsd,
        SourceIds = [.. r.SourceIds],
    };
}
