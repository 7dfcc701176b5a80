using BriData.Sets;
using System.Globalization;
using System.Text;
using BriData.Formats;
using BriData.Tests.Reliability;

namespace BriData.Tests.Export;

/// <summary>JSON Lines exports: one compact object per line, typed values, and reading back.</summary>
public sealed class JsonLinesExportTests
{
    private static readonly BriDataset Data = SmallRelease.Dataset();

    [Fact]
    public void Trade_is_one_json_object_per_line_with_numbers_booleans_and_arrays()
    {
        var text = Write(Data.Trade.Take(1), ColumnTables.Trade);

        text.Should().Be("{\"reporter_iso3\":\"CHN\",\"partner_iso3\":\"PER\",\"flow\":\"ExportsFob\",\"year\":2019,\"value_usd_millions\":100.50,\"is_estimate\":false,\"source_ids\":[\"src-a\"]}\n");
    }

    [Fact]
    public void Missing_values_are_null_nested_records_are_objects_and_non_ascii_text_is_kept()
    {
        var text = Write(Data.Events.Take(2), ColumnTables.Events);
        var lines = text.Split('\n');

        lines.Should().HaveCount(3);
        lines[2].Should().BeEmpty();
        lines[0].Should().Contain("\"end_date\":null").And.Contain("\"alternative_dates\":[]");
        lines[1].Should().Contain("\"alternative_dates\":[{\"date\":\"2009-04-28\",\"note\":\"day from source B\",\"sourceIds\":[\"src-b\"]}]");
        Write(Data.Countries.Take(1), ColumnTables.Countries).Should().Contain("\"name_zh\":\"阿根廷\"");
    }

    [Fact]
    public void Stream_and_text_writer_output_are_the_same_utf8()
    {
        using var stream = new MemoryStream();
        JsonLinesFormat.Write(Data.Projects, ColumnTables.Projects, stream);

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(Write(Data.Projects, ColumnTables.Projects));
    }

    [Fact]
    public void Every_set_reads_back_equal_to_what_was_written()
    {
        RoundTrip(Data.Sources, ColumnTables.Sources);
        RoundTrip(Data.Countries, ColumnTables.Countries);
        RoundTrip(Data.Events, ColumnTables.Events);
        RoundTrip(Data.Trade, ColumnTables.Trade);
        RoundTrip(Data.Indicators, ColumnTables.Indicators);
        RoundTrip(Data.Finance, ColumnTables.Finance);
        RoundTrip(Data.Investments, ColumnTables.Investments);
        RoundTrip(Data.Projects, ColumnTables.Projects);
        RoundTrip(Data.Initiatives, ColumnTables.Initiatives);
        RoundTrip(Data.TradeHighlights, ColumnTables.TradeHighlights);
        RoundTrip(Data.Claims, ColumnTables.Claims);
    }

    [Fact]
    public void Reading_accepts_crlf_blank_lines_missing_and_unknown_properties()
    {
        var text = "{\"year\":2019,\"flow\":\"ExportsFob\",\"reporter_iso3\":\"PER\",\"partner_iso3\":\"CHN\",\"value_usd_millions\":1.5,\"is_estimate\":true,\"source_ids\":[\"a\"],\"future\":{\"x\":1}}\r\n\r\n";

        var row = JsonLinesFormat.Read(new StringReader(text), ColumnTables.Trade).Should().ContainSingle().Subject;

        row.ValueUsdMillions.Should().Be(1.5m);
        row.IsEstimate.Should().BeTrue();
    }

    [Fact]
    public void A_value_of_the_wrong_json_type_is_a_problem_at_its_row_and_column()
    {
        var text = "{\"reporter_iso3\":\"PER\",\"partner_iso3\":\"CHN\",\"flow\":\"ExportsFob\",\"year\":\"2019\",\"value_usd_millions\":1.5,\"is_estimate\":true,\"source_ids\":[\"a\"]}\n";
        var act = () => JsonLinesFormat.Read(new StringReader(text), ColumnTables.Trade);
        act.Should().Throw<BriDataException>().Which.Problems.Should().Equal(new DataProblem("trade.jsonl", "$[0].year", 1, "expected a number, found a JSON string"));
    }

    private static void RoundTrip<T>(IEnumerable<T> rows, ColumnTable<T> schema)
    {
        var list = rows.ToList();
        var back = JsonLinesFormat.Read(new StringReader(Write(list, schema)), schema);
        back.Should().BeEquivalentTo(list, o => o.ComparingRecordsByMembers().WithStrictOrdering(), schema.Name);
    }

    private static string Write<T>(IEnumerable<T> rows, ColumnTable<T> schema)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        JsonLinesFormat.Write(rows, schema, writer);
        return writer.ToString();
    }
}
