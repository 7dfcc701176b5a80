using System.Collections;

namespace BriData.Notebooks;

/// <summary>
/// Decides how a value a notebook asks to show is written: tables and cards as themselves, a dataset as a summary
/// of its sets, a metric series or a country profile as a card, a collection of BriData records as a capped table,
/// a single record as a card. Anything else is declined (the notebook then uses its own formatter).
/// </summary>
internal static class NotebookRenderer
{
    /// <summary>Writes <paramref name="value"/> as HTML; false when BriData has no display for it.</summary>
    public static bool TryWriteHtml(object? value, DisplayContext context, TextWriter writer)
    {
        switch (Resolve(value, context))
        {
            case TableData table:
                HtmlWriter.WriteTable(table, writer);
                return true;
            case RecordCard card:
                HtmlWriter.WriteCard(card, writer);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Writes <paramref name="value"/> as plain text; false when BriData has no display for it.</summary>
    public static bool TryWritePlainText(object? value, DisplayContext context, TextWriter writer)
    {
        switch (Resolve(value, context))
        {
            case TableData table:
                PlainTextWriter.WriteTable(table, writer);
                return true;
            case RecordCard card:
                PlainTextWriter.WriteCard(card, writer);
                return true;
            default:
                return false;
        }
    }

    private static object? Resolve(object? value, DisplayContext context) => value switch
    {
        null => null,
        RecordTable table => table.Data,
        RecordCard card => card,
        BriDataset dataset => DatasetSummary.Create(dataset),
        MetricSeries series => DerivedCards.Series(series, context),
        CountryProfile profile => DerivedCards.Profile(profile, context),
        Source source => NotebookDisplay.CardOf(source, context),
        ISourced record when RecordSchemas.TryGet(record.GetType(), out _) => NotebookDisplay.CardOf(record, context),
        IEnumerable<ISourced> or IEnumerable<Source> => TableData.Create((IEnumerable)value, null, null, RecordTable.DefaultMaxRows, context),
        _ => null,
    };
}
