using System.Text.Json;

namespace BriData.DataBuilder.Importers;

/// <summary>
/// data/curated/events.json: dated relations and Belt and Road events that no upstream file holds (the Taipei side
/// of each recognition history, starts and ends of relations, memoranda found later), each with its sources; and
/// the "refinedDates" of event-annotations.json, which make an imported event's date more precise.
/// </summary>
internal static partial class CuratedImporter
{
    private static readonly PolicyEventKind[] CuratedEventKinds =
    [
        PolicyEventKind.PrcRelationsEstablished, PolicyEventKind.PrcRelationsSuspended, PolicyEventKind.PrcRelationsResumed,
        PolicyEventKind.TaipeiRecognized, PolicyEventKind.TaipeiRelationsEnded,
        PolicyEventKind.BriMemorandumSigned, PolicyEventKind.BriWithdrawn,
    ];

    /// <summary>The curated events; every source id must already be registered.</summary>
    public static List<PolicyEvent> Events(string curatedDir, CountryBook countries, SourceRegistry sources, CuratedAlternatives alternatives)
    {
        var file = Path.Combine(curatedDir, "events.json");
        var result = new List<PolicyEvent>();
        if (!File.Exists(file))
        {
            return result;
        }

        foreach (var (e, where) in Items(file, "events"))
        {
            var kind = Enum<PolicyEventKind>(e, "kind", where);
            if (!CuratedEventKinds.Contains(kind))
            {
                throw new InvalidDataException($"{where}: kind {kind} is not curated here (allowed: {string.Join(", ", CuratedEventKinds)})");
            }

            var code = Code(e, "country", where);
            if (countries.Drafts.All(d => d.Code != code))
            {
                throw new InvalidDataException($"{where}: country {code} is not one of the dataset's states");
            }

            var name = EventFactory.CountryName(countries, code);
            var date = Date(e, "date", where);
            var (prefix, slug, title) = kind switch
            {
                PolicyEventKind.PrcRelationsEstablished => ("prc", "relations-established", $"{name} and the PRC establish diplomatic relations"),
                PolicyEventKind.PrcRelationsSuspended => ("prc", "relations-suspended", $"The PRC suspends relations with {name}"),
                PolicyEventKind.PrcRelationsResumed => ("prc", "relations-resumed", $"{name} and the PRC resume diplomatic relations"),
                PolicyEventKind.TaipeiRecognized => ("prc", "taipei-recognized", $"{name} recognises Taipei"),
                PolicyEventKind.TaipeiRelationsEnded => ("prc", "taipei-relations-ended", $"{name}'s relations with Taipei end"),
                PolicyEventKind.BriMemorandumSigned => ("bri", "mou-signed", $"{name} signs a Belt and Road memorandum with China"),
                _ => ("bri", "withdrawn", $"{name} withdraws from the Belt and Road Initiative"),
            };
            var id = EventFactory.Id(prefix, code, slug, date);
            var sourceIds = Strings(e, "sources");
            if (sourceIds.Count == 0)
            {
                throw new InvalidDataException($"{where}: event {id} cites no source");
            }

            foreach (var s in sourceIds.Where(s => !sources.Contains(s)))
            {
                throw new InvalidDataException($"{where}: event {id} cites unknown source '{s}'");
            }

            result.Add(new PolicyEvent
            {
                Id = id,
                Kind = kind,
                Country = code,
                Date = date,
                AlternativeDates = alternatives.For(id, sources, "curated"),
                Title = title,
                Note = Str(e, "note", where),
                SourceIds = sourceIds,
            });
        }

        return result;
    }

    /// <summary>
    /// Applies event-annotations.json "refinedDates": a more precise date inside the span of the imported one (a
    /// day for a month, say), with the sources that give it. The event keeps its id.
    /// </summary>
    public static List<PolicyEvent> RefineDates(string curatedDir, List<PolicyEvent> events, SourceRegistry sources)
    {
        var file = Path.Combine(curatedDir, "event-annotations.json");
        var byId = events.ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var (e, where) in Items(file, "refinedDates"))
        {
            var id = Str(e, "eventId", where);
            if (!byId.TryGetValue(id, out var ev) || ev.Date is not PartialDate old)
            {
                throw new InvalidDataException($"{where}: no dated event '{id}' to refine");
            }

            var date = Date(e, "date", where);
            if (date.Precision <= old.Precision || date.Start < old.Start || date.End > old.End)
            {
                throw new InvalidDataException($"{where}: {date} is not a more precise date inside {old} for '{id}'");
            }

            var more = Strings(e, "sources");
            if (more.Count == 0 || more.Any(s => !sources.Contains(s)))
            {
                throw new InvalidDataException($"{where}: refinement of '{id}' needs known sources");
            }

            var note = Str(e, "note", where);
            byId[id] = ev with
            {
                Date = date,
                Note = ev.Note is null ? note : ev.Note + " " + note,
                SourceIds = ev.SourceIds.Concat(more).Distinct(StringComparer.Ordinal).ToList(),
            };
        }

        return events.Select(e => byId[e.Id]).ToList();
    }

    /// <summary>data/curated/event-annotations.json "extraSources": sources that also state an imported event.</summary>
    public static Dictionary<string, List<string>> EventExtraSources(string curatedDir)
    {
        var file = Path.Combine(curatedDir, "event-annotations.json");
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (e, where) in Items(file, "extraSources"))
        {
            result[Str(e, "eventId", where)] = Strings(e, "sources");
        }

        return result;
    }

    // Hand reading of events.json and event-annotations.json, whose records are not the release's (the builder derives
    // an event's id and title, and turns the annotations' page addresses into sources).
    private static IEnumerable<(JsonElement Element, string Where)> Items(string file, string property)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(file));
        if (!doc.RootElement.TryGetProperty(property, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{file}: expected an object with a '{property}' array");
        }

        var items = array.EnumerateArray().Select(x => x.Clone()).ToList();
        for (var i = 0; i < items.Count; i++)
        {
            yield return (items[i], $"{Path.GetFileName(file)} {property}[{i}]");
        }
    }

    private static List<string> Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray().Select(x => x.GetString()!).ToList() : [];

    private static string Str(JsonElement e, string name, string where) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString())
            ? v.GetString()!.Trim()
            : throw new InvalidDataException($"{where}: '{name}' is missing or not a non-empty string");

    private static PartialDate Date(JsonElement e, string name, string where) =>
        PartialDate.TryParse(Str(e, name, where), out var d) ? d : throw new InvalidDataException($"{where}: '{name}' is not a partial date");

    private static CountryCode Code(JsonElement e, string name, string where) =>
        CountryCode.TryParse(Str(e, name, where), out var c) ? c : throw new InvalidDataException($"{where}: '{name}' is not a country code");

    private static T Enum<T>(JsonElement e, string name, string where)
        where T : struct, System.Enum =>
        System.Enum.TryParse<T>(Str(e, name, where), ignoreCase: false, out var v) && System.Enum.IsDefined(v)
            ? v
            : throw new InvalidDataException($"{where}: '{name}' value '{(e.TryGetProperty(name, out var x) ? x.ToString() : null)}' is not one of {string.Join(", ", System.Enum.GetNames<T>())}");
}
