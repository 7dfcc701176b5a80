namespace BriData.DataBuilder.Importers;

/// <summary>prc-diplomatic-relations: relations with the PRC established, suspended, resumed; Taipei recognition.</summary>
internal static class DiplomaticRelationsImporter
{
    public static IEnumerable<PolicyEvent> Import(string sourcesDir, CountryBook countries, SourceRegistry sources, CuratedAlternatives alternatives)
    {
        foreach (var row in Csv.Read(Path.Combine(sourcesDir, "prc-diplomatic-relations", "prc-diplomatic-relations-lac.csv")))
        {
            var code = CountryCode.Parse(row["iso3"]);
            var name = EventFactory.CountryName(countries, code);
            var date = Parse.DateWithPrecision(row, "date", "date_precision");
            var (kind, slug, title) = row["event"] switch
            {
                "established_prc_relations" => (PolicyEventKind.PrcRelationsEstablished, "relations-established", $"{name} and the PRC establish diplomatic relations"),
                "resumed_prc_relations" => (PolicyEventKind.PrcRelationsResumed, "relations-resumed", $"{name} and the PRC resume diplomatic relations"),
                "prc_suspended_relations" or "prc_severed_relations" => (PolicyEventKind.PrcRelationsSuspended, "relations-suspended", $"The PRC suspends relations with {name}"),
                "recognized_roc_taiwan" => (PolicyEventKind.TaipeiRecognized, "taipei-recognized", $"{name} recognises Taipei"),
                "listed_as_roc_ally" => (PolicyEventKind.TaipeiAllyListed, "taipei-ally-listed", $"{name} listed among the states recognising Taipei"),
                var other => throw row.Error($"unknown event '{other}'"),
            };
            var id = EventFactory.Id("prc", code, slug, date);
            countries.AddSpelling(code, row["country"], DatasetSources.PrcRelations);
            yield return new PolicyEvent
            {
                Id = id,
                Kind = kind,
                Country = code,
                Date = date,
                AlternativeDates = alternatives.For(id, sources, DatasetSources.PrcRelations),
                Title = title,
                Note = kind == PolicyEventKind.TaipeiAllyListed ? "As-of observation: the date of the list, not the start of recognition." : null,
                SourceIds = EventFactory.Sources(row, DatasetSources.PrcRelations, sources, alternatives, id),
            };
        }
    }
}
