namespace BriData;

/// <summary>
/// A dictionary-encoded dimension of a <see cref="FactTable"/>: the distinct keys (sorted) and, for every row, the
/// code of its key. See <see cref="FactDimension{TKey}"/> for the typed keys.
/// </summary>
/// <remarks>
/// Keys are sorted ascending by <see cref="Comparer{T}.Default"/> (strings ordinally), with a null key last; keys of a
/// type that is not comparable keep the order in which they first appeared. A dimension declared with
/// <see cref="object"/> keys whose keys all have one type (the fact tables of the embedded sets, built from their
/// column tables) sorts them as that type, reports it as <see cref="KeyType"/> and is read with it
/// (<see cref="FactTable.GetDimension{TKey}(string)"/>, <see cref="FactTable.Where{TKey}(string, TKey[])"/>). Codes are 0..<see cref="Cardinality"/>-1
/// in that order, so grouped results come out in key order.
/// </remarks>
public abstract class FactDimension
{
    private protected FactDimension(string name, CodeColumn codes)
    {
        Name = name;
        Codes = codes;
    }

    /// <summary>The dimension's name, unique within its table (compared ordinally).</summary>
    public string Name { get; }

    /// <summary>The number of distinct keys (a null key counts as one).</summary>
    public abstract int Cardinality { get; }

    /// <summary>The type of the keys.</summary>
    public abstract Type KeyType { get; }

    internal CodeColumn Codes { get; }

    /// <summary>
    /// This dimension with keys typed <typeparamref name="TKey"/>, or null when its keys are not of that type. A
    /// dimension declared with <see cref="object"/> keys (a set's column, whose typed values come boxed) whose keys
    /// share one type answers for that type (and its nullable form) with a view sharing its codes.
    /// </summary>
    internal abstract FactDimension<TKey>? As<TKey>();

    /// <summary>The key with code <paramref name="code"/>, boxed (null for a null key).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is not in 0..<see cref="Cardinality"/>-1.</exception>
    internal abstract object? GetKeyObject(int code);

    /// <summary>The code of row <paramref name="row"/> (0..<see cref="Cardinality"/>-1).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is not a row of the table.</exception>
    internal int CodeAt(int row) => (uint)row < (uint)Codes.Length ? Codes[row] : throw new ArgumentOutOfRangeException(nameof(row), row, FormattableString.Invariant($"The row must be 0..{Codes.Length - 1}."));

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{Name} ({KeyType.Name}, {Cardinality} keys)");
}
