using BriData.Formats.Json;
using BriData.Loading;

namespace BriData.Formats.Release;

/// <summary>
/// A text format of a set, CSV or JSON Lines, with the columns of the set's <see cref="ColumnTable{T}"/>: read row
/// by row straight from the file (<see cref="TextSetReader"/>: size limit, SHA-256 and strict UTF-8 in one pass),
/// written with <see cref="CsvFormat"/> or <see cref="JsonLinesFormat"/>.
/// </summary>
internal sealed class TextSetFileFormat(DataFileFormat format, string extension) : ISetFileFormat
{
    public DataFileFormat Format { get; } = format;

    public string Extension { get; } = extension;

    public LoadedSet? Read(DataLoader loader, DataSetDescriptor set, DataManifestEntry entry, List<DataProblem> problems) =>
        TextSetReader.Read(loader, set, entry, this, problems);

    /// <summary>Reads the rows of <paramref name="reader"/> with <paramref name="table"/>'s columns, adding problems (with their lines) instead of throwing.</summary>
    public List<T> ReadRows<T>(TextReader reader, ColumnTable<T> table, BriLoadOptions options, string fileName, List<DataProblem> problems, List<long> lines) =>
        Format == DataFileFormat.Csv
            ? CsvFormat.ReadCore(reader, table, options, fileName, problems, lines)
            : JsonLinesFormat.ReadCore(reader, table, options, fileName, problems, lines);

    public void Write<T>(DataSetDescriptor<T> set, IReadOnlyList<T> records, Stream stream, SetFileLayout layout)
        where T : class
    {
        if (Format == DataFileFormat.Csv)
        {
            CsvFormat.Write(records, set.Schema, stream);
        }
        else
        {
            JsonLinesFormat.Write(records, set.Schema, stream);
        }
    }
}
