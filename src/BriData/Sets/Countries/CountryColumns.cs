using BriData.Notebooks;
using static BriData.Sets.ColumnFactory;

namespace BriData.Sets;

/// <summary>The export columns of <see cref="BriData.Country"/>.</summary>
internal static class CountryColumns
{
    public static ColumnTable<Country> Create() => new(
        "countries",
        [
            Country<Country>("iso3", r => r.Code, "ISO 3166-1 alpha-3 code (the key)", ColumnRole.Key, label: "Code"),
            Text<Country>("iso2", r => r.Alpha2, "ISO 3166-1 alpha-2 code", label: "ISO alpha-2"),
            Integer<Country>("iso_numeric", r => r.Numeric, "ISO 3166-1 numeric code", label: "ISO numeric"),
            Text<Country>("name", r => r.Name, "common English short name", show: ColumnPlacement.Table),
            Text<Country>("official_name", r => r.OfficialName, "official English name"),
            Text<Country>("name_en", r => r.Names?.English, "short name in English", label: "English"),
            Text<Country>("name_es", r => r.Names?.Spanish, "short name in Spanish", label: "Spanish", show: ColumnPlacement.Table),
            Text<Country>("name_pt", r => r.Names?.Portuguese, "short name in Portuguese", label: "Portuguese"),
            Text<Country>("name_zh", r => r.Names?.Chinese, "short name in Simplified Chinese", label: "Chinese", show: ColumnPlacement.Table),
            Json<Country, IReadOnlyList<string>>("aliases", r => r.Aliases, ExportJson.Context.IReadOnlyListString, "other names, JSON array of strings", label: "Also known as"),
            Json<Country, IReadOnlyList<string>>("former_names", r => r.FormerNames, ExportJson.Context.IReadOnlyListString, "former names, JSON array of strings"),
            Text<Country>("region", r => r.Region, "UN M49 region", ColumnRole.Dimension, label: "UN M49 region", show: ColumnPlacement.Card),
            Text<Country>("subregion", r => r.Subregion, "UN M49 sub-region", ColumnRole.Dimension, label: "UN M49 subregion", show: ColumnPlacement.Card),
            Text<Country>("intermediate_region", r => r.IntermediateRegion, "UN M49 intermediate region; empty for China", ColumnRole.Dimension),
            Boolean<Country>("is_latin_america_caribbean", r => r.IsLatinAmericaAndCaribbean, "true for the 33 LAC states", ColumnRole.Dimension, label: "LAC", show: ColumnPlacement.Card),
            Text<Country>("capital", r => r.Capital, "capital city", show: ColumnPlacement.Table),
            Text<Country>("currency_code", r => r.CurrencyCode, "ISO 4217 currency code", ColumnRole.Dimension, label: "Currency"),
            Text<Country>("currency_name", r => r.CurrencyName, "currency name in English"),
            Json<Country, IReadOnlyList<string>>("source_ids", r => r.SourceIds, ExportJson.Context.IReadOnlyListString, "source ids, JSON array"),
        ],
        row => new Country
        {
            Code = row.GetCountry("iso3"),
            Alpha2 = row.GetRequiredText("iso2"),
            Numeric = row.GetInt32("iso_numeric"),
            Name = row.GetRequiredText("name"),
            OfficialName = row.GetRequiredText("official_name"),
            Names = new LocalizedNames
            {
                English = row.GetRequiredText("name_en"),
                Spanish = row.GetRequiredText("name_es"),
                Portuguese = row.GetRequiredText("name_pt"),
                Chinese = row.GetRequiredText("name_zh"),
            },
            Aliases = row.GetRequiredJson("aliases", ExportJson.Context.IReadOnlyListString),
            FormerNames = row.GetRequiredJson("former_names", ExportJson.Context.IReadOnlyListString),
            Region = row.GetRequiredText("region"),
            Subregion = row.GetRequiredText("subregion"),
            IntermediateRegion = row.GetText("intermediate_region"),
            IsLatinAmericaAndCaribbean = row.GetBoolean("is_latin_america_caribbean"),
            Capital = row.GetRequiredText("capital"),
            CurrencyCode = row.GetRequiredText("currency_code"),
            CurrencyName = row.GetRequiredText("currency_name"),
            SourceIds = row.GetRequiredJson("source_ids", ExportJson.Context.IReadOnlyListString),
        });
}
