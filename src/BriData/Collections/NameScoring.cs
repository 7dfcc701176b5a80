namespace BriData;

/// <summary>
/// How close a typed query is to a name, shared by every search in BriData (countries, projects, events,
/// initiatives, sources, …). Both texts are folded first (<see cref="NameFolding"/>: case, accents, spaces and
/// punctuation ignored). Scores: 100 exact, 80 prefix, 60 contains (queries of three or more characters),
/// 50 down to 40 by edit distance up to a third of the query's length, 35 when a known name of four or more
/// characters appears inside the query, 0 when nothing is close.
/// </summary>
internal static class NameScoring
{
    /// <summary>The score of the folded <paramref name="query"/> against the folded <paramref name="name"/> (see the type's summary).</summary>
    public static int Score(string query, string name)
    {
        if (string.Equals(query, name, StringComparison.Ordinal))
        {
            return 100;
        }

        if (name.StartsWith(query, StringComparison.Ordinal))
        {
            return 80;
        }

        if (query.Length >= 3 && name.Contains(query, StringComparison.Ordinal))
        {
            return 60;
        }

        var allowed = Math.Max(1, query.Length / 3);

        // The edit distance is at least the difference in length: skip the quadratic work when it cannot be close.
        if (Math.Abs(query.Length - name.Length) <= allowed)
        {
            var distance = EditDistance(query, name);
            if (distance <= allowed)
            {
                return 50 - (distance * 10 / allowed);
            }
        }

        // A known name inside what was typed ("French Guiana" holds "Guiana"): worth suggesting, never resolving.
        return name.Length >= 4 && query.Contains(name, StringComparison.Ordinal) ? 35 : 0;
    }

    /// <summary>The Levenshtein distance between two strings (insertions, deletions, substitutions).</summary>
    public static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
