namespace BriData.Notebooks;

/// <summary>One column of a record table: its name, its unit (shown in the header) and how to get a cell from a record.</summary>
internal sealed class DisplayColumn
{
    private readonly Func<object, DisplayContext, Cell> value;

    /// <summary>Creates a column.</summary>
    /// <param name="name">The column name, for example "Value".</param>
    /// <param name="unit">The unit, for example "USD m, nominal"; null when the column has none.</param>
    /// <param name="isNumeric">True to align the column right.</param>
    /// <param name="value">The cell of a record.</param>
    /// <param name="covers">The names of the set's columns (see <see cref="BriData.Sets.SetColumn{T}"/>) the column shows; null for none (a hand-written column).</param>
    public DisplayColumn(string name, string? unit, bool isNumeric, Func<object, DisplayContext, Cell> value, IReadOnlyList<string>? covers = null)
    {
        Name = name;
        Unit = unit;
        IsNumeric = isNumeric;
        this.value = value;
        Covers = covers ?? [];
    }

    /// <summary>The column name without the unit.</summary>
    public string Name { get; }

    /// <summary>The unit, or null.</summary>
    public string? Unit { get; }

    /// <summary>True when the values are numbers (aligned right).</summary>
    public bool IsNumeric { get; }

    /// <summary>The names of the set's columns this column shows (an amount shows <c>amount_usd</c>, <c>amount_basis</c> and <c>amount_price_year</c>); empty for a hand-written column.</summary>
    public IReadOnlyList<string> Covers { get; }

    /// <summary>The header: the name followed by the unit in parentheses, for example "Value (USD m, nominal)".</summary>
    public string Header => Unit is null ? Name : Name + " (" + Unit + ")";

    /// <summary>The cell of <paramref name="record"/>.</summary>
    public Cell CellOf(object record, DisplayContext context) => value(record, context);
}
