using BriData.Cli.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BriData.Cli;

/// <summary>
/// The commands of <c>bridata</c> and how errors become messages and exit codes. Used by <c>Program</c> and, with
/// a test console, by the end-to-end tests.
/// </summary>
internal static class BridataApp
{
    /// <summary>Registers every command and the error handling.</summary>
    /// <param name="config">The configurator of the command app.</param>
    /// <param name="errors">Where error messages go (standard error in the tool).</param>
    public static void Configure(IConfigurator config, IAnsiConsole errors)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(errors);
        config.SetApplicationName("bridata");
        config.SetApplicationVersion(BriDataInfo.Summary);
        config.SetExceptionHandler((exception, _) => ErrorReporter.Report(exception, errors));

        config.AddCommand<StatusCommand>("status")
            .WithDescription("A state's relations with the PRC or Taipei, Belt and Road membership, free trade agreement and AIIB stage on a day")
            .WithExample("status", "PAN", "--as-of", "2025-03-01")
            .WithExample("status", "Panamá", "--json");
        config.AddCommand<TimelineCommand>("timeline")
            .WithDescription("A state's dated policy events (relations, Belt and Road, free trade, AIIB), oldest first")
            .WithExample("timeline", "PER")
            .WithExample("timeline", "Peru", "--from", "2015");
        config.AddCommand<TradeCommand>("trade")
            .WithDescription("A state's yearly goods trade with China, USD millions, with China's share of its exports")
            .WithExample("trade", "PER", "--from", "2010")
            .WithExample("trade", "Brazil", "--from", "2015", "--to", "2020", "--reporter", "china");
        config.AddCommand<ClaimsCommand>("claims")
            .WithDescription("Published claims about China and the region, each checked against the data with a verdict")
            .WithExample("claims")
            .WithExample("claims", "--country", "PER");
        config.AddCommand<ProjectCommand>("project")
            .WithDescription("A flagship project by id or by a word of its name: status, cost, financiers, builders, milestones")
            .WithExample("project", "chancay");
        config.AddCommand<CountriesCommand>("countries")
            .WithDescription("The 34 countries covered, with codes, subregion and Belt and Road status today")
            .WithExample("countries");
        config.AddCommand<SearchCommand>("search")
            .WithDescription("Find countries, projects and events whose names contain some text")
            .WithExample("search", "port");
        config.AddCommand<ExportCommand>("export")
            .WithDescription("Write every data set to a folder as CSV, JSON Lines, JSON or Parquet")
            .WithExample("export", "--format", "csv", "bridata-csv")
            .WithExample("export", "--format", "parquet", "bridata-parquet");
        config.AddCommand<AboutCommand>("about")
            .WithDescription("Versions, record counts, sources and their licences")
            .WithExample("about");
    }
}
