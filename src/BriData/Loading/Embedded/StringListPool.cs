namespace BriData.Loading.Embedded;

/// <summary>
/// Shares one read-only list among the records of a set whose string lists hold the same items (the embedded trade
/// set cites <c>["imf-dots"]</c> on 8,827 records): each record used to allocate its own list, a copy and a wrapper,
/// about 1.3 MB for trade, enough to bring the process's first garbage collection forward onto the first answer
/// (issue 15). The lists are <see cref="ValueList{T}"/>s, read-only, so sharing them is invisible to callers. At most
/// <see cref="Capacity"/> distinct lists are kept; further ones are made per record. Not thread-safe: one per set read.
/// </summary>
internal sealed class StringListPool
{
    /// <summary>The most distinct lists kept (one-item lists and longer ones, each).</summary>
    public const int Capacity = 256;

    private readonly List<string> items = new(4);
    private readonly Dictionary<string, ValueList<string>> singles = new(StringComparer.Ordinal);
    private readonly List<ValueList<string>> longer = [];

    /// <summary>Starts a list: the buffer to add its items to, emptied (valid until the next call).</summary>
    public List<string> Begin()
    {
        items.Clear();
        return items;
    }

    /// <summary>The shared list holding the items added since <see cref="Begin"/>, made when none holds them yet.</summary>
    public ValueList<string> End()
    {
        switch (items.Count)
        {
            case 0:
                return ValueList<string>.None;
            case 1:
                if (singles.TryGetValue(items[0], out var single))
                {
                    return single;
                }

                var one = new ValueList<string>([items[0]]);
                if (singles.Count < Capacity)
                {
                    singles.Add(items[0], one);
                }

                return one;
            default:
                foreach (var list in longer)
                {
                    if (SameItems(list))
                    {
                        return list;
                    }
                }

                var made = new ValueList<string>(items.ToArray());
                if (longer.Count < Capacity)
                {
                    longer.Add(made);
                }

                return made;
        }
    }

    private bool SameItems(ValueList<string> list)
    {
        if (list.Count != items.Count)
        {
            return false;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (!string.Equals(list[i], items[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
