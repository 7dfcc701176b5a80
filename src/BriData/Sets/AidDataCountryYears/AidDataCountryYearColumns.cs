using BriData.Notebooks;
using static BriData.Sets.ColumnFactory;

namespace BriData.Sets;

/// <summary>The export columns of <see cref="AidDataCountryYear"/>.</summary>
internal static class AidDataCountryYearColumns
{
    public static ColumnTable<AidDataCountryYear> Create() => new(
        "aiddata-country-years",
        [
            Country<AidDataCountryYear>("country_iso3", r => r.Country, "recipient, alpha-3"),
            Integer<AidDataCountryYear>("year", r => r.Year, "commitment year", ColumnRole.Dimension),
            Decimal<AidDataCountryYear>("oda_like_constant_usd_2021", r => r.OdaLikeUsd, "ODA-like commitments, AidData amount, constant 2021 USD", ColumnRole.Measure, Units.UsdConstant2021, label: "ODA-like"),
            Decimal<AidDataCountryYear>("oof_like_constant_usd_2021", r => r.OofLikeUsd, "OOF-like commitments, AidData amount, constant 2021 USD", ColumnRole.Measure, Units.UsdConstant2021, label: "OOF-like"),
            Decimal<AidDataCountryYear>("vague_constant_usd_2021", r => r.VagueOfficialFinanceUsd, "vague official finance, AidData amount, constant 2021 USD", ColumnRole.Measure, Units.UsdConstant2021),
            Decimal<AidDataCountryYear>("oda_like_adjusted_constant_usd_2021", r => r.OdaLikeAdjustedUsd, "ODA-like commitments, AidData adjusted amount, constant 2021 USD", ColumnRole.Measure, Units.UsdConstant2021, label: "ODA-like, adjusted", show: ColumnPlacement.Card),
            Decimal<AidDataCountryYear>("oof_like_adjusted_constant_usd_2021", r => r.OofLikeAdjustedUsd, "OOF-like commitments, AidData adjusted amount, constant 2021 USD", ColumnRole.Measure, Units.UsdConstant2021, label: "OOF-like, adjusted", show: ColumnPlacement.Card),
            Decimal<AidDataCountryYear>("vague_adjusted_constant_usd_2021", r => r.VagueOfficialFinanceAdjustedUsd, "vague official finance, AidData adjusted amount, constant 2021 USD", ColumnRole.Measure, Units.UsdConstant2021, label: "Vague, adjusted", show: ColumnPlacement.Card),
            Json<AidDataCountryYear, IReadOnlyList<string>>("source_ids", r => r.SourceIds, ExportJson.Context.IReadOnlyListString, "source ids, JSON array"),
        ],
        row => new AidDataCountryYear
        {
            Country = row.GetCountry("country_iso3"),
            Year = row.GetInt32("year"),
            OdaLikeUsd = row.GetDecimal("oda_like_constant_usd_2021"),
            OofLikeUsd = row.GetDecimal("oof_like_constant_usd_2021"),
            VagueOfficialFinanceUsd = row.GetDecimal("vague_constant_usd_2021"),
            OdaLikeAdjustedUsd = row.GetDecimal("oda_like_adjusted_constant_usd_2021"),
            OofLikeAdjustedUsd = row.GetDecimal("oof_like_adjusted_constant_usd_2021"),
            VagueOfficialFinanceAdjustedUsd = row.GetDecimal("vague_adjusted_constant_usd_2021"),
            SourceIds = row.GetRequiredJson("source_ids", ExportJson.Context.IReadOnlyListString),
        });
}
