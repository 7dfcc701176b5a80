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

    internal KeyedRecordList(IEnumerable<T> items, Func<T, TKey> keyOf, string setName, IEqualityComparer<TKey>? comparer = null)
    {
        this.items = items.ToArray();
        this.setName = setName;
        byKey = new Dictionary<TKey, T>(this.items.Length, comparer);
        foreach (var item in this.items)
        {
            byKey.TryAdd(keyOf(item), item);
        }
    }

    /// <summary>The number of records.</summary>
    public int Count => items.Length;

    /// <summary>The record at <paramref name="index"/> in file order.</summary>
    /// <exception cref="IndexOutOfRangeException">The index is outside 0..Count-1.</exception>
    public T this[int index] => items[index];

    /// <summary>The record with <paramref name="key"/>.</summary>
    /// <exception cref="KeyNotFoundException">No record has that key; the message names the set and the key.</exception>
    public T Get(TKey key) => byKey.TryGetValue(key, out var item)
        ? item
        : throw new KeyNotFoundException($"No record with key '{key}' in the {setName} set.");

    /// <summary>Looks up a record by key without throwing.</summary>
    public bool TryGet(TKey key, [MaybeNullWhen(false)] out T item) => byKey.TryGetValue(key, out item);

    /// <summary>True when a record has <paramref name="key"/>.</summary>
    public bool Contains(TKey key) => byKey.ContainsKey(key);

    /// <summary>Enumerates the records in file order.</summary>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
