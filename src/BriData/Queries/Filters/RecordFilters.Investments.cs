namespace BriData;

// The filters that belong to the investments set alone (see RecordFilters.cs for those by country and year).

public static partial class RecordFilters
{
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

    /// <summary>Records certainly dated on or before <paramref name="asOf"/> (a month counts from its last day; see <see cref="AsOfRule"/>).</summary>
    public static IEnumerable<InvestmentRecord> AsOf(this IEnumerable<InvestmentRecord> records, DateOnly asOf) =>
        FilterArguments.NoNulls(records, nameof(records)).Where(r => AsOfRule.HappenedBy(r.Date, asOf));

    /// <summary>Records that may be summed (not troubled; <see cref="InvestmentRecord.IsAggregationSafe"/>).</summary>
    public static IEnumerable<InvestmentRecord> AggregationSafe(this IEnumerable<InvestmentRecord> records) =>
        FilterArguments.NoNulls(records, nameof(records)).Where(r => r.IsAggregationSafe);
}
