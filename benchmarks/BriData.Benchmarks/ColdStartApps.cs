using System.Diagnostics;

namespace BriData.Benchmarks;

/// <summary>
/// The published apps of the cold-start comparison (Release, <c>dotnet X.dll</c>): the empty console app, the demo and
/// the per-set probe, under artifacts/benchmarks/coldstart. Published on first use when missing.
/// </summary>
public static class ColdStartApps
{
    public const string Empty = "BriData.EmptyApp";
    public const string Demo = "BriData.Demo";
    public const string Probe = "BriData.ColdStartProbe";

    /// <summary>
    /// The probe's answers (its first argument; see benchmarks/BriData.ColdStartProbe/Program.cs): the header only, the
    /// seven first answers of issue 15, and every set loaded.
    /// </summary>
    public static readonly string[] ProbeAnswers = ["none", "country", "trade", "indicator", "finance", "investment", "project", "claim", "all"];

    private static readonly Dictionary<string, string> Projects = new(StringComparer.Ordinal)
    {
        [Empty] = "benchmarks/BriData.EmptyApp/BriData.EmptyApp.csproj",
        [Demo] = "samples/BriData.Demo/BriData.Demo.csproj",
        [Probe] = "benchmarks/BriData.ColdStartProbe/BriData.ColdStartProbe.csproj",
    };

    /// <summary>The folder of the clone (the one holding BriData.sln), found from this program's folder or the current one.</summary>
    public static string RepositoryRoot
    {
        get
        {
            foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
            {
                for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                {
                    if (File.Exists(Path.Combine(dir.FullName, "BriData.sln")))
                    {
                        return dir.FullName;
                    }
                }
            }

            throw new InvalidOperationException("BriData.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string OutputFolder => Path.Combine(RepositoryRoot, "artifacts", "benchmarks", "coldstart");

    public static string Dll(string app) => Path.Combine(OutputFolder, app, app + ".dll");

    /// <summary>The local feed the apps' BriData package comes from.</summary>
    public static string Feed => Path.Combine(OutputFolder, "feed");

    /// <summary>
    /// Publishes (Release) every app whose dll is missing, or all of them when <paramref name="force"/>. BriData is first
    /// packed as a user gets it (the package, with its ReadyToRun images) under a version of its own, and the demo and
    /// the probe are published against that package, not the repository's project: the timed path is the user's.
    /// </summary>
    public static void EnsurePublished(bool force = false)
    {
        if (!force && Projects.Keys.All(app => File.Exists(Dll(app))))
        {
            return;
        }

        var version = "0.1.0-coldstart." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        if (Directory.Exists(Feed))
        {
            Directory.Delete(Feed, recursive: true);
        }

        Dotnet("pack", "src/BriData/BriData.csproj", "-c", "Release", "-o", Feed, "-p:Version=" + version, "--nologo");
        foreach (var (app, project) in Projects)
        {
            Dotnet("publish", project, "-c", "Release", "-o", Path.Combine(OutputFolder, app), "--nologo",
                "-p:BriDataPackageVersion=" + version, "-p:RestoreAdditionalProjectSources=" + Feed);
        }
    }

    private static void Dotnet(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', args)} failed:\n{output.Result}\n{error.Result}");
        }
    }

    /// <summary>
    /// Runs <c>dotnet app.dll args</c> and times the first line of output and the exit. With <paramref name="stopAtFirstLine"/>
    /// the process (the one started here, by its id, not its tree: the apps start none) is killed once its first line is read.
    /// </summary>
    public static Launch Run(string app, bool stopAtFirstLine, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Dll(app));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var firstLine = process.StandardOutput.ReadLine() ?? string.Empty;
        var firstLineTime = clock.Elapsed;
        if (stopAtFirstLine)
        {
            // The apps start no child process; killing a whole tree would scan every process of the machine, and
            // BenchmarkDotNet times the whole method, so that scan would count as start-up time.
            process.Kill(entireProcessTree: false);
            process.WaitForExit();
            return new Launch(firstLine, firstLineTime, clock.Elapsed);
        }

        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var exit = clock.Elapsed;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{app} {string.Join(' ', args)} exited with {process.ExitCode}");
        }

        return new Launch(firstLine, firstLineTime, exit);
    }

    /// <summary>
    /// Starts <c>dotnet app.dll args</c> and returns once its first line of output is read, with the time it took; the
    /// process is left running in <paramref name="running"/> (the caller stops it, outside any timed region).
    /// </summary>
    public static TimeSpan StartUntilFirstLine(string app, out Process running, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Dll(app));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        var clock = Stopwatch.StartNew();
        running = Process.Start(start)!;
        _ = running.StandardOutput.ReadLine();
        return clock.Elapsed;
    }

    /// <summary>One launch: the first line printed, when it came, and when the process ended.</summary>
    public readonly record struct Launch(string FirstLine, TimeSpan FirstLineAfter, TimeSpan ExitAfter);
}
