using System.Globalization;

namespace BriData.Parquet.Tests;

/// <summary>One file per set, one row per record, read back by DuckDB.</summary>
public sealed class ExportFilesTests(ExportFixture export)
{
    [Fact]
    public void It_writes_one_file_per_set_in_the_documented_order()
    {
        export.Files.Select(f => f.Set).Should().Equal(ParquetSetNames.All);
        export.Files.Should().OnlyContain(f => File.Exists(f.Path) && f.SizeBytes == new FileInfo(f.Path).Length && f.SizeBytes > 0);
        Directory.GetFiles(export.Directory).Select(Path.GetFileName).Should().BeEquivalentTo(ParquetSetNames.All.Select(s => s + ".parquet"));
    }

    [Fact]
    public void DuckDB_counts_one_row_per_record_of_every_set()
    {
        var content = export.Dataset.ToContent();
        foreach (var set in DataSets.All)
        {
            var rows = Convert.ToInt64(export.Scalar($"SELECT count(*) FROM {export.Table(set.Name)}"), CultureInfo.InvariantCulture);
            rows.Should().Be(set.Count(content), $"{set.Name}.parquet holds one row per record");
            export.Files.Single(f => f.Set == set.Name).RowCount.Should().Be(set.Count(content));
        }

        export.Dataset.Trade.Count.Should().BeGreaterThan(1000, "the shipped release has trade from 1960 to 2020");
    }

    [Fact]
    public void Ids_round_trip_exactly()
    {
        var financeIds = export.Column($"SELECT id FROM {export.Table(ParquetSetNames.Finance)} ORDER BY id").Select(v => Convert.ToInt32(v, CultureInfo.InvariantCulture));
        financeIds.Should().Equal(export.Dataset.Finance.Select(f => f.Id).Order());

        var countryCodes = export.Column($"SELECT iso3 FROM {export.Table(ParquetSetNames.Countries)} ORDER BY iso3").Cast<string>();
        countryCodes.Should().Equal(export.Dataset.Countries.Select(c => c.Code.Alpha3).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_unknown_set_is_refused_with_the_list_of_sets()
    {
        using var stream = new MemoryStream();
        var write = () => ParquetExport.WriteSetAsync(export.Dataset, "flagships", stream, TestContext.Current.CancellationToken);

        (await write.Should().ThrowAsync<ArgumentException>()).WithMessage("*'flagships'*trade-highlights*");
        stream.Length.Should().Be(0);
    }

    [Fact]
    public async Task One_set_can_be_written_to_any_stream()
    {
        using var stream = new MemoryStream();

        var rows = await ParquetExport.WriteSetAsync(export.Dataset, ParquetSetNames.Claims, stream, TestContext.Current.CancellationToken);

        rows.Should().Be(export.Dataset.Claims.Count);
        var bytes = stream.ToArray();
        bytes.Take(4).Should().Equal("PAR1"u8.ToArray(), "a Parquet file starts with its magic number");
        bytes.TakeLast(4).Should().Equal("PAR1"u8.ToArray(), "and ends with it");
    }
}
