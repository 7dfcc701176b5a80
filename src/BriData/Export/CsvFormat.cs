using System.Text;
using static System.FormattableString;

namespace BriData.Export;

/// <summary>
/// Writes rows as CSV (RFC 4180: comma-separated, CRLF line ends, double quotes around fields that hold a comma,
/// quote, line break, leading or trailing space, or nothing at all, with inner quotes doubled), UTF-8 without a
/// byte order mark, invariant culture, and reads such files back. Writing streams row by row: nothing is buffered
/// beyond one field.
/// </summary>
/// <remarks>
/// <para>The first line is the header of column names (units in the names, for example <c>value_usd_millions</c>).
/// A missing value is an empty field; an empty string is <c>""</c>. Lists and nested records are JSON text in one
/// field. By default a text cell that a spreadsheet would evaluate as a formula (beginning with <c>=</c>, <c>+</c>,
/// <c>-</c>, <c>@</c>, a tab or a carriage return) is written with a leading apostrophe, which reading removes again
/// (<see cref="CsvWriteOptions.NeutralizeFormulas"/>, with its trade-off).</para>
/// <para>Reading accepts a UTF-8 byte order mark, LF or CRLF line ends, columns in any order and unknown columns
/// (ignored); every schema column must be in the header. Blank lines are skipped.</para>
/// </remarks>
public static class CsvFormat
{
    /// <summary>The line end written after every record: CRLF, as RFC 4180 specifies.</summary>
    public const string LineEnd = "\r\n";

    /// <summary>Writes the header and one record per row to <paramref name="writer"/>, formulas neutralised (<see cref="CsvWriteOptions.Default"/>).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write<T>(IEnumerable<T> rows, ExportSchema<T> schema, TextWriter writer) => Write(rows, schema, writer, null);

    /// <summary>Writes the header and one record per row to <paramref name="writer"/>.</summary>
    /// <param name="rows">The records.</param>
    /// <param name="schema">The columns.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="options">How to write; <see cref="CsvWriteOptions.Default"/> (formulas neutralised) when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/>, <paramref name="schema"/> or <paramref name="writer"/> is null.</exception>
    public static void Write<T>(IEnumerable<T> rows, ExportSchema<T> schema, TextWriter writer, CsvWriteOptions? options)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(writer);
        var columns = schema.Columns;
        for (var i = 0; i < columns.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(columns[i].Name);
        }

        writer.Write(LineEnd);
        var neutralize = (options ?? CsvWriteOptions.Default).NeutralizeFormulas;
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                if (i > 0)
                {
                    writer.Write(',');
                }

                var value = columns[i].Format(row);
                if (neutralize && columns[i].Kind == ExportColumnKind.Text && CsvFormulas.NeedsNeutralizing(value))
                {
                    value = "'" + value;
                }

                WriteField(writer, value);
            }

            writer.Write(LineEnd);
        }
    }

    /// <summary>Writes the header and rows to <paramref name="stream"/> as UTF-8 without a byte order mark, formulas neutralised; the stream stays open.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write<T>(IEnumerable<T> rows, ExportSchema<T> schema, Stream stream) => Write(rows, schema, stream, null);

    /// <summary>Writes the header and rows to <paramref name="stream"/> as UTF-8 without a byte order mark; the stream stays open.</summary>
    /// <param name="rows">The records.</param>
    /// <param name="schema">The columns.</param>
    /// <param name="stream">Where to write.</param>
    /// <param name="options">How to write; <see cref="CsvWriteOptions.Default"/> (formulas neutralised) when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/>, <paramref name="schema"/> or <paramref name="stream"/> is null.</exception>
    public static void Write<T>(IEnumerable<T> rows, ExportSchema<T> schema, Stream stream, CsvWriteOptions? options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        Write(rows, schema, writer, options);
        writer.Flush();
    }

    /// <summary>
    /// Reads every row of a CSV written by <see cref="Write{T}(IEnumerable{T}, ExportSchema{T}, TextWriter)"/> (or any
    /// RFC 4180 file with the schema's columns).
    /// </summary>
    /// <param name="reader">The text to read.</param>
    /// <param name="schema">The schema; it must be able to read rows (<see cref="ExportSchema{T}.CanRead"/>).</param>
    /// <param name="options">Limits (string length, record count, JSON depth); <see cref="BriLoadOptions.Default"/> when null.</param>
    /// <param name="fileName">The name used in problems; the schema name plus <c>.csv</c> when null.</param>
    /// <returns>The rows, in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="schema"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The schema cannot read rows.</exception>
    /// <exception cref="BriDataException">The text is malformed or a value cannot be read; every problem is listed.</exception>
    public static IReadOnlyList<T> Read<T>(TextReader reader, ExportSchema<T> schema, BriLoadOptions? options = null, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(schema);
        schema.EnsureReadable();
        var problems = new List<DataProblem>();
        var rows = ReadCore(reader, schema, options ?? BriLoadOptions.Default, fileName ?? schema.Name + ".csv", problems, null);
        return problems.Count > 0 ? throw new BriDataException(problems) : rows.AsReadOnly();
    }

    /// <summary>Reads rows, adding problems instead of throwing; <paramref name="lines"/> receives each row's first line.</summary>
    internal static List<T> ReadCore<T>(TextReader reader, ExportSchema<T> schema, BriLoadOptions options, string file, List<DataProblem> problems, List<long>? lines)
    {
        var rows = new List<T>();
        var parser = new CsvParser(reader, options.MaxStringLength) { MaxFields = Math.Max(1000, schema.Columns.Count * 4), Pool = new StringPool() };
        var fields = new List<(string Text, bool Quoted)>();
        var before = problems.Count;
        try
        {
            if (reader.Peek() == '\uFEFF')
            {
                reader.Read();
            }

            if (!parser.TryReadRecord(fields))
            {
                problems.Add(new DataProblem(file, "$", 1, "the file is empty (no header line)"));
                return rows;
            }

            if (parser.DroppedFields > 0)
            {
                problems.Add(new DataProblem(file, "$", parser.RecordLine, Invariant($"the header has more than {parser.MaxFields} columns")));
                return rows;
            }

            var columns = Header(fields, schema, file, parser.RecordLine, problems);
            if (columns is null)
            {
                return rows;
            }

            var textColumn = new bool[fields.Count];
            foreach (var column in schema.Columns)
            {
                textColumn[columns[column.Name]] = column.Kind == ExportColumnKind.Text;
            }

            // A row with more fields than the header is reported and reading goes on (the fields beyond the header's
            // count are counted, not kept).
            parser.MaxFields = columns.Count;
            var index = 0;
            while (parser.TryReadRecord(fields))
            {
                if (index >= options.MaxRecordsPerSet)
                {
                    problems.Add(new DataProblem(file, "$", parser.RecordLine, Invariant($"more than {options.MaxRecordsPerSet} records exceed the limit (BriLoadOptions.MaxRecordsPerSet)")));
                    return rows;
                }

                if (fields.Count + parser.DroppedFields != columns.Count)
                {
                    problems.Add(new DataProblem(file, $"$[{index}]", parser.RecordLine, Invariant($"the row has {fields.Count + parser.DroppedFields} fields; the header has {columns.Count}")));
                    index++;
                    continue;
                }

                var values = new string?[fields.Count];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = fields[i].Quoted || fields[i].Text.Length > 0
                        ? textColumn[i] ? CsvFormulas.Restore(fields[i].Text) : fields[i].Text
                        : null;
                }

                var row = new ExportRow(file, index, parser.RecordLine, columns, values, null, problems, options.MaxDepth);
                if (RowReading.TryRead(schema, row, out var record))
                {
                    rows.Add(record);
                    lines?.Add(parser.RecordLine);
                }

                index++;
            }
        }
        catch (CsvSyntaxException ex)
        {
            problems.Add(new DataProblem(file, "$", ex.Line, "the file is not valid CSV: " + ex.Message));
        }

        return problems.Count > before ? [] : rows;
    }

    private static Dictionary<string, int>? Header<T>(List<(string Text, bool Quoted)> fields, ExportSchema<T> schema, string file, long line, List<DataProblem> problems)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++)
        {
            if (!columns.TryAdd(fields[i].Text, i))
            {
                problems.Add(new DataProblem(file, "$", line, $"the header names column '{fields[i].Text}' twice"));
                return null;
            }
        }

        var missing = schema.Columns.Where(c => !columns.ContainsKey(c.Name)).Select(c => c.Name).ToList();
        if (missing.Count > 0)
        {
            problems.Add(new DataProblem(file, "$", line, $"the header lacks the column{(missing.Count == 1 ? string.Empty : "s")} {string.Join(", ", missing)}"));
            return null;
        }

        return columns;
    }

    private static void WriteField(TextWriter writer, string? value)
    {
        if (value is null)
        {
            return;
        }

        if (!NeedsQuotes(value))
        {
            writer.Write(value);
            return;
        }

        writer.Write('"');
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '"')
            {
                writer.Write(value.AsSpan(start, i - start + 1));
                writer.Write('"');
                start = i + 1;
            }
        }

        writer.Write(value.AsSpan(start));
        writer.Write('"');
    }

    private static bool NeedsQuotes(string value) =>
        value.Length == 0
        || value.AsSpan().IndexOfAny(",\"\r\n") >= 0
        || char.IsWhiteSpace(value[0])
        || char.IsWhiteSpace(value[^1]);
}
