using System.Globalization;
using static System.FormattableString;

namespace BriData;

/// <summary>
/// One problem found while loading or validating a data release: which file, where in it, and why. The location is
/// also given typed: the <see cref="Set"/>, the <see cref="RecordIndex"/> within it and the <see cref="Member"/> of
/// the record, read from <see cref="File"/> and <see cref="Path"/>.
/// </summary>
/// <param name="File">The file (or resource) name, for example <c>trade.json</c>.</param>
/// <param name="Path">The JSON path of the offending value (for example <c>$.records[12].year</c>), or <c>$</c> for the whole file.</param>
/// <param name="Line">The 1-based line in the file when known; null otherwise.</param>
/// <param name="Reason">What is wrong, in plain words.</param>
public sealed record DataProblem(string File, string Path, long? Line, string Reason)
{
    private const string RecordsPrefix = "$.records[";

    /// <summary>
    /// The set the problem is in (the file name without its extension, for example <c>trade</c> for <c>trade.csv</c>);
    /// <c>manifest</c> for the release's manifest.
    /// </summary>
    public string Set => File.IndexOf('.', StringComparison.Ordinal) is var dot and > 0 ? File[..dot] : File;

    /// <summary>The 0-based index of the offending record in its set; null when the problem is about the file as a whole (its header, its count, the manifest).</summary>
    public int? RecordIndex => RecordPart(out var index, out _) ? index : null;

    /// <summary>
    /// The offending member of the record as a JSON path relative to it (for example <c>year</c> or
    /// <c>amount.priceYear</c>); null when the problem is about the whole record or the whole file.
    /// </summary>
    public string? Member => RecordPart(out _, out var member) ? member : null;

    /// <summary>For example <c>trade.json $.records[12].year (line 80): year 1850 is before 1948</c>.</summary>
    public override string ToString() => Line is long l ? Invariant($"{File} {Path} (line {l}): {Reason}") : Invariant($"{File} {Path}: {Reason}");

    private bool RecordPart(out int index, out string? member)
    {
        index = 0;
        member = null;
        if (Path is null || !Path.StartsWith(RecordsPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var close = Path.IndexOf(']', RecordsPrefix.Length);
        if (close < 0 || !int.TryParse(Path.AsSpan(RecordsPrefix.Length, close - RecordsPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out index))
        {
            return false;
        }

        if (close + 1 < Path.Length && Path[close + 1] == '.')
        {
            member = Path[(close + 2)..];
        }

        return true;
    }
}
