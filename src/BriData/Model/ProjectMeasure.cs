namespace BriData;

/// <summary>A size of a project (length, capacity, throughput) with its unit, bound and sources.</summary>
public sealed record ProjectMeasure : ISourced
{
    /// <summary>What is measured (for example "length", "installed capacity", "container capacity").</summary>
    public required string Label { get; init; }

    /// <summary>The value in <see cref="Unit"/>.</summary>
    public required decimal Value { get; init; }

    /// <summary>The unit (for example "km", "MW", "TEU/year").</summary>
    public required string Unit { get; init; }

    /// <summary>How the source bounds the value.</summary>
    public required QuantityBound Bound { get; init; }

    /// <summary>Our short note (for example when sources disagree); null when none.</summary>
    public string? Note { get; init; }

    /// <inheritdoc />
    public required IReadOnlyList<string> SourceIds { get; init; }

    /// <summary>For example <c>length: about 12.5 km</c>, rounded for display.</summary>
    public override string ToString() => Label + ": " + DisplayFormat.Quantity(Bound, Value, Unit);
}
