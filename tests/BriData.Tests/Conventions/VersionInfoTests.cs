using System.Text.Json;
using System.Text.RegularExpressions;

namespace BriData.Tests.Conventions;

/// <summary>The package version and the data release version are separate and both readable at run time.</summary>
public sealed partial class VersionInfoTests
{
    [Fact]
    public void The_package_version_is_semver_without_build_metadata()
    {
        BriDataInfo.PackageVersion.Should().MatchRegex(SemVer().ToString());
        BriDataInfo.PackageVersion.Should().NotContain("+");
    }

    [Fact]
    public void The_source_revision_is_the_build_metadata_or_null()
    {
        if (BriDataInfo.SourceRevision is { } revision)
        {
            revision.Should().MatchRegex("^[0-9a-f]{7,40}$", "the SDK records the git commit id");
        }
        else
        {
            BriDataInfo.SourceRevision.Should().BeNull();
        }
    }

    [Fact]
    public void The_data_version_is_the_embedded_manifest_version_not_the_package_version()
    {
        var manifest = JsonDocument.Parse(RepositoryFiles.ReadText("src/BriData/Data/manifest.json")).RootElement;

        BriDataInfo.DataVersion.Should().Be(manifest.GetProperty("dataVersion").GetString());
        BriDataInfo.DataVersion.Should().Be(BriDataset.Default.Version);
        BriDataInfo.DataReleased.ToString().Should().Be(manifest.GetProperty("released").GetString());
        BriDataInfo.DataVersion.Should().NotBe(BriDataInfo.PackageVersion);
    }

    [Fact]
    public void The_summary_names_both_versions()
    {
        BriDataInfo.Summary.Should().Be(
            $"BriData {BriDataInfo.PackageVersion} (data release {BriDataInfo.DataVersion} of {BriDataInfo.DataReleased})");
    }

    [GeneratedRegex(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$")]
    private static partial Regex SemVer();
}
