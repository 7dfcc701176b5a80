using System.Text.Json;
using static System.FormattableString;

namespace BriData.Loading;

/// <summary>
/// A fast pre-scan of a JSON document that checks syntax, nesting depth, string lengths and string encoding
/// (valid UTF-8, no unpaired surrogate escapes) before it is deserialised, so that oversized, malformed or
/// malicious input is refused with the JSON path and line where it goes wrong.
/// </summary>
internal static class JsonLimits
{
    /// <summary>
    /// Checks <paramref name="json"/>; on the first failure adds one problem (with path and line) and returns false.
    /// A quick scan without path tracking runs first; only a document that fails it is scanned again with the path
    /// tracked, so a good file pays neither for paths nor for line counting.
    /// </summary>
    public static bool Check(ReadOnlySpan<byte> json, string fileName, BriLoadOptions options, List<DataProblem> problems) =>
        QuickScanPasses(json, options) || CheckTracked(json, fileName, options, problems);

    /// <summary>
    /// The checks of <see cref="Check"/> without paths or lines, over a document read through a window of its file (its
    /// bytes never whole in memory): true when it passes them all; false when it fails one or holds no JSON at all (the
    /// caller then checks the whole file with <see cref="Check"/>, which says what and where).
    /// </summary>
    /// <exception cref="IOException">The file cannot be read (or passes <see cref="BriLoadOptions.MaxFileBytes"/>).</exception>
    public static bool QuickScanPasses(Stream stream, BriLoadOptions options)
    {
        using var window = new JsonWindow(stream, (long)options.MaxStringLength + (1 << 17), ReaderOptions(options));
        var reader = window.Start();
        var any = false;
        try
        {
            while (window.Step(ref reader, JsonWindow.Skip.Nothing, out _, out _))
            {
                any = true;
                if (!TokenPasses(ref reader, options))
                {
                    return false;
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or JsonWindowFullException)
        {
            return false;
        }

        return any;
    }

    /// <summary>The same checks as <see cref="CheckTracked"/>, without paths or lines: true when the document passes them all.</summary>
    private static bool QuickScanPasses(ReadOnlySpan<byte> json, BriLoadOptions options)
    {
        var reader = new Utf8JsonReader(json, ReaderOptions(options));
        try
        {
            while (reader.Read())
            {
                if (!TokenPasses(ref reader, options))
                {
                    return false;
                }
            }
        }
        catch (JsonException)
        {
            return false;
        }

        return true;
    }

    private static JsonReaderOptions ReaderOptions(BriLoadOptions options) =>
        new() { MaxDepth = Math.Max(1, options.MaxDepth + 1), CommentHandling = JsonCommentHandling.Disallow };

    /// <summary>Whether the token at the reader is within the depth and string limits, its text valid UTF-8.</summary>
    private static bool TokenPasses(ref Utf8JsonReader reader, BriLoadOptions options)
    {
        if (reader.CurrentDepth >= options.MaxDepth && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            return false;
        }

        if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
        {
            var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
            if (length > options.MaxStringLength
                || (!reader.ValueIsEscaped ? !System.Text.Unicode.Utf8.IsValid(reader.ValueSpan) : !EscapesAreValid(ref reader)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool CheckTracked(ReadOnlySpan<byte> json, string fileName, BriLoadOptions options, List<DataProblem> problems)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = Math.Max(1, options.MaxDepth + 1), CommentHandling = JsonCommentHandling.Disallow });
        var tracker = new JsonPathTracker();
        long line = 1;
        var counted = 0;
        long LineOf(ReadOnlySpan<byte> text, long index)
        {
            var end = (int)Math.Min(index, text.Length);
            line += text[counted..end].Count((byte)'\n');
            counted = end;
            return line;
        }

        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth >= options.MaxDepth && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    tracker.Advance(ref reader);
                    problems.Add(new DataProblem(fileName, tracker.Current, LineOf(json, reader.TokenStartIndex),
                        Invariant($"nesting deeper than {options.MaxDepth} levels (BriLoadOptions.MaxDepth)")));
                    return false;
                }

                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
                {
                    var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
                    if (length > options.MaxStringLength)
                    {
                        tracker.Advance(ref reader);
                        problems.Add(new DataProblem(fileName, tracker.Current, LineOf(json, reader.TokenStartIndex),
                            Invariant($"a string of {length} bytes exceeds the limit of {options.MaxStringLength} (BriLoadOptions.MaxStringLength)")));
                        return false;
                    }

                    if (!reader.ValueIsEscaped ? !System.Text.Unicode.Utf8.IsValid(reader.ValueSpan) : !EscapesAreValid(ref reader))
                    {
                        problems.Add(new DataProblem(fileName, tracker.Current, LineOf(json, reader.TokenStartIndex),
                            reader.ValueIsEscaped ? "a string holds an invalid escape (an unpaired surrogate)" : "a string is not valid UTF-8"));
                        return false;
                    }
                }

                tracker.Advance(ref reader);
            }
        }
        catch (JsonException ex)
        {
            var reason = ex.Message;
            var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut > 0)
            {
                reason = reason[..cut];
            }

            var depthHit = reason.Contains("depth", StringComparison.OrdinalIgnoreCase);
            problems.Add(new DataProblem(fileName, tracker.Current, (ex.LineNumber ?? 0) + 1,
                depthHit ? Invariant($"nesting deeper than {options.MaxDepth} levels (BriLoadOptions.MaxDepth)") : "the file is not valid JSON: " + reason.TrimEnd('.')));
            return false;
        }

        return true;
    }

    private static bool EscapesAreValid(ref Utf8JsonReader reader)
    {
        try
        {
            _ = reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
