namespace BriData.Parquet;

/// <summary>
/// The sets <see cref="ParquetExport"/> writes, each to <c>&lt;set&gt;.parquet</c>. The names are those of the
/// data release's JSON files.
/// </summary>
public static class ParquetSetNames
{
    /// <summary><c>countries</c>: the 33 Latin American and Caribbean states and China.</summary>
    public const string Countries = DataSetName.Countries;

    /// <summary><c>events</c>: diplomatic and policy events.</summary>
    public const string Events = DataSetName.Events;

    /// <summary><c>trade</c>: annual goods trade (IMF DOTS), both reporters' views, USD millions nominal.</summary>
    public const string Trade = DataSetName.Trade;

    /// <summary><c>indicators</c>: population (persons) and GDP (current USD) per country-year.</summary>
    public const string Indicators = DataSetName.Indicators;

    /// <summary><c>finance</c>: AidData GCDF 3.0 commitments, constant 2021 USD.</summary>
    public const string Finance = DataSetName.Finance;

    /// <summary><c>investments</c>: AEI China Global Investment Tracker transactions, nominal USD.</summary>
    public const string Investments = DataSetName.Investments;

    /// <summary><c>projects</c>: curated flagship projects; milestones and measures as JSON text.</summary>
    public const string Projects = DataSetName.Projects;

    /// <summary><c>initiatives</c>: non-infrastructure cooperation.</summary>
    public const string Initiatives = DataSetName.Initiatives;

    /// <summary><c>trade-highlights</c>: products singled out in trade.</summary>
    public const string TradeHighlights = DataSetName.TradeHighlights;

    /// <summary><c>claims</c>: published aggregate statements, as published.</summary>
    public const string Claims = DataSetName.Claims;

    /// <summary><c>published-figures</c>: statistics official bodies and research databases published, as printed on cited pages.</summary>
    public const string PublishedFigures = DataSetName.PublishedFigures;

    /// <summary><c>aiddata-country-years</c>: AidData's complete GCDF 3.0 commitments per recipient and year, by flow class.</summary>
    public const string AidDataCountryYears = DataSetName.AidDataCountryYears;

    /// <summary><c>sources</c>: where every record's facts come from.</summary>
    public const string Sources = DataSetName.Sources;

    /// <summary>Every set, in the order they are written (the data release's load order: sources first).</summary>
    public static IReadOnlyList<string> All { get; } = Array.AsReadOnly(Array.ConvertAll(DataSets.All, d => d.Name));
}
