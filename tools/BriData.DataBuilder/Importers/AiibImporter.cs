namespace BriData.DataBuilder.Importers;

/// <summary>aiib-membership: AIIB approvals, pending applications and full membership of LAC states.</summary>
internal static class AiibImporter
{
    public static IEnumerable<PolicyEvent> Import(string sourcesDir, CountryBook countries, SourceRegistry sources, CuratedAlternatives alternatives)
    {
        foreach (var row in Csv.Read(Path.Combine(sourcesDir, "aiib-membership", "aiib-membership-events-lac.csv")))
        {
            var code = CountryCode.Parse(row["iso3"]);
            var name = EventFactory.CountryName(countries, code);
            var date = Parse.DateWithPrecision(row, "date", "date_precision");
            var (kind, slug, title) = row["event"] switch
            {
                "approved_prospective_founding_member" => (PolicyEventKind.AiibProspectiveFoundingMemberApproved, "prospective-founding-member", $"AIIB approves {name} as a prospective founding member"),
                "approved_prospective_member" => (PolicyEventKind.AiibProspectiveMemberApproved, "prospective-member", $"AIIB approves {name} as a prospective member"),
                "application_pending" => (PolicyEventKind.AiibApplicationPending, "application-pending", $"{name}'s AIIB membership application reported pending"),
                "joined" => (PolicyEventKind.AiibJoined, "joined", $"{name} becomes a full AIIB member"),
                var other => throw row.Error($"unknown event '{other}'"),
            };
            var id = EventFactory.Id("aiib", code, slug, date);
            countries.AddSpelling(code, row["country"], DatasetSources.Aiib);
            yield return new PolicyEvent
            {
                Id = id,
                Kind = kind,
                Country = code,
                Date = date,
                AlternativeDates = alternatives.For(id, sources, DatasetSources.Aiib),
                Title = title,
                SourceIds = EventFactory.Sources(row, DatasetSources.Aiib, sources, alternatives, id),
            };
        }
    }
}
