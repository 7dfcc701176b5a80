using System.Globalization;
using System.Reflection;

namespace BriData;

/// <summary>
/// The two versions of this package, readable at run time: the <b>package</b> version (the library and its API,
/// Semantic Versioning) and the <b>data release</b> version of the embedded dataset. They move independently:
/// a data refresh changes <see cref="DataVersion"/>; an API change changes <see cref="PackageVersion"/>.
/// </summary>
/// <remarks>
/// Put <see cref="Summary"/> in logs and bug reports: it names both versions. The values come from the assembly's
/// informational version (written at build time) and from the embedded data's <c>manifest.json</c>; both work in
/// trimmed and native AOT applications.
/// </remarks>
public static class BriDataInfo
{
    private static readonly string InformationalVersion =
        typeof(BriDataInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(BriDataInfo).Assembly.GetName().Version?.ToString(3)
        ?? "0.0.0";

    /// <summary>
    /// The NuGet package version of this library, for example <c>0.1.0</c> or <c>0.2.0-preview.1</c> (Semantic
    /// Versioning 2.0, without build metadata). Never null or empty.
    /// </summary>
    public static string PackageVersion { get; } = StripBuildMetadata(InformationalVersion);

    /// <summary>
    /// The source-control revision (git commit id) the library was built from, or <see langword="null"/> when the
    /// build did not record one (for example a build outside a git clone).
    /// </summary>
    public static string? SourceRevision { get; } = BuildMetadata(InformationalVersion);

    /// <summary>
    /// The version of the data release embedded in this package, for example <c>2026.11.0</c>; the same value as
    /// <see cref="BriDataset.Version"/> of <see cref="BriDataset.Default"/>. Reading it loads only the embedded
    /// manifest, not the data sets.
    /// </summary>
    /// <exception cref="BriDataException">The embedded data is damaged (a broken package).</exception>
    public static string DataVersion => BriDataset.Default.Version;

    /// <summary>The day the embedded data release was built (day precision).</summary>
    /// <exception cref="BriDataException">The embedded data is damaged (a broken package).</exception>
    public static PartialDate DataReleased => BriDataset.Default.Released;

    /// <summary>
    /// Both versions in one line, for logs and bug reports, for example
    /// <c>BriData 0.1.0 (data release 2026.11.0 of 2026-11-28)</c>.
    /// </summary>
    /// <exception cref="BriDataException">The embedded data is damaged (a broken package).</exception>
    public static string Summary =>
        string.Create(CultureInfo.InvariantCulture, $"BriData {PackageVersion} (data release {DataVersion} of {DataReleased})");

    private static string StripBuildMetadata(string version)
    {
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }

    private static string? BuildMetadata(string version)
    {
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 || plus == version.Length - 1 ? null : version[(plus + 1)..];
    }
}
