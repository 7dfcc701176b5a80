namespace BriData.Cli.Arguments;

/// <summary>
/// Finds a flagship project by its id (<c>chancay-port</c>) or by words of its id, name or local name
/// (<c>chancay</c>, <c>Puerto de Chancay</c>), and suggests near matches when nothing matches.
/// </summary>
internal static class ProjectFinder
{
    /// <summary>The projects <paramref name="query"/> names: the one with that id, else every project whose id or names contain all its words.</summary>
    public static IReadOnlyList<FlagshipProject> Find(BriDataset data, string query)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(query);
        if (data.Projects.TryGet(query.Trim(), out var exact))
        {
            return [exact];
        }

        return data.Projects.Where(p => TextMatch.ContainsAllWords(query, p.Id, p.Name, p.LocalName)).ToList();
    }

    /// <summary>Up to <paramref name="max"/> projects whose id or a word of their names is closest to <paramref name="query"/> by edit distance.</summary>
    public static IReadOnlyList<FlagshipProject> Suggest(BriDataset data, string query, int max = 3)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(query);
        var folded = TextMatch.Fold(query);
        var limit = Math.Max(2, folded.Length / 3);
        return data.Projects
            .Select(p => (Project: p, Distance: TextMatch.Distance(query, p.Id, p.Name, p.LocalName)))
            .Where(x => x.Distance <= limit)
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Project.Id, StringComparer.Ordinal)
            .Take(max)
            .Select(x => x.Project)
            .ToList();
    }
}
