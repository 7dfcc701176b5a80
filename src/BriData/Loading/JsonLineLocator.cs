using System.Text.Json;

namespace BriData.Loading;

/// <summary>
/// Finds the line of each of a set of JSON paths (<c>$.records[3].amount.basis</c>) in one pass over a document,
/// so that problems found after deserialization (duplicate ids, dangling references, …) can name their line.
/// A path that is not in the document (a missing property) gets the line of its nearest existing ancestor.
/// </summary>
internal static class JsonLineLocator
{
    /// <summary>The 1-based line of each requested path that (or whose nearest ancestor) occurs in <paramref name="json"/>.</summary>
    public static Dictionary<string, long> Locate(ReadOnlySpan<byte> json, IReadOnlyCollection<string> paths)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            for (var p = path; p.Length > 0; p = Parent(p))
            {
                wanted.Add(p);
            }
        }

        var found = new Dictionary<string, long>(StringComparer.Ordinal);
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 1024 });
            var tracker = new JsonPathTracker();
            long line = 1;
            var counted = 0;
            while (found.Count < wanted.Count && reader.Read())
            {
                tracker.Advance(ref reader);
                if (!tracker.IsNewPath)
                {
                    continue;
                }

                var start = (int)reader.TokenStartIndex;
                line += json[counted..start].Count((byte)'\n');
                counted = start;
                var current = tracker.Current;
                if (wanted.Contains(current))
                {
                    found.TryAdd(current, line);
                }
            }
        }
        catch (JsonException)
        {
            // A document that got this far parsed once; if it does not now, lines are simply unknown.
        }

        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            for (var p = path; p.Length > 0; p = Parent(p))
            {
                if (found.TryGetValue(p, out var line))
                {
                    result[path] = line;
                    break;
                }
            }
        }

        return result;
    }

    /// <summary>The parent of a JSON path: <c>$.a[2].b</c> → <c>$.a[2]</c> → <c>$.a</c> → <c>$</c> → empty.</summary>
    internal static string Parent(string path)
    {
        if (path.Length <= 1)
        {
            return string.Empty;
        }

        var cut = path.LastIndexOfAny(['.', '[']);
        return cut <= 0 ? "$" : path[..cut];
    }
}
