using Spectre.Console;

namespace BriData.Cli.Output;

/// <summary>Adds rows of plain text to Spectre tables (brackets in data are shown, never read as markup).</summary>
internal static class TableRows
{
    /// <summary>Adds a row whose cells are plain text.</summary>
    public static Table AddTextRow(this Table table, params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(cells);
        return table.AddRow(cells.Select(c => new Text(c)).ToArray());
    }
}
