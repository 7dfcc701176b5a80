using System.ComponentModel;
using BriData.Cli.Arguments;
using BriData.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BriData.Cli.Commands;

/// <summary><c>bridata timeline COUNTRY [--from YEAR] [--to YEAR]</c>: a state's policy events in date order.</summary>
internal sealed class TimelineCommand(IAnsiConsole console) : Command<TimelineCommand.Settings>
{
    /// <summary>Arguments of <c>timeline</c>.</summary>
    internal sealed class Settings : QuerySettings
    {
        /// <summary>The state: code or name.</summary>
        [CommandArgument(0, "<COUNTRY>")]
        [Description("A Latin American or Caribbean state: ISO code (PER) or name (Peru, Perú)")]
        public string Country { get; init; } = string.Empty;

        /// <summary>First year shown.</summary>
        [CommandOption("--from <YEAR>")]
        [Description("First year shown (default: the first event)")]
        public int? From { get; init; }

        /// <summary>Last year shown.</summary>
        [CommandOption("--to <YEAR>")]
        [Description("Last year shown (default: the last event)")]
        public int? To { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            YearRange.Problem(From, To) is string problem ? ValidationResult.Error(problem) : ValidationResult.Success();
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var data = BriDataset.Default;
        var country = CountryArgument.ResolveLac(data, settings.Country, "a timeline");
        var all = data.Events.InCountry(country.Code).ToList();
        var events = all
            .Where(e => e.Date is PartialDate d ? (settings.From is null || d.Year >= settings.From) && (settings.To is null || d.Year <= settings.To) : settings.From is null && settings.To is null)
            .OrderBy(e => e.Date is PartialDate d ? d.Start : DateOnly.MaxValue)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        if (events.Count == 0)
        {
            throw all.Count == 0
                ? CliException.NotFound($"The data holds no policy events for {country.Name} ({country.Code}).", "`bridata status " + country.Code + "` still answers (unknown where no event is recorded).")
                : CliException.NotFound(
                    $"No events for {country.Name} ({country.Code}) in the years asked; its {all.Count} events run from {all.Where(e => e.Date is not null).Min(e => e.Date!.Value.Year)} to {all.Where(e => e.Date is not null).Max(e => e.Date!.Value.Year)}.",
                    "Widen --from / --to, or leave them out.");
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Date").AddColumn("Track").AddColumn("What").AddColumn("Event");
        foreach (var e in events)
        {
            table.AddRow(
                new Text(Display.Date(e.Date)),
                new Text(Display.Words(e.Track)),
                new Text(Display.Words(e.Kind)),
                new Text(e.Title));
        }

        var notes = new List<string>
        {
            "Events cover relations with the PRC and Taipei, Belt and Road documents, free trade agreements, the AIIB and the China–CELAC Forum; each row holds what its cited pages say.",
        };
        if (events.Any(e => e.AlternativeDates.Count > 0))
        {
            notes.Add("Some events have other dates in other sources; --json lists them (alternative_dates).");
        }

        var answer = new Answer
        {
            Command = "timeline",
            Title = $"{country.Name} ({country.Code}): {Display.Counted(events.Count, "policy event")}",
            Body = [table],
            Notes = notes,
            SourceIds = events.SelectMany(e => e.SourceIds),
            WriteResult = w =>
            {
                w.WriteStartObject();
                w.WritePropertyName("country");
                JsonFields.Country(w, country);
                w.WriteStartArray("events");
                foreach (var e in events)
                {
                    JsonFields.Event(w, e);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            },
        };
        AnswerWriter.Write(console, data, answer, settings.Json);
        return ExitCodes.Ok;
    }
}
