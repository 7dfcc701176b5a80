// Shared by bridata-from-repository.csx and maps-from-repository.csx: builds a project of this repository and adds
// the library it builds to the notebook's C# references, so that a notebook opened in a fresh clone runs with Run All
// and no script run first.
//
// - The repository is found from the notebook's folder (the kernel's working directory in VS Code Polyglot, Jupyter
//   and dotnet-repl) by walking up to src/BriData/BriData.csproj.
// - `dotnet build` writes to artifacts/notebooks/<assembly>, in its own configuration (Notebook), so Debug/Release
//   outputs are untouched and a loaded (locked) dll never blocks a developer's build. The build is incremental: about
//   a minute in a fresh clone (restore and compile), a few seconds when nothing changed; a `git pull` is picked up at
//   the next kernel start. Nothing is packed: a local NuGet package under a fixed version would be cached by NuGet and
//   .NET Interactive, and a rebuilt one silently ignored.
// - The built dll is added with CSharpKernel.AddAssemblyReferences (what `#r "path"` does; #r itself cannot be used,
//   because a cell's #r lines are resolved before the cell runs, when the file does not exist yet in a fresh clone).
// - Build servers are disabled (--disable-build-servers) so that no MSBuild or compiler process outlives the build
//   holding the notebook's output pipes; the build's output is shown only when it fails.
using System.Diagnostics;
using System.IO;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.CSharp;

static class RepositoryBuild
{
    public static async Task ReferenceAsync(string project, string assemblyName)
    {
        var repository = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (repository is not null && !File.Exists(Path.Combine(repository.FullName, "src", "BriData", "BriData.csproj")))
        {
            repository = repository.Parent;
        }

        if (repository is null)
        {
            throw new InvalidOperationException(
                "This notebook builds " + assemblyName + " from the repository it is in, but no src/BriData/BriData.csproj was "
                + "found above " + Directory.GetCurrentDirectory() + ". Open the notebook from a clone of the BriData repository "
                + "(samples/notebooks).");
        }

        var output = Path.Combine(repository.FullName, "artifacts", "notebooks", assemblyName);
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
            "build", project, "-c", "Notebook", "-o", output, "-p:Optimize=true", "-p:VersionSuffix=local",
            "--disable-build-servers", "-nologo", "-v:q",
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
                "dotnet build of " + project + " failed (exit code " + process.ExitCode + "):\n"
                + string.Join("\n", log.Split('\n').TakeLast(40)));
        }

        var dll = Path.Combine(output, assemblyName + ".dll");
        ((CSharpKernel)Kernel.Root.FindKernelByName("csharp")).AddAssemblyReferences(new[] { dll });
        (assemblyName + " built from this repository (" + Path.GetDirectoryName(project)!.Replace('\\', '/') + ") and referenced: artifacts/notebooks/"
            + assemblyName + "/" + assemblyName + ".dll").Display();
    }
}
