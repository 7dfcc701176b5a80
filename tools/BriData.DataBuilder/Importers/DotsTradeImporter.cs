namespace BriData.DataBuilder.Importers;

/// <summary>
/// imf-dots-annual: China ⇄ each LAC state, as reported by both sides, and each reporter's trade with the World;
/// millions of current USD; the IMF estimate marker kept as <see cref="TradeRecord.IsEstimate"/>.
/// </summary>
internal static class DotsTradeImporter
{
    public static List<TradeRecord> Import(string sourcesDir, CountryBook countries)
    {
        var records = new List<TradeRecord>();
        foreach (var row in Csv.Read(Path.Combine(sourcesDir, "imf-dots-annual", "dots-china-lac-1960-2020.csv")))
        {
            var reporter = CountryCode.Parse(row["reporter_iso3"]);
            var partner = CountryCode.Parse(row["partner_iso3"]);
            if (!countries.Contains(reporter) || (!countries.Contains(partner) && partner != CountryCode.World))
            {
                throw row.Error($"unexpected reporter/partner {reporter}/{partner}");
            }

            var flag = row["flag"].Trim();
            if (flag is not ("" or "e"))
            {
                throw row.Error($"unknown flag '{flag}'");
            }

            // The mirror re-printed doubles in shortest round-trip form, which keeps binary noise such as
            // 163.24999999999997; six decimals (one US dollar) remove it without changing any published figure.
            var value = Math.Round(Parse.Decimal(row, "value_usd_millions"), 6, MidpointRounding.ToEven) / 1.000000000000000000000000000000000m;
            if (value < 0)
            {
                throw row.Error("negative trade value");
            }

            countries.AddSpelling(reporter, row["reporter_name_dots"], DatasetSources.ImfDots);
            if (partner != CountryCode.World)
            {
                countries.AddSpelling(partner, row["partner_name_dots"], DatasetSources.ImfDots);
            }

            records.Add(new TradeRecord
            {
                Reporter = reporter,
                Partner = partner,
                Flow = row["flow"] switch
                {
                    "exports_fob" => TradeFlow.ExportsFob,
                    "imports_cif" => TradeFlow.ImportsCif,
                    var other => throw row.Error($"unknown flow '{other}'"),
                },
                Year = Parse.Int(row, "year"),
                ValueUsdMillions = value,
                IsEstimate = flag == "e",
                SourceIds = [DatasetSources.ImfDots],
            });
        }

        return records
            .OrderBy(r => r.Reporter).ThenBy(r => r.Partner).ThenBy(r => r.Flow).ThenBy(r => r.Year)
            .ToList();
    }
}
