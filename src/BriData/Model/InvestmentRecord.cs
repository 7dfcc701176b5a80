namespace BriData;

/// <summary>
/// One transaction of the American Enterprise Institute's China Global Investment Tracker in Latin America and
/// the Caribbean: an investment or construction contract of about USD 100 million or more, in nominal USD.
/// Cite: American Enterprise Institute, China Global Investment Tracker.
/// </summary>
public sealed record InvestmentRecord : ISourced, IHasCountry, IHasYear
{
    /// <summary>BriData's stable id: release, row number in the release file (for example <c>cgit-2021f-0412</c>).</summary>
    public required string Id { get; init; }

    /// <summary>AEI release the row comes from ("2021 Fall" or "2019 Fall").</summary>
    public required string Release { get; init; }

    /// <summary>Host country.</summary>
    public required CountryCode Country { get; init; }

    /// <summary>Year and month of the transaction (announcement or closing).</summary>
    public required PartialDate Date { get; init; }

    /// <summary>The Chinese company (investor or contractor) as AEI names it.</summary>
    public required string Investor { get; init; }

    /// <summary>The value in nominal US dollars of the transaction year (AEI gives USD millions).</summary>
    public required Money Amount { get; init; }

    /// <summary>Equity share acquired, in percent (for example 60); null when AEI gives none (most construction).</summary>
    public decimal? SharePercent { get; init; }

    /// <summary>The counterpart, target or client as AEI names it; null when blank.</summary>
    public string? TransactionParty { get; init; }

    /// <summary>AEI sector (for example "Energy", "Transport").</summary>
    public required string Sector { get; init; }

    /// <summary>AEI subsector (for example "Hydro"); null when blank.</summary>
    public string? Subsector { get; init; }

    /// <summary>Investment, construction, or unknown (see <see cref="InvestmentKind.Unknown"/>).</summary>
    public required InvestmentKind Kind { get; init; }

    /// <summary>True when AEI lists the transaction as troubled (failed or cancelled); such rows are never summed by default.</summary>
    public required bool IsTroubled { get; init; }

    /// <summary>AEI's BRI flag: true, false, or null when blank (before the initiative).</summary>
    public bool? IsBri { get; init; }

    /// <summary>True when AEI marks the investment as greenfield.</summary>
    public required bool IsGreenfield { get; init; }

    /// <summary>True when the row may be summed: not troubled. Investments and construction must still be summed apart.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsAggregationSafe => !IsTroubled;

    /// <inheritdoc />
    public required IReadOnlyList<string> SourceIds { get; init; }

    /// <summary>Date, investor, amount and country.</summary>
    public override string ToString() => FormattableString.Invariant($"{Date} {Investor}: {Amount} in {Country}");

    /// <inheritdoc />
    CountryCode? IHasCountry.Country => Country;

    /// <inheritdoc />
    int? IHasYear.Year => Date.Year;
}
