namespace BriData;

/// <summary>
/// Every metric result as long-format <see cref="TidyRow"/>s: series, bilateral trade, ranks, regional totals,
/// money totals and groups, claim checks, statuses and status changes.
/// </summary>
public static class MetricTidyRows
{
    /// <summary>A series: one row per year (set "series", dimension year, measure and unit of the series; missing years have a null value).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public static IEnumerable<TidyRow> ToTidyRows(this MetricSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return series.Select(p => new TidyRow
        {
            Set = "series",
            Entity = series.Entity,
            Dimensions = new TidyDimensions().Add("year", p.Year).Build(),
            Measure = series.Measure,
            Value = p.Value,
            Unit = series.Unit,
            SourceIds = series.SourceIds,
        });
    }

    /// <summary>Bilateral trade: four rows per item (exportsToChina, importsFromChina, total, balance; USD millions nominal).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="trade"/> is null.</exception>
    public static IEnumerable<TidyRow> ToTidyRows(this IEnumerable<BilateralTrade> trade)
    {
        ArgumentNullException.ThrowIfNull(trade);
        foreach (var t in trade)
        {
            var dims = new TidyDimensions().Add("year", t.Year).Add("reporter", t.Reporter).Add("isEstimate", t.IsEstimate).Build();
            TidyRow Row(string measure, Money? value) => new()
            {
                Set = "bilateral-trade", Entity = t.Country.Alpha3, Dimensions = dims, Measure = measure, Value = value?.AmountUsdMillions, Unit = Units.UsdMillionsNominal, SourceIds = t.SourceIds,
            };
            yield return Row("exportsToChina", t.ExportsToChina);
            yield return Row("importsFromChina", t.ImportsFromChina);
            yield return Row("total", t.Total);
            yield return Row("balance", t.Balance);
        }
    }

    /// <summary>Ranks: two rows per state ("rank" and "total" in USD millions nominal).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="ranks"/> is null.</exception>
    public static IEnumerable<TidyRow> ToTidyRows(this IEnumerable<TradeRank> ranks)
    {
        ArgumentNullException.ThrowIfNull(ranks);
        foreach (var r in ranks)
        {
            var dims = new TidyDimensions().Add("year", r.Year).Add("reporter", r.Reporter).Add("isEstimate", r.IsEstimate).Build();
            yield return new TidyRow { Set = "trade-rank", Entity = r.Country.Alpha3, Dimensions = dims, Measure = "rank", Value = r.Rank, Unit = Units.Rank, SourceIds = [] };
            yield return new TidyRow { Set = "trade-rank", Entity = r.Country.Alpha3, Dimensions = dims, Measure = "total", Value = r.Total.AmountUsdMillions, Unit = Units.UsdMillionsNominal, SourceIds = [] };
        }
    }

    /// <summary>The region's total: rows "total" (USD millions nominal), "statesIncluded" and "statesMissing" (count).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="total"/> is null.</exception>
    public static IEnumerable<TidyRow> ToTidyRows(this RegionalTradeTotal total)
    {
        ArgumentNullException.ThrowIfNull(total);
        var dims = new TidyDimensions().Add("year", total.Year).Add("reporter", total.Reporter).Add("isEstimate", total.IsEstimate).Build();
        return
        [
            new TidyRow { Set = "lac-trade", Entity = "LAC", Dimensions = dims, Measure = "total", Value = total.Total?.AmountUsdMillions, Unit = Units.UsdMillionsNominal, SourceIds = [] },
            new TidyRow { Set = "lac-trade", Entity = "LAC", Dimensions = dims, Measure = "statesIncluded", Value = total.Included.Count, Unit = Units.Count, SourceIds = [] },
            new TidyRow { Set = "lac-trade", Entity = "LAC", Dimensions = dims, Measure = "statesMissing", Value = total.Missing.Count, Unit = Units.Count, SourceIds = [] },
        ];
    }

    /// <summary>A money total: rows "amount" (USD, in the total's basis), "records", "recordsWithoutAmount", "excludedRecords" (count).</summary>
    /// <param name="total">The total.</param>
    /// <param name="entity">What the total is about (for example "PER" or "selection").</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IEnumerable<TidyRow> ToTidyRows(this MoneyTotal total, string entity)
    {
        ArgumentNullException.ThrowIfNull(total);
        ArgumentNullException.ThrowIfNull(entity);
        return MoneyRows("money-total", entity, [], total);
    }

    /// <summary>Grouped money totals: per group the rows of <see cref="ToTidyRows(MoneyTotal, string)"/>, with the group key as entity and as the dimension named by <see cref="MoneyGroup{TKey}.Dimension"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="groups"/> is null.</exception>
    public static IEnumerable<TidyRow> ToTidyRows<TKey>(this IEnumerable<MoneyGroup<TKey>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        return groups.SelectMany(g =>
        {
            var key = TidyDimensions.Format(g.Key);
            return MoneyRows("money-totals", key ?? "(none)", new TidyDimensions().Add(g.Dimension, key).Build(), g.Total);
        });
    }

    /// <summary>Claim checks: rows "claimed value" (claim unit) and "computed value" (computed unit), with the verdict as a dimension.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="checks"/> is null.</exception>
    public static IEnumerable<TidyRow> ToTidyRows(this IEnumerable<ClaimCheck> checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        foreach (var c in checks)
        {
            var dims = new TidyDimensions().Add("verdict", c.Verdict).Add("topic", c.Claim.Topic).Add("country", c.Claim.Country)
                .Add("period", c.Claim.Period?.ToString()).Add("bound", c.Claim.Quantity.Bound).Build();
            yield return new TidyRow { Set = "claim-checks", Entity = c.Claim.Id, Dimensions = dims, Measure = "claimed value", Value = c.Claim.Quantity.Value, Unit = c.Claim.Quantity.Unit.Symbol, SourceIds = c.Claim.SourceIds };
            yield return new TidyRow { Set = "claim-checks", Entity = c.Claim.Id, Dimensions = dims, Measure = "computed value", Value = c.ComputedValue, Unit = (c.ComputedUnit ?? c.Claim.Quantity.Unit).Symbol, SourceIds = c.SourceIds };
        }
    }

    /// <summary>Statuses: per state four flag rows (hasRelationsWithPrc, isBriMember, hasFtaInForce, isAiibMember), the stages as dimensions.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="statuses"/> is null.</exception>
    public static IEnumerable<TidyRow> ToTidyRows(this IEnumerable<CountryStatus> statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        foreach (var s in statuses)
        {
            var dims = new TidyDimensions().Add("asOf", s.AsOf).Add("recognition", s.Recognition).Add("bri", s.Bri).Add("fta", s.Fta)
                .Add("ftaUpgrade", s.FtaUpgrade).Add("aiib", s.Aiib).Add("uncertainTracks", string.Join(";", s.UncertainTracks)).Build();
            var sources = s.Events.SelectMany(e => e.SourceIds).Distinct(StringComparer.Ordinal).ToArray();
            TidyRow Flag(string measure, bool value) => new()
            {
                Set = "status", Entity = s.Country.Alpha3, Dimensions = dims, Measure = measure, Value = value ? 1 : 0, Unit = Units.Flag, SourceIds = sources,
            };
            yield return Flag("hasRelationsWithPrc", s.HasRelationsWithPrc);
            yield return Flag("isBriMember", s.IsBriMember);
            yield return Flag("hasFtaInForce", s.HasFtaInForce);
            yield return Flag("isAiibMember", s.IsAiibMember);
        }
    }

    /// <summary>Status changes: one row per change (measure "changes", value 1; dimensions date, kind, event).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="changes"/> is null.</exception>
    public static IEnumerable<TidyRow> ToTidyRows(this IEnumerable<StatusChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return changes.Select(c => new TidyRow
        {
            Set = "status-changes",
            Entity = c.Country.Alpha3,
            Dimensions = new TidyDimensions().Add("date", c.Date).Add("kind", c.Kind).Add("event", c.Event.Id).Build(),
            Measure = "changes",
            Value = 1,
            Unit = Units.Count,
            SourceIds = c.Event.SourceIds,
        });
    }

    private static IEnumerable<TidyRow> MoneyRows(string set, string entity, IReadOnlyList<KeyValuePair<string, string?>> dims, MoneyTotal total)
    {
        var unit = total.Amount is Money m ? Units.Of(m) : "USD";
        return
        [
            new TidyRow { Set = set, Entity = entity, Dimensions = dims, Measure = "amount", Value = total.Amount?.AmountUsd, Unit = unit, SourceIds = total.SourceIds },
            new TidyRow { Set = set, Entity = entity, Dimensions = dims, Measure = "records", Value = total.RecordCount, Unit = Units.Count, SourceIds = total.SourceIds },
            new TidyRow { Set = set, Entity = entity, Dimensions = dims, Measure = "recordsWithoutAmount", Value = total.RecordsWithoutAmount, Unit = Units.Count, SourceIds = total.SourceIds },
            new TidyRow { Set = set, Entity = entity, Dimensions = dims, Measure = "excludedRecords", Value = total.ExcludedRecordCount, Unit = Units.Count, SourceIds = total.SourceIds },
        ];
    }
}
