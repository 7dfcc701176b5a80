using System.Text.Json;
using Spectre.Console.Rendering;

namespace BriData.Cli.Output;

/// <summary>
/// What a query command found, in both of its forms: renderables for the terminal and a JSON writer for scripts,
/// with the notes on coverage and the ids of the sources behind it. <see cref="AnswerWriter"/> prints it.
/// </summary>
internal sealed class Answer
{
    /// <summary>The command's name, for example <c>status</c> (the <c>command</c> key of the JSON output).</summary>
    public required string Command { get; init; }

    /// <summary>A one-line heading for the terminal, plain text (no markup).</summary>
    public required string Title { get; init; }

    /// <summary>Tables and lines shown under the heading.</summary>
    public required IReadOnlyList<IRenderable> Body { get; init; }

    /// <summary>Notes on coverage and caveats (for example where the data stops), plain text; empty when none.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The ids of the sources of every value shown, in any order, repeats allowed.</summary>
    public required IEnumerable<string> SourceIds { get; init; }

    /// <summary>Said instead of a source list when <see cref="SourceIds"/> is empty (for example where an export keeps them); null otherwise.</summary>
    public string? SourcesNote { get; init; }

    /// <summary>Writes the <c>result</c> value of the JSON output (one JSON value: an object or an array).</summary>
    public required Action<Utf8JsonWriter> WriteResult { get; init; }
}
