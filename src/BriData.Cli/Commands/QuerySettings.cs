using System.ComponentModel;
using Spectre.Console.Cli;

namespace BriData.Cli.Commands;

/// <summary>The option every query command has: <c>--json</c>.</summary>
internal class QuerySettings : CommandSettings
{
    /// <summary>Print JSON for scripts instead of tables.</summary>
    [CommandOption("--json")]
    [Description("Print JSON for scripts instead of tables: snake_case keys, numbers unrounded with a dot, missing values null")]
    public bool Json { get; init; }
}
