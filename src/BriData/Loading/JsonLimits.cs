using System.Text.Json;

namespace BriData.Loading;

/// <summary>
/// A fast pre-scan of a JSON document that checks syntax, nesting depth and string lengths before it is
/// deserialised, so that oversized or malicious input is refused with a precise line number.
/// </summary>
internal static class JsonLimits
{
    public static bool Check(ReadOnlySpan<byte> json, string fileName, BriLoadOptions options, List<DataProblem> problems)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = Math.Max(1, options.MaxDepth + 1), CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth > options.MaxDepth)
                {
                    problems.Add(new DataProblem(fileName, "$", LineOf(json, reader.TokenStartIndex),
                        $"nesting deeper than {options.MaxDepth} levels (BriLoadOptions.MaxDepth)"));
                    return false;
                }

                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
                {
                    var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
                    if (length > options.MaxStringLength)
                    {
                        problems.Add(new DataProblem(fileName, "$", LineOf(json, reader.TokenStartIndex),
                            $"a string of {length} bytes exceeds the limit of {options.MaxStringLength} (BriLoadOptions.MaxStringLength)"));
                        return false;
                    }

                    if (!reader.ValueIsEscaped && !System.Text.Unicode.Utf8.IsValid(reader.ValueSpan))
                    {
                        problems.Add(new DataProblem(fileName, "$", LineOf(json, reader.TokenStartIndex), "a string is not valid UTF-8"));
                        return false;
                    }
                }
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
            problems.Add(new DataProblem(fileName, "$", (ex.LineNumber ?? 0) + 1,
                depthHit ? $"nesting deeper than {options.MaxDepth} levels (BriLoadOptions.MaxDepth)" : "the file is not valid JSON: " + reason.TrimEnd('.')));
            return false;
        }

        return true;
    }

    private static long LineOf(ReadOnlySpan<byte> json, long index)
    {
        var end = (int)Math.Min(index, json.Length);
        return json[..end].Count((byte)'\n') + 1;
    }
}
