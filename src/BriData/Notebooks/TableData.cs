using System.Collections;

namespace BriData.Notebooks;

/// <summary>
/// A table ready to write: caption, headers, the first rows' cells and the total row count. Built by reading a
/// sequence once: only the shown rows are kept, the rest are counted.
/// </summary>
internal sealed class TableData
{
    private TableData(string caption, IReadOnlyList<DisplayColumn> columns, IReadOnlyList<Cell[]> rows, long totalRows)
    {
        Caption = caption;
        Columns = columns;
        Rows = rows;
        TotalRows = totalRows;
    }

    /// <summary>The caption (title and row count are written separately).</summary>
    public string Caption { get; }

    /// <summary>The columns.</summary>
    public IReadOnlyList<DisplayColumn> Columns { get; }

    /// <summary>The cells of the shown rows.</summary>
    public IReadOnlyList<Cell[]> Rows { get; }

    /// <summary>How many rows the sequence had.</summary>
    public long TotalRows { get; }

    /// <summary>How many rows are not shown.</summary>
    public long HiddenRows => TotalRows - Rows.Count;

    /// <summary>
    /// Reads <paramref name="records"/> once into a table of at most <paramref name="maxRows"/> rows. The layout is
    /// <paramref name="schema"/> when given, else BriData's layout of the records' type (all of one type), else
    /// <see cref="RecordSchemas.Mixed"/>.
    /// </summary>
    public static TableData Create(IEnumerable records, RecordSchema? schema, string? caption, int maxRows, DisplayContext context)
    {
        var shown = new List<object?>(Math.Min(maxRows, 256));
        var total = 0L;
        foreach (var record in records)
        {
            if (total < maxRows)
            {
                shown.Add(record);
            }

            total++;
        }

        schema ??= InferSchema(shown.OfType<object>().ToList());
        var columns = schema.Columns;
        var rows = shown.Select(r => columns.Select(c => r is null ? Cell.Missing : c.CellOf(r, context)).ToArray()).ToArray();
        return new TableData(caption ?? schema.Title, columns, rows, total);
    }

    /// <summary>A small table of already materialised records (a card's nested table), never capped below its size.</summary>
    public static TableData Nested(string caption, IEnumerable<object> records, DisplayContext context) =>
        Create(records, null, caption, RecordTable.MaxRowsLimit, context);

    private static RecordSchema InferSchema(List<object> records)
    {
        if (records.Count == 0)
        {
            return RecordSchemas.Mixed;
        }

        var type = records[0].GetType();
        return records.TrueForAll(r => r.GetType() == type) && RecordSchemas.TryGet(type, out var schema) ? schema : RecordSchemas.Mixed;
    }
}
