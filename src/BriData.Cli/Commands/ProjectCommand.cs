using System.ComponentModel;
using BriData.Cli.Arguments;
using BriData.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BriData.Cli.Commands;

/// <summary><c>bridata project ID-OR-NAME</c>: one flagship project with its milestones, measures and links.</summary>
internal sealed class ProjectCommand(IAnsiConsole console) : Command<ProjectCommand.Settings>
{
    /// <summary>Arguments of <c>project</c>.</summary>
    internal sealed class Settings : QuerySettings
    {
        /// <summary>An id or words of the name.</summary>
        [CommandArgument(0, "<ID-OR-NAME>")]
        [Description("The project's id (chancay-port) or words of its name (chancay, \"puerto de chancay\")")]
        public string Query { get; init; } = string.Empty;
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var data = BriDataset.Default;
        if (string.IsNullOrWhiteSpace(settings.Query))
        {
            throw CliException.Usage("The project is empty.", "Give an id or a word of its name, for example `bridata project chancay`; `bridata search TEXT` finds names.");
        }

        var matches = ProjectFinder.Find(data, settings.Query);
        if (matches.Count == 0)
        {
            var near = ProjectFinder.Suggest(data, settings.Query);
            throw CliException.NotFound(
                $"No flagship project matches \"{settings.Query}\".",
                near.Count > 0
                    ? "Did you mean: " + string.Join(", ", near.Select(p => $"{p.Id} ({p.Name})")) + "?"
                    : $"The data holds {data.Projects.Count} flagship projects; `bridata search TEXT` looks through their names.");
        }

        if (matches.Count > 1)
        {
            throw CliException.Usage(
                $"\"{settings.Query}\" matches {matches.Count} projects: " + string.Join(", ", matches.Select(p => $"{p.Id} ({p.Name})")) + ".",
                $"Give one id, for example `bridata project {matches[0].Id}`.");
        }

        AnswerWriter.Write(console, data, Build(data, matches[0]), settings.Json);
        return ExitCodes.Ok;
    }

    private static Answer Build(BriDataset data, FlagshipProject p)
    {
        var country = data.Countries.Get(p.Country);
        var facts = new Table().Border(TableBorder.Rounded).HideHeaders().AddColumn("Field").AddColumn("Value");
        void Fact(string label, string? value) => facts.AddRow(new Text(label, new Style(decoration: Decoration.Bold)), new Text(value ?? Display.Missing));
        Fact("Id", p.Id);
        Fact("Local name", p.LocalName);
        Fact("Country", $"{country.Name} ({country.Code})");
        Fact("Kind", Display.Words(p.Kind));
        Fact("Status", Display.Words(p.Status));
        Fact("Belt and Road project", p.IsBri switch { true => "yes", false => "no", null => "not stated" });
        Fact("Owner", p.Owner);
        Fact("Builders", p.Builders.Count == 0 ? null : string.Join(", ", p.Builders));
        Fact("Financiers", p.Financiers.Count == 0 ? null : string.Join(", ", p.Financiers));
        Fact("Cost", p.Cost is ProjectCost cost ? CostText(cost) : null);
        Fact("Summary", p.Summary);
        Fact("Linked records", $"{p.FinanceRecordIds.Count} AidData finance, {p.InvestmentRecordIds.Count} AEI investment");

        var body = new List<Spectre.Console.Rendering.IRenderable> { facts };
        if (p.Milestones.Count > 0)
        {
            var milestones = new Table().Border(TableBorder.Rounded).Title("Milestones").AddColumn("Date").AddColumn("What").AddColumn("Note");
            foreach (var m in p.Milestones.OrderBy(m => m.Date.Start))
            {
                milestones.AddRow(new Text(Display.Date(m.Date)), new Text(Display.Words(m.Kind)), new Text(m.Note ?? string.Empty));
            }

            body.Add(milestones);
        }

        if (p.Measures.Count > 0)
        {
            var measures = new Table().Border(TableBorder.Rounded).Title("Measures").AddColumn("Measure").AddColumn(new TableColumn("Value").RightAligned()).AddColumn("Unit");
            foreach (var m in p.Measures)
            {
                measures.AddRow(new Text(m.Label), new Text(BoundWord(m.Bound) + Display.Number(m.Value)), new Text(m.Unit.Symbol));
            }

            body.Add(measures);
        }

        var sourceIds = p.SourceIds
            .Concat(p.Milestones.SelectMany(m => m.SourceIds))
            .Concat(p.Measures.SelectMany(m => m.SourceIds))
            .Concat(p.Cost?.SourceIds ?? []);
        return new Answer
        {
            Command = "project",
            Title = $"{p.Name}",
            Body = body,
            Notes = p.InvestmentRecordIds.Count > 0
                ? ["AEI rows carry no project names: links from a project to them are inferences where the data marks them so."]
                : [],
            SourceIds = sourceIds,
            WriteResult = w =>
            {
                w.WriteStartObject();
                w.WriteString("id", p.Id);
                w.WriteString("name", p.Name);
                w.WriteString("local_name", p.LocalName);
                w.WritePropertyName("country");
                JsonFields.Country(w, country);
                w.WriteString("kind", p.Kind.ToString());
                w.WriteString("status", p.Status.ToString());
                if (p.IsBri is bool bri)
                {
                    w.WriteBoolean("is_bri", bri);
                }
                else
                {
                    w.WriteNull("is_bri");
                }

                w.WriteString("owner", p.Owner);
                JsonFields.Strings(w, "builders", p.Builders);
                JsonFields.Strings(w, "financiers", p.Financiers);
                if (p.Cost is ProjectCost c)
                {
                    w.WriteStartObject("cost");
                    w.WriteNumber("amount_usd", c.Amount.AmountUsd);
                    w.WriteString("basis", c.Amount.Basis.ToString());
                    if (c.Amount.PriceYear is int year)
                    {
                        w.WriteNumber("price_year", year);
                    }
                    else
                    {
                        w.WriteNull("price_year");
                    }

                    w.WriteString("bound", c.Bound.ToString());
                    w.WriteString("note", c.Note);
                    JsonFields.Strings(w, "source_ids", c.SourceIds);
                    w.WriteEndObject();
                }
                else
                {
                    w.WriteNull("cost");
                }

                w.WriteString("summary", p.Summary);
                w.WriteStartArray("milestones");
                foreach (var m in p.Milestones)
                {
                    w.WriteStartObject();
                    w.WriteString("date", m.Date.ToString());
                    w.WriteString("kind", m.Kind.ToString());
                    w.WriteString("note", m.Note);
                    JsonFields.Strings(w, "source_ids", m.SourceIds);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteStartArray("measures");
                foreach (var m in p.Measures)
                {
                    w.WriteStartObject();
                    w.WriteString("label", m.Label);
                    w.WriteNumber("value", m.Value);
                    w.WriteString("unit", m.Unit.Symbol);
                    w.WriteString("bound", m.Bound.ToString());
                    JsonFields.Strings(w, "source_ids", m.SourceIds);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteStartArray("finance_record_ids");
                foreach (var id in p.FinanceRecordIds)
                {
                    w.WriteNumberValue(id);
                }

                w.WriteEndArray();
                JsonFields.Strings(w, "investment_record_ids", p.InvestmentRecordIds);
                JsonFields.Strings(w, "source_ids", p.SourceIds);
                w.WriteEndObject();
            },
        };
    }

    private static string CostText(ProjectCost cost) => BoundWord(cost.Bound) + cost.Amount.ToString();

    private static string BoundWord(QuantityBound bound) => bound switch
    {
        QuantityBound.Exact => string.Empty,
        QuantityBound.MultipleOf => "multiples of ",
        _ => Display.Words(bound) + " ",
    };
}
