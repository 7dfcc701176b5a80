using System.Collections.ObjectModel;

namespace BriData;

/// <summary>
/// A read-only list that compares by its items: two value lists are equal when they hold equal items in the same
/// order. Every list inside a record of a <see cref="BriDataset"/> is one, so records compare (and hash) by value,
/// lists included, whichever way the dataset was built.
/// </summary>
/// <remarks>Equal only to another value list (never to a plain array or <see cref="List{T}"/>), so equality stays symmetric.</remarks>
internal sealed class ValueList<T> : ReadOnlyCollection<T>, IEquatable<ValueList<T>>
{
    /// <summary>The empty list, shared (it can never change).</summary>
    public static ValueList<T> None { get; } = new([]);

    /// <summary>Wraps <paramref name="items"/>; the caller gives up the array (it is never changed again).</summary>
    public ValueList(T[] items)
        : base(items)
    {
    }

    public bool Equals(ValueList<T>? other)
    {
        if (other is null || other.Count != Count)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < Count; i++)
        {
            if (!comparer.Equals(this[i], other[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Count);
        foreach (var item in this)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}
