namespace BriData.Cli.Arguments;

/// <summary>The <c>--reporter</c> option of <c>trade</c>: whose statistics to use.</summary>
internal static class ReporterArgument
{
    /// <summary>The accepted words, for messages and help.</summary>
    public const string Choices = "partner (the state's own statistics), china (China's statistics), mirror (the mean of both)";

    /// <summary>The reporter named by <paramref name="text"/> (case-insensitive); null when it names none.</summary>
    public static TradeReporter? TryParse(string text) => text.ToLowerInvariant() switch
    {
        "partner" => TradeReporter.PartnerReported,
        "china" => TradeReporter.ChinaReported,
        "mirror" => TradeReporter.MirrorAverage,
        _ => null,
    };

    /// <summary>A phrase naming the reporter for headings.</summary>
    public static string Describe(TradeReporter reporter, Country country) => reporter switch
    {
        TradeReporter.PartnerReported => $"as {country.Name} reports it (exports FOB, imports CIF)",
        TradeReporter.ChinaReported => "as China reports it (China's imports CIF, China's exports FOB)",
        _ => "the mean of both reporters' figures",
    };
}
