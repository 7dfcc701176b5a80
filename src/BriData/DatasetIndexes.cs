namespace BriData;

/// <summary>
/// Lookups derived from a dataset (records by country, projects by record, trade by key). Each is built on its first
/// use, once, from the sets it needs only, so a first answer about trade never loads finance. Thread-safe. Every
/// lookup keeps the order of the data files.
/// </summary>
internal sealed class DatasetIndexes(BriDataset data)
{
    private CountryGroups<PolicyEvent>? eventsByCountry;
    private CountryGroups<FinanceRecord>? financeByCountry;
    private CountryGroups<InvestmentRecord>? investmentsByCountry;
    private CountryGroups<FlagshipProject>? projectsByCountry;
    private CountryGroups<Claim>? claimsByCountry;
    private CountryGroups<Initiative>? initiativesByCountry;
    private CountryGroups<TradeHighlight>? highlightsByCountry;
    private CountryGroups<CountryYearIndicators>? indicatorsByCountry;
    private ILookup<int, FlagshipProject>? projectsByFinanceRecord;
    private ILookup<string, FlagshipProject>? projectsByInvestmentRecord;
    private readonly Dictionary<int, Dictionary<long, TradeRecord>> tradeByKeyOfCountry = [];
    private CountryGroups<TradeRecord>? tradeByCountry;
    private Dictionary<long, CountryYearIndicators>? indicatorsByKey;

    /// <summary>Events that name a country, by that country.</summary>
    public CountryGroups<PolicyEvent> EventsByCountry => Once(ref eventsByCountry, () =>
        CountryGroups<PolicyEvent>.Build(data.Events, e => e.Country));

    /// <summary>Finance records by recipient.</summary>
    public CountryGroups<FinanceRecord> FinanceByCountry => Once(ref financeByCountry, () => CountryGroups<FinanceRecord>.Build(data.Finance, f => f.Recipient));

    /// <summary>Investment records by host country.</summary>
    public CountryGroups<InvestmentRecord> InvestmentsByCountry => Once(ref investmentsByCountry, () => CountryGroups<InvestmentRecord>.Build(data.Investments, r => r.Country));

    /// <summary>Flagship projects by country.</summary>
    public CountryGroups<FlagshipProject> ProjectsByCountry => Once(ref projectsByCountry, () => CountryGroups<FlagshipProject>.Build(data.Projects, p => p.Country));

    /// <summary>Claims that name a country, by that country.</summary>
    public CountryGroups<Claim> ClaimsByCountry => Once(ref claimsByCountry, () =>
        CountryGroups<Claim>.Build(data.Claims, c => c.Country));

    /// <summary>Initiatives by each country they name (once per country).</summary>
    public CountryGroups<Initiative> InitiativesByCountry => Once(ref initiativesByCountry, () =>
        CountryGroups<Initiative>.Build(data.Initiatives, i => i.Countries));

    /// <summary>Trade highlights by country.</summary>
    public CountryGroups<TradeHighlight> HighlightsByCountry => Once(ref highlightsByCountry, () => CountryGroups<TradeHighlight>.Build(data.TradeHighlights, h => h.Country));

    /// <summary>Indicator rows by country.</summary>
    public CountryGroups<CountryYearIndicators> IndicatorsByCountry => Once(ref indicatorsByCountry, () => CountryGroups<CountryYearIndicators>.Build(data.Indicators, r => r.Country));

    /// <summary>Projects by each finance record id they link (once per id).</summary>
    public ILookup<int, FlagshipProject> ProjectsByFinanceRecord => Once(ref projectsByFinanceRecord, () =>
        data.Projects.SelectMany(p => p.FinanceRecordIds.Distinct().Select(id => (id, p))).ToLookup(x => x.id, x => x.p));

    /// <summary>Projects by each investment record id they link (once per id).</summary>
    public ILookup<string, FlagshipProject> ProjectsByInvestmentRecord => Once(ref projectsByInvestmentRecord, () =>
        data.Projects.SelectMany(p => p.InvestmentRecordIds.Distinct().Select(id => (id, p))).ToLookup(x => x.id, x => x.p, StringComparer.Ordinal));

    /// <summary>
    /// The trade record of a reporter, partner, flow and year (the first record of a key wins); null when there is none.
    /// Looked up in a key index of the one country the question is about (its group of <see cref="TradeByCountry"/>),
    /// built on that country's first question: a first series or share needs a few hundred keys, not all 8,827 (issue 15).
    /// </summary>
    public TradeRecord? FindTrade(CountryCode reporter, CountryCode partner, TradeFlow flow, int year)
    {
        // The state's side: the partner when China (or the World) reports, the reporter otherwise; China for its World totals.
        var country = reporter == CountryCode.China || reporter == CountryCode.World ? partner : reporter;
        if (country == CountryCode.World)
        {
            country = reporter;
        }

        Dictionary<long, TradeRecord>? keys;
        lock (tradeByKeyOfCountry)
        {
            tradeByKeyOfCountry.TryGetValue(country.DenseIndex, out keys);
        }

        if (keys is null)
        {
            var group = TradeByCountry[country];
            keys = new Dictionary<long, TradeRecord>(group.Count);
            foreach (var t in group)
            {
                keys.TryAdd(TradeKey(t.Reporter, t.Partner, t.Flow, t.Year), t);
            }

            lock (tradeByKeyOfCountry)
            {
                keys = tradeByKeyOfCountry.TryAdd(country.DenseIndex, keys) ? keys : tradeByKeyOfCountry[country.DenseIndex];
            }
        }

        return keys.TryGetValue(TradeKey(reporter, partner, flow, year), out var record) ? record : null;
    }

    /// <summary>Trade records by each country they involve as reporter or partner (World excluded).</summary>
    public CountryGroups<TradeRecord> TradeByCountry => Once(ref tradeByCountry, () =>
        CountryGroups<TradeRecord>.Build(
        data.Trade, t => t.Reporter == CountryCode.World ? null : t.Reporter, t => t.Partner == CountryCode.World ? null : t.Partner));

    /// <summary>The indicator row of a country and year (the first row of a key wins); null when there is none.</summary>
    public CountryYearIndicators? FindIndicators(CountryCode country, int year) =>
        Once(ref indicatorsByKey, () =>
        {
            var indicators = new Dictionary<long, CountryYearIndicators>(data.Indicators.Count);
            foreach (var r in data.Indicators)
            {
                indicators.TryAdd(IndicatorKey(r.Country, r.Year), r);
            }

            return indicators;
        }).TryGetValue(IndicatorKey(country, year), out var row) ? row : null;

    /// <summary>
    /// The value of <paramref name="field"/>, built by <paramref name="build"/> on first use. Two threads may both
    /// build it; one result is published and both see it (the builds are pure, so either is the same).
    /// </summary>
    private static T Once<T>(ref T? field, Func<T> build)
        where T : class => Volatile.Read(ref field) ?? Interlocked.CompareExchange(ref field, build(), null) ?? field!;

    /// <summary>
    /// A trade key packed in a <see langword="long"/> (15 bits per country's dense index, 2 for the flow, 32 for the
    /// year): a dictionary keyed by a long is precompiled in the runtime, one keyed by a struct is compiled at start-up.
    /// </summary>
    private static long TradeKey(CountryCode reporter, CountryCode partner, TradeFlow flow, int year) =>
        ((long)reporter.DenseIndex << 49) | ((long)partner.DenseIndex << 34) | ((long)(int)flow << 32) | (uint)year;

    /// <summary>A country and year packed in a <see langword="long"/> (see <see cref="TradeKey"/>).</summary>
    private static long IndicatorKey(CountryCode country, int year) => ((long)country.DenseIndex << 32) | (uint)year;
}
