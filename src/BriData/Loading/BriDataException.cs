using static System.FormattableString;

namespace BriData;

/// <summary>
/// The one exception type BriData throws for bad data: it carries every problem found, not just the first,
/// each with its file, JSON path, line and reason. A load that throws it leaves nothing behind.
/// </summary>
public sealed class BriDataException : Exception
{
    /// <summary>Creates the exception from the problems found (at least one).</summary>
    public BriDataException(IReadOnlyList<DataProblem> problems)
        : base(BuildMessage(problems))
    {
        Problems = problems;
    }

    /// <summary>Creates the exception for one problem with an inner cause.</summary>
    public BriDataException(DataProblem problem, Exception? innerException)
        : base(BuildMessage([problem]), innerException)
    {
        Problems = [problem];
    }

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<DataProblem> Problems { get; }

    private static string BuildMessage(IReadOnlyList<DataProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        const int shown = 20;
        var lines = problems.Take(shown).Select(p => "  " + p);
        var more = problems.Count > shown ? Invariant($"\n  … and {problems.Count - shown} more") : string.Empty;
        return Invariant($"The BriData data is invalid ({problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}):\n{string.Join('\n', lines)}{more}");
    }
}
