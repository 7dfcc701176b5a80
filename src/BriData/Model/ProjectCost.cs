namespace BriData;

/// <summary>A project's stated cost, with its money basis, bound and sources.</summary>
public sealed record ProjectCost : ISourced
{
    /// <summary>The amount, with its basis.</summary>
    public required Money Amount { get; init; }

    /// <summary>How the source bounds the figure.</summary>
    public required QuantityBound Bound { get; init; }

    /// <summary>Our short note; null when none.</summary>
    public string? Note { get; init; }

    /// <inheritdoc />
    public required IReadOnlyList<string> SourceIds { get; init; }

    /// <summary>For example <c>about USD 3,000.0 m (nominal 2019)</c>.</summary>
    public override string ToString() => DisplayFormat.BoundPrefix(Bound) + Amount.ToString();
}
