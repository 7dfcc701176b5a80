namespace BriData.DataBuilder.Importers;

/// <summary>china-lac-fta: free trade agreement milestones (studies, talks, signature, entry into force, upgrades).</summary>
internal static partial class FtaImporter
{
    [System.Text.RegularExpressions.GeneratedRegex(@"\s+early harvest$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex EarlyHarvestSuffix();

    public static IEnumerable<PolicyEvent> Import(string sourcesDir, CountryBook countries, SourceRegistry sources, CuratedAlternatives alternatives)
    {
        foreach (var row in Csv.Read(Path.Combine(sourcesDir, "china-lac-fta", "china-lac-fta-events.csv")))
        {
            var code = CountryCode.Parse(row["partner_iso3"]);
            var name = EventFactory.CountryName(countries, code);
            var agreement = row["agreement"].Trim();
            var isUpgrade = agreement.Contains("upgrade", StringComparison.OrdinalIgnoreCase);
            var isEarlyHarvest = agreement.Contains("early harvest", StringComparison.OrdinalIgnoreCase);
            PartialDate? date = row["date_precision"] == "unknown" ? null : Parse.DateWithPrecision(row, "date", "date_precision");
            var what = isUpgrade ? "FTA upgrade" : isEarlyHarvest ? "early-harvest arrangement" : "FTA";
            // A row that signs an early harvest and launches talks names the early harvest; the talks are for the FTA itself.
            var fta = isEarlyHarvest ? EarlyHarvestSuffix().Replace(agreement, string.Empty) : agreement;
            var kinds = row["event"] switch
            {
                "signed" => new[] { (PolicyEventKind.FtaSigned, "signed", $"China and {name} sign their {what}{(isUpgrade ? " protocol" : string.Empty)}", agreement) },
                "entered_into_force" => [(PolicyEventKind.FtaInForce, "in-force", $"The China–{name} {what}{(isUpgrade ? " protocol" : string.Empty)} enters into force", agreement)],
                "negotiations_launched" => [(PolicyEventKind.FtaNegotiationsLaunched, "negotiations-launched", $"China and {name} launch {what} negotiations", agreement)],
                "first_negotiating_round" => [(PolicyEventKind.FtaFirstNegotiatingRound, "first-round", $"China and {name} hold their first FTA negotiating round", agreement)],
                "signed_and_negotiations_launched" =>
                [
                    (PolicyEventKind.FtaEarlyHarvest, "early-harvest", $"China and {name} sign an early-harvest arrangement", agreement),
                    (PolicyEventKind.FtaNegotiationsLaunched, "negotiations-launched", $"China and {name} launch FTA negotiations", fta),
                ],
                "early_harvest_start" => [(PolicyEventKind.FtaEarlyHarvest, "early-harvest", $"The China–{name} early-harvest arrangement takes effect", agreement)],
                "feasibility_study_completed" or "joint_feasibility_study_completed" => [(PolicyEventKind.FtaFeasibilityStudyCompleted, "feasibility-study", $"China and {name} complete an FTA feasibility study", agreement)],
                "prefeasibility_study_announced" => [(PolicyEventKind.FtaPrefeasibilityStudyAnnounced, "prefeasibility-study", $"China and {name} announce an FTA pre-feasibility study", agreement)],
                var other => throw row.Error($"unknown event '{other}'"),
            };
            countries.AddSpelling(code, row["partner"], DatasetSources.Fta);
            foreach (var (kind, slug, title, agreementName) in kinds)
            {
                var id = EventFactory.Id("fta", code, (isUpgrade ? "upgrade-" : string.Empty) + slug, date);
                yield return new PolicyEvent
                {
                    Id = id,
                    Kind = kind,
                    Country = code,
                    Date = date,
                    AlternativeDates = alternatives.For(id, sources, DatasetSources.Fta),
                    Agreement = agreementName,
                    IsUpgrade = isUpgrade,
                    Title = title,
                    Note = date is null ? "No source read gives the date." : null,
                    SourceIds = EventFactory.Sources(row, DatasetSources.Fta, sources, alternatives, id),
                };
            }
        }
    }
}
