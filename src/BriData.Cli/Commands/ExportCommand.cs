using System.ComponentModel;
using BriData.Cli.Arguments;
using BriData.Cli.Output;
using BriData.Parquet;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BriData.Cli.Commands;

/// <summary>
/// <c>bridata export [--format csv|jsonl|json|parquet] DIR</c>: <see cref="BriDataset.Save"/> or
/// <see cref="ParquetExport.WriteAllAsync"/> into a folder, listing the files written.
/// </summary>
internal sealed class ExportCommand(IAnsiConsole console) : AsyncCommand<ExportCommand.Settings>
{
    /// <summary>Arguments of <c>export</c>.</summary>
    internal sealed class Settings : QuerySettings
    {
        /// <summary>The folder to write into.</summary>
        [CommandArgument(0, "<DIR>")]
        [Description("The folder to write into (created when missing; files of the same names are replaced, others left alone)")]
        public string Directory { get; init; } = string.Empty;

        /// <summary>The file format.</summary>
        [CommandOption("-f|--format <FORMAT>")]
        [Description("The file format: " + ExportFormats.Choices + " (default csv)")]
        public string Format { get; init; } = "csv";

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            if (ExportFormats.TryParse(Format) is null)
            {
                return ValidationResult.Error($"--format \"{Format}\" is not one of: {ExportFormats.Choices}.");
            }

            if (string.IsNullOrWhiteSpace(Directory))
            {
                return ValidationResult.Error("The folder is empty; give a folder to write into, for example `bridata export --format csv bridata-csv`.");
            }

            return File.Exists(Directory)
                ? ValidationResult.Error($"\"{Directory}\" is a file, not a folder; give a folder to write into.")
                : ValidationResult.Success();
        }
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var data = BriDataset.Default;
        var format = ExportFormats.TryParse(settings.Format)!.Value;
        var folder = Path.GetFullPath(settings.Directory);
        List<string> written;
        if (format == ExportFormat.Parquet)
        {
            var files = await ParquetExport.WriteAllAsync(data, folder, cancellationToken).ConfigureAwait(false);
            written = files.Select(f => f.Path).ToList();
        }
        else
        {
            data.Save(folder, format switch
            {
                ExportFormat.Csv => DataFileFormat.Csv,
                ExportFormat.JsonLines => DataFileFormat.JsonLines,
                _ => DataFileFormat.Json,
            });
            var extension = ExportFormats.Extension(format);
            written = System.IO.Directory.EnumerateFiles(folder)
                .Where(f => f.EndsWith(extension, StringComparison.Ordinal) || string.Equals(Path.GetFileName(f), "manifest.json", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .ToList();
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumn("File").AddColumn(new TableColumn("Bytes").RightAligned());
        foreach (var file in written)
        {
            table.AddTextRow(Path.GetFileName(file), Display.Count(new FileInfo(file).Length));
        }

        var answer = new Answer
        {
            Command = "export",
            Title = $"Wrote {written.Count} {settings.Format.ToLowerInvariant()} files to {folder}",
            Body = [table],
            Notes =
            [
                "The data keeps its sources' terms (AidData ODC-By 1.0, World Bank CC BY 4.0, IMF terms, AEI's citation requirement): cite the sources of the rows you use (source_ids → sources). `bridata about` lists them.",
            ],
            SourceIds = [],
            SourcesNote = $"every row of the files names its sources (source_ids); the sources file holds all {data.Sources.Count} with their citations and licences",
            WriteResult = w =>
            {
                w.WriteStartObject();
                w.WriteString("format", format.ToString());
                w.WriteString("directory", folder);
                w.WriteStartArray("files");
                foreach (var file in written)
                {
                    w.WriteStartObject();
                    w.WriteString("name", Path.GetFileName(file));
                    w.WriteNumber("size_bytes", new FileInfo(file).Length);
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
