using System.Text.Json.Serialization;
using Parquet.Serialization.Attributes;

namespace BriData.Parquet.Rows;

/// <summary>One row of <c>indicators.parquet</c>: population and GDP of one country in one year; missing is NULL.</summary>
internal sealed class IndicatorRow
{
    [JsonPropertyName("country"), ParquetRequired, DictionaryEncoded] public string Country { get; init; } = "";
    [JsonPropertyName("year")] public int Year { get; init; }
    [JsonPropertyName("population"), ColumnUnit("persons")] public long? Population { get; init; }
    [JsonPropertyName("gdp_current_usd"), ParquetDecimal(38, 10), ColumnUnit("USD (current, of the year; not millions)")] public decimal? GdpCurrentUsd { get; init; }
    [JsonPropertyName("source_ids"), DictionaryEncoded] public List<string> SourceIds { get; init; } = [];

    public static IndicatorRow From(CountryYearIndicators i) => new()
    {
        Country = i.Country.Alpha3,
        Year = i.Year,
        Population = i.Population,
        GdpCurrentUsd = i.GdpCurrentUsd,
        SourceIds = [.. i.SourceIds],
    };
}
