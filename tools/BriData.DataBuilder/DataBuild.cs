using System.Text.Json;
using BriData.DataBuilder.Importers;
using BriData.Formats.Json;
using BriData.Loading;

namespace BriData.DataBuilder;

/// <summary>The whole build: import every source, link, write, read back and validate, and report.</summary>
internal static class DataBuild
{
    public static List<string> Run(string sourcesDir, string curatedDir, string outDir)
    {
        var report = new List<string>();
        var sources = new SourceRegistry();
        foreach (var s in DatasetSources.All())
        {
            sources.Add(s);
        }

        CuratedImporter.LoadSources(curatedDir, sources);
        var countries = CountriesImporter.Import(sourcesDir, report);
        var annotations = CuratedImporter.Annotations(curatedDir);
        var alternatives = new CuratedAlternatives(annotations);

        var events = new List<PolicyEvent>();
        events.AddRange(DiplomaticRelationsImporter.Import(sourcesDir, countries, sources, alternatives));
        events.AddRange(BriDocumentsImporter.Import(sourcesDir, countries, sources, alternatives));
        events.AddRange(FtaImporter.Import(sourcesDir, countries, sources, alternatives));
        events.AddRange(AiibImporter.Import(sourcesDir, countries, sources, alternatives));
        events.AddRange(CelacForumImporter.Import(sourcesDir, sources, alternatives));
        events.AddRange(CuratedImporter.Events(curatedDir, countries, sources, alternatives));
        foreach (var twice in events.GroupBy(e => e.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            throw new InvalidDataException($"event id '{twice.Key}' is produced twice (a curated event repeats an imported one?)");
        }

        events = CuratedImporter.RefineDates(annotations, events, sources);
        var extra = annotations.ExtraSources.GroupBy(x => x.EventId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(x => x.SourceIds).ToList(), StringComparer.Ordinal);
        events = events.Select(e => extra.TryGetValue(e.Id, out var more)
                ? e with { SourceIds = e.SourceIds.Concat(more).Distinct(StringComparer.Ordinal).ToList() }
                : e)
            .OrderBy(e => e.Date?.Start ?? DateOnly.MaxValue).ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        foreach (var unknown in alternatives.Unused().Concat(extra.Keys.Where(k => events.All(e => e.Id != k))))
        {
            throw new InvalidDataException($"event-annotations.json names event '{unknown}', which no importer produced");
        }

        var trade = DotsTradeImporter.Import(sourcesDir, countries);
        var indicators = WorldBankIndicatorsImporter.Import(sourcesDir, countries);
        var finance = AidDataImporter.Import(sourcesDir, countries, report);
        var investments = AeiCgitImporter.Import(sourcesDir, countries, report);
        var projects = CuratedImporter.Projects(curatedDir, investments);
        var initiatives = CuratedImporter.Initiatives(curatedDir);
        var highlights = CuratedImporter.Highlights(curatedDir);
        var claims = CuratedImporter.Claims(curatedDir)
            .Concat(NewsTradeFiguresImporter.Import(sourcesDir, countries, sources))
            .OrderBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
        var aidDataTotals = AidDataCountryYearImporter.Import(sourcesDir, countries);
        AidDataSubsetCrossCheck.Run(finance, aidDataTotals, report);
        var published = CuratedImporter.PublishedFigures(curatedDir);
        var countryRecords = countries.Finish(report);
        ComtradeCrossCheck.Run(sourcesDir, trade, claims, report);

        using var release = JsonDocument.Parse(File.ReadAllText(Path.Combine(curatedDir, "release.json")));
        var dataVersion = release.RootElement.GetProperty("dataVersion").GetString()!;
        var released = PartialDate.Parse(release.RootElement.GetProperty("released").GetString()!);

        // Written by the library's own release writer (every set of DataSets.All, the manifest last), in the compact
        // record-per-line layout of the embedded release (a third smaller than the indented layout of Save).
        var content = new BriDatasetContent
        {
            Version = dataVersion,
            Released = released,
            Sources = sources.All.ToList(),
            Countries = countryRecords,
            Events = events,
            Trade = trade,
            Indicators = indicators,
            Finance = finance,
            Investments = investments,
            Projects = projects,
            Initiatives = initiatives,
            TradeHighlights = highlights,
            Claims = claims,
            PublishedFigures = published,
            AidDataCountryYears = aidDataTotals,
        };
        DatasetWriter.Save(content, outDir, DataFileFormat.Json, SetFileLayout.RecordPerLine);

        // Read back what was written, through the library's own loader, and validate it fully.
        var loaded = BriDataset.Load(outDir);
        report.Add($"written {outDir}: {loaded}");
        report.Add($"  sources {loaded.Sources.Count}, indicators {loaded.Indicators.Count}, initiatives {loaded.Initiatives.Count}, trade highlights {loaded.TradeHighlights.Count}, published figures {loaded.PublishedFigures.Count}, AidData country-years {loaded.AidDataCountryYears.Count}");
        return report;
    }
}
