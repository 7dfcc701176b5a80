namespace BriData.Loading;

/// <summary>The records of one set as read from its file, with what is needed to give later problems a line.</summary>
internal sealed class LoadedSet(string fileName, object records, byte[]? json, IReadOnlyList<long>? recordLines)
{
    /// <summary>The file the set was read from (for example <c>trade.csv</c>).</summary>
    public string FileName { get; } = fileName;

    /// <summary>The records, an <c>IReadOnlyList&lt;T&gt;</c> of the set's record type.</summary>
    public object Records { get; } = records;

    /// <summary>The JSON text, for a set in BriData's own format; null otherwise.</summary>
    public byte[]? Json { get; } = json;

    /// <summary>The line of each record, for CSV and JSON Lines; null otherwise.</summary>
    public IReadOnlyList<long>? RecordLines { get; } = recordLines;
}
