namespace BriData.Formats.Json;

/// <summary>How a JSON set file is laid out: the same document either way, only the whitespace differs.</summary>
internal enum SetFileLayout
{
    /// <summary>Two-space indentation, one property per line (the tests that damage a release line by line write it so).</summary>
    Indented,

    /// <summary>
    /// The envelope on the first line, then one record per line in compact JSON: the layout of a release, embedded
    /// or written by <see cref="BriDataset.Save"/>. A third smaller than indented (less to map, hash and scan on a
    /// first answer; issue 15), and still a one-line diff per changed record.
    /// </summary>
    RecordPerLine,
}
