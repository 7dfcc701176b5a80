namespace BriData;

/// <summary>
/// Filters over investment and construction records (AEI China Global Investment Tracker). Each returns a lazy
/// sequence that composes with LINQ; the input order is kept.
/// </summary>
public static class InvestmentFilters
{
    /// <summary>Records in <paramref name="country"/>.</summary>
    public static IEnumerable<InvestmentRecord> InCountry(this IEnumerable<InvestmentRecord> records, CountryCode country) =>
        FilterArguments.NoNulls(records, nameof(records)).Where(r => r.Country == country);

    /// <summary>Records in one of <paramref name="countries"/>.</summary>
    public static IEnumerable<InvestmentRecord> InCountries(this IEnumerable<InvestmentRecord> records, IEnumerable<CountryCode> countries)
    {
        var set = FilterArguments.CodeSet(countries);
        return FilterArguments.NoNulls(records, nameof(records)).Where(r => set.Contains(r.Country));
    }

    /// <summary>Records in one of <paramref name="countries"/>.</summary>
    public static IEnumerable<InvestmentRecord> InCountries(this IEnumerable<InvestmentRecord> records, IEnumerable<Country> countries)
    {
        var set = FilterArguments.CodeSet(countries);
        return FilterArguments.NoNulls(records, nameof(records)).Where(r => set.Contains(r.Country));
    }

    /// <summary>Records in a region of <paramref name="countries"/> (see <see cref="CountryCollection.InRegion"/>).</summary>
    /// <exception cref="ArgumentException">The region is unknown.</exception>
    public static IEnumerable<InvestmentRecord> InRegion(this IEnumerable<InvestmentRecord> records, CountryCollection countries, string region)
    {
        var set = FilterArguments.RegionCodes(countries, region);
        return FilterArguments.NoNulls(records, nameof(records)).Where(r => set.Contains(r.Country));
    }

    /// <summary>Records in an AEI sector (for example "Energy"), ignoring case, accents, spaces and punctuation.</summary>
    public static IEnumerable<InvestmentRecord> InSector(this IEnumerable<InvestmentRecord> records, string sector)
    {
        FilterArguments.Text(sector, nameof(sector));
        return FilterArguments.NoNulls(records, nameof(records)).Where(r => FilterArguments.SameName(r.Sector, sector));
    }

    /// <summary>Records whose investor or contractor is <paramref name="investor"/> as AEI spells it, ignoring case, accents, spaces and punctuation.</summary>
    public static IEnumerable<InvestmentRecord> ByInvestor(this IEnumerable<InvestmentRecord> records, string investor)
    {
        FilterArguments.Text(investor, nameof(investor));
        return FilterArguments.NoNulls(records, nameof(records)).Where(r => FilterArguments.SameName(r.Investor, investor));
    }

    /// <summary>Records of one kind: equity investments, construction contracts, or those of unknown kind.</summary>
    public static IEnumerable<InvestmentRecord> OfKind(this IEnumerable<InvestmentRecord> records, InvestmentKind kind) =>
        FilterArguments.NoNulls(records, nameof(records)).Where(r => r.Kind == kind);

    /// <summary>Records dated in <paramref name="year"/>.</summary>
    public static IEnumerable<InvestmentRecord> InYear(this IEnumerable<InvestmentRecord> records, int year) =>
        FilterArguments.NoNulls(records, nameof(records)).Where(r => r.Date.Year == year);

    /// <summary>Records dated from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static IEnumerable<InvestmentRecord> InYears(this IEnumerable<InvestmentRecord> records, int from, int to)
    {
        FilterArguments.Years(from, to);
        return FilterArguments.NoNulls(records, nameof(records)).Where(r => r.Date.Year >= from && r.Date.Year <= to);
    }

    /// <summary>Records certainly dated on or before <paramref name="asOf"/> (a month counts from its last day; see <see cref="AsOfRule"/>).</summary>
    public static IEnumerable<InvestmentRecord> AsOf(this IEnumerable<InvestmentRecord> records, DateOnly asOf) =>
        FilterArguments.NoNulls(records, nameof(records)).Where(r => AsOfRule.HappenedBy(r.Date, asOf));

    /// <summary>Records that may be summed (not troubled; <see cref="InvestmentRecord.IsAggregationSafe"/>).</summary>
    public static IEnumerable<InvestmentRecord> AggregationSafe(this IEnumerable<InvestmentRecord> records) =>
        FilterArguments.NoNulls(records, nameof(records)).Where(r => r.IsAggregationSafe);
}
