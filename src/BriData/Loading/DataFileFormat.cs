namespace BriData;

/// <summary>The file formats a data release can be saved in and loaded from.</summary>
public enum DataFileFormat
{
    /// <summary>BriData's own format: one indented JSON file per set (<c>trade.json</c>), exactly as embedded in the package.</summary>
    Json = 1,

    /// <summary>One RFC 4180 CSV file per set (<c>trade.csv</c>), columns as <see cref="CsvFormat"/> writes them (docs/exports.md).</summary>
    Csv = 2,

    /// <summary>One JSON Lines file per set (<c>trade.jsonl</c>), columns as <see cref="JsonLinesFormat"/> writes them (docs/exports.md).</summary>
    JsonLines = 3,
}
