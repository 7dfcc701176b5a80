using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BriData.Serialization;
using static System.FormattableString;

namespace BriData.Loading;

/// <summary>
/// Reads the files of a data release with the limits of <see cref="BriLoadOptions"/>, turning every failure into
/// a <see cref="DataProblem"/> (file, JSON path, line, reason) instead of an exception. Reads only the files the
/// manifest names, and only under the names <c>{set}.json</c>, <c>{set}.csv</c> or <c>{set}.jsonl</c>.
/// </summary>
internal sealed class DataLoader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly IDataFiles files;
    private readonly Lazy<BriJsonContext> context;

    public DataLoader(IDataFiles files, BriLoadOptions options)
    {
        this.files = files;
        Options = options;
        context = new Lazy<BriJsonContext>(
            () => options.MaxDepth == BriJsonContext.Default.Options.MaxDepth
                ? BriJsonContext.Default
                : new BriJsonContext(new JsonSerializerOptions(BriJsonContext.Default.Options) { MaxDepth = options.MaxDepth }),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// The JSON metadata, with the depth limit of the options. Created on first use: a plain manifest is read without
    /// it (<see cref="ManifestFastReader"/>), so that an application's first answer does not pay for it.
    /// </summary>
    public BriJsonContext Context => context.Value;

    /// <summary>The limits.</summary>
    public BriLoadOptions Options { get; }

    /// <summary>The bytes of <c>manifest.json</c> once read (for line numbers).</summary>
    public byte[]? ManifestJson { get; private set; }

    /// <summary>Reads and checks <c>manifest.json</c>: format version, and one allowed file name per set.</summary>
    public DataManifest? LoadManifest(List<DataProblem> problems)
    {
        const string file = DataSetName.Manifest;
        var bytes = ReadBytes(file, problems);
        if (bytes is null || !NotEmpty(file, bytes, problems) || !JsonLimits.Check(bytes, file, Options, problems))
        {
            return null;
        }

        ManifestJson = bytes;
        var before = problems.Count;
        DataManifest? manifest = null;
        try
        {
            if (!ManifestFastReader.TryRead(bytes, out manifest))
            {
                manifest = JsonSerializer.Deserialize(bytes, Context.DataManifest);
            }
        }
        catch (JsonException ex)
        {
            problems.Add(new DataProblem(file, ex.Path ?? "$", (ex.LineNumber ?? 0) + 1, CleanMessage(ex)));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            problems.Add(new DataProblem(file, "$", null, ex.Message));
        }

        if (manifest is null)
        {
            if (problems.Count == before)
            {
                problems.Add(new DataProblem(file, "$", 1, "the file holds JSON null instead of an object"));
            }

            return null;
        }

        if (manifest.FormatVersion > DataFormat.CurrentVersion)
        {
            problems.Add(Locate(new DataProblem(file, "$.formatVersion", null,
                Invariant($"data format version {manifest.FormatVersion} is newer than version {DataFormat.CurrentVersion}, the newest this BriData library reads; update the BriData package"))));
            return null;
        }

        if (manifest.FormatVersion < 1)
        {
            problems.Add(Locate(new DataProblem(file, "$.formatVersion", null, Invariant($"data format version {manifest.FormatVersion} is not valid (must be 1 or more)"))));
            return null;
        }

        if (manifest.Sets is null)
        {
            problems.Add(Locate(new DataProblem(file, "$.sets", null, "the list of sets is missing")));
            return null;
        }

        for (var i = 0; i < manifest.Sets.Count; i++)
        {
            if (manifest.Sets[i] is null)
            {
                problems.Add(Locate(new DataProblem(file, Invariant($"$.sets[{i}]"), null, "the set entry is null")));
            }
        }

        foreach (var set in DataSets.All)
        {
            // Plain loops, not LINQ over tuples: this runs in every application's first answer (start-up time).
            int index = -1, second = -1;
            for (var i = 0; i < manifest.Sets.Count; i++)
            {
                if (manifest.Sets[i] is { } candidate && string.Equals(candidate.Name, set.Name, StringComparison.Ordinal))
                {
                    if (index < 0)
                    {
                        index = i;
                    }
                    else if (second < 0)
                    {
                        second = i;
                    }
                }
            }

            if (index < 0)
            {
                problems.Add(Locate(new DataProblem(file, "$.sets", null, $"the manifest lists no file for set '{set.Name}'")));
                continue;
            }

            if (second >= 0)
            {
                problems.Add(Locate(new DataProblem(file, Invariant($"$.sets[{second}].name"), null, $"the manifest lists set '{set.Name}' twice")));
                continue;
            }

            var entry = manifest.Sets[index];
            if (FormatOf(set, entry.File) is null)
            {
                problems.Add(Locate(new DataProblem(file, $"$.sets[{index}].file", null,
                    $"file name '{entry.File}' is not allowed for set '{set.Name}' (use {set.FileName(DataFileFormat.Json)}, {set.FileName(DataFileFormat.Csv)} or {set.FileName(DataFileFormat.JsonLines)})")));
            }

            if (entry.Count < 0)
            {
                problems.Add(Locate(new DataProblem(file, $"$.sets[{index}].count", null, Invariant($"record count {entry.Count} is negative"))));
            }

            if (files.VerifiesHashes && !FileHash.IsWellFormed(entry.Sha256))
            {
                problems.Add(Locate(new DataProblem(file, entry.Sha256 is null ? $"$.sets[{index}]" : $"$.sets[{index}].sha256", null, entry.Sha256 is null
                    ? $"the manifest gives no sha256 for set '{set.Name}': without it, nothing shows that {entry.File} belongs to this release (Save writes it)"
                    : $"the sha256 of set '{set.Name}' is not 64 lowercase hexadecimal digits")));
            }
        }

        return problems.Count == before ? manifest : null;
    }

    /// <summary>Reads one set from the file the manifest names, checking its record count against the manifest.</summary>
    public LoadedSet? LoadSet(DataSetDescriptor set, DataManifest manifest, List<DataProblem> problems)
    {
        var index = manifest.Sets.ToList().FindIndex(e => e is not null && string.Equals(e.Name, set.Name, StringComparison.Ordinal));
        var entry = manifest.Sets[index];
        var format = FormatOf(set, entry.File)!.Value;
        var bytes = ReadBytes(entry.File, problems, out var sha256);
        if (bytes is null)
        {
            return null;
        }

        if (files.VerifiesHashes && !string.Equals(sha256, entry.Sha256, StringComparison.Ordinal))
        {
            problems.Add(new DataProblem(entry.File, "$", null,
                $"the file's SHA-256 is {sha256}, not {entry.Sha256} as manifest.json states: the file does not belong to this release (a mixed, damaged or partly saved release); save the release again"));
            return null;
        }

        var loaded = set.Read(this, entry.File, format, bytes, problems);
        if (loaded is not null && loaded.Records is System.Collections.ICollection records && records.Count != entry.Count)
        {
            problems.Add(Locate(new DataProblem(DataSetName.Manifest, $"$.sets[{index}].count", null,
                Invariant($"the manifest lists {entry.Count} records for set '{set.Name}' but {entry.File} holds {records.Count}"))));
            return null;
        }

        return loaded;
    }

    /// <summary>The format a manifest file name selects for a set; null when the name is not allowed.</summary>
    public static DataFileFormat? FormatOf(DataSetDescriptor set, string? fileName)
    {
        foreach (var format in (ReadOnlySpan<DataFileFormat>)[DataFileFormat.Json, DataFileFormat.Csv, DataFileFormat.JsonLines])
        {
            if (string.Equals(fileName, set.FileName(format), StringComparison.Ordinal))
            {
                return format;
            }
        }

        return null;
    }

    /// <summary>Reads a file's bytes within <see cref="BriLoadOptions.MaxFileBytes"/>, without a UTF-8 byte order mark (an empty file gives an empty array).</summary>
    public byte[]? ReadBytes(string fileName, List<DataProblem> problems) => ReadBytes(fileName, problems, out _);

    /// <summary>As <see cref="ReadBytes(string, List{DataProblem})"/>, with the SHA-256 of the file's bytes as read (byte order mark included).</summary>
    public byte[]? ReadBytes(string fileName, List<DataProblem> problems, out string? sha256)
    {
        sha256 = null;
        byte[] bytes;
        try
        {
            using var stream = files.Open(fileName);
            if (stream is null)
            {
                problems.Add(new DataProblem(fileName, "$", null, $"file not found ({files.Describe(fileName)})"));
                return null;
            }

            var read = ReadBounded(stream, Options.MaxFileBytes);
            if (read is null)
            {
                problems.Add(new DataProblem(fileName, "$", null, Invariant($"the file is larger than {Options.MaxFileBytes} bytes (BriLoadOptions.MaxFileBytes)")));
                return null;
            }

            bytes = read;
            if (files.VerifiesHashes)
            {
                sha256 = FileHash.Of(bytes);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            problems.Add(new DataProblem(fileName, "$", null, $"the file cannot be read: {ex.Message}"));
            return null;
        }

        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = span[3..].ToArray();
        }
        else if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            problems.Add(new DataProblem(fileName, "$", 1, "the file starts with a UTF-16 byte order mark; BriData reads UTF-8 only"));
            return null;
        }

        return bytes;
    }

    private static bool NotEmpty(string fileName, byte[] bytes, List<DataProblem> problems)
    {
        if (bytes.AsSpan().IndexOfAnyExcept(" \t\r\n"u8) >= 0)
        {
            return true;
        }

        problems.Add(new DataProblem(fileName, "$", 1, "the file is empty"));
        return false;
    }

    /// <summary>Decodes UTF-8 strictly; an invalid byte is a problem naming its line.</summary>
    public string? DecodeText(string fileName, byte[] bytes, List<DataProblem> problems)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var at = Math.Clamp(ex.Index, 0, bytes.Length);
            var line = bytes.AsSpan(0, at).Count((byte)'\n') + 1;
            problems.Add(new DataProblem(fileName, "$", line, "the file is not valid UTF-8"));
            return null;
        }
    }

    /// <summary>
    /// Reads a set in BriData's JSON format: the envelope (format version, set name, records) and every record. When
    /// the fast whole-file read fails, each record is read on its own so that every bad record is reported.
    /// </summary>
    public IReadOnlyList<T>? ReadJsonSet<T>(string set, string fileName, byte[] bytes, JsonTypeInfo<DataFile<T>> fileInfo, JsonTypeInfo<T> recordInfo, List<DataProblem> problems)
        where T : class
    {
        if (!NotEmpty(fileName, bytes, problems) || !JsonLimits.Check(bytes, fileName, Options, problems))
        {
            return null;
        }

        // The record limit before any record is built (issue 14, fault 4): a scan of the top-level records array
        // counts its elements without allocating, so a file of many small records cannot fill memory first.
        if (CountTopLevelRecords(bytes) is long counted && counted > Options.MaxRecordsPerSet)
        {
            problems.Add(new DataProblem(fileName, "$.records", LineOf(bytes, "$.records"),
                Invariant($"{counted} records exceed the limit of {Options.MaxRecordsPerSet} (BriLoadOptions.MaxRecordsPerSet)")));
            return null;
        }

        var before = problems.Count;
        DataFile<T>? file = null;
        try
        {
            file = JsonSerializer.Deserialize(bytes, fileInfo);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            file = ReadRecordByRecord(set, fileName, bytes, recordInfo, problems);
        }

        if (file is null)
        {
            if (problems.Count == before)
            {
                problems.Add(new DataProblem(fileName, "$", 1, "the file holds JSON null instead of an object"));
            }

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

        if (file.Records is null)
        {
            problems.Add(new DataProblem(fileName, "$.records", LineOf(bytes, "$.records"), "records is missing or null"));
        }
        else if (file.Records.Count > Options.MaxRecordsPerSet)
        {
            problems.Add(new DataProblem(fileName, "$.records", LineOf(bytes, "$.records"),
                Invariant($"{file.Records.Count} records exceed the limit of {Options.MaxRecordsPerSet} (BriLoadOptions.MaxRecordsPerSet)")));
        }
        else
        {
            var nulls = new List<string>();
            for (var i = 0; i < file.Records.Count; i++)
            {
                if (file.Records[i] is null)
                {
                    nulls.Add($"$.records[{i}]");
                }
            }

            if (nulls.Count > 0)
            {
                var lines = JsonLineLocator.Locate(bytes, nulls);
                problems.AddRange(nulls.Select(p => new DataProblem(fileName, p, lines.TryGetValue(p, out var l) ? l : null, "record is null")));
            }
        }

        return problems.Count == before ? file.Records : null;
    }

    /// <summary>
    /// The number of elements of the top-level <c>records</c> array, counted with a reader (no allocation); null when the
    /// file is not well-formed JSON or has no such array (the full read then reports why).
    /// </summary>
    private long? CountTopLevelRecords(byte[] bytes)
    {
        try
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = Math.Max(1, Options.MaxDepth) });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isRecords = reader.ValueTextEquals("records"u8);
                reader.Read();
                if (!isRecords || reader.TokenType != JsonTokenType.StartArray)
                {
                    reader.Skip();
                    continue;
                }

                long count = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    count++;
                    reader.Skip();
                }

                return count;
            }

            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Reads the envelope by hand and each record on its own, reporting every record that fails.</summary>
    private DataFile<T>? ReadRecordByRecord<T>(string set, string fileName, byte[] bytes, JsonTypeInfo<T> recordInfo, List<DataProblem> problems)
        where T : class
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = Math.Max(1, Options.MaxDepth) });
        int? formatVersion = null;
        string? declaredSet = null;
        List<T>? records = null;
        var before = problems.Count;
        long line = 1;
        var counted = 0;
        long LineAt(long index)
        {
            line += bytes.AsSpan(counted, (int)index - counted).Count((byte)'\n');
            counted = (int)index;
            return line;
        }

        try
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                problems.Add(new DataProblem(fileName, "$", 1, $"expected a JSON object {{formatVersion, set, records}}, found {reader.TokenType}"));
                return null;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                var nameLine = LineAt(reader.TokenStartIndex);
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
                    case "records":
                        records = ReadRecords(fileName, bytes, ref reader, recordInfo, problems, LineAt);
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }
        }
        catch (JsonException ex)
        {
            problems.Add(new DataProblem(fileName, "$", (ex.LineNumber ?? 0) + 1, "the file is not valid JSON: " + CleanMessage(ex)));
            return null;
        }

        if (formatVersion is null || declaredSet is null || records is null)
        {
            var missing = string.Join(", ", new[] { formatVersion is null ? "formatVersion" : null, declaredSet is null ? "set" : null, records is null ? "records" : null }.OfType<string>());
            if (problems.Count == before)
            {
                problems.Add(new DataProblem(fileName, "$", 1, $"the file lacks {missing}"));
            }

            return null;
        }

        return problems.Count > before ? null : new DataFile<T> { FormatVersion = formatVersion.Value, Set = declaredSet, Records = records };
    }

    private List<T>? ReadRecords<T>(string fileName, byte[] bytes, ref Utf8JsonReader reader, JsonTypeInfo<T> recordInfo, List<DataProblem> problems, Func<long, long> lineAt)
        where T : class
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            problems.Add(new DataProblem(fileName, "$.records", lineAt(reader.TokenStartIndex), Invariant($"records must be an array, found {reader.TokenType}")));
            reader.Skip();
            return null;
        }

        var records = new List<T>();
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var at = $"$.records[{index}]";
            var start = (int)reader.TokenStartIndex;
            var startLine = lineAt(start);
            if (index >= Options.MaxRecordsPerSet)
            {
                problems.Add(new DataProblem(fileName, "$.records", startLine, Invariant($"more than {Options.MaxRecordsPerSet} records exceed the limit (BriLoadOptions.MaxRecordsPerSet)")));
                reader.Skip();
                return null;
            }

            reader.Skip();
            var end = (int)reader.BytesConsumed;
            try
            {
                var record = JsonSerializer.Deserialize(bytes.AsSpan(start, end - start), recordInfo);
                if (record is null)
                {
                    problems.Add(new DataProblem(fileName, at, startLine, "record is null"));
                }
                else
                {
                    records.Add(record);
                }
            }
            catch (JsonException ex)
            {
                var path = ex.Path is { Length: > 1 } p ? at + p[1..] : at;
                problems.Add(new DataProblem(fileName, path, startLine + (ex.LineNumber ?? 0), CleanMessage(ex)));
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or OverflowException)
            {
                problems.Add(new DataProblem(fileName, at, startLine, ex.Message));
            }

            index++;
        }

        return records;
    }

    /// <summary>The line of a JSON path in the manifest.</summary>
    private DataProblem Locate(DataProblem problem) =>
        ManifestJson is null ? problem : problem with { Line = LineOf(ManifestJson, problem.Path) };

    private static long? LineOf(byte[] json, string path) =>
        JsonLineLocator.Locate(json, [path]).TryGetValue(path, out var line) ? line : null;

    /// <summary>The reason of a <see cref="JsonException"/> without its position (which the problem carries), or of its inner cause when there is one (the more precise of the two).</summary>
    internal static string CleanMessage(JsonException ex)
    {
        return ex.InnerException is { Message: { Length: > 0 } inner } and not JsonException
            ? WithoutPosition(inner)
            : WithoutPosition(ex.Message);
    }

    private static string WithoutPosition(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        return cut > 0 ? message[..cut] : message;
    }

    private static byte[]? ReadBounded(Stream stream, long limit)
    {
        if (stream.CanSeek && stream.Length > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream(stream.CanSeek ? (int)Math.Min(stream.Length, int.MaxValue) : 1 << 16);
        var chunk = new byte[1 << 16];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, n);
        }

        return buffer.ToArray();
    }
}
