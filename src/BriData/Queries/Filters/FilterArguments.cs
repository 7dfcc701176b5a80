namespace BriData;

/// <summary>Argument checks and helpers shared by the record filters.</summary>
internal static class FilterArguments
{
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
