using System.Text.Json.Serialization;

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
public sealed record PublishedFigure : ISourced, IHasCountry, IHasYear
{
    /// <summary>Records are made by BriData (read from a release or computed), never by callers.</summary>
    [JsonConstructor]
    internal PublishedFigure()
    {
    }

    /// <summary>Stable slug id (for example <c>pub-t044</c>).</summary>
    [JsonRequired, JsonInclude]
    public string Id { get; internal init; } = null!;

    /// <summary>Who published the statistic, in our words (for example "General Administration of Customs of China (GAC)").</summary>
    [JsonRequired, JsonInclude]
    public string Publisher { get; internal init; } = null!;

    /// <summary>Whose statistics the figure states (China's customs, the partner's own, a loan database).</summary>
    [JsonRequired, JsonInclude]
    public PublishedBasis Basis { get; internal init; }

    /// <summary>What the figure measures.</summary>
    [JsonRequired, JsonInclude]
    public PublishedIndicator Indicator { get; internal init; }

    /// <summary>The Latin American or Caribbean state; null when the figure is for the region as a whole.</summary>
    [JsonInclude]
    public CountryCode? Country { get; internal init; }

    /// <summary>First month or year of the period (a year for calendar years, <c>2024-01</c> for January–September 2024).</summary>
    [JsonRequired, JsonInclude]
    public PartialDate PeriodStart { get; internal init; }

    /// <summary>Last month or year of the period, same precision as <see cref="PeriodStart"/>; equal to it for one calendar year.</summary>
    [JsonRequired, JsonInclude]
    public PartialDate PeriodEnd { get; internal init; }

    /// <summary>The value in whole units of <see cref="Unit"/> (not millions).</summary>
    [JsonRequired, JsonInclude]
    public decimal Value { get; internal init; }

    /// <summary><c>USD</c> (nominal US dollars), <c>CNY</c> (nominal yuan), <c>rank</c> or <c>loans</c>.</summary>
    [JsonRequired, JsonInclude]
    public MeasureUnit Unit { get; internal init; }

    /// <summary>How the page bounds the value ("about", "over", exact).</summary>
    [JsonRequired, JsonInclude]
    public QuantityBound Bound { get; internal init; }

    /// <summary>Our short note (the page's exact wording of the unit, a caveat on the host); null when none.</summary>
    [JsonInclude]
    public string? Note { get; internal init; }

    /// <inheritdoc />
    [JsonRequired, JsonInclude]
    public IReadOnlyList<string> SourceIds { get; internal init; } = null!;

    /// <summary>True when the period is exactly one calendar year.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsCalendarYear => PeriodStart == PeriodEnd && PeriodStart.Precision == DatePrecision.Year;

    /// <summary>The period as text: <c>2024</c>, <c>2024-01/2024-09</c>, <c>2005/2022</c>.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Period => PeriodStart == PeriodEnd ? PeriodStart.ToString() : $"{PeriodStart}/{PeriodEnd}";

    /// <summary>For example <c>pub-t044: LAC TotalTrade 2024 = 518467000000 USD (ChinaCustoms)</c>.</summary>
    public override string ToString() =>
        FormattableString.Invariant($"{Id}: {(Country is CountryCode c ? c.Alpha3 : "LAC")} {Indicator} {Period} = {Value} {Unit} ({Basis})");

    /// <summary>The year of a figure whose period lies within one calendar year; null for a period over several years.</summary>
    int? IHasYear.Year => PeriodStart.Year == PeriodEnd.Year ? PeriodStart.Year : null;
}
