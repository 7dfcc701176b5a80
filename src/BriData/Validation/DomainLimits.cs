namespace BriData.Validation;

/// <summary>
/// The limits of the domain that validation holds records to, named in one place. The latest year a record may
/// carry is not here: it is the year after the release day, taken from the release (never from the clock).
/// </summary>
internal static class DomainLimits
{
    /// <summary>The earliest year of trade and of most dated records (the IMF DOTS series start after 1948).</summary>
    public const int FirstYear = 1948;

    /// <summary>The earliest year of a policy event: a century before <see cref="FirstYear"/> (recognitions of the 19th century).</summary>
    public const int FirstEventYear = FirstYear - 100;

    /// <summary>The earliest year of a population or GDP indicator.</summary>
    public const int FirstIndicatorYear = 1900;

    /// <summary>The first year of AidData's GCDF 3.0 (development finance commitments and country-year totals).</summary>
    public const int FirstAidDataYear = 2000;

    /// <summary>The last year of AidData's GCDF 3.0 country-year totals.</summary>
    public const int LastAidDataYear = 2021;

    /// <summary>The earliest year a release day may have.</summary>
    public const int FirstReleaseYear = 2000;

    /// <summary>The latest year a release day may have (a guard against typos such as 9999-12-31).</summary>
    public const int LastReleaseYear = 2100;

    /// <summary>The earliest price year of a nominal amount.</summary>
    public const int FirstPriceYear = 1900;

    /// <summary>The latest price year of a nominal amount: a window, since a planned project's cost may be quoted in future prices.</summary>
    public const int LastPriceYear = 2100;

    /// <summary>The largest amount accepted: USD 10^15 (a quadrillion, about ten times world GDP).</summary>
    public const decimal MaxAmountUsd = 1_000_000_000_000_000m;

    /// <summary>The largest population accepted: 10^10 persons.</summary>
    public const long MaxPopulation = 10_000_000_000L;

    /// <summary>The largest share, percent.</summary>
    public const decimal MaxPercent = 100m;
}
