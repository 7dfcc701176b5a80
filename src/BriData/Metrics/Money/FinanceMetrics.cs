namespace BriData;

/// <summary>
/// Totals, counts, shares and concentration of development-finance commitments (AidData, constant 2021 USD).
/// Aggregation-safe by default (<see cref="AggregationScope.SafeRecordsOnly"/>); records without an amount are
/// counted but never added as zero. Pure functions of the records given; formulas in docs/metrics.md.
/// </summary>
public static class FinanceMetrics
{
    /// <summary>The total of the amounts, in constant 2021 USD, with record counts.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public static MoneyTotal TotalConstantUsd2021(this IEnumerable<FinanceRecord> records, AggregationScope scope = AggregationScope.SafeRecordsOnly)
    {
        ArgumentNullException.ThrowIfNull(records);
        return Aggregation.Total(records, r => r.Amount, r => r.IsAggregationSafe, scope);
    }

    /// <summary>Totals by any key, in key order (strings ordinally; a null key last), each with its rank by amount (<see cref="MoneyGroup{TKey}.Rank"/>). Groups with no counted record are left out.</summary>
    /// <param name="records">The records.</param>
    /// <param name="dimension">The name of the key, for tidy output (for example "intent").</param>
    /// <param name="keyOf">The key of a record.</param>
    /// <param name="scope">Which records are added.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<MoneyGroup<TKey>> TotalsConstantUsd2021By<TKey>(
        this IEnumerable<FinanceRecord> records, string dimension, Func<FinanceRecord, TKey> keyOf, AggregationScope scope = AggregationScope.SafeRecordsOnly)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(dimension);
        ArgumentNullException.ThrowIfNull(keyOf);
        return Aggregation.GroupTotals(records, dimension, keyOf, r => r.Amount, r => r.IsAggregationSafe, scope);
    }

    private static IReadOnlyList<MoneyGroup<TKey>> RankedBy<TKey>(IEnumerable<FinanceRecord> records, string dimension, Func<FinanceRecord, TKey> keyOf, AggregationScope scope)
    {
        ArgumentNullException.ThrowIfNull(records);
        return Aggregation.GroupTotals(records, dimension, keyOf, r => r.Amount, r => r.IsAggregationSafe, scope, ranked: true);
    }

    /// <summary>Totals by recipient country (constant 2021 USD), ranked: largest amount first with its <see cref="MoneyGroup{TKey}.Rank"/>, equal amounts in code order, countries without an amount last.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public static IReadOnlyList<MoneyGroup<CountryCode>> TotalsByCountry(this IEnumerable<FinanceRecord> records, AggregationScope scope = AggregationScope.SafeRecordsOnly) =>
        RankedBy(records, "country", r => r.Recipient, scope);

    /// <summary>Totals by AidData sector (constant 2021 USD), ranked: largest amount first with its <see cref="MoneyGroup{TKey}.Rank"/>, equal amounts in ordinal order, sectors without an amount last.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public static IReadOnlyList<MoneyGroup<string>> TotalsBySector(this IEnumerable<FinanceRecord> records, AggregationScope scope = AggregationScope.SafeRecordsOnly) =>
        RankedBy(records, "sector", r => r.Sector, scope);

    /// <summary>Totals by lender as the data spells it (constant 2021 USD), ranked: largest amount first with its <see cref="MoneyGroup{TKey}.Rank"/>; records naming no lender form the null group, ranked like the others.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public static IReadOnlyList<MoneyGroup<string?>> TotalsByLender(this IEnumerable<FinanceRecord> records, AggregationScope scope = AggregationScope.SafeRecordsOnly) =>
        RankedBy(records, "lender", r => r.Lender, scope);

    /// <summary>Totals by commitment year (constant 2021 USD), in year order (a time series; each group still carries its <see cref="MoneyGroup{TKey}.Rank"/> by amount); years without records are absent.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public static IReadOnlyList<MoneyGroup<int>> TotalsByYear(this IEnumerable<FinanceRecord> records, AggregationScope scope = AggregationScope.SafeRecordsOnly) =>
        records.TotalsConstantUsd2021By("year", r => r.CommitmentYear, scope);

    /// <summary>Totals by implementation status (constant 2021 USD), ranked: largest amount first with its <see cref="MoneyGroup{TKey}.Rank"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public static IReadOnlyList<MoneyGroup<FinanceStatus>> TotalsByStatus(this IEnumerable<FinanceRecord> records, AggregationScope scope = AggregationScope.SafeRecordsOnly) =>
        RankedBy(records, "status", r => r.Status, scope);

    /// <summary>
    /// Infrastructure's share of the amount, percent: <c>100 × Σ amount(infrastructure) / Σ amount(all)</c> over the
    /// counted records that have an amount. Null when no counted record has an amount or the total is zero.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public static decimal? InfrastructureSharePercent(this IEnumerable<FinanceRecord> records, AggregationScope scope = AggregationScope.SafeRecordsOnly)
    {
        var list = FilterArguments.NoNullsList(records, nameof(records));
        var all = list.TotalConstantUsd2021(scope).Amount;
        if (all is not Money total || total.AmountUsd == 0)
        {
            return null;
        }

        var infrastructure = list.Where(r => r.IsInfrastructure).TotalConstantUsd2021(scope).Amount;
        return infrastructure is Money part ? 100m * (part / total) : 0m;
    }

    /// <summary>
    /// Infrastructure's share of the number of records, percent: <c>100 × n(infrastructure) / n(all)</c> over the
    /// counted records, with or without amount. Null when no record is counted.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public static decimal? InfrastructureShareOfRecordsPercent(this IEnumerable<FinanceRecord> records, AggregationScope scope = AggregationScope.SafeRecordsOnly)
    {
        ArgumentNullException.ThrowIfNull(records);
        var counted = FilterArguments.NoNulls(records, nameof(records)).Where(r => scope == AggregationScope.AllRecords || r.IsAggregationSafe).ToArray();
        return counted.Length == 0 ? null : 100m * counted.Count(r => r.IsInfrastructure) / counted.Length;
    }

    /// <summary>
    /// Sector concentration of the amounts as a Herfindahl–Hirschman index in points (0–10,000):
    /// <c>Σ over sectors of (100 × amount(sector) / Σ amount)²</c>, over counted records with an amount. 10,000 is
    /// one sector; null when the total is zero or nothing has an amount.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public static decimal? SectorConcentrationHhi(this IEnumerable<FinanceRecord> records, AggregationScope scope = AggregationScope.SafeRecordsOnly) =>
        Aggregation.Hhi(records.TotalsBySector(scope).Where(g => g.Total.Amount is not null).Select(g => g.Total.Amount!.Value.AmountUsd));

    /// <summary>
    /// Cumulative commitments by year, in constant 2021 USD (plain dollars): for each year from the first to the
    /// last commitment year with an amount, the sum of every known amount up to that year. Years without
    /// commitments carry the running total; amounts that are missing are not added.
    /// </summary>
    /// <param name="records">The records.</param>
    /// <param name="entity">What the selection is, for the series (for example "PER").</param>
    /// <param name="scope">Which records are added.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static MetricSeries CumulativeConstantUsd2021ByYear(this IEnumerable<FinanceRecord> records, string entity = "selection", AggregationScope scope = AggregationScope.SafeRecordsOnly)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var byYear = records.TotalsByYear(scope);
        return new MetricSeries(entity, "development finance commitments, cumulative", Units.UsdConstant2021,
            Aggregation.CumulativeByYear(byYear), byYear.SelectMany(g => g.Total.SourceIds));
    }
}
