namespace BriData.Cli.Arguments;

/// <summary>The formats <c>bridata export</c> writes.</summary>
internal enum ExportFormat
{
    /// <summary>CSV (RFC 4180), one file per set, with manifest.json.</summary>
    Csv,

    /// <summary>JSON Lines, one file per set, with manifest.json.</summary>
    JsonLines,

    /// <summary>BriData's own JSON, byte-identical to the embedded files.</summary>
    Json,

    /// <summary>Parquet, one file per set (the BriData.Parquet package).</summary>
    Parquet,
}

/// <summary>Parses and names <see cref="ExportFormat"/> values on the command line.</summary>
internal static class ExportFormats
{
    /// <summary>The accepted words, for messages and help.</summary>
    public const string Choices = "csv, jsonl, json, parquet";

    /// <summary>The format a word names (case-insensitive); null when it names none.</summary>
    public static ExportFormat? TryParse(string text) => text.ToLowerInvariant() switch
    {
        "csv" => ExportFormat.Csv,
        "jsonl" or "jsonlines" or "ndjson" => ExportFormat.JsonLines,
        "json" => ExportFormat.Json,
        "parquet" => ExportFormat.Parquet,
        _ => null,
    };

    /// <summary>The file extension (with the dot) of the data files of <paramref name="format"/>.</summary>
    public static string Extension(ExportFormat format) => format switch
    {
        ExportFormat.Csv => ".csv",
        ExportFormat.JsonLines => ".jsonl",
        ExportFormat.Json => ".json",
        _ => ".parquet",
    };
}
