using System.Text.Json.Serialization;

namespace BriData;

/// <summary>A size of a project (length, capacity, throughput) with its unit, bound and sources.</summary>
public sealed record ProjectMeasure : ISourced
{
    /// <summary>Records are made by BriData (read from a release or computed), never by callers.</summary>
    [JsonConstructor]
    internal ProjectMeasure()
    {
    }

    /// <summary>What is measured (for example "length", "installed capacity", "container capacity").</summary>
    [JsonRequired, JsonInclude]
    public string Label { get; internal init; } = null!;

    /// <summary>The value in <see cref="Unit"/>.</summary>
    [JsonRequired, JsonInclude]
    public decimal Value { get; internal init; }

    /// <summary>The unit (for example <c>km</c>, <c>MW</c>, <c>TEU/year</c>); a JSON string in a release.</summary>
    [JsonRequired, JsonInclude]
    public MeasureUnit Unit { get; internal init; }

    /// <summary>
    /// What the measure stands for when BriData computes with it (for example <see cref="MeasureRole.RouteLength"/>,
    /// which the claim checks add up); null when it is only shown. Curated with the measure, never guessed from its label.
    /// </summary>
    [JsonInclude]
    public MeasureRole? Role { get; internal init; }

    /// <summary>How the source bounds the value.</summary>
    [JsonRequired, JsonInclude]
    public QuantityBound Bound { get; internal init; }

    /// <summary>Our short note (for example when sources disagree); null when none.</summary>
    [JsonInclude]
    public string? Note { get; internal init; }

    /// <inheritdoc />
    [JsonRequired, JsonInclude]
    public IReadOnlyList<string> SourceIds { get; internal init; } = null!;

    /// <summary>For example <c>length: about 12.5 km</c>, rounded for display.</summary>
    public override string ToString() => Label + ": " + DisplayFormat.Quantity(Bound, Value, Unit.Symbol);
}
