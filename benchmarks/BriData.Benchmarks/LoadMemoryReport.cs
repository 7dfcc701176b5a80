using System.Globalization;

namespace BriData.Benchmarks;

/// <summary>
/// <c>-- loadmemory [finance records]</c>: the memory of <see cref="BriDataset.Load(string, BriLoadOptions?)"/> of an
/// outside release near the default limits (issue 14, fault 4). The embedded release is saved with its finance set
/// grown to many records (default 120,000: a finance file of tens of MB, under the 64 MiB of
/// <see cref="BriLoadOptions.MaxFileBytes"/>), once per format; each is loaded in this process and the report gives the
/// bytes of the files read, the bytes allocated by the load, and the peak of the managed heap above what it held
/// before (sampled every millisecond on another thread, and at every garbage collection), each against the files.
/// Then the same release is loaded with <see cref="BriLoadOptions.MaxRecordsPerSet"/> at the size of its largest other
/// set, which must refuse the finance set after allocating little.
/// </summary>
public static class LoadMemoryReport
{
    public static int Run(string[] args)
    {
        var records = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 120_000;
        var dataset = Grown(BriDataset.Default, records);
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"Release: the embedded one with {dataset.Finance.Count:N0} finance records; one load per format, in one process (.NET {Environment.Version}, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC)."));
        Console.WriteLine();
        Console.WriteLine("| Format | Files read (bytes) | Allocated by the load | × files | Peak heap, garbage included | × files | Peak live heap (after a GC) | × files | Dataset retained | × files | Load (ms, one run) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var refusals = new List<string>();
        var others = dataset.ToContent();
        var limit = new[] { others.Sources.Count, others.Countries.Count, others.Events.Count, others.Trade.Count, others.Indicators.Count, others.Investments.Count, others.Projects.Count, others.Initiatives.Count, others.TradeHighlights.Count, others.Claims.Count, others.PublishedFigures.Count, others.AidDataCountryYears.Count }.Max();
        foreach (var format in new[] { DataFileFormat.Json, DataFileFormat.Csv, DataFileFormat.JsonLines })
        {
            var folder = Directory.CreateTempSubdirectory("bridata-loadmemory-").FullName;
            try
            {
                dataset.Save(folder, format);
                var bytes = Directory.EnumerateFiles(folder).Sum(f => new FileInfo(f).Length);
                var (allocated, peak, live, retained, elapsed, loaded) = Measure(() => BriDataset.Load(folder));
                if (loaded is not BriDataset { } data || data.Finance.Count != dataset.Finance.Count)
                {
                    Console.Error.WriteLine($"{format}: the release did not load back: {loaded}");
                    return 1;
                }

                Console.WriteLine(string.Create(c, $"| {format} | {bytes:N0} | {allocated:N0} | {(double)allocated / bytes:F2} | {peak:N0} | {(double)peak / bytes:F2} | {live:N0} | {(double)live / bytes:F2} | {retained:N0} | {(double)retained / bytes:F2} | {elapsed.TotalMilliseconds:F0} |"));

                var finance = Path.Combine(folder, "finance" + Extension(format));
                var financeBytes = new FileInfo(finance).Length;
                var (refusedAllocated, refusedPeak, refusedLive, _, _, refused) = Measure(() => BriDataset.Load(folder, new BriLoadOptions { MaxRecordsPerSet = limit }));
                refusals.Add(string.Create(c, $"| {format} | {financeBytes:N0} | {refusedAllocated:N0} | {(double)refusedAllocated / financeBytes:F2} | {refusedPeak:N0} | {refusedLive:N0} | {refused} |"));
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(c, $"The same releases with MaxRecordsPerSet = {limit:N0} (the largest other set): refused at the finance set's record {limit + 1:N0}."));
        Console.WriteLine();
        Console.WriteLine("| Format | Finance file (bytes) | Allocated by the load | × finance file | Peak heap, garbage included | Peak live heap | Outcome |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---|");
        refusals.ForEach(Console.WriteLine);
        return 0;
    }

    /// <summary>The dataset with its finance set grown to <paramref name="count"/> records (copies with new ids and titles, no links).</summary>
    public static BriDataset Grown(BriDataset data, int count)
    {
        var content = data.ToContent();
        var finance = new List<FinanceRecord>(count);
        var maxId = content.Finance.Max(f => f.Id);
        for (var i = 0; i < count; i++)
        {
            var original = content.Finance[i % content.Finance.Count];
            finance.Add(i < content.Finance.Count ? original : original with { Id = maxId + i, Title = original.Title + " (copy " + i.ToString(CultureInfo.InvariantCulture) + ")", LinkedRecordIds = [] });
        }

        return BriDataset.Create(content with { Finance = finance });
    }

    private static string Extension(DataFileFormat format) => format switch
    {
        DataFileFormat.Csv => ".csv",
        DataFileFormat.JsonLines => ".jsonl",
        _ => ".json",
    };

    /// <summary>Bytes allocated by <paramref name="load"/> and the peak of the managed heap above its start, and what it returned (or the problem it threw).</summary>
    private static (long Allocated, long Peak, long PeakLive, long Retained, TimeSpan Elapsed, object Outcome) Measure(Func<BriDataset> load)
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var start = GC.GetTotalMemory(false);
        var peak = start;
        var done = false;
        using var listener = new GcHeapListener();
        Thread.Sleep(200);
        listener.Reset();
        var sampler = new Thread(() =>
        {
            while (!Volatile.Read(ref done))
            {
                var now = GC.GetTotalMemory(false);
                if (now > Interlocked.Read(ref peak))
                {
                    Interlocked.Exchange(ref peak, now);
                }

                Thread.Sleep(1);
            }
        })
        { IsBackground = true };
        sampler.Start();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        object outcome;
        try
        {
            outcome = load();
        }
        catch (BriDataException ex)
        {
            outcome = ex.Problems.Count == 1 ? $"refused: {ex.Problems[0].File} line {ex.Problems[0].Line}: {ex.Problems[0].Reason}" : $"{ex.Problems.Count} problems";
        }

        var elapsed = clock.Elapsed;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var end = GC.GetTotalMemory(false);
        Volatile.Write(ref done, true);
        sampler.Join();
        listener.Settle();
        var live = Math.Max(listener.MaxHeapAfterGc, end) - start;
        var retained = GC.GetTotalMemory(forceFullCollection: true) - start;
        GC.KeepAlive(outcome);
        return (allocated, Math.Max(peak, end) - start, live, retained, elapsed, outcome);
    }
}
