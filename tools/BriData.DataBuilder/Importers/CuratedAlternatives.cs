namespace BriData.DataBuilder.Importers;

/// <summary>
/// The <c>alternatives</c> of data/curated/event-annotations.json: dates that other sources give for an event, with
/// the pages that give them and our note. The importers attach them so that disagreements stay visible.
/// </summary>
internal sealed class CuratedAlternatives(EventAnnotations annotations)
{
    private readonly ILookup<string, EventAlternative> byEvent = annotations.Alternatives.ToLookup(a => a.EventId, StringComparer.Ordinal);
    private readonly HashSet<string> used = new(StringComparer.Ordinal);

    public bool IsAlternativeAddress(string eventId, string url) =>
        byEvent[eventId].Any(a => a.Addresses.Contains(url, StringComparer.Ordinal));

    public List<AlternativeDate> For(string eventId, SourceRegistry sources, string citedBy)
    {
        if (!byEvent.Contains(eventId))
        {
            return [];
        }

        used.Add(eventId);
        return byEvent[eventId].Select(a => new AlternativeDate
        {
            Date = a.Date,
            Note = a.Note,
            SourceIds = a.SourceIds.Concat(a.Addresses.Select(url => sources.WebPage(url, citedBy))).Distinct(StringComparer.Ordinal).ToList(),
        }).ToList();
    }

    /// <summary>Alternatives whose event id no importer produced: a typo in the curated file.</summary>
    public IEnumerable<string> Unused() => byEvent.Select(g => g.Key).Where(k => !used.Contains(k)).Order(StringComparer.Ordinal);
}
