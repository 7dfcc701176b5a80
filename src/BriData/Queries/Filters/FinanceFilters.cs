namespace BriData;

/// <summary>
/// Filters over development-finance records that read like the question ("finance to Peru in energy since
/// 2015"). Each returns a lazy sequence that composes with LINQ; the input order is kept.
/// </summary>
public static class FinanceFilters
{
    /// <summary>Records whose recipient is <paramref name="country"/>.</summary>
    public static IEnumerable<FinanceRecord> InCountry(this IEnumerable<FinanceRecord> records, CountryCode country) =>
        FilterArguments.NoNulls(records, nameof(records)).Where(r => r.Recipient == country);

    /// <summary>Records whose recipient is one of <paramref name="countries"/>.</summary>
    public static IEnumerable<FinanceRecord> InCountries(this IEnumerable<FinanceRecord> records, IEnumerable<CountryCode> countries)
    {
        var set = FilterArguments.CodeSet(countries);
        return FilterArguments.NoNulls(records, nameof(records)).Where(r => set.Contains(r.Recipient));
    }

    /// <summary>Records whose recipient is one of <paramref name="countries"/>.</summary>
    public static IEnumerable<FinanceRecord> InCountries(this IEnumerable<FinanceRecord> records, IEnumerable<Country> countries)
    {
        var set = FilterArguments.CodeSet(countries);
        return FilterArguments.NoNulls(records, nameof(records)).Where(r => set.Contains(r.Recipient));
    }

    /// <summary>
    /// Records whose recipient lies in a region of <paramref name="countries"/> ("Caribbean", "Central America",
    /// "South America", "Latin America and the Caribbean"; see <see cref="CountryCollection.InRegion"/>).
    /// Territories that are not in the country set (Curaçao, Sint Maarten) belong to no region.
    /// </summary>
    /// <exception cref="ArgumentException">The region is unknown.</exception>
    public static IEnumerable<FinanceRecord> InRegion(this IEnumerable<FinanceRecord> records, CountryCollection countries, string region)
    {
        var set = FilterArguments.RegionCodes(countries, region);
        return FilterArguments.NoNulls(records, nameof(records)).Where(r => set.Contains(r.Recipient));
    }

    /// <summary>Records in an AidData sector (for example "ENERGY"), ignoring case, accents, spaces and punctuation.</summary>
    public static IEnumerable<FinanceRecord> InSector(this IEnumerable<FinanceRecord> records, string sector)
    {
        FilterArguments.Text(sector, nameof(sector));
        return FilterArguments.NoNulls(records, nameof(records)).Where(r => FilterArguments.SameName(r.Sector, sector));
    }

    /// <summary>Records with implementation status <paramref name="status"/>.</summary>
    public static IEnumerable<FinanceRecord> WithStatus(this IEnumerable<FinanceRecord> records, FinanceStatus status) =>
        FilterArguments.NoNulls(records, nameof(records)).Where(r => r.Status == status);

    /// <summary>
    /// Records whose lender is <paramref name="lender"/> as the data spells it, ignoring case, accents, spaces and
    /// punctuation ("China Eximbank" = "china eximbank"). Spellings are not merged: "CDB" and "China Development
    /// Bank" are different lenders to this filter. Records without a lender never match.
    /// </summary>
    public static IEnumerable<FinanceRecord> ByLender(this IEnumerable<FinanceRecord> records, string lender)
    {
        FilterArguments.Text(lender, nameof(lender));
        return FilterArguments.NoNulls(records, nameof(records)).Where(r => FilterArguments.SameName(r.Lender, lender));
    }

    /// <summary>Records committed in <paramref name="year"/>.</summary>
    public static IEnumerable<FinanceRecord> InYear(this IEnumerable<FinanceRecord> records, int year) =>
        FilterArguments.NoNulls(records, nameof(records)).Where(r => r.CommitmentYear == year);

    /// <summary>Records committed from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static IEnumerable<FinanceRecord> InYears(this IEnumerable<FinanceRecord> records, int from, int to)
    {
        FilterArguments.Years(from, to);
        return FilterArguments.NoNulls(records, nameof(records)).Where(r => r.CommitmentYear >= from && r.CommitmentYear <= to);
    }

    /// <summary>Records AidData marks as physical infrastructure.</summary>
    public static IEnumerable<FinanceRecord> InfrastructureOnly(this IEnumerable<FinanceRecord> records) =>
        FilterArguments.NoNulls(records, nameof(records)).Where(r => r.IsInfrastructure);

    /// <summary>Records that may be summed under AidData's rule (<see cref="FinanceRecord.IsAggregationSafe"/>).</summary>
    public static IEnumerable<FinanceRecord> AggregationSafe(this IEnumerable<FinanceRecord> records) =>
        FilterArguments.NoNulls(records, nameof(records)).Where(r => r.IsAggregationSafe);

    /// <summary>
    /// Records certainly committed on or before <paramref name="asOf"/>: by the commitment date when known,
    /// otherwise by the commitment year (which counts from 31 December; see <see cref="AsOfRule"/>).
    /// </summary>
    public static IEnumerable<FinanceRecord> CommittedAsOf(this IEnumerable<FinanceRecord> records, DateOnly asOf) =>
        FilterArguments.NoNulls(records, nameof(records)).Where(r => AsOfRule.HappenedBy(r.CommitmentDate ?? new PartialDate(r.CommitmentYear), asOf));
}
