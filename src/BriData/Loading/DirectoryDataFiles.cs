namespace BriData.Loading;

/// <summary>A data release in a folder on disk.</summary>
internal sealed class DirectoryDataFiles(string directory) : IDataFiles
{
    public string Describe(string fileName) => Path.Combine(directory, fileName);

    public Stream? Open(string fileName)
    {
        var path = Path.Combine(directory, fileName);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16) : null;
    }
}
