using System.Text.Json;

namespace BriData.DataBuilder.Importers;

/// <summary>
/// <c>data/curated/event-alternatives.json</c>: dates that other sources give for an imported event, with the pages
/// that give them and our note. The importers attach them so that disagreements stay visible.
/// </summary>
internal sealed class CuratedAlternatives
{
    private readonly Dictionary<string, List<(PartialDate Date, List<string> Addresses, List<string> SourceIds, string? Note)>> byEvent = new(StringComparer.Ordinal);
    private readonly HashSet<string> used = new(StringComparer.Ordinal);

    public static CuratedAlternatives Load(string path)
    {
        var result = new CuratedAlternatives();
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var e in doc.RootElement.GetProperty("alternatives").EnumerateArray())
        {
            var id = e.GetProperty("eventId").GetString()!;
            var date = PartialDate.Parse(e.GetProperty("date").GetString()!);
            var addresses = e.TryGetProperty("addresses", out var a) ? a.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
            var sourceIds = e.TryGetProperty("sources", out var s) ? s.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
            var note = e.TryGetProperty("note", out var n) ? n.GetString() : null;
            if (!result.byEvent.TryGetValue(id, out var list))
            {
                result.byEvent[id] = list = [];
            }

            list.Add((date, addresses, sourceIds, note));
        }

        return result;
    }

    public bool IsAlternativeAddress(string eventId, string url) =>
        byEvent.TryGetValue(eventId, out var list) && list.Any(a => a.Addresses.Contains(url, StringComparer.Ordinal));

    public List<AlternativeDate> For(string eventId, SourceRegistry sources, string citedBy)
    {
        if (!byEvent.TryGetValue(eventId, out var list))
        {
            return [];
        }

        used.Add(eventId);
        return list.Select(a => new AlternativeDate
        {
            Date = a.Date,
            Note = a.Note,
            SourceIds = a.SourceIds.Concat(a.Addresses.Select(url => sources.WebPage(url, citedBy))).Distinct(StringComparer.Ordinal).ToList(),
        }).ToList();
    }

    /// <summary>Alternatives whose event id no importer produced: a typo in the curated file.</summary>
    public IEnumerable<string> Unused() => byEvent.Keys.Where(k => !used.Contains(k)).Order(StringComparer.Ordinal);
}
