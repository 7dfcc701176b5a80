namespace BriData.Parquet.Tests;

/// <summary>Rules the shipped data cannot exercise, on records made here: money keeps its basis, missing stays NULL, dates keep their text.</summary>
public sealed class MappingTests
{
    private static FinanceRecord Finance(int id, Money? amount, PartialDate? date = null) => new()
    {
        Id = id,
        Recipient = CountryCode.Parse("PER"),
        Title = "A loan",
        Amount = amount,
        CommitmentYear = 2015,
        CommitmentDate = date,
        Status = FinanceStatus.Implementation,
        Sector = "ENERGY",
        IsInfrastructure = true,
        IsAggregationSafe = true,
        LinkedRecordIds = [],
        OsmLinks = [],
        SourceIds = ["s"],
    };

    private static async Task<List<Dictionary<string, object>>> WriteAndReadAsync(params FinanceRecord[] records)
    {
        using var stream = new MemoryStream();
        var rows = await SetWriter.WriteAsync("finance", ColumnTables.Finance, records, "test", stream, TestContext.Current.CancellationToken);
        rows.Should().Be(records.Length);
        stream.Position = 0;
        return [.. (await ParquetFile.ReadAsync(stream)).Data];
    }

    [Fact]
    public async Task A_nominal_amount_keeps_its_basis_and_price_year_beside_a_constant_one()
    {
        var rows = await WriteAndReadAsync(Finance(1, Money.NominalUsd(1_000_000m, 2015)), Finance(2, Money.ConstantUsd2021(2_500_000.25m)));

        rows[0].Get("amount_usd").Should().Be(1_000_000m);
        rows[0].Get("amount_basis").Should().Be("NominalUsd");
        rows[0].Get("amount_price_year").Should().Be(2015);
        rows[1].Get("amount_usd").Should().Be(2_500_000.25m);
        rows[1].Get("amount_basis").Should().Be("ConstantUsd2021");
        rows[1].Get("amount_price_year").Should().BeNull();
    }

    [Fact]
    public async Task A_missing_amount_is_null_in_its_three_columns_not_zero()
    {
        var rows = await WriteAndReadAsync(Finance(1, null), Finance(2, Money.ConstantUsd2021(0m)));

        rows[0].Get("amount_usd").Should().BeNull();
        rows[0].Get("amount_basis").Should().BeNull();
        rows[0].Get("amount_price_year").Should().BeNull();
        rows[1].Get("amount_usd").Should().Be(0m);
    }

    [Fact]
    public async Task A_partial_date_keeps_its_text_and_its_first_day()
    {
        var rows = await WriteAndReadAsync(Finance(1, null, new PartialDate(2024, 11)), Finance(2, null));

        rows[0].Get("commitment_date").Should().Be("2024-11");
        rows[0].Get("commitment_date_first_day").Should().Be(new DateOnly(2024, 11, 1));
        rows[1].Get("commitment_date").Should().BeNull();
        rows[1].Get("commitment_date_first_day").Should().BeNull();
    }

    [Fact]
    public async Task No_records_make_a_file_with_the_columns_and_no_rows()
    {
        using var stream = new MemoryStream();
        var rows = await SetWriter.WriteAsync("finance", ColumnTables.Finance, Array.Empty<FinanceRecord>(), "test", stream, TestContext.Current.CancellationToken);
        stream.Position = 0;
        var file = await ParquetFile.ReadAsync(stream);

        rows.Should().Be(0);
        file.Data.Should().BeEmpty();
        file.Schema.Fields.Select(f => f.Name).Should().StartWith(["id", "recipient_iso3", "title", "lender", "amount_usd", "amount_basis", "amount_price_year"]);
    }
}
