namespace BriData;

/// <summary>
/// Lookups derived from a dataset (records by country, projects by record, trade by key). Each is built on its first
/// use, once, from the sets it needs only, so a first answer about trade never loads finance. Thread-safe. Every
/// lookup keeps the order of the data files.
/// </summary>
internal sealed class DatasetIndexes(BriDataset data)
{
    private ILookup<CountryCode, PolicyEvent>? eventsByCountry;
    private ILookup<CountryCode, FinanceRecord>? financeByCountry;
    private ILookup<CountryCode, InvestmentRecord>? investmentsByCountry;
    private ILookup<CountryCode, FlagshipProject>? projectsByCountry;
    private ILookup<CountryCode, Claim>? claimsByCountry;
    private ILookup<CountryCode, Initiative>? initiativesByCountry;
    private ILookup<CountryCode, TradeHighlight>? highlightsByCountry;
    private ILookup<CountryCode, CountryYearIndicators>? indicatorsByCountry;
    private ILookup<int, FlagshipProject>? projectsByFinanceRecord;
    private ILookup<string, FlagshipProject>? projectsByInvestmentRecord;
    private IReadOnlyDictionary<TradeKey, TradeRecord>? tradeByKey;
    private ILookup<CountryCode, TradeRecord>? tradeByCountry;
    private IReadOnlyDictionary<(CountryCode Country, int Year), CountryYearIndicators>? indicatorsByKey;

    /// <summary>Events that name a country, by that country.</summary>
    public ILookup<CountryCode, PolicyEvent> EventsByCountry => Once(ref eventsByCountry, () =>
        data.Events.Where(e => e.Country is not null).ToLookup(e => e.Country!.Value));

    /// <summary>Finance records by recipient.</summary>
    public ILookup<CountryCode, FinanceRecord> FinanceByCountry => Once(ref financeByCountry, () => data.Finance.ToLookup(f => f.Recipient));

    /// <summary>Investment records by host country.</summary>
    public ILookup<CountryCode, InvestmentRecord> InvestmentsByCountry => Once(ref investmentsByCountry, () => data.Investments.ToLookup(r => r.Country));

    /// <summary>Flagship projects by country.</summary>
    public ILookup<CountryCode, FlagshipProject> ProjectsByCountry => Once(ref projectsByCountry, () => data.Projects.ToLookup(p => p.Country));

    /// <summary>Claims that name a country, by that country.</summary>
    public ILookup<CountryCode, Claim> ClaimsByCountry => Once(ref claimsByCountry, () =>
        data.Claims.Where(c => c.Country is not null).ToLookup(c => c.Country!.Value));

    /// <summary>Initiatives by each country they name (once per country).</summary>
    public ILookup<CountryCode, Initiative> InitiativesByCountry => Once(ref initiativesByCountry, () =>
        data.Initiatives.SelectMany(i => i.Countries.Distinct().Select(c => (c, i))).ToLookup(p => p.c, p => p.i));

    /// <summary>Trade highlights by country.</summary>
    public ILookup<CountryCode, TradeHighlight> HighlightsByCountry => Once(ref highlightsByCountry, () => data.TradeHighlights.ToLookup(h => h.Country));

    /// <summary>Indicator rows by country.</summary>
    public ILookup<CountryCode, CountryYearIndicators> IndicatorsByCountry => Once(ref indicatorsByCountry, () => data.Indicators.ToLookup(r => r.Country));

    /// <summary>Projects by each finance record id they link (once per id).</summary>
    public ILookup<int, FlagshipProject> ProjectsByFinanceRecord => Once(ref projectsByFinanceRecord, () =>
        data.Projects.SelectMany(p => p.FinanceRecordIds.Distinct().Select(id => (id, p))).ToLookup(x => x.id, x => x.p));

    /// <summary>Projects by each investment record id they link (once per id).</summary>
    public ILookup<string, FlagshipProject> ProjectsByInvestmentRecord => Once(ref projectsByInvestmentRecord, () =>
        data.Projects.SelectMany(p => p.InvestmentRecordIds.Distinct().Select(id => (id, p))).ToLookup(x => x.id, x => x.p, StringComparer.Ordinal));

    /// <summary>Trade records by reporter, partner, flow and year (the first record of a key wins).</summary>
    public IReadOnlyDictionary<TradeKey, TradeRecord> TradeByKey => Once(ref tradeByKey, () =>
    {
        var trade = new Dictionary<TradeKey, TradeRecord>(data.Trade.Count);
        foreach (var t in data.Trade)
        {
            trade.TryAdd(new TradeKey(t.Reporter, t.Partner, t.Flow, t.Year), t);
        }

        return trade;
    });

    /// <summary>Trade records by each country they involve as reporter or partner (World excluded).</summary>
    public ILookup<CountryCode, TradeRecord> TradeByCountry => Once(ref tradeByCountry, () => data.Trade
        .SelectMany(t => t.Reporter == t.Partner ? [(t.Reporter, t)] : new[] { (t.Reporter, t), (t.Partner, t) })
        .Where(p => p.Item1 != CountryCode.World)
        .ToLookup(p => p.Item1, p => p.t));

    /// <summary>Indicator rows by country and year (the first row of a key wins).</summary>
    public IReadOnlyDictionary<(CountryCode Country, int Year), CountryYearIndicators> IndicatorsByKey => Once(ref indicatorsByKey, () =>
    {
        var indicators = new Dictionary<(CountryCode, int), CountryYearIndicators>(data.Indicators.Count);
        foreach (var r in data.Indicators)
        {
            indicators.TryAdd((r.Country, r.Year), r);
        }

        return indicators;
    });

    /// <summary>
    /// The value of <paramref name="field"/>, built by <paramref name="build"/> on first use. Two threads may both
    /// build it; one result is published and both see it (the builds are pure, so either is the same).
    /// </summary>
    private static T Once<T>(ref T? field, Func<T> build)
        where T : class => Volatile.Read(ref field) ?? Interlocked.CompareExchange(ref field, build(), null) ?? field!;

    /// <summary>The key of <see cref="TradeByKey"/>.</summary>
    internal readonly record struct TradeKey(CountryCode Reporter, CountryCode Partner, TradeFlow Flow, int Year);
}
