namespace BriData;

/// <summary>Filters over trade records. Each returns a lazy sequence that composes with LINQ; the input order is kept.</summary>
public static class TradeFilters
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

    /// <summary>Records of <paramref name="year"/>.</summary>
    public static IEnumerable<TradeRecord> InYear(this IEnumerable<TradeRecord> records, int year) =>
        FilterArguments.NoNulls(records, nameof(records)).Where(r => r.Year == year);

    /// <summary>Records from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static IEnumerable<TradeRecord> InYears(this IEnumerable<TradeRecord> records, int from, int to)
    {
        FilterArguments.Years(from, to);
        return FilterArguments.NoNulls(records, nameof(records)).Where(r => r.Year >= from && r.Year <= to);
    }
}
