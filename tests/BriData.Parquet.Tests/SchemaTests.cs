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
    [InlineData(ParquetSetNames.Finance, "amount_usd", "DECIMAL(38,12)")]
    [InlineData(ParquetSetNames.Finance, "amount_basis", "VARCHAR")]
    [InlineData(ParquetSetNames.Finance, "amount_price_year", "INTEGER")]
    [InlineData(ParquetSetNames.Finance, "commitment_date", "VARCHAR")]
    [InlineData(ParquetSetNames.Finance, "commitment_date_first_day", "DATE")]
    [InlineData(ParquetSetNames.Finance, "linked_record_ids", "INTEGER[]")]
    [InlineData(ParquetSetNames.Investments, "amount_usd", "DECIMAL(38,12)")]
    [InlineData(ParquetSetNames.Investments, "share_percent", "DECIMAL(18,6)")]
    [InlineData(ParquetSetNames.Investments, "is_bri", "BOOLEAN")]
    [InlineData(ParquetSetNames.Indicators, "population_persons", "BIGINT")]
    [InlineData(ParquetSetNames.Indicators, "gdp_current_usd", "DECIMAL(38,12)")]
    [InlineData(ParquetSetNames.Events, "date_first_day", "DATE")]
    [InlineData(ParquetSetNames.Initiatives, "countries_iso3", "VARCHAR[]")]
    [InlineData(ParquetSetNames.Claims, "quantity_value", "DECIMAL(38,12)")]
    [InlineData(ParquetSetNames.Projects, "milestones", "VARCHAR")]
    public void Columns_have_their_types(string set, string column, string type)
    {
        var found = export.Scalar($"SELECT column_type FROM (DESCRIBE SELECT * FROM {export.Table(set)}) WHERE column_name = '{column}'");

        found.Should().Be(type);
    }

    [Fact]
    public void Project_milestones_and_measures_are_the_JSON_text_of_the_CSV()
    {
        var table = ColumnTables.Projects;
        var rows = export.Rows($"SELECT id, milestones, measures FROM {export.Table(ParquetSetNames.Projects)}");
        var chancay = export.Rows($"SELECT m->>'kind' AS kind, m->>'date' AS date FROM (SELECT unnest(milestones::JSON[]) AS m FROM {export.Table(ParquetSetNames.Projects)} WHERE id = 'chancay-port')");

        rows.Should().HaveCount(export.Dataset.Projects.Count);
        foreach (var row in rows)
        {
            var project = export.Dataset.Projects.Get((string)row["id"]!);
            row["milestones"].Should().Be(table.Columns.Single(c => c.Name == "milestones").Format(project));
            row["measures"].Should().Be(table.Columns.Single(c => c.Name == "measures").Format(project));
        }

        var expected = export.Dataset.Projects.Get("chancay-port").Milestones;
        expected.Should().NotBeEmpty();
        chancay.Select(r => (string)r["date"]!).Should().Equal(expected.Select(m => m.Date.ToString()));
        chancay.Select(r => (string)r["kind"]!).Should().Equal(expected.Select(m => m.Kind.ToString()));
    }

    [Fact]
    public void Empty_lists_stay_empty_and_are_not_null()
    {
        var empty = export.Dataset.Finance.Count(f => f.LinkedRecordIds.Count == 0);

        empty.Should().BePositive("most AidData records link no other record");
        Convert.ToInt32(export.Scalar($"SELECT CAST(count(*) AS INTEGER) FROM {export.Table(ParquetSetNames.Finance)} WHERE len(linked_record_ids) = 0"), System.Globalization.CultureInfo.InvariantCulture)
            .Should().Be(empty);
        Convert.ToInt32(export.Scalar($"SELECT CAST(count(*) AS INTEGER) FROM {export.Table(ParquetSetNames.Finance)} WHERE linked_record_ids IS NULL"), System.Globalization.CultureInfo.InvariantCulture)
            .Should().Be(0);
    }

    [Theory]
    [InlineData(ParquetSetNames.Trade, "reporter_iso3")]
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

        Units(ParquetSetNames.Trade).Should().ContainKey("value_usd_millions").WhoseValue.Should().Contain("USD millions").And.Contain("nominal");
        Units(ParquetSetNames.Indicators).Should().Contain("population_persons", "persons").And.Contain("gdp_current_usd", "USD (current)");
        Units(ParquetSetNames.Finance).Should().Contain("amount_usd", "varies by row: see amount_basis, amount_price_year");
        Units(ParquetSetNames.Investments).Should().Contain("amount_usd", "varies by row: see amount_basis, amount_price_year").And.Contain("share_percent", "percent");
        Units(ParquetSetNames.Projects).Should().Contain("cost_usd", "varies by row: see cost_basis, cost_price_year");
        Units(ParquetSetNames.Claims).Should().Contain("quantity_value", "varies by row: see quantity_unit");
        Units(ParquetSetNames.PublishedFigures).Should().Contain("value", "varies by row: see unit");
        Units(ParquetSetNames.AidDataCountryYears).Should().HaveCount(6).And.OnlyContain(u => u.Value == "USD (constant 2021)");
    }

    [Fact]
    public void Every_partial_date_keeps_its_precision_beside_its_first_day()
    {
        var checkedDates = 0;
        foreach (var set in DataSets.All)
        {
            var dates = ColumnsOf.Set(set).Where(c => c.Kind == ColumnKind.Date).Select(c => c.Name);
            foreach (var date in dates)
            {
                var rows = export.Rows($"SELECT {date} AS text, CAST({date}_first_day AS VARCHAR) AS first_day FROM {export.Table(set.Name)}");
                rows.Should().HaveCount(set.Count(export.Dataset.ToContent()));
                foreach (var row in rows)
                {
                    if (row["text"] is not string text)
                    {
                        row["first_day"].Should().BeNull($"{set.Name}.{date} is missing, so is its first day");
                        continue;
                    }

                    var firstDay = (string)row["first_day"]!;
                    firstDay.Should().StartWith(text).And.HaveLength(10).And.EndWith(text.Length switch { 4 => "-01-01", 7 => "-01", _ => text[^3..] });
                    checkedDates++;
                }
            }
        }

        checkedDates.Should().BeGreaterThan(1000, "finance, investments and events date most of their records");
    }

    private Dictionary<string, string> Units(string set) =>
        export.Rows($"SELECT decode(value) AS v FROM parquet_kv_metadata({export.Table(set)}) WHERE decode(key) = 'bridata.units'")
            .Select(r => JsonSerializer.Deserialize<Dictionary<string, string>>((string)r["v"]!)!)
            .Single();
}
