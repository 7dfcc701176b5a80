using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BriData.Formats;
using static System.FormattableString;

namespace BriData;

/// <summary>The JSON Lines writer and reader of <see cref="JsonLinesFormat"/>, for an explicit <see cref="ColumnTable{T}"/> (kept apart from the public methods, which choose the schema by row type).</summary>
public static partial class JsonLinesFormat
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>Writes one JSON object per row of <paramref name="schema"/> to <paramref name="stream"/> (UTF-8); the stream stays open.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A column formatted a value that is not valid for its kind (for example a number column returning text).</exception>
    internal static void Write<T>(IEnumerable<T> rows, ColumnTable<T> schema, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new ArrayBufferWriter<byte>(4096);
        using var json = new Utf8JsonWriter(buffer, WriterOptions);
        foreach (var row in rows)
        {
            WriteLine(json, buffer, schema, row);
            stream.Write(buffer.WrittenSpan);
        }

        stream.Flush();
    }

    /// <summary>Writes one JSON object per row of <paramref name="schema"/> to <paramref name="writer"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A column formatted a value that is not valid for its kind.</exception>
    internal static void Write<T>(IEnumerable<T> rows, ColumnTable<T> schema, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(writer);
        var buffer = new ArrayBufferWriter<byte>(4096);
        var chars = new char[4096];
        using var json = new Utf8JsonWriter(buffer, WriterOptions);
        foreach (var row in rows)
        {
            WriteLine(json, buffer, schema, row);
            var needed = Encoding.UTF8.GetMaxCharCount(buffer.WrittenCount);
            if (chars.Length < needed)
            {
                chars = new char[Math.Max(needed, chars.Length * 2)];
            }

            var count = Encoding.UTF8.GetChars(buffer.WrittenSpan, chars);
            writer.Write(chars, 0, count);
        }
    }

    /// <summary>Reads every line of a JSON Lines text with the columns of <paramref name="schema"/>, which must be able to read rows.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="schema"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The schema cannot read rows.</exception>
    /// <exception cref="BriDataException">A line is malformed or a value cannot be read; every problem is listed.</exception>
    internal static IReadOnlyList<T> Read<T>(TextReader reader, ColumnTable<T> schema, BriLoadOptions? options = null, string? fileName = null) =>
        FormatReading.Read(ReadCore, ".jsonl", reader, schema, null, options, fileName);

    /// <summary>
    /// Reads rows, adding problems instead of throwing; <paramref name="lines"/> receives each row's line.
    /// <paramref name="fromNames"/>, when given, makes the schema from the property names of the first line (as
    /// <see cref="TidyRowColumns.FromNames"/> does); a later line's other properties are then ignored.
    /// </summary>
    internal static List<T> ReadCore<T>(TextReader reader, ColumnTable<T> schema, BriLoadOptions options, string file, List<DataProblem> problems, List<long>? lines, Func<IReadOnlyList<string>, ColumnTable<T>>? fromNames = null)
    {
        var rows = new List<T>();
        var before = problems.Count;
        var columns = ColumnIndexes(schema);

        var maxLine = (int)Math.Min(int.MaxValue / 2, ((long)options.MaxStringLength * Math.Max(1, schema.Columns.Count)) + 65_536);
        var lineReader = new BoundedLineReader(reader, maxLine);
        if (reader.Peek() == '\uFEFF')
        {
            reader.Read();
        }

        var pool = new StringPool();
        var lists = new ListPool(pool);
        var index = 0;
        while (true)
        {
            string? text;
            try
            {
                text = lineReader.ReadLine();
            }
            catch (CsvSyntaxException ex)
            {
                problems.Add(new DataProblem(file, $"$[{index}]", ex.Line, ex.Message));
                break;
            }

            if (text is null)
            {
                break;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (index >= options.MaxRecordsPerSet)
            {
                problems.Add(new DataProblem(file, "$", lineReader.Line, Invariant($"more than {options.MaxRecordsPerSet} records exceed the limit (BriLoadOptions.MaxRecordsPerSet)")));
                break;
            }

            if (fromNames is not null)
            {
                schema = fromNames(PropertyNames(text, options));
                columns = ColumnIndexes(schema);
                fromNames = null;
            }

            var values = new string?[schema.Columns.Count];
            var tokens = new JsonTokenType[schema.Columns.Count];
            var at = $"$[{index}]";
            if (ParseLine(text, columns, values, tokens, options, file, at, lineReader.Line, problems, pool))
            {
                var row = new ExportRow(file, index, lineReader.Line, columns, values, tokens, problems, options.MaxDepth, lists);
                if (RowReading.TryRead(schema, row, out var record))
                {
                    rows.Add(record);
                    lines?.Add(lineReader.Line);
                }
            }

            index++;
        }

        return problems.Count > before ? [] : rows;
    }

    private static Dictionary<string, int> ColumnIndexes<T>(ColumnTable<T> schema)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < schema.Columns.Count; i++)
        {
            columns[schema.Columns[i].Name] = i;
        }

        return columns;
    }

    /// <summary>The names of the top-level properties of a line, in order; as many as can be read (none when the line is not a JSON object: reading the line then reports it).</summary>
    private static List<string> PropertyNames(string text, BriLoadOptions options)
    {
        var names = new List<string>();
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text), new JsonReaderOptions { MaxDepth = Math.Max(1, options.MaxDepth) });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return names;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (!reader.HasValueSequence && reader.ValueSpan.Length <= options.MaxStringLength)
                {
                    names.Add(reader.GetString()!);
                }

                reader.Read();
                reader.Skip();
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // The line is read again below, which reports the problem with its file and line.
        }

        return names;
    }

    private static bool ParseLine(string text, Dictionary<string, int> columns, string?[] values, JsonTokenType[] tokens, BriLoadOptions options, string file, string at, long line, List<DataProblem> problems, StringPool pool)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = Math.Max(1, options.MaxDepth) });
        var seen = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                problems.Add(new DataProblem(file, at, line, "the line is not a JSON object"));
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = PooledString(ref reader, pool);
                if (name.Length > options.MaxStringLength)
                {
                    problems.Add(new DataProblem(file, at, line, Invariant($"a property name exceeds the limit of {options.MaxStringLength} chars (BriLoadOptions.MaxStringLength)")));
                    return false;
                }

                if (!seen.Add(name))
                {
                    problems.Add(new DataProblem(file, $"{at}.{name}", line, Invariant($"the property '{name}' appears twice")));
                    return false;
                }

                reader.Read();
                string? value;
                var token = reader.TokenType;
                switch (token)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        var start = (int)reader.TokenStartIndex;
                        reader.Skip();
                        value = Encoding.UTF8.GetString(bytes, start, (int)reader.BytesConsumed - start);
                        break;
                    case JsonTokenType.String:
                        value = PooledString(ref reader, pool);
                        break;
                    case JsonTokenType.Number:
                        value = Encoding.UTF8.GetString(reader.ValueSpan);
                        break;
                    case JsonTokenType.True:
                        value = "true";
                        break;
                    case JsonTokenType.False:
                        value = "false";
                        break;
                    default:
                        value = null;
                        break;
                }

                if (value is { Length: var length } && length > options.MaxStringLength)
                {
                    problems.Add(new DataProblem(file, $"{at}.{name}", line, Invariant($"a value of {length} chars exceeds the limit of {options.MaxStringLength} (BriLoadOptions.MaxStringLength)")));
                    return false;
                }

                if (columns.TryGetValue(name, out var i))
                {
                    values[i] = value;
                    tokens[i] = token;
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                problems.Add(new DataProblem(file, at, line, "unexpected text after the JSON object"));
                return false;
            }

            return true;
        }
        catch (JsonException ex)
        {
            var reason = ex.Message;
            var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
            problems.Add(new DataProblem(file, at, line, "the line is not valid JSON: " + (cut > 0 ? reason[..cut] : reason).TrimEnd('.')));
            return false;
        }
        catch (InvalidOperationException ex)
        {
            problems.Add(new DataProblem(file, at, line, "the line holds an invalid string: " + ex.Message));
            return false;
        }
    }

    /// <summary>The string at the reader (a property name or a string value), from the pool when it is short.</summary>
    private static string PooledString(ref Utf8JsonReader reader, StringPool pool)
    {
        if (reader.HasValueSequence || reader.ValueSpan.Length > StringPool.MaxLength)
        {
            return reader.GetString()!;
        }

        Span<char> text = stackalloc char[StringPool.MaxLength];
        return pool.Get(text[..reader.CopyString(text)]);
    }

    private static void WriteLine<T>(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, ColumnTable<T> schema, T row)
    {
        buffer.ResetWrittenCount();
        json.Reset(buffer);
        json.WriteStartObject();
        foreach (var column in schema.Columns)
        {
            var value = column.Format(row);
            json.WritePropertyName(column.Name);
            if (value is null)
            {
                json.WriteNullValue();
                continue;
            }

            switch (column.Kind)
            {
                case ColumnKind.Integer or ColumnKind.Decimal or ColumnKind.Json:
                    json.WriteRawValue(value);
                    break;
                case ColumnKind.Boolean:
                    json.WriteBooleanValue(value switch
                    {
                        "true" => true,
                        "false" => false,
                        _ => throw new ArgumentException(Invariant($"Column '{column.Name}' formatted '{value}', which is not true or false.")),
                    });
                    break;
                default:
                    json.WriteStringValue(value);
                    break;
            }
        }

        json.WriteEndObject();
        json.Flush();
        buffer.Write("\n"u8);
    }
}
