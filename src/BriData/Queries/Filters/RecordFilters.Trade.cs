namespace BriData;

// The filters that belong to the trade set alone (see RecordFilters.cs for those by country and year).

public static partial class RecordFilters
{
    /// <summary>Records in which <paramref name="country"/> is reporter or partner.</summary>
    public static IEnumerable<TradeRecord> InCountry(this IEnumerable<TradeRecord> records, CountryCode country) =>
        FilterArguments.NoNulls(records, nameof(records)).Where(r => r.Reporter == country || r.Partner == country);

    /// <summary>Records reported by <paramref name="reporter"/>.</summary>
    public static IEnumerable<TradeRecord> ReportedBy(this IEnumerable<TradeRecord> records, CountryCode reporter) =>
        FilterArguments.NoNulls(records, nameof(records)).Where(r => r.Reporter == reporter);

    /// <summary>Records of one flow (exports FOB or imports CIF, from the reporter's side).</summary>
    public static IEnumerable<TradeRecord> WithFlow(this IEnumerable<TradeRecord> records, TradeFlow flow) =>
        FilterArguments.NoNulls(records, nameof(records)).Where(r => r.Flow == flow);

    /// <summary>Bilateral records (China and a Latin American or Caribbean state), without the World totals.</summary>
    public static IEnumerable<TradeRecord> Bilateral(this IEnumerable<TradeRecord> records) =>
        FilterArguments.NoNulls(records, nameof(records)).Where(r => r.Partner != CountryCode.World);

    /// <summary>World-total records (a reporter's trade with the whole world).</summary>
    public static IEnumerable<TradeRecord> WorldTotals(this IEnumerable<TradeRecord> records) =>
        FilterArguments.NoNulls(records, nameof(records)).Where(r => r.Partner == CountryCode.World);

    /// <summary>Records that are the reporter's own figures (not IMF estimates).</summary>
    public static IEnumerable<TradeRecord> WithoutEstimates(this IEnumerable<TradeRecord> records) =>
        FilterArguments.NoNulls(records, nameof(records)).Where(r => !r.IsEstimate);
}
