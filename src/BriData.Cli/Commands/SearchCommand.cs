using System.ComponentModel;
using BriData.Cli.Arguments;
using BriData.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BriData.Cli.Commands;

/// <summary>
/// <c>bridata search TEXT</c>: countries (the library's ranked <see cref="CountryCollection.Search"/>), flagship
/// projects and policy events whose id, name or title contain every word of the text.
/// </summary>
internal sealed class SearchCommand(IAnsiConsole console) : Command<SearchCommand.Settings>
{
    /// <summary>Arguments of <c>search</c>.</summary>
    internal sealed class Settings : QuerySettings
    {
        /// <summary>What to look for.</summary>
        [CommandArgument(0, "<TEXT>")]
        [Description("Words to look for in country names, project names and event titles (any case, accents optional)")]
        public string Text { get; init; } = string.Empty;

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(TextMatch.Fold(Text))
                ? ValidationResult.Error("The search text has no letters or digits; give a word, for example `bridata search port`.")
                : ValidationResult.Success();
    }

    private sealed record Hit(string Kind, string Id, string Name, string? Country, IReadOnlyList<string> SourceIds);

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var data = BriDataset.Default;
        var hits = new List<Hit>();
        hits.AddRange(data.Countries.Search(settings.Text, 5)
            .Where(m => m.Score >= 60)
            .Select(m => new Hit("country", m.Country.Code.Alpha3, m.Country.Name, m.Country.Code.Alpha3, m.Country.SourceIds)));
        hits.AddRange(data.Projects
            .Where(p => TextMatch.ContainsAllWords(settings.Text, p.Id, p.Name, p.LocalName))
            .Select(p => new Hit("project", p.Id, p.Name, p.Country.Alpha3, p.SourceIds)));
        hits.AddRange(data.Events
            .Where(e => TextMatch.ContainsAllWords(settings.Text, e.Id, e.Title, e.Agreement))
            .Select(e => new Hit("event", e.Id, $"{Display.Date(e.Date)} {e.Title}", e.Country?.Alpha3, e.SourceIds)));
        if (hits.Count == 0)
        {
            throw CliException.NotFound($"Nothing in the data matches \"{settings.Text}\".", "Try one word, a country code, or `bridata countries`.");
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumn("Kind").AddColumn("Id").AddColumn("Name").AddColumn("Country");
        foreach (var hit in hits)
        {
            table.AddTextRow(hit.Kind, hit.Id, hit.Name, hit.Country ?? "region");
        }

        var answer = new Answer
        {
            Command = "search",
            Title = $"{(hits.Count == 1 ? "1 match" : $"{hits.Count} matches")} for \"{settings.Text}\"",
            Body = [table],
            Notes = ["`bridata project ID`, `bridata status CODE` and `bridata timeline CODE` show more."],
            SourceIds = hits.SelectMany(h => h.SourceIds),
            WriteResult = w =>
            {
                w.WriteStartArray();
                foreach (var hit in hits)
                {
                    w.WriteStartObject();
                    w.WriteString("kind", hit.Kind);
                    w.WriteString("id", hit.Id);
                    w.WriteString("name", hit.Name);
                    w.WriteString("country", hit.Country);
                    JsonFields.Strings(w, "source_ids", hit.SourceIds);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            },
        };
        AnswerWriter.Write(console, data, answer, settings.Json);
        return ExitCodes.Ok;
    }
}
