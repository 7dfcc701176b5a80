using System.Text;
using BriData.Formats;
using static System.FormattableString;

namespace BriData;

/// <summary>The CSV writer and reader of <see cref="CsvFormat"/>, for an explicit <see cref="ColumnTable{T}"/> (kept apart from the public methods, which choose the schema by row type).</summary>
public static partial class CsvFormat
{
    /// <summary>Writes the header of <paramref name="schema"/> and one record per row to <paramref name="writer"/>.</summary>
    /// <param name="rows">The records.</param>
    /// <param name="schema">The columns.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="options">How to write; <see cref="CsvWriteOptions.Default"/> (formulas neutralised) when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/>, <paramref name="schema"/> or <paramref name="writer"/> is null.</exception>
    internal static void Write<T>(IEnumerable<T> rows, ColumnTable<T> schema, TextWriter writer, CsvWriteOptions? options = null)
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
                if (neutralize && columns[i].Kind == ColumnKind.Text && CsvFormulas.NeedsNeutralizing(value))
                {
                    value = "'" + value;
                }

                WriteField(writer, value);
            }

            writer.Write(LineEnd);
        }
    }

    /// <summary>Writes the header of <paramref name="schema"/> and the rows to <paramref name="stream"/> as UTF-8 without a byte order mark; the stream stays open.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    internal static void Write<T>(IEnumerable<T> rows, ColumnTable<T> schema, Stream stream, CsvWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        Write(rows, schema, writer, options);
        writer.Flush();
    }

    /// <summary>Reads every row of a CSV with the columns of <paramref name="schema"/>, which must be able to read rows.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="schema"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The schema cannot read rows.</exception>
    /// <exception cref="BriDataException">The text is malformed or a value cannot be read; every problem is listed.</exception>
    internal static IReadOnlyList<T> Read<T>(TextReader reader, ColumnTable<T> schema, BriLoadOptions? options = null, string? fileName = null) =>
        FormatReading.Read(ReadCore, ".csv", reader, schema, null, options, fileName);

    /// <summary>
    /// Reads rows, adding problems instead of throwing; <paramref name="lines"/> receives each row's first line.
    /// <paramref name="fromNames"/>, when given, makes the schema from the header's names (it must give columns the
    /// header has, as <see cref="TidyRowColumns.FromNames"/> does); <paramref name="schema"/> then checks the header.
    /// </summary>
    internal static List<T> ReadCore<T>(TextReader reader, ColumnTable<T> schema, BriLoadOptions options, string file, List<DataProblem> problems, List<long>? lines, Func<IReadOnlyList<string>, ColumnTable<T>>? fromNames = null)
    {
        var rows = new List<T>();
        var pool = new StringPool();
        var lists = new ListPool(pool);
        var parser = new CsvParser(reader, options.MaxStringLength) { MaxFields = Math.Max(1000, schema.Columns.Count * 4), Pool = pool };
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

            if (fromNames is not null)
            {
                schema = fromNames(fields.ConvertAll(f => f.Text));
            }

            var textColumn = new bool[fields.Count];
            foreach (var column in schema.Columns)
            {
                textColumn[columns[column.Name]] = column.Kind == ColumnKind.Text;
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

                var row = new ExportRow(file, index, parser.RecordLine, columns, values, null, problems, options.MaxDepth, lists);
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

    private static Dictionary<string, int>? Header<T>(List<(string Text, bool Quoted)> fields, ColumnTable<T> schema, string file, long line, List<DataProblem> problems)
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
