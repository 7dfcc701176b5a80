namespace BriData;

/// <summary>
/// Development finance at full breadth: totals from AidData's complete country-year commitments
/// (<see cref="BriDataset.AidDataCountryYears"/>) beside those of the geolocated records (<see cref="BriDataset.Finance"/>),
/// each labelled with the basis it comes from, so that a ranking of recipients is not read off the subset alone.
/// </summary>
/// <remarks>
/// Both are constant 2021 US dollars on AidData's "Amount" basis (not the adjusted amount). The geolocated subset holds
/// about a third of the complete total for the region; a recipient without country-year rows has no complete total.
/// </remarks>
public static class AidDataBreadthMetrics
{
    /// <summary>The dimension name of <see cref="CompleteTotalsByCountry"/> groups.</summary>
    public const string CompleteDimension = "recipient (AidData complete country-year totals)";

    /// <summary>The dimension name of the subset totals in <see cref="FinanceBreadthByCountry"/>.</summary>
    public const string SubsetDimension = "recipient (geolocated AidData records)";

    /// <summary>
    /// AidData's complete commitments per recipient (all flow classes, constant 2021 USD), ranked by amount; each group
    /// counts country-year rows as its records. Years from <paramref name="fromYear"/> to <paramref name="toYear"/>,
    /// inclusive, when given.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="toYear"/> is before <paramref name="fromYear"/>.</exception>
    public static IReadOnlyList<MoneyGroup<CountryCode>> CompleteTotalsByCountry(this BriDataset data, int? fromYear = null, int? toYear = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (fromYear is int a && toYear is int b)
        {
            FilterArguments.Years(a, b);
        }

        var rows = data.AidDataCountryYears.Where(r => (fromYear is null || r.Year >= fromYear) && (toYear is null || r.Year <= toYear));
        return Aggregation.GroupTotals(rows, CompleteDimension, r => r.Country, r => r.Total, static _ => true, AggregationScope.AllRecords, ranked: true);
    }

    /// <summary>
    /// Per recipient, the complete total and the geolocated subset's total (aggregation-safe records), over the years
    /// both cover, ranked by the complete total; the share says how much of the complete total the records hold.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public static IReadOnlyList<FinanceBreadth> FinanceBreadthByCountry(this BriDataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var years = data.AidDataCountryYears.Select(r => r.Year).ToArray();
        if (years.Length == 0)
        {
            return [];
        }

        var (from, to) = (years.Min(), years.Max());
        var subset = data.Finance.Where(f => f.CommitmentYear >= from && f.CommitmentYear <= to).TotalsByCountry()
            .ToDictionary(g => g.Key, g => g.Total);
        return data.CompleteTotalsByCountry(from, to)
            .Select(g => new FinanceBreadth(g.Key, g.Total, subset.GetValueOrDefault(g.Key)))
            .ToArray();
    }
}
