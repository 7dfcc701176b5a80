using BriData.Loading;
using BriData.Sets;

namespace BriData.Notebooks;

/// <summary>A dataset shown as a table of its sets: what a record is, how many there are and the unit of amounts.</summary>
internal static class DatasetSummary
{
    /// <summary>The summary table of <paramref name="dataset"/>; loads every set to count it.</summary>
    public static TableData Create(BriDataset dataset)
    {
        // One row per set, from the one list of sets (its property name, what a record is, the units of its measures).
        var content = dataset.ToContent();
        var rows = DataSets.All.Select(d => (d.PropertyName, d.RecordDescription, d.Count(content), d.Accept(SetUnits.Instance))).ToArray();
        var schema = new RecordSchema(
            typeof(BriDataset),
            "BriData " + dataset.Version + " (released " + dataset.Released + ", format " + dataset.FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")",
            [
                new DisplayColumn("Set", null, false, (r, _) => Cell.Text((((string, string, int, string?))r).Item1)),
                new DisplayColumn("One record is", null, false, (r, _) => Cell.Text((((string, string, int, string?))r).Item2)),
                new DisplayColumn("Records", null, true, (r, _) => Cell.Text(DisplayText.Number((decimal)(((string, string, int, string?))r).Item3, Units.Count))),
                new DisplayColumn("Amounts in", null, false, (r, _) => Cell.Text((((string, string, int, string?))r).Item4)),
            ]);
        return TableData.Create(rows, schema, null, RecordTable.MaxRowsLimit, DisplayContext.None);
    }

    /// <summary>
    /// The units of a set's measures as its tables head them ("USD m, nominal"; "persons; USD m, current"), from its
    /// column table; "as published" for a measure whose unit only each record states; null when the set has no measure.
    /// </summary>
    private sealed class SetUnits : IDataSetVisitor<string?>
    {
        private const string AsPublished = "as published";

        public static SetUnits Instance { get; } = new();

        public string? Visit<T>(DataSetDescriptor<T> set)
            where T : class
        {
            var units = set.Schema.Columns.Where(c => c.Role == ColumnRole.Measure)
                .Select(c => c.Unit is { } unit ? ColumnCells.HeaderUnit(unit) : c.UnitVariesByRow ? AsPublished : null)
                .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            return units.Count == 0 ? null : string.Join("; ", units);
        }
    }
}
