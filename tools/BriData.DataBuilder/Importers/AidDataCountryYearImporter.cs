using System.Globalization;

namespace BriData.DataBuilder.Importers;

/// <summary>
/// aiddata-gcdf3-country-year: AidData's complete GCDF 3.0 commitments per recipient, year and flow class (the
/// LAC rows of a third party's aggregation of the full workbook), in constant 2021 USD. Rows of recipients outside
/// the 33 states stop the build; a duplicated recipient and year stops it too.
/// </summary>
internal static class AidDataCountryYearImporter
{
    public static List<AidDataCountryYear> Import(string sourcesDir, CountryBook countries)
    {
        var path = Path.Combine(sourcesDir, "aiddata-gcdf3-country-year", "gcdf3_country_year_lac.csv");
        var result = new List<AidDataCountryYear>();
        var seen = new HashSet<(CountryCode, int)>();
        foreach (var row in Csv.Read(path))
        {
            var iso3 = row["iso3"].Trim();
            var code = CountryCode.TryParse(iso3, out var c) && countries.Contains(c) && c != CountryCode.China
                ? c
                : throw row.Error($"recipient '{iso3}' is not one of the 33 Latin American and Caribbean states");
            var year = Parse.Int(row, "year");
            if (!seen.Add((code, year)))
            {
                throw row.Error(string.Create(CultureInfo.InvariantCulture, $"{code} {year} appears twice"));
            }

            result.Add(new AidDataCountryYear
            {
                Country = code,
                Year = year,
                OdaLikeUsd = Amount(row, "oda_amt"),
                OofLikeUsd = Amount(row, "oof_amt"),
                VagueOfficialFinanceUsd = Amount(row, "vof_amt"),
                OdaLikeAdjustedUsd = Amount(row, "oda_adj"),
                OofLikeAdjustedUsd = Amount(row, "oof_adj"),
                VagueOfficialFinanceAdjustedUsd = Amount(row, "vof_adj"),
                SourceIds = [DatasetSources.AidDataCountryYear],
            });
        }

        return result.OrderBy(r => r.Country.Alpha3, StringComparer.Ordinal).ThenBy(r => r.Year).ToList();
    }

    /// <summary>A non-negative amount in dollars, rounded to the cent (the mirror prints binary floating-point sums).</summary>
    private static decimal Amount(CsvRow row, string column)
    {
        var value = decimal.Parse(row[column].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture);
        return value < 0 ? throw row.Error($"negative amount in {column}") : Math.Round(value, 2, MidpointRounding.ToEven);
    }
}
