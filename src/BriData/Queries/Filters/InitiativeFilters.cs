namespace BriData;

/// <summary>Filters over initiatives and trade highlights. Each returns a lazy sequence; the input order is kept.</summary>
public static class InitiativeFilters
{
    /// <summary>Initiatives that name <paramref name="country"/>.</summary>
    public static IEnumerable<Initiative> InCountry(this IEnumerable<Initiative> initiatives, CountryCode country) =>
        FilterArguments.NoNulls(initiatives, nameof(initiatives)).Where(i => i.Countries.Contains(country));

    /// <summary>Initiatives in <paramref name="domain"/>.</summary>
    public static IEnumerable<Initiative> InDomain(this IEnumerable<Initiative> initiatives, InitiativeDomain domain) =>
        FilterArguments.NoNulls(initiatives, nameof(initiatives)).Where(i => i.Domain == domain);

    /// <summary>Trade highlights of <paramref name="country"/>.</summary>
    public static IEnumerable<TradeHighlight> InCountry(this IEnumerable<TradeHighlight> highlights, CountryCode country) =>
        FilterArguments.NoNulls(highlights, nameof(highlights)).Where(h => h.Country == country);
}
