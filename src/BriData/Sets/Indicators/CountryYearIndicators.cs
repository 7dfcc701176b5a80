using System.Text.Json.Serialization;

namespace BriData;

/// <summary>
/// Population and GDP of one country in one year (World Bank World Development Indicators). A missing value is
/// null, never zero.
/// </summary>
public sealed record CountryYearIndicators : ISourced, IHasCountry, IHasYear
{
    /// <summary>Records are made by BriData (read from a release or computed), never by callers.</summary>
    [JsonConstructor]
    internal CountryYearIndicators()
    {
    }

    /// <summary>The country.</summary>
    [JsonRequired, JsonInclude]
    public CountryCode Country { get; internal init; }

    /// <summary>Calendar year.</summary>
    [JsonRequired, JsonInclude]
    public int Year { get; internal init; }

    /// <summary>Total population, mid-year estimate (persons); null when the source has no value.</summary>
    [JsonInclude]
    public long? Population { get; internal init; }

    /// <summary>GDP in current (nominal) US dollars of the year, not millions, as stored (JSON <c>gdpCurrentUsd</c>, CSV <c>gdp_current_usd</c>); null when the source has no value. The public member is <see cref="Gdp"/>.</summary>
    [JsonInclude, JsonPropertyName("gdpCurrentUsd")]
    internal decimal? GdpCurrentUsd { get; init; }

    /// <summary>GDP, nominal (current) USD of <see cref="Year"/>; null when the source has no value.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Money? Gdp => GdpCurrentUsd is decimal v ? Money.NominalUsd(v, Year) : null;

    /// <inheritdoc />
    [JsonRequired, JsonInclude]
    public IReadOnlyList<string> SourceIds { get; internal init; } = null!;

    /// <summary>For example <c>PER 2019: population 32,510,462, GDP USD 228,346.4 m (nominal 2019)</c>; missing values say so.</summary>
    public override string ToString() => FormattableString.Invariant(
        $"{Country} {Year}: population {(Population is long p ? DisplayFormat.Count(p) : DisplayFormat.MissingText)}, GDP {(Gdp is Money gdp ? gdp.ToString() : DisplayFormat.MissingText)}");

    /// <inheritdoc />
    CountryCode? IHasCountry.Country => Country;

    /// <inheritdoc />
    int? IHasYear.Year => Year;
}
