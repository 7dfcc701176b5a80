using BriData.Export.Schemas;

namespace BriData.Export;

/// <summary>
/// The export schemas of BriData's sets: the CSV / JSON Lines columns of each record type, with units in the
/// column names (for example <c>value_usd_millions</c>, <c>gdp_current_usd</c>), and how to read rows back.
/// Money is three columns: <c>…_usd</c> (plain dollars), <c>…_basis</c> and <c>…_price_year</c>. Lists and nested
/// records are JSON. See docs/exports.md for every column. Each schema is built on first use; all are immutable.
/// The public <see cref="CsvFormat"/> and <see cref="JsonLinesFormat"/> reach them by row type (<see cref="RowTypeSchemas"/>).
/// </summary>
internal static class ExportSchemas
{
    private static readonly Lazy<ExportSchema<Source>> sources = new(SourceSchema.Create, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<ExportSchema<Country>> countries = new(CountrySchema.Create, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<ExportSchema<PolicyEvent>> events = new(PolicyEventSchema.Create, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<ExportSchema<TradeRecord>> trade = new(TradeRecordSchema.Create, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<ExportSchema<CountryYearIndicators>> indicators = new(IndicatorsSchema.Create, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<ExportSchema<FinanceRecord>> finance = new(FinanceRecordSchema.Create, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<ExportSchema<InvestmentRecord>> investments = new(InvestmentRecordSchema.Create, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<ExportSchema<FlagshipProject>> projects = new(FlagshipProjectSchema.Create, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<ExportSchema<Initiative>> initiatives = new(InitiativeSchema.Create, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<ExportSchema<TradeHighlight>> tradeHighlights = new(TradeHighlightSchema.Create, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<ExportSchema<Claim>> claims = new(ClaimSchema.Create, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<ExportSchema<PublishedFigure>> publishedFigures = new(PublishedFigureSchema.Create, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<ExportSchema<AidDataCountryYear>> aidDataCountryYears = new(AidDataCountryYearSchema.Create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Columns of <see cref="Source"/>.</summary>
    public static ExportSchema<Source> Sources => sources.Value;

    /// <summary>Columns of <see cref="Country"/>.</summary>
    public static ExportSchema<Country> Countries => countries.Value;

    /// <summary>Columns of <see cref="PolicyEvent"/>.</summary>
    public static ExportSchema<PolicyEvent> Events => events.Value;

    /// <summary>Columns of <see cref="TradeRecord"/>.</summary>
    public static ExportSchema<TradeRecord> Trade => trade.Value;

    /// <summary>Columns of <see cref="CountryYearIndicators"/>.</summary>
    public static ExportSchema<CountryYearIndicators> Indicators => indicators.Value;

    /// <summary>Columns of <see cref="FinanceRecord"/>.</summary>
    public static ExportSchema<FinanceRecord> Finance => finance.Value;

    /// <summary>Columns of <see cref="InvestmentRecord"/>.</summary>
    public static ExportSchema<InvestmentRecord> Investments => investments.Value;

    /// <summary>Columns of <see cref="FlagshipProject"/>.</summary>
    public static ExportSchema<FlagshipProject> Projects => projects.Value;

    /// <summary>Columns of <see cref="Initiative"/>.</summary>
    public static ExportSchema<Initiative> Initiatives => initiatives.Value;

    /// <summary>Columns of <see cref="TradeHighlight"/>.</summary>
    public static ExportSchema<TradeHighlight> TradeHighlights => tradeHighlights.Value;

    /// <summary>Columns of <see cref="Claim"/>.</summary>
    public static ExportSchema<Claim> Claims => claims.Value;

    /// <summary>Columns of <see cref="PublishedFigure"/>.</summary>
    public static ExportSchema<PublishedFigure> PublishedFigures => publishedFigures.Value;

    /// <summary>Columns of <see cref="AidDataCountryYear"/>.</summary>
    public static ExportSchema<AidDataCountryYear> AidDataCountryYears => aidDataCountryYears.Value;

    /// <summary>
    /// Columns of long-format <see cref="TidyRow"/>s: <c>set</c>, <c>entity</c>, one text column per dimension (in the
    /// order given), <c>measure</c>, <c>value</c>, <c>unit</c> (the unit varies by row, so it is a column) and
    /// <c>source_ids</c>. Rows of one set share their dimension names: pass those of the first row.
    /// </summary>
    /// <param name="dimensions">The dimension names, for example <c>["partner", "flow", "year"]</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dimensions"/> is null.</exception>
    /// <exception cref="ArgumentException">A dimension name is not a plain name, or repeats another column (for example <c>value</c>).</exception>
    public static ExportSchema<TidyRow> Tidy(IEnumerable<string> dimensions)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        return TidyRowSchema.Create(dimensions);
    }
}
