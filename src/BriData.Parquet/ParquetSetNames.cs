namespace BriData.Parquet;

/// <summary>
/// The sets <see cref="ParquetExport"/> writes, each to <c>&lt;set&gt;.parquet</c>. The names are those of the
/// data release's JSON files.
/// </summary>
public static class ParquetSetNames
{
    /// <summary><c>countries</c>: the 33 Latin American and Caribbean states and China.</summary>
    public const string Countries = "countries";

    /// <summary><c>events</c>: diplomatic and policy events.</summary>
    public const string Events = "events";

    /// <summary><c>trade</c>: annual goods trade (IMF DOTS), both reporters' views, USD millions nominal.</summary>
    public const string Trade = "trade";

    /// <summary><c>indicators</c>: population (persons) and GDP (current USD) per country-year.</summary>
    public const string Indicators = "indicators";

    /// <summary><c>finance</c>: AidData GCDF 3.0 commitments, constant 2021 USD.</summary>
    public const string Finance = "finance";

    /// <summary><c>investments</c>: AEI China Global Investment Tracker transactions, nominal USD.</summary>
    public const string Investments = "investments";

    /// <summary><c>projects</c>: curated flagship projects, with milestones and measures as lists of structs.</summary>
    public const string Projects = "projects";

    /// <summary><c>initiatives</c>: non-infrastructure cooperation.</summary>
    public const string Initiatives = "initiatives";

    /// <summary><c>trade-highlights</c>: products singled out in trade.</summary>
    public const string TradeHighlights = "trade-highlights";

    /// <summary><c>claims</c>: published aggregate statements, as published.</summary>
    public const string Claims = "claims";

    /// <summary><c>published-figures</c>: statistics official bodies and research databases published, as printed on cited pages.</summary>
    public const string PublishedFigures = "published-figures";

    /// <summary><c>aiddata-country-years</c>: AidData's complete GCDF 3.0 commitments per recipient and year, by flow class.</summary>
    public const string AidDataCountryYears = "aiddata-country-years";

    /// <summary><c>sources</c>: where every record's facts come from.</summary>
    public const string Sources = "sources";

    /// <summary>Every set, in the order they are written.</summary>
    public static IReadOnlyList<string> All { get; } = Array.AsReadOnly(
        [Countries, Events, Trade, Indicators, Finance, Investments, Projects, Initiatives, TradeHighlights, Claims, PublishedFigures, AidDataCountryYears, Sources]);
}
