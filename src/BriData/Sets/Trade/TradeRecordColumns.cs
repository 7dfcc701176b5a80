using static BriData.Sets.ColumnFactory;

namespace BriData.Sets;

/// <summary>The export columns of <see cref="TradeRecord"/>.</summary>
internal static class TradeRecordColumns
{
    public static ColumnTable<TradeRecord> Create() => new(
        "trade",
        [
            Country<TradeRecord>("reporter_iso3", r => r.Reporter, "reporting economy, alpha-3"),
            Country<TradeRecord>("partner_iso3", r => r.Partner, "partner, alpha-3 (WLD for the world)"),
            Enum<TradeRecord, TradeFlow>("flow", r => r.Flow, "ExportsFob or ImportsCif, from the reporter's side"),
            Integer<TradeRecord>("year", r => r.Year, "calendar year", ColumnRole.Dimension),
            Decimal<TradeRecord>("value_usd_millions", r => r.ValueUsdMillions, "value in millions of nominal US dollars of the year", ColumnRole.Measure, Units.UsdMillionsNominal, places: 20),
            Boolean<TradeRecord>("is_estimate", r => r.IsEstimate, "true when the IMF estimated the value from partner data", ColumnRole.Dimension, label: "IMF estimate"),
            Json<TradeRecord, IReadOnlyList<string>>("source_ids", r => r.SourceIds, ExportJson.Context.IReadOnlyListString, "source ids, JSON array"),
        ],
        row => new TradeRecord
        {
            Reporter = row.GetCountry("reporter_iso3"),
            Partner = row.GetCountry("partner_iso3"),
            Flow = row.GetEnum<TradeFlow>("flow"),
            Year = row.GetInt32("year"),
            ValueUsdMillions = row.GetDecimal("value_usd_millions"),
            IsEstimate = row.GetBoolean("is_estimate"),
            SourceIds = row.GetRequiredJson("source_ids", ExportJson.Context.IReadOnlyListString),
        });
}
