using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using BriData.Tests.Reliability;
using CsCheck;

namespace BriData.Fuzz;

/// <summary>
/// The fuzzing harness: byte-level mutations (CsCheck generated, shrunk on failure) of the files of a small valid
/// release in each format, loaded with default and with tight limits. The only exception that may escape
/// <see cref="BriDataset.Load(string, BriLoadOptions?)"/> is <see cref="BriDataException"/>; a release that loads must
/// also survive being re-checked and saved. Runs for BRIDATA_FUZZ_SECONDS (default 5) and writes its figures to
/// BRIDATA_FUZZ_REPORT when set.
/// </summary>
public sealed class LoadFuzzTests
{
    private static readonly DataFileFormat[] Formats = [DataFileFormat.Json, DataFileFormat.Csv, DataFileFormat.JsonLines];

    private static readonly Lazy<Dictionary<DataFileFormat, Dictionary<string, byte[]>>> Seeds = new(() =>
        Formats.ToDictionary(f => f, f =>
        {
            var folder = Directory.CreateTempSubdirectory("bridata-seed-").FullName;
            try
            {
                SmallRelease.Dataset().Save(folder, f);
                return Directory.GetFiles(folder).ToDictionary(p => Path.GetFileName(p)!, File.ReadAllBytes, StringComparer.Ordinal);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }));

    private static readonly Gen<Mutation> MutationGen =
        Gen.Select(Gen.Frequency((1, (IGen<int>)Gen.Int[0, 6]), (1, Gen.Int[7, 8])), Gen.Int[0, int.MaxValue], Gen.Int[1, 64], Gen.Int[0, 255], (k, p, l, v) => new Mutation(k, p, l, v));

    private static readonly Gen<BriLoadOptions?> OptionsGen = Gen.Frequency(
        (4, (IGen<BriLoadOptions?>)Gen.Const(() => (BriLoadOptions?)null)),
        (1, Gen.Select(Gen.Int[100, 6000], Gen.Int[2, 40], Gen.Int[5, 400], Gen.Int[1, 6], (b, d, s, r) =>
            (BriLoadOptions?)new BriLoadOptions { MaxFileBytes = b, MaxDepth = d, MaxStringLength = s, MaxRecordsPerSet = r })));

    private static readonly Gen<FuzzCase> CaseGen =
        from format in Gen.Int[0, Formats.Length - 1]
        from file in Gen.Int[0, 11]
        from count in Gen.Frequency((6, 1), (2, 2), (1, 4))
        from mutations in MutationGen.Array[count]
        from second in Gen.Frequency((4, (IGen<int>)Gen.Const(-1)), (1, Gen.Int[0, 11]))
        from options in OptionsGen
        from rehash in Gen.Frequency((9, (IGen<bool>)Gen.Const(true)), (1, Gen.Const(false)))
        select new FuzzCase(Formats[format], file, mutations, second, options, rehash);

    [Fact]
    public void Load_only_ever_throws_BriDataException()
    {
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("BRIDATA_FUZZ_SECONDS"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 5;
        var seed = Environment.GetEnvironmentVariable("BRIDATA_FUZZ_SEED");
        var counters = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var folders = new ThreadLocal<string>(() => Directory.CreateTempSubdirectory("bridata-fuzz-").FullName, trackAllValues: true);
        var watch = Stopwatch.StartNew();
        string? failure = null;
        try
        {
            CaseGen.Sample(c => Run(c, folders.Value!, counters), seed: seed, iter: long.MaxValue, time: seconds, print: c => c.ToString());
        }
        catch (Exception ex)
        {
            failure = ex.Message;
            throw;
        }
        finally
        {
            foreach (var folder in folders.Values)
            {
                Directory.Delete(folder, recursive: true);
            }

            Report(counters, watch.Elapsed, failure);
        }

        counters.GetValueOrDefault("executions").Should().BeGreaterThan(0);
        counters.GetValueOrDefault("rejected").Should().BeGreaterThan(0, "most mutations must be caught");
    }

    private static void Run(FuzzCase c, string root, ConcurrentDictionary<string, long> counters)
    {
        var seeds = Seeds.Value[c.Format];
        var folder = Path.Combine(root, c.Format.ToString());
        if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder);
        }

        foreach (var (name, bytes) in seeds)
        {
            File.WriteAllBytes(Path.Combine(folder, name), bytes);
        }

        var names = seeds.Keys.Order(StringComparer.Ordinal).ToArray();
        Mutate(folder, names[c.File % names.Length], c.Mutations, seeds);
        if (c.Second >= 0)
        {
            Mutate(folder, names[c.Second % names.Length], c.Mutations.Reverse().ToArray(), seeds);
        }

        // Most cases put the damaged files' SHA-256 in the manifest, so that the damage reaches the parsers; the
        // others leave the manifest's hashes stale, and a changed set file must then be refused by its hash.
        var stale = names.Where(n => n != "manifest.json" && !File.ReadAllBytes(Path.Combine(folder, n)).AsSpan().SequenceEqual(seeds[n])).ToList();
        if (c.Rehash)
        {
            ManifestHashes.UpdateAll(folder);
        }

        counters.AddOrUpdate("executions", 1, (_, n) => n + 1);
        BriDataset loaded;
        try
        {
            loaded = BriDataset.Load(folder, c.Options);
            if (!c.Rehash && stale.Count > 0)
            {
                throw new InvalidOperationException($"a release with a changed {stale[0]} under a stale manifest was accepted");
            }
        }
        catch (BriDataException ex)
        {
            ex.Problems.Should().NotBeEmpty();
            ex.Problems.Should().OnlyContain(p => p.File != null && p.Path != null && !string.IsNullOrWhiteSpace(p.Reason));
            foreach (var problem in ex.Problems.Where(p => p.Line is not null))
            {
                // The line a problem names exists in its file (a line ends at CRLF, LF or a bare CR, as the CSV reader counts).
                var path = Path.Combine(folder, problem.File);
                var lines = File.Exists(path) ? LineCount(File.ReadAllBytes(path)) : 1;
                problem.Line.Should().BeInRange(1, lines, $"{problem} names a line of {problem.File}");
            }

            counters.AddOrUpdate("rejected", 1, (_, n) => n + 1);
            return;
        }

        counters.AddOrUpdate("accepted", 1, (_, n) => n + 1);
        Exercise(loaded);
        var again = BriDataset.Create(loaded.ToContent());
        again.FindProblems().Should().BeEmpty();
        var copy = Path.Combine(root, "copy");
        again.Save(copy, c.Format);
        BriDataset.Load(copy, c.Options).ToContent().Should().BeEquivalentTo(loaded.ToContent(), o => o.ComparingRecordsByMembers().WithStrictOrdering());
        Directory.Delete(copy, recursive: true);
    }

    private static long LineCount(byte[] bytes)
    {
        long lines = 1;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n' || (bytes[i] == (byte)'\r' && (i + 1 == bytes.Length || bytes[i + 1] != (byte)'\n')))
            {
                lines++;
            }
        }

        return lines;
    }

    /// <summary>Uses an accepted dataset the way a caller would: every collection, lookup, name and amount.</summary>
    private static void Exercise(BriDataset data)
    {
        _ = data.ToString();
        foreach (var country in data.Countries)
        {
            data.Countries.Get(country.Code).Should().BeSameAs(country);
            data.Countries.Resolve(country.Name).Should().BeSameAs(country);
            _ = data.Countries.Search(country.Name);
        }

        _ = data.Trade.Sum(t => t.Value.AmountUsd);
        _ = data.Indicators.Sum(i => i.Gdp?.AmountUsd ?? 0m);
        _ = Money.Sum(data.Finance.Where(f => f.Amount is not null).Select(f => f.Amount!.Value));
        _ = data.Investments.Sum(i => i.Amount.AmountUsdMillions);
        foreach (var project in data.Projects)
        {
            data.Projects.Get(project.Id).Should().BeSameAs(project);
            project.FinanceRecordIds.Should().OnlyContain(id => data.Finance.Contains(id));
            project.InvestmentRecordIds.Should().OnlyContain(id => data.Investments.Contains(id));
        }

        foreach (var claim in data.Claims)
        {
            _ = claim.Quantity.ToString();
            _ = claim.Quantity.IsSatisfiedBy(claim.Quantity.Value);
        }

        foreach (var source in data.Sources)
        {
            _ = source.Citation;
        }
    }

    private static void Mutate(string folder, string name, Mutation[] mutations, Dictionary<string, byte[]> seeds)
    {
        var bytes = seeds[name];
        foreach (var mutation in mutations)
        {
            bytes = mutation.Apply(bytes);
        }

        File.WriteAllBytes(Path.Combine(folder, name), bytes);
    }

    private static void Report(ConcurrentDictionary<string, long> counters, TimeSpan elapsed, string? failure)
    {
        var text = string.Create(CultureInfo.InvariantCulture,
            $"fuzz: {counters.GetValueOrDefault("executions")} executions in {elapsed.TotalSeconds:0.0} s, {counters.GetValueOrDefault("rejected")} rejected with BriDataException, {counters.GetValueOrDefault("accepted")} accepted (re-checked and re-saved), crashes: {(failure is null ? 0 : 1)}\n");
        FuzzReport.Send(text, failure);
    }

    /// <summary>One fuzz input: the seed format, the file(s) to damage, the damage, and the limits.</summary>
    public sealed record FuzzCase(DataFileFormat Format, int File, Mutation[] Mutations, int Second, BriLoadOptions? Options, bool Rehash)
    {
        public override string ToString() =>
            $"{Format} file#{File} second#{Second} options={Options?.ToString() ?? "default"} rehash={Rehash} mutations=[{string.Join("; ", Mutations.Select(m => m.ToString()))}]";
    }
}
