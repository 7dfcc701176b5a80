using System.Globalization;
using System.Reflection;
using BriData.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BriData.Cli.Commands;

/// <summary><c>bridata about</c>: versions, record counts, the data sets cited and the licences of every source.</summary>
internal sealed class AboutCommand(IAnsiConsole console) : Command<QuerySettings>
{
    /// <summary>The version of the tool (its informational version without build metadata).</summary>
    internal static string ToolVersion
    {
        get
        {
            var version = typeof(AboutCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            var plus = version.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? version : version[..plus];
        }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, QuerySettings settings, CancellationToken cancellationToken)
    {
        var data = BriDataset.Default;
        var counts = data.RecordCounts;
        var versions = new Table().Border(TableBorder.Rounded).HideHeaders().AddColumn("What").AddColumn("Value");
        versions.AddTextRow("bridata tool", ToolVersion);
        versions.AddTextRow("BriData library", BriDataInfo.PackageVersion + (BriDataInfo.SourceRevision is string rev ? $" ({rev})" : string.Empty));
        versions.AddTextRow("Data release", $"{data.Version} of {data.Released}");
        versions.AddTextRow("Records", string.Join(", ", counts.Select(c => $"{c.Key} {Display.Count(c.Value)}")));
        versions.AddTextRow("Code licence", "MIT");

        var datasets = data.Sources.Where(s => s.Kind == SourceKind.Dataset).ToList();
        var table = new Table().Border(TableBorder.Rounded).Title("Data sets").AddColumn("Id").AddColumn("Publisher").AddColumn("Licence");
        foreach (var s in datasets)
        {
            table.AddTextRow(s.Id, s.Publisher, s.Licence);
        }

        var pages = data.Sources.Where(s => s.Kind != SourceKind.Dataset).ToList();
        var answer = new Answer
        {
            Command = "about",
            Title = "BriData: China–Latin America and Caribbean cooperation data, offline, every record with its sources",
            Body = [versions, table],
            Notes =
            [
                string.Create(CultureInfo.InvariantCulture, $"Besides the {datasets.Count} data sets, {pages.Count} web pages (news, official pages) are cited for single facts; no text from them is reproduced."),
                "The data keeps its sources' terms: AidData ODC-By 1.0, World Bank CC BY 4.0, IMF terms (redistribution with attribution), AEI's citation requirement. DATA-LICENSES.md in the repository and the package has them all.",
                "Years covered: " + data.Coverage + ". Outside them a question is refused or answered as not covered, never as zero.",
            ],
            SourceIds = datasets.Select(s => s.Id),
            WriteResult = w =>
            {
                w.WriteStartObject();
                w.WriteString("tool_version", ToolVersion);
                w.WriteString("library_version", BriDataInfo.PackageVersion);
                w.WriteString("source_revision", BriDataInfo.SourceRevision);
                w.WriteString("data_released", data.Released.ToString());
                w.WriteStartObject("record_counts");
                foreach (var (set, count) in counts)
                {
                    w.WriteNumber(set.Replace('-', '_'), count);
                }

                w.WriteEndObject();
                w.WriteStartArray("licences");
                foreach (var group in data.Sources.GroupBy(s => s.Licence, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
                {
                    w.WriteStartObject();
                    w.WriteString("licence", group.Key);
                    w.WriteNumber("sources", group.Count());
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
