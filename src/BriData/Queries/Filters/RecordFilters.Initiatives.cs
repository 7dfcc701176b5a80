namespace BriData;

// The filters that belong to the initiatives set alone (see RecordFilters.cs for those by country and year).

public static partial class RecordFilters
{
    /// <summary>Initiatives that name <paramref name="country"/>.</summary>
    public static IEnumerable<Initiative> InCountry(this IEnumerable<Initiative> initiatives, CountryCode country) =>
        FilterArguments.NoNulls(initiatives, nameof(initiatives)).Where(i => i.Countries.Contains(country));

    /// <summary>Initiatives in <paramref name="domain"/>.</summary>
    public static IEnumerable<Initiative> InDomain(this IEnumerable<Initiative> initiatives, InitiativeDomain domain) =>
        FilterArguments.NoNulls(initiatives, nameof(initiatives)).Where(i => i.Domain == domain);
}
