namespace BriData.DataBuilder;

/// <summary>Command-line options of the builder, with paths defaulting to the repository layout.</summary>
internal sealed record BuildOptions(string SourcesDir, string CuratedDir, string OutDir, bool Check)
{
    public static BuildOptions Parse(string[] args)
    {
        var root = FindRepositoryRoot();
        string sources = Path.GetFullPath(Path.Combine(root, "..", "shared", "sources"));
        string curated = Path.Combine(root, "data", "curated");
        string output = Path.Combine(root, "src", "BriData", "Data");
        var check = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--check":
                    check = true;
                    break;
                case "--sources":
                    sources = Path.GetFullPath(args[++i]);
                    break;
                case "--curated":
                    curated = Path.GetFullPath(args[++i]);
                    break;
                case "--out":
                    output = Path.GetFullPath(args[++i]);
                    break;
                default:
                    throw new ArgumentException($"unknown option '{args[i]}' (use --check, --sources DIR, --curated DIR, --out DIR)");
            }
        }

        if (!Directory.Exists(sources))
        {
            throw new DirectoryNotFoundException($"sources folder not found: {sources} (pass --sources DIR)");
        }

        return new BuildOptions(sources, curated, output, check);
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BriData.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("run the builder from inside the BriData repository (no BriData.sln found above the current folder)");
    }
}
