using BriData.Loading;

namespace BriData.Notebooks;

/// <summary>
/// The table and card layouts of BriData's record types: readable names next to codes, units in the headers,
/// sources as links. The layout of each set is derived from its column table (see <see cref="SetLayout"/>), for
/// every set of <see cref="DataSets.All"/>; what is written here by hand is what no column table holds: the layout
/// of records of several types shown together, of the records nested in a set's records (a project's milestones,
/// measures and cost, an event's alternative dates), and a source's citation on its card.
/// </summary>
internal static class RecordSchemas
{
    private static readonly Dictionary<Type, RecordSchema> ByType =
        DataSets.All.Select(d => WithCardExtras(d.Accept(SetLayout.Instance))).Concat(Nested()).ToDictionary(s => s.RecordType);

    /// <summary>The layout of <paramref name="recordType"/>; false when BriData has none for it.</summary>
    public static bool TryGet(Type recordType, out RecordSchema schema) => ByType.TryGetValue(recordType, out schema!);

    /// <summary>A layout for records of different types shown together: what each is, and its sources.</summary>
    public static RecordSchema Mixed { get; } = new(
        typeof(object),
        "Records",
        new SchemaBuilder<object>()
            .Text("Type", r => r.GetType().Name)
            .Text("Record", r => r.ToString())
            .Custom("Sources", null, false, (r, c) => r is ISourced s ? SchemaBuilder<object>.SourceLinks(s.SourceIds, c) : Cell.Missing)
            .Build());

    // A source's card ends with its citation, which is made from its columns rather than one of them.
    private static RecordSchema WithCardExtras(RecordSchema schema) => schema.RecordType == typeof(Source)
        ? new RecordSchema(
            schema.RecordType,
            schema.Title,
            schema.Columns,
            [.. schema.CardRows, .. new SchemaBuilder<Source>().Text("Citation", s => s.Citation).Build()],
            schema.CardTables)
        : schema;

    // The records nested in a set's records: they have no column table of their own.
    private static IEnumerable<RecordSchema> Nested()
    {
        yield return new RecordSchema(
            typeof(ProjectMilestone),
            "Milestones",
            new SchemaBuilder<ProjectMilestone>()
                .Text("Date", m => m.Date.ToString())
                .Text("Milestone", m => DisplayText.Words(m.Kind))
                .Text("Note", m => m.Note)
                .Sources(m => m.SourceIds)
                .Build());

        yield return new RecordSchema(
            typeof(ProjectMeasure),
            "Measures",
            new SchemaBuilder<ProjectMeasure>()
                .Text("Measure", m => m.Label)
                .Custom("Value", null, true, (m, _) => Cell.Text(DisplayText.Quantity(m.Bound, m.Value, m.Unit.Symbol)))
                .Text("Note", m => m.Note)
                .Sources(m => m.SourceIds)
                .Build());

        yield return new RecordSchema(
            typeof(ProjectCost),
            "Costs",
            new SchemaBuilder<ProjectCost>()
                .Custom("Cost", "USD m", true, (c, _) => Cell.Text(CostText(c)))
                .Text("Note", c => c.Note)
                .Sources(c => c.SourceIds)
                .Build());

        yield return new RecordSchema(
            typeof(AlternativeDate),
            "Alternative dates",
            new SchemaBuilder<AlternativeDate>()
                .Text("Date", d => d.Date.ToString())
                .Text("Note", d => d.Note)
                .Sources(d => d.SourceIds)
                .Build());
    }

    private static string CostText(ProjectCost cost) => DisplayFormat.BoundPrefix(cost.Bound) + DisplayText.MoneyWithBasis(cost.Amount);
}
