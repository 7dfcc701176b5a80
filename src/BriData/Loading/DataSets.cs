using BriData.Export;
using BriData.Loading.Embedded.Readers;

namespace BriData.Loading;

/// <summary>The descriptors of the thirteen sets of a data release, in load order.</summary>
internal static class DataSets
{
    public static readonly DataSetDescriptor<Source> Sources = new(
        DataSetName.Sources, c => c.DataFileSource, c => c.Source, () => ExportSchemas.Sources, d => d.Sources, (d, r) => d with { Sources = r }, SourceReader.Read);

    public static readonly DataSetDescriptor<Country> Countries = new(
        DataSetName.Countries, c => c.DataFileCountry, c => c.Country, () => ExportSchemas.Countries, d => d.Countries, (d, r) => d with { Countries = r }, CountryReader.Read);

    public static readonly DataSetDescriptor<PolicyEvent> Events = new(
        DataSetName.Events, c => c.DataFilePolicyEvent, c => c.PolicyEvent, () => ExportSchemas.Events, d => d.Events, (d, r) => d with { Events = r }, PolicyEventReader.Read);

    public static readonly DataSetDescriptor<TradeRecord> Trade = new(
        DataSetName.Trade, c => c.DataFileTradeRecord, c => c.TradeRecord, () => ExportSchemas.Trade, d => d.Trade, (d, r) => d with { Trade = r }, TradeRecordReader.Read);

    public static readonly DataSetDescriptor<CountryYearIndicators> Indicators = new(
        DataSetName.Indicators, c => c.DataFileCountryYearIndicators, c => c.CountryYearIndicators, () => ExportSchemas.Indicators, d => d.Indicators, (d, r) => d with { Indicators = r }, IndicatorsReader.Read);

    public static readonly DataSetDescriptor<FinanceRecord> Finance = new(
        DataSetName.Finance, c => c.DataFileFinanceRecord, c => c.FinanceRecord, () => ExportSchemas.Finance, d => d.Finance, (d, r) => d with { Finance = r }, FinanceRecordReader.Read);

    public static readonly DataSetDescriptor<InvestmentRecord> Investments = new(
        DataSetName.Investments, c => c.DataFileInvestmentRecord, c => c.InvestmentRecord, () => ExportSchemas.Investments, d => d.Investments, (d, r) => d with { Investments = r }, InvestmentRecordReader.Read);

    public static readonly DataSetDescriptor<FlagshipProject> Projects = new(
        DataSetName.Projects, c => c.DataFileFlagshipProject, c => c.FlagshipProject, () => ExportSchemas.Projects, d => d.Projects, (d, r) => d with { Projects = r }, FlagshipProjectReader.Read);

    public static readonly DataSetDescriptor<Initiative> Initiatives = new(
        DataSetName.Initiatives, c => c.DataFileInitiative, c => c.Initiative, () => ExportSchemas.Initiatives, d => d.Initiatives, (d, r) => d with { Initiatives = r }, InitiativeReader.Read);

    public static readonly DataSetDescriptor<TradeHighlight> TradeHighlights = new(
        DataSetName.TradeHighlights, c => c.DataFileTradeHighlight, c => c.TradeHighlight, () => ExportSchemas.TradeHighlights, d => d.TradeHighlights, (d, r) => d with { TradeHighlights = r }, TradeHighlightReader.Read);

    public static readonly DataSetDescriptor<Claim> Claims = new(
        DataSetName.Claims, c => c.DataFileClaim, c => c.Claim, () => ExportSchemas.Claims, d => d.Claims, (d, r) => d with { Claims = r }, ClaimReader.Read);

    public static readonly DataSetDescriptor<PublishedFigure> PublishedFigures = new(
        DataSetName.PublishedFigures, c => c.DataFilePublishedFigure, c => c.PublishedFigure, () => ExportSchemas.PublishedFigures, d => d.PublishedFigures, (d, r) => d with { PublishedFigures = r }, PublishedFigureReader.Read);

    public static readonly DataSetDescriptor<AidDataCountryYear> AidDataCountryYears = new(
        DataSetName.AidDataCountryYears, c => c.DataFileAidDataCountryYear, c => c.AidDataCountryYear, () => ExportSchemas.AidDataCountryYears, d => d.AidDataCountryYears, (d, r) => d with { AidDataCountryYears = r }, AidDataCountryYearReader.Read);

    /// <summary>Every set, in load order (sources first: every other set cites them).</summary>
    public static readonly DataSetDescriptor[] All =
        [Sources, Countries, Events, Trade, Indicators, Finance, Investments, Projects, Initiatives, TradeHighlights, Claims, PublishedFigures, AidDataCountryYears];

    /// <summary>The descriptor of a set name; null when unknown.</summary>
    public static DataSetDescriptor? Find(string? name) => Array.Find(All, d => string.Equals(d.Name, name, StringComparison.Ordinal));
}
