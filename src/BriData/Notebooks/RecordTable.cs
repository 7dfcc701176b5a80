using System.Globalization;
using BriData.Notebooks;

namespace BriData;

/// <summary>
/// A table of records for notebooks and consoles: readable names next to country codes, units in the headers,
/// sources as links, at most <see cref="MaxRows"/> rows and an "N more rows" footer. A snapshot: the sequence it
/// was made from is read once, when the table is created.
/// </summary>
/// <remarks>
/// <para>In a .NET notebook (Polyglot Notebooks, Jupyter with the .NET kernel, dotnet-repl) the value of a cell
/// that is a <see cref="RecordTable"/> shows as an HTML table; <see cref="ToHtml"/> gives the same HTML and
/// <see cref="ToString"/> the plain-text form for consoles. BriData needs no notebook package for this.</para>
/// <para>BriData's record types get their own layout; any other type (an anonymous type from a LINQ projection,
/// a metric row) gets one column per public property. Safe to share between threads: it is immutable.</para>
/// </remarks>
[TypeFormatterSource]
public sealed class RecordTable
{
    /// <summary>The number of rows shown when none is asked for: 20.</summary>
    public const int DefaultMaxRows = 20;

    /// <summary>The most rows a table shows, whatever is asked: 10,000.</summary>
    public const int MaxRowsLimit = 10_000;

    private readonly TableData data;

    internal RecordTable(TableData data, int maxRows)
    {
        this.data = data;
        MaxRows = maxRows;
    }

    /// <summary>The caption, for example "Finance (AidData GCDF 3.0)".</summary>
    public string Caption => data.Caption;

    /// <summary>The column headers, units included (for example "Value (USD m, nominal)").</summary>
    internal IReadOnlyList<string> ColumnHeaders => data.Columns.Select(c => c.Header).ToArray();

    /// <summary>The row cap the table was made with (1 to <see cref="MaxRowsLimit"/>).</summary>
    public int MaxRows { get; }

    /// <summary>The number of records in the sequence.</summary>
    public long TotalRows => data.TotalRows;

    /// <summary>The number of rows shown: the smaller of <see cref="TotalRows"/> and <see cref="MaxRows"/>.</summary>
    public int ShownRows => data.Rows.Count;

    /// <summary>The number of records not shown (the "N more rows" of the footer); 0 when all are shown.</summary>
    public long HiddenRows => data.HiddenRows;

    internal TableData Data => data;

    /// <summary>The text of the shown cell at <paramref name="row"/>, <paramref name="column"/>, as the plain-text form shows it before shortening.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The row or column is outside the shown table.</exception>
    internal string CellText(int row, int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, data.Rows.Count);
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, data.Columns.Count);
        return data.Rows[row][column].PlainText;
    }

    /// <summary>The table as an HTML fragment (a <c>table</c> element with caption, header, rows and footer).</summary>
    public string ToHtml()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        HtmlWriter.WriteTable(data, writer);
        return writer.ToString();
    }

    /// <summary>The table as plain text: aligned columns, cells longer than 40 characters shortened with "…".</summary>
    public override string ToString()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        PlainTextWriter.WriteTable(data, writer);
        return writer.ToString();
    }

    internal static int CheckMaxRows(int maxRows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRows, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxRows, MaxRowsLimit);
        return maxRows;
    }
}
