namespace BriData;

/// <summary>
/// One Chinese official-sector loan or grant commitment to a Latin American or Caribbean recipient (AidData
/// Global Chinese Development Finance Dataset 3.0, geolocated subset). Amounts are constant 2021 USD.
/// </summary>
public sealed record FinanceRecord : ISourced, IHasCountry, IHasYear
{
    /// <summary>AidData record id (the GCDF 3.0 "AidData Record ID"); the record's key.</summary>
    public required int Id { get; init; }

    /// <summary>The recipient (a country code; territories such as Curaçao keep their own code).</summary>
    public required CountryCode Recipient { get; init; }

    /// <summary>AidData's record title (a label naming lender, amount and project).</summary>
    public required string Title { get; init; }

    /// <summary>The Chinese lender or donor named at the start of the title (for example "China Eximbank"); null when the title names none.</summary>
    public string? Lender { get; init; }

    /// <summary>The commitment in constant 2021 USD; null when AidData gives no amount (missing, not zero).</summary>
    public Money? Amount { get; init; }

    /// <summary>Year of the commitment.</summary>
    public required int CommitmentYear { get; init; }

    /// <summary>Date of the commitment, when known.</summary>
    public PartialDate? CommitmentDate { get; init; }

    /// <summary>Actual implementation start date, when known.</summary>
    public PartialDate? ImplementationStart { get; init; }

    /// <summary>Actual completion date, when known.</summary>
    public PartialDate? Completion { get; init; }

    /// <summary>Implementation status.</summary>
    public required FinanceStatus Status { get; init; }

    /// <summary>OECD-CRS sector name as AidData gives it, upper case (for example "ENERGY").</summary>
    public required string Sector { get; init; }

    /// <summary>True when AidData marks the record as physical infrastructure.</summary>
    public required bool IsInfrastructure { get; init; }

    /// <summary>
    /// True when the record may be summed with others under AidData's rule (no umbrella agreements, pledges or
    /// cancelled commitments). The records BriData ships are all in AidData's recommended-for-aggregates set.
    /// </summary>
    public required bool IsAggregationSafe { get; init; }

    /// <summary>Ids of other AidData records the title says this one is linked to; empty when none.</summary>
    public required IReadOnlyList<int> LinkedRecordIds { get; init; }

    /// <summary>Flow type, simplified (for example "Loan", "Grant"); null when not in the richer extract.</summary>
    public string? FlowType { get; init; }

    /// <summary>Flow class ("ODA-like", "OOF-like", "Vague (Official Finance)"); null when not in the richer extract.</summary>
    public string? FlowClass { get; init; }

    /// <summary>Intent ("Development", "Commercial", "Mixed", "Representational"); null when not in the richer extract.</summary>
    public string? Intent { get; init; }

    /// <summary>Type of the funding agencies (for example "State-owned Policy Bank"); null when not in the richer extract.</summary>
    public string? FundingAgencyType { get; init; }

    /// <summary>Type of the implementing agencies; null when not in the richer extract.</summary>
    public string? ImplementingAgencyType { get; init; }

    /// <summary>OpenStreetMap addresses locating the project (links only, no geometry).</summary>
    public required IReadOnlyList<string> OsmLinks { get; init; }

    /// <summary>AidData's geographic precision of the located features (for example "PRECISE", "ADM2").</summary>
    public string? LocationPrecision { get; init; }

    /// <inheritdoc />
    public required IReadOnlyList<string> SourceIds { get; init; }

    /// <summary>The id and title.</summary>
    public override string ToString() => FormattableString.Invariant($"AidData {Id}: {Title}");

    /// <inheritdoc />
    CountryCode? IHasCountry.Country => Recipient;

    /// <inheritdoc />
    int? IHasYear.Year => CommitmentYear;
}
