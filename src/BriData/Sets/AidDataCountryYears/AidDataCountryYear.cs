using System.Text.Json.Serialization;

namespace BriData;

/// <summary>
/// AidData's complete GCDF 3.0 commitments to one recipient in one year, by flow class, in constant 2021 US dollars:
/// every recommended-for-aggregates project, not only the geolocated ones in <see cref="BriDataset.Finance"/>.
/// </summary>
/// <remarks>
/// Every amount is constant 2021 USD (<see cref="MoneyBasis.ConstantUsd2021"/>): AidData's "Amount (Constant USD 2021)"
/// and, for the "Adjusted" members, its "Adjusted Amount (Constant USD 2021)", which leaves out the rollovers of
/// short-term emergency rescue loans and swap borrowings (equal to the plain amount for grants and other loans); the
/// adjustment is not a change of basis. Stored in plain dollars (not millions). A zero means AidData records no commitment of that class for the
/// recipient and year. The geolocated records are a subset: over LAC they sum to about a third of these totals
/// (USD 116 bn of 388 bn). Country-year totals only: no lenders, sectors or project ids.
/// </remarks>
public sealed record AidDataCountryYear : ISourced, IHasCountry, IHasYear
{
    /// <summary>Records are made by BriData (read from a release or computed), never by callers.</summary>
    [JsonConstructor]
    internal AidDataCountryYear()
    {
    }

    /// <summary>The recipient (one of the 33 states).</summary>
    [JsonRequired, JsonInclude]
    public CountryCode Country { get; internal init; }

    /// <summary>Commitment year (2000–2021).</summary>
    [JsonRequired, JsonInclude]
    public int Year { get; internal init; }

    /// <summary>ODA-like commitments, AidData's "Amount (Constant USD 2021)", in dollars as stored (JSON <c>odaLikeUsd</c>); the public member is <see cref="OdaLike"/>.</summary>
    [JsonRequired, JsonInclude, JsonPropertyName("odaLikeUsd")]
    internal decimal OdaLikeUsd { get; init; }

    /// <summary>OOF-like commitments, AidData's "Amount (Constant USD 2021)", in dollars as stored (JSON <c>oofLikeUsd</c>); the public member is <see cref="OofLike"/>.</summary>
    [JsonRequired, JsonInclude, JsonPropertyName("oofLikeUsd")]
    internal decimal OofLikeUsd { get; init; }

    /// <summary>Commitments of vague official-finance class, AidData's "Amount (Constant USD 2021)", in dollars as stored (JSON <c>vagueOfficialFinanceUsd</c>); the public member is <see cref="VagueOfficialFinance"/>.</summary>
    [JsonRequired, JsonInclude, JsonPropertyName("vagueOfficialFinanceUsd")]
    internal decimal VagueOfficialFinanceUsd { get; init; }

    /// <summary>ODA-like commitments, AidData's "Adjusted Amount (Constant USD 2021)", in dollars as stored (JSON <c>odaLikeAdjustedUsd</c>); the public member is <see cref="OdaLikeAdjusted"/>.</summary>
    [JsonRequired, JsonInclude, JsonPropertyName("odaLikeAdjustedUsd")]
    internal decimal OdaLikeAdjustedUsd { get; init; }

    /// <summary>OOF-like commitments, AidData's "Adjusted Amount (Constant USD 2021)", in dollars as stored (JSON <c>oofLikeAdjustedUsd</c>); the public member is <see cref="OofLikeAdjusted"/>.</summary>
    [JsonRequired, JsonInclude, JsonPropertyName("oofLikeAdjustedUsd")]
    internal decimal OofLikeAdjustedUsd { get; init; }

    /// <summary>Commitments of vague official-finance class, AidData's "Adjusted Amount (Constant USD 2021)", in dollars as stored (JSON <c>vagueOfficialFinanceAdjustedUsd</c>); the public member is <see cref="VagueOfficialFinanceAdjusted"/>.</summary>
    [JsonRequired, JsonInclude, JsonPropertyName("vagueOfficialFinanceAdjustedUsd")]
    internal decimal VagueOfficialFinanceAdjustedUsd { get; init; }

    /// <summary>ODA-like commitments, AidData's "Amount (Constant USD 2021)": constant 2021 USD.</summary>
    [JsonIgnore]
    public Money OdaLike => Money.ConstantUsd2021(OdaLikeUsd);

    /// <summary>OOF-like commitments, AidData's "Amount (Constant USD 2021)": constant 2021 USD.</summary>
    [JsonIgnore]
    public Money OofLike => Money.ConstantUsd2021(OofLikeUsd);

    /// <summary>Commitments of vague official-finance class, AidData's "Amount (Constant USD 2021)": constant 2021 USD.</summary>
    [JsonIgnore]
    public Money VagueOfficialFinance => Money.ConstantUsd2021(VagueOfficialFinanceUsd);

    /// <summary>ODA-like commitments, AidData's "Adjusted Amount (Constant USD 2021)": constant 2021 USD.</summary>
    [JsonIgnore]
    public Money OdaLikeAdjusted => Money.ConstantUsd2021(OdaLikeAdjustedUsd);

    /// <summary>OOF-like commitments, AidData's "Adjusted Amount (Constant USD 2021)": constant 2021 USD.</summary>
    [JsonIgnore]
    public Money OofLikeAdjusted => Money.ConstantUsd2021(OofLikeAdjustedUsd);

    /// <summary>Commitments of vague official-finance class, AidData's "Adjusted Amount (Constant USD 2021)": constant 2021 USD.</summary>
    [JsonIgnore]
    public Money VagueOfficialFinanceAdjusted => Money.ConstantUsd2021(VagueOfficialFinanceAdjustedUsd);

    /// <inheritdoc />
    [JsonRequired, JsonInclude]
    public IReadOnlyList<string> SourceIds { get; internal init; } = null!;

    /// <summary>All flow classes, AidData's "Amount (Constant USD 2021)" (the basis of the geolocated records' amounts): constant 2021 USD.</summary>
    [JsonIgnore]
    public Money Total => OdaLike + OofLike + VagueOfficialFinance;

    /// <summary>All flow classes, AidData's "Adjusted Amount (Constant USD 2021)" (rollovers of short-term rescue loans left out): constant 2021 USD.</summary>
    [JsonIgnore]
    public Money TotalAdjusted => OdaLikeAdjusted + OofLikeAdjusted + VagueOfficialFinanceAdjusted;

    /// <summary>For example <c>VEN 2010: USD 20,000,000,000 (AidData GCDF 3.0 total)</c>.</summary>
    public override string ToString() => FormattableString.Invariant($"{Country.Alpha3} {Year}: USD {Total.AmountUsd:#,0} (AidData GCDF 3.0 total)");

    /// <inheritdoc />
    CountryCode? IHasCountry.Country => Country;

    /// <inheritdoc />
    int? IHasYear.Year => Year;
}
