namespace BriData.Parquet.Tests;

/// <summary>The names and kinds of a set's columns, from its column table.</summary>
internal sealed class ColumnsOf : IDataSetVisitor<IReadOnlyList<(string Name, ColumnKind Kind)>>
{
    public static IReadOnlyList<(string Name, ColumnKind Kind)> Set(DataSetDescriptor set) => set.Accept(new ColumnsOf());

    public IReadOnlyList<(string Name, ColumnKind Kind)> Visit<T>(DataSetDescriptor<T> set)
        where T : class => [.. set.Schema.Columns.Select(c => (c.Name, c.Kind))];
}
