using System.Text.Json;
using BriData.Loading;
using static System.FormattableString;

namespace BriData.DataBuilder.Importers;

/// <summary>
/// data/curated/events.json: dated relations and Belt and Road events that no upstream file holds (the Taipei side
/// of each recognition history, starts and ends of relations, memoranda found later), each with its sources; and
/// data/curated/event-annotations.json, what the curation adds to events produced elsewhere. Both are read by the
/// serializer with the library's converters (<see cref="CuratedEventJsonContext"/>); the builder derives each curated
/// event's id and title.
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
        if (!File.Exists(file))
        {
            return [];
        }

        var bytes = File.ReadAllBytes(file);
        var records = Read(file, DataSetName.Events, CuratedEventJsonContext.Default.CuratedEvent, original: bytes);
        var result = new List<PolicyEvent>();
        for (var i = 0; i < records.Count; i++)
        {
            var (e, where) = (records[i], Invariant($"$.records[{i}]"));
            if (!CuratedEventKinds.Contains(e.Kind))
            {
                throw Problem(NameOf(file), bytes, where + ".kind", $"kind {e.Kind} is not curated here (allowed: {string.Join(", ", CuratedEventKinds)})");
            }

            if (countries.Drafts.All(d => d.Code != e.Country))
            {
                throw Problem(NameOf(file), bytes, where + ".country", $"country {e.Country} is not one of the dataset's states");
            }

            var name = EventFactory.CountryName(countries, e.Country);
            var (prefix, slug, title) = e.Kind switch
            {
                PolicyEventKind.PrcRelationsEstablished => ("prc", "relations-established", $"{name} and the PRC establish diplomatic relations"),
                PolicyEventKind.PrcRelationsSuspended => ("prc", "relations-suspended", $"The PRC suspends relations with {name}"),
                PolicyEventKind.PrcRelationsResumed => ("prc", "relations-resumed", $"{name} and the PRC resume diplomatic relations"),
                PolicyEventKind.TaipeiRecognized => ("prc", "taipei-recognized", $"{name} recognises Taipei"),
                PolicyEventKind.TaipeiRelationsEnded => ("prc", "taipei-relations-ended", $"{name}'s relations with Taipei end"),
                PolicyEventKind.BriMemorandumSigned => ("bri", "mou-signed", $"{name} signs a Belt and Road memorandum with China"),
                _ => ("bri", "withdrawn", $"{name} withdraws from the Belt and Road Initiative"),
            };
            var id = EventFactory.Id(prefix, e.Country, slug, e.Date);
            if (e.SourceIds.Count == 0)
            {
                throw Problem(NameOf(file), bytes, where + ".sourceIds", $"event {id} cites no source");
            }

            foreach (var s in e.SourceIds.Where(s => !sources.Contains(s)))
            {
                throw Problem(NameOf(file), bytes, where + ".sourceIds", $"event {id} cites unknown source '{s}'");
            }

            result.Add(new PolicyEvent
            {
                Id = id,
                Kind = e.Kind,
                Country = e.Country,
                Date = e.Date,
                AlternativeDates = alternatives.For(id, sources, "curated"),
                Title = title,
                Note = e.Note,
                SourceIds = e.SourceIds,
            });
        }

        return result;
    }

    /// <summary>data/curated/event-annotations.json, read by the serializer.</summary>
    /// <exception cref="InvalidDataException">The file does not have the shape of <see cref="EventAnnotations"/>; the message names the file, the JSON path and the line.</exception>
    public static EventAnnotations Annotations(string curatedDir)
    {
        var file = Path.Combine(curatedDir, "event-annotations.json");
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllBytes(file), CuratedEventJsonContext.Default.EventAnnotations)
                ?? throw new InvalidDataException($"{NameOf(file)} $: the file holds JSON null");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{NameOf(file)} {ex.Path ?? "$"} (line {(ex.LineNumber ?? 0) + 1}): {DataLoader.CleanMessage(ex)}", ex);
        }
    }

    /// <summary>
    /// Applies the annotations' <c>refinedDates</c>: a more precise date inside the span of the imported one (a day
    /// for a month, say), with the sources that give it. The event keeps its id.
    /// </summary>
    public static List<PolicyEvent> RefineDates(EventAnnotations annotations, List<PolicyEvent> events, SourceRegistry sources)
    {
        var byId = events.ToDictionary(e => e.Id, StringComparer.Ordinal);
        for (var i = 0; i < annotations.RefinedDates.Count; i++)
        {
            var (r, where) = (annotations.RefinedDates[i], Invariant($"event-annotations.json $.refinedDates[{i}]"));
            if (!byId.TryGetValue(r.EventId, out var ev) || ev.Date is not PartialDate old)
            {
                throw new InvalidDataException($"{where}: no dated event '{r.EventId}' to refine");
            }

            if (r.Date.Precision <= old.Precision || r.Date.Start < old.Start || r.Date.End > old.End)
            {
                throw new InvalidDataException($"{where}: {r.Date} is not a more precise date inside {old} for '{r.EventId}'");
            }

            if (r.SourceIds.Count == 0 || r.SourceIds.Any(s => !sources.Contains(s)))
            {
                throw new InvalidDataException($"{where}: refinement of '{r.EventId}' needs known sources");
            }

            byId[r.EventId] = ev with
            {
                Date = r.Date,
                Note = ev.Note is null ? r.Note : ev.Note + " " + r.Note,
                SourceIds = ev.SourceIds.Concat(r.SourceIds).Distinct(StringComparer.Ordinal).ToList(),
            };
        }

        return events.Select(e => byId[e.Id]).ToList();
    }
}
