using System.Text.Json.Serialization;

namespace BriData;

/// <summary>
/// One Chinese official-sector loan or grant commitment to a Latin American or Caribbean recipient (AidData
/// Global Chinese Development Finance Dataset 3.0, geolocated subset). Amounts are constant 2021 USD.
/// </summary>
public sealed record FinanceRecord : ISourced, IHasCountry, IHasYear
{
    /// <summary>Records are made by BriData (read from a release or computed), never by callers.</summary>
    [JsonConstructor]
    internal FinanceRecord()
    {
    }

    /// <summary>AidData record id (the GCDF 3.0 "AidData Record ID"); the record's key.</summary>
    [JsonRequired, JsonInclude]
    public int Id { get; internal init; }

    /// <summary>The recipient (a country code; territories such as Curaçao keep their own code).</summary>
    [JsonRequired, JsonInclude]
    public CountryCode Recipient { get; internal init; }

    /// <summary>AidData's record title (a label naming lender, amount and project).</summary>
    [JsonRequired, JsonInclude]
    public string Title { get; internal init; } = null!;

    /// <summary>The Chinese lender or donor named at the start of the title (for example "China Eximbank"); null when the title names none.</summary>
    [JsonInclude]
    public string? Lender { get; internal init; }

    /// <summary>The commitment in constant 2021 USD; null when AidData gives no amount (missing, not zero).</summary>
    [JsonInclude]
    public Money? Amount { get; internal init; }

    /// <summary>Year of the commitment.</summary>
    [JsonRequired, JsonInclude]
    public int CommitmentYear { get; internal init; }

    /// <summary>Date of the commitment, when known.</summary>
    [JsonInclude]
    public PartialDate? CommitmentDate { get; internal init; }

    /// <summary>Actual implementation start date, when known.</summary>
    [JsonInclude]
    public PartialDate? ImplementationStart { get; internal init; }

    /// <summary>Actual completion date, when known.</summary>
    [JsonInclude]
    public PartialDate? Completion { get; internal init; }

    /// <summary>Implementation status.</summary>
    [JsonRequired, JsonInclude]
    public FinanceStatus Status { get; internal init; }

    /// <summary>OECD-CRS sector name as AidData gives it, upper case (for example "ENERGY").</summary>
    [JsonRequired, JsonInclude]
    public string Sector { get; internal init; } = null!;

    /// <summary>True when AidData marks the record as physical infrastructure.</summary>
    [JsonRequired, JsonInclude]
    public bool IsInfrastructure { get; internal init; }

    /// <summary>
    /// True when the record may be summed with others under AidData's rule (no umbrella agreements, pledges or
    /// cancelled commitments). The records BriData ships are all in AidData's recommended-for-aggregates set.
    /// </summary>
    [JsonRequired, JsonInclude]
    public bool IsAggregationSafe { get; internal init; }

    /// <summary>Ids of other AidData records the title says this one is linked to; empty when none.</summary>
    [JsonRequired, JsonInclude]
    public IReadOnlyList<int> LinkedRecordIds { get; internal init; } = null!;

    /// <summary>Flow type, simplified (for example "Loan", "Grant"); null when not in the richer extract.</summary>
    [JsonInclude]
    public string? FlowType { get; internal init; }

    /// <summary>Flow class ("ODA-like", "OOF-like", "Vague (Official Finance)"); null when not in the richer extract.</summary>
    [JsonInclude]
    public string? FlowClass { get; internal init; }

    /// <summary>Intent ("Development", "Commercial", "Mixed", "Representational"); null when not in the richer extract.</summary>
    [JsonInclude]
    public string? Intent { get; internal init; }

    /// <summary>Type of the funding agencies (for example "State-owned Policy Bank"); null when not in the richer extract.</summary>
    [JsonInclude]
    public string? FundingAgencyType { get; internal init; }

    /// <summary>Type of the implementing agencies; null when not in the richer extract.</summary>
    [JsonInclude]
    public string? ImplementingAgencyType { get; internal init; }

    /// <summary>OpenStreetMap addresses locating the project (links only, no geometry).</summary>
    [JsonRequired, JsonInclude]
    public IReadOnlyList<string> OsmLinks { get; internal init; } = null!;

    /// <summary>
    /// The recipient's OECD ODA income group when the commitment was made, as AidData gives it ("Upper middle income",
    /// "Lower middle income", "Low income"); null when the record is not in AidData's detailed extract or the recipient
    /// was not on the OECD's ODA list (high income).
    /// </summary>
    [JsonInclude]
    public string? IncomeGroup { get; internal init; }

    /// <summary>AidData's geographic precision of the located features (for example "PRECISE", "ADM2").</summary>
    [JsonInclude]
    public string? LocationPrecision { get; internal init; }

    /// <inheritdoc />
    [JsonRequired, JsonInclude]
    public IReadOnlyList<string> SourceIds { get; internal init; } = null!;

    /// <summary>The id and title.</summary>
    public override string ToString() => FormattableString.Invariant($"AidData {Id}: {Title}");

    /// <inheritdoc />
    CountryCode? IHasCountry.Country => Recipient;

    /// <inheritdoc />
    int? IHasYear.Year => CommitmentYear;
}
