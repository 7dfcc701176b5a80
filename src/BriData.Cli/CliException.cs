namespace BriData.Cli;

/// <summary>
/// An error to show the user: what was wrong, and how to fix it. Thrown by commands and turned into a message on
/// standard error and an exit code by <see cref="BridataApp"/>.
/// </summary>
internal sealed class CliException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="exitCode">One of <see cref="ExitCodes"/>.</param>
    /// <param name="message">What was wrong, naming the argument or value.</param>
    /// <param name="hint">What to do instead (a command to try, near matches); null when there is nothing to add.</param>
    public CliException(int exitCode, string message, string? hint = null)
        : base(message)
    {
        ExitCode = exitCode;
        Hint = hint;
    }

    /// <summary>The exit code the process ends with.</summary>
    public int ExitCode { get; }

    /// <summary>What to do instead; null when there is nothing to add.</summary>
    public string? Hint { get; }

    /// <summary>A usage error (exit code 2): a bad argument.</summary>
    public static CliException Usage(string message, string? hint = null) => new(ExitCodes.UsageError, message, hint);

    /// <summary>A not-found error (exit code 1): valid arguments, nothing in the data.</summary>
    public static CliException NotFound(string message, string? hint = null) => new(ExitCodes.NotFound, message, hint);
}
