namespace BriData;

/// <summary>
/// A statistic an official body or a research database published, as printed on a cited page (for example China
/// customs' total of China–LAC trade in 2024). Kept apart from the trade series (IMF DOTS) and from AidData: these are
/// single published numbers, used where no redistributable series exists (trade after 2020, loans after 2021).
/// </summary>
/// <remarks>
/// The value is the printed number scaled to whole units (USD 518.467 bn printed as "5184.67 亿美元" is stored as
/// 518,467,000,000 USD); nothing is converted between currencies. Where pages disagree, each figure is its own record.
/// </remarks>
public sealed record PublishedFigure : ISourced
{
    /// <summary>Stable slug id (for example <c>pub-t044</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Who published the statistic, in our words (for example "General Administration of Customs of China (GAC)").</summary>
    public required string Publisher { get; init; }

    /// <summary>Whose statistics the figure states (China's customs, the partner's own, a loan database).</summary>
    public required PublishedBasis Basis { get; init; }

    /// <summary>What the figure measures.</summary>
    public required PublishedIndicator Indicator { get; init; }

    /// <summary>The Latin American or Caribbean state; null when the figure is for the region as a whole.</summary>
    public CountryCode? Country { get; init; }

    /// <summary>First month or year of the period (a year for calendar years, <c>2024-01</c> for January–September 2024).</summary>
    public required PartialDate PeriodStart { get; init; }

    /// <summary>Last month or year of the period, same precision as <see cref="PeriodStart"/>; equal to it for one calendar year.</summary>
    public required PartialDate PeriodEnd { get; init; }

    /// <summary>The value in whole units of <see cref="Unit"/> (not millions).</summary>
    public required decimal Value { get; init; }

    /// <summary><c>USD</c> (nominal US dollars), <c>CNY</c> (nominal yuan), <c>rank</c> or <c>loans</c>.</summary>
    public required string Unit { get; init; }

    /// <summary>How the page bounds the value ("about", "over", exact).</summary>
    public required QuantityBound Bound { get; init; }

    /// <summary>Our short note (the page's exact wording of the unit, a caveat on the host); null when none.</summary>
    public string? Note { get; init; }

    /// <inheritdoc />
    public required IReadOnlyList<string> SourceIds { get; init; }

    /// <summary>True when the period is exactly one calendar year.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsCalendarYear => PeriodStart == PeriodEnd && PeriodStart.Precision == DatePrecision.Year;

    /// <summary>The period as text: <c>2024</c>, <c>2024-01/2024-09</c>, <c>2005/2022</c>.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Period => PeriodStart == PeriodEnd ? PeriodStart.ToString() : $"{PeriodStart}/{PeriodEnd}";

    /// <summary>For example <c>pub-t044: LAC TotalTrade 2024 = 518467000000 USD (ChinaCustoms)</c>.</summary>
    public override string ToString() =>
        FormattableString.Invariant($"{Id}: {(Country is CountryCode c ? c.Alpha3 : "LAC")} {Indicator} {Period} = {Value} {Unit} ({Basis})");
}
