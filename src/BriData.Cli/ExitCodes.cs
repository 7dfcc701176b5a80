namespace BriData.Cli;

/// <summary>The process exit codes of <c>bridata</c>, documented in README.md and in <c>bridata --help</c>.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Ok = 0;

    /// <summary>The arguments were valid but the data holds nothing for them (no such project, no trade in the years asked).</summary>
    public const int NotFound = 1;

    /// <summary>The command line is wrong: an unknown command or option, a malformed date or year, an unknown country or format.</summary>
    public const int UsageError = 2;

    /// <summary>Something failed that is not the user's doing (a bug, or a file that could not be written).</summary>
    public const int Failure = 3;
}
