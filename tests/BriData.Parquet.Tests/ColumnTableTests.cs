using System.Collections;
using Parquet.Schema;

namespace BriData.Parquet.Tests;

/// <summary>
/// Every file is derived from its set's column table: the same column names in the same order (each date column
/// followed by its <c>_first_day</c>), each kind mapped to its Parquet type, and every typed value read back by
/// Parquet.Net's own reader. A column missing, renamed, reordered or mistyped fails here.
/// </summary>
public sealed class ColumnTableTests(ExportFixture export)
{
    [Fact]
    public async Task Every_set_s_file_has_its_column_table_s_names_in_order_plus_the_first_day_of_each_date()
    {
        foreach (var set in DataSets.All)
        {
            var file = await ParquetFile.ReadAsync(export.Files.Single(f => f.Set == set.Name).Path);
            var expected = ColumnsOf.Set(set).SelectMany(c => c.Kind == ColumnKind.Date ? [c.Name, c.Name + "_first_day"] : new[] { c.Name });

            file.Schema.Fields.Select(f => f.Name).Should().Equal(expected, $"{set.Name}.parquet has the columns of the {set.Name} column table");
        }
    }

    [Fact]
    public async Task Every_column_has_the_Parquet_type_of_its_kind_and_gives_back_its_typed_values()
    {
        var checkedValues = 0;
        foreach (var set in DataSets.All)
        {
            checkedValues += await set.Accept(new RoundTrip(export));
        }

        checkedValues.Should().BeGreaterThan(500);
    }

    /// <summary>Checks one set's file against its column table and records; returns the number of values compared.</summary>
    private sealed class RoundTrip(ExportFixture export) : IDataSetVisitor<Task<int>>
    {
        public async Task<int> Visit<T>(DataSetDescriptor<T> set)
            where T : class
        {
            var records = set.Typed(export.Dataset.ToContent());
            var file = await ParquetFile.ReadAsync(export.Files.Single(f => f.Set == set.Name).Path);
            var fields = file.Schema.Fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
            file.Data.Should().HaveCount(records.Count);
            var compared = 0;
            foreach (var column in set.Schema.Columns)
            {
                var because = $"{set.Name}.{column.Name} ({column.Kind})";
                var values = records.Select(column.Value).ToList();
                CheckType(column.Kind, fields[column.Name], values, because);
                if (column.Kind == ColumnKind.Date)
                {
                    ((DataField)fields[column.Name + "_first_day"]).ClrType.Should().Be<DateOnly>(because);
                }

                var sample = new[] { 0, records.Count / 2, records.Count - 1, values.FindIndex(v => v is not null) }.Where(i => i >= 0).Distinct();
                foreach (var i in sample)
                {
                    var row = file.Data[i];
                    CheckValue(Expected(column, records[i]), row.Get(column.Name), $"{because}, row {i}");
                    if (column.Kind == ColumnKind.Date)
                    {
                        row.Get(column.Name + "_first_day").Should().Be(((PartialDate?)values[i])?.Start, because);
                    }

                    compared++;
                }
            }

            return compared;
        }

        private static void CheckType(ColumnKind kind, Field field, List<object?> values, string because)
        {
            var present = values.Where(v => v is not null).ToList();
            if (field is DataField data)
            {
                data.IsNullable.Should().Be(present.Count < values.Count, because);
            }

            switch (kind)
            {
                case ColumnKind.Integer:
                    field.Should().BeOfType<DataField>(because);
                    present.Where(v => v!.GetType() != ((DataField)field).ClrType).Should().BeEmpty(because); // INT32 for int, INT64 for long
                    new[] { typeof(int), typeof(long) }.Should().Contain(((DataField)field).ClrType, because);
                    break;
                case ColumnKind.Decimal:
                    field.Should().BeOfType<DecimalDataField>(because);
                    ((DecimalDataField)field).Precision.Should().BeInRange(18, 38, because);
                    break;
                case ColumnKind.Boolean:
                    ((DataField)field).ClrType.Should().Be<bool>(because);
                    break;
                case ColumnKind.Json when present.Count > 0 && present.All(v => v is IEnumerable<string> or IEnumerable<int> or IEnumerable<CountryCode>):
                    field.Should().BeOfType<ListField>(because);
                    break;
                default: // Text, Date, and JSON that is not a list of texts or ints: text (Parquet.Net 6 reads STRING as ReadOnlyMemory<char>)
                    field.Should().BeOfType<DataField>(because);
                    new[] { typeof(string), typeof(ReadOnlyMemory<char>) }.Should().Contain(((DataField)field).ClrType, because);
                    break;
            }
        }

        /// <summary>The value Parquet must give back for the typed value of <paramref name="column"/> in <paramref name="record"/>.</summary>
        private static object? Expected<T>(SetColumn<T> column, T record) => column.Value(record) switch
        {
            null => null,
            PartialDate date => date.ToString(),
            CountryCode code => code.Alpha3,
            Enum => column.Format(record),
            IEnumerable<CountryCode> codes => codes.Select(c => (object)c.Alpha3).ToList(),
            IEnumerable<string> texts => texts.Cast<object>().ToList(),
            IEnumerable<int> ids => ids.Cast<object>().ToList(),
            string or int or long or decimal or bool or double => column.Value(record),
            _ => column.Format(record), // nested JSON: its text
        };

        private static void CheckValue(object? expected, object? actual, string because)
        {
            if (expected is List<object> list)
            {
                // Parquet.Net's reader leaves an empty list out, as it does a NULL; DuckDB tells them apart (SchemaTests).
                (actual is null ? [] : ((IEnumerable)actual).Cast<object>().Select(Text)).Should().Equal(list, because);
                return;
            }

            Text(actual).Should().Be(expected, because);
        }

        /// <summary>Parquet.Net 6 may give text back as <see cref="ReadOnlyMemory{T}"/> of <see cref="char"/>: the string it holds.</summary>
        private static object? Text(object? value) => value is ReadOnlyMemory<char> text ? text.ToString() : value;
    }
}
