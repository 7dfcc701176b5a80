namespace BriData;

/// <summary>
/// Everything a dataset holds about one country, in one place: events and agreements, trade, indicators, finance
/// and investment records, projects, initiatives, trade highlights and claims. Built by
/// <see cref="DatasetNavigation.Profile(BriDataset, CountryCode)"/>; every list keeps the order of the data
/// files (events oldest first) and is empty, never null, when the data holds nothing.
/// </summary>
public sealed class CountryProfile
{
    private readonly BriDataset data;

    internal CountryProfile(BriDataset data, Country country)
    {
        this.data = data;
        Country = country;
        var ix = data.Indexes;
        var code = country.Code;
        Events = Array.AsReadOnly(ix.EventsByCountry[code].ToArray());
        Agreements = Array.AsReadOnly(Events.Where(e => e.Track is PolicyTrack.FreeTrade or PolicyTrack.BeltAndRoad).ToArray());
        Trade = Array.AsReadOnly(ix.TradeByCountry[code].ToArray());
        Indicators = Array.AsReadOnly(ix.IndicatorsByCountry[code].OrderBy(r => r.Year).ToArray());
        Finance = Array.AsReadOnly(ix.FinanceByCountry[code].ToArray());
        Investments = Array.AsReadOnly(ix.InvestmentsByCountry[code].ToArray());
        Projects = Array.AsReadOnly(ix.ProjectsByCountry[code].ToArray());
        Initiatives = Array.AsReadOnly(ix.InitiativesByCountry[code].ToArray());
        TradeHighlights = Array.AsReadOnly(ix.HighlightsByCountry[code].ToArray());
        Claims = Array.AsReadOnly(ix.ClaimsByCountry[code].ToArray());
    }

    /// <summary>The country.</summary>
    public Country Country { get; }

    /// <summary>Its policy events (relations, Belt and Road, free trade, AIIB), as in the data file (oldest first).</summary>
    public IReadOnlyList<PolicyEvent> Events { get; }

    /// <summary>The events about agreements with China: Belt and Road documents and free trade agreement milestones.</summary>
    public IReadOnlyList<PolicyEvent> Agreements { get; }

    /// <summary>Trade records in which it is reporter or partner: both views of its trade with China and its World totals.</summary>
    public IReadOnlyList<TradeRecord> Trade { get; }

    /// <summary>Population and GDP by year, oldest first.</summary>
    public IReadOnlyList<CountryYearIndicators> Indicators { get; }

    /// <summary>Development-finance records with it as recipient (constant 2021 USD).</summary>
    public IReadOnlyList<FinanceRecord> Finance { get; }

    /// <summary>Investment and construction records in it (nominal USD).</summary>
    public IReadOnlyList<InvestmentRecord> Investments { get; }

    /// <summary>Curated flagship projects in it.</summary>
    public IReadOnlyList<FlagshipProject> Projects { get; }

    /// <summary>Initiatives that name it (region-wide initiatives that name no country are not included).</summary>
    public IReadOnlyList<Initiative> Initiatives { get; }

    /// <summary>Named products of its trade with China.</summary>
    public IReadOnlyList<TradeHighlight> TradeHighlights { get; }

    /// <summary>Published claims about it (region-wide claims are not included).</summary>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>Its status with China on <paramref name="asOf"/> (see <see cref="StatusQueries.StatusOf"/>).</summary>
    /// <exception cref="ArgumentException">The country is China.</exception>
    public CountryStatus StatusAsOf(DateOnly asOf) => data.StatusOf(Country.Code, asOf);

    /// <summary>Its goods trade with China in <paramref name="year"/> as <paramref name="reporter"/> states it (see <see cref="TradeMetrics.BilateralTradeIn"/>).</summary>
    /// <exception cref="ArgumentException">The country is China.</exception>
    /// <exception cref="YearNotCoveredException"><paramref name="year"/> is outside the trade coverage (<see cref="DataCoverage.Trade"/>).</exception>
    public BilateralTrade TradeIn(int year, TradeReporter reporter) => data.BilateralTradeIn(Country.Code, year, reporter);

    /// <summary>The name, code and the number of records of each kind.</summary>
    public override string ToString() =>
        FormattableString.Invariant($"{Country}: {Events.Count} events, {Trade.Count} trade records, {Finance.Count} finance records, {Investments.Count} investment records, {Projects.Count} projects, {Claims.Count} claims");
}
