using BriData.Notebooks;
using static BriData.Sets.ColumnFactory;

namespace BriData.Sets;

/// <summary>The export columns of <see cref="PublishedFigure"/>.</summary>
internal static class PublishedFigureColumns
{
    public static ColumnTable<PublishedFigure> Create() => new(
        "published-figures",
        [
            Text<PublishedFigure>("id", r => r.Id, "stable slug id", ColumnRole.Key),
            Text<PublishedFigure>("publisher", r => r.Publisher, "who published the statistic", ColumnRole.Dimension, show: ColumnPlacement.Card),
            Enum<PublishedFigure, PublishedBasis>("basis", r => r.Basis, "PublishedBasis name: whose statistics"),
            Enum<PublishedFigure, PublishedIndicator>("indicator", r => r.Indicator, "PublishedIndicator name"),
            Country<PublishedFigure>("country_iso3", r => r.Country, "LAC state, alpha-3; empty for the region as a whole"),
            Date<PublishedFigure>("period_start", r => r.PeriodStart, "first year or month of the period", ColumnRole.Dimension, show: ColumnPlacement.Table),
            Date<PublishedFigure>("period_end", r => r.PeriodEnd, "last year or month of the period", ColumnRole.Dimension, show: ColumnPlacement.Table),
            Decimal<PublishedFigure>("value", r => r.Value, "the value in whole units of unit (not millions)", ColumnRole.Measure, unitOf: r => r.Unit.Symbol),
            Unit<PublishedFigure>("unit", r => r.Unit, "USD, CNY (nominal), rank or loans"),
            Enum<PublishedFigure, QuantityBound>("bound", r => r.Bound, "QuantityBound of the value", ColumnRole.Detail),
            Text<PublishedFigure>("note", r => r.Note, "our note"),
            Json<PublishedFigure, IReadOnlyList<string>>("source_ids", r => r.SourceIds, ExportJson.Context.IReadOnlyListString, "source ids, JSON array"),
        ],
        row => new PublishedFigure
        {
            Id = row.GetRequiredText("id"),
            Publisher = row.GetRequiredText("publisher"),
            Basis = row.GetEnum<PublishedBasis>("basis"),
            Indicator = row.GetEnum<PublishedIndicator>("indicator"),
            Country = row.GetNullableCountry("country_iso3"),
            PeriodStart = row.GetDate("period_start"),
            PeriodEnd = row.GetDate("period_end"),
            Value = row.GetDecimal("value"),
            Unit = row.GetUnit("unit"),
            Bound = row.GetEnum<QuantityBound>("bound"),
            Note = row.GetText("note"),
            SourceIds = row.GetRequiredJson("source_ids", ExportJson.Context.IReadOnlyListString),
        });
}
