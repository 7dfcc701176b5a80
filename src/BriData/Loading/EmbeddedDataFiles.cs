namespace BriData.Loading;

/// <summary>
/// The embedded data files seen through <see cref="DataLoader"/>, the outside-release path (the tests compare the two
/// paths; <see cref="BriDataset.Default"/> reads them with <see cref="Embedded.EmbeddedSetLoader"/>).
/// </summary>
internal sealed class EmbeddedDataFiles : IDataFiles
{
    public static readonly EmbeddedDataFiles Instance = new();

    /// <summary>The embedded release was checked when the package was built; its hashes are not recomputed at run time.</summary>
    public bool VerifiesHashes => false;

    public string Describe(string fileName) => "embedded resource " + Embedded.EmbeddedSetLoader.ResourcePrefix + fileName;

    public Stream? Open(string fileName) =>
        typeof(EmbeddedDataFiles).Assembly.GetManifestResourceStream(Embedded.EmbeddedSetLoader.ResourcePrefix + fileName);
}
