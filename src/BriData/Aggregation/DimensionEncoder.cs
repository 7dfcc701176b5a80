// Null keys are held apart (a code of their own) and never reach the dictionaries, whose TKey is therefore safe.
#pragma warning disable CS8714

namespace BriData;

/// <summary>
/// Dictionary-encodes one dimension while rows are read (codes in order of first appearance), then sorts the
/// distinct keys and renumbers the codes so that code order is key order.
/// </summary>
internal sealed class DimensionEncoder<TRow, TKey>(string name, Func<TRow, TKey> keyOf, int capacity) : ColumnEncoder<TRow>
{
    private readonly Dictionary<TKey, int> codeOfKey = typeof(TKey) == typeof(string)
        ? new Dictionary<TKey, int>((IEqualityComparer<TKey>)(object)StringComparer.Ordinal)
        : new Dictionary<TKey, int>();

    private readonly List<TKey> keys = [];
    private int[] codes = new int[Math.Max(capacity, 1)];
    private int nullCode = -1;

    // The last key seen and its code: rows often come in runs of the same key.
    private bool hasLast;
    private TKey? last;
    private int lastCode;

    public override void Add(TRow row, int index)
    {
        var key = keyOf(row);
        codes = Grow(codes, index);
        codes[index] = CodeOf(key);
    }

    private int CodeOf(TKey key)
    {
        if (key is null)
        {
            if (nullCode < 0)
            {
                nullCode = NewCode(key);
            }

            return nullCode;
        }

        if (hasLast && EqualityComparer<TKey>.Default.Equals(key, last!))
        {
            return lastCode;
        }

        ref var code = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(codeOfKey, key, out var exists);
        if (!exists)
        {
            code = NewCode(key);
        }

        hasLast = true;
        last = key;
        lastCode = code;
        return code;
    }

    private int NewCode(TKey key)
    {
        if (keys.Count == int.MaxValue)
        {
            throw new InvalidOperationException($"The dimension '{name}' has too many distinct keys.");
        }

        keys.Add(key);
        return keys.Count - 1;
    }

    public override object Finish(int rowCount)
    {
        var firstSeen = keys.ToArray();
        var order = Enumerable.Range(0, firstSeen.Length).ToArray();
        var boxedKeyType = typeof(TKey) == typeof(object) ? BoxedKeys.CommonType((object?[])(object)firstSeen) : null;
        var comparer = boxedKeyType is null ? KeyComparer() : (IComparer<TKey>?)(object?)BoxedKeys.ComparerFor(boxedKeyType);
        if (comparer is not null)
        {
            Array.Sort(order, (a, b) =>
            {
                var x = firstSeen[a];
                var y = firstSeen[b];
                if (x is null || y is null)
                {
                    return (x is null ? 1 : 0) - (y is null ? 1 : 0);
                }

                return comparer.Compare(x, y);
            });
        }
        else if (nullCode >= 0)
        {
            // Not comparable: first-seen order, but the null key still goes last.
            order = [.. order.Where(i => i != nullCode), nullCode];
        }

        var remap = new int[order.Length];
        var sorted = new TKey[order.Length];
        for (var newCode = 0; newCode < order.Length; newCode++)
        {
            remap[order[newCode]] = newCode;
            sorted[newCode] = firstSeen[order[newCode]];
        }

        var column = CodeColumn.Create(codes, rowCount, remap, order.Length);
        codes = [];
        return new FactDimension<TKey>(name, column, sorted, boxedKeyType);
    }

    private static IComparer<TKey>? KeyComparer()
    {
        if (typeof(TKey) == typeof(string))
        {
            return (IComparer<TKey>)(object)StringComparer.Ordinal;
        }

        var type = Nullable.GetUnderlyingType(typeof(TKey)) ?? typeof(TKey);
        var comparable = typeof(IComparable).IsAssignableFrom(type)
            || typeof(IComparable<TKey>).IsAssignableFrom(typeof(TKey))
            || type.IsEnum;
        return comparable ? Comparer<TKey>.Default : null;
    }
}
