using System.Globalization;
using System.Text;

namespace BriData.Benchmarks;

/// <summary>
/// <c>-- coldstart [runs]</c>: launches each published app <c>runs</c> times (interleaved, default 21) and prints the
/// medians as a Markdown table: whole-process times, the demo's first answer, and the probe's in-process time per set.
/// </summary>
public static class ColdStartReport
{
    private static readonly string[] Sets = ColdStartApps.ProbeAnswers;

    public static int Run(string[] args)
    {
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 21;
        ColdStartApps.EnsurePublished(force: args.Contains("--publish"));
        var empty = new List<double>();
        var demoFirst = new List<double>();
        var demoExit = new List<double>();
        var probeExit = Sets.ToDictionary(s => s, _ => new List<double>());
        var probeInProcess = Sets.ToDictionary(s => s, _ => new List<double>());

        // One warm-up round (disk cache), not recorded.
        ColdStartApps.Run(ColdStartApps.Empty, false);
        ColdStartApps.Run(ColdStartApps.Demo, false);
        for (var i = 0; i < runs; i++)
        {
            empty.Add(ColdStartApps.Run(ColdStartApps.Empty, false).ExitAfter.TotalMilliseconds);
            var demo = ColdStartApps.Run(ColdStartApps.Demo, false);
            demoFirst.Add(demo.FirstLineAfter.TotalMilliseconds);
            demoExit.Add(demo.ExitAfter.TotalMilliseconds);
            foreach (var set in Sets)
            {
                var probe = ColdStartApps.Run(ColdStartApps.Probe, false, set);
                probeExit[set].Add(probe.ExitAfter.TotalMilliseconds);
                probeInProcess[set].Add(double.Parse(probe.FirstLine.Split(' ')[1], CultureInfo.InvariantCulture));
            }
        }

        var baseline = Median(empty);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Cold start, medians of {runs} launches (`dotnet X.dll`, published Release against the packed BriData package), milliseconds:");
        text.AppendLine();
        text.AppendLine("| What | Whole process (ms) | × empty app | In process: Default + first answer (ms) |");
        text.AppendLine("|---|---:|---:|---:|");
        void Line(string what, double whole, string inProcess) =>
            text.AppendLine(CultureInfo.InvariantCulture, $"| {what} | {whole:F1} | {whole / baseline:F2} | {inProcess} |");
        Line("Empty console app (prints one line)", baseline, "–");
        Line("Demo: first answer (first line of output)", Median(demoFirst), "–");
        Line("Demo: whole tour, to exit", Median(demoExit), "–");
        foreach (var set in Sets)
        {
            Line($"Probe `{set}`", Median(probeExit[set]), Median(probeInProcess[set]).ToString("F1", CultureInfo.InvariantCulture));
        }

        Console.Write(text.ToString());
        return 0;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
