using System.Text.Json.Serialization;

namespace BriData;

/// <summary>
/// One annual goods-trade value as one reporter states it (IMF Direction of Trade Statistics): the reporter's
/// exports to or imports from a partner, in millions of current US dollars.
/// </summary>
/// <remarks>
/// Bilateral records have China as the reporter and a Latin American or Caribbean state as partner, or the
/// reverse; "World" records (<see cref="CountryCode.World"/> partner) give a reporter's total trade so that
/// shares can be computed. China's exports to a country and that country's imports from China differ
/// (FOB vs CIF, timing, re-exports): they are different records and are never merged.
/// </remarks>
public sealed record TradeRecord : ISourced, IHasYear
{
    /// <summary>Records are made by BriData (read from a release or computed), never by callers.</summary>
    [JsonConstructor]
    internal TradeRecord()
    {
    }

    /// <summary>The economy whose statistics give the value.</summary>
    [JsonRequired, JsonInclude]
    public CountryCode Reporter { get; internal init; }

    /// <summary>The counterpart: China, a Latin American or Caribbean state, or <see cref="CountryCode.World"/>.</summary>
    [JsonRequired, JsonInclude]
    public CountryCode Partner { get; internal init; }

    /// <summary>Exports (FOB) or imports (CIF), from the reporter's side.</summary>
    [JsonRequired, JsonInclude]
    public TradeFlow Flow { get; internal init; }

    /// <summary>Calendar year.</summary>
    [JsonRequired, JsonInclude]
    public int Year { get; internal init; }

    /// <summary>The value in millions of current (nominal) US dollars of <see cref="Year"/>, as stored (JSON <c>valueUsdMillions</c>, CSV <c>value_usd_millions</c>); the public member is <see cref="Value"/>.</summary>
    [JsonRequired, JsonInclude, JsonPropertyName("valueUsdMillions")]
    internal decimal ValueUsdMillions { get; init; }

    /// <summary>The value: nominal USD of <see cref="Year"/> (stored in millions, so <c>Value.AmountUsdMillions</c> is the source's figure).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Money Value => Money.NominalUsdMillions(ValueUsdMillions, Year);

    /// <summary>True when the source marks the value as an IMF estimate (from partner data), not the reporter's own figure.</summary>
    [JsonRequired, JsonInclude]
    public bool IsEstimate { get; internal init; }

    /// <inheritdoc />
    [JsonRequired, JsonInclude]
    public IReadOnlyList<string> SourceIds { get; internal init; } = null!;

    /// <summary>For example <c>PER exports (FOB) to CHN 2019: USD 13,551.3 m (estimate)</c>, rounded for display (the value keeps its precision).</summary>
    public override string ToString() => FormattableString.Invariant(
        $"{Reporter} {(Flow == TradeFlow.ExportsFob ? "exports (FOB) to" : "imports (CIF) from")} {Partner} {Year}: {DisplayFormat.UsdMillions(ValueUsdMillions)}{(IsEstimate ? " (estimate)" : string.Empty)}");

    /// <inheritdoc />
    int? IHasYear.Year => Year;
}
