namespace BriData.Loading.Embedded;

/// <summary>
/// Collects the items of one JSON array into the array a <see cref="ValueList{T}"/> wraps: no list of its own, no
/// array at all for an empty one (<see cref="ValueList{T}.None"/> is shared), grown with the non-generic
/// <see cref="Array.Copy(Array, Array, int)"/> so that nothing generic of the framework over BriData's structs is
/// compiled on the first read (issue 15). A mutable struct: keep it in a local.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal struct ValueListBuilder<T>
{
    private T[]? items;
    private int count;

    /// <summary>Adds <paramref name="item"/>.</summary>
    public void Add(T item)
    {
        if (items is null || count == items.Length)
        {
            var larger = new T[count == 0 ? 4 : count * 2];
            if (items is not null)
            {
                Array.Copy(items, larger, count);
            }

            items = larger;
        }

        items[count++] = item;
    }

    /// <summary>The items added, as a read-only list (the shared empty list when none were).</summary>
    public readonly ValueList<T> ToValueList()
    {
        if (items is null)
        {
            return ValueList<T>.None;
        }

        var exact = items;
        if (count < items.Length)
        {
            exact = new T[count];
            Array.Copy(items, exact, count);
        }

        return new ValueList<T>(exact);
    }
}
