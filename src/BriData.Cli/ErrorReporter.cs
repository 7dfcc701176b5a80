using Spectre.Console;
using Spectre.Console.Cli;

namespace BriData.Cli;

/// <summary>Turns an exception from parsing or from a command into a message for the user and an exit code.</summary>
internal static class ErrorReporter
{
    /// <summary>
    /// Writes what went wrong to <paramref name="errors"/> and returns the exit code: the code of a
    /// <see cref="CliException"/>; <see cref="ExitCodes.UsageError"/> for a command line the parser or a settings
    /// check refused; <see cref="ExitCodes.Failure"/> for anything else.
    /// </summary>
    public static int Report(Exception exception, IAnsiConsole errors)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(errors);
        switch (exception)
        {
            case CliException cli:
                Line(errors, "Error: " + cli.Message, Color.Red);
                if (cli.Hint is not null)
                {
                    Line(errors, cli.Hint, Color.Default);
                }

                return cli.ExitCode;
            case CommandAppException app:
                if (app.Pretty is not null)
                {
                    errors.Write(app.Pretty);
                }
                else
                {
                    Line(errors, "Error: " + Explain(app.Message), Color.Red);
                }

                Line(errors, "`bridata --help` lists the commands; `bridata COMMAND --help` shows a command's arguments and examples.", Color.Default);
                return ExitCodes.UsageError;
            case IOException or UnauthorizedAccessException:
                Line(errors, "Error: " + exception.Message, Color.Red);
                return ExitCodes.Failure;
            default:
                Line(errors, $"Unexpected error ({exception.GetType().Name}): {exception.Message}", Color.Red);
                return ExitCodes.Failure;
        }
    }

    /// <summary>Rewords the parser's conversion failure ("Failed to convert 'abc' to Nullable`1.") for people: every number option of bridata is a year.</summary>
    internal static string Explain(string message)
    {
        var match = System.Text.RegularExpressions.Regex.Match(message, "^Failed to convert '(?<value>.*)' to (Nullable`1|Int32)\\.?$");
        return match.Success
            ? $"\"{match.Groups["value"].Value}\" is not a whole number; --from and --to take a year, for example 2010."
            : message;
    }

    private static void Line(IAnsiConsole console, string text, Color color)
    {
        console.Write(new Text(text, new Style(color)));
        console.WriteLine();
    }
}
