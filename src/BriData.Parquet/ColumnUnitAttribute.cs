namespace BriData.Parquet;

/// <summary>The unit of a numeric column, written into the file's key-value metadata (<c>bridata.units</c>).</summary>
/// <param name="unit">For example "USD millions (nominal)" or "persons".</param>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class ColumnUnitAttribute(string unit) : Attribute
{
    /// <summary>The unit.</summary>
    public string Unit { get; } = unit;
}
