using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace BriData;

/// <summary>
/// A read-only list of records that can also be looked up by key (an id). Lookups are O(1); the list keeps the
/// order of the data file.
/// </summary>
/// <typeparam name="TKey">The key type (a string id, an AidData record number, …).</typeparam>
/// <typeparam name="T">The record type.</typeparam>
public sealed class KeyedRecordList<TKey, T> : IReadOnlyList<T>
    where TKey : notnull
{
    private readonly T[] items;
    private readonly Dictionary<TKey, T> byKey;
    private readonly string setName;
    private readonly Lazy<RecordNameIndex<TKey, T>> names;

    /// <summary>The longest query <see cref="Search"/> accepts, in characters.</summary>
    public const int MaxQueryLength = 1_000;

    internal KeyedRecordList(IEnumerable<T> items, Func<T, TKey> keyOf, string setName, IEqualityComparer<TKey>? comparer = null, Func<T, IEnumerable<string?>>? namesOf = null)
    {
        this.items = items.ToArray();
        this.setName = setName;
        names = new Lazy<RecordNameIndex<TKey, T>>(() => new RecordNameIndex<TKey, T>(this.items, keyOf, namesOf), LazyThreadSafetyMode.ExecutionAndPublication);
        byKey = new Dictionary<TKey, T>(this.items.Length, comparer);
        foreach (var item in this.items)
        {
            byKey.TryAdd(keyOf(item), item);
        }
    }

    /// <summary>The number of records.</summary>
    public int Count => items.Length;

    /// <summary>The record at <paramref name="index"/> in file order.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not less than <see cref="Count"/>.</exception>
    public T this[int index] => (uint)index < (uint)items.Length ? items[index] : throw new ArgumentOutOfRangeException(nameof(index), index, FormattableString.Invariant($"The index must be 0..{items.Length - 1}."));

    /// <summary>The record with <paramref name="key"/> (exact, ordinal; use <see cref="Search"/> for names and near misses).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="RecordNotFoundException">
    /// No record has that key; the message names the set and the key and suggests up to three close ids (for
    /// example <c>Projects.Get("chancay")</c> suggests "chancay-port"). It is a <see cref="KeyNotFoundException"/>.
    /// </exception>
    public T Get(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (byKey.TryGetValue(key, out var item))
        {
            return item;
        }

        var text = RecordNameIndex<TKey, T>.KeyText(key);
        var suggestions = text.Length > MaxQueryLength ? [] : names.Value.Search(text, 3).Select(m => m.Key).ToArray();
        throw new RecordNotFoundException(setName, text, suggestions);
    }

    /// <summary>
    /// Ranked close matches for a possibly misspelled id or name (for projects: id, name, local name; events:
    /// id, title, agreement; initiatives: id, title; sources: id, title, publisher; claims: id, statement; …),
    /// scored as <see cref="CountryCollection.Search"/> scores countries: exact 100, prefix 80, contains 60, edit
    /// distance up to a third of the length 50 to 40, a known name inside the query 35; case, accents, spaces and
    /// punctuation ignored. One match per record, best first, ties in id order; empty when nothing is close.
    /// </summary>
    /// <param name="query">What was typed, for example "chancay" or "Puerto de Chancay".</param>
    /// <param name="maxResults">At most this many matches.</param>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxResults"/> is zero or negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="query"/> is longer than <see cref="MaxQueryLength"/> characters.</exception>
    public IReadOnlyList<RecordMatch<T>> Search(string query, int maxResults = 5)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxResults);
        if (query.Length > MaxQueryLength)
        {
            throw new ArgumentException(FormattableString.Invariant($"The query has {query.Length} characters; Search accepts at most {MaxQueryLength}."), nameof(query));
        }

        return names.Value.Search(query, maxResults);
    }

    /// <summary>For example <c>projects: 25 records</c>.</summary>
    public override string ToString() => setName + ": " + DisplayFormat.Count(items.Length, "record");

    /// <summary>Looks up a record by key without throwing.</summary>
    public bool TryGet(TKey key, [MaybeNullWhen(false)] out T item) => byKey.TryGetValue(key, out item);

    /// <summary>True when a record has <paramref name="key"/>.</summary>
    public bool Contains(TKey key) => byKey.ContainsKey(key);

    /// <summary>Enumerates the records in file order.</summary>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
