using BriData.Loading;
using BriData.Loading.Embedded;

namespace BriData.Tests.Reliability;

/// <summary>
/// The embedded release answers its header (version, format, release day) from constants generated at build time
/// from its manifest, without reading data; the first set loaded checks that the manifest states the same header.
/// </summary>
public sealed class EmbeddedReleaseHeaderTests
{
    private static readonly PartialDate BuiltReleased = PartialDate.Parse(EmbeddedRelease.Released);

    [Fact]
    public void The_generated_header_is_the_embedded_manifests()
    {
        var loader = new DataLoader(EmbeddedDataFiles.Instance, BriLoadOptions.Default);
        var problems = new List<DataProblem>();
        var manifest = loader.LoadManifest(problems);

        problems.Should().BeEmpty();
        manifest!.DataVersion.Should().Be(EmbeddedRelease.DataVersion);
        manifest.FormatVersion.Should().Be(EmbeddedRelease.FormatVersion);
        manifest.Released.Should().Be(BuiltReleased);
        (BriDataset.Default.Version, BriDataset.Default.FormatVersion, BriDataset.Default.Released)
            .Should().Be((manifest.DataVersion, manifest.FormatVersion, manifest.Released));
    }

    [Fact]
    public void A_matching_header_loads_every_set()
    {
        var data = BriDataset.OpenEmbedded(new EmbeddedSetLoader(EmbeddedSetLoader.Resource, EmbeddedHashes.Of, EmbeddedRelease.FormatVersion, EmbeddedRelease.DataVersion, BuiltReleased));

        data.Countries.Should().HaveCount(BriDataset.Default.Countries.Count);
        data.Claims.Should().HaveCount(BriDataset.Default.Claims.Count);
    }

    [Fact]
    public void A_manifest_that_disagrees_with_the_built_header_makes_every_set_access_fail_naming_both_releases()
    {
        var data = BriDataset.OpenEmbedded(new EmbeddedSetLoader(EmbeddedSetLoader.Resource, EmbeddedHashes.Of, EmbeddedRelease.FormatVersion, "2099.1.0", BuiltReleased));

        data.Version.Should().Be("2099.1.0", "the header is answered without reading the manifest");
        var first = () => data.Countries;
        var again = () => data.Trade;

        var problem = first.Should().Throw<BriDataException>().Which.Problems.Should().ContainSingle().Subject;
        problem.File.Should().Be("manifest.json");
        problem.Reason.Should().Contain("data release " + EmbeddedRelease.DataVersion).And.Contain("built for release 2099.1.0").And.Contain("damaged");
        again.Should().Throw<BriDataException>();
    }
}
