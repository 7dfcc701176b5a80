using System.Globalization;

namespace BriData;

/// <summary>
/// The quantity a claim states: a value, how the wording bounds it (<see cref="Bound"/>), its unit and the date
/// the figure is stated as of.
/// </summary>
/// <param name="Value">The figure as published (for example 200, 0.4 is never used for 40 %: percentages are given as 40).</param>
/// <param name="Bound">How the wording bounds the true value.</param>
/// <param name="Unit">The unit (for example <c>projects</c>, <c>km</c>, <c>jobs</c>, <c>USD</c>, <c>percent</c>, <c>rank</c>); a JSON string in a release. <c>default(MeasureUnit)</c> is refused by validation.</param>
/// <param name="AsOf">The date the figure is stated as of, when the source gives one.</param>
public sealed record ClaimQuantity(decimal Value, QuantityBound Bound, MeasureUnit Unit, PartialDate? AsOf)
{
    /// <summary>
    /// True when <paramref name="actual"/> is compatible with the wording, within a relative
    /// <paramref name="tolerance"/> for <see cref="QuantityBound.About"/> and <see cref="QuantityBound.Nearly"/>
    /// (default 5 %).
    /// </summary>
    /// <remarks>
    /// Exact: equal within the tolerance. About: |actual − value| ≤ tolerance × value. Over: actual &gt; value.
    /// Nearly: value × (1 − tolerance) ≤ actual ≤ value. AtLeast: actual ≥ value. AtMost: actual ≤ value.
    /// MultipleOf: actual ≥ 2 × value (an indefinite plural) and below 1000 × value.
    /// </remarks>
    public bool IsSatisfiedBy(decimal actual, decimal tolerance = 0.05m) => Bound switch
    {
        QuantityBound.Exact => Math.Abs(actual - Value) <= Math.Abs(Value) * tolerance,
        QuantityBound.About => Math.Abs(actual - Value) <= Math.Abs(Value) * tolerance,
        QuantityBound.Over => actual > Value,
        QuantityBound.Nearly => actual <= Value && actual >= Value * (1 - tolerance),
        QuantityBound.AtLeast => actual >= Value,
        QuantityBound.AtMost => actual <= Value,
        QuantityBound.MultipleOf => actual >= 2 * Value && actual < 1000 * Value,
        _ => false,
    };

    /// <summary>For example <c>over 200 projects (as of 2023-09)</c>; invariant culture.</summary>
    public override string ToString() =>
        DisplayFormat.Quantity(Bound, Value, Unit.Symbol) + (AsOf is PartialDate d ? " (as of " + d.ToString() + ")" : string.Empty);
}
