namespace BriData;

/// <summary>The columns of <see cref="BriDatasetFacts.IndicatorFacts(BriDataset)"/>: one row per <see cref="CountryYearIndicators"/>.</summary>
internal static class IndicatorFactColumns
{
    /// <summary>Dimension: the country (<see cref="CountryCode"/>).</summary>
    public const string Country = "country";

    /// <summary>Dimension: the calendar year (<see cref="int"/>).</summary>
    public const string Year = "year";

    /// <summary>Measure: the population (persons); missing where the source has none.</summary>
    public const string Population = "population";

    /// <summary>Measure: GDP in current (nominal) USD of the row's year, not millions; missing where the source has none.</summary>
    public const string GdpCurrentUsd = "gdpCurrentUsd";
}
