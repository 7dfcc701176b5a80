using static BriData.Export.ExportColumns;

namespace BriData.Export.Schemas;

/// <summary>The export columns of <see cref="TidyRow"/>: set, entity, one column per dimension, measure, value, unit, sources.</summary>
internal static class TidyRowSchema
{
    public static ExportSchema<TidyRow> Create(IEnumerable<string> dimensions)
    {
        var names = dimensions.ToArray();
        return new ExportSchema<TidyRow>(
            "tidy",
            [
                Text<TidyRow>("set", r => r.Set, "the set or metric the row comes from"),
                Text<TidyRow>("entity", r => r.Entity, "what the row is about (record id, country code, group key)"),
                .. names.Select(n => Text<TidyRow>(n, r => r.Dimension(n), "dimension " + n + ", invariant text")),
                Text<TidyRow>("measure", r => r.Measure, "what is measured"),
                Decimal<TidyRow>("value", r => r.Value, "the value, in the unit of the unit column; empty when missing"),
                Text<TidyRow>("unit", r => r.Unit, "unit of value (for example USD millions (nominal), percent, count)"),
                Json<TidyRow, IReadOnlyList<string>>("source_ids", r => r.SourceIds, ExportJson.Context.IReadOnlyListString, "source ids, JSON array"),
            ],
            row => new TidyRow
            {
                Set = row.GetRequiredText("set"),
                Entity = row.GetRequiredText("entity"),
                Dimensions = names.Select(n => new KeyValuePair<string, string?>(n, row.GetText(n))).ToArray(),
                Measure = row.GetRequiredText("measure"),
                Value = row.GetNullableDecimal("value"),
                Unit = row.GetRequiredText("unit"),
                SourceIds = row.GetRequiredJson("source_ids", ExportJson.Context.IReadOnlyListString),
            });
    }
}
