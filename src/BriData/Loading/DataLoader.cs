using BriData.Formats.Release;
using System.Text.Json;
using BriData.Formats.Json;
using static System.FormattableString;

namespace BriData.Loading;

/// <summary>
/// Reads the files of a data release with the limits of <see cref="BriLoadOptions"/>, turning every failure into
/// a <see cref="DataProblem"/> (file, JSON path, line, reason) instead of an exception. Reads only the files the
/// manifest names, and only under the names <c>{set}.json</c>, <c>{set}.csv</c> or <c>{set}.jsonl</c>.
/// </summary>
internal sealed partial class DataLoader
{
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
    /// The JSON metadata, with the depth limit of the options. Created on first use (the embedded release never needs
    /// it: see <see cref="Embedded.EmbeddedSetLoader"/>).
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
            // The one reader of an outside manifest: the serializer, which reports every problem with its path and line.
            // (The embedded release's manifest, whose bytes the build proved, is read by Embedded/Readers/ManifestReader.)
            manifest = JsonSerializer.Deserialize(bytes, Context.DataManifest);
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
        var loaded = FormatOf(set, entry.File)!.Read(this, set, entry, problems);
        if (loaded is not null && loaded.Records is System.Collections.ICollection records && records.Count != entry.Count)
        {
            problems.Add(Locate(new DataProblem(DataSetName.Manifest, $"$.sets[{index}].count", null,
                Invariant($"the manifest lists {entry.Count} records for set '{set.Name}' but {entry.File} holds {records.Count}"))));
            return null;
        }

        return loaded;
    }

    /// <summary>The format a manifest file name selects for a set; null when the name is not allowed.</summary>
    public static ISetFileFormat? FormatOf(DataSetDescriptor set, string? fileName) =>
        Array.Find(SetFileFormats.All, format => string.Equals(fileName, set.Name + format.Extension, StringComparison.Ordinal));

    /// <summary>False (with a problem) when a file holds nothing but white space.</summary>
    internal static bool NotEmpty(string fileName, byte[] bytes, List<DataProblem> problems)
    {
        if (bytes.AsSpan().IndexOfAnyExcept(" \t\r\n"u8) >= 0)
        {
            return true;
        }

        problems.Add(new DataProblem(fileName, "$", 1, "the file is empty"));
        return false;
    }

    /// <summary>The line of a JSON path in the manifest.</summary>
    private DataProblem Locate(DataProblem problem) =>
        ManifestJson is null ? problem : problem with { Line = JsonSetReader.LineOf(ManifestJson, problem.Path) };

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
}
