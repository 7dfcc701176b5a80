namespace BriData.Loading;

/// <summary>The data release embedded in the BriData assembly (resources named <c>BriData.Data.*.json</c>).</summary>
internal sealed class EmbeddedDataFiles : IDataFiles
{
    public static readonly EmbeddedDataFiles Instance = new();

    /// <summary>The embedded release was checked when the package was built; its hashes are not recomputed at run time.</summary>
    public bool VerifiesHashes => false;

    public string Describe(string fileName) => "embedded resource BriData.Data." + fileName;

    public Stream? Open(string fileName) =>
        typeof(EmbeddedDataFiles).Assembly.GetManifestResourceStream("BriData.Data." + fileName);
}
