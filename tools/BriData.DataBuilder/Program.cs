using System.Text.Json;
using BriData.DataBuilder;
using BriData.DataBuilder.Importers;
using BriData.Loading;

// BriData.DataBuilder: raw sources (../shared/sources) + data/curated -> src/BriData/Data/*.json.
//   dotnet run --project tools/BriData.DataBuilder            rebuild the embedded data and show what changed
//   dotnet run --project tools/BriData.DataBuilder -- --check  rebuild into a temporary folder; fail on any difference
// Options: --sources DIR, --curated DIR, --out DIR.
var options = BuildOptions.Parse(args);
var target = options.Check ? Directory.CreateTempSubdirectory("bridata-check-").FullName : options.OutDir;
try
{
    var report = DataBuild.Run(options.SourcesDir, options.CuratedDir, target);
    foreach (var line in report)
    {
        Console.WriteLine(line);
    }

    if (options.Check)
    {
        var differences = DataComparison.Compare(options.OutDir, target);
        if (differences.Count > 0)
        {
            Console.Error.WriteLine("The committed data differs from what the builder produces from the sources:");
            foreach (var d in differences)
            {
                Console.Error.WriteLine("  " + d);
            }

            Console.Error.WriteLine("Run 'dotnet run --project tools/BriData.DataBuilder' and commit the result.");
            return 1;
        }

        Console.WriteLine("check: the committed data is exactly what the builder produces.");
    }

    return 0;
}
catch (Exception ex) when (ex is InvalidDataException or BriData.BriDataException or IOException or JsonException or FormatException)
{
    Console.Error.WriteLine("data build failed: " + ex.Message);
    return 2;
}
finally
{
    if (options.Check)
    {
        Directory.Delete(target, recursive: true);
    }
}
