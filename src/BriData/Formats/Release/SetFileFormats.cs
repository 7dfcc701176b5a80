namespace BriData.Formats.Release;

/// <summary>The file formats of a release's sets, each once: the one list that file names, loading and saving go through.</summary>
internal static class SetFileFormats
{
    /// <summary>JSON: one <c>{ formatVersion, set, records }</c> document per set (the embedded release's format).</summary>
    public static readonly ISetFileFormat Json = new JsonSetFileFormat();

    /// <summary>CSV: a header of the column table's names, then one row per record.</summary>
    public static readonly ISetFileFormat Csv = new TextSetFileFormat(DataFileFormat.Csv, ".csv");

    /// <summary>JSON Lines: one object per record, with the column table's names.</summary>
    public static readonly ISetFileFormat JsonLines = new TextSetFileFormat(DataFileFormat.JsonLines, ".jsonl");

    /// <summary>Every format, JSON first (the order a manifest's file name is matched in).</summary>
    public static readonly ISetFileFormat[] All = [Json, Csv, JsonLines];

    /// <summary>The format of <paramref name="format"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static ISetFileFormat Of(DataFileFormat format) =>
        Array.Find(All, f => f.Format == format)
        ?? throw new ArgumentOutOfRangeException(nameof(format), format, "Use DataFileFormat.Json, Csv or JsonLines.");
}
