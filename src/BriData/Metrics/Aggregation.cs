namespace BriData;

/// <summary>
/// The aggregation step every metric goes through: sums, money totals and grouped totals. Kept small and in one
/// place so that a faster (columnar) implementation can replace it without touching the metrics.
/// </summary>
internal static class Aggregation
{
    public static decimal Sum(IEnumerable<decimal> values)
    {
        var total = 0m;
        foreach (var v in values)
        {
            total += v;
        }

        return total;
    }

    /// <summary>Totals the amounts of <paramref name="records"/> under <paramref name="scope"/>; missing amounts are counted, not added.</summary>
    public static MoneyTotal Total<T>(IEnumerable<T> records, Func<T, Money?> amountOf, Func<T, bool> isSafe, AggregationScope scope)
        where T : ISourced
    {
        Money? sum = null;
        int counted = 0, withoutAmount = 0, excluded = 0;
        var sources = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in records)
        {
            if (scope == AggregationScope.SafeRecordsOnly && !isSafe(r))
            {
                excluded++;
                continue;
            }

            counted++;
            foreach (var s in r.SourceIds)
            {
                sources.Add(s);
            }

            if (amountOf(r) is Money m)
            {
                sum = sum is Money acc ? acc + m : m;
            }
            else
            {
                withoutAmount++;
            }
        }

        return new MoneyTotal
        {
            Amount = sum,
            RecordCount = counted,
            RecordsWithoutAmount = withoutAmount,
            ExcludedRecordCount = excluded,
            SourceIds = sources.Order(StringComparer.Ordinal).ToArray(),
        };
    }

    /// <summary>Groups <paramref name="records"/> by key and totals each group; groups in key order (strings ordinally, null last).</summary>
    public static IReadOnlyList<MoneyGroup<TKey>> GroupTotals<T, TKey>(
        IEnumerable<T> records, string dimension, Func<T, TKey> keyOf, Func<T, Money?> amountOf, Func<T, bool> isSafe, AggregationScope scope)
        where T : ISourced
    {
        var comparer = typeof(TKey) == typeof(string) ? (IComparer<TKey>)(object)StringComparer.Ordinal : Comparer<TKey>.Default;
        return records
            .GroupBy(keyOf)
            .Select(g => new MoneyGroup<TKey>(dimension, g.Key, Total(g, amountOf, isSafe, scope)))
            .Where(g => g.Total.RecordCount > 0)
            .OrderBy(g => g.Key is null ? 1 : 0)
            .ThenBy(g => g.Key, comparer)
            .ToArray();
    }

    /// <summary>Herfindahl–Hirschman index of the shares of <paramref name="amounts"/>: Σ (100 × aᵢ / Σa)²; null when the total is not positive.</summary>
    public static decimal? Hhi(IEnumerable<decimal> amounts)
    {
        var list = amounts.ToArray();
        var total = Sum(list);
        if (total <= 0)
        {
            return null;
        }

        var hhi = 0m;
        foreach (var a in list)
        {
            var share = 100m * a / total;
            hhi += share * share;
        }

        return hhi;
    }

    /// <summary>Cumulative yearly totals over every year from the first to the last key; years without records carry the running total.</summary>
    public static IEnumerable<YearValue> CumulativeByYear(IReadOnlyList<MoneyGroup<int>> byYear)
    {
        var withAmount = byYear.Where(g => g.Total.Amount is not null).ToDictionary(g => g.Key, g => g.Total.Amount!.Value.AmountUsd);
        if (withAmount.Count == 0)
        {
            yield break;
        }

        var running = 0m;
        for (var y = withAmount.Keys.Min(); y <= withAmount.Keys.Max(); y++)
        {
            running += withAmount.GetValueOrDefault(y);
            yield return new YearValue(y, running);
        }
    }
}
