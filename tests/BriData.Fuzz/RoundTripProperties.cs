using CsCheck;

namespace BriData.Fuzz;

/// <summary>
/// Property tests: for generated valid releases, save → load gives an equal dataset in BriData's own JSON, in CSV
/// and in JSON Lines, and saving the loaded copy reproduces the same bytes.
/// </summary>
public sealed class RoundTripProperties
{
    private static readonly long Iterations = long.TryParse(Environment.GetEnvironmentVariable("BRIDATA_PROPERTY_ITERATIONS"), out var n) ? n : 60;

    [Fact]
    public void Generated_releases_are_valid()
    {
        DatasetGenerators.Content.Sample(content => BriDataset.Create(content).Sources.Count > 0, iter: Iterations);
    }

    [Theory]
    [InlineData(DataFileFormat.Json)]
    [InlineData(DataFileFormat.Csv)]
    [InlineData(DataFileFormat.JsonLines)]
    public void Save_then_load_gives_an_equal_dataset(DataFileFormat format)
    {
        DatasetGenerators.Content.Sample(content =>
        {
            var original = BriDataset.Create(content);
            var folder = Directory.CreateTempSubdirectory("bridata-prop-").FullName;
            try
            {
                original.Save(folder, format);
                var loaded = BriDataset.Load(folder);

                loaded.Version.Should().Be(original.Version);
                loaded.Released.Should().Be(original.Released);
                loaded.ToContent().Should().BeEquivalentTo(original.ToContent(), o => o.ComparingRecordsByMembers().WithStrictOrdering());
                Canonical(loaded).Should().Equal(Canonical(original), "the own-format bytes of the loaded copy equal the original's");
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }, iter: Iterations);
    }

    [Fact]
    public void Csv_cells_round_trip_any_text()
    {
        var schema = new BriData.Sets.ColumnTable<(string? A, string? B)>(
            "texts",
            [BriData.Sets.ColumnFactory.Text<(string? A, string? B)>("a", r => r.A, "a"), BriData.Sets.ColumnFactory.Text<(string? A, string? B)>("b", r => r.B, "b")],
            row => (row.GetText("a"), row.GetText("b")));
        var anyText = Gen.String[Gen.Char["ab ,\"\r\n\t'é中"], 0, 8].Null();

        Gen.Select(anyText, anyText).Array[0, 5].Sample(rows =>
        {
            using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            CsvFormat.Write(rows, schema, writer);
            CsvFormat.Read(new StringReader(writer.ToString()), schema).Should().Equal(rows);

            using var lines = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            JsonLinesFormat.Write(rows, schema, lines);
            JsonLinesFormat.Read(new StringReader(lines.ToString()), schema).Should().Equal(rows);
        }, iter: Iterations * 5);
    }

    /// <summary>Every file of the dataset in BriData's own format, concatenated.</summary>
    private static byte[] Canonical(BriDataset data)
    {
        var folder = Directory.CreateTempSubdirectory("bridata-canon-").FullName;
        try
        {
            data.Save(folder);
            return Directory.GetFiles(folder).Order(StringComparer.Ordinal).SelectMany(File.ReadAllBytes).ToArray();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
