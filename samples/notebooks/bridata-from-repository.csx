// Loaded by the first cell of every notebook in this folder (#load "bridata-from-repository.csx") until BriData is on
// nuget.org: builds the BriData library from this repository and references it, so that a notebook opened in a fresh
// clone runs with Run All and no script run first. Once BriData is public, each notebook replaces its #load line with
// #r "nuget: BriData, <version>" and this file can go.
//
// What it does, and why this way:
// - finds the repository from the notebook's folder (the kernel's working directory in VS Code Polyglot, Jupyter and
//   dotnet-repl) by walking up to src/BriData/BriData.csproj;
// - runs `dotnet build` of src/BriData into artifacts/notebooks/BriData, in its own configuration (Notebook), so
//   Debug/Release outputs are untouched and a loaded (locked) BriData.dll never blocks a developer's build. The build
//   is incremental: about a minute in a fresh clone (restore and compile), a few seconds when nothing changed, and a
//   `git pull` is picked up by the next kernel start. No package is packed: a local NuGet package under a fixed
//   version would be cached by NuGet and .NET Interactive, and a rebuilt one silently ignored;
// - adds the built BriData.dll to the C# kernel's references (what `#r "path"` does, which cannot be used here because
//   the file does not exist yet when a cell's #r lines are resolved, before the cell runs). BriData's notebook tables
//   register themselves from the assembly, with no .NET Interactive extension.
// Build servers are disabled (--disable-build-servers) so that no MSBuild or compiler process outlives the build
// holding the notebook's output pipes; the build's own output is shown only when it fails.
using System.Diagnostics;
using System.IO;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.CSharp;

{
    var repository = new DirectoryInfo(Directory.GetCurrentDirectory());
    while (repository is not null && !File.Exists(Path.Combine(repository.FullName, "src", "BriData", "BriData.csproj")))
    {
        repository = repository.Parent;
    }

    if (repository is null)
    {
        throw new InvalidOperationException(
            "This notebook builds BriData from the repository it is in, but no src/BriData/BriData.csproj was found above "
            + Directory.GetCurrentDirectory() + ". Open the notebook from a clone of the BriData repository (samples/notebooks), "
            + "or use the package instead: #r \"nuget: BriData\".");
    }

    var output = Path.Combine(repository.FullName, "artifacts", "notebooks", "BriData");
    var host = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
    var build = new ProcessStartInfo(host)
    {
        WorkingDirectory = repository.FullName,
        RedirectStandardOutput = true,
        RedirectStandardError = true,
        UseShellExecute = false,
    };
    foreach (var argument in new[]
    {
        "build", Path.Combine("src", "BriData", "BriData.csproj"), "-c", "Notebook", "-o", output,
        "-p:Optimize=true", "-p:VersionSuffix=local", "--disable-build-servers", "-nologo", "-v:q",
    })
    {
        build.ArgumentList.Add(argument);
    }

    // The kernel's own MSBuild settings (set by .NET Interactive to restore packages) are not the SDK's: leave them out.
    foreach (var name in build.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
    {
        build.Environment.Remove(name);
    }

    build.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
    build.Environment["DOTNET_NOLOGO"] = "1";

    using var process = Process.Start(build)!;
    var stdout = process.StandardOutput.ReadToEndAsync();
    var stderr = process.StandardError.ReadToEndAsync();
    await process.WaitForExitAsync();
    var log = await stdout + await stderr;
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException(
            "dotnet build of src/BriData failed (exit code " + process.ExitCode + "):\n"
            + string.Join("\n", log.Split('\n').TakeLast(40)));
    }

    var dll = Path.Combine(output, "BriData.dll");
    ((CSharpKernel)Kernel.Root.FindKernelByName("csharp")).AddAssemblyReferences(new[] { dll });
    "BriData built from this repository (src/BriData) and referenced: artifacts/notebooks/BriData/BriData.dll".Display();
}
