namespace BriData;

/// <summary>
/// What each set of a release covers (<see cref="BriDataset.Coverage"/>): years, states, series and known gaps,
/// derived from the records the first time a set's coverage is asked for. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Covered sets: trade, indicators, development finance (AidData records), AidData's country-year totals,
/// investments (AEI) and diplomatic recognition (events). A query for a year a set does not cover throws <see cref="YearNotCoveredException"/>.
/// </remarks>
public sealed class DataCoverage
{
    private readonly Lazy<SetCoverage> trade;
    private readonly Lazy<SetCoverage> indicators;
    private readonly Lazy<SetCoverage> finance;
    private readonly Lazy<SetCoverage> aidDataCountryYears;
    private readonly Lazy<SetCoverage> investments;
    private readonly Lazy<SetCoverage> recognition;
    private readonly Lazy<YearBounds> tradeYears;
    private readonly Lazy<YearBounds> indicatorYears;

    internal DataCoverage(BriDataset data)
    {
        static Lazy<SetCoverage> Once(Func<SetCoverage> make) => new(make, LazyThreadSafetyMode.ExecutionAndPublication);
        trade = Once(() => CoverageBuilder.Trade(data));
        indicators = Once(() => CoverageBuilder.Indicators(data));
        finance = Once(() => CoverageBuilder.Finance(data));
        aidDataCountryYears = Once(() => CoverageBuilder.AidDataCountryYears(data));
        investments = Once(() => CoverageBuilder.Investments(data));
        recognition = Once(() => CoverageBuilder.Recognition(data));
        tradeYears = new(() => CoverageBuilder.YearRange(data.Trade, t => t.Year), LazyThreadSafetyMode.ExecutionAndPublication);
        indicatorYears = new(() => CoverageBuilder.YearRange(data.Indicators, r => r.Year), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Goods trade (IMF DOTS): years, reporting states, the six series (each side's exports and imports, the states' World totals) and the state-series-year runs without a record.</summary>
    public SetCoverage Trade => trade.Value;

    /// <summary>Population and GDP: years, states, and the state-year runs where either is missing.</summary>
    public SetCoverage Indicators => indicators.Value;

    /// <summary>Development finance (AidData's geolocated records): commitment years, recipients, and the records that no total can add (no amount) or that are not in the subset at all.</summary>
    public SetCoverage Finance => finance.Value;

    /// <summary>AidData's complete country-year totals: years, recipients and flow classes.</summary>
    public SetCoverage AidDataCountryYears => aidDataCountryYears.Value;

    /// <summary>Investments and construction contracts (AEI): years, host states, kinds, and the rows of kind Unknown that no total by kind counts.</summary>
    public SetCoverage Investments => investments.Value;

    /// <summary>
    /// Diplomatic recognition (the events set, <c>events</c>): 1949 to the release year for every state; its gaps are
    /// the years in which a state's recognition is <see cref="DiplomaticRecognition.Unknown"/> on 1 January (before the
    /// first dated relations event the data holds for it). Outside those gaps, <c>StatusOf</c> never answers Unknown
    /// recognition on 1 January.
    /// </summary>
    public SetCoverage Recognition => recognition.Value;

    /// <summary>
    /// Throws <see cref="YearNotCoveredException"/> unless trade covers <paramref name="year"/>; the common case
    /// reads the year range only, without deriving the gaps (the metrics call it on every question).
    /// </summary>
    internal void RequireTradeYear(int year) => RequireYear(tradeYears, trade, year);

    /// <summary>The first and last year of the trade set (as <see cref="Trade"/> gives them), read without deriving its gaps; nulls when it is empty.</summary>
    internal YearBounds TradeYears => tradeYears.Value;

    /// <summary>Throws <see cref="YearNotCoveredException"/> unless the indicators cover <paramref name="year"/> (as <see cref="RequireTradeYear"/>).</summary>
    internal void RequireIndicatorYear(int year) => RequireYear(indicatorYears, indicators, year);

    private static void RequireYear(Lazy<YearBounds> years, Lazy<SetCoverage> coverage, int year)
    {
        var (first, last) = years.Value;
        if (first is not int from || last is not int to || year < from || year > to)
        {
            coverage.Value.ThrowIfNotCovered(year);
        }
    }

    /// <summary>Every covered set, in the order of the properties above.</summary>
    public IReadOnlyList<SetCoverage> Sets => [Trade, Indicators, Finance, AidDataCountryYears, Investments, Recognition];

    /// <summary>The coverage of the set named <paramref name="set"/> (its file name, for example <c>trade</c>; ordinal).</summary>
    /// <param name="set">The set's file name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="set"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No covered set has that name; the message lists the names.</exception>
    public SetCoverage Get(string set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return Sets.FirstOrDefault(s => string.Equals(s.Set, set, StringComparison.Ordinal))
            ?? throw new KeyNotFoundException("No covered set is named '" + set + "'; the covered sets are " + string.Join(", ", Sets.Select(s => s.Set)) + ".");
    }

    /// <summary>For example <c>trade 1960–2020, indicators 1960–2024, finance 2000–2021, aiddata-country-years 2000–2021, investments 2005–2021, events 1949–2026</c>.</summary>
    public override string ToString() => string.Join(", ", Sets.Select(s => s.Set + " " + CoverageText.Years(s)));
}
