using System.Globalization;

namespace BriData.Loading;

/// <summary>
/// Gives the problems the validator finds after loading (which name the set's JSON file and a JSON path) the
/// file they were actually read from and their line: the exact line of the path in a JSON file, the record's
/// line in a CSV or JSON Lines file.
/// </summary>
internal static class ProblemLines
{
    public static List<DataProblem> Assign(List<DataProblem> problems, IReadOnlyList<(DataSetDescriptor Set, LoadedSet Data)> loaded, byte[]? manifestJson)
    {
        var result = new List<DataProblem>(problems.Count);
        var byJsonName = loaded.ToDictionary(p => p.Set.FileName(DataFileFormat.Json), p => p.Data, StringComparer.Ordinal);
        var lineCache = new Dictionary<string, Dictionary<string, long>>(StringComparer.Ordinal);
        foreach (var problem in problems)
        {
            if (string.Equals(problem.File, DataSetName.Manifest, StringComparison.Ordinal))
            {
                result.Add(problem with { Line = manifestJson is null ? null : LineIn(() => manifestJson, DataSetName.Manifest, problem.Path, problems, lineCache) });
                continue;
            }

            if (!byJsonName.TryGetValue(problem.File, out var data))
            {
                result.Add(problem);
                continue;
            }

            if (data.IsJson)
            {
                result.Add(problem with { File = data.FileName, Line = LineIn(data.ReadJson, problem.File, problem.Path, problems, lineCache) });
            }
            else
            {
                var index = RecordIndex(problem.Path);
                long? line = index is int i && data.RecordLines is { } lines && i < lines.Count ? lines[i] : null;
                result.Add(problem with { File = data.FileName, Line = line });
            }
        }

        return result;
    }

    /// <summary>The line of a path in a JSON file, its text read (<paramref name="json"/>) once for all the problems of the file; null when it cannot be read.</summary>
    private static long? LineIn(Func<byte[]?> json, string file, string path, List<DataProblem> all, Dictionary<string, Dictionary<string, long>> cache)
    {
        if (!cache.TryGetValue(file, out var lines))
        {
            var paths = all.Where(p => string.Equals(p.File, file, StringComparison.Ordinal)).Select(p => p.Path).Distinct(StringComparer.Ordinal).ToList();
            cache[file] = lines = json() is { } bytes ? JsonLineLocator.Locate(bytes, paths) : [];
        }

        return lines.TryGetValue(path, out var line) ? line : null;
    }

    /// <summary>The record index in a path starting <c>$.records[i]</c>; null otherwise.</summary>
    internal static int? RecordIndex(string path)
    {
        const string prefix = "$.records[";
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var end = path.IndexOf(']', prefix.Length);
        return end > prefix.Length && int.TryParse(path.AsSpan(prefix.Length, end - prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : null;
    }
}
