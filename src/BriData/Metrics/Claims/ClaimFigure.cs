namespace BriData;

/// <summary>One figure the data gives for a claim (for example the China-reported total), in the claim's unit.</summary>
/// <param name="Label">What the figure is (for example "PER 2018 trade with China, PartnerReported").</param>
/// <param name="Value">The figure; null when the data lacks it.</param>
/// <param name="Unit">Its unit (the claim's unit when comparable).</param>
public sealed record ClaimFigure(string Label, decimal? Value, string Unit)
{
    /// <summary>For example <c>PER 2018 trade with China, partner reported: USD 23,268.0 m</c>, rounded for the unit.</summary>
    public override string ToString() => Label + ": " + DisplayFormat.WithUnit(Value, Unit);
}
