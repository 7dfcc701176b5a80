using System.Text;

namespace BriData.Tests.Reliability;

/// <summary>
/// Damaged CSV and JSON Lines releases (as written by <see cref="BriDataset.Save(string, DataFileFormat)"/>) and the
/// exact problem reported: the file, the row and column (<c>$[row].column</c>) or JSON path, the line and the reason.
/// </summary>
public sealed class BadExportInputTests
{
    private const string TradeRow1 = "CHN,PER,ExportsFob,2019,100.50,false,\"[\"\"src-a\"\"]\"";

    private static DataProblem Only(IReadOnlyList<DataProblem> problems)
    {
        problems.Should().ContainSingle();
        return problems[0];
    }

    [Fact]
    public void A_csv_release_loads_back()
    {
        using var folder = new ReleaseFolder(DataFileFormat.Csv);
        folder.Load().Trade.Should().HaveCount(3);
        File.Exists(folder.FilePath("trade.csv")).Should().BeTrue();
        folder.Read("manifest.json").Should().Contain("\"file\": \"trade.csv\"");
    }

    [Fact]
    public void An_unterminated_quote_names_the_line_where_the_field_starts()
    {
        using var folder = new ReleaseFolder(DataFileFormat.Csv);
        var text = folder.Read("trade.csv");
        folder.Write("trade.csv", text[..^3] + "\r\n");
        Only(folder.Problems()).Should().Be(new DataProblem("trade.csv", "$", 4, "the file is not valid CSV: a quoted field is not closed before the end of the file"));
    }

    [Fact]
    public void A_row_with_too_few_fields_is_refused()
    {
        using var folder = new ReleaseFolder(DataFileFormat.Csv);
        folder.Replace("trade.csv", TradeRow1, "CHN,PER,ExportsFob,2019,100.50");
        Only(folder.Problems()).Should().Be(new DataProblem("trade.csv", "$[0]", 2, "the row has 5 fields; the header has 7"));
    }

    [Fact]
    public void A_stray_quote_in_an_unquoted_field_is_refused()
    {
        using var folder = new ReleaseFolder(DataFileFormat.Csv);
        folder.Replace("trade.csv", "CHN,PER,ExportsFob", "CHN,P\"ER,ExportsFob");
        Only(folder.Problems()).Should().Be(new DataProblem("trade.csv", "$", 2, "the file is not valid CSV: a double quote inside an unquoted field (quote the whole field and double the quote)"));
    }

    [Fact]
    public void A_decimal_comma_is_not_a_number()
    {
        using var folder = new ReleaseFolder(DataFileFormat.Csv);
        folder.Replace("trade.csv", TradeRow1, "CHN,PER,ExportsFob,2019,\"100,50\",false,\"[\"\"src-a\"\"]\"");
        Only(folder.Problems()).Should().Be(new DataProblem("trade.csv", "$[0].value_usd_millions", 2, "'100,50' is not a decimal number within ±7.9e28 (invariant form, no exponent)"));
    }

    [Fact]
    public void A_missing_column_is_refused_once_for_the_file()
    {
        using var folder = new ReleaseFolder(DataFileFormat.Csv);
        folder.Replace("trade.csv", ",is_estimate,", ",estimate,");
        Only(folder.Problems()).Should().Be(new DataProblem("trade.csv", "$", 1, "the header lacks the column is_estimate"));
    }

    [Fact]
    public void A_column_named_twice_is_refused()
    {
        using var folder = new ReleaseFolder(DataFileFormat.Csv);
        folder.Replace("trade.csv", "reporter_iso3,partner_iso3", "reporter_iso3,reporter_iso3");
        Only(folder.Problems()).Should().Be(new DataProblem("trade.csv", "$", 1, "the header names column 'reporter_iso3' twice"));
    }

    [Fact]
    public void An_empty_field_where_a_value_is_required_is_refused()
    {
        using var folder = new ReleaseFolder(DataFileFormat.Csv);
        folder.Replace("trade.csv", TradeRow1, "CHN,PER,,2019,100.50,false,\"[\"\"src-a\"\"]\"");
        Only(folder.Problems()).Should().Be(new DataProblem("trade.csv", "$[0].flow", 2, "a value is required"));
    }

    [Fact]
    public void An_unknown_enum_name_in_csv_is_refused()
    {
        using var folder = new ReleaseFolder(DataFileFormat.Csv);
        folder.Replace("trade.csv", TradeRow1, "CHN,PER,Exports,2019,100.50,false,\"[\"\"src-a\"\"]\"");
        Only(folder.Problems()).Should().Be(new DataProblem("trade.csv", "$[0].flow", 2, "'Exports' is not a TradeFlow (expected one of: ExportsFob, ImportsCif)"));
    }

    [Fact]
    public void Malformed_json_in_a_list_column_is_refused()
    {
        using var folder = new ReleaseFolder(DataFileFormat.Csv);
        folder.Replace("trade.csv", TradeRow1, "CHN,PER,ExportsFob,2019,100.50,false,\"[\"\"src-a\"\"\"");
        var problem = Only(folder.Problems());
        problem.File.Should().Be("trade.csv");
        problem.Path.Should().Be("$[0].source_ids");
        problem.Line.Should().Be(2);
        problem.Reason.Should().StartWith("invalid JSON: ");
    }

    [Fact]
    public void Invalid_utf8_in_csv_names_its_line()
    {
        using var folder = new ReleaseFolder(DataFileFormat.Csv);
        var bytes = File.ReadAllBytes(folder.FilePath("countries.csv"));
        var at = bytes.AsSpan().IndexOf("Lima"u8);
        bytes[at] = 0xFF;
        folder.WriteBytes("countries.csv", bytes);
        var line = Encoding.UTF8.GetString(bytes.AsSpan(0, at)).Count('\n') + 1;
        Only(folder.Problems()).Should().Be(new DataProblem("countries.csv", "$", line, "the file is not valid UTF-8"));
    }

    [Fact]
    public void A_semantic_problem_in_csv_names_the_file_and_the_record_line()
    {
        using var folder = new ReleaseFolder(DataFileFormat.Csv);
        folder.Replace("trade.csv", "PER,WLD,ImportsCif", "PER,XYZ,ImportsCif");
        Only(folder.Problems()).Should().Be(new DataProblem("trade.csv", "$.records[2].partner", 4, "unknown partner XYZ"));
    }

    [Fact]
    public void A_field_longer_than_the_limit_is_refused()
    {
        using var folder = new ReleaseFolder(DataFileFormat.Csv);
        folder.Replace("sources.csv", "Test Publisher A", new string('x', 400));
        Only(folder.Problems(new BriLoadOptions { MaxStringLength = 300 })).Should().Be(
            new DataProblem("sources.csv", "$", 2, "the file is not valid CSV: a field longer than 300 chars exceeds the limit (BriLoadOptions.MaxStringLength)"));
    }

    [Fact]
    public void A_json_lines_release_loads_back()
    {
        using var folder = new ReleaseFolder(DataFileFormat.JsonLines);
        folder.Load().Claims.Should().HaveCount(2);
    }

    [Fact]
    public void A_json_lines_line_that_is_not_json_is_refused()
    {
        using var folder = new ReleaseFolder(DataFileFormat.JsonLines);
        folder.Replace("trade.jsonl", "\"year\":2019", "\"year\":2019,,");
        Only(folder.Problems()).Should().Be(new DataProblem("trade.jsonl", "$[0]", 1, "the line is not valid JSON: ',' is an invalid start of a property name. Expected a '\"'"));
    }

    [Fact]
    public void A_json_lines_line_that_is_not_an_object_is_refused()
    {
        using var folder = new ReleaseFolder(DataFileFormat.JsonLines);
        folder.Write("trade-highlights.jsonl", "[1, 2]\n");
        Only(folder.Problems()).Should().Be(new DataProblem("trade-highlights.jsonl", "$[0]", 1, "the line is not a JSON object"));
    }

    [Fact]
    public void A_json_lines_duplicate_property_is_refused()
    {
        using var folder = new ReleaseFolder(DataFileFormat.JsonLines);
        folder.Replace("trade.jsonl", "\"year\":2019", "\"year\":2019,\"year\":2020");
        Only(folder.Problems()).Should().Be(new DataProblem("trade.jsonl", "$[0].year", 1, "the property 'year' appears twice"));
    }

    [Fact]
    public void A_json_lines_semantic_problem_names_the_line()
    {
        using var folder = new ReleaseFolder(DataFileFormat.JsonLines);
        folder.Replace("claims.jsonl", "\"src-b\"", "\"src-zzz\"");
        Only(folder.Problems()).Should().Be(new DataProblem("claims.jsonl", "$.records[0].sourceIds", 1, "source 'src-zzz' does not exist in the sources set"));
    }

    [Fact]
    public void Json_text_after_the_object_on_a_line_is_refused()
    {
        using var folder = new ReleaseFolder(DataFileFormat.JsonLines);
        var text = folder.Read("trade-highlights.jsonl");
        folder.Write("trade-highlights.jsonl", text.TrimEnd('\n') + " {}\n");
        Only(folder.Problems()).Should().Be(new DataProblem("trade-highlights.jsonl", "$[0]", 1, "the line is not valid JSON: '{' is invalid after a single JSON value. Expected end of data"));
    }
}
