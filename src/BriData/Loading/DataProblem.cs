using static System.FormattableString;

namespace BriData;

/// <summary>
/// One problem found while loading or validating a data release: which file, where in it, and why.
/// </summary>
/// <param name="File">The file (or resource) name, for example <c>trade.json</c>.</param>
/// <param name="Path">The JSON path of the offending value (for example <c>$.records[12].year</c>), or <c>$</c> for the whole file.</param>
/// <param name="Line">The 1-based line in the file when known; null otherwise.</param>
/// <param name="Reason">What is wrong, in plain words.</param>
public sealed record DataProblem(string File, string Path, long? Line, string Reason)
{
    /// <summary>For example <c>trade.json $.records[12].year (line 80): year 1850 is before 1948</c>.</summary>
    public override string ToString() => Line is long l ? Invariant($"{File} {Path} (line {l}): {Reason}") : Invariant($"{File} {Path}: {Reason}");
}
