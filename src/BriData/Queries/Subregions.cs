namespace BriData;

/// <summary>Matches a region name a person types against the UN M49 regions the countries carry.</summary>
internal static class Subregions
{
    /// <summary>
    /// The countries whose <see cref="Country.IntermediateRegion"/> ("Caribbean", "Central America", "South America"),
    /// <see cref="Country.Subregion"/> ("Latin America and the Caribbean", "Eastern Asia") or <see cref="Country.Region"/>
    /// ("Americas", "Asia") equals <paramref name="name"/>, ignoring case, accents, spaces and punctuation.
    /// </summary>
    /// <exception cref="ArgumentException">No country is in a region of that name; the message lists the names there are.</exception>
    public static IReadOnlyList<Country> Members(CountryCollection countries, string name)
    {
        ArgumentNullException.ThrowIfNull(countries);
        ArgumentNullException.ThrowIfNull(name);
        var folding = NameFolding.Instance;
        var members = countries
            .Where(c => (c.IntermediateRegion is { } r && folding.Equals(r, name)) || folding.Equals(c.Subregion, name) || folding.Equals(c.Region, name))
            .ToArray();
        if (members.Length == 0)
        {
            throw new ArgumentException($"'{name}' is not a region of this dataset. Known: {string.Join(", ", Names(countries))}.", nameof(name));
        }

        return members;
    }

    /// <summary>Every intermediate region, subregion and region name in the data, distinct and sorted ordinally.</summary>
    public static IReadOnlyList<string> Names(CountryCollection countries) => countries
        .SelectMany(c => new[] { c.IntermediateRegion, c.Subregion, c.Region })
        .OfType<string>()
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>The codes of <see cref="Members"/>, as a set.</summary>
    public static HashSet<CountryCode> Codes(CountryCollection countries, string name) =>
        Members(countries, name).Select(c => c.Code).ToHashSet();
}
