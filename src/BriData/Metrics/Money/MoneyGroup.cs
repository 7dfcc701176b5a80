namespace BriData;

/// <summary>A money total for one value of a grouping dimension (a country, sector, lender, year, status, …).</summary>
/// <typeparam name="TKey">The type of the group's key.</typeparam>
public sealed class MoneyGroup<TKey>
{
    internal MoneyGroup(string dimension, TKey key, MoneyTotal total)
    {
        Dimension = dimension;
        Key = key;
        Total = total;
    }

    /// <summary>The name of the grouping dimension (for example "country", "sector").</summary>
    public string Dimension { get; }

    /// <summary>The group's key; null for records that have no value for the dimension (for example no lender named).</summary>
    public TKey Key { get; }

    /// <summary>The total and counts of the group.</summary>
    public MoneyTotal Total { get; }

    /// <summary>
    /// The group's place by amount among the groups of the same result: 1 for the largest amount (compared in US
    /// dollars), equal amounts share a rank and the next is skipped (1, 2, 2, 4); null when the group has no
    /// amount (missing is not ranked as zero). Category totals (by country, sector, lender, investor, status) are
    /// listed in this order; totals by year and by a key of your own keep key order but carry the rank too.
    /// </summary>
    public int? Rank { get; internal init; }

    /// <summary>The same group with its rank.</summary>
    internal MoneyGroup<TKey> WithRank(int rank) => new(Dimension, Key, Total) { Rank = rank };

    /// <summary>The same group (and rank) with another total.</summary>
    internal MoneyGroup<TKey> WithTotal(MoneyTotal total) => new(Dimension, Key, total) { Rank = Rank };

    /// <summary>For example <c>#1 sector ENERGY: USD 500.0 m (constant 2021) from 2 records …</c>; an enum key as words, a null key as "(none)", no rank without an amount.</summary>
    public override string ToString() =>
        (Rank is int r ? "#" + r.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " : string.Empty) + Dimension + " " + DisplayFormat.Key(Key) + ": " + Total;
}
