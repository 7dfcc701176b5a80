namespace BriData;

/// <summary>
/// Filters over the records of every set ("Belt and Road memoranda signed in the Caribbean before 2019"). Each
/// returns a lazy sequence that composes with LINQ and keeps the input order; a null sequence or a null record in it
/// throws <see cref="ArgumentNullException"/>. The filters by country and year are written once for every record
/// that <see cref="IHasCountry">has a country</see> or <see cref="IHasYear">has a year</see>; the others belong to
/// one set each.
/// </summary>
public static partial class RecordFilters
{
    /// <summary>Records about <paramref name="country"/> (region-wide records are not included).</summary>
    public static IEnumerable<T> InCountry<T>(this IEnumerable<T> records, CountryCode country)
        where T : IHasCountry =>
        FilterArguments.NoNulls(records, nameof(records)).Where(r => r.Country == country);

    /// <summary>Records about one of <paramref name="countries"/> (region-wide records are not included).</summary>
    public static IEnumerable<T> InCountries<T>(this IEnumerable<T> records, IEnumerable<CountryCode> countries)
        where T : IHasCountry
    {
        var set = FilterArguments.CodeSet(countries);
        return FilterArguments.NoNulls(records, nameof(records)).Where(r => r.Country is CountryCode c && set.Contains(c));
    }

    /// <summary>Records about one of <paramref name="countries"/> (region-wide records are not included).</summary>
    public static IEnumerable<T> InCountries<T>(this IEnumerable<T> records, IEnumerable<Country> countries)
        where T : IHasCountry
    {
        var set = FilterArguments.CodeSet(countries);
        return FilterArguments.NoNulls(records, nameof(records)).Where(r => r.Country is CountryCode c && set.Contains(c));
    }

    /// <summary>Records about a state in a region of <paramref name="countries"/> (see <see cref="CountryCollection.InRegion"/>).</summary>
    /// <exception cref="ArgumentException">The region is unknown.</exception>
    public static IEnumerable<T> InRegion<T>(this IEnumerable<T> records, CountryCollection countries, string region)
        where T : IHasCountry
    {
        var set = FilterArguments.RegionCodes(countries, region);
        return FilterArguments.NoNulls(records, nameof(records)).Where(r => r.Country is CountryCode c && set.Contains(c));
    }

    /// <summary>Region-wide records (for example forum meetings or claims about the whole region), which name no single state.</summary>
    public static IEnumerable<T> RegionWide<T>(this IEnumerable<T> records)
        where T : IHasCountry =>
        FilterArguments.NoNulls(records, nameof(records)).Where(r => r.Country is null);

    /// <summary>Records of <paramref name="year"/> (records whose year is unknown are not included).</summary>
    public static IEnumerable<T> InYear<T>(this IEnumerable<T> records, int year)
        where T : IHasYear =>
        FilterArguments.NoNulls(records, nameof(records)).Where(r => r.Year == year);

    /// <summary>Records of the years <paramref name="from"/> to <paramref name="to"/>, inclusive (records whose year is unknown are not included).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static IEnumerable<T> InYears<T>(this IEnumerable<T> records, int from, int to)
        where T : IHasYear
    {
        FilterArguments.Years(from, to);
        return FilterArguments.NoNulls(records, nameof(records)).Where(r => r.Year is int y && y >= from && y <= to);
    }
}
