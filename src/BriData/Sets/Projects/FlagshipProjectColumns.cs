using BriData.Notebooks;
using static BriData.Sets.ColumnFactory;

namespace BriData.Sets;

/// <summary>The export columns of <see cref="FlagshipProject"/>.</summary>
internal static class FlagshipProjectColumns
{
    public static ColumnTable<FlagshipProject> Create() => new(
        "projects",
        [
            Text<FlagshipProject>("id", r => r.Id, "stable slug id", ColumnRole.Key),
            Text<FlagshipProject>("name", r => r.Name, "English name", show: ColumnPlacement.Table),
            Text<FlagshipProject>("local_name", r => r.LocalName, "name in the local language"),
            Country<FlagshipProject>("country_iso3", r => r.Country, "host country, alpha-3"),
            Enum<FlagshipProject, ProjectKind>("kind", r => r.Kind, "ProjectKind name"),
            Enum<FlagshipProject, ProjectStatus>("status", r => r.Status, "ProjectStatus name"),
            Boolean<FlagshipProject>("is_bri", r => r.IsBri, "a source calls it a BRI project; empty when no source says", ColumnRole.Dimension, label: "BRI"),
            Text<FlagshipProject>("owner", r => r.Owner, "owner or concession holder"),
            Json<FlagshipProject, IReadOnlyList<string>>("builders", r => r.Builders, ExportJson.Context.IReadOnlyListString, "contractors, JSON array"),
            Json<FlagshipProject, IReadOnlyList<string>>("financiers", r => r.Financiers, ExportJson.Context.IReadOnlyListString, "financiers, JSON array"),
            Text<FlagshipProject>("summary", r => r.Summary, "one-line summary"),
            Json<FlagshipProject, IReadOnlyList<ProjectMilestone>>("milestones", r => r.Milestones, ExportJson.Context.IReadOnlyListProjectMilestone, "JSON array of {kind, date, note, sourceIds}"),
            Json<FlagshipProject, IReadOnlyList<ProjectMeasure>>("measures", r => r.Measures, ExportJson.Context.IReadOnlyListProjectMeasure, "JSON array of {label, value, unit, bound, note, sourceIds}"),
            .. Money<FlagshipProject>("cost", r => r.Cost?.Amount, "stated cost", label: "Stated cost"),
            Enum<FlagshipProject, QuantityBound>("cost_bound", r => r.Cost?.Bound, "QuantityBound of the cost", ColumnRole.Detail),
            Text<FlagshipProject>("cost_note", r => r.Cost?.Note, "note on the cost"),
            Json<FlagshipProject, IReadOnlyList<string>>("cost_source_ids", r => r.Cost?.SourceIds, ExportJson.Context.IReadOnlyListString, "sources of the cost, JSON array"),
            Json<FlagshipProject, IReadOnlyList<int>>("finance_record_ids", r => r.FinanceRecordIds, ExportJson.Context.IReadOnlyListInt32, "AidData record ids, JSON array", label: "AidData records", show: ColumnPlacement.Table),
            Json<FlagshipProject, IReadOnlyList<string>>("investment_record_ids", r => r.InvestmentRecordIds, ExportJson.Context.IReadOnlyListString, "investment record ids, JSON array", label: "AEI records", show: ColumnPlacement.Table),
            Json<FlagshipProject, IReadOnlyList<string>>("source_ids", r => r.SourceIds, ExportJson.Context.IReadOnlyListString, "source ids, JSON array"),
        ],
        row => new FlagshipProject
        {
            Id = row.GetRequiredText("id"),
            Name = row.GetRequiredText("name"),
            LocalName = row.GetText("local_name"),
            Country = row.GetCountry("country_iso3"),
            Kind = row.GetEnum<ProjectKind>("kind"),
            Status = row.GetEnum<ProjectStatus>("status"),
            IsBri = row.GetNullableBoolean("is_bri"),
            Owner = row.GetText("owner"),
            Builders = row.GetRequiredJson("builders", ExportJson.Context.IReadOnlyListString),
            Financiers = row.GetRequiredJson("financiers", ExportJson.Context.IReadOnlyListString),
            Summary = row.GetRequiredText("summary"),
            Milestones = row.GetRequiredJson("milestones", ExportJson.Context.IReadOnlyListProjectMilestone),
            Measures = row.GetRequiredJson("measures", ExportJson.Context.IReadOnlyListProjectMeasure),
            Cost = ReadCost(row),
            FinanceRecordIds = row.GetRequiredJson("finance_record_ids", ExportJson.Context.IReadOnlyListInt32),
            InvestmentRecordIds = row.GetRequiredJson("investment_record_ids", ExportJson.Context.IReadOnlyListString),
            SourceIds = row.GetRequiredJson("source_ids", ExportJson.Context.IReadOnlyListString),
        });

    private static ProjectCost? ReadCost(ExportRow row)
    {
        var amount = row.GetNullableMoney("cost");
        var bound = row.GetNullableEnum<QuantityBound>("cost_bound");
        var note = row.GetText("cost_note");
        var sources = row.GetJson("cost_source_ids", ExportJson.Context.IReadOnlyListString);
        if (amount is null && bound is null && note is null && sources is null)
        {
            return null;
        }

        if (amount is null || bound is null || sources is null)
        {
            row.Problem(amount is null ? "cost_usd" : bound is null ? "cost_bound" : "cost_source_ids", "a cost needs its amount, basis, bound and sources");
            return null;
        }

        return new ProjectCost { Amount = amount.Value, Bound = bound.Value, Note = note, SourceIds = sources };
    }
}
