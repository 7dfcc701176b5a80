using System.ComponentModel;
using BriData.Cli.Arguments;
using BriData.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BriData.Cli.Commands;

/// <summary><c>bridata claims [--country C] [--verdict V]</c>: <see cref="ClaimChecks.CheckClaims"/> as a table.</summary>
internal sealed class ClaimsCommand(IAnsiConsole console) : Command<ClaimsCommand.Settings>
{
    /// <summary>Arguments of <c>claims</c>.</summary>
    internal sealed class Settings : QuerySettings
    {
        /// <summary>Only the claims about one state.</summary>
        [CommandOption("--country <COUNTRY>")]
        [Description("Only the claims about one state: ISO code or name")]
        public string? Country { get; init; }

        /// <summary>Only one verdict.</summary>
        [CommandOption("--verdict <VERDICT>")]
        [Description("Only one verdict: consistent, consistent-with-one-reporter, inconsistent or not-comparable")]
        public string? Verdict { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Verdict is not null && ParseVerdict(Verdict) is null
                ? ValidationResult.Error($"--verdict \"{Verdict}\" is not one of: consistent, consistent-with-one-reporter, inconsistent, not-comparable.")
                : ValidationResult.Success();
    }

    /// <summary>The verdict a command-line word names (case-insensitive, with or without the hyphen); null when none.</summary>
    internal static ClaimVerdict? ParseVerdict(string text) => text.ToLowerInvariant().Replace("-", string.Empty, StringComparison.Ordinal) switch
    {
        "consistent" => ClaimVerdict.Consistent,
        "consistentwithonereporter" => ClaimVerdict.ConsistentWithOneReporter,
        "inconsistent" => ClaimVerdict.Inconsistent,
        "notcomparable" => ClaimVerdict.NotComparable,
        _ => null,
    };

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var data = BriDataset.Default;
        var country = settings.Country is null ? null : CountryArgument.Resolve(data, settings.Country);
        var verdict = settings.Verdict is null ? null : ParseVerdict(settings.Verdict);
        var checks = data.CheckClaims()
            .Where(c => country is null || c.Claim.Country == country.Code)
            .Where(c => verdict is null || c.Verdict == verdict)
            .ToList();
        if (checks.Count == 0)
        {
            throw CliException.NotFound(
                $"No claims{(country is null ? string.Empty : $" about {country.Name} ({country.Code})")}{(verdict is null ? string.Empty : $" with the verdict {Display.Words(verdict.Value)}")} in the data.",
                "`bridata claims` lists all of them.");
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Claim").AddColumn("Country").AddColumn("Says").AddColumn("Data").AddColumn("Verdict");
        foreach (var check in checks)
        {
            table.AddRow(
                new Text(check.Claim.Id),
                new Text(check.Claim.Country?.Alpha3 ?? "region"),
                new Text(Claimed(check.Claim.Quantity)),
                new Text(check.ComputedValue is decimal v ? $"{Display.Number(v)} {check.ComputedUnit}" : Display.Missing),
                new Text(check.VerdictText, VerdictStyle(check.Verdict)));
        }

        var counts = string.Join(", ", Enum.GetValues<ClaimVerdict>()
            .Select(v => (Verdict: v, Count: checks.Count(c => c.Verdict == v)))
            .Where(x => x.Count > 0)
            .Select(x => $"{x.Count} {Display.Words(x.Verdict)}"));
        var answer = new Answer
        {
            Command = "claims",
            Title = $"{Display.Counted(checks.Count, "published claim")} checked against the data: {counts}",
            Body = [table],
            Notes =
            [
                "Consistent: within 5% of the claim's value, or on the right side of its bound, for every reporter with a figure; consistent with one reporter: the reporters disagree and the claim matches one of them only. Not comparable: the data cannot test it (a period or measure it does not hold). `bridata claims --json` gives each reason.",
            ],
            SourceIds = checks.SelectMany(c => c.Claim.SourceIds.Concat(c.SourceIds)),
            WriteResult = w =>
            {
                w.WriteStartArray();
                foreach (var check in checks)
                {
                    w.WriteStartObject();
                    w.WriteString("id", check.Claim.Id);
                    w.WriteString("country", check.Claim.Country?.Alpha3);
                    w.WriteString("topic", check.Claim.Topic.ToString());
                    w.WriteString("statement", check.Claim.Statement);
                    w.WriteString("claimed", check.Claim.Quantity.ToString());
                    w.WriteNumber("claimed_value", check.Claim.Quantity.Value);
                    w.WriteString("claimed_bound", check.Claim.Quantity.Bound.ToString());
                    w.WriteString("claimed_unit", check.Claim.Quantity.Unit.Symbol);
                    JsonFields.Decimal(w, "computed_value", check.ComputedValue);
                    w.WriteString("computed_unit", check.ComputedUnit?.Symbol);
                    w.WriteString("verdict", check.Verdict.ToString());
                    JsonFields.Strings(w, "matched_reporters", check.MatchedReporters.Select(r => r.ToString()));
                    w.WriteString("reason", check.Reason);
                    JsonFields.Strings(w, "claim_source_ids", check.Claim.SourceIds);
                    JsonFields.Strings(w, "data_source_ids", check.SourceIds);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            },
        };
        AnswerWriter.Write(console, data, answer, settings.Json);
        return ExitCodes.Ok;
    }

    /// <summary>A claim's quantity for the terminal: bound, value with group separators, unit, as-of date.</summary>
    internal static string Claimed(ClaimQuantity q)
    {
        var bound = q.Bound switch
        {
            QuantityBound.Exact => string.Empty,
            QuantityBound.MultipleOf => "multiples of ",
            _ => Display.Words(q.Bound) + " ",
        };
        return $"{bound}{Display.Number(q.Value)} {q.Unit}" + (q.AsOf is PartialDate d ? $" (as of {d})" : string.Empty);
    }

    private static Style VerdictStyle(ClaimVerdict verdict) => verdict switch
    {
        ClaimVerdict.Consistent => new Style(Color.Green),
        ClaimVerdict.Inconsistent => new Style(Color.Red),
        ClaimVerdict.ConsistentWithOneReporter => new Style(Color.Yellow),
        _ => new Style(Color.Grey),
    };
}
