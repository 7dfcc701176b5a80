using System.Text.Json.Serialization;

namespace BriData;

/// <summary>
/// A curated physical project with Chinese participation (a port, a highway, a rail line, a dam, solar
/// microgrids, …), linked to the development-finance and investment records that fund or build it.
/// </summary>
public sealed record FlagshipProject : ISourced, IHasCountry
{
    /// <summary>Records are made by BriData (read from a release or computed), never by callers.</summary>
    [JsonConstructor]
    internal FlagshipProject()
    {
    }

    /// <summary>Stable slug id (for example <c>chancay-port</c>).</summary>
    [JsonRequired, JsonInclude]
    public string Id { get; internal init; } = null!;

    /// <summary>English name.</summary>
    [JsonRequired, JsonInclude]
    public string Name { get; internal init; } = null!;

    /// <summary>Name in the local language, when sources give one.</summary>
    [JsonInclude]
    public string? LocalName { get; internal init; }

    /// <summary>Host country.</summary>
    [JsonRequired, JsonInclude]
    public CountryCode Country { get; internal init; }

    /// <summary>Physical kind.</summary>
    [JsonRequired, JsonInclude]
    public ProjectKind Kind { get; internal init; }

    /// <summary>Status according to the latest source.</summary>
    [JsonRequired, JsonInclude]
    public ProjectStatus Status { get; internal init; }

    /// <summary>True when a source calls it a Belt and Road project; null when no source says.</summary>
    [JsonInclude]
    public bool? IsBri { get; internal init; }

    /// <summary>Owner or concession holder, when known.</summary>
    [JsonInclude]
    public string? Owner { get; internal init; }

    /// <summary>Builders (contractors); empty when unknown.</summary>
    [JsonRequired, JsonInclude]
    public IReadOnlyList<string> Builders { get; internal init; } = null!;

    /// <summary>Financiers named by sources; empty when unknown.</summary>
    [JsonRequired, JsonInclude]
    public IReadOnlyList<string> Financiers { get; internal init; } = null!;

    /// <summary>A one-line summary in our words.</summary>
    [JsonRequired, JsonInclude]
    public string Summary { get; internal init; } = null!;

    /// <summary>Dated milestones, oldest first.</summary>
    [JsonRequired, JsonInclude]
    public IReadOnlyList<ProjectMilestone> Milestones { get; internal init; } = null!;

    /// <summary>
    /// Sizes (length, capacity, …) with units. A unit is one of a closed list, compared exactly (case matters:
    /// <c>MW</c>, <c>km</c>, <c>USD</c>, <c>TEU/year</c>, <c>percent</c>, counts such as <c>berths</c>); a release with
    /// any other unit (of a measure, a claim's quantity or a published figure) is refused at load with the unit's path.
    /// </summary>
    [JsonRequired, JsonInclude]
    public IReadOnlyList<ProjectMeasure> Measures { get; internal init; } = null!;

    /// <summary>Stated cost, when a source gives one.</summary>
    [JsonInclude]
    public ProjectCost? Cost { get; internal init; }

    /// <summary>Ids of the AidData records (<see cref="FinanceRecord.Id"/>) that finance the project.</summary>
    [JsonRequired, JsonInclude]
    public IReadOnlyList<int> FinanceRecordIds { get; internal init; } = null!;

    /// <summary>Ids of the AEI tracker records (<see cref="InvestmentRecord.Id"/>) that invest in or build it.</summary>
    [JsonRequired, JsonInclude]
    public IReadOnlyList<string> InvestmentRecordIds { get; internal init; } = null!;

    /// <inheritdoc />
    [JsonRequired, JsonInclude]
    public IReadOnlyList<string> SourceIds { get; internal init; } = null!;

    /// <summary>The name and country.</summary>
    public override string ToString() => FormattableString.Invariant($"{Name} ({Country}, {DisplayFormat.Words(Kind)}, {DisplayFormat.Words(Status)})");

    /// <inheritdoc />
    CountryCode? IHasCountry.Country => Country;
}
