namespace BriData;

/// <summary>
/// A curated physical project with Chinese participation (a port, a highway, a rail line, a dam, solar
/// microgrids, …), linked to the development-finance and investment records that fund or build it.
/// </summary>
public sealed record FlagshipProject : ISourced, IHasCountry
{
    /// <summary>Stable slug id (for example <c>chancay-port</c>).</summary>
    public required string Id { get; init; }

    /// <summary>English name.</summary>
    public required string Name { get; init; }

    /// <summary>Name in the local language, when sources give one.</summary>
    public string? LocalName { get; init; }

    /// <summary>Host country.</summary>
    public required CountryCode Country { get; init; }

    /// <summary>Physical kind.</summary>
    public required ProjectKind Kind { get; init; }

    /// <summary>Status according to the latest source.</summary>
    public required ProjectStatus Status { get; init; }

    /// <summary>True when a source calls it a Belt and Road project; null when no source says.</summary>
    public bool? IsBri { get; init; }

    /// <summary>Owner or concession holder, when known.</summary>
    public string? Owner { get; init; }

    /// <summary>Builders (contractors); empty when unknown.</summary>
    public required IReadOnlyList<string> Builders { get; init; }

    /// <summary>Financiers named by sources; empty when unknown.</summary>
    public required IReadOnlyList<string> Financiers { get; init; }

    /// <summary>A one-line summary in our words.</summary>
    public required string Summary { get; init; }

    /// <summary>Dated milestones, oldest first.</summary>
    public required IReadOnlyList<ProjectMilestone> Milestones { get; init; }

    /// <summary>Sizes (length, capacity, …) with units.</summary>
    public required IReadOnlyList<ProjectMeasure> Measures { get; init; }

    /// <summary>Stated cost, when a source gives one.</summary>
    public ProjectCost? Cost { get; init; }

    /// <summary>Ids of the AidData records (<see cref="FinanceRecord.Id"/>) that finance the project.</summary>
    public required IReadOnlyList<int> FinanceRecordIds { get; init; }

    /// <summary>Ids of the AEI tracker records (<see cref="InvestmentRecord.Id"/>) that invest in or build it.</summary>
    public required IReadOnlyList<string> InvestmentRecordIds { get; init; }

    /// <inheritdoc />
    public required IReadOnlyList<string> SourceIds { get; init; }

    /// <summary>The name and country.</summary>
    public override string ToString() => FormattableString.Invariant($"{Name} ({Country}, {DisplayFormat.Words(Kind)}, {DisplayFormat.Words(Status)})");

    /// <inheritdoc />
    CountryCode? IHasCountry.Country => Country;
}
