using BriData.Loading;
using BriData.Sets;

namespace BriData.Notebooks;

/// <summary>
/// The table and card layouts of a set, derived from its column table (<see cref="ColumnTable{T}"/>): each column
/// under its <see cref="SetColumn{T}.Label"/> and where its <see cref="SetColumn{T}.Show"/> puts it, the unit in the
/// header. An amount of money (<c>P_usd</c> with <c>P_basis</c>, <c>P_price_year</c> and an optional <c>P_bound</c>)
/// is one cell, the amount in millions with its basis; a figure whose unit is given by each row (<c>P_value</c> with
/// <c>P_unit</c> and an optional <c>P_bound</c>) is one cell, "about USD 37,690.0 m"; a list of nested records (a
/// project's milestones) is a table on the card. A column added to a set's table shows up without a change here.
/// </summary>
internal sealed class SetLayout : IDataSetVisitor<RecordSchema>
{
    private SetLayout()
    {
    }

    /// <summary>The visitor that gives a set's layout (see <see cref="DataSetDescriptor.Accept{TResult}"/>).</summary>
    public static SetLayout Instance { get; } = new();

    /// <summary>
    /// The layout of <paramref name="set"/>, titled with its property name in words and the origin its record
    /// description ends with, in parentheses: "Trade (IMF DOTS)", "Trade highlights".
    /// </summary>
    public RecordSchema Visit<T>(DataSetDescriptor<T> set)
        where T : class => For(set.Schema, Title(set.PropertyName, set.RecordDescription));

    /// <summary>
    /// "Finance (AidData GCDF 3.0)" from <c>Finance</c> and "a loan or grant commitment (AidData GCDF 3.0)": the
    /// description's last parenthesis when it names an origin (starts with a capital letter), else the words alone.
    /// </summary>
    internal static string Title(string propertyName, string recordDescription)
    {
        var words = DisplayText.Words(propertyName).Replace("Aid data", "AidData", StringComparison.Ordinal);
        var open = recordDescription.LastIndexOf(" (", StringComparison.Ordinal);
        return open >= 0 && open + 2 < recordDescription.Length && char.IsUpper(recordDescription[open + 2]) && recordDescription.EndsWith(')')
            ? words + recordDescription[open..]
            : words;
    }

    /// <summary>The layout of the records of <paramref name="table"/>.</summary>
    public static RecordSchema For<T>(ColumnTable<T> table, string title)
        where T : class
    {
        var byName = table.Columns.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var groups = table.Columns.Select(c => (Head: c, Members: MoneyMembers(c, byName) ?? QuantityMembers(c, byName))).Where(g => g.Members is not null).ToList();
        var grouped = groups.SelectMany(g => g.Members!).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        var columns = new List<DisplayColumn>();
        var cardRows = new List<DisplayColumn>();
        var cardTables = new List<CardTable>();
        foreach (var column in table.Columns)
        {
            if (column.Show == ColumnPlacement.Hidden || grouped.Contains(column.Name))
            {
                continue;
            }

            if (IsRecordList(column.ValueType))
            {
                cardTables.Add(new CardTable(column.Label, [column.Name], r => column.Value((T)r) as IEnumerable<object>));
                continue;
            }

            var members = groups.Find(g => ReferenceEquals(g.Head, column)).Members;
            var display = members is null ? Single(column)
                : IsMoney(column, members) ? Money(column, members)
                : Quantity(column, members);
            (column.Show == ColumnPlacement.Table ? columns : cardRows).Add(display);
        }

        return new RecordSchema(typeof(T), title, columns, cardRows, cardTables);
    }

    private static DisplayColumn Single<T>(SetColumn<T> column)
    {
        var shape = column.Role == ColumnRole.Key ? ValueShape.Key
            : column.ValueType == typeof(CountryCode) || column.ValueType == typeof(IReadOnlyList<CountryCode>) ? ValueShape.Country
            : IsSources(column.Name) ? ValueShape.Sources
            : ValueShape.Plain;
        return new DisplayColumn(
            column.Label,
            ColumnCells.HeaderUnit(column.Unit),
            column.Kind is ColumnKind.Integer or ColumnKind.Decimal,
            (r, c) => ColumnCells.Of(column.Value((T)r), shape, column.Unit, c),
            [column.Name]);
    }

    // P_usd with P_basis: the money columns of ColumnFactory.Money, with the bound of the amount when the table has one.
    private static List<SetColumn<T>>? MoneyMembers<T>(SetColumn<T> column, Dictionary<string, SetColumn<T>> byName)
    {
        if (!column.Name.EndsWith("_usd", StringComparison.Ordinal) || !byName.TryGetValue(column.Name[..^4] + "_basis", out var basis))
        {
            return null;
        }

        var prefix = column.Name[..^4];
        return [basis, .. Optional(byName, prefix + "_price_year", prefix + "_bound")];
    }

    // A measure whose unit is given by each row (P_value with P_unit), with its bound when the table has one.
    private static List<SetColumn<T>>? QuantityMembers<T>(SetColumn<T> column, Dictionary<string, SetColumn<T>> byName)
    {
        if (column.Role != ColumnRole.Measure || !column.UnitVariesByRow || !column.Name.EndsWith("value", StringComparison.Ordinal))
        {
            return null;
        }

        var prefix = column.Name[..^"value".Length];
        return byName.TryGetValue(prefix + "unit", out var unit) ? [unit, .. Optional(byName, prefix + "bound")] : null;
    }

    private static bool IsMoney<T>(SetColumn<T> column, List<SetColumn<T>> members) =>
        members[0].Name.EndsWith("_basis", StringComparison.Ordinal) && column.Name.EndsWith("_usd", StringComparison.Ordinal);

    private static DisplayColumn Money<T>(SetColumn<T> amount, List<SetColumn<T>> members)
    {
        var basis = members[0];
        var priceYear = members.Find(m => m.Name.EndsWith("_price_year", StringComparison.Ordinal));
        var bound = members.Find(m => m.Name.EndsWith("_bound", StringComparison.Ordinal));
        return new DisplayColumn(
            amount.Label,
            "USD m",
            true,
            (r, _) =>
            {
                var row = (T)r;
                if (amount.Value(row) is not decimal usd || basis.Value(row) is not MoneyBasis moneyBasis)
                {
                    return Cell.Missing;
                }

                var money = new Money(usd, moneyBasis, moneyBasis == MoneyBasis.NominalUsd ? priceYear?.Value(row) as int? : null);
                var prefix = bound?.Value(row) is QuantityBound b ? DisplayFormat.BoundPrefix(b) : string.Empty;
                return Cell.Text(prefix + DisplayText.MoneyWithBasis(money));
            },
            [amount.Name, .. members.Select(m => m.Name)]);
    }

    private static DisplayColumn Quantity<T>(SetColumn<T> value, List<SetColumn<T>> members)
    {
        var unit = members[0];
        var bound = members.Count > 1 ? members[1] : null;
        return new DisplayColumn(
            value.Label,
            null,
            true,
            (r, _) =>
            {
                var row = (T)r;
                if (value.Value(row) is not decimal number)
                {
                    return Cell.Missing;
                }

                var rowUnit = value.UnitOf(row) ?? unit.Format(row);
                return Cell.Text(rowUnit is null ? DisplayText.Number(number)
                    : DisplayText.Quantity(bound?.Value(row) is QuantityBound b ? b : QuantityBound.Exact, number, rowUnit));
            },
            [value.Name, .. members.Select(m => m.Name)]);
    }

    private static IEnumerable<SetColumn<T>> Optional<T>(Dictionary<string, SetColumn<T>> byName, params string[] names) =>
        names.Select(n => byName.GetValueOrDefault(n)).OfType<SetColumn<T>>();

    private static bool IsSources(string name) =>
        string.Equals(name, "source_ids", StringComparison.Ordinal) || name.EndsWith("_source_ids", StringComparison.Ordinal);

    // A list of nested records (a project's milestones): shown as a table on the card, in the layout of its type.
    private static bool IsRecordList(Type type) =>
        type.IsGenericType && type.GetGenericArguments() is [var element] && element.IsClass && element != typeof(string);
}
