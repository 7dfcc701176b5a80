using BriData.Notebooks;
using static BriData.Sets.ColumnFactory;

namespace BriData.Sets;

/// <summary>The export columns of <see cref="Initiative"/>.</summary>
internal static class InitiativeColumns
{
    public static ColumnTable<Initiative> Create() => new(
        "initiatives",
        [
            Text<Initiative>("id", r => r.Id, "stable slug id", ColumnRole.Key),
            Text<Initiative>("title", r => r.Title, "short title", show: ColumnPlacement.Table),
            Enum<Initiative, InitiativeDomain>("domain", r => r.Domain, "InitiativeDomain name"),
            Json<Initiative, IReadOnlyList<CountryCode>>("countries_iso3", r => r.Countries, ExportJson.Context.IReadOnlyListCountryCode, "countries concerned, JSON array of alpha-3 codes", show: ColumnPlacement.Table),
            Boolean<Initiative>("is_region_wide", r => r.IsRegionWide, "true when the source speaks of the region", ColumnRole.Dimension, label: "Region-wide", show: ColumnPlacement.Card),
            Date<Initiative>("started", r => r.Started, "start, ISO 8601 to its precision", ColumnRole.Dimension, show: ColumnPlacement.Table),
            Text<Initiative>("summary", r => r.Summary, "one-line summary"),
            Json<Initiative, IReadOnlyList<string>>("source_ids", r => r.SourceIds, ExportJson.Context.IReadOnlyListString, "source ids, JSON array"),
        ],
        row => new Initiative
        {
            Id = row.GetRequiredText("id"),
            Title = row.GetRequiredText("title"),
            Domain = row.GetEnum<InitiativeDomain>("domain"),
            Countries = row.GetRequiredJson("countries_iso3", ExportJson.Context.IReadOnlyListCountryCode),
            IsRegionWide = row.GetBoolean("is_region_wide"),
            Started = row.GetNullableDate("started"),
            Summary = row.GetRequiredText("summary"),
            SourceIds = row.GetRequiredJson("source_ids", ExportJson.Context.IReadOnlyListString),
        });
}
