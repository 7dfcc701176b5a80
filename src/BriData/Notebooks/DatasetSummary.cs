using BriData.Loading;

namespace BriData.Notebooks;

/// <summary>A dataset shown as a table of its sets: what a record is, how many there are and the unit of amounts.</summary>
internal static class DatasetSummary
{
    /// <summary>The summary table of <paramref name="dataset"/>; loads every set to count it.</summary>
    public static TableData Create(BriDataset dataset)
    {
        // One row per set, from the one list of sets (its property name, what a record is, the unit of its amounts).
        var content = dataset.ToContent();
        var rows = DataSets.All.Select(d => (d.PropertyName, d.RecordDescription, d.Count(content), d.AmountUnit)).ToArray();
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
}
