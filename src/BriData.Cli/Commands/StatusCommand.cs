using System.ComponentModel;
using BriData.Cli.Arguments;
using BriData.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BriData.Cli.Commands;

/// <summary><c>bridata status COUNTRY [--as-of DAY]</c>: <see cref="StatusQueries.StatusOf"/> as a table.</summary>
internal sealed class StatusCommand(IAnsiConsole console) : Command<StatusCommand.Settings>
{
    /// <summary>Arguments of <c>status</c>.</summary>
    internal sealed class Settings : QuerySettings
    {
        /// <summary>The state: code or name.</summary>
        [CommandArgument(0, "<COUNTRY>")]
        [Description("A Latin American or Caribbean state: ISO code (PAN, pa, 591) or name (Panama, Panamá)")]
        public string Country { get; init; } = string.Empty;

        /// <summary>The day, yyyy-MM-dd; today (UTC) when omitted.</summary>
        [CommandOption("--as-of <DAY>")]
        [Description("The day to answer for, yyyy-MM-dd (default: today, UTC)")]
        public string? AsOf { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            AsOf is not null && DayArgument.TryParse(AsOf) is null
                ? ValidationResult.Error($"--as-of \"{AsOf}\" is not a day in the form yyyy-MM-dd (for example 2025-03-01).")
                : ValidationResult.Success();
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var data = BriDataset.Default;
        var country = CountryArgument.ResolveLac(data, settings.Country, "status");
        var day = settings.AsOf is null ? DateOnly.FromDateTime(DateTime.UtcNow) : DayArgument.TryParse(settings.AsOf)!.Value;
        var status = data.StatusOf(country.Code, day);
        AnswerWriter.Write(console, data, Build(data, country, status), settings.Json);
        return ExitCodes.Ok;
    }

    private static Answer Build(BriDataset data, Country country, CountryStatus status)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Track").AddColumn("Status").AddColumn("Since").AddColumn("Latest event counted");
        AddTrack(table, status, PolicyTrack.DiplomaticRelations, "Relations", StatusWords.Of(status.Recognition));
        AddTrack(table, status, PolicyTrack.BeltAndRoad, "Belt and Road", StatusWords.Of(status.Bri));
        AddTrack(table, status, PolicyTrack.FreeTrade, "Free trade with China", StatusWords.Of(status.Fta)
            + (status.FtaUpgrade == FtaStage.None ? string.Empty : $"; upgrade: {StatusWords.Of(status.FtaUpgrade)}"));
        AddTrack(table, status, PolicyTrack.Aiib, "AIIB", StatusWords.Of(status.Aiib));

        var notes = new List<string>();
        foreach (var track in status.UncertainTracks)
        {
            notes.Add($"{Display.Words(track)}: an event's date is known only to the month or year and may fall after {Display.Day(status.AsOf)}; it is counted as not yet happened.");
        }

        if (status.AsOf > data.Released.End)
        {
            notes.Add($"The data release {data.Version} is of {data.Released}: events after it are not in the data.");
        }

        return new Answer
        {
            Command = "status",
            Title = $"{country.Name} ({country.Code}) as of {Display.Day(status.AsOf)}: {Display.Counted(status.Events.Count, "dated event")} counted",
            Body = [table],
            Notes = notes,
            SourceIds = status.Events.SelectMany(e => e.SourceIds),
            WriteResult = w =>
            {
                w.WriteStartObject();
                w.WritePropertyName("country");
                JsonFields.Country(w, country);
                w.WriteString("as_of", Display.Day(status.AsOf));
                w.WriteString("recognition", status.Recognition.ToString());
                w.WriteBoolean("has_relations_with_prc", status.HasRelationsWithPrc);
                w.WriteBoolean("recognises_taipei", status.RecognisesTaipei);
                w.WriteString("bri", status.Bri.ToString());
                w.WriteBoolean("is_bri_member", status.IsBriMember);
                w.WriteString("fta", status.Fta.ToString());
                w.WriteString("fta_upgrade", status.FtaUpgrade.ToString());
                w.WriteString("aiib", status.Aiib.ToString());
                JsonFields.Strings(w, "uncertain_tracks", status.UncertainTracks.Select(t => t.ToString()));
                w.WriteStartArray("events_counted");
                foreach (var e in status.Events)
                {
                    JsonFields.Event(w, e);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            },
        };
    }

    private static void AddTrack(Table table, CountryStatus status, PolicyTrack track, string label, string value)
    {
        var latest = status.Events.LastOrDefault(e => e.Track == track);
        table.AddRow(
            new Text(label),
            new Text(value, new Style(decoration: Decoration.Bold)),
            new Text(Display.Date(latest?.Date)),
            new Text(latest?.Title ?? Display.Missing));
    }
}
