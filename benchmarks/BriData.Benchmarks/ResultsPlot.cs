using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BriData.Benchmarks;

/// <summary>
/// <c>-- plot [report.json] [output folder]</c>: reads BenchmarkDotNet's brief JSON report of <see cref="GroupByBenchmarks"/>,
/// prints the results table (median, ns per row, allocation, ratios) in Markdown and draws cost per row against rows
/// (log-log) for each engine with ScottPlot, as groupby-cost-per-row.png and .svg.
/// </summary>
public static partial class ResultsPlot
{
    public static int Run(string[] args)
    {
        var root = ColdStartApps.RepositoryRoot;
        var report = args.Length > 1
            ? args[1]
            : Path.Combine(root, "BenchmarkDotNet.Artifacts", "results", "BriData.Benchmarks.GroupByBenchmarks-report-brief.json");
        var output = args.Length > 2 ? args[2] : Path.Combine(root, "benchmarks");
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        var points = new List<(string Method, int Rows, double MedianNs, long Bytes)>();
        foreach (var b in json.RootElement.GetProperty("Benchmarks").EnumerateArray())
        {
            var rows = int.Parse(RowsParameter().Match(b.GetProperty("Parameters").GetString()!).Groups[1].Value, CultureInfo.InvariantCulture);
            var median = b.GetProperty("Statistics").GetProperty("Median").GetDouble();
            var bytes = b.TryGetProperty("Memory", out var memory) ? memory.GetProperty("BytesAllocatedPerOperation").GetInt64() : 0;
            points.Add((b.GetProperty("Method").GetString()!, rows, median, bytes));
        }

        PrintTable(points);
        Draw(points, output);
        return 0;
    }

    private static void PrintTable(List<(string Method, int Rows, double MedianNs, long Bytes)> points)
    {
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine("| Rows | Method | Median | ns per row | Allocated | DuckDB ÷ BriData | LINQ ÷ BriData |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|");
        foreach (var group in points.GroupBy(p => p.Rows).OrderBy(g => g.Key))
        {
            var bri = group.First(p => p.Method == "BriData").MedianNs;
            foreach (var p in group.OrderBy(p => p.MedianNs))
            {
                var ratio = p.Method == "BriData" ? "1.00" : (p.MedianNs / bri).ToString("F2", c);
                var duck = p.Method.StartsWith("DuckDB", StringComparison.Ordinal) ? ratio : string.Empty;
                var linq = p.Method == "Linq" ? ratio : string.Empty;
                Console.WriteLine(string.Create(c, $"| {p.Rows:N0} | {p.Method} | {Time(p.MedianNs)} | {p.MedianNs / p.Rows:F3} | {Size(p.Bytes)} | {duck} | {linq} |"));
            }
        }

        foreach (var method in points.Select(p => p.Method).Distinct())
        {
            var perRow = points.Where(p => p.Method == method).ToDictionary(p => p.Rows, p => p.MedianNs / p.Rows);
            if (perRow.TryGetValue(100_000, out var small) && perRow.TryGetValue(10_000_000, out var large))
            {
                Console.WriteLine(string.Create(c, $"{method}: ns per row at 10M ÷ at 100k = {large / small:F2}"));
            }
        }
    }

    private static void Draw(List<(string Method, int Rows, double MedianNs, long Bytes)> points, string output)
    {
        var plot = new ScottPlot.Plot();
        var colors = new Dictionary<string, ScottPlot.Color>(StringComparer.Ordinal)
        {
            ["BriData"] = ScottPlot.Colors.Crimson,
            ["DuckDB"] = ScottPlot.Colors.DarkOrange,
            ["DuckDBIntegerKeys"] = ScottPlot.Colors.DarkGoldenRod,
            ["Linq"] = ScottPlot.Colors.SteelBlue,
        };
        foreach (var method in points.Select(p => p.Method).Distinct().OrderBy(m => m, StringComparer.Ordinal))
        {
            var series = points.Where(p => p.Method == method).OrderBy(p => p.Rows).ToArray();
            var xs = series.Select(p => Math.Log10(p.Rows)).ToArray();
            var ys = series.Select(p => Math.Log10(p.MedianNs / p.Rows)).ToArray();
            var scatter = plot.Add.Scatter(xs, ys);
            scatter.LegendText = method == "DuckDBIntegerKeys" ? "DuckDB (integer country id)" : method == "Linq" ? "LINQ GroupBy (records)" : method;
            scatter.LineWidth = 2;
            scatter.MarkerSize = 8;
            if (colors.TryGetValue(method, out var color))
            {
                scatter.Color = color;
            }
        }

        static string Power(double v) => Math.Pow(10, v).ToString(Math.Pow(10, v) >= 1 ? "N0" : "0.###", CultureInfo.InvariantCulture);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
            IntegerTicksOnly = true,
            LabelFormatter = Power,
        };
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
            IntegerTicksOnly = true,
            LabelFormatter = Power,
        };
        plot.Title("Group by country × year, sum: cost per row (median)");
        plot.XLabel("rows in the table (log scale)");
        plot.YLabel("nanoseconds per row (log scale)");
        plot.ShowLegend(ScottPlot.Edge.Bottom);
        Directory.CreateDirectory(output);
        plot.SavePng(Path.Combine(output, "groupby-cost-per-row.png"), 900, 560);
        plot.SaveSvg(Path.Combine(output, "groupby-cost-per-row.svg"), 900, 560);
        Console.WriteLine($"plot: {Path.Combine(output, "groupby-cost-per-row.png")} and .svg");
    }

    private static string Time(double ns) => ns switch
    {
        >= 1e9 => (ns / 1e9).ToString("F3", CultureInfo.InvariantCulture) + " s",
        >= 1e6 => (ns / 1e6).ToString("F3", CultureInfo.InvariantCulture) + " ms",
        >= 1e3 => (ns / 1e3).ToString("F1", CultureInfo.InvariantCulture) + " µs",
        _ => ns.ToString("F1", CultureInfo.InvariantCulture) + " ns",
    };

    private static string Size(long bytes) => bytes switch
    {
        >= 1 << 20 => (bytes / 1048576.0).ToString("F1", CultureInfo.InvariantCulture) + " MB",
        >= 1 << 10 => (bytes / 1024.0).ToString("F1", CultureInfo.InvariantCulture) + " KB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " B",
    };

    [GeneratedRegex(@"Rows=(\d+)")]
    private static partial Regex RowsParameter();
}
