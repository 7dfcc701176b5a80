namespace BriData;

/// <summary>
/// The keys of a dimension declared with <see cref="object"/> keys, as the fact tables of the embedded sets are (a
/// set column's typed value comes boxed: an <see cref="int"/>, a <see cref="CountryCode"/>, an enum member, …): the
/// one type they share, and the order to sort them in as that type.
/// </summary>
internal static class BoxedKeys
{
    /// <summary>The type every non-null key has; null when the keys are of several types or all null.</summary>
    public static Type? CommonType(IEnumerable<object?> keys)
    {
        Type? common = null;
        foreach (var key in keys)
        {
            if (key is null)
            {
                continue;
            }

            var type = key.GetType();
            if (common is null)
            {
                common = type;
            }
            else if (common != type)
            {
                return null;
            }
        }

        return common;
    }

    /// <summary>How keys of <paramref name="type"/> sort (strings ordinally); null when they do not (then they keep the order they first appeared in).</summary>
    public static IComparer<object>? ComparerFor(Type type)
    {
        if (type == typeof(string))
        {
            return Comparer<object>.Create(static (x, y) => string.CompareOrdinal((string)x, (string)y));
        }

        if (type == typeof(CountryCode))
        {
            return Comparer<object>.Create(static (x, y) => ((CountryCode)x).CompareTo((CountryCode)y));
        }

        if (type == typeof(PartialDate))
        {
            return Comparer<object>.Create(static (x, y) => ((PartialDate)x).CompareTo((PartialDate)y));
        }

        return typeof(IComparable).IsAssignableFrom(type)
            ? Comparer<object>.Create(static (x, y) => ((IComparable)x).CompareTo(y))
            : null;
    }
}
