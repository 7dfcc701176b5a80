using System.Text.Json.Serialization;

namespace BriData;

/// <summary>
/// AidData's complete GCDF 3.0 commitments to one recipient in one year, by flow class, in constant 2021 US dollars:
/// every recommended-for-aggregates project, not only the geolocated ones in <see cref="BriDataset.Finance"/>.
/// </summary>
/// <remarks>
/// Amounts are plain dollars (not millions). A zero means AidData records no commitment of that class for the
/// recipient and year. The geolocated records are a subset: over LAC they sum to about a third of these totals
/// (USD 116 bn of 388 bn). Country-year totals only: no lenders, sectors or project ids.
/// </remarks>
public sealed record AidDataCountryYear : ISourced, IHasCountry, IHasYear
{
    /// <summary>The recipient (one of the 33 states).</summary>
    [JsonRequired, JsonInclude]
    public CountryCode Country { get; internal init; }

    /// <summary>Commitment year (2000–2021).</summary>
    [JsonRequired, JsonInclude]
    public int Year { get; internal init; }

    /// <summary>ODA-like commitments, AidData's "Amount (Constant USD 2021)".</summary>
    [JsonRequired, JsonInclude]
    public decimal OdaLikeUsd { get; internal init; }

    /// <summary>OOF-like commitments, AidData's "Amount (Constant USD 2021)".</summary>
    [JsonRequired, JsonInclude]
    public decimal OofLikeUsd { get; internal init; }

    /// <summary>Commitments of vague official-finance class, AidData's "Amount (Constant USD 2021)".</summary>
    [JsonRequired, JsonInclude]
    public decimal VagueOfficialFinanceUsd { get; internal init; }

    /// <summary>ODA-like commitments, AidData's "Adjusted Amount (Constant USD 2021)".</summary>
    [JsonRequired, JsonInclude]
    public decimal OdaLikeAdjustedUsd { get; internal init; }

    /// <summary>OOF-like commitments, AidData's "Adjusted Amount (Constant USD 2021)".</summary>
    [JsonRequired, JsonInclude]
    public decimal OofLikeAdjustedUsd { get; internal init; }

    /// <summary>Commitments of vague official-finance class, AidData's "Adjusted Amount (Constant USD 2021)".</summary>
    [JsonRequired, JsonInclude]
    public decimal VagueOfficialFinanceAdjustedUsd { get; internal init; }

    /// <inheritdoc />
    [JsonRequired, JsonInclude]
    public IReadOnlyList<string> SourceIds { get; internal init; } = null!;

    /// <summary>All flow classes, "Amount (Constant USD 2021)": the basis of the geolocated records' amounts.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public decimal TotalUsd => OdaLikeUsd + OofLikeUsd + VagueOfficialFinanceUsd;

    /// <summary>All flow classes, "Adjusted Amount (Constant USD 2021)".</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public decimal TotalAdjustedUsd => OdaLikeAdjustedUsd + OofLikeAdjustedUsd + VagueOfficialFinanceAdjustedUsd;

    /// <summary>For example <c>VEN 2010: USD 20,000,000,000 (AidData GCDF 3.0 total)</c>.</summary>
    public override string ToString() => FormattableString.Invariant($"{Country.Alpha3} {Year}: USD {TotalUsd:#,0} (AidData GCDF 3.0 total)");

    /// <inheritdoc />
    CountryCode? IHasCountry.Country => Country;

    /// <inheritdoc />
    int? IHasYear.Year => Year;
}
