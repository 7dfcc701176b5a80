namespace BriData.Cli.Tests;

public sealed class ExportCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "bridata-cli-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("csv", ".csv")]
    [InlineData("jsonl", ".jsonl")]
    [InlineData("json", ".json")]
    public void Export_writes_a_release_that_loads_back_equal_in_size(string format, string extension)
    {
        var run = CliRunner.Run("export", "--format", format, folder, "--json");
        run.ExitCode.Should().Be(0);
        var files = run.Result.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToList();
        files.Should().Contain("manifest.json").And.Contain("trade" + extension);
        var back = BriDataset.Load(folder);
        back.Trade.Count.Should().Be(BriDataset.Default.Trade.Count);
        back.Projects.Count.Should().Be(BriDataset.Default.Projects.Count);
        back.Version.Should().Be(BriDataset.Default.Version);
    }

    [Fact]
    public void Export_parquet_writes_one_file_per_set()
    {
        var run = CliRunner.Run("export", "--format", "parquet", folder);
        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("trade.parquet");
        Directory.EnumerateFiles(folder, "*.parquet").Select(Path.GetFileName)
            .Should().BeEquivalentTo(BriData.Parquet.ParquetSetNames.All.Select(s => s + ".parquet"));
        new FileInfo(Path.Combine(folder, "trade.parquet")).Length.Should().BeGreaterThan(0);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error_listing_the_formats()
    {
        var run = CliRunner.Run("export", "--format", "xls", folder);
        run.ExitCode.Should().Be(2);
        run.Errors.Should().Contain("csv, jsonl, json, parquet");
        Directory.Exists(folder).Should().BeFalse();
    }
}
