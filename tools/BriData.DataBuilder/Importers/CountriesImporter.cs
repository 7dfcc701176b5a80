using System.Globalization;
using System.Text.Json;

namespace BriData.DataBuilder.Importers;

/// <summary>
/// Builds the 34 countries from three sources and cross-checks them: codes, regions, capital and currency from
/// un-m49-country-codes; common and official names, aliases and translations from mledoze-countries; short names
/// in en/es/pt/zh from stefangabos-world-countries. Disagreements become aliases and report lines. The capital keeps
/// mledoze's accented spelling where it is the same name as un-m49's unaccented one (Brasília, Bogotá); the currency
/// is the first of un-m49's ISO 4217 codes that mledoze, which lists only currencies in use, also lists (El Salvador:
/// un-m49 "SVC,USD", mledoze USD only).
/// </summary>
internal static class CountriesImporter
{
    public static CountryBook Import(string sourcesDir, List<string> report)
    {
        var m49 = Csv.Read(Path.Combine(sourcesDir, "un-m49-country-codes", "country-codes-lac-china.csv"));
        using var mledozeDoc = JsonDocument.Parse(File.ReadAllText(Path.Combine(sourcesDir, "mledoze-countries", "countries-lac-china.json")));
        var mledoze = mledozeDoc.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("cca3").GetString()!, e => e.Clone(), StringComparer.Ordinal);
        var gabos = new Dictionary<string, Dictionary<string, CsvRow>>(StringComparer.Ordinal);
        foreach (var lang in new[] { "en", "es", "pt", "zh" })
        {
            gabos[lang] = Csv.Read(Path.Combine(sourcesDir, "stefangabos-world-countries", $"countries-{lang}-lac-china.csv"))
                .ToDictionary(r => r["alpha3"].ToUpperInvariant(), StringComparer.Ordinal);
        }

        var drafts = new List<CountryDraft>();
        foreach (var row in m49)
        {
            var a3 = row["ISO3166-1-Alpha-3"];
            var a2 = row["ISO3166-1-Alpha-2"];
            var numeric = int.Parse(row["ISO3166-1-numeric"], NumberStyles.None, CultureInfo.InvariantCulture);
            if (!mledoze.TryGetValue(a3, out var m))
            {
                throw row.Error($"{a3} is missing from mledoze-countries");
            }

            // Cross-check codes across the three sources.
            Check(report, a3, "alpha-2 (mledoze)", a2, m.GetProperty("cca2").GetString());
            Check(report, a3, "numeric (mledoze)", numeric.ToString(CultureInfo.InvariantCulture), int.Parse(m.GetProperty("ccn3").GetString()!, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
            foreach (var (lang, rows) in gabos)
            {
                var g = rows.TryGetValue(a3, out var gr) ? gr : throw row.Error($"{a3} is missing from stefangabos {lang}");
                Check(report, a3, $"alpha-2 (stefangabos {lang})", a2, g["alpha2"].ToUpperInvariant());
                Check(report, a3, $"numeric (stefangabos {lang})", numeric.ToString(CultureInfo.InvariantCulture), g["id"]);
            }

            var name = m.GetProperty("name");
            var translations = m.GetProperty("translations");
            var english = name.GetProperty("common").GetString()!;
            var spanish = gabos["es"][a3]["name"];
            var portuguese = gabos["pt"][a3]["name"];
            var chinese = gabos["zh"][a3]["name"];
            Compare(report, a3, "Spanish", spanish, Translation(translations, "spa"));
            Compare(report, a3, "Portuguese", portuguese, Translation(translations, "por"));
            Compare(report, a3, "Chinese", chinese, Translation(translations, "zho"));

            var isChina = a3 == "CHN";
            var currencies = m.GetProperty("currencies");
            var isoCodes = row["ISO4217-currency_alphabetic_code"].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var currencyCode = isoCodes.FirstOrDefault(c => currencies.TryGetProperty(c, out _)) ?? isoCodes[0];
            if (currencyCode != isoCodes[0])
            {
                report.Add($"countries: {a3} currency {currencyCode} (in use per mledoze) rather than un-m49's first code {isoCodes[0]}");
            }

            var capital = Capital(report, a3, row["Capital"], m);
            var draft = new CountryDraft
            {
                Code = CountryCode.Parse(a3),
                Alpha2 = a2,
                Numeric = numeric,
                Name = english,
                OfficialName = name.GetProperty("official").GetString()!,
                Names = new LocalizedNames { English = english, Spanish = spanish, Portuguese = portuguese, Chinese = chinese },
                Region = row["Region Name"],
                Subregion = row["Sub-region Name"],
                IntermediateRegion = row.Optional("Intermediate Region Name"),
                IsLac = !isChina,
                Capital = capital,
                CurrencyCode = currencyCode,
                CurrencyName = currencies.TryGetProperty(currencyCode, out var cur) ? cur.GetProperty("name").GetString()! : row["ISO4217-currency_name"],
            };
            draft.SourceIds.Add(DatasetSources.UnM49);
            draft.SourceIds.Add(DatasetSources.Mledoze);
            draft.SourceIds.Add(DatasetSources.Stefangabos);

            void Alias(string? text)
            {
                if (!string.IsNullOrWhiteSpace(text) && text.Trim().Length > 2)
                {
                    var cleaned = CleanUnArticle(text.Trim());
                    draft.Aliases.Add(cleaned);
                    foreach (var article in new[] { "the ", "The ", "el ", "la ", "los ", "las " })
                    {
                        if (cleaned.StartsWith(article, StringComparison.Ordinal))
                        {
                            // UN formal names lead with an article ("the Bolivarian Republic of Venezuela"): people type them without it.
                            draft.Aliases.Add(cleaned[article.Length..]);
                        }
                    }
                }
            }

            Alias(gabos["en"][a3]["name"]);
            foreach (var lang in new[] { "spa", "por", "zho" })
            {
                if (translations.TryGetProperty(lang, out var t))
                {
                    Alias(t.GetProperty("common").GetString());
                    Alias(t.GetProperty("official").GetString());
                }
            }

            if (name.TryGetProperty("native", out var native))
            {
                foreach (var n in native.EnumerateObject())
                {
                    Alias(n.Value.GetProperty("common").GetString());
                    Alias(n.Value.GetProperty("official").GetString());
                }
            }

            foreach (var alt in m.GetProperty("altSpellings").EnumerateArray())
            {
                Alias(alt.GetString());
            }

            foreach (var column in new[] { "UNTERM English Short", "UNTERM English Formal", "UNTERM Spanish Short", "UNTERM Spanish Formal", "UNTERM Chinese Short", "UNTERM Chinese Formal", "official_name_en", "official_name_es", "official_name_cn", "CLDR display name" })
            {
                Alias(row.Optional(column));
                if (row.Optional(column) is string un)
                {
                    draft.AuthoritativeFolded.Add(NameFoldingAccess.Fold(CleanUnArticle(un)));
                }
            }

            drafts.Add(draft);
        }

        if (drafts.Count != 34)
        {
            throw new InvalidDataException($"expected 34 countries (33 LAC + China), found {drafts.Count}");
        }

        return new CountryBook(drafts);
    }

    /// <summary>un-m49's capital (Geonames, written without accents), in mledoze's spelling when that is the same name with its accents.</summary>
    private static string Capital(List<string> report, string code, string m49, JsonElement mledoze)
    {
        var accented = mledoze.TryGetProperty("capital", out var list) && list.GetArrayLength() > 0 ? list[0].GetString() : null;
        if (accented is null || string.Equals(accented, m49, StringComparison.Ordinal))
        {
            return m49;
        }

        if (string.Equals(NameFoldingAccess.Fold(accented), NameFoldingAccess.Fold(m49), StringComparison.Ordinal))
        {
            report.Add($"countries: {code} capital '{accented}' (mledoze, accented) for un-m49 '{m49}'");
            return accented;
        }

        report.Add($"countries: {code} capital: un-m49 '{m49}' (used) vs mledoze '{accented}'");
        return m49;
    }

    private static string? Translation(JsonElement translations, string lang) =>
        translations.TryGetProperty(lang, out var t) ? t.GetProperty("common").GetString() : null;

    /// <summary>
    /// UNTERM writes short names with their article in brackets ("Perú (el)", "Bahamas (the)"): drop it, so that a source's
    /// own spelling with the article ("Bahamas, The", World Bank) is the alias kept for that folded form.
    /// </summary>
    private static string CleanUnArticle(string text)
    {
        foreach (var article in new[] { " (el)", " (la)", " (los)", " (las)", " (les)", " (le)", " (l')", " (the)" })
        {
            if (text.EndsWith(article, StringComparison.Ordinal))
            {
                return text[..^article.Length];
            }
        }

        return text;
    }

    private static void Check(List<string> report, string code, string what, string expected, string? actual)
    {
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"countries: {code} {what} is '{actual}', un-m49 says '{expected}'");
        }
    }

    private static void Compare(List<string> report, string code, string what, string chosen, string? other)
    {
        if (other is not null && !string.Equals(chosen, other, StringComparison.Ordinal))
        {
            report.Add($"countries: {code} {what} name: stefangabos '{chosen}' (used) vs mledoze '{other}' (kept as alias)");
        }
    }
}
