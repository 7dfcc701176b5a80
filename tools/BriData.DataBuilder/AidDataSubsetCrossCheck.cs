using System.Globalization;

namespace BriData.DataBuilder;

/// <summary>
/// Build-time check of AidData's two views: for every recipient and year, the aggregation-safe geolocated records'
/// amounts must not exceed the complete country-year total (same basis: "Amount (Constant USD 2021)"). Every
/// exception is reported, and the subset's share of the total is reported for the region.
/// </summary>
internal static class AidDataSubsetCrossCheck
{
    /// <summary>Tolerance for rounding: one dollar per record summed.</summary>
    private const decimal Tolerance = 1m;

    public static void Run(IReadOnlyList<FinanceRecord> finance, IReadOnlyList<AidDataCountryYear> totals, List<string> report)
    {
        var totalByKey = totals.ToDictionary(t => (t.Country, t.Year), t => t.Total.AmountUsd);
        var subset = finance.Where(f => f.IsAggregationSafe && f.Amount is not null)
            .GroupBy(f => (f.Recipient, f.CommitmentYear))
            .Select(g => (Key: g.Key, Sum: g.Sum(f => f.Amount!.Value.AmountUsd), Count: g.Count()))
            .ToList();
        var exceptions = 0;
        foreach (var (key, sum, count) in subset.OrderBy(s => s.Key.Recipient.Alpha3, StringComparer.Ordinal).ThenBy(s => s.Key.CommitmentYear))
        {
            var total = totalByKey.TryGetValue(key, out var t) ? t : 0m;
            if (sum > total + (Tolerance * count))
            {
                exceptions++;
                report.Add(string.Create(CultureInfo.InvariantCulture,
                    $"cross-check: AidData {key.Recipient} {key.CommitmentYear}: geolocated subset USD {sum:0} exceeds the complete total USD {total:0}"));
            }
        }

        var subsetSum = subset.Sum(s => s.Sum);
        var grand = totals.Sum(t => t.Total.AmountUsd);
        report.Add(string.Create(CultureInfo.InvariantCulture,
            $"cross-check: AidData geolocated subset vs complete GCDF 3.0 totals: {subset.Count} recipient-years with amounts, {exceptions} where the subset exceeds the total; subset USD {subsetSum / 1e9m:0.0} bn of USD {grand / 1e9m:0.0} bn ({subsetSum / grand * 100m:0.0} %)"));
    }
}
