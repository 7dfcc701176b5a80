namespace BriData.Loading;

/// <summary>The names (and file names) of the sets of a data release.</summary>
internal static class DataSetName
{
    public const string Manifest = "manifest.json";
    public const string Countries = "countries";
    public const string Events = "events";
    public const string Trade = "trade";
    public const string Indicators = "indicators";
    public const string Finance = "finance";
    public const string Investments = "investments";
    public const string Projects = "projects";
    public const string Initiatives = "initiatives";
    public const string TradeHighlights = "trade-highlights";
    public const string Claims = "claims";
    public const string PublishedFigures = "published-figures";
    public const string AidDataCountryYears = "aiddata-country-years";
    public const string Sources = "sources";

    /// <summary>Every set, in load order.</summary>
    public static readonly string[] All =
        [Sources, Countries, Events, Trade, Indicators, Finance, Investments, Projects, Initiatives, TradeHighlights, Claims, PublishedFigures, AidDataCountryYears];

    public static string FileName(string set) => set + ".json";
}
