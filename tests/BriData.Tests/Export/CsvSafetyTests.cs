using BriData.Sets;
using BriData.Formats;
using BriData.Tests.Reliability;

namespace BriData.Tests.Export;

/// <summary>
/// Issue 14, faults 5 and 12: a CSV row with an extra field is reported and reading goes on (later bad rows are
/// reported too); text cells that a spreadsheet would run as formulas are neutralised by default, reversibly.
/// </summary>
public sealed class CsvSafetyTests
{
    private static readonly ColumnTable<(string? A, decimal? B)> Schema = new(
        "pairs",
        [ColumnFactory.Text<(string? A, decimal? B)>("a", r => r.A, "a"), ColumnFactory.Decimal<(string? A, decimal? B)>("b", r => r.B, "b")],
        row => (row.GetText("a"), row.GetNullableDecimal("b")));

    private static string Write(IEnumerable<(string? A, decimal? B)> rows, CsvWriteOptions? options = null)
    {
        using var writer = new StringWriter();
        CsvFormat.Write(rows, Schema, writer, options);
        return writer.ToString();
    }

    [Fact]
    public void A_row_with_an_extra_field_does_not_stop_the_reading()
    {
        const string text = "a,b\r\nx,1\r\ny,2,extra\r\nz\r\nw,not-a-number\r\n";
        var act = () => CsvFormat.Read(new StringReader(text), Schema);
        act.Should().Throw<BriDataException>().Which.Problems.Should().Equal(
            new DataProblem("pairs.csv", "$[1]", 3, "the row has 3 fields; the header has 2"),
            new DataProblem("pairs.csv", "$[2]", 4, "the row has 1 fields; the header has 2"),
            new DataProblem("pairs.csv", "$[3].b", 5, "'not-a-number' is not a decimal number within ±7.9e28 (invariant form, no exponent)"));
    }

    [Fact]
    public void A_row_with_very_many_extra_fields_is_counted_not_kept()
    {
        var text = "a,b\r\nx," + string.Join(',', Enumerable.Repeat("1", 5000)) + "\r\ny,not-a-number\r\n";
        var act = () => CsvFormat.Read(new StringReader(text), Schema);
        act.Should().Throw<BriDataException>().Which.Problems.Select(p => p.Reason).Should().Equal(
            "the row has 5001 fields; the header has 2",
            "'not-a-number' is not a decimal number within ±7.9e28 (invariant form, no exponent)");
    }

    [Theory]
    [InlineData("=HYPERLINK(\"https://evil.example\")")]
    [InlineData("+cmd|' /C calc'!A0")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A9)")]
    [InlineData("\t=1")]
    [InlineData("\r=1")]
    [InlineData("'=1")]
    [InlineData("''@x")]
    public void Formula_cells_are_neutralised_and_read_back_as_they_were(string value)
    {
        var text = Write([(value, -5m)]);
        var cell = text.Split("\r\n", 2)[1];
        cell.TrimStart('"').Should().StartWith("'" + value[..Math.Min(1, value.Length)]);
        text.Should().Contain(",-5\r\n", "numbers are never neutralised");
        CsvFormat.Read(new StringReader(text), Schema).Should().Equal((value, -5m));
    }

    [Theory]
    [InlineData("'quoted")]
    [InlineData("plain")]
    [InlineData("a=b")]
    public void Other_cells_are_written_as_they_are(string value)
    {
        Write([(value, 1m)]).Should().Be("a,b\r\n" + value + ",1\r\n");
        CsvFormat.Read(new StringReader(Write([(value, 1m)])), Schema).Should().Equal((value, 1m));
    }

    [Fact]
    public void Neutralisation_can_be_turned_off()
    {
        Write([("=1+1", 1m)], new CsvWriteOptions { NeutralizeFormulas = false }).Should().Be("a,b\r\n=1+1,1\r\n");
        Write([("=1+1", 1m)]).Should().Be("a,b\r\n'=1+1,1\r\n");
    }

    [Fact]
    public void A_release_saved_as_csv_neutralises_formulas_and_loads_back_equal()
    {
        var content = SmallRelease.Content();
        var data = BriDataset.Create(content with { Sources = [content.Sources[0] with { Title = "=HYPERLINK(\"https://evil.example\",\"click\")" }, .. content.Sources.Skip(1)] });
        using var folder = new ReleaseFolder(DataFileFormat.Csv, data);
        folder.Read("sources.csv").Should().Contain("\"'=HYPERLINK(");
        folder.Load().Sources[0].Title.Should().Be("=HYPERLINK(\"https://evil.example\",\"click\")");
    }
}
