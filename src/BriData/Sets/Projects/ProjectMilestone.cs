using System.Text.Json.Serialization;

namespace BriData;

/// <summary>A dated step in a flagship project's life, with its sources.</summary>
public sealed record ProjectMilestone : ISourced
{
    /// <summary>Records are made by BriData (read from a release or computed), never by callers.</summary>
    [JsonConstructor]
    internal ProjectMilestone()
    {
    }

    /// <summary>What happened.</summary>
    [JsonRequired, JsonInclude]
    public MilestoneKind Kind { get; internal init; }

    /// <summary>When, to the precision the source gives.</summary>
    [JsonRequired, JsonInclude]
    public PartialDate Date { get; internal init; }

    /// <summary>Our short note; null when none.</summary>
    [JsonInclude]
    public string? Note { get; internal init; }

    /// <inheritdoc />
    [JsonRequired, JsonInclude]
    public IReadOnlyList<string> SourceIds { get; internal init; } = null!;

    /// <summary>For example <c>2019-05 construction started</c>.</summary>
    public override string ToString() => Date.ToString() + " " + DisplayFormat.Words(Kind);
}
