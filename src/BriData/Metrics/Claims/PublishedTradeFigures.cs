namespace BriData;

/// <summary>
/// The published figures (<see cref="BriDataset.PublishedFigures"/>) a trade claim can be set against for a year after
/// the trade series ends: calendar-year figures in US dollars for the claim's state (or the whole region), of the
/// claim's indicator (total trade, or exports to China), each labelled with its publisher and id.
/// </summary>
/// <remarks>
/// A figure that shares a source with the claim is left out: a claim is never confirmed by the page it came from.
/// Figures for part of a year, in yuan, or for another indicator are not used (no exchange rates are shipped).
/// </remarks>
internal static class PublishedTradeFigures
{
    /// <summary>
    /// The usable published figures for one year, as claim figures in USD, each with the reporter whose view it is
    /// (partner-reported for the <see cref="PublishedBasis.PartnerReported"/> basis; China-reported for every other
    /// basis: China's customs and ministries, and ECLAC's compilation, read as the China-side view), with their source
    /// ids; empty when none.
    /// </summary>
    public static (ClaimFigure[] Figures, TradeReporter[] Reporters, IReadOnlyList<string> SourceIds) For(BriDataset data, Claim claim, int year, bool isExports)
    {
        var indicator = isExports ? PublishedIndicator.ExportsToChina : PublishedIndicator.TotalTrade;
        var claimSources = claim.SourceIds.ToHashSet(StringComparer.Ordinal);
        var scope = claim.Country?.Alpha3 ?? "LAC";
        var what = isExports ? "exports to China" : "trade with China";
        var usable = data.PublishedFigures
            .Where(f => f.Indicator == indicator && f.Country == claim.Country && f.IsCalendarYear && f.PeriodStart.Year == year
                && f.Unit == MeasureUnit.Usd && !f.SourceIds.Any(claimSources.Contains))
            .OrderBy(f => f.Id, StringComparer.Ordinal)
            .ToArray();
        var figures = usable
            .Select(f => new ClaimFigure(FormattableString.Invariant($"{scope} {year} {what}, published by {f.Publisher} ({f.Id}, {DisplayFormat.Words(f.Bound)})"), f.Value, MeasureUnit.Usd))
            .ToArray();
        var reporters = new TradeReporter[usable.Length];
        for (var i = 0; i < usable.Length; i++)
        {
            reporters[i] = usable[i].Basis == PublishedBasis.PartnerReported ? TradeReporter.PartnerReported : TradeReporter.ChinaReported;
        }

        var sources = SortedIds.Of(usable.SelectMany(f => f.SourceIds));
        return (figures, reporters, sources);
    }

    /// <summary>True when every year from <paramref name="from"/> to <paramref name="to"/> has at least one usable published figure.</summary>
    public static bool CoverEveryYear(BriDataset data, Claim claim, int from, int to, bool isExports)
    {
        for (var year = from; year <= to; year++)
        {
            if (For(data, claim, year, isExports).Figures.Length == 0)
            {
                return false;
            }
        }

        return true;
    }
}
