using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BriData.Serialization;

namespace BriData.Loading;

/// <summary>
/// Reads the files of a data release with the limits of <see cref="BriLoadOptions"/>, turning every failure into
/// a <see cref="DataProblem"/> (file, JSON path, line, reason) instead of an exception.
/// </summary>
internal sealed class DataLoader
{
    private readonly IDataFiles files;
    private readonly BriLoadOptions options;
    private readonly BriJsonContext context;

    public DataLoader(IDataFiles files, BriLoadOptions options)
    {
        this.files = files;
        this.options = options;
        context = options.MaxDepth == BriJsonContext.Default.Options.MaxDepth || options.MaxDepth <= 0
            ? BriJsonContext.Default
            : new BriJsonContext(new JsonSerializerOptions(BriJsonContext.Default.Options) { MaxDepth = options.MaxDepth });
    }

    public BriJsonContext Context => context;

    public DataManifest? LoadManifest(List<DataProblem> problems)
    {
        var manifest = Read(DataSetName.Manifest, context.DataManifest, problems);
        if (manifest is null)
        {
            return null;
        }

        if (manifest.FormatVersion > DataFormat.CurrentVersion)
        {
            problems.Add(new DataProblem(DataSetName.Manifest, "$.formatVersion", null,
                $"data format version {manifest.FormatVersion} is newer than the version {DataFormat.CurrentVersion} this BriData library reads; update the BriData package"));
            return null;
        }

        if (manifest.FormatVersion < 1)
        {
            problems.Add(new DataProblem(DataSetName.Manifest, "$.formatVersion", null, $"data format version {manifest.FormatVersion} is not valid (must be 1 or more)"));
            return null;
        }

        if (string.IsNullOrWhiteSpace(manifest.DataVersion))
        {
            problems.Add(new DataProblem(DataSetName.Manifest, "$.dataVersion", null, "the data version is empty"));
            return null;
        }

        return manifest;
    }

    public IReadOnlyList<T>? LoadSet<T>(string set, JsonTypeInfo<DataFile<T>> typeInfo, List<DataProblem> problems)
    {
        var fileName = DataSetName.FileName(set);
        var file = Read(fileName, typeInfo, problems);
        if (file is null)
        {
            return null;
        }

        var before = problems.Count;
        if (file.FormatVersion > DataFormat.CurrentVersion)
        {
            problems.Add(new DataProblem(fileName, "$.formatVersion", null,
                $"data format version {file.FormatVersion} is newer than the version {DataFormat.CurrentVersion} this BriData library reads"));
        }

        if (!string.Equals(file.Set, set, StringComparison.Ordinal))
        {
            problems.Add(new DataProblem(fileName, "$.set", null, $"the file declares set '{file.Set}' but was loaded as '{set}'"));
        }

        if (file.Records is null)
        {
            problems.Add(new DataProblem(fileName, "$.records", null, "records is null"));
        }
        else if (file.Records.Count > options.MaxRecordsPerSet)
        {
            problems.Add(new DataProblem(fileName, "$.records", null,
                $"{file.Records.Count} records exceed the limit of {options.MaxRecordsPerSet} (BriLoadOptions.MaxRecordsPerSet)"));
        }
        else
        {
            for (var i = 0; i < file.Records.Count; i++)
            {
                if (file.Records[i] is null)
                {
                    problems.Add(new DataProblem(fileName, $"$.records[{i}]", null, "record is null"));
                }
            }
        }

        return problems.Count == before ? file.Records : null;
    }

    private T? Read<T>(string fileName, JsonTypeInfo<T> typeInfo, List<DataProblem> problems)
        where T : class
    {
        byte[] bytes;
        try
        {
            using var stream = files.Open(fileName);
            if (stream is null)
            {
                problems.Add(new DataProblem(fileName, "$", null, $"file not found ({files.Describe(fileName)})"));
                return null;
            }

            var read = ReadBounded(stream, options.MaxFileBytes);
            if (read is null)
            {
                problems.Add(new DataProblem(fileName, "$", null, $"the file is larger than {options.MaxFileBytes} bytes (BriLoadOptions.MaxFileBytes)"));
                return null;
            }

            bytes = read;
        }
        catch (IOException ex)
        {
            problems.Add(new DataProblem(fileName, "$", null, $"the file cannot be read: {ex.Message}"));
            return null;
        }
        catch (UnauthorizedAccessException ex)
        {
            problems.Add(new DataProblem(fileName, "$", null, $"the file cannot be read: {ex.Message}"));
            return null;
        }

        ReadOnlySpan<byte> json = bytes;
        if (json.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }

        if (json.IsEmpty)
        {
            problems.Add(new DataProblem(fileName, "$", null, "the file is empty"));
            return null;
        }

        if (!JsonLimits.Check(json, fileName, options, problems))
        {
            return null;
        }

        try
        {
            var value = JsonSerializer.Deserialize(json, typeInfo);
            if (value is null)
            {
                problems.Add(new DataProblem(fileName, "$", 1, "the file holds JSON null instead of an object"));
            }

            return value;
        }
        catch (JsonException ex)
        {
            problems.Add(new DataProblem(fileName, ex.Path ?? "$", ex.LineNumber + 1, CleanMessage(ex)));
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException or OverflowException)
        {
            problems.Add(new DataProblem(fileName, "$", null, ex.Message));
        }

        return null;
    }

    private static string CleanMessage(JsonException ex)
    {
        var message = ex.InnerException is { } inner and not JsonException ? inner.Message : ex.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
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
