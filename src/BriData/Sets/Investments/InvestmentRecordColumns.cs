using BriData.Notebooks;
using static BriData.Sets.ColumnFactory;

namespace BriData.Sets;

/// <summary>The export columns of <see cref="InvestmentRecord"/>.</summary>
internal static class InvestmentRecordColumns
{
    public static ColumnTable<InvestmentRecord> Create() => new(
        "investments",
        [
            Text<InvestmentRecord>("id", r => r.Id, "BriData id (release and row)", ColumnRole.Key),
            Text<InvestmentRecord>("release", r => r.Release, "AEI release", ColumnRole.Dimension, label: "AEI release", show: ColumnPlacement.Card),
            Country<InvestmentRecord>("country_iso3", r => r.Country, "host country, alpha-3"),
            Date<InvestmentRecord>("date", r => r.Date, "year and month, ISO 8601 (YYYY-MM)", show: ColumnPlacement.Table),
            Text<InvestmentRecord>("investor", r => r.Investor, "Chinese company", ColumnRole.Dimension),
            .. Money<InvestmentRecord>("amount", r => r.Amount, "value of the deal (nominal USD of its year)", basis: MoneyBasis.NominalUsd),
            Decimal<InvestmentRecord>("share_percent", r => r.SharePercent, "equity share acquired, percent; empty when not given", ColumnRole.Detail, Units.Percent, show: ColumnPlacement.Table, places: 6),
            Text<InvestmentRecord>("transaction_party", r => r.TransactionParty, "counterpart, target or client"),
            Text<InvestmentRecord>("sector", r => r.Sector, "AEI sector", ColumnRole.Dimension),
            Text<InvestmentRecord>("subsector", r => r.Subsector, "AEI subsector", ColumnRole.Dimension),
            Enum<InvestmentRecord, InvestmentKind>("kind", r => r.Kind, "InvestmentKind name"),
            Boolean<InvestmentRecord>("is_troubled", r => r.IsTroubled, "AEI troubled-transaction flag", ColumnRole.Dimension),
            Boolean<InvestmentRecord>("is_bri", r => r.IsBri, "AEI BRI flag; empty when blank", ColumnRole.Dimension, label: "BRI"),
            Boolean<InvestmentRecord>("is_greenfield", r => r.IsGreenfield, "AEI greenfield flag", ColumnRole.Dimension, show: ColumnPlacement.Card),
            Integer<InvestmentRecord>("year", r => r.Date.Year, "year of the deal (the year of date)", ColumnRole.Dimension, show: ColumnPlacement.Hidden),
            Json<InvestmentRecord, IReadOnlyList<string>>("source_ids", r => r.SourceIds, ExportJson.Context.IReadOnlyListString, "source ids, JSON array"),
        ],
        row => new InvestmentRecord
        {
            Id = row.GetRequiredText("id"),
            Release = row.GetRequiredText("release"),
            Country = row.GetCountry("country_iso3"),
            Date = row.GetDate("date"),
            Investor = row.GetRequiredText("investor"),
            Amount = row.GetMoney("amount"),
            SharePercent = row.GetNullableDecimal("share_percent"),
            TransactionParty = row.GetText("transaction_party"),
            Sector = row.GetRequiredText("sector"),
            Subsector = row.GetText("subsector"),
            Kind = row.GetEnum<InvestmentKind>("kind"),
            IsTroubled = row.GetBoolean("is_troubled"),
            IsBri = row.GetNullableBoolean("is_bri"),
            IsGreenfield = row.GetBoolean("is_greenfield"),
            SourceIds = row.GetRequiredJson("source_ids", ExportJson.Context.IReadOnlyListString),
        });
}
