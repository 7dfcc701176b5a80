using System.Text.Json.Serialization;

namespace BriData;

/// <summary>A project's stated cost, with its money basis, bound and sources.</summary>
public sealed record ProjectCost : ISourced
{
    /// <summary>Records are made by BriData (read from a release or computed), never by callers.</summary>
    [JsonConstructor]
    internal ProjectCost()
    {
    }

    /// <summary>The amount, with its basis.</summary>
    [JsonRequired, JsonInclude]
    public Money Amount { get; internal init; }

    /// <summary>How the source bounds the figure.</summary>
    [JsonRequired, JsonInclude]
    public QuantityBound Bound { get; internal init; }

    /// <summary>Our short note; null when none.</summary>
    [JsonInclude]
    public string? Note { get; internal init; }

    /// <inheritdoc />
    [JsonRequired, JsonInclude]
    public IReadOnlyList<string> SourceIds { get; internal init; } = null!;

    /// <summary>For example <c>about USD 3,000.0 m (nominal 2019)</c>.</summary>
    public override string ToString() => DisplayFormat.BoundPrefix(Bound) + Amount.ToString();
}
