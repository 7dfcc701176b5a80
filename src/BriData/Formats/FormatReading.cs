namespace BriData.Formats;

/// <summary>Reads rows of one format (CSV or JSON Lines), adding problems instead of throwing: the shape of <c>ReadCore</c> of <see cref="CsvFormat"/> and <see cref="JsonLinesFormat"/>.</summary>
internal delegate List<T> ReadRows<T>(TextReader reader, ColumnTable<T> schema, BriLoadOptions options, string file, List<DataProblem> problems, List<long>? lines, Func<IReadOnlyList<string>, ColumnTable<T>>? fromNames);

/// <summary>Reads every row of a text with the reader of its format, throwing one <see cref="BriDataException"/> with every problem.</summary>
internal static class FormatReading
{
    /// <summary>Reads every row of <paramref name="reader"/> with <paramref name="readRows"/>.</summary>
    /// <param name="readRows">The format's reader.</param>
    /// <param name="extension">The file extension for the default file name (the schema name plus it), with its dot.</param>
    /// <param name="reader">The text.</param>
    /// <param name="schema">The columns; with <paramref name="fromNames"/> those the file must have at least.</param>
    /// <param name="fromNames">Makes the schema from the file's names, or null to read with <paramref name="schema"/>.</param>
    /// <param name="options">Limits; <see cref="BriLoadOptions.Default"/> when null.</param>
    /// <param name="fileName">The name used in problems.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="schema"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The schema cannot read rows.</exception>
    /// <exception cref="BriDataException">The text is malformed or a value cannot be read.</exception>
    public static IReadOnlyList<T> Read<T>(ReadRows<T> readRows, string extension, TextReader reader, ColumnTable<T> schema, Func<IReadOnlyList<string>, ColumnTable<T>>? fromNames, BriLoadOptions? options, string? fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(schema);
        schema.EnsureReadable();
        var problems = new List<DataProblem>();
        var rows = readRows(reader, schema, options ?? BriLoadOptions.Default, fileName ?? schema.Name + extension, problems, null, fromNames);
        return problems.Count > 0 ? throw new BriDataException(problems) : rows.AsReadOnly();
    }
}
