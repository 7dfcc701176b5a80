using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using static System.FormattableString;

namespace BriData.Loading;

/// <summary>
/// Reads a set in BriData's JSON format in one pass: the envelope (format version, set name, records) by hand and each
/// record on its own, so that every bad record is reported and <see cref="BriLoadOptions.MaxRecordsPerSet"/> stops the
/// reading at the first record over it, before that record is built (issue 14, fault 4). Reads from the file through a
/// <see cref="JsonWindow"/> (the bytes of one record at a time in memory, never the file), or from bytes in memory.
/// </summary>
internal sealed class JsonSetReader(BriLoadOptions options)
{
    /// <summary>Reads the set from a whole file in memory, its limits checked first; null (with problems added) when it cannot be read.</summary>
    public IReadOnlyList<T>? Read<T>(string set, string fileName, byte[] bytes, JsonTypeInfo<T> recordInfo, List<DataProblem> problems)
        where T : class
    {
        if (!DataLoader.NotEmpty(fileName, bytes, problems) || !JsonLimits.Check(bytes, fileName, options, problems))
        {
            return null;
        }

        using var window = new JsonWindow(bytes, ReaderOptions);
        return Read(set, fileName, window, recordInfo, problems);
    }

    /// <summary>
    /// Reads the set from a file that passed <see cref="JsonLimits.QuickScanPasses(Stream, BriLoadOptions)"/>, through a
    /// window of it; null (with problems added) when it cannot be read.
    /// </summary>
    /// <exception cref="IOException">The file cannot be read (or passes <see cref="BriLoadOptions.MaxFileBytes"/>).</exception>
    public IReadOnlyList<T>? Read<T>(string set, string fileName, Stream stream, JsonTypeInfo<T> recordInfo, List<DataProblem> problems)
        where T : class
    {
        using var window = new JsonWindow(stream, options.MaxFileBytes, ReaderOptions);
        return Read(set, fileName, window, recordInfo, problems);
    }

    /// <summary>The line of a JSON path in a document.</summary>
    internal static long? LineOf(byte[] json, string path) =>
        JsonLineLocator.Locate(json, [path]).TryGetValue(path, out var line) ? line : null;

    private JsonReaderOptions ReaderOptions => new() { MaxDepth = Math.Max(1, options.MaxDepth) };

    private IReadOnlyList<T>? Read<T>(string set, string fileName, JsonWindow window, JsonTypeInfo<T> recordInfo, List<DataProblem> problems)
        where T : class
    {
        var before = problems.Count;
        var file = ReadEnvelope(fileName, window, recordInfo, problems);
        if (file is null)
        {
            return null;
        }

        if (file.FormatVersion > DataFormat.CurrentVersion)
        {
            problems.Add(new DataProblem(fileName, "$.formatVersion", file.FormatVersionLine,
                Invariant($"data format version {file.FormatVersion} is newer than version {DataFormat.CurrentVersion}, the newest this BriData library reads")));
        }
        else if (file.FormatVersion < 1)
        {
            problems.Add(new DataProblem(fileName, "$.formatVersion", file.FormatVersionLine, Invariant($"data format version {file.FormatVersion} is not valid (must be 1 or more)")));
        }

        if (!string.Equals(file.Set, set, StringComparison.Ordinal))
        {
            problems.Add(new DataProblem(fileName, "$.set", file.SetLine, Invariant($"the file declares set '{file.Set}' but the manifest names it for set '{set}'")));
        }

        return problems.Count == before ? file.Records : null;
    }

    /// <summary>Reads the envelope by hand and each record on its own, reporting every record that fails.</summary>
    private Envelope<T>? ReadEnvelope<T>(string fileName, JsonWindow window, JsonTypeInfo<T> recordInfo, List<DataProblem> problems)
        where T : class
    {
        var reader = window.Start();
        int? formatVersion = null;
        string? declaredSet = null;
        long formatVersionLine = 1, setLine = 1;
        List<T>? records = null;
        var recordsNull = false;
        var before = problems.Count;
        try
        {
            window.Step(ref reader, JsonWindow.Skip.Nothing, out var first, out _);
            if (first != JsonTokenType.StartObject)
            {
                problems.Add(new DataProblem(fileName, "$", 1, first == JsonTokenType.Null
                    ? "the file holds JSON null instead of an object"
                    : $"expected a JSON object {{formatVersion, set, records}}, found {first}"));
                return null;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (window.Step(ref reader, JsonWindow.Skip.Nothing, out var token, out var at) && token == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                var nameLine = window.LineAt(at);
                if (!seen.Add(name))
                {
                    problems.Add(new DataProblem(fileName, "$." + name, nameLine, Invariant($"the property '{name}' appears twice")));
                }

                var isRecords = string.Equals(name, "records", StringComparison.Ordinal);
                window.Step(ref reader, isRecords ? JsonWindow.Skip.ValueUnlessArray : JsonWindow.Skip.Value, out var value, out _);
                switch (name)
                {
                    case "formatVersion":
                        formatVersionLine = nameLine;
                        if (value == JsonTokenType.Number && reader.TryGetInt32(out var v))
                        {
                            formatVersion = v;
                        }
                        else
                        {
                            problems.Add(new DataProblem(fileName, "$.formatVersion", nameLine, "formatVersion must be a whole number"));
                        }

                        break;
                    case "set":
                        setLine = nameLine;
                        if (value == JsonTokenType.String)
                        {
                            declaredSet = reader.GetString();
                        }
                        else
                        {
                            problems.Add(new DataProblem(fileName, "$.set", nameLine, "set must be a string"));
                        }

                        break;
                    case "records" when value == JsonTokenType.Null:
                        recordsNull = true;
                        problems.Add(new DataProblem(fileName, "$.records", nameLine, "records is missing or null"));
                        break;
                    case "records" when value != JsonTokenType.StartArray:
                        problems.Add(new DataProblem(fileName, "$.records", nameLine, Invariant($"records must be an array, found {value}")));
                        break;
                    case "records":
                        records = ReadRecords(fileName, window, ref reader, recordInfo, problems, out var overLimit);
                        if (overLimit)
                        {
                            // Over the record limit: stop here, the rest of the file is not read.
                            return null;
                        }

                        break;
                }
            }
        }
        catch (JsonException ex)
        {
            problems.Add(new DataProblem(fileName, "$", (ex.LineNumber ?? 0) + 1, "the file is not valid JSON: " + DataLoader.CleanMessage(ex)));
            return null;
        }
        catch (JsonWindowFullException)
        {
            problems.Add(new DataProblem(fileName, "$", null, "a JSON value is larger than the file limit (BriLoadOptions.MaxFileBytes)"));
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

        return problems.Count > before ? null : new Envelope<T>(formatVersion.Value, formatVersionLine, declaredSet, setLine, records);
    }

    /// <summary>Reads the elements of the records array one record at a time; null when there are more than the limit.</summary>
    private List<T>? ReadRecords<T>(string fileName, JsonWindow window, ref Utf8JsonReader reader, JsonTypeInfo<T> recordInfo, List<DataProblem> problems, out bool overLimit)
        where T : class
    {
        overLimit = false;
        var records = new List<T>();
        var index = 0;
        while (window.Step(ref reader, JsonWindow.Skip.Value, out var first, out var start) && first != JsonTokenType.EndArray)
        {
            if (index >= options.MaxRecordsPerSet)
            {
                problems.Add(new DataProblem(fileName, Invariant($"$.records[{index}]"), window.LineAt(start), Invariant($"more than {options.MaxRecordsPerSet} records exceed the limit (BriLoadOptions.MaxRecordsPerSet)")));
                overLimit = true;
                return null;
            }

            try
            {
                var record = JsonSerializer.Deserialize(window.Slice(start, window.Consumed(reader)), recordInfo);
                if (record is null)
                {
                    problems.Add(new DataProblem(fileName, Invariant($"$.records[{index}]"), window.LineAt(start), "record is null"));
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
                problems.Add(new DataProblem(fileName, path, window.LineAt(start) + (ex.LineNumber ?? 0), DataLoader.CleanMessage(ex)));
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or OverflowException)
            {
                problems.Add(new DataProblem(fileName, Invariant($"$.records[{index}]"), window.LineAt(start), ex.Message));
            }

            index++;
        }

        return records;
    }

    /// <summary>The envelope of a set file as read, with the lines of its format version and set name.</summary>
    private sealed record Envelope<T>(int FormatVersion, long FormatVersionLine, string Set, long SetLine, List<T> Records);
}
