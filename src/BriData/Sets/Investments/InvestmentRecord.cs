using System.Text.Json.Serialization;

namespace BriData;

/// <summary>
/// One transaction of the American Enterprise Institute's China Global Investment Tracker in Latin America and
/// the Caribbean: an investment or construction contract of about USD 100 million or more, in nominal USD.
/// Cite: American Enterprise Institute, China Global Investment Tracker.
/// </summary>
public sealed record InvestmentRecord : ISourced, IHasCountry, IHasYear
{
    /// <summary>Records are made by BriData (read from a release or computed), never by callers.</summary>
    [JsonConstructor]
    internal InvestmentRecord()
    {
    }

    /// <summary>BriData's stable id: release, row number in the release file (for example <c>cgit-2021f-0412</c>).</summary>
    [JsonRequired, JsonInclude]
    public string Id { get; internal init; } = null!;

    /// <summary>AEI release the row comes from ("2021 Fall" or "2019 Fall").</summary>
    [JsonRequired, JsonInclude]
    public string Release { get; internal init; } = null!;

    /// <summary>Host country.</summary>
    [JsonRequired, JsonInclude]
    public CountryCode Country { get; internal init; }

    /// <summary>Year and month of the transaction (announcement or closing).</summary>
    [JsonRequired, JsonInclude]
    public PartialDate Date { get; internal init; }

    /// <summary>The Chinese company (investor or contractor) as AEI names it.</summary>
    [JsonRequired, JsonInclude]
    public string Investor { get; internal init; } = null!;

    /// <summary>The value in nominal US dollars of the transaction year (AEI gives USD millions).</summary>
    [JsonRequired, JsonInclude]
    public Money Amount { get; internal init; }

    /// <summary>Equity share acquired, in percent (for example 60); null when AEI gives none (most construction).</summary>
    [JsonInclude]
    public decimal? SharePercent { get; internal init; }

    /// <summary>The counterpart, target or client as AEI names it; null when blank.</summary>
    [JsonInclude]
    public string? TransactionParty { get; internal init; }

    /// <summary>AEI sector (for example "Energy", "Transport").</summary>
    [JsonRequired, JsonInclude]
    public string Sector { get; internal init; } = null!;

    /// <summary>AEI subsector (for example "Hydro"); null when blank.</summary>
    [JsonInclude]
    public string? Subsector { get; internal init; }

    /// <summary>Investment, construction, or unknown (see <see cref="InvestmentKind.Unknown"/>).</summary>
    [JsonRequired, JsonInclude]
    public InvestmentKind Kind { get; internal init; }

    /// <summary>True when AEI lists the transaction as troubled (failed or cancelled); such rows are never summed by default.</summary>
    [JsonRequired, JsonInclude]
    public bool IsTroubled { get; internal init; }

    /// <summary>AEI's BRI flag: true, false, or null when blank (before the initiative).</summary>
    [JsonInclude]
    public bool? IsBri { get; internal init; }

    /// <summary>True when AEI marks the investment as greenfield.</summary>
    [JsonRequired, JsonInclude]
    public bool IsGreenfield { get; internal init; }

    /// <summary>True when the row may be summed: not troubled. Investments and construction must still be summed apart.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsAggregationSafe => !IsTroubled;

    /// <inheritdoc />
    [JsonRequired, JsonInclude]
    public IReadOnlyList<string> SourceIds { get; internal init; } = null!;

    /// <summary>Date, investor, amount and country.</summary>
    public override string ToString() => FormattableString.Invariant($"{Date} {Investor}: {Amount} in {Country}");

    /// <inheritdoc />
    CountryCode? IHasCountry.Country => Country;

    /// <inheritdoc />
    int? IHasYear.Year => Date.Year;
}
