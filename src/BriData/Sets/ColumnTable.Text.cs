namespace BriData.Sets;

/// <summary>The readable text of <see cref="ColumnTable{T}"/> (kept apart from its columns).</summary>
internal sealed partial class ColumnTable<T>
{
    /// <summary>For example <c>export schema finance: 23 columns</c>.</summary>
    public override string ToString() => "export schema " + Name + ": " + DisplayFormat.Count(Columns.Count, "column");
}
