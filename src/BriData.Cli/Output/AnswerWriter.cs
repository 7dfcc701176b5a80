using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;

namespace BriData.Cli.Output;

/// <summary>
/// Prints an <see cref="Answer"/>: in the terminal as heading, tables, notes and the sources cited; with
/// <c>--json</c> as one indented JSON object with stable snake_case keys (<c>command</c>, <c>package_version</c>,
/// <c>data_version</c>, <c>result</c>, <c>notes</c>, <c>sources</c>) and invariant, unrounded numbers.
/// </summary>
internal static class AnswerWriter
{
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Prints <paramref name="answer"/> to <paramref name="console"/> as a table or as JSON.</summary>
    public static void Write(IAnsiConsole console, BriDataset data, Answer answer, bool json)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(answer);
        var sources = SourceList.Resolve(data, answer.SourceIds);
        if (json)
        {
            WriteJson(console, data, answer, sources);
            return;
        }

        console.Write(new Text(answer.Title, new Style(decoration: Decoration.Bold)));
        console.WriteLine();
        foreach (var part in answer.Body)
        {
            console.Write(part);
        }

        foreach (var note in answer.Notes)
        {
            console.Write(new Text("Note: " + note, new Style(Color.Yellow)));
            console.WriteLine();
        }

        if (sources.Count == 0 && answer.SourcesNote is not null)
        {
            console.Write(new Text($"Sources: {answer.SourcesNote}. BriData data release {data.Version}.", new Style(decoration: Decoration.Dim)));
            console.WriteLine();
            return;
        }

        WriteSourcesFooter(console, data, sources);
    }

    /// <summary>Writes the sources cited and the data release, one source a line, dimmed.</summary>
    public static void WriteSourcesFooter(IAnsiConsole console, BriDataset data, IReadOnlyList<(string Id, Source? Source)> sources)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(sources);
        var dim = new Style(decoration: Decoration.Dim);
        console.Write(new Text($"Sources ({sources.Count}), BriData data release {data.Version}:", dim));
        console.WriteLine();
        foreach (var (id, source) in sources)
        {
            console.Write(new Text($"  [{id}] {ShortCitation(source)}", dim));
            console.WriteLine();
        }
    }

    /// <summary>
    /// One short line for a source in the terminal: publisher and title for a data set, the page address for a web
    /// page (its title is only a label). The JSON output carries the full citation.
    /// </summary>
    public static string ShortCitation(Source? source) => source switch
    {
        null => "(not in the source list)",
        { Kind: SourceKind.Dataset } => $"{source.Publisher}: {source.Title}",
        _ => source.Address,
    };

    private static void WriteJson(IAnsiConsole console, BriDataset data, Answer answer, IReadOnlyList<(string Id, Source? Source)> sources)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("command", answer.Command);
            writer.WriteString("package_version", BriDataInfo.PackageVersion);
            writer.WriteString("data_version", data.Version);
            writer.WritePropertyName("result");
            answer.WriteResult(writer);
            writer.WriteStartArray("notes");
            foreach (var note in answer.Notes)
            {
                writer.WriteStringValue(note);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("sources");
            foreach (var (id, source) in sources)
            {
                JsonFields.Source(writer, id, source);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        WriteRaw(console, Encoding.UTF8.GetString(buffer.ToArray()) + "\n");
    }

    /// <summary>Writes text to the console's output unchanged: no markup, no wrapping to the terminal width.</summary>
    public static void WriteRaw(IAnsiConsole console, string text)
    {
        ArgumentNullException.ThrowIfNull(console);
        console.Profile.Out.Writer.Write(text);
        console.Profile.Out.Writer.Flush();
    }
}
