namespace BriData;

/// <summary>The columns of <see cref="BriDatasetFacts.InvestmentFacts(BriDataset)"/>: one row per <see cref="InvestmentRecord"/>.</summary>
internal static class InvestmentFactColumns
{
    /// <summary>Dimension: the host country (<see cref="CountryCode"/>).</summary>
    public const string Country = "country";

    /// <summary>Dimension: the year of the deal (<see cref="int"/>).</summary>
    public const string Year = "year";

    /// <summary>Dimension: the AEI sector (<see cref="string"/>).</summary>
    public const string Sector = "sector";

    /// <summary>Dimension: investment or construction contract (<see cref="InvestmentKind"/>).</summary>
    public const string Kind = "kind";

    /// <summary>Dimension: the Chinese investor (<see cref="string"/>).</summary>
    public const string Investor = "investor";

    /// <summary>Dimension: true for a troubled transaction (<see cref="bool"/>).</summary>
    public const string IsTroubled = "isTroubled";

    /// <summary>Dimension: true, false or null (unknown) for a Belt and Road deal (<see cref="Nullable{Boolean}"/>).</summary>
    public const string IsBri = "isBri";

    /// <summary>Dimension: true for a greenfield investment (<see cref="bool"/>).</summary>
    public const string IsGreenfield = "isGreenfield";

    /// <summary>Measure: the amount in millions of nominal USD of the deal's year (never missing).</summary>
    public const string AmountUsdMillions = "amountUsdMillions";
}
