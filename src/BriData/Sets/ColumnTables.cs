using BriData.Sets;

namespace BriData.Sets;

/// <summary>
/// The export schemas of BriData's sets: the CSV / JSON Lines columns of each record type, with units in the
/// column names (for example <c>value_usd_millions</c>, <c>gdp_current_usd</c>), and how to read rows back.
/// Money is three columns: <c>…_usd</c> (plain dollars), <c>…_basis</c> and <c>…_price_year</c>. Lists and nested
/// records are JSON. See docs/exports.md for every column. Each schema is built on first use; all are immutable.
/// The public <see cref="CsvFormat"/> and <see cref="JsonLinesFormat"/> reach them by row type (<see cref="RowTypeSchemas"/>).
/// </summary>
internal static class ColumnTables
{
    private static readonly Lazy<ColumnTable<Source>> sources = new(SourceColumns.Create, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<ColumnTable<Country>> countries = new(CountryColumns.Create, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<ColumnTable<PolicyEvent>> events = new(PolicyEventColumns.Create, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<ColumnTable<TradeRecord>> trade = new(TradeRecordColumns.Create, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<ColumnTable<CountryYearIndicators>> indicators = new(IndicatorsColumns.Create, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<ColumnTable<FinanceRecord>> finance = new(FinanceRecordColumns.Create, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<ColumnTable<InvestmentRecord>> investments = new(InvestmentRecordColumns.Create, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<ColumnTable<FlagshipProject>> projects = new(FlagshipProjectColumns.Create, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<ColumnTable<Initiative>> initiatives = new(InitiativeColumns.Create, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<ColumnTable<TradeHighlight>> tradeHighlights = new(TradeHighlightColumns.Create, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<ColumnTable<Claim>> claims = new(ClaimColumns.Create, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<ColumnTable<PublishedFigure>> publishedFigures = new(PublishedFigureColumns.Create, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<ColumnTable<AidDataCountryYear>> aidDataCountryYears = new(AidDataCountryYearColumns.Create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Columns of <see cref="Source"/>.</summary>
    public static ColumnTable<Source> Sources => sources.Value;

    /// <summary>Columns of <see cref="Country"/>.</summary>
    public static ColumnTable<Country> Countries => countries.Value;

    /// <summary>Columns of <see cref="PolicyEvent"/>.</summary>
    public static ColumnTable<PolicyEvent> Events => events.Value;

    /// <summary>Columns of <see cref="TradeRecord"/>.</summary>
    public static ColumnTable<TradeRecord> Trade => trade.Value;

    /// <summary>Columns of <see cref="CountryYearIndicators"/>.</summary>
    public static ColumnTable<CountryYearIndicators> Indicators => indicators.Value;

    /// <summary>Columns of <see cref="FinanceRecord"/>.</summary>
    public static ColumnTable<FinanceRecord> Finance => finance.Value;

    /// <summary>Columns of <see cref="InvestmentRecord"/>.</summary>
    public static ColumnTable<InvestmentRecord> Investments => investments.Value;

    /// <summary>Columns of <see cref="FlagshipProject"/>.</summary>
    public static ColumnTable<FlagshipProject> Projects => projects.Value;

    /// <summary>Columns of <see cref="Initiative"/>.</summary>
    public static ColumnTable<Initiative> Initiatives => initiatives.Value;

    /// <summary>Columns of <see cref="TradeHighlight"/>.</summary>
    public static ColumnTable<TradeHighlight> TradeHighlights => tradeHighlights.Value;

    /// <summary>Columns of <see cref="Claim"/>.</summary>
    public static ColumnTable<Claim> Claims => claims.Value;

    /// <summary>Columns of <see cref="PublishedFigure"/>.</summary>
    public static ColumnTable<PublishedFigure> PublishedFigures => publishedFigures.Value;

    /// <summary>Columns of <see cref="AidDataCountryYear"/>.</summary>
    public static ColumnTable<AidDataCountryYear> AidDataCountryYears => aidDataCountryYears.Value;

    /// <summary>
    /// Columns of long-format <see cref="TidyRow"/>s: <c>set</c>, <c>entity</c>, one text column per dimension (in the
    /// order given), <c>measure</c>, <c>value</c>, <c>unit</c> (the unit varies by row, so it is a column) and
    /// <c>source_ids</c>. Rows of one set share their dimension names: pass those of the first row.
    /// </summary>
    /// <param name="dimensions">The dimension names, for example <c>["partner", "flow", "year"]</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dimensions"/> is null.</exception>
    /// <exception cref="ArgumentException">A dimension name is not a plain name, or repeats another column (for example <c>value</c>).</exception>
    public static ColumnTable<TidyRow> Tidy(IEnumerable<string> dimensions)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        return TidyRowColumns.Create(dimensions);
    }
}
