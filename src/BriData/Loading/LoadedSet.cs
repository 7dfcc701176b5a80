namespace BriData.Loading;

/// <summary>The records of one set as read from its file, with what is needed to give later problems a line.</summary>
/// <param name="fileName">The file the set was read from.</param>
/// <param name="records">The records, an <c>IReadOnlyList&lt;T&gt;</c> of the set's record type.</param>
/// <param name="rereadJson">For a set in BriData's JSON format, reads its bytes again (null when the file is no longer
/// the one that was loaded); null for CSV and JSON Lines.</param>
/// <param name="recordLines">The line of each record, for CSV and JSON Lines; null otherwise.</param>
internal sealed class LoadedSet(string fileName, object records, Func<byte[]?>? rereadJson, IReadOnlyList<long>? recordLines)
{
    /// <summary>The file the set was read from (for example <c>trade.csv</c>).</summary>
    public string FileName { get; } = fileName;

    /// <summary>The records, an <c>IReadOnlyList&lt;T&gt;</c> of the set's record type.</summary>
    public object Records { get; } = records;

    /// <summary>Whether the set was read from BriData's JSON format.</summary>
    public bool IsJson => rereadJson is not null;

    /// <summary>The line of each record, for CSV and JSON Lines; null otherwise.</summary>
    public IReadOnlyList<long>? RecordLines { get; } = recordLines;

    /// <summary>
    /// The JSON text of the file, read again, for the lines of the problems found after loading: a load does not keep
    /// the bytes of its files (issue 14, fault 4: a release's memory is its records, not its records and its files).
    /// Null for CSV and JSON Lines, and when the file changed since it was loaded (its SHA-256 is checked again).
    /// </summary>
    public byte[]? ReadJson() => rereadJson?.Invoke();

    /// <summary>This set's file, lines and JSON re-reader without its records (what problem lines need once the records are frozen).</summary>
    public LoadedSet WithoutRecords() => new(FileName, Array.Empty<object>(), rereadJson, RecordLines);
}
