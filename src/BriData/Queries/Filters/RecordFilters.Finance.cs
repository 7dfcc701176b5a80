namespace BriData;

// The filters that belong to the finance set alone (see RecordFilters.cs for those by country and year).

public static partial class RecordFilters
{
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
