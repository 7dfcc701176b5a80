namespace BriData;

/// <summary>
/// The folded ids and names of a set's records, searched with the scoring countries use (<see cref="NameScoring"/>).
/// Built on first search.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="T">The record type.</typeparam>
internal sealed class RecordNameIndex<TKey, T>
    where TKey : notnull
{
    private readonly (string Folded, string Name, string Key, T Record)[] entries;

    public RecordNameIndex(IReadOnlyList<T> records, Func<T, TKey> keyOf, Func<T, IEnumerable<string?>>? namesOf)
    {
        var list = new List<(string, string, string, T)>();
        foreach (var record in records)
        {
            var key = KeyText(keyOf(record));
            Add(list, key, key, record);
            if (namesOf is not null)
            {
                foreach (var name in namesOf(record))
                {
                    if (!string.IsNullOrWhiteSpace(name))
                    {
                        Add(list, name, key, record);
                    }
                }
            }
        }

        entries = list.ToArray();
    }

    /// <summary>A key as invariant text.</summary>
    public static string KeyText(TKey key) => key is IFormattable formattable
        ? formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture)
        : key.ToString() ?? string.Empty;

    /// <summary>The best match per record, best first, ties in key order (ordinal); at most <paramref name="maxResults"/>.</summary>
    public IReadOnlyList<RecordMatch<T>> Search(string query, int maxResults)
    {
        var folded = NameFolding.FoldToString(query);
        if (folded.Length == 0)
        {
            return [];
        }

        var best = new Dictionary<string, RecordMatch<T>>(StringComparer.Ordinal);
        foreach (var (name, original, key, record) in entries)
        {
            var score = NameScoring.Score(folded, name);
            if (score > 0 && (!best.TryGetValue(key, out var current) || current.Score < score))
            {
                best[key] = new RecordMatch<T>(record, key, original, score);
            }
        }

        return best.Values
            .OrderByDescending(m => m.Score)
            .ThenBy(m => m.Key, StringComparer.Ordinal)
            .Take(maxResults)
            .ToArray();
    }

    private static void Add(List<(string, string, string, T)> list, string name, string key, T record)
    {
        var folded = NameFolding.FoldToString(name);
        if (folded.Length > 0)
        {
            list.Add((folded, name, key, record));
        }
    }
}
