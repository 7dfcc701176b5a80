using static System.FormattableString;

namespace BriData.Loading.Embedded;

/// <summary>
/// Reads the release embedded in the assembly without the serializer and without re-running validation: the
/// release was validated when it was built (the DataBuilder loads what it writes with every check, and the data tests
/// validate the embedded release, whose bytes a test proves to be those the manifest's SHA-256 names), and at run time
/// each set's bytes are proven to be the ones the library was built with by their XXH64 (<see cref="EmbeddedHashes"/>). A set whose hash differs, or whose JSON does not have the shape
/// its reader expects, throws <see cref="BriDataException"/> naming the file: the package is damaged.
/// </summary>
/// <param name="bytes">The bytes of an embedded file by name (the assembly's resources, or test bytes).</param>
/// <param name="hashOf">The XXH64 each file must have (<see cref="EmbeddedHashes.Of"/>, computed at build); null for a file not embedded.</param>
/// <param name="formatVersion">The format version the library was built for.</param>
/// <param name="dataVersion">The data release the library was built for.</param>
/// <param name="released">The release day the library was built for.</param>
internal sealed class EmbeddedSetLoader(EmbeddedBytes bytes, Func<string, ulong?> hashOf, int formatVersion, string dataVersion, PartialDate released)
{
    /// <summary>The prefix of the embedded data files' resource names (<c>BriData.Data.trade.json</c>).</summary>
    public const string ResourcePrefix = "BriData.Data.";

    /// <summary>The release embedded in this assembly, with the header generated from its manifest at build time.</summary>
    public static readonly EmbeddedSetLoader Assembly = new(
        Resource, EmbeddedHashes.Of, EmbeddedRelease.FormatVersion, EmbeddedRelease.DataVersion, PartialDate.Parse(EmbeddedRelease.Released));

    /// <summary>The format version the library was built for.</summary>
    public int FormatVersion => formatVersion;

    /// <summary>The data release the library was built for.</summary>
    public string DataVersion => dataVersion;

    /// <summary>The release day the library was built for.</summary>
    public PartialDate Released => released;

    /// <summary>
    /// The embedded manifest, read with <see cref="Readers.ManifestReader"/>; it must state the header the library was
    /// compiled with.
    /// </summary>
    public DataManifest ReadManifest()
    {
        const string File = DataSetName.Manifest;
        DataManifest manifest;
        try
        {
            manifest = Readers.ManifestReader.Read(bytes(File));
        }
        catch (Exception ex) when (ex is EmbeddedDataException or FormatException)
        {
            throw Damaged(File, ex.Message);
        }

        if (manifest.FormatVersion != formatVersion
            || !string.Equals(manifest.DataVersion, dataVersion, StringComparison.Ordinal)
            || manifest.Released != released)
        {
            throw Damaged(File, Invariant(
                $"the embedded manifest states data release {manifest.DataVersion} (format {manifest.FormatVersion}, released {manifest.Released}) but this library was built for release {dataVersion} (format {formatVersion}, released {released})"));
        }

        return manifest;
    }

    /// <summary>The records of <paramref name="set"/> (a frozen <c>IReadOnlyList&lt;T&gt;</c>), proven by hash and read.</summary>
    public object Load(DataSetDescriptor set, DataManifest manifest)
    {
        DataManifestEntry? entry = null;
        foreach (var candidate in manifest.Sets)
        {
            if (candidate is not null && string.Equals(candidate.Name, set.Name, StringComparison.Ordinal))
            {
                entry = candidate;
                break;
            }
        }

        var file = set.FileName(DataFileFormat.Json);
        if (entry is null || !string.Equals(entry.File, file, StringComparison.Ordinal))
        {
            throw Damaged(DataSetName.Manifest, $"the embedded manifest does not list {file} for set '{set.Name}'");
        }

        var json = bytes(file);
        var actual = XxHash64.Hash(json);
        var expected = hashOf(file);
        if (expected != actual)
        {
            throw Damaged(file, FormattableString.Invariant($"its XXH64 is {actual:x16}, not {expected:x16} as the library was built with"));
        }

        object records;
        try
        {
            records = set.ReadEmbedded(json, entry.Count);
        }
        catch (Exception ex) when (ex is EmbeddedDataException or InvalidOperationException or FormatException or OverflowException)
        {
            throw Damaged(file, ex.Message);
        }

        if (records is System.Collections.ICollection { Count: var count } && count != entry.Count)
        {
            throw Damaged(file, Invariant($"it holds {count} records where the embedded manifest states {entry.Count}"));
        }

        return records;
    }

    /// <summary>The bytes of an embedded file, read in place (the resource is mapped with the assembly; no copy).</summary>
    public static unsafe ReadOnlySpan<byte> Resource(string file)
    {
        using var stream = typeof(EmbeddedSetLoader).Assembly.GetManifestResourceStream(ResourcePrefix + file);
        return stream switch
        {
            UnmanagedMemoryStream mapped => new ReadOnlySpan<byte>(mapped.PositionPointer, checked((int)mapped.Length)),
            null => throw Damaged(file, "the embedded resource is missing"),
            _ => throw Damaged(file, "the embedded resource is not mapped in memory"),
        };
    }

    private static BriDataException Damaged(string file, string reason) =>
        new([new DataProblem(file, "$", null, $"the embedded release is damaged ({reason}); reinstall the BriData package")]);
}

/// <summary>The bytes of an embedded file by name (for example <c>trade.json</c>).</summary>
internal delegate ReadOnlySpan<byte> EmbeddedBytes(string file);
