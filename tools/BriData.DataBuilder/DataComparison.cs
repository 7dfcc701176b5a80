namespace BriData.DataBuilder;

/// <summary>Byte-level comparison of two data folders, with the first differing line of each file.</summary>
internal static class DataComparison
{
    public static List<string> Compare(string committed, string rebuilt)
    {
        var result = new List<string>();
        var names = Directory.Exists(committed)
            ? Directory.GetFiles(committed, "*.json").Select(Path.GetFileName).Union(Directory.GetFiles(rebuilt, "*.json").Select(Path.GetFileName))
            : Directory.GetFiles(rebuilt, "*.json").Select(Path.GetFileName);
        foreach (var name in names.Order(StringComparer.Ordinal))
        {
            var a = Path.Combine(committed, name!);
            var b = Path.Combine(rebuilt, name!);
            if (!File.Exists(a))
            {
                result.Add($"{name}: missing from the committed data");
                continue;
            }

            if (!File.Exists(b))
            {
                result.Add($"{name}: committed but no longer produced");
                continue;
            }

            var left = File.ReadAllBytes(a);
            var right = File.ReadAllBytes(b);
            if (left.AsSpan().SequenceEqual(right))
            {
                continue;
            }

            var l = File.ReadAllLines(a);
            var r = File.ReadAllLines(b);
            var line = 0;
            while (line < l.Length && line < r.Length && string.Equals(l[line], r[line], StringComparison.Ordinal))
            {
                line++;
            }

            result.Add($"{name}: differs from line {line + 1} (committed: {(line < l.Length ? l[line].Trim() : "<end>")} | rebuilt: {(line < r.Length ? r[line].Trim() : "<end>")})");
        }

        return result;
    }
}
