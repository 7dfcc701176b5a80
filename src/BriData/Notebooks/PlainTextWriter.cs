using System.Globalization;
using System.Text;

namespace BriData.Notebooks;

/// <summary>Writes tables and cards as plain text for consoles: aligned columns, long cells shortened, a row-cap footer.</summary>
internal static class PlainTextWriter
{
    /// <summary>The widest a column gets, in characters; longer cells end with "…".</summary>
    public const int MaxCellWidth = 40;

    /// <summary>Writes a table: caption line, header, rule, rows and, when rows are hidden, the footer.</summary>
    public static void WriteTable(TableData table, TextWriter writer)
    {
        writer.Write(table.Caption);
        writer.Write(": ");
        writer.WriteLine(HtmlWriter.RowCount(table.TotalRows));
        var headers = table.Columns.Select(c => Shorten(c.Header)).ToArray();
        var cells = table.Rows.Select(r => r.Select(c => Shorten(c.PlainText)).ToArray()).ToArray();
        var widths = headers.Select((h, i) => Math.Max(h.Length, cells.Length == 0 ? 0 : cells.Max(r => r[i].Length))).ToArray();
        WriteLine(writer, headers, widths, table.Columns);
        writer.WriteLine(string.Join("-+-", widths.Select(w => new string('-', w))));
        foreach (var row in cells)
        {
            WriteLine(writer, row, widths, table.Columns);
        }

        if (table.HiddenRows > 0)
        {
            writer.WriteLine(Footer(table));
        }
    }

    /// <summary>Writes a card: the title, "label: value" lines, then the nested tables.</summary>
    public static void WriteCard(RecordCard card, TextWriter writer)
    {
        writer.Write(card.Title);
        writer.Write(" · ");
        writer.WriteLine(card.Kind);
        var width = card.Fields.Count == 0 ? 0 : card.Fields.Max(f => f.Label.Length);
        foreach (var (label, cell) in card.Fields)
        {
            writer.Write(label.PadRight(width));
            writer.Write("  ");
            writer.WriteLine(cell.PlainText);
        }

        foreach (var nested in card.Tables)
        {
            writer.WriteLine();
            WriteTable(nested, writer);
        }
    }

    /// <summary>The footer of a capped table, for example "… 1,168 more rows (20 of 1,188 shown)".</summary>
    public static string Footer(TableData table) => string.Create(
        CultureInfo.InvariantCulture,
        $"… {table.HiddenRows:#,##0} more {(table.HiddenRows == 1 ? "row" : "rows")} ({table.Rows.Count:#,##0} of {table.TotalRows:#,##0} shown; ToTable(maxRows: n) shows more)");

    private static void WriteLine(TextWriter writer, string[] cells, int[] widths, IReadOnlyList<DisplayColumn> columns)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                line.Append(" | ");
            }

            line.Append(columns[i].IsNumeric ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i]));
        }

        writer.WriteLine(line.ToString().TrimEnd());
    }

    private static string Shorten(string text)
    {
        var oneLine = text.ReplaceLineEndings(" ");
        return oneLine.Length <= MaxCellWidth ? oneLine : string.Concat(oneLine.AsSpan(0, MaxCellWidth - 1), "…");
    }
}
