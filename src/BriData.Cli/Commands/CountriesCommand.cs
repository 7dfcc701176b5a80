using BriData.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BriData.Cli.Commands;

/// <summary><c>bridata countries</c>: every country covered, with today's status from <see cref="StatusQueries.StatusOfLac"/>.</summary>
internal sealed class CountriesCommand(IAnsiConsole console) : Command<QuerySettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, QuerySettings settings, CancellationToken cancellationToken)
    {
        var data = BriDataset.Default;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var statuses = data.StatusOfLac(today).ToDictionary(s => s.Country);
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Code").AddColumn("Name").AddColumn("Spanish / Portuguese").AddColumn("Subregion").AddColumn("Relations").AddColumn("Belt and Road");
        foreach (var c in data.Countries)
        {
            statuses.TryGetValue(c.Code, out var s);
            table.AddTextRow(
                c.Code.Alpha3,
                c.Name,
                LocalName(c),
                c.IntermediateRegion ?? c.Subregion,
                s is null ? "–" : StatusWords.Of(s.Recognition),
                s is null ? "–" : StatusWords.Of(s.Bri));
        }

        var answer = new Answer
        {
            Command = "countries",
            Title = $"{data.Countries.Count} countries: {data.Countries.LatinAmericaAndCaribbean.Count()} Latin American and Caribbean states and China; status as of {Display.Day(today)}",
            Body = [table],
            Notes = ["Any code (PER, pe, 604) or name in English, Spanish, Portuguese or Chinese works as a COUNTRY argument."],
            SourceIds = data.Countries.SelectMany(c => c.SourceIds).Concat(statuses.Values.SelectMany(s => s.Events.SelectMany(e => e.SourceIds))),
            WriteResult = w =>
            {
                w.WriteStartArray();
                foreach (var c in data.Countries)
                {
                    statuses.TryGetValue(c.Code, out var s);
                    w.WriteStartObject();
                    w.WriteString("code", c.Code.Alpha3);
                    w.WriteString("alpha2", c.Alpha2);
                    w.WriteNumber("numeric", c.Numeric);
                    w.WriteString("name", c.Name);
                    w.WriteString("name_es", c.Names.Spanish);
                    w.WriteString("name_pt", c.Names.Portuguese);
                    w.WriteString("name_zh", c.Names.Chinese);
                    w.WriteString("subregion", c.IntermediateRegion ?? c.Subregion);
                    w.WriteBoolean("is_lac", c.IsLatinAmericaAndCaribbean);
                    w.WriteString("status_as_of", s is null ? null : Display.Day(today));
                    w.WriteString("recognition", s?.Recognition.ToString());
                    w.WriteString("bri", s?.Bri.ToString());
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            },
        };
        AnswerWriter.Write(console, data, answer, settings.Json);
        return ExitCodes.Ok;
    }

    private static string LocalName(Country c) =>
        string.Equals(c.Names.Spanish, c.Names.Portuguese, StringComparison.Ordinal) ? c.Names.Spanish : $"{c.Names.Spanish} / {c.Names.Portuguese}";
}
