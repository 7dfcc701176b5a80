using BriData.Formats;
using BriData.Loading.Embedded.Readers;

namespace BriData.Loading;

/// <summary>The descriptors of the thirteen sets of a data release, in load order.</summary>
internal static class DataSets
{
    public static readonly DataSetDescriptor<Source> Sources = new(
        DataSetName.Sources, () => ColumnTables.Sources, d => d.Sources, (d, r) => d with { Sources = r }, SourceReader.Read)
    {
        PropertyName = nameof(BriDatasetContent.Sources),
        Rules = static run => run.SourceSetRules(),
        View = records => new KeyedRecordList<string, Source>(records, s => s.Id, DataSetName.Sources, StringComparer.Ordinal, s => [s.Title, s.Publisher]),
        FreezeRecord = RecordFreezer.Freeze,
        RecordDescription = "where the facts come from",
    };

    public static readonly DataSetDescriptor<Country> Countries = new(
        DataSetName.Countries, () => ColumnTables.Countries, d => d.Countries, (d, r) => d with { Countries = r }, CountryReader.Read)
    {
        PropertyName = nameof(BriDatasetContent.Countries),
        Rules = static run => run.CountrySetRules(),
        View = records => new CountryCollection(SortedByCode(records)),
        FreezeRecord = RecordFreezer.Freeze,
        RecordDescription = "a Latin American or Caribbean state, or China",
    };

    public static readonly DataSetDescriptor<PolicyEvent> Events = new(
        DataSetName.Events, () => ColumnTables.Events, d => d.Events, (d, r) => d with { Events = r }, PolicyEventReader.Read)
    {
        PropertyName = nameof(BriDatasetContent.Events),
        Rules = static run => run.EventSetRules(),
        View = records => new KeyedRecordList<string, PolicyEvent>(records, e => e.Id, DataSetName.Events, StringComparer.Ordinal, e => [e.Title, e.Agreement]),
        FreezeRecord = RecordFreezer.Freeze,
        RecordDescription = "a dated diplomatic or policy event",
    };

    public static readonly DataSetDescriptor<TradeRecord> Trade = new(
        DataSetName.Trade, () => ColumnTables.Trade, d => d.Trade, (d, r) => d with { Trade = r }, TradeRecordReader.Read)
    {
        PropertyName = nameof(BriDatasetContent.Trade),
        Rules = static run => run.TradeSetRules(),
        FreezeRecord = RecordFreezer.Freeze,
        RecordDescription = "one reporter's annual exports or imports (IMF DOTS)",
    };

    public static readonly DataSetDescriptor<CountryYearIndicators> Indicators = new(
        DataSetName.Indicators, () => ColumnTables.Indicators, d => d.Indicators, (d, r) => d with { Indicators = r }, IndicatorsReader.Read)
    {
        PropertyName = nameof(BriDatasetContent.Indicators),
        Rules = static run => run.IndicatorSetRules(),
        FreezeRecord = RecordFreezer.Freeze,
        RecordDescription = "population and GDP of a country-year (World Bank)",
    };

    public static readonly DataSetDescriptor<FinanceRecord> Finance = new(
        DataSetName.Finance, () => ColumnTables.Finance, d => d.Finance, (d, r) => d with { Finance = r }, FinanceRecordReader.Read)
    {
        PropertyName = nameof(BriDatasetContent.Finance),
        Rules = static run => run.FinanceSetRules(),
        View = records => new KeyedRecordList<int, FinanceRecord>(records, f => f.Id, DataSetName.Finance, null, f => [f.Title]),
        FreezeRecord = RecordFreezer.Freeze,
        RecordDescription = "a loan or grant commitment (AidData GCDF 3.0)",
    };

    public static readonly DataSetDescriptor<InvestmentRecord> Investments = new(
        DataSetName.Investments, () => ColumnTables.Investments, d => d.Investments, (d, r) => d with { Investments = r }, InvestmentRecordReader.Read)
    {
        PropertyName = nameof(BriDatasetContent.Investments),
        Rules = static run => run.InvestmentSetRules(),
        View = records => new KeyedRecordList<string, InvestmentRecord>(records, r => r.Id, DataSetName.Investments, StringComparer.Ordinal, r => [r.Investor, r.TransactionParty]),
        FreezeRecord = RecordFreezer.Freeze,
        RecordDescription = "an investment or construction contract (AEI CGIT)",
    };

    public static readonly DataSetDescriptor<FlagshipProject> Projects = new(
        DataSetName.Projects, () => ColumnTables.Projects, d => d.Projects, (d, r) => d with { Projects = r }, FlagshipProjectReader.Read)
    {
        PropertyName = nameof(BriDatasetContent.Projects),
        Rules = static run => run.ProjectSetRules(),
        View = records => new KeyedRecordList<string, FlagshipProject>(records, p => p.Id, DataSetName.Projects, StringComparer.Ordinal, p => [p.Name, p.LocalName]),
        FreezeRecord = RecordFreezer.Freeze,
        RecordDescription = "a curated flagship project",
    };

    public static readonly DataSetDescriptor<Initiative> Initiatives = new(
        DataSetName.Initiatives, () => ColumnTables.Initiatives, d => d.Initiatives, (d, r) => d with { Initiatives = r }, InitiativeReader.Read)
    {
        PropertyName = nameof(BriDatasetContent.Initiatives),
        Rules = static run => run.InitiativeSetRules(),
        View = records => new KeyedRecordList<string, Initiative>(records, r => r.Id, DataSetName.Initiatives, StringComparer.Ordinal, r => [r.Title]),
        FreezeRecord = RecordFreezer.Freeze,
        RecordDescription = "non-infrastructure cooperation",
    };

    public static readonly DataSetDescriptor<TradeHighlight> TradeHighlights = new(
        DataSetName.TradeHighlights, () => ColumnTables.TradeHighlights, d => d.TradeHighlights, (d, r) => d with { TradeHighlights = r }, TradeHighlightReader.Read)
    {
        PropertyName = nameof(BriDatasetContent.TradeHighlights),
        Rules = static run => run.HighlightSetRules(),
        View = records => new KeyedRecordList<string, TradeHighlight>(records, r => r.Id, DataSetName.TradeHighlights, StringComparer.Ordinal, r => [r.Product]),
        FreezeRecord = RecordFreezer.Freeze,
        RecordDescription = "a product singled out in trade",
    };

    public static readonly DataSetDescriptor<Claim> Claims = new(
        DataSetName.Claims, () => ColumnTables.Claims, d => d.Claims, (d, r) => d with { Claims = r }, ClaimReader.Read)
    {
        PropertyName = nameof(BriDatasetContent.Claims),
        Rules = static run => run.ClaimSetRules(),
        View = records => new KeyedRecordList<string, Claim>(records, r => r.Id, DataSetName.Claims, StringComparer.Ordinal, r => [r.Statement]),
        FreezeRecord = RecordFreezer.Freeze,
        RecordDescription = "a published aggregate statement",
    };

    public static readonly DataSetDescriptor<PublishedFigure> PublishedFigures = new(
        DataSetName.PublishedFigures, () => ColumnTables.PublishedFigures, d => d.PublishedFigures, (d, r) => d with { PublishedFigures = r }, PublishedFigureReader.Read)
    {
        PropertyName = nameof(BriDatasetContent.PublishedFigures),
        Rules = static run => run.PublishedSetRules(),
        View = records => new KeyedRecordList<string, PublishedFigure>(records, r => r.Id, DataSetName.PublishedFigures, StringComparer.Ordinal, r => [r.Publisher, r.Note]),
        FreezeRecord = RecordFreezer.Freeze,
        RecordDescription = "a statistic an official body or database published (trade to 2025, loans)",
    };

    public static readonly DataSetDescriptor<AidDataCountryYear> AidDataCountryYears = new(
        DataSetName.AidDataCountryYears, () => ColumnTables.AidDataCountryYears, d => d.AidDataCountryYears, (d, r) => d with { AidDataCountryYears = r }, AidDataCountryYearReader.Read)
    {
        PropertyName = nameof(BriDatasetContent.AidDataCountryYears),
        Rules = static run => run.AidDataYearSetRules(),
        FreezeRecord = RecordFreezer.Freeze,
        RecordDescription = "AidData's complete commitments to a recipient in a year, by flow class",
    };

    /// <summary>Every set, in load order (sources first: every other set cites them).</summary>
    public static readonly DataSetDescriptor[] All =
        [Sources, Countries, Events, Trade, Indicators, Finance, Investments, Projects, Initiatives, TradeHighlights, Claims, PublishedFigures, AidDataCountryYears];

    /// <summary>Numbers each set by its position in <see cref="All"/>.</summary>
    static DataSets()
    {
        for (var i = 0; i < All.Length; i++)
        {
            All[i].Index = i;
        }
    }

    /// <summary>The descriptor of a set name; null when unknown.</summary>
    public static DataSetDescriptor? Find(string? name) => Array.Find(All, d => string.Equals(d.Name, name, StringComparison.Ordinal));

    private static Country[] SortedByCode(IReadOnlyList<Country> countries)
    {
        var sorted = countries.ToArray();
        Array.Sort(sorted, static (a, b) => a.Code.CompareTo(b.Code));
        return sorted;
    }
}
