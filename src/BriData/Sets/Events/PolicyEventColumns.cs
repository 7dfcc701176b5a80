using BriData.Notebooks;
using static BriData.Sets.ColumnFactory;

namespace BriData.Sets;

/// <summary>The export columns of <see cref="PolicyEvent"/>.</summary>
internal static class PolicyEventColumns
{
    public static ColumnTable<PolicyEvent> Create() => new(
        "events",
        [
            Text<PolicyEvent>("id", r => r.Id, "stable event id", ColumnRole.Key),
            Enum<PolicyEvent, PolicyEventKind>("kind", r => r.Kind, "PolicyEventKind name", label: "Event"),
            Enum<PolicyEvent, PolicyTrack>("track", r => r.Track, "PolicyTrack name, derived from kind (ignored when read back)"),
            Country<PolicyEvent>("country_iso3", r => r.Country, "the LAC state concerned, alpha-3; empty for region-wide events"),
            Date<PolicyEvent>("date", r => r.Date, "date, ISO 8601 to its precision; empty when undated", ColumnRole.Dimension, show: ColumnPlacement.Table),
            Date<PolicyEvent>("end_date", r => r.EndDate, "last day of a multi-day event; empty otherwise"),
            Json<PolicyEvent, IReadOnlyList<AlternativeDate>>("alternative_dates", r => r.AlternativeDates, ExportJson.Context.IReadOnlyListAlternativeDate, "dates other sources give, JSON array of {date, note, sourceIds}", label: "Other dates given by other sources"),
            Text<PolicyEvent>("agreement", r => r.Agreement, "agreement concerned (free trade events); empty otherwise", ColumnRole.Dimension, show: ColumnPlacement.Card),
            Boolean<PolicyEvent>("is_upgrade", r => r.IsUpgrade, "true for an upgrade of an existing FTA", ColumnRole.Dimension, show: ColumnPlacement.Card),
            Text<PolicyEvent>("title", r => r.Title, "short label", show: ColumnPlacement.Table),
            Text<PolicyEvent>("location", r => r.Location, "where it happened; empty when unknown"),
            Text<PolicyEvent>("note", r => r.Note, "our note; empty when none"),
            Json<PolicyEvent, IReadOnlyList<string>>("source_ids", r => r.SourceIds, ExportJson.Context.IReadOnlyListString, "source ids, JSON array"),
        ],
        row => new PolicyEvent
        {
            Id = row.GetRequiredText("id"),
            Kind = row.GetEnum<PolicyEventKind>("kind"),
            Country = row.GetNullableCountry("country_iso3"),
            Date = row.GetNullableDate("date"),
            EndDate = row.GetNullableDate("end_date"),
            AlternativeDates = row.GetRequiredJson("alternative_dates", ExportJson.Context.IReadOnlyListAlternativeDate),
            Agreement = row.GetText("agreement"),
            IsUpgrade = row.GetBoolean("is_upgrade"),
            Title = row.GetRequiredText("title"),
            Location = row.GetText("location"),
            Note = row.GetText("note"),
            SourceIds = row.GetRequiredJson("source_ids", ExportJson.Context.IReadOnlyListString),
        });
}
