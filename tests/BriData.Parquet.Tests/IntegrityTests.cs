namespace BriData.Parquet.Tests;

/// <summary>
/// Issue 14, fault 6: a decimal beyond its column's scale is refused, never truncated; the export writes each file
/// under a temporary name and renames it, so a failure leaves no temporary and no truncated file.
/// </summary>
public sealed class IntegrityTests
{
    private static BriDataset WithShare(decimal share)
    {
        var content = BriDataset.Default.ToContent();
        var index = content.Investments.ToList().FindIndex(i => i.SharePercent is not null);
        var investments = content.Investments.ToList();
        investments[index] = investments[index] with { SharePercent = share };
        return BriDataset.Create(content with { Investments = investments });
    }

    [Fact]
    public async Task A_decimal_beyond_its_column_scale_is_refused_not_truncated()
    {
        var folder = Directory.CreateTempSubdirectory("bridata-parquet-integrity-").FullName;
        try
        {
            var act = () => ParquetExport.WriteAllAsync(WithShare(33.33333333333m), folder, TestContext.Current.CancellationToken);
            var problem = (await act.Should().ThrowAsync<BriDataException>()).Which.Problems.Should().ContainSingle().Which;
            problem.File.Should().Be("investments.parquet");
            problem.Path.Should().EndWith(".share_percent");
            problem.Reason.Should().Contain("33.33333333333").And.Contain("DECIMAL(18,6)");

            Directory.GetFiles(folder).Select(Path.GetFileName).Should().NotContain(n => n!.EndsWith(".tmp", StringComparison.Ordinal));
            File.Exists(Path.Combine(folder, "investments.parquet")).Should().BeFalse();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Trailing_zeros_are_not_decimal_places()
    {
        using var stream = new MemoryStream();
        var rows = await ParquetExport.WriteSetAsync(WithShare(12.500000000000m), ParquetSetNames.Investments, stream, TestContext.Current.CancellationToken);
        rows.Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task A_failed_export_leaves_no_temporary_file_and_keeps_the_old_file_whole()
    {
        var folder = Directory.CreateTempSubdirectory("bridata-parquet-integrity-").FullName;
        try
        {
            await ParquetExport.WriteAllAsync(BriDataset.Default, folder, TestContext.Current.CancellationToken);
            var before = File.ReadAllBytes(Path.Combine(folder, "trade.parquet"));
            using var cancelled = new CancellationTokenSource();
            await cancelled.CancelAsync();
            var act = () => ParquetExport.WriteAllAsync(BriDataset.Default, folder, cancelled.Token);
            await act.Should().ThrowAsync<OperationCanceledException>();

            Directory.GetFiles(folder).Select(Path.GetFileName).Should().NotContain(n => n!.EndsWith(".tmp", StringComparison.Ordinal));
            File.ReadAllBytes(Path.Combine(folder, "trade.parquet")).Should().Equal(before);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
