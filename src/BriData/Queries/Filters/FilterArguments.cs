namespace BriData;

/// <summary>Argument checks and helpers shared by the record filters.</summary>
internal static class FilterArguments
{
    /// <summary>
    /// The sequence, checked lazily as it is read: a null sequence throws <see cref="ArgumentNullException"/> at once,
    /// a null element <see cref="ArgumentException"/> naming the parameter and the element's index (never a
    /// <see cref="NullReferenceException"/> from inside a filter or a metric).
    /// </summary>
    public static IEnumerable<T> NoNulls<T>(IEnumerable<T> source, string paramName)
    {
        ArgumentNullException.ThrowIfNull(source, paramName);
        return Checked(source, paramName);

        static IEnumerable<T> Checked(IEnumerable<T> source, string paramName)
        {
            var index = 0;
            foreach (var item in source)
            {
                yield return item is null ? throw new ArgumentException($"The sequence holds a null element at index {index}.", paramName) : item;
                index++;
            }
        }
    }

    /// <summary>The sequence read into a list at once, with the checks of <see cref="NoNulls{T}"/>.</summary>
    public static IReadOnlyList<T> NoNullsList<T>(IEnumerable<T> source, string paramName) => [.. NoNulls(source, paramName)];

    public static void Years(int from, int to)
    {
        if (from > to)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, $"The last year ({to}) is before the first ({from}).");
        }
    }

    public static HashSet<CountryCode> CodeSet(IEnumerable<CountryCode> countries)
    {
        ArgumentNullException.ThrowIfNull(countries);
        return countries.ToHashSet();
    }

    public static HashSet<CountryCode> CodeSet(IEnumerable<Country> countries)
    {
        ArgumentNullException.ThrowIfNull(countries);
        return countries.Select(c => c.Code).ToHashSet();
    }

    public static HashSet<CountryCode> RegionCodes(CountryCollection countries, string region)
    {
        ArgumentNullException.ThrowIfNull(countries);
        return Subregions.Codes(countries, region);
    }

    /// <summary>Equality of names as people type them: case, accents, spaces and punctuation ignored.</summary>
    public static bool SameName(string? a, string b) => a is not null && NameFolding.Instance.Equals(a, b);

    public static string Text(string value, string name)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        return value;
    }
}
