namespace BriData.DataTests;

/// <summary>
/// The finance field added in the structure issue (12) to show a field added through the record, its column table and
/// the data only: <see cref="FinanceRecord.IncomeGroup"/>, AidData's OECD ODA income group of the recipient at
/// commitment, read from the detailed extract (aiddata-gcdf3, gcdf3_df_filtered_lac.csv).
/// </summary>
public sealed class FinanceIncomeGroupTests
{
    private static readonly BriDataset Data = BriDataset.Default;

    [Theory]
    [InlineData(64617, "Upper middle income")] // Costa Rica in the extract
    [InlineData(60290, "Upper middle income")] // Brazil
    [InlineData(54912, "Upper middle income")] // Antigua and Barbuda
    public void A_record_of_the_extract_carries_its_income_group(int id, string group)
    {
        Data.Finance.Get(id).IncomeGroup.Should().Be(group);
    }

    [Fact]
    public void A_recipient_off_the_oda_list_has_no_income_group_rather_than_the_text_na()
    {
        // AidData writes NA for Trinidad and Tobago's record 59995 (high income, not on the OECD ODA list).
        Data.Finance.Get(59995).IncomeGroup.Should().BeNull();
    }

    [Fact]
    public void Only_records_of_the_detailed_extract_have_an_income_group_and_the_groups_are_oecd_ones()
    {
        var grouped = Data.Finance.Where(f => f.IncomeGroup is not null).ToList();
        grouped.Should().NotBeEmpty();
        grouped.Should().OnlyContain(f => f.SourceIds.Contains("aiddata-gcdf3-extract"));
        grouped.Select(f => f.IncomeGroup).Distinct(StringComparer.Ordinal)
            .Should().BeSubsetOf(["Low income", "Lower middle income", "Upper middle income"]);
    }

    [Fact]
    public void The_field_reaches_the_csv_export_through_the_column_table()
    {
        using var writer = new StringWriter();
        CsvFormat.Write(Data.Finance.Where(f => f.Id == 64617), writer);
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].TrimEnd('\r').Split(',');
        var column = Array.IndexOf(header, "income_group");
        column.Should().BeGreaterThan(0, "the finance column table has an income_group column");
        lines[1].Should().Contain("Upper middle income");
    }
}
