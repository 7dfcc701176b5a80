using BriData.Loading;
using BriData.Sets;
using FluentAssertions;
using Xunit;

namespace BriData.Tests.Export;

/// <summary>
/// Every decimal value of the embedded release fits the digits after the point its column states
/// (<see cref="SetColumn{T}.DecimalPlaces"/>), which fixed-scale formats (Parquet) take as their scale: a column
/// whose data outgrows its table fails here, not in a user's export.
/// </summary>
public sealed class DecimalPlacesTests
{
    public static TheoryData<string> Sets() => new(DataSets.All.Select(s => s.Name));

    [Theory]
    [MemberData(nameof(Sets))]
    public void Every_decimal_value_fits_its_columns_places(string set)
    {
        var tooLong = DataSets.Find(set)!.Accept(new Overflowing(BriDataset.Default.ToContent()));

        tooLong.Should().BeEmpty();
    }

    [Fact]
    public void The_places_of_a_column_are_those_its_table_states()
    {
        ColumnTables.Trade.Columns.Single(c => c.Name == "value_usd_millions").DecimalPlaces.Should().Be(20);
        ColumnTables.Investments.Columns.Single(c => c.Name == "share_percent").DecimalPlaces.Should().Be(6);
        ColumnTables.Finance.Columns.Single(c => c.Name == "amount_usd").DecimalPlaces.Should().Be(ColumnFactory.DefaultDecimalPlaces);
    }

    private static int Places(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;

    private sealed class Overflowing(BriDatasetContent content) : IDataSetVisitor<List<string>>
    {
        public List<string> Visit<T>(DataSetDescriptor<T> set)
            where T : class
        {
            var found = new List<string>();
            var records = set.Typed(content);
            foreach (var column in set.Schema.Columns.Where(c => c.ValueType == typeof(decimal)))
            {
                for (var i = 0; i < records.Count; i++)
                {
                    if (column.Value(records[i]) is decimal d && Places(d) > column.DecimalPlaces)
                    {
                        found.Add($"{set.Name}[{i}].{column.Name} = {d} has {Places(d)} places, the column {column.DecimalPlaces}");
                    }
                }
            }

            return found;
        }
    }
}
