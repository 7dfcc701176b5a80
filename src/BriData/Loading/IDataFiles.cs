namespace BriData.Loading;

/// <summary>Opens the files of a data release by name (embedded resources or a folder).</summary>
internal interface IDataFiles
{
    /// <summary>
    /// Whether the SHA-256 of every set file must match the manifest's: true for a folder; false for the embedded
    /// release, which was checked when the package was built (a test checks its hashes).
    /// </summary>
    bool VerifiesHashes { get; }

    /// <summary>A human-readable location of the file, for error messages.</summary>
    string Describe(string fileName);

    /// <summary>Opens the file for reading; null when it does not exist.</summary>
    /// <exception cref="IOException">The file exists but is not a regular file, or cannot be read.</exception>
    Stream? Open(string fileName);
}
