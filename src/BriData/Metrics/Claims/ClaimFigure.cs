namespace BriData;

/// <summary>One figure the data gives for a claim (for example the China-reported total), in the claim's unit.</summary>
public sealed class ClaimFigure
{
    internal ClaimFigure(string label, decimal? value, MeasureUnit unit)
    {
        Label = label;
        Value = value;
        Unit = unit;
    }

    /// <summary>What the figure is (for example "PER 2018 trade with China, PartnerReported").</summary>
    public string Label { get; }

    /// <summary>The figure; null when the data lacks it.</summary>
    public decimal? Value { get; }

    /// <summary>Its unit (the claim's unit when comparable).</summary>
    public MeasureUnit Unit { get; }

    /// <summary>For example <c>PER 2018 trade with China, partner reported: USD 23,268.0 m</c>, rounded for the unit.</summary>
    public override string ToString() => Label + ": " + DisplayFormat.WithUnit(Value, Unit.Symbol);
}
