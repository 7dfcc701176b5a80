namespace BriData;

/// <summary>Filters over published claims. Each returns a lazy sequence; the input order is kept.</summary>
public static class ClaimFilters
{
    /// <summary>Claims about <paramref name="country"/> (region-wide claims are not included).</summary>
    public static IEnumerable<Claim> InCountry(this IEnumerable<Claim> claims, CountryCode country) =>
        FilterArguments.NoNulls(claims, nameof(claims)).Where(c => c.Country == country);

    /// <summary>Region-wide claims (about Latin America and the Caribbean as a whole).</summary>
    public static IEnumerable<Claim> RegionWide(this IEnumerable<Claim> claims) =>
        FilterArguments.NoNulls(claims, nameof(claims)).Where(c => c.Country is null);

    /// <summary>Claims on <paramref name="topic"/>.</summary>
    public static IEnumerable<Claim> OnTopic(this IEnumerable<Claim> claims, ClaimTopic topic) =>
        FilterArguments.NoNulls(claims, nameof(claims)).Where(c => c.Topic == topic);
}
