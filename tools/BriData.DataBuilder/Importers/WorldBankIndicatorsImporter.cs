namespace BriData.DataBuilder.Importers;

/// <summary>wb-population and wb-gdp: population and GDP (current USD) per country and year, merged; missing stays null.</summary>
internal static class WorldBankIndicatorsImporter
{
    public static List<CountryYearIndicators> Import(string sourcesDir, CountryBook countries)
    {
        var population = new Dictionary<(CountryCode, int), long>();
        foreach (var row in Csv.Read(Path.Combine(sourcesDir, "wb-population", "population-lac-china.csv")))
        {
            var code = CountryCode.Parse(row["Country Code"]);
            countries.AddSpelling(code, row["Country Name"], DatasetSources.WbPopulation);
            var value = Parse.Decimal(row, "Value");
            if (value <= 0 || value != decimal.Truncate(value))
            {
                throw row.Error($"population '{value}' is not a positive whole number");
            }

            if (!population.TryAdd((code, Parse.Int(row, "Year")), (long)value))
            {
                throw row.Error("duplicate country-year");
            }
        }

        var gdp = new Dictionary<(CountryCode, int), decimal>();
        foreach (var row in Csv.Read(Path.Combine(sourcesDir, "wb-gdp", "gdp-current-usd-lac-china.csv")))
        {
            var code = CountryCode.Parse(row["Country Code"]);
            countries.AddSpelling(code, row["Country Name"], DatasetSources.WbGdp);
            var value = Parse.Decimal(row, "Value");
            if (value <= 0)
            {
                throw row.Error($"GDP '{value}' is not positive");
            }

            if (!gdp.TryAdd((code, Parse.Int(row, "Year")), value))
            {
                throw row.Error("duplicate country-year");
            }
        }

        return population.Keys.Union(gdp.Keys)
            .Order()
            .Select(key =>
            {
                var hasPop = population.TryGetValue(key, out var pop);
                var hasGdp = gdp.TryGetValue(key, out var g);
                var sources = new List<string>();
                if (hasPop)
                {
                    sources.Add(DatasetSources.WbPopulation);
                }

                if (hasGdp)
                {
                    sources.Add(DatasetSources.WbGdp);
                }

                return new CountryYearIndicators
                {
                    Country = key.Item1,
                    Year = key.Item2,
                    Population = hasPop ? pop : null,
                    GdpCurrentUsd = hasGdp ? g : null,
                    SourceIds = sources,
                };
            })
            .ToList();
    }
}
