using System.Globalization;
using System.Net;

namespace BriData.Notebooks;

/// <summary>
/// Writes tables and cards as HTML fragments. Every text is HTML-encoded; only absolute http and https addresses
/// become links (anything else, such as a <c>javascript:</c> address in a custom data release, stays plain text).
/// </summary>
internal static class HtmlWriter
{
    private const string TableOpen = "<table class=\"bridata\" style=\"border-collapse:collapse\">";

    /// <summary>Cells up to this many characters are kept on one line.</summary>
    private const int ShortCellLength = 24;

    /// <summary>Writes a table with its caption, headers (units included), rows and, when rows are hidden, an "N more rows" footer.</summary>
    public static void WriteTable(TableData table, TextWriter writer)
    {
        writer.Write(TableOpen);
        writer.Write("<caption style=\"caption-side:top;text-align:left\"><b>");
        writer.Write(Encode(table.Caption));
        writer.Write("</b> · ");
        writer.Write(Encode(RowCount(table.TotalRows)));
        writer.Write("</caption><thead><tr>");
        foreach (var column in table.Columns)
        {
            writer.Write(column.IsNumeric ? "<th style=\"text-align:right\">" : "<th style=\"text-align:left\">");
            writer.Write(Encode(column.Header));
            writer.Write("</th>");
        }

        writer.Write("</tr></thead><tbody>");
        foreach (var row in table.Rows)
        {
            writer.Write("<tr>");
            for (var i = 0; i < row.Length; i++)
            {
                WriteCell(row[i], table.Columns[i].IsNumeric, writer);
            }

            writer.Write("</tr>");
        }

        writer.Write("</tbody>");
        if (table.HiddenRows > 0)
        {
            writer.Write("<tfoot><tr><td colspan=\"");
            writer.Write(table.Columns.Count.ToString(CultureInfo.InvariantCulture));
            writer.Write("\"><i>");
            writer.Write(Encode(PlainTextWriter.Footer(table)));
            writer.Write("</i></td></tr></tfoot>");
        }

        writer.Write("</table>");
    }

    /// <summary>Writes a card: a title, one row per field, then the nested tables.</summary>
    public static void WriteCard(RecordCard card, TextWriter writer)
    {
        writer.Write("<div class=\"bridata-card\">");
        writer.Write(TableOpen);
        writer.Write("<caption style=\"caption-side:top;text-align:left\"><b>");
        writer.Write(Encode(card.Title));
        writer.Write("</b> · ");
        writer.Write(Encode(card.Kind));
        writer.Write("</caption><tbody>");
        foreach (var (label, cell) in card.Fields)
        {
            writer.Write("<tr><th style=\"text-align:left\">");
            writer.Write(Encode(label));
            writer.Write("</th>");
            WriteCell(cell, false, writer);
            writer.Write("</tr>");
        }

        writer.Write("</tbody></table>");
        foreach (var nested in card.Tables)
        {
            WriteTable(nested, writer);
        }

        writer.Write("</div>");
    }

    /// <summary>The HTML encoding of <paramref name="text"/> (&amp;, &lt;, &gt;, quotes).</summary>
    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>The address itself when it is an absolute http or https URL; otherwise null (never linked).</summary>
    public static string? SafeHref(string? address) =>
        address is not null
        && Uri.TryCreate(address, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? address
            : null;

    /// <summary>"1 row" or "1,188 rows".</summary>
    public static string RowCount(long rows) =>
        rows == 1 ? "1 row" : rows.ToString("#,##0", CultureInfo.InvariantCulture) + " rows";

    private static void WriteCell(Cell cell, bool isNumeric, TextWriter writer)
    {
        // Short cells (codes, dates, amounts, "Peru (PER)") never wrap; long text wraps.
        var style = (isNumeric ? "text-align:right" : "text-align:left") + (cell.PlainText.Length <= ShortCellLength ? ";white-space:nowrap" : string.Empty);
        writer.Write("<td style=\"");
        writer.Write(style);
        writer.Write("\">");
        foreach (var part in cell.Parts)
        {
            var href = SafeHref(part.Href);
            if (href is null)
            {
                if (part.Tooltip is null)
                {
                    writer.Write(Encode(part.Text));
                    continue;
                }

                writer.Write("<span title=\"");
                writer.Write(Encode(part.Tooltip));
                writer.Write("\">");
                writer.Write(Encode(part.Text));
                writer.Write("</span>");
                continue;
            }

            writer.Write("<a href=\"");
            writer.Write(Encode(href));
            writer.Write('"');
            if (part.Tooltip is not null)
            {
                writer.Write(" title=\"");
                writer.Write(Encode(part.Tooltip));
                writer.Write('"');
            }

            writer.Write(" target=\"_blank\" rel=\"noopener\">");
            writer.Write(Encode(part.Text));
            writer.Write("</a>");
        }

        writer.Write("</td>");
    }
}
