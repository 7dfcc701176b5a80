namespace BriData.Loading;

/// <summary>The <c>manifest.json</c> of a data release: format version, data version and the files of each set.</summary>
internal sealed class DataManifest
{
    public required int FormatVersion { get; init; }

    public required string DataVersion { get; init; }

    public required PartialDate Released { get; init; }

    public required IReadOnlyList<DataManifestEntry> Sets { get; init; }
}

/// <summary>One set of a data release: its name, file, record count and the SHA-256 of the file.</summary>
internal sealed class DataManifestEntry
{
    public required string Name { get; init; }

    public required string File { get; init; }

    public required int Count { get; init; }

    /// <summary>
    /// The SHA-256 of the file's bytes, 64 lowercase hexadecimal digits. Required in a release loaded from a folder:
    /// it is what proves that the files belong together (a <c>Save</c> cut short leaves files that do not match).
    /// </summary>
    public string? Sha256 { get; init; }
}
