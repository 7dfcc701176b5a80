namespace BriData;

// The filters that belong to the claims set alone (see RecordFilters.cs for those by country and year).

public static partial class RecordFilters
{
    /// <summary>Claims on <paramref name="topic"/>.</summary>
    public static IEnumerable<Claim> OnTopic(this IEnumerable<Claim> claims, ClaimTopic topic) =>
        FilterArguments.NoNulls(claims, nameof(claims)).Where(c => c.Topic == topic);
}
