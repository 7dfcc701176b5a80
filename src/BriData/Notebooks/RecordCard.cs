using System.Globalization;
using BriData.Notebooks;

namespace BriData;

/// <summary>
/// One record shown on its own: a title, one line per field (every table column, a missing value shown as "—",
/// then the details only a card has, when present, such as a country's names in four languages or a project's
/// builders) and nested tables (a project's measures and milestones). Immutable.
/// </summary>
/// <remarks>In a .NET notebook a <see cref="RecordCard"/> shows as HTML; <see cref="ToString"/> gives plain text.</remarks>
[TypeFormatterSource]
public sealed class RecordCard
{
    internal RecordCard(string title, string kind, IReadOnlyList<(string Label, Cell Cell)> fields, IReadOnlyList<TableData> tables)
    {
        Title = title;
        Kind = kind;
        Fields = fields;
        Tables = tables;
    }

    /// <summary>The record's own text, for example "Peru (PER)" or "Chancay Port (PER)".</summary>
    public string Title { get; }

    /// <summary>What the record is, for example "Countries" or "Flagship projects".</summary>
    public string Kind { get; }

    /// <summary>The labels of the fields, in order (units included, for example "Amount (USD m)" or "Value (USD m, nominal)").</summary>
    internal IReadOnlyList<string> FieldLabels => Fields.Select(f => f.Label).ToArray();

    internal IReadOnlyList<(string Label, Cell Cell)> Fields { get; }

    internal IReadOnlyList<TableData> Tables { get; }

    /// <summary>The plain text of the field labelled <paramref name="label"/>; null when the card has no such field.</summary>
    internal string? FieldText(string label)
    {
        foreach (var (fieldLabel, cell) in Fields)
        {
            if (string.Equals(fieldLabel, label, StringComparison.Ordinal))
            {
                return cell.PlainText;
            }
        }

        return null;
    }

    /// <summary>The card as an HTML fragment.</summary>
    public string ToHtml()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        HtmlWriter.WriteCard(this, writer);
        return writer.ToString();
    }

    /// <summary>The card as plain text: "label  value" lines, then the nested tables.</summary>
    public override string ToString()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        PlainTextWriter.WriteCard(this, writer);
        return writer.ToString();
    }

    /// <summary>The card of <paramref name="record"/> with BriData's layout of its type, or with one field per public property.</summary>
    internal static RecordCard Create(object record, RecordSchema schema, DisplayContext context)
    {
        var fields = schema.Columns
            .Select(c => (c.Header, c.CellOf(record, context)))
            .Concat(schema.CardRows.Select(c => (c.Header, c.CellOf(record, context))).Where(f => !f.Item2.IsMissing))
            .ToArray();
        var tables = schema.CardTables
            .Select(t => (t.Title, Records: t.Records(record)?.ToList() ?? []))
            .Where(t => t.Records.Count > 0)
            .Select(t => TableData.Nested(t.Title, t.Records, context))
            .ToArray();
        return new RecordCard(record.ToString() ?? schema.Title, schema.Title, fields, tables);
    }
}
