using System.Diagnostics;
using System.Security.Cryptography;
using BriData.Loading;

namespace BriData.Tests.Reliability;

/// <summary>
/// Issue 14, faults 1 and 2: the manifest's SHA-256 of every file proves that the files of a release belong together,
/// and only regular files are opened. Mixed releases (from two saves, or a save cut short), special files (named
/// pipes, devices, folders) and missing or malformed hashes are refused with <see cref="BriDataException"/>, naming
/// the file.
/// </summary>
public sealed class IntegrityTests
{
    /// <summary>A release with the same record counts as <see cref="SmallRelease"/> but other text in every set that holds text.</summary>
    private static BriDataset Other()
    {
        var content = SmallRelease.Content();
        return BriDataset.Create(content with
        {
            Version = "2026.2.0-other",
            Sources = [.. content.Sources.Select(s => s with { Title = s.Title + " (revised)" })],
            Countries = [.. content.Countries.Select(c => c with { Capital = c.Capital + " City" })],
        });
    }

    [Theory]
    [InlineData(DataFileFormat.Json)]
    [InlineData(DataFileFormat.Csv)]
    [InlineData(DataFileFormat.JsonLines)]
    public void A_file_from_another_save_with_the_same_count_is_refused_naming_it(DataFileFormat format)
    {
        using var a = new ReleaseFolder(format);
        using var b = new ReleaseFolder(format, Other());
        var file = DataSets.Sources.FileName(format);
        File.Copy(b.FilePath(file), a.FilePath(file), overwrite: true);

        var problem = a.Problems().Should().ContainSingle().Which;
        problem.File.Should().Be(file);
        problem.Path.Should().Be("$");
        problem.Reason.Should().Contain("SHA-256").And.Contain("does not belong to this release");
    }

    [Fact]
    public void A_save_that_fails_half_way_leaves_a_release_that_is_refused_and_no_temporary_file()
    {
        using var folder = new ReleaseFolder();
        // trade.json becomes a folder: the second save fails when it moves trade.json into place, after sources,
        // countries and events were replaced and before the manifest.
        File.Delete(folder.FilePath("trade.json"));
        Directory.CreateDirectory(folder.FilePath("trade.json"));

        var save = () => Other().Save(folder.Path);
        save.Should().Throw<IOException>();

        Directory.GetFiles(folder.Path, "*.tmp").Should().BeEmpty();
        var problems = folder.Problems();
        problems.Select(p => p.File).Should().Contain(["sources.json", "countries.json", "trade.json"]);
        problems.Single(p => p.File == "sources.json").Reason.Should().Contain("does not belong to this release");
        problems.Single(p => p.File == "trade.json").Reason.Should().Contain("not a regular file");
    }

    [Theory]
    [InlineData(DataFileFormat.Json)]
    [InlineData(DataFileFormat.Csv)]
    [InlineData(DataFileFormat.JsonLines)]
    public void Save_writes_the_hash_of_every_file_and_leaves_no_temporary_file(DataFileFormat format)
    {
        using var folder = new ReleaseFolder(format);
        Directory.GetFiles(folder.Path).Select(Path.GetFileName).Should().NotContain(n => n!.EndsWith(".tmp", StringComparison.Ordinal));
        using var manifest = System.Text.Json.JsonDocument.Parse(folder.Read("manifest.json"));
        foreach (var set in manifest.RootElement.GetProperty("sets").EnumerateArray())
        {
            var file = set.GetProperty("file").GetString()!;
            set.GetProperty("sha256").GetString().Should().Be(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(folder.FilePath(file)))), file);
        }

        folder.Load().Version.Should().Be(SmallRelease.Content().Version);
    }

    [Fact]
    public void A_truncated_file_under_an_unchanged_manifest_is_refused_by_its_hash()
    {
        using var folder = new ReleaseFolder();
        var bytes = File.ReadAllBytes(folder.FilePath("claims.json"));
        folder.WriteRaw("claims.json", bytes[..(bytes.Length - 2)]);
        var problem = folder.Problems().Should().ContainSingle().Which;
        problem.File.Should().Be("claims.json");
        problem.Reason.Should().StartWith("the file's SHA-256 is ");
    }

    [Fact]
    public void A_manifest_without_a_hash_is_refused_naming_the_set()
    {
        using var folder = new ReleaseFolder();
        var index = folder.ManifestIndexOf("trade");
        var text = folder.Read("manifest.json");
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(folder.FilePath("trade.json"))));
        folder.Write("manifest.json", text.Replace(",\n      \"sha256\": \"" + hash + "\"", string.Empty, StringComparison.Ordinal));

        var problem = folder.Problems().Should().ContainSingle().Which;
        problem.File.Should().Be("manifest.json");
        problem.Path.Should().Be($"$.sets[{index}]");
        problem.Reason.Should().Contain("no sha256 for set 'trade'");
    }

    [Theory]
    [InlineData("ABC")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855")]
    public void A_malformed_hash_is_refused(string hash)
    {
        using var folder = new ReleaseFolder();
        var index = folder.ManifestIndexOf("trade");
        var text = folder.Read("manifest.json");
        var real = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(folder.FilePath("trade.json"))));
        folder.Write("manifest.json", text.Replace(real, hash, StringComparison.Ordinal));
        folder.Problems().Should().ContainSingle().Which.Should().Match<DataProblem>(p => p.File == "manifest.json" && p.Path == $"$.sets[{index}].sha256");
    }

    [Fact]
    public async Task A_named_pipe_is_refused_without_blocking()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Windows has no named pipes in a folder.
        }

        using var folder = new ReleaseFolder();
        File.Delete(folder.FilePath("trade.json"));
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [folder.FilePath("trade.json")]) { UseShellExecute = false })!)
        {
            mkfifo.WaitForExit();
            mkfifo.ExitCode.Should().Be(0);
        }

        // Loaded on another thread so that a regression fails the test instead of hanging the run.
        var problems = await Task.Run(() => folder.Problems(), TestContext.Current.CancellationToken)
            .WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
        var problem = problems.Should().ContainSingle().Which;
        problem.File.Should().Be("trade.json");
        problem.Reason.Should().Contain("not a regular file");
    }

    [Fact]
    public void A_link_to_a_device_is_refused()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // No /dev/zero.
        }

        using var folder = new ReleaseFolder();
        File.Delete(folder.FilePath("events.json"));
        File.CreateSymbolicLink(folder.FilePath("events.json"), "/dev/zero");
        var problem = folder.Problems().Should().ContainSingle().Which;
        problem.File.Should().Be("events.json");
        problem.Reason.Should().Contain("not a regular file");
    }

    [Fact]
    public void A_folder_in_place_of_the_manifest_is_refused()
    {
        using var folder = new ReleaseFolder();
        File.Delete(folder.FilePath("manifest.json"));
        Directory.CreateDirectory(folder.FilePath("manifest.json"));
        var problem = folder.Problems().Should().ContainSingle().Which;
        problem.File.Should().Be("manifest.json");
        problem.Reason.Should().Contain("not a regular file");
    }

    [Fact]
    public void The_embedded_manifest_states_the_hash_of_every_embedded_file()
    {
        var loader = new DataLoader(EmbeddedDataFiles.Instance, BriLoadOptions.Default);
        var problems = new List<DataProblem>();
        var manifest = loader.LoadManifest(problems)!;
        problems.Should().BeEmpty();
        foreach (var entry in manifest.Sets)
        {
            using var stream = EmbeddedDataFiles.Instance.Open(entry.File)!;
            FileHash.Of(stream).Should().Be(entry.Sha256, entry.File);
        }
    }

    [Fact]
    public void The_fixture_release_states_the_hash_of_every_file()
    {
        Fixtures.FixtureData.Dataset.Countries.Should().NotBeEmpty();
    }
}
