namespace BriData;

/// <summary>The distinct ids of a result (its <c>SourceIds</c>), in ordinal order: the one way every metric lists them.</summary>
internal static class SortedIds
{
    /// <summary>
    /// The distinct ids of <paramref name="ids"/>, sorted ordinally; empty when there are none. A hash set and
    /// <see cref="Array.Sort{T}(T[], IComparer{T})"/>, not LINQ <c>Distinct().Order()</c>: LINQ's ordering JIT-compiles
    /// its integer index map on its first use in a process, which a first answer waits for (issue 15).
    /// </summary>
    public static string[] Of(IEnumerable<string> ids)
    {
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            distinct.Add(id);
        }

        return Sorted(distinct);
    }

    /// <summary>The ids of <paramref name="distinct"/> (already distinct), sorted ordinally; empty when there are none.</summary>
    public static string[] Sorted(HashSet<string> distinct)
    {
        if (distinct.Count == 0)
        {
            return [];
        }

        var sorted = new string[distinct.Count];
        distinct.CopyTo(sorted);
        Array.Sort(sorted, StringComparer.Ordinal);
        return sorted;
    }
}
