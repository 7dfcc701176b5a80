// Null keys are held apart (a code of their own) and never reach the dictionaries, whose TKey is therefore safe.
#pragma warning disable CS8714

using System.Collections.Concurrent;

namespace BriData;

/// <summary>A dimension of a <see cref="FactTable"/> whose keys are of type <typeparamref name="TKey"/>.</summary>
/// <typeparam name="TKey">The key type (for example <see cref="CountryCode"/>, <see cref="int"/> for a year, an enum, a string).</typeparam>
public sealed class FactDimension<TKey> : FactDimension
{
    private readonly TKey[] keys;
    private readonly Dictionary<TKey, int> codeOfKey;
    private readonly int nullCode;

    // For object keys that all have one type (boxedKeyType): the typed views of As<T>, built on first use.
    private readonly Type? boxedKeyType;
    private readonly ConcurrentDictionary<Type, FactDimension>? views;

    internal FactDimension(string name, CodeColumn codes, TKey[] keys, Type? boxedKeyType = null)
        : base(name, codes)
    {
        this.keys = keys;
        this.boxedKeyType = boxedKeyType;
        views = boxedKeyType is null ? null : new ConcurrentDictionary<Type, FactDimension>();
        nullCode = -1;
        codeOfKey = new Dictionary<TKey, int>(keys.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] is null)
            {
                nullCode = i;
            }
            else
            {
                codeOfKey[keys[i]] = i;
            }
        }
    }

    /// <summary>The distinct keys, in code order (sorted, null last). Read-only.</summary>
    public IReadOnlyList<TKey> Keys => Array.AsReadOnly(keys);

    /// <inheritdoc />
    public override int Cardinality => keys.Length;

    /// <inheritdoc />
    public override Type KeyType => boxedKeyType ?? typeof(TKey);

    /// <summary>The key with code <paramref name="code"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is not in 0..<see cref="Cardinality"/>-1.</exception>
    internal TKey KeyOfCode(int code) => (uint)code < (uint)keys.Length ? keys[code] : throw new ArgumentOutOfRangeException(nameof(code), code, FormattableString.Invariant($"The code must be 0..{keys.Length - 1}."));

    /// <summary>The key of row <paramref name="row"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is not a row of the table.</exception>
    internal TKey KeyAt(int row) => keys[CodeAt(row)];

    /// <summary>The code of <paramref name="key"/>, or -1 when no row has that key.</summary>
    internal int CodeOf(TKey key) => key is null ? nullCode : codeOfKey.TryGetValue(key, out var code) ? code : -1;

    /// <inheritdoc />
    internal override object? GetKeyObject(int code)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(code);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(code, keys.Length);
        return keys[code];
    }

    internal override FactDimension<T>? As<T>()
    {
        if (this is FactDimension<T> same)
        {
            return same;
        }

        var wanted = typeof(T);
        if (views is null || (wanted != boxedKeyType && Nullable.GetUnderlyingType(wanted) != boxedKeyType) || (nullCode >= 0 && default(T) is not null))
        {
            return null;
        }

        return (FactDimension<T>)views.GetOrAdd(wanted, _ => new FactDimension<T>(Name, Codes, Array.ConvertAll(keys, k => k is null ? default! : (T)(object)k)));
    }
}
