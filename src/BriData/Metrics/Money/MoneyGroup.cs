namespace BriData;

/// <summary>A money total for one value of a grouping dimension (a country, sector, lender, year, status, …).</summary>
/// <typeparam name="TKey">The type of the group's key.</typeparam>
/// <param name="Dimension">The name of the grouping dimension (for example "country", "sector").</param>
/// <param name="Key">The group's key; null for records that have no value for the dimension (for example no lender named).</param>
/// <param name="Total">The total and counts of the group.</param>
public sealed record MoneyGroup<TKey>(string Dimension, TKey Key, MoneyTotal Total)
{
    /// <summary>For example <c>sector ENERGY: USD 500.0 m (constant 2021) from 2 records …</c>; an enum key as words, a null key as "(none)".</summary>
    public override string ToString() => Dimension + " " + DisplayFormat.Key(Key) + ": " + Total;
}
