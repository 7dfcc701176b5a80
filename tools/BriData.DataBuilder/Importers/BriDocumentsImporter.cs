namespace BriData.DataBuilder.Importers;

/// <summary>bri-cooperation-documents: Belt and Road memoranda and plans signed, withdrawals, refusals.</summary>
internal static class BriDocumentsImporter
{
    public static IEnumerable<PolicyEvent> Import(string sourcesDir, CountryBook countries, SourceRegistry sources, CuratedAlternatives alternatives)
    {
        foreach (var row in Csv.Read(Path.Combine(sourcesDir, "bri-cooperation-documents", "bri-cooperation-documents-lac.csv")))
        {
            var code = CountryCode.Parse(row["iso3"]);
            var name = EventFactory.CountryName(countries, code);
            var date = Parse.DateWithPrecision(row, "date", "date_precision");
            var (kind, slug, title) = row["event"] switch
            {
                "signed_bri_mou" => (PolicyEventKind.BriMemorandumSigned, "mou-signed", $"{name} signs a Belt and Road memorandum with China"),
                "signed_bri_cooperation_plan" => (PolicyEventKind.BriCooperationPlanSigned, "cooperation-plan-signed", $"{name} signs a Belt and Road cooperation plan with China"),
                "withdrew_from_bri" => (PolicyEventKind.BriWithdrawn, "withdrawn", $"{name} withdraws from the Belt and Road Initiative"),
                "declined_to_join" => (PolicyEventKind.BriDeclined, "declined", $"{name} declines to join the Belt and Road Initiative"),
                var other => throw row.Error($"unknown event '{other}'"),
            };
            var id = EventFactory.Id("bri", code, slug, date);
            countries.AddSpelling(code, row["country"], DatasetSources.BriDocuments);
            yield return new PolicyEvent
            {
                Id = id,
                Kind = kind,
                Country = code,
                Date = date,
                AlternativeDates = alternatives.For(id, sources, DatasetSources.BriDocuments),
                Title = title,
                SourceIds = EventFactory.Sources(row, DatasetSources.BriDocuments, sources, alternatives, id),
            };
        }
    }
}
