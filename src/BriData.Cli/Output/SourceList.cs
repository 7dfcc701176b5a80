namespace BriData.Cli.Output;

/// <summary>The distinct sources behind an answer, in first-cited order, resolved against the dataset's source list.</summary>
internal static class SourceList
{
    /// <summary>
    /// The sources with the given ids, each once, in the order first cited. An id the dataset does not list (which its
    /// validation forbids) is kept with a null source so it is still shown.
    /// </summary>
    public static IReadOnlyList<(string Id, Source? Source)> Resolve(BriDataset data, IEnumerable<string> sourceIds)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(sourceIds);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<(string, Source?)>();
        foreach (var id in sourceIds)
        {
            if (seen.Add(id))
            {
                list.Add((id, data.Sources.TryGet(id, out var source) ? source : null));
            }
        }

        return list;
    }
}
