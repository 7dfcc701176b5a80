namespace BriData;

/// <summary>
/// Lookups derived from a dataset, built once on first use (records by country, projects by record, trade by key).
/// Every lookup keeps the order of the data files.
/// </summary>
internal sealed class DatasetIndexes
{
    public DatasetIndexes(BriDataset data)
    {
        EventsByCountry = data.Events.Where(e => e.Country is not null).ToLookup(e => e.Country!.Value);
        FinanceByCountry = data.Finance.ToLookup(f => f.Recipient);
        InvestmentsByCountry = data.Investments.ToLookup(r => r.Country);
        ProjectsByCountry = data.Projects.ToLookup(p => p.Country);
        ClaimsByCountry = data.Claims.Where(c => c.Country is not null).ToLookup(c => c.Country!.Value);
        InitiativesByCountry = data.Initiatives.SelectMany(i => i.Countries.Distinct().Select(c => (c, i))).ToLookup(p => p.c, p => p.i);
        HighlightsByCountry = data.TradeHighlights.ToLookup(h => h.Country);
        IndicatorsByCountry = data.Indicators.ToLookup(r => r.Country);
        ProjectsByFinanceRecord = data.Projects.SelectMany(p => p.FinanceRecordIds.Distinct().Select(id => (id, p))).ToLookup(x => x.id, x => x.p);
        ProjectsByInvestmentRecord = data.Projects.SelectMany(p => p.InvestmentRecordIds.Distinct().Select(id => (id, p))).ToLookup(x => x.id, x => x.p, StringComparer.Ordinal);

        var trade = new Dictionary<TradeKey, TradeRecord>(data.Trade.Count);
        foreach (var t in data.Trade)
        {
            trade.TryAdd(new TradeKey(t.Reporter, t.Partner, t.Flow, t.Year), t);
        }

        TradeByKey = trade;
        TradeByCountry = data.Trade
            .SelectMany(t => t.Reporter == t.Partner ? [(t.Reporter, t)] : new[] { (t.Reporter, t), (t.Partner, t) })
            .Where(p => p.Item1 != CountryCode.World)
            .ToLookup(p => p.Item1, p => p.t);

        var indicators = new Dictionary<(CountryCode, int), CountryYearIndicators>(data.Indicators.Count);
        foreach (var r in data.Indicators)
        {
            indicators.TryAdd((r.Country, r.Year), r);
        }

        IndicatorsByKey = indicators;
    }

    public ILookup<CountryCode, PolicyEvent> EventsByCountry { get; }

    public ILookup<CountryCode, FinanceRecord> FinanceByCountry { get; }

    public ILookup<CountryCode, InvestmentRecord> InvestmentsByCountry { get; }

    public ILookup<CountryCode, FlagshipProject> ProjectsByCountry { get; }

    public ILookup<CountryCode, Claim> ClaimsByCountry { get; }

    public ILookup<CountryCode, Initiative> InitiativesByCountry { get; }

    public ILookup<CountryCode, TradeHighlight> HighlightsByCountry { get; }

    public ILookup<CountryCode, CountryYearIndicators> IndicatorsByCountry { get; }

    public ILookup<int, FlagshipProject> ProjectsByFinanceRecord { get; }

    public ILookup<string, FlagshipProject> ProjectsByInvestmentRecord { get; }

    /// <summary>Trade records by reporter, partner, flow and year (the set's unique key).</summary>
    public IReadOnlyDictionary<TradeKey, TradeRecord> TradeByKey { get; }

    /// <summary>Trade records in which the country is reporter or partner (its bilateral records and its World totals).</summary>
    public ILookup<CountryCode, TradeRecord> TradeByCountry { get; }

    /// <summary>Indicators by country and year.</summary>
    public IReadOnlyDictionary<(CountryCode Country, int Year), CountryYearIndicators> IndicatorsByKey { get; }

    /// <summary>The unique key of a trade record.</summary>
    internal readonly record struct TradeKey(CountryCode Reporter, CountryCode Partner, TradeFlow Flow, int Year);
}
