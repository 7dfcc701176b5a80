using System.Text;

namespace BriData.Tests.Reliability;

/// <summary>
/// Damaged copies of a small valid release, one fault each, and the exact problem BriData reports for it: the
/// file, the JSON path, the line and the reason. Each load must fail with <see cref="BriDataException"/> alone.
/// </summary>
public sealed class BadInputTests
{
    private static DataProblem Only(IReadOnlyList<DataProblem> problems)
    {
        problems.Should().ContainSingle();
        return problems[0];
    }

    // 1. Syntax and encoding -----------------------------------------------------------------------------

    [Fact]
    public void Truncated_json_names_the_file_and_the_last_line()
    {
        using var folder = new ReleaseFolder();
        var text = folder.Read("trade.json");
        folder.Write("trade.json", text[..(text.Length / 2)]);
        var lines = folder.Read("trade.json").Count('\n') + 1;

        var problem = Only(folder.Problems());

        problem.File.Should().Be("trade.json");
        problem.Line.Should().Be(lines);
        problem.Reason.Should().StartWith("the file is not valid JSON: ");
    }

    [Fact]
    public void An_empty_file_is_reported_as_empty()
    {
        using var folder = new ReleaseFolder();
        folder.Write("claims.json", string.Empty);
        Only(folder.Problems()).Should().Be(new DataProblem("claims.json", "$", 1, "the file is empty"));
    }

    [Fact]
    public void A_trailing_comma_is_invalid_json()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("claims.json", "\"src-b\"\n", "\"src-b\",\n");
        var line = folder.LineOf("claims.json", "\"src-b\",") + 1;
        var problem = Only(folder.Problems());
        problem.File.Should().Be("claims.json");
        problem.Line.Should().Be(line);
        problem.Reason.Should().StartWith("the file is not valid JSON: ");
    }

    [Fact]
    public void A_comment_is_invalid_json()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("trade.json", "\"records\": [", "\"records\": [ // the rows");
        var problem = Only(folder.Problems());
        problem.Should().Be(new DataProblem("trade.json", "$.records", 4, "the file is not valid JSON: '/' is invalid after a value. Expected either ',', '}', or ']'"));
    }

    [Fact]
    public void NaN_as_a_bare_token_is_invalid_json()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("trade.json", "\"valueUsdMillions\": 100.50", "\"valueUsdMillions\": NaN");
        var line = folder.LineOf("trade.json", "NaN");
        var problem = Only(folder.Problems());
        problem.Should().Be(new DataProblem("trade.json", "$.records[0].valueUsdMillions", line, "the file is not valid JSON: 'N' is an invalid start of a value"));
    }

    [Fact]
    public void Invalid_utf8_in_a_string_is_refused_with_its_line()
    {
        using var folder = new ReleaseFolder();
        var bytes = File.ReadAllBytes(folder.FilePath("sources.json"));
        var marker = Encoding.UTF8.GetBytes("Test Publisher A");
        var at = bytes.AsSpan().IndexOf(marker);
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;
        folder.WriteBytes("sources.json", bytes);
        var line = Encoding.UTF8.GetString(bytes.AsSpan(0, at)).Count('\n') + 1;

        Only(folder.Problems()).Should().Be(new DataProblem("sources.json", "$.records[0].publisher", line, "a string is not valid UTF-8"));
    }

    [Fact]
    public void An_unpaired_surrogate_escape_is_refused()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("sources.json", "Test Publisher A", "Test \\ud800 Publisher");
        var line = folder.LineOf("sources.json", "\\ud800");
        Only(folder.Problems()).Should().Be(new DataProblem("sources.json", "$.records[0].publisher", line, "a string holds an invalid escape (an unpaired surrogate)"));
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_accepted_and_ignored()
    {
        using var folder = new ReleaseFolder();
        folder.WriteBytes("trade.json", [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(folder.FilePath("trade.json"))]);
        folder.WriteBytes("manifest.json", [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(folder.FilePath("manifest.json"))]);
        folder.Load().Trade.Should().HaveCount(3);
    }

    [Fact]
    public void A_utf16_file_is_refused_as_not_utf8()
    {
        using var folder = new ReleaseFolder();
        var text = folder.Read("events.json");
        folder.WriteBytes("events.json", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);
        Only(folder.Problems()).Should().Be(new DataProblem("events.json", "$", 1, "the file starts with a UTF-16 byte order mark; BriData reads UTF-8 only"));
    }

    // 2. Types and shapes ----------------------------------------------------------------------------------

    [Fact]
    public void A_number_given_as_a_string_is_a_type_error_at_its_path()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("trade.json", "\"year\": 2019", "\"year\": \"2019\"");
        var line = folder.LineOf("trade.json", "\"year\": \"2019\"");
        Only(folder.Problems()).Should().Be(new DataProblem("trade.json", "$.records[0].year", line, "Cannot get the value of a token type 'String' as a number."));
    }

    [Fact]
    public void A_string_where_a_list_belongs_is_a_type_error()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("claims.json", "\"sourceIds\": [\n        \"src-b\"\n      ]", "\"sourceIds\": \"src-b\"");
        var line = folder.LineOf("claims.json", "\"sourceIds\": \"src-b\"");
        Only(folder.Problems()).Should().Be(new DataProblem("claims.json", "$.records[0].sourceIds", line, "The JSON value could not be converted to System.Collections.Generic.IReadOnlyList`1[System.String]."));
    }

    [Fact]
    public void Every_bad_record_in_a_file_is_reported_not_just_the_first()
    {
        using var folder = new ReleaseFolder();
        var text = folder.Read("trade.json").Replace("\"year\": 2019", "\"year\": true", StringComparison.Ordinal);
        folder.Write("trade.json", text);

        var problems = folder.Problems();

        problems.Select(p => p.Path).Should().Equal("$.records[0].year", "$.records[1].year", "$.records[2].year");
        problems.Select(p => p.Line).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        problems.Should().OnlyContain(p => p.File == "trade.json" && p.Reason == "Cannot get the value of a token type 'True' as a number.");
    }

    [Fact]
    public void A_missing_required_property_is_named()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("trade.json", "\"flow\": \"ExportsFob\",\n", string.Empty);
        var problem = Only(folder.Problems());
        problem.File.Should().Be("trade.json");
        problem.Path.Should().Be("$.records[0]");
        problem.Reason.Should().Be("JSON deserialization for type 'BriData.TradeRecord' was missing required properties including: 'flow'.");
    }

    [Fact]
    public void Json_null_in_a_non_nullable_member_is_refused()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("events.json", "\"title\": \"Peru and the PRC establish relations\"", "\"title\": null");
        var line = folder.LineOf("events.json", "\"title\": null");
        var problem = Only(folder.Problems());
        problem.Should().Be(new DataProblem("events.json", "$.records[0].title", line, "The constructor parameter 'Title' on type 'BriData.PolicyEvent' doesn't allow null values. Consider updating its nullability annotation."));
    }

    [Fact]
    public void A_duplicate_property_is_refused()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("trade.json", "\"year\": 2019,", "\"year\": 2019,\n      \"year\": 2020,");
        var line = folder.LineOf("trade.json", "\"year\": 2020");
        var problem = Only(folder.Problems());
        problem.Should().Be(new DataProblem("trade.json", "$.records[0].year", line, "Duplicate property 'year' encountered during deserialization of type 'BriData.TradeRecord'."));
    }

    [Fact]
    public void A_null_record_is_refused()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("trade-highlights.json", "\"records\": [\n", "\"records\": [\n    null,\n");
        folder.Replace("manifest.json", "\"file\": \"trade-highlights.json\",\n      \"count\": 1", "\"file\": \"trade-highlights.json\",\n      \"count\": 2");
        Only(folder.Problems()).Should().Be(new DataProblem("trade-highlights.json", "$.records[0]", 5, "record is null"));
    }

    [Fact]
    public void An_unknown_enum_name_lists_the_allowed_names()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("trade.json", "\"flow\": \"ExportsFob\"", "\"flow\": \"Exports\"");
        var line = folder.LineOf("trade.json", "\"Exports\"");
        Only(folder.Problems()).Should().Be(new DataProblem("trade.json", "$.records[0].flow", line, "'Exports' is not a TradeFlow (expected one of: ExportsFob, ImportsCif)"));
    }

    [Fact]
    public void An_enum_given_as_a_number_is_refused()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("trade.json", "\"flow\": \"ExportsFob\"", "\"flow\": 1");
        var line = folder.LineOf("trade.json", "\"flow\": 1");
        Only(folder.Problems()).Should().Be(new DataProblem("trade.json", "$.records[0].flow", line, "expected a TradeFlow name as a string, found Number (expected one of: ExportsFob, ImportsCif)"));
    }

    [Fact]
    public void An_enum_in_the_wrong_case_or_combined_with_commas_is_refused()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("trade.json", "\"flow\": \"ExportsFob\"", "\"flow\": \"exportsfob\"");
        folder.Replace("trade.json", "\"flow\": \"ExportsFob\"", "\"flow\": \"ExportsFob, ImportsCif\"");
        folder.Problems().Select(p => p.Reason).Should().Equal(
            "'exportsfob' is not a TradeFlow (expected one of: ExportsFob, ImportsCif)",
            "'ExportsFob, ImportsCif' is not a TradeFlow (expected one of: ExportsFob, ImportsCif)");
    }

    [Fact]
    public void Unknown_properties_are_ignored_for_forward_compatibility()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("trade.json", "\"year\": 2019,", "\"year\": 2019,\n      \"futureField\": {\"$type\": \"System.IO.FileInfo\", \"nested\": [1, 2]},");
        folder.Replace("manifest.json", "\"formatVersion\": 1,", "\"formatVersion\": 1,\n  \"generator\": \"a future builder\",");
        folder.Load().Trade[0].Year.Should().Be(2019);
    }

    // 3. Values -------------------------------------------------------------------------------------------

    [Fact]
    public void A_malformed_country_code_is_refused()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("trade.json", "\"partner\": \"PER\"", "\"partner\": \"PE\"");
        var line = folder.LineOf("trade.json", "\"PE\"");
        Only(folder.Problems()).Should().Be(new DataProblem("trade.json", "$.records[0].partner", line, "'PE' is not an alpha-3 country code"));
    }

    [Fact]
    public void An_unknown_country_code_is_a_dangling_reference()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("trade.json", "\"partner\": \"PER\"", "\"partner\": \"XYZ\"");
        var line = folder.LineOf("trade.json", "\"XYZ\"");
        Only(folder.Problems()).Should().Be(new DataProblem("trade.json", "$.records[0].partner", line, "unknown partner XYZ"));
    }

    [Fact]
    public void A_negative_amount_is_refused()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("trade.json", "\"valueUsdMillions\": 100.50", "\"valueUsdMillions\": -100.50");
        var line = folder.LineOf("trade.json", "-100.50");
        Only(folder.Problems()).Should().Be(new DataProblem("trade.json", "$.records[0].valueUsdMillions", line, "negative trade value -100.50"));
    }

    [Fact]
    public void NaN_as_a_string_is_not_a_number()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("trade.json", "\"valueUsdMillions\": 100.50", "\"valueUsdMillions\": \"NaN\"");
        var line = folder.LineOf("trade.json", "\"NaN\"");
        Only(folder.Problems()).Should().Be(new DataProblem("trade.json", "$.records[0].valueUsdMillions", line, "Cannot get the value of a token type 'String' as a number."));
    }

    [Fact]
    public void A_number_beyond_decimal_range_is_refused()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("trade.json", "\"valueUsdMillions\": 100.50", "\"valueUsdMillions\": 1e400");
        var line = folder.LineOf("trade.json", "1e400");
        Only(folder.Problems()).Should().Be(new DataProblem("trade.json", "$.records[0].valueUsdMillions", line, "The JSON value is either too large or too small for a Decimal."));
    }

    [Fact]
    public void An_implausibly_large_amount_is_refused()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("trade.json", "\"valueUsdMillions\": 100.50", "\"valueUsdMillions\": 100000000000000000000");
        var line = folder.LineOf("trade.json", "100000000000000000000");
        Only(folder.Problems()).Should().Be(new DataProblem("trade.json", "$.records[0].valueUsdMillions", line, "trade value 100000000000000000000 USD millions is above the limit of USD 10^15"));
    }

    [Fact]
    public void A_year_beyond_int32_is_refused()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("trade.json", "\"year\": 2019", "\"year\": 99999999999");
        var line = folder.LineOf("trade.json", "99999999999");
        Only(folder.Problems()).Should().Be(new DataProblem("trade.json", "$.records[0].year", line, "Either the JSON value is not in a supported format, or is out of bounds for an Int32."));
    }

    [Fact]
    public void A_year_out_of_range_is_refused()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("trade.json", "\"year\": 2019", "\"year\": 1850");
        var line = folder.LineOf("trade.json", "1850");
        var last = DateTime.UtcNow.Year + 1;
        Only(folder.Problems()).Should().Be(new DataProblem("trade.json", "$.records[0].year", line, $"year 1850 is outside 1948..{last}"));
    }

    [Fact]
    public void Development_finance_in_nominal_dollars_is_a_mixed_money_basis()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("finance.json", "\"basis\": \"ConstantUsd2021\"", "\"basis\": \"NominalUsd\",\n        \"priceYear\": 2015");
        var line = folder.LineOf("finance.json", "\"basis\": \"NominalUsd\"");
        Only(folder.Problems()).Should().Be(new DataProblem("finance.json", "$.records[0].amount.basis", line, "record 101 amount is NominalUsd; development finance is in ConstantUsd2021"));
    }

    [Fact]
    public void An_investment_in_constant_dollars_is_a_mixed_money_basis()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("investments.json", "\"basis\": \"NominalUsd\",\n        \"priceYear\": 2015", "\"basis\": \"ConstantUsd2021\"");
        var line = folder.LineOf("investments.json", "\"amount\": {");
        Only(folder.Problems()).Should().Be(new DataProblem("investments.json", "$.records[0].amount", line, "record inv-1 amount must be nominal USD of its year 2015"));
    }

    [Fact]
    public void A_constant_amount_with_a_price_year_is_refused()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("finance.json", "\"basis\": \"ConstantUsd2021\"", "\"basis\": \"ConstantUsd2021\",\n        \"priceYear\": 2020");
        var problem = Only(folder.Problems());
        problem.File.Should().Be("finance.json");
        problem.Path.Should().Be("$.records[0].amount");
        problem.Reason.Should().Be("a ConstantUsd2021 amount has no price year (found priceYear 2020)");
    }

    [Fact]
    public void An_impossible_date_is_refused()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("events.json", "\"date\": \"1971-11-02\"", "\"date\": \"2023-02-29\"");
        var line = folder.LineOf("events.json", "2023-02-29");
        Only(folder.Problems()).Should().Be(new DataProblem("events.json", "$.records[0].date", line, "'2023-02-29' is not a partial date (YYYY, YYYY-MM or YYYY-MM-DD): the day does not exist in that month"));
    }

    [Fact]
    public void A_month_thirteen_is_refused()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("events.json", "\"date\": \"1971-11-02\"", "\"date\": \"1971-13\"");
        var line = folder.LineOf("events.json", "1971-13");
        Only(folder.Problems()).Should().Be(new DataProblem("events.json", "$.records[0].date", line, "'1971-13' is not a partial date (YYYY, YYYY-MM or YYYY-MM-DD): expected '-MM' with a month from 01 to 12"));
    }

    [Fact]
    public void An_investment_dated_to_the_day_has_the_wrong_precision()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("investments.json", "\"date\": \"2015-06\"", "\"date\": \"2015-06-01\"");
        var line = folder.LineOf("investments.json", "2015-06-01");
        Only(folder.Problems()).Should().Be(new DataProblem("investments.json", "$.records[0].date", line, "date 2015-06-01 has Day precision; Month precision is required (YYYY-MM)"));
    }

    [Fact]
    public void A_source_read_on_a_month_has_the_wrong_precision()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("sources.json", "\"retrievedOn\": \"2026-01-10\"", "\"retrievedOn\": \"2026-01\"");
        var line = folder.LineOf("sources.json", "\"retrievedOn\": \"2026-01\"");
        Only(folder.Problems()).Should().Be(new DataProblem("sources.json", "$.records[0].retrievedOn", line, "date 2026-01 has Month precision; Day precision is required (YYYY-MM-DD)"));
    }

    [Fact]
    public void A_commitment_date_outside_its_commitment_year_is_refused()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("finance.json", "\"commitmentDate\": \"2015-06-01\"", "\"commitmentDate\": \"2014-06-01\"");
        var line = folder.LineOf("finance.json", "2014-06-01");
        Only(folder.Problems()).Should().Be(new DataProblem("finance.json", "$.records[0].commitmentDate", line, "commitment date 2014-06-01 is not in the commitment year 2015"));
    }

    [Fact]
    public void An_event_that_ends_before_it_starts_is_refused()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("events.json", "\"endDate\": \"2015-01-09\"", "\"endDate\": \"2015-01-07\"");
        var line = folder.LineOf("events.json", "2015-01-07");
        Only(folder.Problems()).Should().Be(new DataProblem("events.json", "$.records[2].endDate", line, "event 'ev-forum' ends (2015-01-07) before it starts"));
    }

    // 4. Identity and references --------------------------------------------------------------------------

    [Fact]
    public void A_duplicate_id_is_refused()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("events.json", "\"id\": \"ev-fta-per\"", "\"id\": \"ev-relations-per\"");
        var line = folder.LineOf("events.json", "\"id\": \"ev-fta-per\"".Replace("ev-fta-per", "ev-relations-per", StringComparison.Ordinal)) ;
        var problem = Only(folder.Problems());
        problem.Should().Be(new DataProblem("events.json", "$.records[1].id", LineOfNth(folder, "events.json", "\"id\": \"ev-relations-per\"", 2), "id 'ev-relations-per' is empty or duplicated"));
        line.Should().BeLessThan(problem.Line!.Value);
    }

    [Fact]
    public void A_duplicate_trade_record_is_refused()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("trade.json", "\"partner\": \"WLD\",\n      \"flow\": \"ImportsCif\"", "\"partner\": \"CHN\",\n      \"flow\": \"ExportsFob\"");
        var problem = Only(folder.Problems());
        problem.Should().Be(new DataProblem("trade.json", "$.records[2]", LineOfNth(folder, "trade.json", "{", 4), "duplicate trade record PER->CHN ExportsFob 2019"));
    }

    [Fact]
    public void A_dangling_source_reference_is_refused()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("claims.json", "\"src-b\"", "\"src-zzz\"");
        var line = folder.LineOf("claims.json", "\"sourceIds\"");
        Only(folder.Problems()).Should().Be(new DataProblem("claims.json", "$.records[0].sourceIds", line, "source 'src-zzz' does not exist in the sources set"));
    }

    [Fact]
    public void A_dangling_finance_reference_is_refused()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("projects.json", "\"financeRecordIds\": [\n        101", "\"financeRecordIds\": [\n        999");
        var line = folder.LineOf("projects.json", "\"financeRecordIds\"");
        Only(folder.Problems()).Should().Be(new DataProblem("projects.json", "$.records[0].financeRecordIds", line, "project 'port-a' links AidData record 999, which is not in the finance set"));
    }

    [Fact]
    public void A_country_name_shared_by_two_countries_is_refused()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("countries.json", "\"Argentine Republic (alias)\"", "\"Perú\"");
        Only(folder.Problems()).Should().Be(new DataProblem("countries.json", "$", 1, "the name 'Perú' belongs to several countries: ARG, PER"));
    }

    [Fact]
    public void A_country_name_that_reads_as_another_countrys_code_is_refused()
    {
        // Found by the fuzzer: Resolve reads "PER" as Peru's code, so China named "PER" could never be resolved by name.
        using var folder = new ReleaseFolder();
        folder.Replace("countries.json", "\"Argentine Republic (alias)\"", "\"per\"");
        Only(folder.Problems()).Should().Be(new DataProblem("countries.json", "$", 1, "the name 'per' of ARG reads as the code of PER"));
    }

    [Fact]
    public void An_alpha2_code_that_does_not_match_is_refused()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("countries.json", "\"alpha2\": \"PE\"", "\"alpha2\": \"AR\"");
        var line = folder.LineOf("countries.json", "\"alpha2\": \"AR\",\n      \"numeric\": 604");
        Only(folder.Problems()).Should().Be(new DataProblem("countries.json", "$.records[2].alpha2", line, "alpha-2 code 'AR' of PER does not match the ISO table"));
    }

    [Fact]
    public void An_empty_countries_set_is_refused()
    {
        using var folder = new ReleaseFolder();
        var countries = folder.Read("countries.json");
        folder.Write("countries.json", countries[..(countries.IndexOf("\"records\": [", StringComparison.Ordinal) + 12)] + "]\n}\n");
        folder.Replace("manifest.json", "\"file\": \"countries.json\",\n      \"count\": 3", "\"file\": \"countries.json\",\n      \"count\": 0");

        var problems = folder.Problems();

        problems.Should().Contain(new DataProblem("countries.json", "$.records", 4, "the countries set is empty"));
        problems.Where(p => p.File != "countries.json").Should().OnlyContain(p => p.Reason.Contains("unknown", StringComparison.Ordinal) || p.Reason.Contains("country code is missing", StringComparison.Ordinal));
    }

    // 5. Envelope, manifest and versions ------------------------------------------------------------------

    [Fact]
    public void A_newer_format_version_is_refused_naming_both_versions()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("manifest.json", "\"formatVersion\": 1", "\"formatVersion\": 2");
        Only(folder.Problems()).Should().Be(new DataProblem("manifest.json", "$.formatVersion", 2, "data format version 2 is newer than version 1, the newest this BriData library reads; update the BriData package"));
    }

    [Fact]
    public void A_set_file_of_a_newer_format_version_is_refused()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("claims.json", "\"formatVersion\": 1", "\"formatVersion\": 7");
        Only(folder.Problems()).Should().Be(new DataProblem("claims.json", "$.formatVersion", 2, "data format version 7 is newer than version 1, the newest this BriData library reads"));
    }

    [Fact]
    public void A_set_file_that_declares_another_set_is_refused()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("claims.json", "\"set\": \"claims\"", "\"set\": \"events\"");
        Only(folder.Problems()).Should().Be(new DataProblem("claims.json", "$.set", 3, "the file declares set 'events' but the manifest names it for set 'claims'"));
    }

    [Fact]
    public void A_missing_file_is_refused()
    {
        using var folder = new ReleaseFolder();
        File.Delete(folder.FilePath("initiatives.json"));
        Only(folder.Problems()).Should().Be(new DataProblem("initiatives.json", "$", null, $"file not found ({folder.FilePath("initiatives.json")})"));
    }

    [Fact]
    public void A_file_name_outside_the_release_is_refused_without_reading_it()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("manifest.json", "\"file\": \"trade.json\"", "\"file\": \"../../etc/passwd\"");
        var line = folder.LineOf("manifest.json", "passwd");
        Only(folder.Problems()).Should().Be(new DataProblem("manifest.json", $"$.sets[{folder.ManifestIndexOf("trade")}].file", line, "file name '../../etc/passwd' is not allowed for set 'trade' (use trade.json, trade.csv or trade.jsonl)"));
    }

    [Fact]
    public void A_record_count_that_differs_from_the_manifest_is_refused()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("manifest.json", "\"file\": \"trade.json\",\n      \"count\": 3", "\"file\": \"trade.json\",\n      \"count\": 4");
        var line = folder.LineOf("manifest.json", "\"count\": 4");
        Only(folder.Problems()).Should().Be(new DataProblem("manifest.json", $"$.sets[{folder.ManifestIndexOf("trade")}].count", line, "the manifest lists 4 records for set 'trade' but trade.json holds 3"));
    }

    [Fact]
    public void A_set_missing_from_the_manifest_is_refused()
    {
        using var folder = new ReleaseFolder();
        var manifest = folder.Read("manifest.json");
        var start = manifest.IndexOf("    {\n      \"name\": \"initiatives\"", StringComparison.Ordinal);
        var end = manifest.IndexOf("},\n", start, StringComparison.Ordinal) + 3;
        folder.Write("manifest.json", manifest.Remove(start, end - start));
        Only(folder.Problems()).Should().Be(new DataProblem("manifest.json", "$.sets", 5, "the manifest lists no file for set 'initiatives'"));
    }

    [Fact]
    public void An_empty_data_version_is_refused()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("manifest.json", "\"dataVersion\": \"2026.1.0-test\"", "\"dataVersion\": \" \"");
        Only(folder.Problems()).Should().Be(new DataProblem("manifest.json", "$.dataVersion", 3, "the data version is empty"));
    }

    [Fact]
    public void A_missing_folder_is_refused()
    {
        var path = Path.Combine(Path.GetTempPath(), "bridata-no-such-folder-" + Guid.NewGuid().ToString("N"));
        var act = () => BriDataset.Load(path);
        act.Should().Throw<BriDataException>().Which.Problems.Should().Equal(new DataProblem(path, "$", null, "the folder does not exist"));
    }

    // 6. Limits -------------------------------------------------------------------------------------------

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("trade.json", "\"year\": 2019,", "\"deep\": " + new string('[', 40) + new string(']', 40) + ",\n      \"year\": 2019,");
        var line = folder.LineOf("trade.json", "\"deep\"");
        Only(folder.Problems()).Should().Be(new DataProblem("trade.json", "$.records[0].deep[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]", line, "nesting deeper than 32 levels (BriLoadOptions.MaxDepth)"));
    }

    [Fact]
    public void A_string_longer_than_the_limit_is_refused()
    {
        using var folder = new ReleaseFolder();
        // The limit stays above the 64 hexadecimal digits of the manifest's SHA-256 values.
        folder.Replace("sources.json", "Test Publisher A", new string('x', 80));
        var line = folder.LineOf("sources.json", "xxxx");
        Only(folder.Problems(new BriLoadOptions { MaxStringLength = 75 })).Should().Be(
            new DataProblem("sources.json", "$.records[0].publisher", line, "a string of 80 bytes exceeds the limit of 75 (BriLoadOptions.MaxStringLength)"));
    }

    [Fact]
    public void A_file_larger_than_the_limit_is_refused()
    {
        using var folder = new ReleaseFolder();
        var limit = new FileInfo(folder.FilePath("manifest.json")).Length;
        folder.Write("projects.json", folder.Read("projects.json") + new string(' ', (int)limit));
        var tooLarge = folder.ManifestSetNames()
            .Order(StringComparer.Ordinal)
            .Select(set => set + ".json")
            .Where(file => new FileInfo(folder.FilePath(file)).Length > limit)
            .ToList();

        var problems = folder.Problems(new BriLoadOptions { MaxFileBytes = limit });

        tooLarge.Should().Contain("projects.json");
        problems.Should().Equal(tooLarge.Select(file => new DataProblem(file, "$", null, $"the file is larger than {limit} bytes (BriLoadOptions.MaxFileBytes)")));
    }

    [Fact]
    public void More_records_than_the_limit_are_refused()
    {
        using var folder = new ReleaseFolder();
        var problems = folder.Problems(new BriLoadOptions { MaxRecordsPerSet = 2 });
        // Reading stops at the first record over the limit: its path and line are the problem's.
        problems.Should().Equal(((string[])["countries.json", "events.json", "trade.json"]).Select(file =>
            new DataProblem(file, "$.records[2]", folder.RecordLine(file, 2), "more than 2 records exceed the limit (BriLoadOptions.MaxRecordsPerSet)")));
    }

    [Fact]
    public void A_limit_of_zero_is_a_programming_error_not_a_data_problem()
    {
        using var folder = new ReleaseFolder();
        var act = () => folder.Load(new BriLoadOptions { MaxDepth = 0 });
        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("MaxDepth");
    }

    // 7. Many problems at once ----------------------------------------------------------------------------

    [Fact]
    public void Every_problem_in_every_file_is_reported_together()
    {
        using var folder = new ReleaseFolder();
        folder.Replace("trade.json", "\"valueUsdMillions\": 100.50", "\"valueUsdMillions\": -1");
        folder.Replace("claims.json", "\"src-b\"", "\"src-zzz\"");
        folder.Replace("investments.json", "\"date\": \"2015-06\"", "\"date\": \"2015\"");

        var problems = folder.Problems();

        problems.Select(p => (p.File, p.Path)).Should().Equal(
            ("trade.json", "$.records[0].valueUsdMillions"),
            ("investments.json", "$.records[0].date"),
            ("claims.json", "$.records[0].sourceIds"));
        problems.Should().OnlyContain(p => p.Line != null);
    }

    private static long LineOfNth(ReleaseFolder folder, string file, string text, int n)
    {
        var content = folder.Read(file);
        var at = -1;
        for (var i = 0; i < n; i++)
        {
            at = content.IndexOf(text, at + 1, StringComparison.Ordinal);
        }

        return content.AsSpan(0, at).Count('\n') + 1;
    }
}
