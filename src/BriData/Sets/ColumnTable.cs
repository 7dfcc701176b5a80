using static System.FormattableString;

namespace BriData.Sets;

/// <summary>
/// The columns of an export of rows of type <typeparamref name="T"/>, in order, and optionally how to read a row
/// back (needed by <see cref="CsvFormat.Read{T}(TextReader, ColumnTable{T}, BriLoadOptions?, string?)"/> and
/// <see cref="JsonLinesFormat.Read{T}(TextReader, ColumnTable{T}, BriLoadOptions?, string?)"/>). Immutable.
/// The schemas of BriData's sets are in <see cref="ColumnTables"/>, reached by row type through <see cref="RowTypeSchemas"/>.
/// </summary>
/// <typeparam name="T">The row type.</typeparam>
internal sealed partial class ColumnTable<T>
{
    private readonly Func<ExportRow, T>? read;
    private SetColumn<T>[]? memberTextColumns;

    /// <summary>Creates a schema.</summary>
    /// <param name="name">A short name for messages (for example <c>trade</c>).</param>
    /// <param name="columns">The columns, in output order; names must be unique.</param>
    /// <param name="read">Builds a row from its values; null when the schema is write-only.</param>
    /// <exception cref="ArgumentNullException">An argument (or a column) is null.</exception>
    /// <exception cref="ArgumentException">There are no columns, or two share a name.</exception>
    public ColumnTable(string name, IEnumerable<SetColumn<T>> columns, Func<ExportRow, T>? read = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(columns);
        var list = columns.ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("A schema needs at least one column.", nameof(columns));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in list)
        {
            ArgumentNullException.ThrowIfNull(column, nameof(columns));
            if (!seen.Add(column.Name))
            {
                throw new ArgumentException(Invariant($"Column '{column.Name}' appears twice."), nameof(columns));
            }
        }

        Name = name;
        Columns = Array.AsReadOnly(list);
        this.read = read;
    }

    /// <summary>A short name for messages.</summary>
    public string Name { get; }

    /// <summary>The columns, in output order.</summary>
    public IReadOnlyList<SetColumn<T>> Columns { get; }

    /// <summary>The text columns that read a member of the record (<see cref="SetColumn{T}.JsonPath"/>): the text validation checks for every record.</summary>
    internal IReadOnlyList<SetColumn<T>> MemberTextColumns => memberTextColumns ??= [.. Columns.Where(c => c.Kind == ColumnKind.Text && c.JsonPath is not null)];

    /// <summary>True when rows can be read back.</summary>
    public bool CanRead => read is not null;

    internal T Read(ExportRow row) => read is null
        ? throw new InvalidOperationException(Invariant($"The export schema '{Name}' cannot read rows back (it has no reader)."))
        : read(row);

    internal void EnsureReadable()
    {
        if (read is null)
        {
            throw new InvalidOperationException(Invariant($"The export schema '{Name}' cannot read rows back (it has no reader)."));
        }
    }
}
