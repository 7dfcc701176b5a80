using BriData.Cli;
using Spectre.Console;
using Spectre.Console.Cli;

var errors = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
var app = new CommandApp();
app.Configure(config => BridataApp.Configure(config, errors));
return app.Run(args);
