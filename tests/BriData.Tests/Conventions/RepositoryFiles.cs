namespace BriData.Tests.Conventions;

/// <summary>Finds files of the repository (README, manifest, props) from the test's output folder.</summary>
internal static class RepositoryFiles
{
    /// <summary>The repository root: the first folder above the test binaries that holds BriData.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The full path of a file given relative to the repository root with '/' separators.</summary>
    public static string PathOf(string relativePath) =>
        Path.Combine([Root, .. relativePath.Split('/')]);

    /// <summary>The text of a file given relative to the repository root.</summary>
    public static string ReadText(string relativePath) => File.ReadAllText(PathOf(relativePath));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BriData.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("BriData.sln not found above " + AppContext.BaseDirectory);
    }
}
