using static BriData.Sets.ColumnFactory;

namespace BriData.Sets;

/// <summary>The export columns of <see cref="CountryYearIndicators"/>.</summary>
internal static class IndicatorsColumns
{
    public static ColumnTable<CountryYearIndicators> Create() => new(
        "indicators",
        [
            Country<CountryYearIndicators>("country_iso3", r => r.Country, "country, alpha-3"),
            Integer<CountryYearIndicators>("year", r => r.Year, "calendar year", ColumnRole.Dimension),
            Integer<CountryYearIndicators>("population_persons", r => r.Population, "mid-year population, persons; empty when missing", ColumnRole.Measure, Units.Persons),
            Decimal<CountryYearIndicators>("gdp_current_usd", r => r.GdpCurrentUsd, "GDP in current US dollars (not millions); empty when missing", ColumnRole.Measure, Units.UsdCurrent, label: "GDP"),
            Json<CountryYearIndicators, IReadOnlyList<string>>("source_ids", r => r.SourceIds, ExportJson.Context.IReadOnlyListString, "source ids, JSON array"),
        ],
        row => new CountryYearIndicators
        {
            Country = row.GetCountry("country_iso3"),
            Year = row.GetInt32("year"),
            Population = row.GetNullableInt64("population_persons"),
            GdpCurrentUsd = row.GetNullableDecimal("gdp_current_usd"),
            SourceIds = row.GetRequiredJson("source_ids", ExportJson.Context.IReadOnlyListString),
        });
}
