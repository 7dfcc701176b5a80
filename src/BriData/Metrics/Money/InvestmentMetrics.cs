namespace BriData;

/// <summary>
/// Totals, counts and concentration of investment and construction records (AEI tracker, nominal USD).
/// Equity investments and construction contracts are different things and are never summed together unless
/// asked for explicitly (<see cref="TotalNominalUsdAllKinds"/>): every other total takes the
/// <see cref="InvestmentKind"/> to add up. Aggregation-safe by default (troubled transactions left out).
/// Nominal sums over several years carry no single price year. Formulas in docs/metrics.md.
/// </summary>
public static class InvestmentMetrics
{
    /// <summary>
    /// The total of one kind of record (investments, construction or unknown), nominal USD, with record counts. A
    /// total of investments or of construction also reports the rows of kind Unknown it leaves out
    /// (<see cref="MoneyTotal.UnknownKindExcludedCount"/>, <see cref="MoneyTotal.UnknownKindExcludedAmount"/>), under the same scope.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public static MoneyTotal TotalNominalUsd(this IEnumerable<InvestmentRecord> records, InvestmentKind kind, AggregationScope scope = AggregationScope.SafeRecordsOnly)
    {
        // One pass: the rows of the kind, and the rows of kind Unknown that the total leaves out (reported with it).
        var (total, unknown) = Aggregation.TotalsOfTwo(
            records, r => r.Kind == kind, r => r.Kind == InvestmentKind.Unknown, r => r.Amount, r => r.IsAggregationSafe, scope);
        return kind == InvestmentKind.Unknown ? total : WithUnknown(total, unknown);
    }

    /// <summary>True when <paramref name="records"/> hold a record of <paramref name="kind"/> (a plain loop: this runs on every grouping).</summary>
    private static bool AnyOfKind(IReadOnlyList<InvestmentRecord> records, InvestmentKind kind)
    {
        for (var i = 0; i < records.Count; i++)
        {
            if (records[i].Kind == kind)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The total with the rows of unknown kind it leaves out (the counted rows of <paramref name="unknown"/>).</summary>
    private static MoneyTotal WithUnknown(MoneyTotal total, MoneyTotal unknown) => unknown.RecordCount == 0
        ? total
        : total.WithUnknownKindExcluded(unknown.RecordCount, unknown.Amount);

    /// <summary>Groups of one kind, each with the rows of kind Unknown of the same key that it leaves out. Keys with Unknown rows only have no group.</summary>
    private static IReadOnlyList<MoneyGroup<TKey>> GroupsOfKind<TKey>(IEnumerable<InvestmentRecord> records, string dimension, Func<InvestmentRecord, TKey> keyOf, InvestmentKind kind, AggregationScope scope, bool ranked)
    {
        var list = FilterArguments.NoNullsList(records, nameof(records));
        var groups = Aggregation.GroupTotals(list, dimension, keyOf, r => r.Amount, r => r.IsAggregationSafe, scope, ranked, r => r.Kind == kind);
        if (kind == InvestmentKind.Unknown || !AnyOfKind(list, InvestmentKind.Unknown))
        {
            return groups;
        }

        var unknown = Aggregation.GroupTotals(list, dimension, keyOf, r => r.Amount, r => r.IsAggregationSafe, scope, include: r => r.Kind == InvestmentKind.Unknown);

        var comparer = EqualityComparer<TKey>.Default;
        return groups.Select(g => unknown.FirstOrDefault(u => comparer.Equals(u.Key, g.Key)) is MoneyGroup<TKey> u ? g.WithTotal(WithUnknown(g.Total, u.Total)) : g).ToArray();
    }

    /// <summary>
    /// The total of every record whatever its kind: equity investments, construction contracts and unknown rows
    /// added together. Only for a question that explicitly wants them combined.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public static MoneyTotal TotalNominalUsdAllKinds(this IEnumerable<InvestmentRecord> records, AggregationScope scope = AggregationScope.SafeRecordsOnly)
    {
        ArgumentNullException.ThrowIfNull(records);
        return Aggregation.Total(records, r => r.Amount, r => r.IsAggregationSafe, scope);
    }

    /// <summary>
    /// Totals of one kind by any key, in key order (strings ordinally; a null key last). Each group of investments or
    /// construction reports the rows of kind Unknown with the same key that it leaves out
    /// (<see cref="MoneyTotal.UnknownKindExcludedCount"/>); a key whose rows are all of unknown kind has no group.
    /// </summary>
    /// <param name="records">The records.</param>
    /// <param name="dimension">The name of the key, for tidy output.</param>
    /// <param name="keyOf">The key of a record.</param>
    /// <param name="kind">The kind of record to add up.</param>
    /// <param name="scope">Which records are added.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<MoneyGroup<TKey>> TotalsNominalUsdBy<TKey>(
        this IEnumerable<InvestmentRecord> records, string dimension, Func<InvestmentRecord, TKey> keyOf, InvestmentKind kind, AggregationScope scope = AggregationScope.SafeRecordsOnly)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(dimension);
        ArgumentNullException.ThrowIfNull(keyOf);
        return GroupsOfKind(records, dimension, keyOf, kind, scope, ranked: false);
    }

    private static IReadOnlyList<MoneyGroup<TKey>> RankedBy<TKey>(IEnumerable<InvestmentRecord> records, string dimension, Func<InvestmentRecord, TKey> keyOf, InvestmentKind kind, AggregationScope scope)
    {
        ArgumentNullException.ThrowIfNull(records);
        return GroupsOfKind(records, dimension, keyOf, kind, scope, ranked: true);
    }

    /// <summary>Totals of one kind by host country (nominal USD), ranked: largest amount first with its <see cref="MoneyGroup{TKey}.Rank"/>, equal amounts in code order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public static IReadOnlyList<MoneyGroup<CountryCode>> TotalsByCountry(this IEnumerable<InvestmentRecord> records, InvestmentKind kind, AggregationScope scope = AggregationScope.SafeRecordsOnly) =>
        RankedBy(records, "country", r => r.Country, kind, scope);

    /// <summary>Totals of one kind by AEI sector (nominal USD), ranked: largest amount first with its <see cref="MoneyGroup{TKey}.Rank"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public static IReadOnlyList<MoneyGroup<string>> TotalsBySector(this IEnumerable<InvestmentRecord> records, InvestmentKind kind, AggregationScope scope = AggregationScope.SafeRecordsOnly) =>
        RankedBy(records, "sector", r => r.Sector, kind, scope);

    /// <summary>Totals of one kind by investor or contractor as AEI spells it (nominal USD), ranked: largest amount first with its <see cref="MoneyGroup{TKey}.Rank"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public static IReadOnlyList<MoneyGroup<string>> TotalsByInvestor(this IEnumerable<InvestmentRecord> records, InvestmentKind kind, AggregationScope scope = AggregationScope.SafeRecordsOnly) =>
        RankedBy(records, "investor", r => r.Investor, kind, scope);

    /// <summary>Totals of one kind by year (nominal USD of that year), in year order (each group still carries its <see cref="MoneyGroup{TKey}.Rank"/>); years without records are absent.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public static IReadOnlyList<MoneyGroup<int>> TotalsByYear(this IEnumerable<InvestmentRecord> records, InvestmentKind kind, AggregationScope scope = AggregationScope.SafeRecordsOnly) =>
        records.TotalsNominalUsdBy("year", r => r.Date.Year, kind, scope);

    /// <summary>
    /// Sector concentration of one kind's amounts, Herfindahl–Hirschman points (0–10,000):
    /// <c>Σ over sectors of (100 × amount(sector) / Σ amount)²</c>. Null when nothing is counted.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public static decimal? SectorConcentrationHhi(this IEnumerable<InvestmentRecord> records, InvestmentKind kind, AggregationScope scope = AggregationScope.SafeRecordsOnly) =>
        Aggregation.Hhi(records.TotalsBySector(kind, scope).Where(g => g.Total.Amount is not null).Select(g => g.Total.Amount!.Value.AmountUsd));

    /// <summary>
    /// Cumulative amounts of one kind by year, nominal USD (plain dollars, mixed years): for each year from the
    /// first to the last with records, the sum of every amount up to that year.
    /// </summary>
    /// <param name="records">The records.</param>
    /// <param name="kind">The kind of record to add up.</param>
    /// <param name="entity">What the selection is, for the series.</param>
    /// <param name="scope">Which records are added.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static MetricSeries CumulativeNominalUsdByYear(this IEnumerable<InvestmentRecord> records, InvestmentKind kind, string entity = "selection", AggregationScope scope = AggregationScope.SafeRecordsOnly)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var byYear = records.TotalsByYear(kind, scope);
        return new MetricSeries(entity, $"{kind} amounts, cumulative", Units.UsdNominal,
            Aggregation.CumulativeByYear(byYear), byYear.SelectMany(g => g.Total.SourceIds));
    }
}
