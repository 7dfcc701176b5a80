namespace BriData.Loading;

/// <summary>A data release in a folder on disk. Only regular files are opened (<see cref="RegularFile"/>).</summary>
internal sealed class DirectoryDataFiles(string directory) : IDataFiles
{
    /// <summary>A folder may hold anything: the manifest's SHA-256 of every file is checked.</summary>
    public bool VerifiesHashes => true;

    public string Describe(string fileName) => Path.Combine(directory, fileName);

    public Stream? Open(string fileName)
    {
        var path = Path.Combine(directory, fileName);
        return RegularFile.Of(path) switch
        {
            RegularFile.Kind.Missing => null,
            RegularFile.Kind.Special => throw new IOException("it is not a regular file (a folder, named pipe, socket or device); BriData opens only regular files"),
            _ => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16),
        };
    }
}
