using System.Globalization;
using System.Reflection;
using System.Text;
using BriData.Loading;
using BriData.Tests.Reliability;

namespace BriData.Tests.Export;

/// <summary>
/// The public <see cref="CsvFormat"/> and <see cref="JsonLinesFormat"/> choose the columns by row type: every set's
/// record type (from the one list of sets, <see cref="DataSets.All"/>) and <see cref="TidyRow"/>; any other type is refused.
/// </summary>
public sealed class FormatByRowTypeTests
{
    private static readonly MethodInfo RoundTripMethod = typeof(FormatByRowTypeTests).GetMethod(nameof(RoundTrip), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static TheoryData<string> SetNames() => [.. DataSets.All.Select(d => d.Name)];

    [Theory]
    [MemberData(nameof(SetNames))]
    public void Every_set_is_written_and_read_back_by_its_record_type(string set)
    {
        var descriptor = DataSets.Find(set)!;
        var records = descriptor.Records(BriDataset.Default.ToContent())!;
        descriptor.Count(BriDataset.Default.ToContent()).Should().BePositive("the embedded release has records of every set");

        RoundTripMethod.MakeGenericMethod(descriptor.RecordType).Invoke(null, [records]);
    }

    [Fact]
    public void A_type_without_columns_is_refused_with_the_supported_types_named()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using var stream = new MemoryStream();
        var supported = DataSets.All.Select(d => d.RecordType.Name).Append(nameof(TidyRow)).ToList();
        Action[] calls =
        [
            () => CsvFormat.Write(["a"], writer),
            () => CsvFormat.Write(["a"], stream),
            () => CsvFormat.Read<string>(new StringReader("a\r\n")),
            () => JsonLinesFormat.Write([1], writer),
            () => JsonLinesFormat.Write([1], stream),
            () => JsonLinesFormat.Read<Uri>(new StringReader("{}\n")),
        ];

        foreach (var call in calls)
        {
            var message = call.Should().Throw<NotSupportedException>().Which.Message;
            message.Should().MatchRegex(@"no columns for System\.(String|Int32|Uri);");
            foreach (var name in supported)
            {
                message.Should().Contain(name);
            }
        }

        writer.ToString().Should().BeEmpty("nothing is written before the type is refused");
        stream.Length.Should().Be(0);
    }

    [Fact]
    public void Null_arguments_are_refused_before_the_type()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        ((Action)(() => CsvFormat.Write<TradeRecord>(null!, writer))).Should().Throw<ArgumentNullException>().WithParameterName("rows");
        ((Action)(() => CsvFormat.Write<string>([], (TextWriter)null!))).Should().Throw<ArgumentNullException>().WithParameterName("writer");
        ((Action)(() => JsonLinesFormat.Write<string>([], (Stream)null!))).Should().Throw<ArgumentNullException>().WithParameterName("stream");
        ((Action)(() => JsonLinesFormat.Read<string>(null!))).Should().Throw<ArgumentNullException>().WithParameterName("reader");
    }

    [Fact]
    public void Tidy_rows_get_their_dimension_columns_in_the_order_of_first_appearance()
    {
        var data = SmallRelease.Dataset();
        var trade = data.Trade.ToTidyRows().ToList();
        var events = data.Events.ToTidyRows().ToList();
        List<TidyRow> rows = [.. trade, .. events];
        var expected = trade[0].Dimensions.Select(d => d.Key)
            .Concat(rows.SelectMany(r => r.Dimensions.Select(d => d.Key)))
            .Distinct(StringComparer.Ordinal).ToList();

        var csv = Csv(rows);
        var header = csv[..csv.IndexOf(CsvFormat.LineEnd, StringComparison.Ordinal)].Split(',');
        header.Should().Equal(["set", "entity", .. expected, "measure", "value", "unit", "source_ids"]);
        Csv(rows).Should().Be(csv, "the same rows give the same text");

        var back = CsvFormat.Read<TidyRow>(new StringReader(csv));
        back.Should().HaveCount(rows.Count);
        back.Should().OnlyContain(r => r.Dimensions.Select(d => d.Key).SequenceEqual(expected), "every row read back has every column's dimension");
        back.Select(r => r.Dimension(expected[^1])).Should().Equal(rows.Select(r => r.Dimension(expected[^1])));

        var lines = JsonLines(rows);
        var backLines = JsonLinesFormat.Read<TidyRow>(new StringReader(lines));
        backLines.Should().BeEquivalentTo(back, o => o.ComparingRecordsByMembers().WithStrictOrdering());
    }

    [Fact]
    public void Tidy_rows_of_one_set_read_back_equal_in_both_formats()
    {
        var rows = SmallRelease.Dataset().Trade.ToTidyRows().ToList();

        CsvFormat.Read<TidyRow>(new StringReader(Csv(rows))).Should().BeEquivalentTo(rows, o => o.ComparingRecordsByMembers().WithStrictOrdering());
        JsonLinesFormat.Read<TidyRow>(new StringReader(JsonLines(rows))).Should().BeEquivalentTo(rows, o => o.ComparingRecordsByMembers().WithStrictOrdering());
    }

    [Fact]
    public void Tidy_rows_are_written_from_any_enumerable_and_none_give_a_header_only()
    {
        var rows = SmallRelease.Dataset().Trade.ToTidyRows();

        Csv(rows.Select(r => r)).Should().Be(Csv(rows.ToList()), "a lazy sequence is enumerated once and gives the same text");
        Csv(Array.Empty<TidyRow>()).Should().Be("set,entity,measure,value,unit,source_ids" + CsvFormat.LineEnd);
        JsonLines(Array.Empty<TidyRow>()).Should().BeEmpty();
        CsvFormat.Read<TidyRow>(new StringReader("set,entity,measure,value,unit,source_ids\r\n")).Should().BeEmpty();
    }

    [Fact]
    public void A_tidy_file_without_a_fixed_column_is_refused_with_its_file_and_line()
    {
        var act = () => CsvFormat.Read<TidyRow>(new StringReader("set,entity,year,measure,value,source_ids\r\ntrade,x,2020,m,1,[]\r\n"));

        act.Should().Throw<BriDataException>().Which.Problems.Should().ContainSingle()
            .Which.Should().Be(new DataProblem("tidy.csv", "$", 1, "the header lacks the column unit"));
    }

    [Fact]
    public void Tidy_columns_that_are_not_plain_names_are_ignored_when_reading()
    {
        var rows = CsvFormat.Read<TidyRow>(new StringReader("set,entity,year,a b,measure,value,unit,source_ids\r\ntrade,x,2020,y,m,1,count,[]\r\n"));

        rows.Should().ContainSingle().Which.Dimensions.Select(d => d.Key + "=" + d.Value).Should().Equal("year=2020");
    }

    private static void RoundTrip<T>(IReadOnlyList<T> records)
        where T : class
    {
        var schema = DataSets.All.OfType<DataSetDescriptor<T>>().Single().Schema;
        var names = schema.Columns.Select(c => c.Name).ToList();

        using var stream = new MemoryStream();
        CsvFormat.Write(records, stream);
        var csv = Encoding.UTF8.GetString(stream.ToArray());
        csv[..csv.IndexOf(CsvFormat.LineEnd, StringComparison.Ordinal)].Split(',').Should().Equal(names, "the header is the set's columns");
        CsvFormat.Read<T>(new StringReader(csv)).Should().BeEquivalentTo(records, o => o.ComparingRecordsByMembers().WithStrictOrdering(), schema.Name);

        using var lines = new MemoryStream();
        JsonLinesFormat.Write(records, lines);
        var text = Encoding.UTF8.GetString(lines.ToArray());
        JsonLinesFormat.Read<T>(new StringReader(text)).Should().BeEquivalentTo(records, o => o.ComparingRecordsByMembers().WithStrictOrdering(), schema.Name);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        JsonLinesFormat.Write(records, writer);
        writer.ToString().Should().Be(text, "the stream and writer overloads write the same text");
    }

    private static string Csv(IEnumerable<TidyRow> rows)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        CsvFormat.Write(rows, writer);
        return writer.ToString();
    }

    private static string JsonLines(IEnumerable<TidyRow> rows)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        JsonLinesFormat.Write(rows, writer);
        return writer.ToString();
    }
}
