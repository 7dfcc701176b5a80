using BriData.Notebooks;
using static BriData.Sets.ColumnFactory;

namespace BriData.Sets;

/// <summary>The export columns of <see cref="Claim"/>.</summary>
internal static class ClaimColumns
{
    public static ColumnTable<Claim> Create() => new(
        "claims",
        [
            Text<Claim>("id", r => r.Id, "stable slug id", ColumnRole.Key),
            Country<Claim>("country_iso3", r => r.Country, "country the claim is about; empty for region-wide claims"),
            Enum<Claim, ClaimTopic>("topic", r => r.Topic, "ClaimTopic name"),
            Text<Claim>("statement", r => r.Statement, "the claim in our words", show: ColumnPlacement.Table),
            Decimal<Claim>("quantity_value", r => r.Quantity?.Value, "the figure, in quantity_unit", ColumnRole.Measure, unitOf: r => r.Quantity?.Unit.Symbol, label: "Figure"),
            Enum<Claim, QuantityBound>("quantity_bound", r => r.Quantity?.Bound, "QuantityBound of the figure", ColumnRole.Detail),
            Unit<Claim>("quantity_unit", r => r.Quantity?.Unit, "unit of quantity_value (projects, km, jobs, USD, percent, …)"),
            Date<Claim>("quantity_as_of", r => r.Quantity?.AsOf, "as-of date, ISO 8601 to its precision", ColumnRole.Dimension, label: "As of", show: ColumnPlacement.Table),
            Text<Claim>("period", r => r.Period?.ToString(), "period the figure is about: YYYY, YYYY-MM, or two joined by '/' (ISO 8601)", ColumnRole.Dimension, show: ColumnPlacement.Table),
            Text<Claim>("compiler", r => r.Compiler, "who compiled the figure", ColumnRole.Dimension, label: "Compiled by", show: ColumnPlacement.Card),
            Text<Claim>("note", r => r.Note, "our note"),
            Json<Claim, IReadOnlyList<string>>("source_ids", r => r.SourceIds, ExportJson.Context.IReadOnlyListString, "source ids, JSON array"),
        ],
        row => new Claim
        {
            Id = row.GetRequiredText("id"),
            Country = row.GetNullableCountry("country_iso3"),
            Topic = row.GetEnum<ClaimTopic>("topic"),
            Statement = row.GetRequiredText("statement"),
            Quantity = new ClaimQuantity(
                row.GetDecimal("quantity_value"),
                row.GetEnum<QuantityBound>("quantity_bound"),
                row.GetUnit("quantity_unit"),
                row.GetNullableDate("quantity_as_of")),
            Period = Period(row),
            Compiler = row.GetText("compiler"),
            Note = row.GetText("note"),
            SourceIds = row.GetRequiredJson("source_ids", ExportJson.Context.IReadOnlyListString),
        });

    private static ClaimPeriod? Period(ExportRow row)
    {
        var text = row.GetText("period");
        if (text is null)
        {
            return null;
        }

        if (ClaimPeriod.TryParse(text, out var period, out var reason))
        {
            return period;
        }

        row.Problem("period", $"'{text}' is not a period (YYYY, YYYY-MM, YYYY-MM-DD, or two joined by '/'): {reason}");
        return null;
    }
}
