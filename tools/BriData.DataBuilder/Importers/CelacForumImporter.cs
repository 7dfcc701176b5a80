namespace BriData.DataBuilder.Importers;

/// <summary>china-celac-forum: the 2014 Brasília leaders' meeting and the forum's ministerial meetings.</summary>
internal static class CelacForumImporter
{
    public static IEnumerable<PolicyEvent> Import(string sourcesDir, SourceRegistry sources, CuratedAlternatives alternatives)
    {
        foreach (var row in Csv.Read(Path.Combine(sourcesDir, "china-celac-forum", "china-celac-forum-meetings.csv")))
        {
            var text = row["date"].Trim();
            PartialDate date;
            PartialDate? end = null;
            if (row["date_precision"] == "day_range")
            {
                var parts = text.Split('/');
                date = PartialDate.Parse(parts[0]);
                end = PartialDate.Parse(parts[1]);
            }
            else
            {
                date = Parse.DateWithPrecision(row, "date", "date_precision");
            }

            var location = row["location"].Trim();
            var (kind, slug, title) = row["event_type"] switch
            {
                "leaders_meeting_launching_forum" => (PolicyEventKind.LeadersMeeting, "leaders-meeting", $"China–Latin America leaders' meeting in {location}"),
                "ministerial_meeting" => (PolicyEventKind.CelacForumMinisterialMeeting, "ministerial-meeting", row["event"].Replace("-", "–", StringComparison.Ordinal).Trim()),
                var other => throw row.Error($"unknown event type '{other}'"),
            };
            var id = EventFactory.Id("celac", null, slug, date);
            yield return new PolicyEvent
            {
                Id = id,
                Kind = kind,
                Country = null,
                Date = date,
                EndDate = end,
                AlternativeDates = alternatives.For(id, sources, DatasetSources.CelacForum),
                Title = title,
                Location = location,
                SourceIds = EventFactory.Sources(row, DatasetSources.CelacForum, sources, alternatives, id),
            };
        }
    }
}
