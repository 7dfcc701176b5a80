using BriData.Sets;
using System.Globalization;
using BriData.Formats;
using BriData.Tests.Reliability;

namespace BriData.Tests.Export;

/// <summary>The generic writers take the long-format <see cref="TidyRow"/>: one column per dimension, the unit as a column.</summary>
public sealed class TidyExportTests
{
    [Fact]
    public void Tidy_trade_rows_are_written_with_their_dimensions_as_columns_and_read_back()
    {
        var rows = SmallRelease.Dataset().Trade.ToTidyRows().ToList();
        var schema = ColumnTables.Tidy(rows[0].Dimensions.Select(d => d.Key));

        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        CsvFormat.Write(rows, schema, writer);
        var text = writer.ToString();
        var back = CsvFormat.Read(new StringReader(text), schema);

        var header = text[..text.IndexOf("\r\n", StringComparison.Ordinal)].Split(',');
        header[..2].Should().Equal("set", "entity");
        header[^4..].Should().Equal("measure", "value", "unit", "source_ids");
        header.Should().Contain(rows[0].Dimensions.Select(d => d.Key));
        text.Should().Contain("100.50");
        back.Should().BeEquivalentTo(rows, o => o.ComparingRecordsByMembers().WithStrictOrdering());
    }

    [Fact]
    public void A_dimension_that_repeats_a_fixed_column_is_refused()
    {
        var act = () => ColumnTables.Tidy(["year", "value"]);
        act.Should().Throw<ArgumentException>().WithMessage("*'value' appears twice*");
    }
}
