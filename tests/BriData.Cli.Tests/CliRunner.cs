using System.Text.Json;
using Spectre.Console.Cli.Testing;
using Spectre.Console.Testing;

namespace BriData.Cli.Tests;

/// <summary>What one in-process run of bridata gave: exit code, standard output, standard error.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Errors)
{
    /// <summary>The standard output parsed as JSON (fails the test when it is not JSON).</summary>
    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(Output);
        return document.RootElement.Clone();
    }

    /// <summary>The <c>result</c> value of the JSON output.</summary>
    public JsonElement Result => Json().GetProperty("result");
}

/// <summary>Runs bridata end to end in process with Spectre's <see cref="CommandAppTester"/>, as the tool would run.</summary>
internal static class CliRunner
{
    public static CliRun Run(params string[] args)
    {
        var errors = new TestConsole();
        errors.Profile.Width = 240;
        var tester = new CommandAppTester();
        tester.Console.Profile.Width = 240;
        tester.Configure(config => BridataApp.Configure(config, errors));
        var result = tester.Run(args);
        return new CliRun(result.ExitCode, result.Output, errors.Output);
    }
}
