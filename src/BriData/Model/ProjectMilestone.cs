namespace BriData;

/// <summary>A dated step in a flagship project's life, with its sources.</summary>
public sealed record ProjectMilestone : ISourced
{
    /// <summary>What happened.</summary>
    public required MilestoneKind Kind { get; init; }

    /// <summary>When, to the precision the source gives.</summary>
    public required PartialDate Date { get; init; }

    /// <summary>Our short note; null when none.</summary>
    public string? Note { get; init; }

    /// <inheritdoc />
    public required IReadOnlyList<string> SourceIds { get; init; }

    /// <summary>For example <c>2019-05 construction started</c>.</summary>
    public override string ToString() => Date.ToString() + " " + DisplayFormat.Words(Kind);
}
