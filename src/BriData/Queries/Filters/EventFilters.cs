namespace BriData;

/// <summary>
/// Filters over policy events ("Belt and Road memoranda signed in the Caribbean before 2019"). Each returns a
/// lazy sequence that composes with LINQ; the input order is kept.
/// </summary>
public static class EventFilters
{
    /// <summary>Events about <paramref name="country"/> (region-wide events are not included).</summary>
    public static IEnumerable<PolicyEvent> InCountry(this IEnumerable<PolicyEvent> events, CountryCode country) =>
        FilterArguments.NoNulls(events, nameof(events)).Where(e => e.Country == country);

    /// <summary>Events about one of <paramref name="countries"/>.</summary>
    public static IEnumerable<PolicyEvent> InCountries(this IEnumerable<PolicyEvent> events, IEnumerable<CountryCode> countries)
    {
        var set = FilterArguments.CodeSet(countries);
        return FilterArguments.NoNulls(events, nameof(events)).Where(e => e.Country is CountryCode c && set.Contains(c));
    }

    /// <summary>Events about one of <paramref name="countries"/>.</summary>
    public static IEnumerable<PolicyEvent> InCountries(this IEnumerable<PolicyEvent> events, IEnumerable<Country> countries)
    {
        var set = FilterArguments.CodeSet(countries);
        return FilterArguments.NoNulls(events, nameof(events)).Where(e => e.Country is CountryCode c && set.Contains(c));
    }

    /// <summary>Events about a state in a region of <paramref name="countries"/> (see <see cref="CountryCollection.InRegion"/>).</summary>
    /// <exception cref="ArgumentException">The region is unknown.</exception>
    public static IEnumerable<PolicyEvent> InRegion(this IEnumerable<PolicyEvent> events, CountryCollection countries, string region)
    {
        var set = FilterArguments.RegionCodes(countries, region);
        return FilterArguments.NoNulls(events, nameof(events)).Where(e => e.Country is CountryCode c && set.Contains(c));
    }

    /// <summary>Region-wide events (forum and leaders' meetings), which name no single state.</summary>
    public static IEnumerable<PolicyEvent> RegionWide(this IEnumerable<PolicyEvent> events) =>
        FilterArguments.NoNulls(events, nameof(events)).Where(e => e.Country is null);

    /// <summary>Events of any of the given kinds.</summary>
    /// <exception cref="ArgumentException">No kind is given.</exception>
    public static IEnumerable<PolicyEvent> OfKind(this IEnumerable<PolicyEvent> events, params PolicyEventKind[] kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        if (kinds.Length == 0)
        {
            throw new ArgumentException("Give at least one event kind.", nameof(kinds));
        }

        var set = kinds.ToHashSet();
        return FilterArguments.NoNulls(events, nameof(events)).Where(e => set.Contains(e.Kind));
    }

    /// <summary>Events on a policy track (relations, Belt and Road, free trade, AIIB, regional dialogue).</summary>
    public static IEnumerable<PolicyEvent> OnTrack(this IEnumerable<PolicyEvent> events, PolicyTrack track) =>
        FilterArguments.NoNulls(events, nameof(events)).Where(e => e.Track == track);

    /// <summary>Events dated in <paramref name="year"/>; undated events never match.</summary>
    public static IEnumerable<PolicyEvent> InYear(this IEnumerable<PolicyEvent> events, int year) =>
        FilterArguments.NoNulls(events, nameof(events)).Where(e => e.Date?.Year == year);

    /// <summary>Events dated from <paramref name="from"/> to <paramref name="to"/>, both included; undated events never match.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static IEnumerable<PolicyEvent> InYears(this IEnumerable<PolicyEvent> events, int from, int to)
    {
        FilterArguments.Years(from, to);
        return FilterArguments.NoNulls(events, nameof(events)).Where(e => e.Date is PartialDate d && d.Year >= from && d.Year <= to);
    }

    /// <summary>Events that certainly happened on or before <paramref name="asOf"/> (see <see cref="AsOfRule"/>); undated events never match.</summary>
    public static IEnumerable<PolicyEvent> AsOf(this IEnumerable<PolicyEvent> events, DateOnly asOf) =>
        FilterArguments.NoNulls(events, nameof(events)).Where(e => AsOfRule.HappenedBy(e.Date, asOf));
}
