using System.Text.RegularExpressions;

namespace BriData.DataBuilder.Importers;

/// <summary>Shared steps of the five hand-built event importers: ids, our own titles, page sources from URLs.</summary>
internal static partial class EventFactory
{
    [GeneratedRegex(@"https?://[^\s,;""]+")]
    private static partial Regex UrlPattern();

    /// <summary>The URLs mentioned in a compiler's note, trailing punctuation removed.</summary>
    public static IEnumerable<string> UrlsIn(string? note)
    {
        if (string.IsNullOrEmpty(note))
        {
            yield break;
        }

        foreach (Match m in UrlPattern().Matches(note))
        {
            yield return m.Value.TrimEnd('.', ')', ':', '\'');
        }
    }

    /// <summary>
    /// Source ids for a row: the file, the row's page, and the pages its note mentions, except pages that
    /// <paramref name="alternatives"/> assigns to a disagreeing date.
    /// </summary>
    public static List<string> Sources(CsvRow row, string fileSourceId, SourceRegistry sources, CuratedAlternatives alternatives, string eventId)
    {
        var ids = new List<string> { fileSourceId, sources.WebPage(row["source_url"], fileSourceId) };
        foreach (var url in UrlsIn(row["notes"]))
        {
            if (alternatives.IsAlternativeAddress(eventId, url) || url.EndsWith("/...", StringComparison.Ordinal) || url.Contains("...", StringComparison.Ordinal))
            {
                continue;
            }

            var id = sources.WebPage(url, fileSourceId);
            if (!ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    public static string Id(string prefix, CountryCode? country, string what, PartialDate? date) =>
        $"{prefix}-{(country is CountryCode c ? c.Alpha3.ToLowerInvariant() + "-" : string.Empty)}{what}-{date?.ToString() ?? "undated"}";

    public static string CountryName(CountryBook book, CountryCode code) =>
        book.Drafts.First(d => d.Code == code).Name;
}
