using Parquet;
using Parquet.Schema;

namespace BriData.Parquet;

/// <summary>
/// A LIST column (for example <c>source_ids</c>): one list per row, NULL when the row has none, <c>[]</c> when it is
/// empty. Written as the flattened elements with their definition and repetition levels.
/// </summary>
/// <typeparam name="TElement">The element value type Parquet.Net writes (<see cref="int"/>, or <see cref="ReadOnlyMemory{T}"/> of <see cref="char"/> for text).</typeparam>
internal sealed class ListColumn<TElement> : ParquetColumn
    where TElement : struct
{
    // Levels of <name> (optional group) / list (repeated group) / element (optional): a missing list, an empty
    // list, an element.
    private const int MissingList = 0;
    private const int EmptyList = 1;
    private const int Element = 3;

    private readonly DataField element;
    private readonly TElement[] values;
    private readonly int[] definitionLevels;
    private readonly int[] repetitionLevels;

    /// <summary>Creates the column.</summary>
    /// <param name="name">The column name.</param>
    /// <param name="element">The element field (named <c>element</c>, nullable).</param>
    /// <param name="lists">One list per row; null when the row has none.</param>
    public ListColumn(string name, DataField element, IReadOnlyList<IReadOnlyList<TElement>?> lists)
        : base(new ListField(name, element))
    {
        this.element = element;
        var elements = new List<TElement>();
        var definitions = new List<int>();
        var repetitions = new List<int>();
        foreach (var list in lists)
        {
            if (list is null || list.Count == 0)
            {
                definitions.Add(list is null ? MissingList : EmptyList);
                repetitions.Add(0);
                continue;
            }

            for (var i = 0; i < list.Count; i++)
            {
                elements.Add(list[i]);
                definitions.Add(Element);
                repetitions.Add(i == 0 ? 0 : 1);
            }
        }

        values = [.. elements];
        definitionLevels = [.. definitions];
        repetitionLevels = [.. repetitions];
    }

    public override Task WriteAsync(ParquetRowGroupWriter rowGroup, CancellationToken cancellationToken) =>
        rowGroup.WriteAllPartsAsync<TElement>(element, values, definitionLevels, repetitionLevels, cancellationToken);
}
