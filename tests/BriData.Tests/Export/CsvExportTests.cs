using BriData.Sets;
using System.Globalization;
using System.Text;
using BriData.Formats;
using BriData.Tests.Reliability;

namespace BriData.Tests.Export;

/// <summary>CSV exports: RFC 4180 text, units in headers, invariant numbers, ISO dates, and reading back.</summary>
public sealed class CsvExportTests
{
    private static readonly BriDataset Data = SmallRelease.Dataset();

    [Fact]
    public void Trade_is_written_as_rfc4180_with_units_in_the_header()
    {
        var text = Write(Data.Trade, ColumnTables.Trade);

        text.Should().Be(
            "reporter_iso3,partner_iso3,flow,year,value_usd_millions,is_estimate,source_ids\r\n" +
            "CHN,PER,ExportsFob,2019,100.50,false,\"[\"\"src-a\"\"]\"\r\n" +
            "PER,CHN,ExportsFob,2019,200.25,true,\"[\"\"src-a\"\"]\"\r\n" +
            "PER,WLD,ImportsCif,2019,1000,false,\"[\"\"src-a\"\"]\"\r\n");
    }

    [Fact]
    public void Quotes_commas_and_line_breaks_are_quoted_missing_values_are_empty_and_dates_are_iso()
    {
        var text = Write(Data.Sources, ColumnTables.Sources);

        text.Should().Be(
            "id,kind,publisher,title,address,published,licence,version,retrieved_on,note\r\n" +
            "src-a,Dataset,Test Publisher A,Test dataset A,https://example.org/a,,CC BY 4.0,1.0,2026-01-10,\r\n" +
            "src-b,NewsArticle,Test Publisher B,\"Test article B, \"\"quoted\"\"\",https://example.org/b,2024-11,All rights reserved,,2026-01-11,\"line one\nline two\"\r\n");
    }

    [Fact]
    public void Money_is_written_in_plain_dollars_with_its_basis_and_price_year()
    {
        var records = Records(Write(Data.Finance, ColumnTables.Finance));
        var header = records[0];
        string Cell(int row, string column) => records[row][header.IndexOf(column)];

        Cell(1, "title").Should().Be("Loan A, phase 1");
        Cell(1, "amount_usd").Should().Be("100000000.25");
        Cell(1, "amount_basis").Should().Be("ConstantUsd2021");
        Cell(1, "amount_price_year").Should().BeEmpty();
        Cell(2, "amount_usd").Should().BeEmpty("a missing amount is an empty field, never zero");
        Records(Write(Data.Investments, ColumnTables.Investments)).Skip(1).Select(r => (r[5], r[6], r[7]))
            .Should().Equal(("300000000", "NominalUsd", "2015"), ("120500000.0", "NominalUsd", "2018"));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("zh-CN")]
    public void Output_does_not_depend_on_the_current_culture(string culture)
    {
        var invariant = Write(Data.Indicators, ColumnTables.Indicators);
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            Write(Data.Indicators, ColumnTables.Indicators).Should().Be(invariant);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        invariant.Should().Contain("PER,2019,32000000,230000000000.5,");
    }

    [Fact]
    public void An_empty_string_is_quoted_so_that_it_differs_from_a_missing_value()
    {
        var schema = new ColumnTable<(string? A, string? B)>("pairs", [ColumnFactory.Text<(string? A, string? B)>("a", r => r.A, "a"), ColumnFactory.Text<(string? A, string? B)>("b", r => r.B, "b")], row => (row.GetText("a"), row.GetText("b")));
        var text = Write([(string.Empty, null), (" padded ", "x")], schema);

        text.Should().Be("a,b\r\n\"\",\r\n\" padded \",x\r\n");
        CsvFormat.Read(new StringReader(text), schema).Should().Equal((string.Empty, null), (" padded ", "x"));
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
    public void Writing_to_a_stream_gives_utf8_without_a_byte_order_mark()
    {
        using var stream = new MemoryStream();
        CsvFormat.Write(Data.Countries, ColumnTables.Countries, stream);
        var bytes = stream.ToArray();

        bytes.AsSpan(0, 4).ToArray().Should().Equal("iso3"u8.ToArray());
        Encoding.UTF8.GetString(bytes).Should().Contain("秘鲁").And.Contain("Perú");
    }

    [Fact]
    public void Reading_accepts_a_byte_order_mark_lf_line_ends_reordered_and_unknown_columns()
    {
        var text = "\uFEFFextra,year,reporter_iso3,partner_iso3,flow,value_usd_millions,is_estimate,source_ids\n" +
                   "ignored,2019,PER,CHN,ImportsCif,12.5,false,\"[\"\"src-a\"\"]\"\n\n";

        var rows = CsvFormat.Read(new StringReader(text), ColumnTables.Trade);

        rows.Should().ContainSingle().Which.Should().BeEquivalentTo(new TradeRecord
        {
            Reporter = SmallRelease.Per, Partner = SmallRelease.Chn, Flow = TradeFlow.ImportsCif, Year = 2019, ValueUsdMillions = 12.5m, IsEstimate = false, SourceIds = ["src-a"],
        });
    }

    [Fact]
    public void A_schema_without_a_reader_cannot_read()
    {
        var schema = new ColumnTable<int>("numbers", [ColumnFactory.Integer<int>("n", n => n, "a number")]);
        var act = () => CsvFormat.Read(new StringReader("n\r\n1\r\n"), schema);
        act.Should().Throw<InvalidOperationException>().WithMessage("*cannot read rows back*");
    }

    [Fact]
    public void Column_names_must_be_plain_and_unique()
    {
        var badName = () => ColumnFactory.Text<int>("value usd", _ => null, "x");
        badName.Should().Throw<ArgumentException>().WithMessage("*ASCII letters, digits and underscores*");
        var quoted = () => ColumnFactory.Text<int>("a,b", _ => null, "x");
        quoted.Should().Throw<ArgumentException>();
        ColumnFactory.Text<int>("asOf_2", _ => null, "x").Name.Should().Be("asOf_2");
        var twice = () => new ColumnTable<int>("x", [ColumnFactory.Text<int>("a", _ => null, "x"), ColumnFactory.Text<int>("a", _ => null, "x")]);
        twice.Should().Throw<ArgumentException>().WithMessage("*appears twice*");
    }

    private static List<List<string>> Records(string csv)
    {
        var parser = new CsvParser(new StringReader(csv), 1000);
        var fields = new List<(string Text, bool Quoted)>();
        var records = new List<List<string>>();
        while (parser.TryReadRecord(fields))
        {
            records.Add(fields.Select(f => f.Text).ToList());
        }

        return records;
    }

    private static void RoundTrip<T>(IEnumerable<T> rows, ColumnTable<T> schema)
    {
        var list = rows.ToList();
        var back = CsvFormat.Read(new StringReader(Write(list, schema)), schema);
        back.Should().BeEquivalentTo(list, o => o.ComparingRecordsByMembers().WithStrictOrdering(), schema.Name);
    }

    private static string Write<T>(IEnumerable<T> rows, ColumnTable<T> schema)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        CsvFormat.Write(rows, schema, writer);
        return writer.ToString();
    }
}
