using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using static System.FormattableString;

namespace BriData.Loading;

/// <summary>
/// Reads a set in BriData's JSON format in one pass: the envelope (format version, set name, records) by hand and each
/// record on its own, so that every bad record is reported and <see cref="BriLoadOptions.MaxRecordsPerSet"/> stops the
/// reading at the first record over it, before that record is built (issue 14, fault 4): a file of many records
/// costs its bytes and the records up to the limit, never the whole set.
/// </summary>
internal sealed class JsonSetReader(BriLoadOptions options)
{
    /// <summary>Reads the set; null (with problems added) when it cannot be read.</summary>
    public IReadOnlyList<T>? Read<T>(string set, string fileName, byte[] bytes, JsonTypeInfo<T> recordInfo, List<DataProblem> problems)
        where T : class
    {
        if (!DataLoader.NotEmpty(fileName, bytes, problems) || !JsonLimits.Check(bytes, fileName, options, problems))
        {
            return null;
        }

        var before = problems.Count;
        var file = ReadEnvelope(fileName, bytes, recordInfo, problems);
        if (file is null)
        {
            return null;
        }

        if (file.FormatVersion > DataFormat.CurrentVersion)
        {
            problems.Add(new DataProblem(fileName, "$.formatVersion", LineOf(bytes, "$.formatVersion"),
                Invariant($"data format version {file.FormatVersion} is newer than version {DataFormat.CurrentVersion}, the newest this BriData library reads")));
        }
        else if (file.FormatVersion < 1)
        {
            problems.Add(new DataProblem(fileName, "$.formatVersion", LineOf(bytes, "$.formatVersion"), Invariant($"data format version {file.FormatVersion} is not valid (must be 1 or more)")));
        }

        if (!string.Equals(file.Set, set, StringComparison.Ordinal))
        {
            problems.Add(new DataProblem(fileName, "$.set", LineOf(bytes, "$.set"), Invariant($"the file declares set '{file.Set}' but the manifest names it for set '{set}'")));
        }

        return problems.Count == before ? file.Records : null;
    }

    /// <summary>The line of a JSON path in a document.</summary>
    internal static long? LineOf(byte[] json, string path) =>
        JsonLineLocator.Locate(json, [path]).TryGetValue(path, out var line) ? line : null;

    /// <summary>Reads the envelope by hand and each record on its own, reporting every record that fails.</summary>
    private DataFile<T>? ReadEnvelope<T>(string fileName, byte[] bytes, JsonTypeInfo<T> recordInfo, List<DataProblem> problems)
        where T : class
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = Math.Max(1, options.MaxDepth) });
        var lines = new LineCounter(bytes);
        int? formatVersion = null;
        string? declaredSet = null;
        List<T>? records = null;
        var recordsNull = false;
        var before = problems.Count;
        try
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                problems.Add(new DataProblem(fileName, "$", 1, reader.TokenType == JsonTokenType.Null
                    ? "the file holds JSON null instead of an object"
                    : $"expected a JSON object {{formatVersion, set, records}}, found {reader.TokenType}"));
                return null;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                var nameLine = lines.At(reader.TokenStartIndex);
                if (!seen.Add(name))
                {
                    problems.Add(new DataProblem(fileName, "$." + name, nameLine, Invariant($"the property '{name}' appears twice")));
                }

                reader.Read();
                switch (name)
                {
                    case "formatVersion":
                        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var v))
                        {
                            formatVersion = v;
                        }
                        else
                        {
                            problems.Add(new DataProblem(fileName, "$.formatVersion", nameLine, "formatVersion must be a whole number"));
                            reader.Skip();
                        }

                        break;
                    case "set":
                        if (reader.TokenType == JsonTokenType.String)
                        {
                            declaredSet = reader.GetString();
                        }
                        else
                        {
                            problems.Add(new DataProblem(fileName, "$.set", nameLine, "set must be a string"));
                            reader.Skip();
                        }

                        break;
                    case "records" when reader.TokenType == JsonTokenType.Null:
                        recordsNull = true;
                        problems.Add(new DataProblem(fileName, "$.records", nameLine, "records is missing or null"));
                        break;
                    case "records":
                        records = ReadRecords(fileName, bytes, ref reader, recordInfo, problems, lines, out var overLimit);
                        if (overLimit)
                        {
                            // Over the record limit: stop here, the rest of the file is not read.
                            return null;
                        }

                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }
        }
        catch (JsonException ex)
        {
            problems.Add(new DataProblem(fileName, "$", (ex.LineNumber ?? 0) + 1, "the file is not valid JSON: " + DataLoader.CleanMessage(ex)));
            return null;
        }

        if (formatVersion is null || declaredSet is null || records is null)
        {
            var missing = string.Join(", ", new[] { formatVersion is null ? "formatVersion" : null, declaredSet is null ? "set" : null, records is null && !recordsNull ? "records" : null }.OfType<string>());
            if (problems.Count == before)
            {
                problems.Add(new DataProblem(fileName, "$", 1, $"the file lacks {missing}"));
            }

            return null;
        }

        return problems.Count > before ? null : new DataFile<T> { FormatVersion = formatVersion.Value, Set = declaredSet, Records = records };
    }

    /// <summary>Reads the records array one record at a time; null when it is not an array or holds more records than the limit.</summary>
    private List<T>? ReadRecords<T>(string fileName, byte[] bytes, ref Utf8JsonReader reader, JsonTypeInfo<T> recordInfo, List<DataProblem> problems, LineCounter lines, out bool overLimit)
        where T : class
    {
        overLimit = false;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            problems.Add(new DataProblem(fileName, "$.records", lines.At(reader.TokenStartIndex), Invariant($"records must be an array, found {reader.TokenType}")));
            reader.Skip();
            return null;
        }

        var records = new List<T>();
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var start = (int)reader.TokenStartIndex;
            if (index >= options.MaxRecordsPerSet)
            {
                problems.Add(new DataProblem(fileName, Invariant($"$.records[{index}]"), lines.At(start), Invariant($"more than {options.MaxRecordsPerSet} records exceed the limit (BriLoadOptions.MaxRecordsPerSet)")));
                overLimit = true;
                return null;
            }

            reader.Skip();
            var end = (int)reader.BytesConsumed;
            try
            {
                var record = JsonSerializer.Deserialize(bytes.AsSpan(start, end - start), recordInfo);
                if (record is null)
                {
                    problems.Add(new DataProblem(fileName, Invariant($"$.records[{index}]"), lines.At(start), "record is null"));
                }
                else
                {
                    records.Add(record);
                }
            }
            catch (JsonException ex)
            {
                var at = Invariant($"$.records[{index}]");
                var path = ex.Path is { Length: > 1 } p ? at + p[1..] : at;
                problems.Add(new DataProblem(fileName, path, lines.At(start) + (ex.LineNumber ?? 0), DataLoader.CleanMessage(ex)));
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or OverflowException)
            {
                problems.Add(new DataProblem(fileName, Invariant($"$.records[{index}]"), lines.At(start), ex.Message));
            }

            index++;
        }

        return records;
    }

    /// <summary>The 1-based line of a byte offset, counted forward from the last offset asked for (offsets only grow).</summary>
    private sealed class LineCounter(byte[] bytes)
    {
        private long line = 1;
        private int counted;

        public long At(long index)
        {
            var end = (int)Math.Min(index, bytes.Length);
            if (end > counted)
            {
                line += bytes.AsSpan(counted, end - counted).Count((byte)'\n');
                counted = end;
            }

            return line;
        }
    }
}
