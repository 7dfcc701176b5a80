using System.ComponentModel;
using BriData.Cli.Arguments;
using BriData.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BriData.Cli.Commands;

/// <summary>
/// <c>bridata trade COUNTRY [--from YEAR] [--to YEAR] [--reporter partner|china|mirror]</c>: the yearly series of
/// <see cref="TradeMetrics.BilateralTradeByYear"/> with <see cref="TradeMetrics.ChinaShareOfExportsPercent"/>.
/// </summary>
internal sealed class TradeCommand(IAnsiConsole console) : Command<TradeCommand.Settings>
{
    /// <summary>Arguments of <c>trade</c>.</summary>
    internal sealed class Settings : QuerySettings
    {
        /// <summary>The state: code or name.</summary>
        [CommandArgument(0, "<COUNTRY>")]
        [Description("A Latin American or Caribbean state: ISO code (PER) or name (Peru, Perú)")]
        public string Country { get; init; } = string.Empty;

        /// <summary>First year shown.</summary>
        [CommandOption("--from <YEAR>")]
        [Description("First year shown (default: the first year with data)")]
        public int? From { get; init; }

        /// <summary>Last year shown.</summary>
        [CommandOption("--to <YEAR>")]
        [Description("Last year shown (default: the last year with data)")]
        public int? To { get; init; }

        /// <summary>Whose statistics.</summary>
        [CommandOption("--reporter <WHO>")]
        [Description("Whose statistics: " + ReporterArgument.Choices + "; default partner")]
        public string Reporter { get; init; } = "partner";

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            if (ReporterArgument.TryParse(Reporter) is null)
            {
                return ValidationResult.Error($"--reporter \"{Reporter}\" is not one of: {ReporterArgument.Choices}.");
            }

            return YearRange.Problem(From, To) is string problem ? ValidationResult.Error(problem) : ValidationResult.Success();
        }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var data = BriDataset.Default;
        var country = CountryArgument.ResolveLac(data, settings.Country, "trade with China");
        var reporter = ReporterArgument.TryParse(settings.Reporter)!.Value;
        var all = data.BilateralTradeByYear(country.Code, reporter);
        var lastYearInData = data.Trade.Count == 0 ? (int?)null : data.Trade.Max(t => t.Year);
        if (all.Count == 0)
        {
            throw CliException.NotFound($"The data holds no trade between {country.Name} ({country.Code}) and China.");
        }

        var first = all[0].Year;
        var last = all[^1].Year;
        var rows = all.Where(t => (settings.From is null || t.Year >= settings.From) && (settings.To is null || t.Year <= settings.To)).ToList();
        if (rows.Count == 0)
        {
            throw CliException.NotFound(
                $"No trade data for {country.Name} ({country.Code}) in {settings.From?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "…"}–{settings.To?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "…"}: its series runs from {first} to {last} (IMF DOTS; the data ends in {lastYearInData}).",
                $"Try `bridata trade {country.Code} --from {Math.Max(first, last - 10)}`.");
        }

        var shares = data.ChinaShareOfExportsSeriesPercent(country.Code);
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Year")
            .AddColumn(new TableColumn("Exports to China").RightAligned())
            .AddColumn(new TableColumn("Imports from China").RightAligned())
            .AddColumn(new TableColumn("Total").RightAligned())
            .AddColumn(new TableColumn("Balance").RightAligned())
            .AddColumn(new TableColumn("China's share of exports").RightAligned());
        table.Caption("USD millions, nominal (of each year); share in percent of the state's exports to the World, from its own statistics");
        foreach (var t in rows)
        {
            table.AddTextRow(
                (t.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + (t.IsEstimate ? "*" : string.Empty)),
                Display.UsdMillions(t.ExportsToChina?.AmountUsdMillions),
                Display.UsdMillions(t.ImportsFromChina?.AmountUsdMillions),
                Display.UsdMillions(t.Total?.AmountUsdMillions),
                Display.UsdMillions(t.Balance?.AmountUsdMillions),
                Display.Percent(shares.ValueIn(t.Year)));
        }

        var notes = new List<string>();
        if (settings.To is int to && to > last)
        {
            notes.Add($"The trade data ends in {last} for {country.Name} (IMF DOTS as available here; newer figures cannot be redistributed): {last + 1}–{to} are not shown.");
        }
        else if (settings.To is null)
        {
            notes.Add($"The trade data ends in {last} for {country.Name} (IMF DOTS as available here; newer figures cannot be redistributed).");
        }

        if (settings.From is int from && from < first)
        {
            notes.Add($"{country.Name}'s trade series with China starts in {first}.");
        }

        if (rows.Any(t => !t.IsComplete) || rows.Any(t => shares.ValueIn(t.Year) is null))
        {
            notes.Add($"{Display.Missing} = not reported (missing, not zero).");
        }

        if (rows.Any(t => t.IsEstimate))
        {
            notes.Add("* = includes an IMF estimate rather than the reporter's own figure.");
        }

        var answer = new Answer
        {
            Command = "trade",
            Title = $"{country.Name} ({country.Code}) goods trade with China, {rows[0].Year}–{rows[^1].Year}, {ReporterArgument.Describe(reporter, country)}",
            Body = [table],
            Notes = notes,
            SourceIds = rows.SelectMany(t => t.SourceIds).Concat(shares.SourceIds),
            WriteResult = w =>
            {
                w.WriteStartObject();
                w.WritePropertyName("country");
                JsonFields.Country(w, country);
                w.WriteString("reporter", reporter.ToString());
                w.WriteString("unit", "USD millions (nominal)");
                w.WriteString("share_unit", "percent");
                w.WriteNumber("first_year_in_data", first);
                w.WriteNumber("last_year_in_data", last);
                w.WriteStartArray("years");
                foreach (var t in rows)
                {
                    w.WriteStartObject();
                    w.WriteNumber("year", t.Year);
                    JsonFields.Decimal(w, "exports_to_china_usd_millions", t.ExportsToChina?.AmountUsdMillions);
                    JsonFields.Decimal(w, "imports_from_china_usd_millions", t.ImportsFromChina?.AmountUsdMillions);
                    JsonFields.Decimal(w, "total_usd_millions", t.Total?.AmountUsdMillions);
                    JsonFields.Decimal(w, "balance_usd_millions", t.Balance?.AmountUsdMillions);
                    JsonFields.Decimal(w, "china_share_of_exports_percent", shares.ValueIn(t.Year));
                    w.WriteBoolean("is_estimate", t.IsEstimate);
                    JsonFields.Strings(w, "source_ids", t.SourceIds);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            },
        };
        AnswerWriter.Write(console, data, answer, settings.Json);
        return ExitCodes.Ok;
    }
}
