using System.Runtime.CompilerServices;

namespace BriData;

/// <summary>
/// The aggregation step every money metric goes through: totals and grouped totals run on the aggregation core
/// (<see cref="FactTable"/>, exact decimal sums), concentration and cumulative series on their results.
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
        var totals = TotalsOnCore(records, static _ => 0, amountOf, isSafe, scope, out _);
        return totals.Length == 1 ? totals[0] : new MoneyTotal { RecordCount = 0, RecordsWithoutAmount = 0, ExcludedRecordCount = 0, SourceIds = [] };
    }

    /// <summary>
    /// The totals of two disjoint selections of <paramref name="records"/> in one pass: the records
    /// <paramref name="isFirst"/> picks, and those <paramref name="isSecond"/> picks among the rest (others are skipped).
    /// </summary>
    public static (MoneyTotal First, MoneyTotal Second) TotalsOfTwo<T>(
        IEnumerable<T> records, Func<T, bool> isFirst, Func<T, bool> isSecond, Func<T, Money?> amountOf, Func<T, bool> isSafe, AggregationScope scope)
        where T : ISourced
    {
        var totals = TotalsOnCore(records, r => isFirst(r) ? 0 : 1, amountOf, isSafe, scope, out var keys, r => isFirst(r) || isSecond(r));
        var empty = new MoneyTotal { RecordCount = 0, RecordsWithoutAmount = 0, ExcludedRecordCount = 0, SourceIds = [] };
        MoneyTotal first = empty, second = empty;
        for (var i = 0; i < totals.Length; i++)
        {
            if (keys[i] == 0)
            {
                first = totals[i];
            }
            else
            {
                second = totals[i];
            }
        }

        return (first, second);
    }

    /// <summary>
    /// Groups <paramref name="records"/> (those <paramref name="include"/> picks, all when null) by key and totals each
    /// group, each with its <see cref="MoneyGroup{TKey}.Rank"/>.
    /// Groups in key order (strings ordinally, null last), or with <paramref name="ranked"/> in rank order (see
    /// <see cref="Ranked{TKey}"/>).
    /// </summary>
    public static IReadOnlyList<MoneyGroup<TKey>> GroupTotals<T, TKey>(
        IEnumerable<T> records, string dimension, Func<T, TKey> keyOf, Func<T, Money?> amountOf, Func<T, bool> isSafe, AggregationScope scope, bool ranked = false, Func<T, bool>? include = null)
        where T : ISourced
    {
        var comparer = typeof(TKey) == typeof(string) ? (IComparer<TKey>)(object)StringComparer.Ordinal
            : typeof(TKey) == typeof(CountryCode) ? (IComparer<TKey>)(object)CountryCodeOrder.Instance
            : Comparer<TKey>.Default;
        var totals = TotalsOnCore(records, keyOf, amountOf, isSafe, scope, out var keys, include);
        var byKey = new MoneyGroup<TKey>[totals.Length];
        var count = 0;
        for (var i = 0; i < totals.Length; i++)
        {
            if (totals[i].RecordCount > 0)
            {
                byKey[count++] = new MoneyGroup<TKey>(dimension, keys[i], totals[i]);
            }
        }

        Array.Resize(ref byKey, count);
        StableSort.Sort(byKey, (a, b) => a.Key is null ? (b.Key is null ? 0 : 1) : b.Key is null ? -1 : comparer.Compare(a.Key, b.Key));
        var withRanks = WithRanks(byKey);
        return ranked ? Ranked(withRanks) : withRanks;
    }

    /// <summary>
    /// The groups in rank order: largest amount first (compared in US dollars), equal amounts in the order given
    /// (key order), groups without an amount last.
    /// </summary>
    public static MoneyGroup<TKey>[] Ranked<TKey>(IReadOnlyList<MoneyGroup<TKey>> groups)
    {
        var ranked = new MoneyGroup<TKey>[groups.Count];
        for (var i = 0; i < ranked.Length; i++)
        {
            ranked[i] = groups[i];
        }

        StableSort.Sort(ranked, static (a, b) => (a.Rank, b.Rank) switch
        {
            (int x, int y) => x.CompareTo(y),
            (null, null) => 0,
            (null, _) => 1,
            _ => -1,
        });
        return ranked;
    }

    /// <summary>
    /// Gives each group its competition rank by amount, descending: 1 for the largest, equal amounts share a rank
    /// and the next is skipped (1, 2, 2, 4); null for a group without an amount.
    /// </summary>
    private static MoneyGroup<TKey>[] WithRanks<TKey>(MoneyGroup<TKey>[] groups)
    {
        if (groups.Length <= StableSort.SmallCount)
        {
            return WithRanksByCounting(groups);
        }

        var amounts = new decimal[groups.Length];
        var count = 0;
        foreach (var g in groups)
        {
            if (g.Total.Amount is Money m)
            {
                amounts[count++] = m.AmountUsd;
            }
        }

        Array.Sort(amounts, 0, count);
        var ranked = new MoneyGroup<TKey>[groups.Length];
        for (var i = 0; i < groups.Length; i++)
        {
            ranked[i] = groups[i].Total.Amount is Money m ? groups[i].WithRank(1 + count - UpperBound(amounts, count, m.AmountUsd)) : groups[i];
        }

        return ranked;
    }

    /// <summary>Competition ranks by counting, for each group, the groups with a larger amount (a handful of groups: no allocation but the result).</summary>
    private static MoneyGroup<TKey>[] WithRanksByCounting<TKey>(MoneyGroup<TKey>[] groups)
    {
        var ranked = new MoneyGroup<TKey>[groups.Length];
        for (var i = 0; i < groups.Length; i++)
        {
            if (groups[i].Total.Amount is not Money m)
            {
                ranked[i] = groups[i];
                continue;
            }

            var larger = 0;
            foreach (var other in groups)
            {
                if (other.Total.Amount is Money o && o.AmountUsd > m.AmountUsd)
                {
                    larger++;
                }
            }

            ranked[i] = groups[i].WithRank(1 + larger);
        }

        return ranked;
    }

    /// <summary>The number of the first <paramref name="count"/> sorted <paramref name="amounts"/> that are at most <paramref name="amount"/>.</summary>
    private static int UpperBound(decimal[] amounts, int count, decimal amount)
    {
        int low = 0, high = count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (amounts[middle] <= amount)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>
    /// One pass over the records: each record is added to its key's group (counted, or excluded by
    /// <paramref name="scope"/>); a counted record adds its amount in US dollars exactly (decimal), or counts as
    /// without amount; the group's sources are collected, its money basis checked (two bases in one group throw
    /// <see cref="MoneyBasisMismatchException"/>, as adding the amounts would) and its common price year kept.
    /// </summary>
    /// <remarks>
    /// No fact table is built per call: for the embedded sets (about a thousand records) building one cost more than
    /// the whole answer (issue 12). The aggregation core (<see cref="FactTable"/>) stays for users' large tables.
    /// Groups come in order of first appearance; callers sort them. The totals and their keys (<paramref name="keys"/>,
    /// at least as long) are parallel arrays: an array of key-and-total tuples is framework code JIT-compiled per key
    /// type on a first answer (issue 15).
    /// </remarks>
    private static MoneyTotal[] TotalsOnCore<T, TKey>(
        IEnumerable<T> records, Func<T, TKey> keyOf, Func<T, Money?> amountOf, Func<T, bool> isSafe, AggregationScope scope, out TKey[] keys, Func<T, bool>? include = null)
        where T : ISourced
    {
        keys = new TKey[8];
        var groups = new GroupFacts[8];
        var groupCount = 0;
        // Country keys (at most a few dozen distinct) are found by a scan of the keys: no dictionary over CountryCode,
        // whose framework code would be JIT-compiled on a process's first country total (issue 15).
        var byCountry = typeof(TKey) == typeof(CountryCode);
#pragma warning disable CS8714 // TKey may be nullable; a null key never reaches the dictionary (it has its own slot, nullCode)
        var codeOf = byCountry ? null : new Dictionary<TKey, int>(typeof(TKey) == typeof(string) ? (IEqualityComparer<TKey>)(object)StringComparer.Ordinal : EqualityComparer<TKey>.Default);
        var nullCode = -1;
        foreach (var r in FilterArguments.NoNulls(records, nameof(records)))
        {
            if (include is not null && !include(r))
            {
                continue;
            }

            var key = keyOf(r);
            int code;
            if (key is null)
            {
                if (nullCode < 0)
                {
                    nullCode = AddGroup(ref keys, ref groups, ref groupCount, key);
                }

                code = nullCode;
            }
            else if (codeOf is null)
            {
                code = IndexOfCountry(keys, groupCount, Unsafe.As<TKey, CountryCode>(ref key));
                if (code < 0)
                {
                    code = AddGroup(ref keys, ref groups, ref groupCount, key);
                }
            }
            else
            {
                ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(codeOf, key, out var exists);
#pragma warning restore CS8714
                if (!exists)
                {
                    slot = AddGroup(ref keys, ref groups, ref groupCount, key);
                }

                code = slot;
            }

            ref var g = ref groups[code];
            if (scope == AggregationScope.SafeRecordsOnly && !isSafe(r))
            {
                g.Excluded++;
                continue;
            }

            g.Counted++;
            (g.Sources ??= new HashSet<string>(StringComparer.Ordinal)).UnionWith(r.SourceIds);
            if (amountOf(r) is not Money m)
            {
                g.WithoutAmount++;
                continue;
            }

            if (g.First is not Money first)
            {
                g.First = m;
                g.PriceYear = m.PriceYear;
                g.AmountUsd = m.AmountUsd;
                continue;
            }

            if (m.Basis != first.Basis)
            {
                _ = first + m; // throws MoneyBasisMismatchException, exactly as adding them would
            }

            g.PriceYear = g.PriceYear == m.PriceYear ? g.PriceYear : null;
            g.AmountUsd += m.AmountUsd;
        }

        var totals = new MoneyTotal[groupCount];
        for (var code = 0; code < groupCount; code++)
        {
            var g = groups[code];
            totals[code] = new MoneyTotal
            {
                Amount = g.First is Money first && g.AmountUsd is decimal amount ? new Money(amount, first.Basis, g.PriceYear) : null,
                RecordCount = g.Counted,
                RecordsWithoutAmount = g.WithoutAmount,
                ExcludedRecordCount = g.Excluded,
                SourceIds = g.Sources is null ? [] : SortedIds.Sorted(g.Sources),
            };
        }

        return totals;
    }

    /// <summary>The code of the group of <paramref name="country"/> among the first <paramref name="count"/> keys (which are country codes); -1 when it has none yet.</summary>
    private static int IndexOfCountry<TKey>(TKey[] keys, int count, CountryCode country)
    {
        for (var i = 0; i < count; i++)
        {
            if (Unsafe.As<TKey, CountryCode>(ref keys[i]) == country)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Adds a group for <paramref name="key"/> (arrays grown by doubling, copied with the non-generic <see cref="Array.Copy(Array, Array, int)"/>) and returns its code.</summary>
    private static int AddGroup<TKey>(ref TKey[] keys, ref GroupFacts[] groups, ref int count, TKey key)
    {
        if (count == groups.Length)
        {
            var moreKeys = new TKey[count * 2];
            var moreGroups = new GroupFacts[count * 2];
            Array.Copy(keys, moreKeys, count);
            Array.Copy(groups, moreGroups, count);
            keys = moreKeys;
            groups = moreGroups;
        }

        keys[count] = key;
        groups[count] = default;
        return count++;
    }

    /// <summary>What <see cref="TotalsOnCore"/> gathers for one key.</summary>
    private struct GroupFacts
    {
        public int Counted;
        public int WithoutAmount;
        public int Excluded;
        public decimal? AmountUsd;
        public Money? First;
        public int? PriceYear;
        public HashSet<string>? Sources;
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
