using DuckDB.NET.Data;

namespace BriData.Parquet.Tests;

/// <summary>Writes the embedded release to a temporary folder once for all tests, and opens DuckDB on it.</summary>
public sealed class ExportFixture : IAsyncLifetime
{
    public BriDataset Dataset { get; } = BriDataset.Default;

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "bridata-parquet-tests-" + Guid.NewGuid().ToString("N"));

    public IReadOnlyList<ParquetExportFile> Files { get; private set; } = [];

    public async ValueTask InitializeAsync() =>
        Files = await ParquetExport.WriteAllAsync(Dataset, Directory, TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>The path of a set's file, quoted for SQL.</summary>
    public string Table(string set) => "'" + Path.Combine(Directory, set + ".parquet").Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>Runs a query and returns the first column of every row.</summary>
    public IReadOnlyList<object?> Column(string sql)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<object?>();
        while (reader.Read())
        {
            values.Add(reader.IsDBNull(0) ? null : reader.GetValue(0));
        }

        return values;
    }

    /// <summary>Runs a query that returns one value.</summary>
    public object? Scalar(string sql) => Column(sql).Single();

    /// <summary>Runs a query and returns every row as name → value.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows(string sql)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<IReadOnlyDictionary<string, object?>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
