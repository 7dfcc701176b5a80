using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using BriData.Tests.Reliability;
using CsCheck;

namespace BriData.Fuzz;

/// <summary>
/// File-system damage (issue 14): releases mixed from two saves (a file, or the files of a save cut short after some
/// sets), set files truncated or extended under an unchanged manifest, wrong and missing hashes, named pipes, links to
/// devices, folders in place of files. Every case must be refused with <see cref="BriDataException"/>, within a time
/// budget (a named pipe must never block), and a problem must name a damaged file or the manifest. Runs for
/// BRIDATA_FUZZ_SECONDS (default 5) and appends its figures to BRIDATA_FUZZ_REPORT.
/// </summary>
public sealed class FileSystemFuzzTests
{
    private static readonly DataFileFormat[] Formats = [DataFileFormat.Json, DataFileFormat.Csv, DataFileFormat.JsonLines];

    /// <summary>The kinds of damage.</summary>
    public enum Damage
    {
        MixedFile,
        SaveCutShort,
        Truncated,
        Extended,
        WrongHash,
        MissingHash,
        NamedPipe,
        DeviceLink,
        Folder,
    }

    private static readonly Lazy<BriDataset> Other = new(() =>
    {
        var content = SmallRelease.Content();
        return BriDataset.Create(content with
        {
            Version = "2026.2.0-other",
            Sources = [.. content.Sources.Select(s => s with { Title = s.Title + " (revised)" })],
            Countries = [.. content.Countries.Select(c => c with { Capital = c.Capital + " City" })],
            Events = [.. content.Events.Select(e => e with { Title = e.Title + " (revised)" })],
            Trade = [.. content.Trade.Select(t => t with { ValueUsdMillions = t.ValueUsdMillions + 1 })],
        });
    });

    private static readonly Gen<(DataFileFormat Format, Damage Damage, int File, int Amount)> CaseGen =
        from format in Gen.Int[0, Formats.Length - 1]
        from damage in Gen.Enum<Damage>()
        from file in Gen.Int[0, 12]
        from amount in Gen.Int[1, 400]
        select (Formats[format], damage, file, amount);

    [Fact]
    public void File_system_damage_is_always_refused()
    {
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("BRIDATA_FUZZ_SECONDS"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 5;
        var seed = Environment.GetEnvironmentVariable("BRIDATA_FUZZ_SEED");
        var counters = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var watch = Stopwatch.StartNew();
        string? failure = null;
        try
        {
            CaseGen.Sample(c => Run(c.Format, c.Damage, c.File, c.Amount, counters), seed: seed, iter: long.MaxValue, time: seconds, threads: 1,
                print: c => $"{c.Format} {c.Damage} file#{c.File} amount={c.Amount}");
        }
        catch (Exception ex)
        {
            failure = ex.Message;
            throw;
        }
        finally
        {
            var text = string.Create(CultureInfo.InvariantCulture,
                $"fuzz (file system): {counters.GetValueOrDefault("executions")} executions in {watch.Elapsed.TotalSeconds:0.0} s, {counters.GetValueOrDefault("rejected")} rejected with BriDataException, {counters.GetValueOrDefault("accepted")} accepted, crashes: {(failure is null ? 0 : 1)}\n");
            FuzzReport.Send(text, failure);
        }

        counters.GetValueOrDefault("executions").Should().BeGreaterThan(0);
        counters.GetValueOrDefault("accepted").Should().Be(0);
    }

    private static void Run(DataFileFormat format, Damage damage, int fileIndex, int amount, ConcurrentDictionary<string, long> counters)
    {
        if (OperatingSystem.IsWindows() && damage is Damage.NamedPipe or Damage.DeviceLink)
        {
            damage = Damage.Folder;
        }

        using var folder = new ReleaseFolder(format);
        var files = Directory.GetFiles(folder.Path).Select(Path.GetFileName).Where(n => n != "manifest.json").Order(StringComparer.Ordinal).ToArray();
        var file = files[fileIndex % files.Length]!;
        var expected = new HashSet<string>(StringComparer.Ordinal) { file, "manifest.json" };
        switch (damage)
        {
            case Damage.MixedFile:
            {
                // A set file of another save with the same record counts (one whose bytes differ).
                using var other = new ReleaseFolder(format, Other.Value);
                var differing = files.Where(f => !File.ReadAllBytes(other.FilePath(f!)).AsSpan().SequenceEqual(File.ReadAllBytes(folder.FilePath(f!)))).ToArray();
                file = differing[fileIndex % differing.Length]!;
                expected.Add(file);
                File.Copy(other.FilePath(file), folder.FilePath(file), overwrite: true);
                break;
            }

            case Damage.SaveCutShort:
            {
                // The first n set files of another save (in save order), then no manifest: what a kill -9 leaves.
                using var other = new ReleaseFolder(format, Other.Value);
                var order = new[] { "sources", "countries", "events", "trade" };
                foreach (var set in order.Take(1 + (amount % order.Length)))
                {
                    var name = set + (format switch { DataFileFormat.Csv => ".csv", DataFileFormat.JsonLines => ".jsonl", _ => ".json" });
                    File.Copy(other.FilePath(name), folder.FilePath(name), overwrite: true);
                    expected.Add(name);
                }

                break;
            }

            case Damage.Truncated:
            {
                var bytes = File.ReadAllBytes(folder.FilePath(file));
                // An empty file (a JSON Lines set without records) cannot be shortened: it gains a line break instead.
                folder.WriteRaw(file, bytes.Length == 0 ? "\n"u8.ToArray() : bytes[..Math.Max(0, bytes.Length - 1 - (amount % bytes.Length))]);
                break;
            }

            case Damage.Extended:
                File.AppendAllText(folder.FilePath(file), new string(' ', amount));
                break;
            case Damage.WrongHash:
            {
                var manifest = folder.Read("manifest.json");
                var at = manifest.IndexOf("\"file\": \"" + file + "\"", StringComparison.Ordinal);
                var hash = manifest.IndexOf("\"sha256\": \"", at, StringComparison.Ordinal) + "\"sha256\": \"".Length;
                var digit = hash + (amount % 64);
                var replaced = manifest[digit] == '0' ? '1' : '0';
                folder.Write("manifest.json", string.Concat(manifest.AsSpan(0, digit), replaced.ToString(), manifest.AsSpan(digit + 1)));
                break;
            }

            case Damage.MissingHash:
            {
                var manifest = folder.Read("manifest.json");
                var at = manifest.IndexOf("\"file\": \"" + file + "\"", StringComparison.Ordinal);
                var start = manifest.IndexOf(",\n      \"sha256\": \"", at, StringComparison.Ordinal);
                var end = manifest.IndexOf('"', start + ",\n      \"sha256\": \"".Length) + 1;
                folder.Write("manifest.json", string.Concat(manifest.AsSpan(0, start), manifest.AsSpan(end)));
                break;
            }

            case Damage.NamedPipe:
            {
                File.Delete(folder.FilePath(file));
                using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [folder.FilePath(file)]) { UseShellExecute = false })!;
                mkfifo.WaitForExit();
                mkfifo.ExitCode.Should().Be(0);
                break;
            }

            case Damage.DeviceLink:
                File.Delete(folder.FilePath(file));
                File.CreateSymbolicLink(folder.FilePath(file), amount % 2 == 0 ? "/dev/zero" : "/dev/null");
                break;
            default:
                File.Delete(folder.FilePath(file));
                Directory.CreateDirectory(folder.FilePath(file));
                break;
        }

        counters.AddOrUpdate("executions", 1, (_, n) => n + 1);
        var load = Task.Run(() => BriDataset.Load(folder.Path));
        try
        {
            if (!load.Wait(TimeSpan.FromSeconds(60)))
            {
                throw new TimeoutException($"Load did not finish within 60 s after {damage} of {file}");
            }
        }
        catch (AggregateException ex) when (ex.InnerException is BriDataException refused)
        {
            refused.Problems.Should().Contain(p => expected.Contains(p.File), $"{damage} of {file} must be named");
            counters.AddOrUpdate("rejected", 1, (_, n) => n + 1);
            return;
        }

        counters.AddOrUpdate("accepted", 1, (_, n) => n + 1);
        throw new InvalidOperationException($"{damage} of {file} ({format}) was accepted");
    }
}
