using System.Text.Json;

namespace BriData.Parquet.Tests;

/// <summary>Typed columns, dictionary encoding, metadata and partial dates, as DuckDB sees them.</summary>
public sealed class SchemaTests(ExportFixture export)
{
    [Theory]
    [InlineData(ParquetSetNames.Trade, "value_usd_millions", "DECIMAL(38,20)")]
    [InlineData(ParquetSetNames.Trade, "year", "INTEGER")]
    [InlineData(ParquetSetNames.Trade, "is_estimate", "BOOLEAN")]
    [InlineData(ParquetSetNames.Trade, "source_ids", "VARCHAR[]")]
    [InlineData(ParquetSetNames.Finance, "id", "INTEGER")]
    [InlineData(ParquetSetNames.Finance, "amount_usd_constant_2021", "DECIMAL(38,12)")]
    [InlineData(ParquetSetNames.Finance, "commitment_date_first_day", "DATE")]
    [InlineData(ParquetSetNames.Finance, "linked_record_ids", "INTEGER[]")]
    [InlineData(ParquetSetNames.Investments, "amount_usd_nominal", "DECIMAL(38,6)")]
    [InlineData(ParquetSetNames.Investments, "is_bri", "BOOLEAN")]
    [InlineData(ParquetSetNames.Indicators, "population", "BIGINT")]
    [InlineData(ParquetSetNames.Indicators, "gdp_current_usd", "DECIMAL(38,10)")]
    [InlineData(ParquetSetNames.Events, "date_first_day", "DATE")]
    [InlineData(ParquetSetNames.Claims, "value", "DECIMAL(38,6)")]
    public void Columns_have_their_types(string set, string column, string type)
    {
        var found = export.Scalar($"SELECT column_type FROM (DESCRIBE SELECT * FROM {export.Table(set)}) WHERE column_name = '{column}'");

        found.Should().Be(type);
    }

    [Fact]
    public void Project_milestones_and_measures_are_lists_of_structs()
    {
        var milestones = (string)export.Scalar($"SELECT column_type FROM (DESCRIBE SELECT * FROM {export.Table(ParquetSetNames.Projects)}) WHERE column_name = 'milestones'")!;
        var chancay = export.Rows($"SELECT m.kind, m.date FROM (SELECT unnest(milestones) AS m FROM {export.Table(ParquetSetNames.Projects)} WHERE id = 'chancay-port')");

        milestones.Should().StartWith("STRUCT(").And.EndWith("[]").And.Contain("date_first_day DATE");
        var expected = export.Dataset.Projects.Get("chancay-port").Milestones;
        chancay.Select(r => (string)r["date"]!).Should().Equal(expected.Select(m => m.Date.ToString()));
        chancay.Select(r => (string)r["kind"]!).Should().Equal(expected.Select(m => m.Kind.ToString()));
    }

    [Theory]
    [InlineData(ParquetSetNames.Trade, "reporter")]
    [InlineData(ParquetSetNames.Trade, "flow")]
    [InlineData(ParquetSetNames.Finance, "sector")]
    [InlineData(ParquetSetNames.Events, "kind")]
    public void Codes_are_dictionary_encoded(string set, string column)
    {
        var encodings = (string)export.Scalar($"SELECT encodings FROM parquet_metadata({export.Table(set)}) WHERE path_in_schema = '{column}'")!;

        encodings.Should().Contain("DICTIONARY");
    }

    [Fact]
    public void Long_unique_text_is_not_forced_into_a_dictionary()
    {
        var encodings = (string)export.Scalar($"SELECT encodings FROM parquet_metadata({export.Table(ParquetSetNames.Finance)}) WHERE path_in_schema = 'title'")!;

        encodings.Should().NotContain("DICTIONARY");
    }

    [Fact]
    public void Every_file_names_the_data_release_its_set_and_its_units()
    {
        foreach (var set in ParquetSetNames.All)
        {
            var metadata = export.Rows($"SELECT decode(key) AS k, decode(value) AS v FROM parquet_kv_metadata({export.Table(set)})")
                .ToDictionary(r => (string)r["k"]!, r => (string)r["v"]!, StringComparer.Ordinal);

            metadata.Should().Contain("bridata.data_version", export.Dataset.Version);
            metadata.Should().Contain("bridata.set", set);
            metadata.Should().ContainKey("bridata.units");
        }

        var tradeUnits = export.Rows($"SELECT decode(value) AS v FROM parquet_kv_metadata({export.Table(ParquetSetNames.Trade)}) WHERE decode(key) = 'bridata.units'")
            .Select(r => JsonSerializer.Deserialize<Dictionary<string, string>>((string)r["v"]!)!)
            .Single();
        tradeUnits.Should().ContainKey("value_usd_millions").WhoseValue.Should().Contain("USD millions").And.Contain("nominal");
    }

    [Fact]
    public void Partial_dates_keep_their_precision_beside_their_first_day()
    {
        var rows = export.Rows($"SELECT date, date_precision, CAST(date_first_day AS VARCHAR) AS first_day FROM {export.Table(ParquetSetNames.Events)} WHERE date IS NOT NULL");

        rows.Should().NotBeEmpty();
        foreach (var row in rows)
        {
            var text = (string)row["date"]!;
            var firstDay = (string)row["first_day"]!;
            var precision = (string)row["date_precision"]!;
            precision.Should().Be(text.Length switch { 4 => "year", 7 => "month", _ => "day" });
            firstDay.Should().StartWith(text).And.HaveLength(10);
        }

        var undated = export.Dataset.Events.Count(e => e.Date is null);
        export.Scalar($"SELECT CAST(count(*) AS INTEGER) FROM {export.Table(ParquetSetNames.Events)} WHERE date IS NULL AND date_first_day IS NULL")
            .Should().Be(undated);
    }
}
