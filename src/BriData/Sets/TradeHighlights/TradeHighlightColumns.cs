using BriData.Notebooks;
using static BriData.Sets.ColumnFactory;

namespace BriData.Sets;

/// <summary>The export columns of <see cref="TradeHighlight"/>.</summary>
internal static class TradeHighlightColumns
{
    public static ColumnTable<TradeHighlight> Create() => new(
        "trade-highlights",
        [
            Text<TradeHighlight>("id", r => r.Id, "stable slug id", ColumnRole.Key),
            Country<TradeHighlight>("country_iso3", r => r.Country, "LAC state, alpha-3"),
            Text<TradeHighlight>("product", r => r.Product, "product", ColumnRole.Dimension),
            Text<TradeHighlight>("hs_code", r => r.HsCode, "HS 6-digit code; empty when not given", label: "HS code", show: ColumnPlacement.Table),
            Boolean<TradeHighlight>("is_export_to_china", r => r.IsExportToChina, "true when the product flows to China", ColumnRole.Dimension, label: "Export to China"),
            Text<TradeHighlight>("note", r => r.Note, "our note"),
            Json<TradeHighlight, IReadOnlyList<string>>("source_ids", r => r.SourceIds, ExportJson.Context.IReadOnlyListString, "source ids, JSON array"),
        ],
        row => new TradeHighlight
        {
            Id = row.GetRequiredText("id"),
            Country = row.GetCountry("country_iso3"),
            Product = row.GetRequiredText("product"),
            HsCode = row.GetText("hs_code"),
            IsExportToChina = row.GetBoolean("is_export_to_china"),
            Note = row.GetText("note"),
            SourceIds = row.GetRequiredJson("source_ids", ExportJson.Context.IReadOnlyListString),
        });
}
